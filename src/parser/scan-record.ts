/**
 * Reads every segment of a message in order, carrying the verb from one segment to the
 * next ("laku 5 bros @15rb, 3 kalung @20rb": both are sales) and from a heading line to the
 * lines under it ("beli:\n- kain 50rb\n- benang 10rb"). Instalment segments are set apart
 * (a repayment is not an expense), and a closing "total X" line that only repeats the
 * sum of the lines above is not counted twice.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { readSegment } from './entries.ts';
import type { EntryOut } from './entry-drafts.ts';
import { isSoft } from './analyze.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { PROFIT_CHECK_WORDS, SEP_COLON, splitSegments, type Segment } from './lines.ts';
import type { EntryKind, UnresolvedEntry } from './types.ts';
import { CHANGE_WORDS } from './money-owner.ts';

export interface RecordScan {
  entries: EntryOut[];
  unresolved: UnresolvedEntry[];
  /** Lines with a strong verb and words but no number at all ("…, dan kalung"). */
  wordsOnly: UnresolvedEntry[];
  /** Instalment segments seen, with the first amount found in them. */
  repaySegments: number;
  repayAmount: NumExpr | null;
  repayPayVerb: boolean;
  repayNotFact: boolean;
  /** Notes about totals lines. */
  notes: string[];
  /** A "total" line did not match the lines above it. */
  totalMismatch: boolean;
  /** The message had more segments than are read. */
  capped: boolean;
  /**
   * Number expressions that mean nothing in the record read: not an amount, quantity, unit
   * price, checked total, discount or profit line, nor a date, time or other marked number.
   * A record with one is never confident: a number she wrote was not understood.
   */
  leftover: number;
  /** "diskon 10rb" was taken off a sale (the amount recorded is after the discount). */
  discounted: boolean;
  /** A discount with no sale before it, or as large as the sale. */
  discountProblem: boolean;
  /** Change handed back ("kembalian 5rb") was written: read, never an entry. */
  change: boolean;
}

/** The first word of a segment that is not soft ("- untung bersih 250rb" → "untung"). */
function leadWord(a: Analysis, seg: Segment): string | null {
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NUM) return null;
    if (t.type === T_WORD && !isSoft(t)) return t.key;
  }
  return null;
}

/** `startKind`: the kind read before the first verb (a return reads its lines as sales). */
export function scanRecord(a: Analysis, startKind: 'sale' | null = null): RecordScan {
  const { segments, capped } = splitSegments(a);
  const scan: RecordScan = { entries: [], unresolved: [], wordsOnly: [], repaySegments: 0, repayAmount: null,
    repayPayVerb: false, repayNotFact: false, notes: [], totalMismatch: false, capped, leftover: 0, discounted: false,
    discountProblem: false, change: false };
  const accounted = new Set<NumExpr>();
  /** Stated profit lines ("untung 250rb"; "rugi 50rb" is a negative one), checked at the end. */
  const profits: number[] = [];
  let carry: { kind: EntryKind | null; verbSeen: boolean; strong: boolean } = { kind: startKind, verbSeen: startKind !== null, strong: startKind !== null };
  for (let si = 0; si < segments.length; si++) {
    const seg = segments[si] as (typeof segments)[number];
    const lead = leadWord(a, seg);
    if (lead !== null && PROFIT_CHECK_WORDS.has(lead)) {
      // "untung 250rb" after the day's lines states sales − expenses: a check, not an entry.
      const p = readSegment(a, seg, { kind: 'sale', verbSeen: true, strong: true });
      for (const ex of p.accounted) accounted.add(ex);
      for (const e of p.entries) profits.push(lead.startsWith('rugi') ? -e.amount : e.amount);
      continue;
    }
    if (mentionsChange(a, seg)) {
      // "kembalian 5rb": the change she handed back is part of a sale, never an entry.
      for (const ex of a.nums) if (ex.start >= seg.start && ex.end <= seg.end) accounted.add(ex);
      scan.change = true;
      continue;
    }
    const r = readSegment(a, seg, carry);
    for (const ex of r.accounted) accounted.add(ex);
    // A heading ("beli bahan:", "jual:") only sets the kind of what follows it.
    const heading = segments[si + 1]?.sep === SEP_COLON && r.entries.length === 0;
    if (heading) {
      r.wordsOnly.length = 0;
      r.unresolved = r.unresolved.filter((u) => u.quantity !== null);
    }
    if (r.repay) {
      scan.repaySegments++;
      scan.repayAmount ??= r.repayAmount;
      scan.repayPayVerb ||= r.payVerb;
      scan.repayNotFact ||= r.repayNotFact;
      continue;
    }
    for (const e of r.entries) {
      if (e.totalOnly && scan.entries.length > 0) {
        let sum = 0;
        for (const p of scan.entries) if (p.kind === e.kind) sum += p.amount;
        if (sum !== e.amount) scan.totalMismatch = true;
        if (!scan.notes.includes('summary_total')) scan.notes.push('summary_total');
        continue;
      }
      scan.entries.push(e);
    }
    for (const ex of r.discounts) applyDiscount(scan, ex);
    for (const u of r.unresolved) scan.unresolved.push(u);
    for (const u of r.wordsOnly) scan.wordsOnly.push(u);
    carry = { kind: r.kind, verbSeen: r.verbSeen, strong: r.strong };
  }
  if (profits.length > 0) {
    if (!scan.notes.includes('profit_check')) scan.notes.push('profit_check');
    let net = 0;
    for (const e of scan.entries) {
      if (e.kind === 'sale') net += e.amount;
      else if (e.kind === 'expense') net -= e.amount;
    }
    if (scan.entries.length > 0 && profits.some((p) => p !== net)) scan.totalMismatch = true;
  }
  // The self-check: every number she wrote must mean something in what is recorded.
  const read = segments.length > 0 ? (segments[segments.length - 1] as Segment).end : 0;
  for (const ex of a.nums) if (ex.end <= read && !accounted.has(ex)) scan.leftover++;
  return scan;
}

function mentionsChange(a: Analysis, seg: Segment): boolean {
  for (let i = seg.start; i < seg.end; i++) if (CHANGE_WORDS.has((a.tokens[i] as Token).key)) return true;
  return false;
}

/** Takes "diskon X" off the last sale read; a discount it cannot apply is a problem to ask about. */
function applyDiscount(scan: RecordScan, ex: NumExpr): void {
  let sale: EntryOut | undefined;
  for (let k = scan.entries.length - 1; k >= 0 && !sale; k--) if (scan.entries[k]?.kind === 'sale') sale = scan.entries[k];
  if (!sale || ex.rupiah === null || ex.rupiah >= sale.amount) {
    scan.discountProblem = true;
    return;
  }
  sale.amount -= ex.rupiah;
  sale.unitPrice = null; // the price per piece after the discount is not what she wrote
  scan.discounted = true;
}
