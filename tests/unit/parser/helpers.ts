/**
 * Shared helpers for the parser tests: where the data files are, how to read JSON lines,
 * and one validator for the ParseResult contract (used by the table and property tests).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isIsoDate } from '../../../src/core/dates.ts';
import type { ParseResult } from '../../../src/parser/types.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SAMPLES = path.resolve(repoRoot, '..', 'shared', 'parsing', 'samples.jsonl');
export const CASES = path.resolve(repoRoot, 'tests', 'fixtures', 'parser', 'cases.jsonl');
export const TODAY = '2026-11-20';

export interface Row {
  line: number;
  text: string;
  today?: string;
  note?: string;
  expect: Record<string, unknown>;
}

export function readRows(file: string): Row[] {
  const rows: Row[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    const obj = JSON.parse(raw) as Omit<Row, 'line'>;
    rows.push({ line: i + 1, ...obj });
  });
  return rows;
}

export function sums(r: ParseResult): { sale: number; expense: number } {
  let sale = 0;
  let expense = 0;
  if (r.intent === 'record') {
    for (const e of r.entries) {
      if (e.kind === 'sale') sale += e.amount;
      else expense += e.amount;
    }
  }
  return { sale, expense };
}

const INTENTS = new Set(['record', 'recap', 'undo', 'repayment', 'report', 'lead_interest', 'help', 'unknown']);

function isRupiah(v: unknown): boolean {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= 1e12;
}
function isNullableRupiah(v: unknown): boolean {
  return v === null || isRupiah(v);
}

/** Throws (with the reason) unless `r` satisfies the ParseResult contract for `today`. */
export function assertValidResult(r: ParseResult, today: string): void {
  const fail = (why: string): never => {
    throw new Error(`invalid result (${why}): ${JSON.stringify(r)}`);
  };
  if (typeof r !== 'object' || r === null) fail('not an object');
  if (!INTENTS.has(r.intent)) fail('intent');
  if (typeof r.confidence !== 'number' || !(r.confidence >= 0 && r.confidence <= 1)) fail('confidence');
  if (r.notes !== undefined && (!Array.isArray(r.notes) || r.notes.some((n) => typeof n !== 'string'))) fail('notes');
  if (r.notes?.includes('internal_error')) fail('internal_error');
  switch (r.intent) {
    case 'record':
      if (!isIsoDate(r.date) || r.date > today) fail('date');
      if (!Array.isArray(r.entries)) fail('entries');
      for (const e of r.entries) {
        if (e.kind !== 'sale' && e.kind !== 'expense') fail('kind');
        if (!isRupiah(e.amount) || e.amount <= 0) fail('amount');
        if (e.item !== null && (typeof e.item !== 'string' || e.item.length === 0 || e.item.length > 60)) fail('item');
        if (e.quantity !== null && !(typeof e.quantity === 'number' && Number.isFinite(e.quantity))) fail('quantity');
        if (e.unit !== null && typeof e.unit !== 'string') fail('unit');
        if (!isNullableRupiah(e.unitPrice)) fail('unitPrice');
      }
      if (r.entries.length === 0 && (r.unresolved ?? []).length === 0) fail('empty record');
      break;
    case 'recap':
      if (r.period !== null && r.period !== 'day' && r.period !== 'week' && r.period !== 'month') fail('period');
      if (r.date !== undefined && (!isIsoDate(r.date) || r.date > today)) fail('recap date');
      break;
    case 'repayment':
      if (!isNullableRupiah(r.amount)) fail('amount');
      break;
    case 'report':
      if (!isNullableRupiah(r.assets) || !isNullableRupiah(r.turnover)) fail('report money');
      if (r.employees !== null && !(Number.isSafeInteger(r.employees) && r.employees >= 0)) fail('employees');
      break;
    case 'lead_interest':
      if (r.quantity !== null && !(Number.isSafeInteger(r.quantity) && r.quantity > 0)) fail('quantity');
      if (r.leadCode !== null && !/^[A-Z]{1,3}\d{1,5}$/.test(r.leadCode)) fail('leadCode');
      break;
    default:
      break;
  }
}
