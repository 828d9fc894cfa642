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
export const SAMPLES = path.resolve(repoRoot, 'tests', 'fixtures', 'parser', 'samples.jsonl');
export const CASES = path.resolve(repoRoot, 'tests', 'fixtures', 'parser', 'cases.jsonl');
export const CASES_BOOKS = path.resolve(repoRoot, 'tests', 'fixtures', 'parser', 'cases-books.jsonl');
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

/** Sums by kind; `withdrawal` and `capital` are never counted as sales or expenses. */
export function sums(r: ParseResult): { sale: number; expense: number; withdrawal: number; capital: number } {
  let sale = 0;
  let expense = 0;
  let withdrawal = 0;
  let capital = 0;
  if (r.intent === 'record') {
    for (const e of r.entries) {
      if (e.kind === 'sale') sale += e.amount;
      else if (e.kind === 'expense') expense += e.amount;
      else if (e.kind === 'withdrawal') withdrawal += e.amount;
      else capital += e.amount;
    }
  }
  return { sale, expense, withdrawal, capital };
}

const INTENTS = new Set(['record', 'recap', 'undo', 'repayment', 'report', 'lead_interest', 'help', 'unknown',
  'correction', 'delete_entry', 'delete_all', 'list_entries', 'order', 'payment_received', 'on_behalf', 'set_price', 'list_open',
  'lead_decline']);
const KINDS = new Set(['sale', 'expense', 'withdrawal', 'capital']);

function isEntry(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Record<string, unknown>;
  return KINDS.has(x.kind as string) && isRupiah(x.amount) && (x.amount as number) > 0 &&
    (x.item === null || (typeof x.item === 'string' && x.item.length > 0 && x.item.length <= 60 && x.item === x.item.trim().toLowerCase())) &&
    (x.quantity === null || (typeof x.quantity === 'number' && Number.isFinite(x.quantity))) &&
    (x.unit === null || typeof x.unit === 'string') && isNullableRupiah(x.unitPrice);
}

function isName(v: unknown): boolean {
  return typeof v === 'string' && v.length > 0 && v.length <= 80 && v === v.trim();
}

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
        if (!KINDS.has(e.kind)) fail('kind');
        // A return is a sale with a negative amount; every other entry is positive.
        if (e.kind === 'sale' ? !isRupiah(Math.abs(e.amount)) || e.amount === 0 : !isRupiah(e.amount) || e.amount <= 0) fail('amount');
        if (e.amount < 0 && ((e.quantity !== null && e.quantity <= 0) || (e.unitPrice !== null && e.unitPrice <= 0))) fail('return quantity or price');
        if (e.item !== null && (typeof e.item !== 'string' || e.item.length === 0 || e.item.length > 60)) fail('item');
        if (e.item !== null && e.item !== e.item.trim().toLowerCase()) fail('item not normalised');
        if (e.quantity !== null && !(typeof e.quantity === 'number' && Number.isFinite(e.quantity))) fail('quantity');
        if (e.unit !== null && typeof e.unit !== 'string') fail('unit');
        if (!isNullableRupiah(e.unitPrice)) fail('unitPrice');
        // A record of several days: every entry has its own day, none after today, the record's the latest.
        if (e.date !== undefined && (!isIsoDate(e.date) || e.date > today || e.date > r.date)) fail('entry date');
        if ((e.date === undefined) !== (r.entries[0]?.date === undefined)) fail('entry dates on some entries only');
      }
      for (const u of r.unresolved ?? []) {
        if (u.item !== null && u.item !== u.item.trim().toLowerCase()) fail('unresolved item not normalised');
      }
      if (r.entries.length === 0 && (r.unresolved ?? []).length === 0) fail('empty record');
      if (r.credit !== undefined && !isName(r.credit.customer)) fail('credit customer');
      if (r.credit !== undefined && !r.entries.some((e) => e.kind === 'sale')) fail('credit without a sale');
      break;
    case 'correction':
      if (!isNullableRupiah(r.amount) || r.amount === 0) fail('correction amount');
      if (r.quantity !== null && !(Number.isSafeInteger(r.quantity.to) && r.quantity.to > 0)) fail('correction quantity');
      if (r.quantity !== null && r.quantity.from !== null && !Number.isSafeInteger(r.quantity.from)) fail('correction from');
      if (r.entries !== undefined && (r.entries.length === 0 || !r.entries.every(isEntry))) fail('correction entries');
      if (r.unitPrice !== undefined && !(isRupiah(r.unitPrice) && r.unitPrice > 0)) fail('correction unit price');
      if (r.amountFrom !== undefined && !(isRupiah(r.amountFrom) && r.amountFrom > 0 && r.amount !== null)) fail('correction amountFrom');
      if (r.index !== undefined && !(Number.isSafeInteger(r.index) && r.index >= 1 && r.index <= 99)) fail('correction index');
      if (r.date !== undefined && (!isIsoDate(r.date) || r.date > today)) fail('correction date');
      if (r.kind !== undefined && !KINDS.has(r.kind)) fail('correction kind');
      if (r.item !== undefined && (r.item.length === 0 || r.item !== r.item.trim().toLowerCase())) fail('correction item');
      break;
    case 'delete_all':
      if (!isIsoDate(r.date) || r.date > today) fail('delete_all date');
      break;
    case 'delete_entry':
      if (!(Number.isSafeInteger(r.index) && r.index >= 1 && r.index <= 99)) fail('index');
      break;
    case 'order':
      if (r.customer !== null && !isName(r.customer)) fail('order customer');
      for (const v of [r.unitPrice, r.total, r.downPayment]) if (!isNullableRupiah(v) || v === 0) fail('order money');
      if (r.quantity !== null && !(typeof r.quantity === 'number' && Number.isFinite(r.quantity) && r.quantity > 0)) fail('order quantity');
      if (r.item !== null && (r.item.length === 0 || r.item !== r.item.trim().toLowerCase())) fail('order item');
      if (!isIsoDate(r.date) || r.date > today) fail('order date');
      if (r.dueDate !== null && (!isIsoDate(r.dueDate) || r.dueDate < today)) fail('order due date');
      break;
    case 'payment_received':
      if (!isName(r.customer)) fail('payment customer');
      if (!isNullableRupiah(r.amount) || r.amount === 0) fail('payment amount');
      if (typeof r.settled !== 'boolean' || typeof r.order !== 'boolean') fail('payment flags');
      break;
    case 'on_behalf':
      if (!isName(r.member) || typeof r.text !== 'string') fail('on_behalf');
      break;
    case 'set_price':
      if (!isRupiah(r.unitPrice) || r.unitPrice <= 0) fail('set_price price');
      if (r.item.length === 0 || r.item !== r.item.trim().toLowerCase()) fail('set_price item');
      if (r.unit !== null && (typeof r.unit !== 'string' || r.unit.length === 0)) fail('set_price unit');
      break;
    case 'list_open':
      if (r.what !== 'orders' && r.what !== 'receivables') fail('list_open what');
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
    case 'lead_decline':
      if (r.leadCode !== null && !/^[A-Z]{1,3}\d{1,5}$/.test(r.leadCode)) fail('leadCode');
      break;
    case 'lead_interest':
      if (r.quantity !== null && !(Number.isSafeInteger(r.quantity) && r.quantity > 0)) fail('quantity');
      if (r.leadCode !== null && !/^[A-Z]{1,3}\d{1,5}$/.test(r.leadCode)) fail('leadCode');
      break;
    default:
      break;
  }
}
