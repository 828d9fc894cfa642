/**
 * What "modal" means when it is the only word giving an expense its kind.
 *
 * WHY: "modal" is the weak expense word because it is also the cost of what she sold ("laku
 * 150rb, modal 90rb", "modal bahan 110rb", "modal bambu 150rb": an expense by house rule,
 * cost-of-sold.ts). But it is just as often money put INTO the business ("my mom gave me 300k
 * as extra modal", "modal sendiri 1jt", "start-up modal 2jt"), and recording that as spending
 * with confidence books her own money as a cost. Its construction decides:
 * - a sale or another spending word in the message, or goods named in the entry: the cost,
 *   kept as today;
 * - a giver or source (gave, kasih, dari ibu, from my mom, sendiri, pribadi, own, tabungan) or
 *   an "extra/tambahan/awal/start-up" word, and no goods: capital;
 * - anything else ("modal saya 100rb", "modal ibu 200rb"): asked (`capital_or_cost`).
 * Loans ("modal pinjaman") are the loan readers' and never reach here.
 *
 * Spending words count only in the clause of "modal" (up to a comma, a line or "terus"): in
 * "modal sendiri 250rb saya masukin buat mulai jualan es kepal, beli es batu, susu, milo semua
 * 180rb" the second clause buying things is its own expense, and her capital stays capital.
 * Sale and profit words count in the whole message (the cost beside what she sold), except a
 * sale word after "buat"/"untuk" in her clause: "buat mulai jualan" is what the money is for.
 * Only the entries whose amount is in that clause change.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { FAMILY } from './money-owner.ts';
import { KIN } from './kin-money.ts';
import type { ParsedEntry } from './types.ts';
import { F_EXPENSE, F_SALE, G_HONORIFIC, G_HOUSEHOLD } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Money put in, said on its own: who or what it came from, or that it is more or the first. */
const PUT_IN = new Set(['dikasih', 'tambah', 'tambahan', 'nambah', 'given', 'extra', 'additional', 'more', 'awal', 'start-up', 'startup', 'start', 'initial', 'sendiri', 'pribadi', 'own',
  'personal', 'tabungan', 'tabunganku', 'celengan', 'simpanan', 'savings', 'saving', 'suntik', 'setor', 'masukkan', 'invest',
  'invested', 'injected', 'transferan', 'kiriman']);
/**
 * A passive send or a bare "put": "modal ditransfer 500rb", "modal put 100rb" say no direction
 * (sent to her, or by her to a supplier?). They say money was put in only with a giver of hers
 * named ("modal dikirim ibu", "ditransfer dari suami") or, for "put", in/into after it.
 */
const SENT_UNSAID = new Set(['ditransfer', 'ditf', 'dikirim', 'dikirimin', 'dikirimkan', 'put']);
/** "put in", "put into the business": the direction said. */
const INTO = new Set(['in', 'into', 'ke', 'masuk']);
/**
 * Sending money: her people giving it when one of them comes first ("mama transfer 500rb buat
 * modal", "my mom gave me"); otherwise she sent it, to whom is unsaid ("kirim modal 500rb").
 */
// (Manado "kase", Minang "agiah", Makassar "sare" are giving too.)
const SENDING = new Set(['transfer', 'tf', 'kirim', 'kasih', 'send', 'sent', 'transferred', 'gave', 'give', 'giving', 'kase', 'agiah',
  'sare']);
/** "ke bu Ani", "to my sister", "buat adik": a person the money went to. */
const TO = new Set(['ke', 'kepada', 'to', 'buat', 'untuk', 'utk', 'for']);
/** "dari ibu", "from my mom", Javanese "seko", Sundanese "ti": a source only when a person or savings follows. */
const FROM = new Set(['dari', 'dr', 'from', 'seko', 'soko', 'teko', 'ti']);
/** Words that name no goods: her, the business, fillers, English glue. */
const NO_GOODS = new Set(['saya', 'sy', 'aku', 'ku', 'gue', 'gw', 'awak', 'kulo', 'abdi', 'my', 'me', 'i', 'mine', 'as', 'the', 'a', 'an',
  'for', 'to', 'of', 'is', 'was', 'buat', 'untuk', 'utk', 'kanggo', 'usaha', 'usahaku', 'business', 'warung', 'toko', 'jualan',
  'hari', 'ini', 'tadi', 'td', 'kemarin', 'kmrn', 'today', 'yesterday', 'nih', 'ya', 'sih', 'dong', 'deh', 'lagi', 'lg', 'uang',
  'duit', 'money', 'cash', 'sebesar', 'senilai', 'capital', 'up', 'me', 'us', 'our', 'we']);
/** Profit and takings words: with them "modal" is the cost beside what she sold. */
const PROFIT = new Set(['untung', 'laba', 'keuntungan', 'untungnya', 'profit', 'omset', 'omzet', 'hasil', 'sold']);

const T_MODAL = trigger(['modal']);
/** Words that open her next clause: "…, terus beli bahan". */
const THEN = new Set(['terus', 'trus', 'trs', 'lalu', 'kemudian', 'abis', 'habis', 'then']);
/** Purpose words ("kanggo", "keur", "untuak" are read as "untuk"): "buat mulai jualan". */
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'for']);

