/**
 * First contact with user text: bound it, fold it, and peel off a chat command.
 *
 * - Length: chat text is short; anything longer than MAX_CHARS is cut (at a line break when
 *   there is one nearby) so that a pasted novel costs the same as a long message. The
 *   result is flagged so the caller lowers its confidence.
 * - Unicode: NFKC folds full-width digits ("１５rb"), ligatures and compatibility forms
 *   into plain ones. It only runs when the text has non-ASCII characters (most messages
 *   do not), and never throws, even on lone surrogates.
 * - Case: everything is lower-cased once here; later stages compare lower-case keys.
 * - Commands: Telegram sends "/rekap@dampingi_bot minggu" in groups. The slash and the
 *   "@botname" are removed, "_" in the command becomes a space ("/rekap_minggu"), and the
 *   command word is reported separately so index.ts can give it a higher confidence.
 */

export const MAX_CHARS = 2000;

export interface Prepared {
  text: string;
  truncated: boolean;
  /** The command word when the message started with "/word", else null. */
  command: string | null;
}

const NON_ASCII = /[\u0080-\uffff]/;
/** The fraction characters people type for a part of a unit ("½ kg", "1½ kilo"). */
const VULGAR = /[½¼]/;

function isCmdChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

export function prepare(raw: unknown): Prepared {
  let text = typeof raw === 'string' ? raw : '';
  let truncated = false;
  if (text.length > MAX_CHARS) {
    truncated = true;
    let cut = text.slice(0, MAX_CHARS);
    const nl = cut.lastIndexOf('\n');
    if (nl > MAX_CHARS / 2) cut = cut.slice(0, nl);
    text = cut;
  }
  if (NON_ASCII.test(text)) {
    // "½ kg", "1½ kilo", "¼ ons": the fraction as the word the readers know ("setengah",
    // "seperempat"), before NFKC turns "1½" into "11⁄2" (eleven over two).
    if (VULGAR.test(text)) text = text.replace(/½/g, ' setengah ').replace(/¼/g, ' seperempat ');
    text = text.normalize('NFKC');
    // A few compatibility characters expand a lot under NFKC; keep the bound.
    if (text.length > MAX_CHARS * 2) {
      text = text.slice(0, MAX_CHARS * 2);
      truncated = true;
    }
  }
  text = text.toLowerCase();

  let command: string | null = null;
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c1 = text.charCodeAt(i + 1);
  if (text.charCodeAt(i) === 47 /* / */ && c1 >= 97 && c1 <= 122) {
    let j = i + 1;
    while (j < text.length && isCmdChar(text.charCodeAt(j))) j++;
    const name = text.slice(i + 1, j);
    let k = j;
    if (text.charCodeAt(k) === 64 /* @botname */) {
      k++;
      while (k < text.length && isCmdChar(text.charCodeAt(k))) k++;
    }
    const words = name.replace(/_/g, ' ').trim();
    command = words.split(' ')[0] ?? null;
    text = `${words} ${text.slice(k)}`;
  }
  return { text, truncated, command };
}
