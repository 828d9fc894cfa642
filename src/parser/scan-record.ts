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
import { SEP_COLON, splitSegments } from './lines.ts';
import type { EntryKind, UnresolvedEntry } from './types.ts';

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
}

export function scanRecord(a: Analysis): RecordScan {
  const { segments, capped } = splitSegments(a);
  const scan: RecordScan = { entries: [], unresolved: [], wordsOnly: [], repaySegments: 0, repayAmount: null,
    repayPayVerb: false, repayNotFact: false, notes: [], totalMismatch: false, capped };
  let carry: { kind: EntryKind | null; verbSeen: boolean; strong: boolean } = { kind: null, verbSeen: false, strong: false };
  for (let si = 0; si < segments.length; si++) {
    const seg = segments[si] as (typeof segments)[number];
    const r = readSegment(a, seg, carry);
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
    for (const u of r.unresolved) scan.unresolved.push(u);
    for (const u of r.wordsOnly) scan.wordsOnly.push(u);
    carry = { kind: r.kind, verbSeen: r.verbSeen, strong: r.strong };
  }
  return scan;
}
