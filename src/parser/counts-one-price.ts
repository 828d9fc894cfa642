/**
 * Counts written first and their prices after: "pagi jual 15 bungkus nasi, siang 20 bungkus,
 * harga 6rb" (35 × Rp6.000), "laku 3 bros 1 kalung, bros 15rb kalung 25rb" (3 × Rp15.000 and
 * 1 × Rp25.000). Read left to right, the counts end as lines without money and the prices as
 * lines without a count; here they are put together — only when every count gets exactly one
 * price and every price is used, else the message stays asked.
 */
import type { Analysis } from './analyze.ts';
import { isCountAsAmount } from './comment-clause.ts';
import { C_MARKED } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_PUNCT, T_WORD } from './lexer.ts';
import type { RecordScan } from './scan-record.ts';
import type { UnresolvedEntry } from './types.ts';
import { F_PRICE, G_EACH, G_PER } from './word-roles.ts';
import { isServiceWord } from './service-work.ts';
import { perCountedJoin } from './per-counted.ts';

/** A price line with nothing else: no count, no unit price read. */
function bare(e: EntryOut): boolean {
  return e.quantity === null && e.unitPrice === null && !e.totalOnly && e.amount > 0 && e.notes.length === 0;
}

/** The message says its amount is a price ("harga 6rb", "@6rb", "6rb per bungkus", "satunya"). */
function namesPrice(a: Analysis): boolean {
  return a.tokens.some((t) => (t.type === T_WORD && ((t.f & F_PRICE) !== 0 || (t.f2 & (G_EACH | G_PER)) !== 0)) ||
    (t.type === T_PUNCT && t.text === '@'));
}

function priced(count: UnresolvedEntry, price: EntryOut, item: string | null, a?: Analysis): EntryOut | null {
  // "laku 1 lusin bros, 12rb per bros": per one of the pieces a dozen holds (per-counted.ts).
  const per: EntryOut = { ...price, notes: [...price.notes] };
  if (a !== undefined && perCountedJoin(a, per, { item, quantity: count.quantity, unit: count.unit })) return per;
  const q = count.quantity as number;
  const amount = q * price.amount;
  if (!Number.isSafeInteger(amount) || amount <= 0) return null;
  return { kind: price.kind, amount, item, quantity: q, unit: count.unit, unitPrice: price.amount, confidence: price.confidence,
    notes: [], totalOnly: false };
}

/**
 * "…, harga 5rb sebungkus", "… 15 bungkus harganya 7rb": the price said last, in a clause of
 * its own — a price word after which the only number is the price itself.
 */
function priceClause(a: Analysis): boolean {
  for (let i = a.tokens.length - 1; i >= 0; i--) {
    const t = a.tokens[i];
    if (t?.type !== T_WORD || (t.f & F_PRICE) === 0) continue;
    const after = new Set<number>();
    for (let j = i + 1; j < a.tokens.length; j++) if ((a.numIn[j] as number) >= 0) after.add(a.numIn[j] as number);
    return after.size === 1;
  }
  return false;
}

/**
 * "pagi laku 10 bungkus, sore 5 bungkus, harga 5rb sebungkus": the price clause priced the
 * last count; the earlier counts of the same goods take the same price.
 */
function sameUnitPrice(a: Analysis, scan: RecordScan): boolean {
  const counts = scan.unresolved;
  const only = scan.entries[0];
  if (scan.entries.length !== 1 || !only || only.unitPrice === null || only.quantity === null || only.notes.length > 0) return false;
  if (!priceClause(a)) return false;
  if (!counts.every((u) => u.reason === 'no_amount' && u.quantity !== null && u.quantity > 0 && (u.kind === null || u.kind === only.kind) &&
    u.unit === only.unit && (u.item === null || only.item === null || u.item === only.item))) return false;
  const out: EntryOut[] = [];
  for (const u of counts) {
    const e = priced(u, { ...only, amount: only.unitPrice }, u.item ?? only.item);
    if (!e) return false;
    out.push(e);
  }
  scan.entries = [...out, only];
  scan.unresolved = [];
  return true;
}

/**
 * "ambil kerudung 2 dan bros 3, kerudung 45rb satunya bros 15rb satunya": counts written after
 * the goods (read as amounts of Rp2 and Rp3) and a price for each of those goods named later.
 * Every count must find exactly one price of its goods, and every price one count; the counts
 * become quantities. True when it paired them.
 */
function countsAfterGoods(scan: RecordScan): boolean {
  const counts = scan.entries.filter((e) => isCountAsAmount(e));
  const prices = scan.entries.filter((e) => !counts.includes(e));
  if (counts.length === 0 || counts.length !== prices.length || scan.unresolved.length > 0 || scan.leftover !== 0) return false;
  const kind = prices[0]?.kind;
  if (!scan.entries.every((e) => e.kind === kind)) return false;
  const out: EntryOut[] = [];
  const used = new Set<EntryOut>();
  for (const c of counts) {
    const match = prices.filter((e) => e.item === c.item);
    const p = match[0];
    if (match.length !== 1 || !p || used.has(p) || p.quantity !== null || p.totalOnly) return false;
    // A price each ("45rb satunya": only its count was missing) or a bare price ("kerudung 45rb").
    const each = p.unitPrice !== null && p.notes.every((n) => n === 'quantity_missing');
    if (!each && !bare(p)) return false;
    used.add(p);
    const e = priced({ kind: p.kind, item: c.item, quantity: c.amount, unit: c.unit, reason: 'no_amount' }, { ...p, amount: p.unitPrice ?? p.amount }, c.item);
    if (!e) return false;
    if (each) e.confidence = Math.max(e.confidence, C_MARKED);
    out.push(e);
  }
  scan.entries = out;
  return true;
}

