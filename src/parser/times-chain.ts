/**
 * A chain of multiplications: "bayar karyawan harian 2 org x 75rb x 3 hari" (2 people, 75rb
 * each, 3 days = Rp450.000), "upah 4 hari x 2 orang x 60rb", "bayar buruh 5 org x 50rb x 2",
 * "sewa lapak 3 hari x 50rb". The entry reader knows one "count × price"; a further factor —
 * often a duration, which is otherwise no amount — was silently dropped, and the record went
 * through confidently at a fraction of what she paid. Here every factor joined by "x" is
 * read: the counts multiply into the quantity, the one money factor is the price each.
 *
 * Only exactly that shape: one money factor, every other factor a whole count (a plain small
 * number, with or without its unit or duration word). Anything else is left as read, and the
 * self-check (a number that means nothing) asks.
 */
import type { Analysis } from './analyze.ts';
import { S_MONEY, S_PLAIN, type NumExpr } from './amount.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { M_DURATION } from './marks.ts';
import { F_DURATION, F_UNIT, G_MULT } from './word-roles.ts';

interface Factor {
  /** The count, or the price for the money factor. */
  value: number;
  ex: NumExpr | null;
  money: boolean;
  duration: boolean;
  unit: string | null;
  next: number;
}

export interface TimesChain {
  money: NumExpr;
  /** The counts multiplied together. */
  quantity: number;
  unit: string | null;
  counts: NumExpr[];
  start: number;
  end: number;
}

function factorAt(a: Analysis, i: number): Factor | null {
  const { tokens } = a;
  const t = tokens[i];
  if (!t) return null;
  let f: Factor;
  const k = a.numIn[i] as number;
  if (k >= 0) {
    const ex = a.nums[k] as NumExpr;
    if (ex.start !== i || ex.value === null || ex.rupiah === null || ex.approx || ex.ambiguous) return null;
    const money = ex.strength === S_MONEY || ex.rupiah >= 1000;
    if (!money && (ex.strength !== S_PLAIN || ex.value.s !== 0 || ex.rupiah >= 1000)) return null;
    f = { value: ex.rupiah, ex, money, duration: false, unit: null, next: ex.end };
  } else if (t.type === T_NUM && a.marks[i] === M_DURATION && t.num?.ok && t.num.plain && t.num.value.m >= 1 && t.num.value.m < 1000) {
    // "x 3 hari": a count of days (marked as a duration, so no amount read it).
    f = { value: t.num.value.m, ex: null, money: false, duration: true, unit: null, next: i + 1 };
  } else {
    return null;
  }
  const w = tokens[f.next];
  if (w && w.type === T_WORD && (w.f & (F_UNIT | F_DURATION)) !== 0 && (w.f2 & G_MULT) === 0) {
    if (f.money) return f.ex !== null && (w.f & F_UNIT) !== 0 ? null : f; // "75rb/hari" is not this shape
    f.unit = w.text;
    f.duration ||= (w.f & F_DURATION) !== 0;
    f.next++;
  }
  return f;
}

function isTimes(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && (t.f2 & G_MULT) !== 0 && t.key === 'x';
}

/** The chains of three or more factors, or of a count of days and a price ("3 hari x 50rb"). */
export function timesChains(a: Analysis): TimesChain[] {
  if (!a.tokens.some((t) => isTimes(t))) return [];
  const out: TimesChain[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const first = factorAt(a, i);
    if (!first) continue;
    const factors = [first];
    let j = first.next;
    while (isTimes(a.tokens[j])) {
      const f = factorAt(a, j + 1);
      if (!f) break;
      factors.push(f);
      j = f.next;
    }
    if (factors.length >= 2) {
      const money = factors.filter((f) => f.money);
      const counts = factors.filter((f) => !f.money);
      const wanted = factors.length >= 3 || counts.some((f) => f.duration);
      const m = money[0];
      if (wanted && money.length === 1 && m?.ex) {
        let quantity = 1;
        for (const c of counts) quantity *= c.value;
        const unit = counts.find((c) => c.unit !== null && !c.duration)?.unit ?? counts[0]?.unit ?? null;
        out.push({ money: m.ex, quantity, unit, counts: counts.flatMap((c) => (c.ex ? [c.ex] : [])), start: i, end: j });
      }
    }
    i = Math.max(i, j - 1);
  }
  return out;
}

/**
 * Makes the entry priced by a chain's money factor the whole product, and counts the chain's
 * numbers as read. Entries that are only a leftover count of the chain are dropped.
 */
export function foldTimesChains(a: Analysis, entries: EntryOut[], accounted: Set<NumExpr>): void {
  for (const ch of timesChains(a)) {
    const price = ch.money.rupiah as number;
    const e = entries.find((x) => x.at !== undefined && x.at >= ch.start && x.at < ch.end &&
      (x.unitPrice === price || (x.amount === price && x.quantity === null)));
    if (!e) continue;
    e.quantity = ch.quantity;
    e.unitPrice = price;
    e.amount = ch.quantity * price;
    if (ch.unit !== null) e.unit = ch.unit;
    // "2 x 3 x 5rb" read as "2 × Rp3" and "3 × 5rb": the chain is one entry.
    for (let k = entries.length - 1; k >= 0; k--) {
      const o = entries[k] as EntryOut;
      if (o !== e && o.at !== undefined && o.at >= ch.start && o.at < ch.end) entries.splice(k, 1);
    }
    accounted.add(ch.money);
    for (const ex of ch.counts) accounted.add(ex);
  }
}
