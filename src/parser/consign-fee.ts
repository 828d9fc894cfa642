/**
 * Goods left with her to sell, and her commission said: "teh Ani nitip kue 20 bks di warung, laku
 * 15 @3rb, komisi aku 7.500", "kue titipan bu Ani laku 15 @3rb, komisi 500 per biji", "… laku 20 @5rb,
 * komisi 10%", "…, bagianku 10rb". The sale of another's goods is asked (`others_goods`, others-goods.ts):
 * only her fee is hers. When the message says the fee, that fee is what she earned — recorded as her
 * takings, the rest of the money the owner's.
 *
 * Only when the clause of the fee holds one amount (a total, one per piece sold, or a percentage) and
 * the rest of the message, read on its own, is one sale of another's goods asked for nothing else. A fee
 * per piece needs the count sold; a fee not below the money of the goods sold is no fee (asked as read).
 */
import type { Analysis } from './analyze.ts';
import { analyze } from './analyze.ts';
import { C_CLEAR } from './confidence.ts';
import { T_WORD } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import type { ParseResult } from './types.ts';
import { G_EACH, G_PER } from './word-roles.ts';

/** Her fee: "komisi", "fee", "bagianku", "jatahku", "persenan". */
const FEE = new Set(['komisi', 'komisinya', 'komisiku', 'fee', 'feenya', 'feeku', 'bagianku', 'bagian', 'jatahku', 'jatah', 'persenan',
  'persenanku', 'upahku']);
/** After "bagian"/"jatah", the owner of it must be her: "bagian aku 10rb". */
const HERS = new Set(['aku', 'saya', 'sy', 'ku', 'ane', 'gw', 'gue', 'kulo', 'abdi']);
const T_FEE = trigger(FEE);
const CLAUSE = /\n|;|,(?!\d)/;
/** Less than this a fee said as a bare figure is no rupiah ("komisi 10": 10%? 10rb?): not read. */
const MIN_FEE = 100;

/** The fee's clause: the one holding a fee word (one only). */
function feeClause(clauses: readonly string[]): number {
  let at = -1;
  for (let i = 0; i < clauses.length; i++) {
    const words = (clauses[i] as string).toLowerCase().split(/[^a-z0-9%]+/);
    const k = words.findIndex((w) => FEE.has(w));
    if (k < 0) continue;
    const w = words[k] as string;
    if ((w === 'bagian' || w === 'jatah') && !HERS.has(words[k + 1] ?? '')) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/** The fee said in `clause` for goods sold `count` at `money` in all, in rupiah, or null. */
function feeOf(clause: string, today: string, count: number | null, money: number): number | null {
  const pct = /(\d+(?:[.,]\d+)?)\s*(%|persen\b)/i.exec(clause);
  if (pct !== null) {
    const p = Number((pct[1] as string).replace(',', '.'));
    return p > 0 && p < 100 ? Math.round((money * p) / 100) : null;
  }
  const view = analyze(clause, today, false);
  const money1 = view.nums.filter((e) => e.rupiah !== null && e.rupiah > 0);
  if (money1.length !== 1) return null;
  const ex = money1[0]!;
  // ("komisi 10", "fee 2": no commission is Rp10 — ten percent, ten thousand? Asked as read.)
  if ((ex.rupiah as number) < MIN_FEE) return null;
  // "500 per biji", "500/bks", "500 sebiji": per piece sold.
  const each = view.tokens.some((t, i) => i >= ex.end && t.type === T_WORD && (t.f2 & (G_EACH | G_PER)) !== 0) ||
    view.tokens.some((t, i) => i >= ex.end && t.text === '/');
  if (each) return count === null ? null : (ex.rupiah as number) * count;
  return ex.rupiah;
}

/** Whether the figures of `text` beyond the count sold and its price are counts given (plain, at least the count sold). */
function onlyCountGiven(text: string, today: string, count: number | null): boolean {
  if (count === null) return false;
  const view = analyze(text, today, false);
  const extra = view.nums.filter((e) => e.rupiah === null || e.rupiah < 1000);
  return extra.length <= 2 && extra.every((e) => e.end - e.start === 1 && (e.rupiah ?? 0) >= count && (e.rupiah ?? 0) < 1000) &&
    extra.some((e) => (e.rupiah ?? 0) > count);
}

/** Her commission on another's goods, recorded as her takings (see the file comment); null when not so. */
/** `readWhole` reads the rest of the message as a whole message (index.ts parseInner). */
export function readConsignFee(a: Analysis, r: ParseResult, text: string, readWhole: (part: string) => ParseResult): ParseResult | null {
  if (r.intent !== 'record' || !present(a, T_FEE) || a.question) return null;
  const clauses = text.split(CLAUSE).map((c) => c.trim()).filter((c) => c.length > 0);
  const at = feeClause(clauses);
  if (at < 0 || clauses.length < 2) return null;
  const restText = clauses.filter((_, i) => i !== at).join(', ');
  const rest = readWhole(restText);
  if (rest.intent !== 'record' || rest.entries.length !== 1 || (rest.unresolved?.length ?? 0) > 0) return null;
  const sold = rest.entries[0]!;
  if (sold.kind !== 'sale' || !(rest.notes ?? []).includes('others_goods')) return null;
  // ("teh Ani nitip kue 20 bks di warung, laku 15 @3rb": the count she was given, unread beside the count sold, is no money.)
  if (!(rest.notes ?? []).every((n) => n === 'others_goods' || (n === 'unaccounted_number' && onlyCountGiven(restText, a.today, sold.quantity)))) return null;
  const fee = feeOf(clauses[at] as string, a.today, sold.quantity, sold.amount);
  if (fee === null || fee <= 0 || fee >= sold.amount) return null;
  const item = sold.item === null ? 'komisi titipan' : `komisi ${sold.item}`;
  return { intent: 'record', entries: [{ kind: 'sale', amount: fee, item, quantity: null, unit: null, unitPrice: null }], date: rest.date, confidence: C_CLEAR };
}
