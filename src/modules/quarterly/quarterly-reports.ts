/**
 * Quarterly monitoring: a member's assets, turnover and employees for a quarter, as she
 * answers the quarterly question ("aset 5jt omset 3jt karyawan 2"). One row per (person,
 * quarter); a later answer fills in or corrects what she gave before ("karyawan 3" alone
 * keeps her assets). The turnover her books show for the quarter is stored beside hers.
 */
import type { IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { salesBetween } from '../ledger/ledger.repository.ts';
import { isQuarterLabel, quarterRange, type QuarterLabel } from '../reminders/schedule.ts';

export interface QuarterlyReport {
  personId: number;
  quarter: QuarterLabel;
  from: IsoDate;
  to: IsoDate;
  assets: Rupiah | null;
  turnoverReported: Rupiah | null;
  turnoverFromBooks: Rupiah;
  employees: number | null;
}

/** Her sales over the quarter, from her (unvoided) entries. */
export async function turnoverFromBooks(db: Db, personId: number, quarter: QuarterLabel): Promise<Rupiah> {
  return salesBetween(db, personId, quarterRange(quarter));
}

function requireCount(name: string, value: number | null): void {
  if (value !== null && (!Number.isSafeInteger(value) || value < 0)) {
    throw new DomainError('report_invalid', `${name} must be a whole number ≥ 0, got ${String(value)}`);
  }
}

/**
 * Stores (or completes) her report for `quarter`. Missing values (null) keep what an
 * earlier answer gave; an answer with nothing at all is refused.
 */
export async function saveQuarterlyReport(
  db: Db,
  input: {
    personId: number;
    quarter: QuarterLabel;
    assets: Rupiah | null;
    turnover: Rupiah | null;
    employees: number | null;
    sourceMessageId: number | null;
    at: Date;
  },
): Promise<QuarterlyReport> {
  if (!isQuarterLabel(input.quarter)) throw new RangeError(`not a quarter: ${input.quarter}`);
  if (input.assets === null && input.turnover === null && input.employees === null) {
    throw new DomainError('report_empty', 'a report needs assets, turnover or employees');
  }
  requireCount('assets', input.assets);
  requireCount('turnover', input.turnover);
  requireCount('employees', input.employees);
  const books = await turnoverFromBooks(db, input.personId, input.quarter);
  const row = await db
    .insertInto('quarterly_reports')
    .values({
      person_id: input.personId,
      quarter: input.quarter,
      assets: input.assets,
      turnover_reported: input.turnover,
      turnover_from_books: books,
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
