/**
 * "laku 3 bros (15k), 2 kalung (20k) masing2": an each-word closing a list of counted lines
 * reads as the last line's own ("2 kalung 20rb each"), but she may mean it for every line
 * (3 × 15rb + 2 × 20rb). Where an earlier line has a count and a bare amount the two readings
 * differ, so the record is asked, never kept at the last line's reading alone.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT } from './lexer.ts';
import type { ParsedEntry } from './types.ts';
import { F_TOTAL, G_EACH } from './word-roles.ts';

const SPANNING = new Set(['masing-masing', 'masing masing', 'each']);

/** Whether the message ends in an each-word that may reach back over several counted lines. */
export function trailingEachSpansLines(a: Analysis, entries: readonly ParsedEntry[]): boolean {
  let i = a.tokens.length - 1;
  while (i >= 0 && (a.tokens[i]?.type === T_PUNCT || a.tokens[i]?.type === T_NL)) i--;
  const last = a.tokens[i];
  // "satunya" (the one of it) binds to its own line; "masing-masing" (each of them) may not.
  if (last === undefined || (last.f2 & G_EACH) === 0 || !SPANNING.has(last.key) || entries.length < 2) return false;
  // "lima pelanggan total 210rb … satunya": a line with its total marked is not reached back to.
  if (a.tokens.some((t) => (t.f & F_TOTAL) !== 0)) return false;
  const tail = entries[entries.length - 1] as ParsedEntry;
  return tail.unitPrice !== null &&
    entries.slice(0, -1).some((e) => e.unitPrice === null && e.quantity !== null && e.quantity > 1);
}
