/**
 * Reading part of a message again as entries: a view of the analysis with some tokens
 * hidden (a credit marker, an order's customer and due date) or cut before a cue word.
 */
import type { Analysis } from '../analyze.ts';
import { readSegment } from '../entries.ts';
import type { EntryOut } from '../entry-drafts.ts';
import { splitSegments } from '../lines.ts';
import { M_HIDDEN } from '../marks.ts';

/** A view of the analysis in which the tokens flagged in `hide` (or outside [from, …)) do not exist. */
export function hiddenView(a: Analysis, hide: Uint8Array | null, from = 0): Analysis {
  const marks = new Uint8Array(a.marks);
  const numIn = a.numIn.slice();
  for (let i = 0; i < a.tokens.length; i++) {
    if (i < from || (hide && hide[i] !== 0)) {
      if (marks[i] === 0) marks[i] = M_HIDDEN;
      numIn[i] = -1;
    }
  }
  return { ...a, marks, numIn };
}

/** Reads the entries written from token `from` on (segments cut at `from`), with an optional default kind. */
export function readRest(a: Analysis, from: number, kind: 'sale' | null, hide?: Uint8Array): {
  entries: EntryOut[]; unresolved: { item: string | null; quantity: number | null; unit: string | null }[]; badReason: string | null;
} {
  const view = from > 0 || hide ? hiddenView(a, hide ?? null, from) : a;
  const { segments } = splitSegments(view);
  const entries: EntryOut[] = [];
  const unresolved: { item: string | null; quantity: number | null; unit: string | null }[] = [];
  let badReason: string | null = null;
  let carry = { kind: kind as EntryOut['kind'] | null, verbSeen: kind !== null, strong: kind !== null };
  for (const seg of segments) {
    if (seg.end <= from) continue;
    const r = readSegment(view, seg, carry);
    if (r.repay) continue;
    for (const e of r.entries) entries.push(e);
    for (const u of r.unresolved) {
      if (u.reason === 'no_amount') unresolved.push(u);
      else badReason ??= u.reason;
    }
    carry = { kind: r.kind, verbSeen: r.verbSeen, strong: r.strong };
  }
  return { entries, unresolved, badReason };
}
