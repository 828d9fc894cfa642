/** Short yes/no answers to a question the bot asked ("ya", "iya dong", "tidak", "no"). */

/** Words that say "yes" for sure, whatever was asked. */
export const YES_WORDS: ReadonlySet<string> = new Set(['ya', 'iya', 'iyaa', 'iye', 'y', 'yes', 'betul', 'benar', 'bener', 'boleh', 'setuju', 'yup', 'yep']);
/** Words that also agree, but mostly acknowledge the last thing said ("ok", "siap"): a "yes" only to an open question. */
export const ACK_WORDS: ReadonlySet<string> = new Set(['ok', 'oke', 'okay', 'okey', 'okee', 'oce', 'sip', 'sipp', 'siap']);
/** Words that say "no" for sure; "batal" is here too, but alone it is also the undo command. */
export const NO_WORDS: ReadonlySet<string> = new Set(['tidak', 'tdk', 'nggak', 'ngga', 'enggak', 'gak', 'ga', 'no', 'bukan', 'jangan']);
/**
 * Words that only soften, address or point back ("bu", "ya", "dong", "itu", "yang tadi"):
 * they neither add nor change what is said. Small talk is made only of these and its own
 * words; a short answer ("jualan bu", "kerudung aja") is its word and these.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'bu', 'buk', 'ibu', 'bunda', 'bun', 'kak', 'kakak', 'mbak', 'mba', 'teh', 'pak', 'mas', 'dik', 'min', 'admin', 'bot', 'dampingi',
  'ya', 'yah', 'yaa', 'yaaa', 'deh', 'dong', 'nih', 'juga', 'jg', 'banyak', 'byk', 'semua', 'semuanya', 'sekalian', 'kembali',
  'nggih', 'ngih', 'njih', 'sayang', 'sehat', 'selalu', 'kenal', 'you', 'so', 'much', 'very', 'all', 'everyone', 'sudah', 'udah', 'sdh',
  'wr', 'wb', 'warahmatullahi', 'wabarakatuh', 'warahmatullah', 'wa', 'barakatuh',
  'itu', 'ini', 'tadi', 'yang', 'aja', 'saja', 'nya', 'please', 'it', 'was',
]);
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
