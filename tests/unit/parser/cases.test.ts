/**
 * The project's own table (tests/fixtures/parser/cases.jsonl): records by trade, lists and
 * headings, every amount form, dates, repayments, recaps, undo, help, reports, lead answers,
 * English, typos, emoji — and chatter that must stay `unknown`.
 *
 * Keys an `expect` may name: intent, sale, expense (sums by kind), date, entries (exact, in
 * order), unresolved (how many lines could not be read), period, amount, assets, turnover,
 * employees, quantity, leadCode, and `confident` (whether confidence ≥ CONFIDENT, i.e.
 * whether the bot would act without asking). The books cases add: withdrawal, capital (sums),
 * credit (record; null when absent), unresolvedEntries (exact), notes (exact), and the fields
 * of correction, delete_entry, order, payment_received, on_behalf, set_price and list_open
 * (index, customer, item, unit, unitPrice, total, downPayment, dueDate, settled, order,
 * member, text, what). Cases of orders, credit, corrections and the like live in cases-books.jsonl.
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import { assertValidResult, CASES, CASES_BOOKS, readRows, sums, TODAY } from './helpers.ts';

const rows = readRows(CASES);
const bookRows = readRows(CASES_BOOKS);

describe('cases.jsonl', () => {
  it('has at least 200 cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
  });

  it('has at least 60 books cases (cases-books.jsonl)', () => {
    expect(bookRows.length).toBeGreaterThanOrEqual(60);
  });

  for (const row of [...rows, ...bookRows.map((r) => ({ ...r, line: `books:${r.line}` }))]) {
    it(`line ${row.line}: ${JSON.stringify(row.text)}${row.today ? ` (today ${row.today})` : ''}`, () => {
      const today = row.today ?? TODAY;
      const r = parseMessage(row.text, { today });
      assertValidResult(r, today);
      const fields = r as unknown as Record<string, unknown>;
      const got: Record<string, unknown> = { intent: r.intent, confident: r.confidence >= CONFIDENT };
      if (r.intent === 'record') {
        Object.assign(got, sums(r));
        got.date = r.date;
        got.entries = r.entries;
        got.unresolved = (r.unresolved ?? []).length;
        got.unresolvedEntries = r.unresolved ?? [];
      }
      if (r.intent === 'correction') got.entries = r.entries ?? null;
      got.notes = r.notes ?? [];
      if (r.intent === 'recap') got.date = r.date;
      if (r.intent === 'record') got.credit = r.credit ?? null;
      if (r.intent === 'order') got.date = r.date;
      for (const key of ['period', 'amount', 'assets', 'turnover', 'employees', 'quantity', 'leadCode', 'index', 'customer',
        'item', 'unit', 'unitPrice', 'total', 'downPayment', 'dueDate', 'settled', 'order', 'member', 'text', 'what']) {
        if (key in fields) got[key] = fields[key];
      }
      const wanted: Record<string, unknown> = {};
      const actual: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row.expect)) {
        wanted[key] = value;
        actual[key] = got[key];
      }
      expect(actual).toEqual(wanted);
    });
  }
});
