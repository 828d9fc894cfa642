/**
 * Top-ups sold by the count beside another clause of her day: "jual pulsa 10rb 6x harga 12rb, isi
 * deposit server 300rb", "token 20rb laku 3 @22rb; beli plastik 5rb". The top-up clause alone is
 * face-count.ts's ("pulsa 10rb" is which top-up, not money: 6 × 12.000); read whole, the other
 * clause's amount left the face value, the count and the price unpaired (the face value a price,
 * 12rb a sale of its own: asked, with a wrong draft).
 *
 * Only in a message with a top-up word: its clauses (cut at a comma before a space, a semicolon or
 * a line end; neighbours kept together when only so they read) are read on their own, and the
 * message is the clauses together when every one is a confident record of one day with no credit
 * and one is top-ups by the count — a clause that is a plan, a question or unread keeps the whole
 * reading (asked). A confident whole reading they contradict ("laku voucher 5rb 10 biji jual 6rb,
 * bayar wifi 100rb" read the face value as a sale) is asked (`then_clauses_disagree`).
 */
import type { Analysis } from './analyze.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';
import { C_DOUBT, C_MARKED } from './confidence.ts';
import { books, confidentSteps } from './intents/then-clauses.ts';

const T_FACE = trigger(['pulsa', 'token', 'voucher', 'vocer', 'voucer', 'vcr', 'kuota']);
const FACE_ITEM = /^(pulsa|token|voucher|vocer|voucer|vcr|kuota)\b/;
/** Top-ups by name, with the packages and balances a counter sells too. */
const TOP_UP_ITEM = /^(pulsa|token|voucher|vocer|voucer|vcr|kuota|paket data|paket internet|saldo (dana|ovo|gopay|shopeepay))\b/;
/** A clause edge: a comma before a space (never inside "1,5jt"), a semicolon, a line end. */
const EDGE = /,\s+|;|\n/;

type RecordResult = Extract<ParseResult, { intent: 'record' }>;

export function faceClauses(a: Analysis, whole: ParseResult, text: string, read: (part: string) => ParseResult): ParseResult | null {
  if (!present(a, T_FACE)) return null;
  const parts = text.split(EDGE).map((p) => p.trim()).filter((p) => p.length > 0);
  // (Up to six: a heading and five lines of her counter's day; 2^5 groupings, each group read once.)
  if (parts.length < 2 || parts.length > 6) return null;
  // The clauses grouped as few as can be read (two groups first): "token 50rb laku 2, jualnya
  // 52rb, beli bensin 20rb" is the top-ups' two clauses, then the petrol.
  // (Each group read once: the groupings share them.)
  const seen = new Map<string, ParseResult>();
  const once = (part: string): ParseResult => {
    let r = seen.get(part);
    if (r === undefined) {
      r = read(part);
      seen.set(part, r);
    }
    return r;
  };
  for (const groups of groupings(parts)) {
    const joined = readGroups(groups, once);
    if (joined === null) continue;
    if (whole.confidence < CONFIDENT) return joined;
    // A confident whole reading that the clauses contradict: asked, never either unasked.
    if (whole.intent === 'record' && books(whole.entries) === books(joined.entries)) return null;
    return { ...joined, confidence: Math.min(joined.confidence, C_DOUBT), notes: [...(joined.notes ?? []), 'then_clauses_disagree'] };
  }
  return null;
}

/** The ways to cut `parts` into two or more runs, fewest runs first. */
function groupings(parts: readonly string[]): string[][] {
  const n = parts.length;
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << (n - 1); mask++) {
    const groups: string[] = [];
    let cur = parts[0] as string;
    for (let i = 1; i < n; i++) {
      if ((mask & (1 << (i - 1))) !== 0) {
        groups.push(cur);
        cur = parts[i] as string;
      } else cur = `${cur}, ${parts[i] as string}`;
    }
    groups.push(cur);
    out.push(groups);
  }
  return out.sort((x, y) => x.length - y.length);
}

/**
 * A top-up line whose only doubt is its kind ("paket data 1 = 55rb", "kuota 1 55rb"): beside top-ups
 * sold by the count it is one more of her counter's sales (never her own package bought: that would
 * have a buying word). Read as a sale, as sure as a marked amount; anything else is read as it was.
 */
function topUpSold(r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence >= CONFIDENT || r.notes?.length !== 1 || r.notes[0] !== 'kind_guessed') return r;
  if (r.credit !== undefined || (r.unresolved ?? []).length > 0) return r;
  if (!r.entries.every((e) => e.kind === 'sale' && e.item !== null && TOP_UP_ITEM.test(e.item))) return r;
  const { notes: _guessed, ...rest } = r;
  return { ...rest, confidence: C_MARKED };
}

/** The groups read on their own and joined, when every one is a confident record and one the top-ups'. */
function readGroups(groups: readonly string[], read: (part: string) => ParseResult): RecordResult | null {
  const steps = confidentSteps(groups, (part) => topUpSold(read(part)));
  if (steps === null) return null;
  // "jual pulsa 10rb x5 @12rb, token listrik 52rb": read alone, the token clause lost the sale beside
  // it (sold-tokens.ts reads the whole message) and is her meter — which it is, is asked.
  if (groups.some((g, k) => TOP_UP_ITEM.test(g) && (steps[k] as RecordResult).entries.some((e) => e.kind === 'expense'))) return null;
  // (One group must be the top-ups' by the count: the split is for them.)
  if (!steps.some((r) => r.entries.some((e) => e.quantity !== null && e.item !== null && FACE_ITEM.test(e.item)))) return null;
  const entries: ParsedEntry[] = steps.flatMap((r) => r.entries);
  const notes = [...new Set(steps.flatMap((r) => r.notes ?? []))];
  const first = steps[0] as RecordResult;
  const confidence = Math.min(...steps.map((r) => r.confidence));
  return notes.length > 0 ? { intent: 'record', entries, date: first.date, confidence, notes } : { intent: 'record', entries, date: first.date, confidence };
}

