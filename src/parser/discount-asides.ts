/**
 * Words around a discount that are neither goods nor money (issue 15): who got the discount
 * ("diskon member 5k each", "potongan langganan 10rb", "disc reseller 2rb/pcs"), the sign said
 * in words before it ("minus diskon 5k", "dikurangi diskon 10rb") and who gave it ("sa kasih
 * diskon 50rb", "beta kasi potongan 20rb"). Hidden, so the discount word meets its amount and is
 * read as the discount it is — never "diskon member" as goods sold for 5k.
 *
 * Only beside a discount word with an amount right after the hidden words; "kartu member 50rb",
 * "minus 10rb" alone, "aku kasih 20rb" are left as they are.
 */
import type { Analysis } from './analyze.ts';
import { isDiscountWord } from './discount-word.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';

const T_DISCOUNT = trigger(['diskon', 'discount', 'disc', 'potongan', 'potong', 'korting', 'dipotong', 'dipotongin', 'didiskon']);
/** Who the discount was for, between the discount word and its amount. */
const FOR_WHOM = new Set(['member', 'membernya', 'langganan', 'pelanggan', 'reseller', 'agen', 'grosir', 'khusus', 'spesial', 'special',
  'teman', 'temen', 'saudara', 'sodara', 'tetangga', 'promo', 'lebaran', 'natal', 'harbolnas', 'borong', 'borongan', 'karyawan']);
/** The sign said in words before the discount word. */
const SIGN = new Set(['minus', 'min', 'dikurangi', 'dikurangin', 'kurang', 'potong']);
/** Who gave it, before a giving word before the discount word ("sa kasih diskon"). */
const GIVER = new Set(['sa', 'saya', 'sy', 'aku', 'ak', 'aq', 'gw', 'gue', 'beta', 'kita', 'kami', 'ku', 'ane', 'awak']);
const GIVE = new Set(['kasih', 'kasi', 'ngasih', 'ngasi', 'beri', 'berikan', 'kasihkan']);

/** Marks for the words to hide, or null when there are none. */
export function discountAsides(a: Analysis): Uint8Array | null {
  if (!present(a, T_DISCOUNT)) return null;
  const { tokens } = a;
  let hide: Uint8Array | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!isDiscountWord(tokens, i)) continue;
    // The amount, after at most two words of whom it was for.
    let k = i + 1;
    while (k < tokens.length && k <= i + 2 && tokens[k]?.type === T_WORD && FOR_WHOM.has((tokens[k] as Token).key)) k++;
    const ex = a.nums[a.numIn[k] ?? -1];
    if (ex === undefined || ex.start !== k || ex.rupiah === null) continue;
    hide ??= new Uint8Array(tokens.length);
    for (let j = i + 1; j < k; j++) hide[j] = 1;
    const before = tokens[i - 1];
    if (before?.type === T_WORD && SIGN.has(before.key)) hide[i - 1] = 1;
    if (before?.type === T_WORD && GIVE.has(before.key) && tokens[i - 2]?.type === T_WORD && GIVER.has((tokens[i - 2] as Token).key)) {
      hide[i - 2] = 1;
    }
  }
  return hide;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
discountAsides.words = T_DISCOUNT;
