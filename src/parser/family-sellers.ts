/**
 * Her family or helper selling FOR her: "anak saya yang jualin, laku 60rb", "anakku sing dodolan,
 * payu 60rb", "suami yg jaga warung, laku 250rb", "yang jual tadi anak saya, laku 5 bungkus 25rb".
 * The takings are hers — her sale — not money from her family (`personal_money`) and the seller
 * is not the goods. The seller's words are left out and the message is read again.
 * (Her family BUYING is intents/family-buys.ts's.)
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { ParseResult } from './types.ts';
import { F_SALE, F_WEAK } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { householdAssetSold } from './own-goods.ts';

/** Who sells for her: family and helpers. */
const SELLERS = new Set(['anak', 'anakku', 'anak2', 'anak-anak', 'suami', 'suamiku', 'misua', 'adik', 'adikku', 'adek',
  'kakak', 'kakakku', 'ponakan', 'keponakan', 'ponakanku', 'karyawan', 'karyawanku', 'pegawai', 'pegawaiku', 'mertua', 'ibuku',
  'bapakku', 'cucu', 'cucuku', 'bocahku']);
const MY = new Set(['saya', 'sy', 'aku', 'ku', 'q', 'gue', 'gw', 'abdi']);
const LINK = new Set(['yang', 'yg', 'tadi', 'td', 'udah', 'sudah', 'lagi', 'hari', 'ini']);
/** Keeping the stall for her: "jaga warung", "jagain toko", "nungguin lapak". */
const KEEP = new Set(['jaga', 'jagain', 'jagai', 'nungguin', 'nunggu', 'njaga', 'ngejaga', 'nungguni']);
/** Sale verbs, also the ones the lexicon keeps weak or does not know in this form. */
const SELL = new Set(['jualin', 'jualan', 'dodolan', 'dodol', 'jualke', 'dodolke', 'ngedol', 'ngider', 'keliling', 'jajakan', 'jajakin',
  'dagang', 'dagangin', 'nawarin', 'bakul', 'mbakul']);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

function sells(t: Token | undefined): boolean {
  return isWord(t) && (SELL.has(t.text) || KEEP.has(t.key) || ((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0));
}

const T_SELLERS = trigger(SELLERS);
/** The seller's tokens to leave out, or null when no family member or helper sells for her. */
export function familySeller(a: Analysis): Uint8Array | null {
  if (!present(a, T_SELLERS)) return null;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t) || !SELLERS.has(t.key)) continue;
    const hide = new Uint8Array(tokens.length);
    hide[i] = 1;
    let j = i + 1;
    if (isWord(tokens[j]) && MY.has((tokens[j] as Token).key)) hide[j++] = 1;
    // The seller before the verb: "anak saya yang jualin".
    let k = j;
    while (k < tokens.length && isWord(tokens[k]) && LINK.has((tokens[k] as Token).key)) k++;
    if (k > j && sells(tokens[k])) {
      for (let m = j; m < k; m++) hide[m] = 1;
      return hide;
    }
    // The seller after the verb: "yang jual tadi anak saya", "yg jaga warung suami".
    let b = i - 1;
    while (b >= 0 && isWord(tokens[b]) && (LINK.has((tokens[b] as Token).key) || (tokens[b] as Token).key === 'warung' ||
      (tokens[b] as Token).key === 'toko' || (tokens[b] as Token).key === 'lapak')) b--;
    if (b >= 0 && sells(tokens[b]) && ['yang', 'yg', 'sing'].includes(tokens[b - 1]?.key ?? '')) {
      const end = tokens[j];
      if (end === undefined || end.type === T_NL || (end.type === T_PUNCT && end.text === ',')) return hide;
    }
  }
  return null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
familySeller.words = T_SELLERS;

/** The text without the hidden tokens, spaced as written. */
function textWithout(tokens: readonly Token[], hide: Uint8Array): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    if (hide[i] !== 0) continue;
    const t = tokens[i] as Token;
    if (t.type === T_NL) out += '\n';
    else out += (out === '' || t.attached || out.endsWith('\n') ? '' : ' ') + t.text;
  }
  return out.trim();
}

/** The message read again without its seller, when someone of hers sold for her; else null. */
export function readFamilySale(a: Analysis, r: ParseResult, read: (text: string) => ParseResult): ParseResult | null {
  if (r.intent !== 'record') return null;
  const hide = present(a, familySeller.words) ? familySeller(a) : null;
  if (hide === null) return null;
  const again = read(textWithout(a.tokens, hide));
  if (again.intent !== 'record' || !again.entries.every((e) => e.kind === 'sale' && e.amount > 0)) return null;
  if (again.entries.length === 0 && !(again.unresolved ?? []).some((u) => u.kind === 'sale')) return null;
  // ("suami saya tadi jual sapi 15jt": the household's cow, not her wares — asked as read, own-goods.ts.)
  if (householdAssetSold(a, again.entries)) return null;
  return again;
}