/** The token range [start, end) of the clause holding the token at `at`. */
function clauseOf(tokens: readonly Token[], at: number): [number, number] {
  const ends = (t: Token): boolean => t.type === T_NL || (t.type === T_PUNCT && t.text !== '@' && t.text !== '-' && t.text !== ':' &&
    t.text !== '/') || (t.type === T_WORD && THEN.has(t.key));
  let start = at;
  while (start > 0 && !ends(tokens[start - 1] as Token)) start--;
  let end = at + 1;
  while (end < tokens.length && !ends(tokens[end] as Token)) end++;
  return [start, end];
}

function isKin(t: Token): boolean {
  return KIN.has(t.key) || FAMILY.has(t.key) || (t.f2 & (G_HOUSEHOLD | G_HONORIFIC)) !== 0;
}

/** Whether a word of the message says the money was put in (see PUT_IN, FROM, SENDING). */
function saysPutIn(words: readonly Token[], firstKin: number): boolean {
  const sentUnsaid = (t: Token, i: number): boolean => SENT_UNSAID.has(t.key) && (firstKin >= 0 || INTO.has(words[i + 1]?.key ?? ''));
  return words.some((t, i) => PUT_IN.has(t.key) || PUT_IN.has(t.text) || sentUnsaid(t, i) || (SENDING.has(t.key) && firstKin >= 0 && firstKin < i) ||
    (FROM.has(t.key) && words.slice(i + 1, i + 3).some((n) => isKin(n) || PUT_IN.has(n.key))));
}

/** Whether the money went to a person ("kirim modal ke bu Ani", "gave 300k modal to my sister"). */
function toSomeone(words: readonly Token[]): boolean {
  return words.some((t, i) => TO.has(t.key) && words.slice(i + 1, i + 3).some(isKin));
}

/**
 * Reads "modal" where it alone made the entries expenses: 'capital' (the entries are turned into
 * capital), 'unclear' (asked), or null (the cost of goods, or not this reader's message).
 */
export function modalMeaning(a: Analysis, entries: ParsedEntry[]): 'capital' | 'unclear' | null {
  if (!present(a, T_MODAL)) return null;
  if (entries.length === 0 || !entries.every((e) => e.kind === 'expense')) return null;
  const isWord = (t: Token, i: number): boolean => t.type === T_WORD && a.numIn[i] === -1;
  const all = a.tokens.filter(isWord);
  if (all.filter((t) => t.key === 'modal').length !== 1) return null;
  // Her clause: its words, and the entries whose amount is written in it.
  const [start, end] = clauseOf(a.tokens, a.tokens.findIndex((t, i) => isWord(t, i) && t.key === 'modal'));
  const words = a.tokens.slice(start, end).filter((t, k) => isWord(t, start + k));
  const amounts = new Set<number>();
  for (const ex of a.nums) if (ex.start >= start && ex.end <= end && ex.rupiah !== null) amounts.add(ex.rupiah);
  const own = entries.filter((e) => amounts.has(e.amount));
  if (own.length === 0) return null;
  // ("modal 500rb" alone is already asked, money-sources.ts's `kind_unclear`.)
  if (words.length === 1) return null;
  // Only "modal" gives the kind: no other spending word in her clause ("modal beli bahan",
  // "kulakan"), no sale or profit word in the message ("laku 150rb, modal 90rb", "untung 60rb modal 90rb").
  // ("mama transfer 500rb buat modal": her people's sending is their giving, not her paying.)
  const firstKin = words.findIndex(isKin);
  const sentByKin = (t: Token, i: number): boolean => SENDING.has(t.key) && firstKin >= 0 && firstKin < i;
  if (words.some((t, i) => t.key !== 'modal' && !sentByKin(t, i) && (t.f & F_EXPENSE) !== 0)) return null;
  const purpose = words.findIndex((t) => PURPOSE.has(t.key));
  const forSelling = (t: Token): boolean => purpose >= 0 && words.indexOf(t) > purpose;
  const firstKinAll = all.findIndex(isKin);
  if (all.some((t, i) => t.key !== 'modal' && !(SENDING.has(t.key) && firstKinAll >= 0 && firstKinAll < i) && !forSelling(t) &&
    ((t.f & F_SALE) !== 0 || PROFIT.has(t.key) || (own.length === entries.length && (t.f & F_EXPENSE) !== 0)))) return null;
  // Goods named in the entry ("modal bambu", "modal bahan", "modal telur gula dll"): the cost.
  const itemWords = own.flatMap((e) => (e.item ?? '').split(' ').filter((w) => w !== ''));
  const kinWord = (w: string): boolean => words.some((t) => (t.key === w || t.text === w) && isKin(t));
  if (itemWords.some((w) => !NO_GOODS.has(w) && !PUT_IN.has(w) && !SENT_UNSAID.has(w) && !INTO.has(w) && !SENDING.has(w) && !FROM.has(w) && !kinWord(w))) return null;
  if (toSomeone(words) || !saysPutIn(words, firstKin)) return 'unclear';
  // (Its words name the giving, no goods: "mom gave me", "sendiri" say nothing a record shows.)
  for (const e of own) Object.assign(e, { kind: 'capital', item: null, quantity: null, unit: null, unitPrice: null });
  return 'capital';
}
