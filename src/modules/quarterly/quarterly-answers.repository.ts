/** SQL of the quarterly answers table: one row per (person, quarter), later answers fill gaps. */
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { quarterRange, type QuarterLabel } from '../reminders/schedule.ts';
import type { QuarterlyReport } from './quarterly-reports.ts';

/** Stores her answer; a value left out (null) keeps what an earlier answer gave. */
export async function upsertAnswer(
  db: Db,
  input: {
    personId: number;
    quarter: QuarterLabel;
    assets: Rupiah | null;
    turnoverReported: Rupiah | null;
    turnoverFromBooks: Rupiah;
    employees: number | null;
    sourceMessageId: number | null;
    at: Date;
  },
): Promise<QuarterlyReport> {
  const row = await db
    .insertInto('quarterly_reports')
    .values({
      person_id: input.personId,
      quarter: input.quarter,
      assets: input.assets,
      turnover_reported: input.turnoverReported,
      turnover_from_books: input.turnoverFromBooks,
      employees: input.employees,
      source_message_id: input.sourceMessageId,
      created_at: input.at,
      updated_at: input.at,
    })
    .onConflict((oc) =>
      oc.columns(['person_id', 'quarter']).doUpdateSet((eb) => ({
        assets: eb.fn.coalesce('excluded.assets', 'quarterly_reports.assets'),
        turnover_reported: eb.fn.coalesce('excluded.turnover_reported', 'quarterly_reports.turnover_reported'),
        employees: eb.fn.coalesce('excluded.employees', 'quarterly_reports.employees'),
        turnover_from_books: eb.ref('excluded.turnover_from_books'),
        source_message_id: eb.ref('excluded.source_message_id'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .returning(reportColumns)
    .executeTakeFirstOrThrow();
  return toReport(row);
}

const reportColumns = ['person_id', 'quarter', 'assets', 'turnover_reported', 'turnover_from_books', 'employees'] as const;

function toReport(row: {
  person_id: number;
  quarter: string;
  assets: number | null;
  turnover_reported: number | null;
  turnover_from_books: number;
  employees: number | null;
}): QuarterlyReport {
  return {
    personId: row.person_id,
    quarter: row.quarter,
    ...quarterRange(row.quarter),
    assets: row.assets,
    turnoverReported: row.turnover_reported,
    turnoverFromBooks: row.turnover_from_books,
    employees: row.employees,
  };
}

export async function findQuarterlyReport(db: Db, personId: number, quarter: QuarterLabel): Promise<QuarterlyReport | undefined> {
  const row = await db
    .selectFrom('quarterly_reports')
    .select(reportColumns)
    .where('person_id', '=', personId)
    .where('quarter', '=', quarter)
    .executeTakeFirst();
  return row && toReport(row);
}

/** The quarterly answers of these people for a quarter, by person. */
export async function answersOf(db: Db, personIds: readonly number[], quarter: string) {
  if (personIds.length === 0) return new Map<number, { assets: number | null; turnoverReported: number | null; employees: number | null }>();
  const rows = await db
    .selectFrom('quarterly_reports')
    .select(['person_id as personId', 'assets', 'turnover_reported as turnoverReported', 'employees'])
    .where('person_id', 'in', [...personIds])
    .where('quarter', '=', quarter)
    .execute();
  return new Map(rows.map((r) => [r.personId, r]));
}
