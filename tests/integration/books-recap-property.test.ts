/**
 * Property: whatever mix of sales, expenses, household withdrawals and capital
 * is recorded, corrected and voided through the ledger service on real Postgres, the recap
 * equals the sums computed independently from a model of the entries, and the business
 * cash is exactly capital + sales − expenses − withdrawals over every active entry up to
 * the end of the period. And the day's totals a recording answers with are the model's.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../../src/core/dates.ts';
import { lastRecordingOf, listedEntry, recap, recordEntries, replaceEntries, voidChosen } from '../../src/modules/ledger/ledger.service.ts';
import { withAmount } from '../../src/modules/ledger/corrections.ts';
import { asNew, ENTRY_KINDS, periodRange, type EntryKind, type Period } from '../../src/modules/ledger/ledger.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import '../helpers/fast-check-seed.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

const START: IsoDate = '2026-11-02'; // a Monday; entries spread over five weeks
const at = new Date('2026-12-10T00:00:00Z');

type Op =
  | { op: 'record'; kind: EntryKind; amount: number; day: number; quantity: number | null }
  | { op: 'correct'; pick: number; amount: number }
  | { op: 'delete'; pick: number }
  | { op: 'undo' };

const amount = fc.integer({ min: 1, max: 5_000_000 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant('record' as const), kind: fc.constantFrom(...ENTRY_KINDS), amount, day: fc.integer({ min: 0, max: 34 }), quantity: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('correct' as const), pick: fc.nat(), amount }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('undo' as const) }) },
);

interface ModelEntry {
  id: number;
  kind: EntryKind;
  amount: number;
  date: IsoDate;
  active: boolean;
}

let personSeq = 0;
async function newPerson(): Promise<number> {
  personSeq += 1;
  const row = await t.db.insertInto('people').values({ name: `P${personSeq}`, time_zone: 'Asia/Jakarta' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

function sums(entries: readonly ModelEntry[], from: IsoDate | null, to: IsoDate) {
  const s = { sales: 0, expenses: 0, withdrawals: 0, capital: 0, count: 0 };
  for (const e of entries) {
    if (!e.active || e.date > to || (from !== null && e.date < from)) continue;
    s.count += 1;
    if (e.kind === 'sale') s.sales += e.amount;
    else if (e.kind === 'expense') s.expenses += e.amount;
    else if (e.kind === 'withdrawal') s.withdrawals += e.amount;
    else s.capital += e.amount;
  }
  return s;
}

describe('recap reconciles with the entries', () => {
  it('sales, expenses, withdrawals, capital, profit and cash equal the model’s sums', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 25 }),
        fc.constantFrom<Period>('day', 'week', 'month'),
        fc.integer({ min: 0, max: 34 }),
        async (ops, period, todayOffset) => {
          const personId = await newPerson();
          const model: ModelEntry[] = [];
          let corrections = 0;
          const active = () => model.filter((e) => e.active);
          for (const o of ops) {
            if (o.op === 'record') {
              const date = addDays(START, o.day);
              const unitPrice = o.quantity !== null && o.kind === 'sale' ? o.amount : null;
              const total = unitPrice !== null ? unitPrice * o.quantity! : o.amount;
              const { entries, totals } = await recordEntries(
                t.db,
                personId,
                date,
                [{ kind: o.kind, amount: total, item: 'bros', quantity: unitPrice !== null ? o.quantity : null, unit: null, unitPrice }],
                { messageId: null, rawText: 'prop' },
              );
              model.push({ id: entries[0]!.id, kind: o.kind, amount: total, date, active: true });
              // The reply's totals of the day (read in the insert's own statement) count the new entry once.
              const day = sums(model, date, date);
              expect(totals).toEqual({ sales: day.sales, expenses: day.expenses, withdrawals: day.withdrawals });
            } else if (o.op === 'correct') {
              const live = active();
              if (live.length === 0) continue;
              const target = live[o.pick % live.length]!;
              const stored = await t.db
                .selectFrom('ledger_entries')
                .select(['id', 'person_id as personId', 'kind', 'amount', 'item', 'quantity', 'unit', 'unit_price as unitPrice', 'business_date as businessDate'])
                .where('id', '=', target.id)
                .executeTakeFirstOrThrow();
              const replaced = await replaceEntries(t.db, personId, [stored], [withAmount(asNew(stored), o.amount)], { messageId: null, rawText: 'ralat' }, at);
              target.active = false;
              corrections += 1;
              model.push({ id: replaced.new[0]!.id, kind: target.kind, amount: o.amount, date: target.date, active: true });
            } else if (o.op === 'delete') {
              const list = active().sort((a, b) => b.id - a.id).slice(0, 10);
              // "hapus N" as the chat does it: number N of the list, computed again, then voided.
              const removed = await listedEntry(t.db, personId, o.pick);
              if (removed) await voidChosen(t.db, personId, [removed], { messageId: null, at });
              const expected = list[o.pick - 1];
              expect(removed?.id).toBe(expected?.id);
              if (expected) expected.active = false;
            } else {
              const last = active().sort((a, b) => b.id - a.id)[0];
              // "batal" as the chat does it: her last recording, then voided.
              const undone = await voidChosen(t.db, personId, await lastRecordingOf(t.db, personId), { messageId: null, at });
              expect(undone.entries.map((e) => e.id)).toEqual(last ? [last.id] : []);
              if (last) last.active = false;
            }
          }

          const today = addDays(START, todayOffset);
          const r = await recap(t.db, personId, period, today);
          const range = periodRange(period, today);
          const inPeriod = sums(model, range.from, range.to);
          const toDate = sums(model, null, range.to);
          expect(r).toMatchObject({
            from: range.from,
            to: range.to,
            sales: inPeriod.sales,
            expenses: inPeriod.expenses,
            withdrawals: inPeriod.withdrawals,
            capital: inPeriod.capital,
            profit: inPeriod.sales - inPeriod.expenses,
            entries: inPeriod.count,
            capitalToDate: toDate.capital,
            withdrawalsToDate: toDate.withdrawals,
          });
          // The cash identity, exactly.
          expect(r.cash).toBe(toDate.capital + toDate.sales - toDate.expenses - toDate.withdrawals);
          // Every correction kept its old row, voided and linked to its active replacement.
          const linked = await t.db
            .selectFrom('ledger_entries as old')
            .innerJoin('ledger_entries as new', 'new.id', 'old.replaced_by_entry_id')
            .select(['old.voided_at as voidedAt', 'new.amount'])
            .where('old.person_id', '=', personId)
            .execute();
          expect(linked.length).toBe(corrections);
          expect(linked.every((l) => l.voidedAt !== null)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });
});
