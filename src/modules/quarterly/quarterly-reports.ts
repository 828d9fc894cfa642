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
import { upsertAnswer, type FilledBy } from './quarterly-answers.repository.ts';
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
  /** Who filled each figure in from the console on her behalf (null: she sent it herself, or it is missing). */
  filledBy: FilledBy;
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
 * earlier answer gave; an answer with nothing at all is refused. The one way figures are
 * written: her answer in chat, and the console's filling in on her behalf (`filledBy`: the
 * staff member; quarterly-console.service.ts), which never replaces a figure she sent.
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
    /** The staff member filling it in from the console for her; absent or null: her own answer. */
    filledBy?: number | null;
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
  return upsertAnswer(db, {
    personId: input.personId,
    quarter: input.quarter,
    assets: input.assets,
    turnoverReported: input.turnover,
    turnoverFromBooks: books,
    employees: input.employees,
    sourceMessageId: input.sourceMessageId,
    filledBy: input.filledBy ?? null,
    at: input.at,
  });
}

export { findQuarterlyReport, type FilledBy } from './quarterly-answers.repository.ts';