/**
 * "laku 1 lusin bros, 12rb per bros, dapet 144rb": one count, a price said per one of its pieces
 * (per-counted.ts), and the total said last. The total is the check of count × price, never a
 * second sale: one entry when they agree; when they do not, the total is flagged (asked).
 */
function perCountedThenTotal(a: Analysis, scan: RecordScan): boolean {
  const [price, total] = scan.entries;
  if (scan.entries.length !== 2 || scan.leftover !== 0 || !price || !total || !bare(price) || price.kind !== total.kind) return false;
  // The count as read: still alone, or already joined to the total said last ("…, dapet 144rb" read as the dozen's price).
  const u = scan.unresolved[0];
  let count: { item: string | null; quantity: number | null; unit: string | null };
  if (scan.unresolved.length === 1 && u !== undefined && u.reason === 'no_amount' && (u.kind === null || u.kind === price.kind) && bare(total)) {
    count = u;
  } else if (scan.unresolved.length === 0 && total.quantity !== null && total.unitPrice === null && total.notes.length === 0) {
    count = total;
  } else return false;
  if (count.quantity === null || count.quantity <= 0) return false;
  const per: EntryOut = { ...price, notes: [...price.notes] };
  if (!perCountedJoin(a, per, count) || per.notes.includes('unit_mismatch')) return false;
  if (per.amount !== total.amount) scan.totalMismatch = true;
  scan.entries = [per];
  scan.unresolved = [];
  return true;
}

/** Puts the counts and prices of `scan` together when they pair up; true when it did. */
export function pairCountsWithPrices(a: Analysis, scan: RecordScan): boolean {
  if (countsAfterGoods(scan)) return true;
  if (perCountedThenTotal(a, scan)) return true;
  const counts = scan.unresolved;
  const prices = scan.entries;
  if (counts.length > 0 && scan.leftover === 0 && sameUnitPrice(a, scan)) return true;
  if (counts.length === 0 || prices.length === 0 || scan.leftover !== 0) return false;
  if (!counts.every((u) => u.reason === 'no_amount' && u.quantity !== null && u.quantity > 0)) return false;
  if (!prices.every(bare)) return false;
  const kind = prices[0]?.kind;
  if (!prices.every((e) => e.kind === kind) || !counts.every((u) => u.kind === null || u.kind === kind)) return false;
  const out: EntryOut[] = [];
  if (prices.length === 1 && (prices[0] as EntryOut).item === null) {
    // One price for every count ("…, harga 6rb"): only when it is said to be a price.
    if (!namesPrice(a)) return false;
    const item = counts.find((u) => u.item !== null)?.item ?? null;
    // Of one kind of goods: "5 bros, 2 kalung, harga 15rb" may price only one of them.
    if (counts.some((u) => (u.item !== null && u.item !== item) || u.unit !== (counts[0] as UnresolvedEntry).unit)) return false;
    for (const u of counts) {
      const e = priced(u, prices[0] as EntryOut, u.item ?? item);
      if (!e) return false;
      out.push(e);
    }
  } else {
    // A price per named item ("bros 15rb kalung 25rb"): each count's item has exactly one.
    if (counts.length !== prices.length) return false;
    const used = new Set<EntryOut>();
    for (const u of counts) {
      if (u.item === null) return false;
      const match = prices.filter((e) => e.item === u.item);
      if (match.length !== 1 || used.has(match[0] as EntryOut)) return false;
      used.add(match[0] as EntryOut);
      const e = priced(u, match[0] as EntryOut, u.item, a);
      if (!e) return false;
      out.push(e);
    }
  }
  scan.entries = out;
  scan.unresolved = [];
  return true;
}

/** Letters or digits: a token that is more than an emoji's leftover or a mark. */
const SPELLED = /[a-z0-9]/;

/**
 * "✂️ jahit 3 rok + 2 celana, rok 40rb, celana 35rb", "permak 2 celana + 1 kemeja, celana 20rb,
 * kemeja 25rb": her paid work named first is no sale verb, so its counts were dropped as chat and
 * the prices stood alone (the counts left over, asked). Read again as her sales (`rescan`), the
 * counts pair with the prices as after "laku"; kept only when they pair and no number is left.
 */
export function pairWorkCounts(a: Analysis, scan: RecordScan, rescan: () => RecordScan): RecordScan | null {
  if (scan.unresolved.length > 0 || scan.leftover === 0 || scan.entries.length === 0 || !scan.entries.every((e) => e.kind === 'sale')) return null;
  const lead = a.tokens.find((t) => t.type === T_WORD && SPELLED.test(t.key));
  if (lead === undefined || !isServiceWord(lead.key)) return null;
  const again = rescan();
  // ("jahit rok" is the work done on the goods: the goods, "rok", are what the prices name.)
  const work = `${lead.key} `;
  for (const u of again.unresolved) if (u.item?.startsWith(work)) u.item = u.item.slice(work.length);
  return pairCountsWithPrices(a, again) && again.leftover === 0 && again.unresolved.length === 0 ? again : null;
}
