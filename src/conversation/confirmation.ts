/** Short yes/no answers to a question the bot asked ("ya", "iya dong", "tidak", "no"). */

/** Words that say "yes" for sure, whatever was asked. */
export const YES_WORDS: ReadonlySet<string> = new Set(['ya', 'iya', 'iyaa', 'iye', 'y', 'yes', 'betul', 'benar', 'bener', 'boleh', 'setuju', 'yup', 'yep']);
/** Words that also agree, but mostly acknowledge the last thing said ("ok", "siap"): a "yes" only to an open question. */
export const ACK_WORDS: ReadonlySet<string> = new Set(['ok', 'oke', 'okay', 'okey', 'okee', 'oce', 'sip', 'sipp', 'siap']);
/** Words that say "no" for sure; "batal" is here too, but alone it is also the undo command. */
export const NO_WORDS: ReadonlySet<string> = new Set(['tidak', 'tdk', 'nggak', 'ngga', 'enggak', 'gak', 'ga', 'no', 'bukan', 'jangan']);
const NO_TO_A_QUESTION = new Set([...NO_WORDS, 'salah', 'batal', 'batalkan', 'cancel', 'n']);

export type Answer = 'yes' | 'no' | null;

export function yesOrNo(text: string): Answer {
  const words = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const first = words[0];
  // Only short answers count: "ya laku 5 bros" is a new message, not a confirmation.
  if (!first || words.length > 3) return null;
  if (YES_WORDS.has(first) || ACK_WORDS.has(first)) return 'yes';
  if (NO_TO_A_QUESTION.has(first)) return 'no';
  return null;
}
