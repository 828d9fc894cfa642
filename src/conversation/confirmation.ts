/** Short yes/no answers to a question the bot asked ("ya", "iya dong", "tidak", "no"). */

const YES = new Set(['ya', 'iya', 'iyaa', 'y', 'yes', 'ok', 'oke', 'okay', 'betul', 'benar', 'bener', 'boleh', 'sip', 'siap', 'setuju', 'yup', 'yep']);
const NO = new Set(['tidak', 'tdk', 'nggak', 'ngga', 'enggak', 'gak', 'ga', 'no', 'bukan', 'salah', 'jangan', 'batal', 'batalkan', 'cancel', 'n']);

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
  if (YES.has(first)) return 'yes';
  if (NO.has(first)) return 'no';
  return null;
}
