/** SQL of the quarterly answers table: one row per (person, quarter), later answers fill gaps. */
import { sql } from 'kysely';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import { quarterRange, type QuarterLabel } from '../reminders/schedule.ts';
import type { QuarterlyReport } from './quarterly-reports.ts';

/**
 * Stores an answer; a value left out (null) keeps what an earlier answer gave. `filledBy`: the
 * staff member who filled it in from the console on her behalf, or null when she answered
 * herself (in chat). Each figure remembers who gave it (`*_filled_by`, migration 040), and a
 * figure she gave herself is never replaced by a staff one: the statement keeps hers, whoever
 * commits first (a console form and her chat answer at the same moment) — the caller sees
 * it in the returned row. Her own answer replaces a staff figure, and the figure is hers again.
 */
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
    filledBy: number | null;
    at: Date;
  },
): Promise<QuarterlyReport> {
  const by = (value: number | null) => (value === null ? null : input.filledBy);
  /** The new value of a figure and of who gave it, per the rule above. */
  const figure = (value: 'assets' | 'turnover_reported' | 'employees', filledBy: 'assets_filled_by' | 'turnover_filled_by' | 'employees_filled_by') => {
    const keepsOld = sql`excluded.${sql.ref(value)} is null or (excluded.${sql.ref(filledBy)} is not null and quarterly_reports.${sql.ref(value)} is not null and quarterly_reports.${sql.ref(filledBy)} is null)`;
    return {
      [value]: sql<number | null>`case when ${keepsOld} then quarterly_reports.${sql.ref(value)} else excluded.${sql.ref(value)} end`,
      [filledBy]: sql<number | null>`case when ${keepsOld} then quarterly_reports.${sql.ref(filledBy)} else excluded.${sql.ref(filledBy)} end`,
    };
  };
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
      assets_filled_by: by(input.assets),
      turnover_filled_by: by(input.turnoverReported),
      employees_filled_by: by(input.employees),
      created_at: input.at,
      updated_at: input.at,
    })
    .onConflict((oc) =>
      oc.columns(['person_id', 'quarter']).doUpdateSet((eb) => ({
        ...figure('assets', 'assets_filled_by'),
        ...figure('turnover_reported', 'turnover_filled_by'),
        ...figure('employees', 'employees_filled_by'),
        turnover_from_books: eb.ref('excluded.turnover_from_books'),
        // The message her latest own answer came from: a console fill has none and keeps it.
        source_message_id: input.filledBy === null ? eb.ref('excluded.source_message_id') : eb.ref('quarterly_reports.source_message_id'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .returning(reportColumns)
    .executeTakeFirstOrThrow();
  return toReport(row);
}

const reportColumns = ['person_id', 'quarter', 'assets', 'turnover_reported', 'turnover_from_books', 'employees', 'assets_filled_by', 'turnover_filled_by', 'employees_filled_by'] as const;

function toReport(row: {
  person_id: number;
  quarter: string;
  assets: number | null;
  turnover_reported: number | null;
  turnover_from_books: number;
  employees: number | null;
  assets_filled_by: number | null;
  turnover_filled_by: number | null;
  employees_filled_by: number | null;
}): QuarterlyReport {
  return {
    personId: row.person_id,
    quarter: row.quarter,
    ...quarterRange(row.quarter),
    assets: row.assets,
    turnoverReported: row.turnover_reported,
    turnoverFromBooks: row.turnover_from_books,
    employees: row.employees,
    filledBy: { assets: row.assets_filled_by, turnover: row.turnover_filled_by, employees: row.employees_filled_by },
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

/** Who gave each figure: a staff member's person id when it was filled in from the console, null when she sent it (or it is missing). */
export interface FilledBy {
  assets: number | null;
  turnover: number | null;
  employees: number | null;
}

/** The quarterly answers of these people for a quarter, by person, with who filled each figure in. */
export async function answersOf(db: Db, personIds: readonly number[], quarter: string) {
  const found = new Map<number, { assets: number | null; turnoverReported: number | null; employees: number | null; filledBy: FilledBy; updatedAt: Date }>();
  if (personIds.length === 0) return found;
  const rows = await db
    .selectFrom('quarterly_reports')
    .select(['person_id as personId', 'assets', 'turnover_reported as turnoverReported', 'employees', 'assets_filled_by', 'turnover_filled_by', 'employees_filled_by', 'updated_at as updatedAt'])
    .where('person_id', 'in', [...personIds])
    .where('quarter', '=', quarter)
    .execute();
  for (const r of rows) {
    found.set(r.personId, {
      assets: r.assets,
      turnoverReported: r.turnoverReported,
      employees: r.employees,
      filledBy: { assets: r.assets_filled_by, turnover: r.turnover_filled_by, employees: r.employees_filled_by },
      updatedAt: r.updatedAt,
    });
  }
  return found;
}

/**
 * Before two people rows that are one woman are merged (people-merge.repository.ts): where
 * both have a report for the same quarter, the surviving row takes, figure by figure, what
 * she gave herself over what staff filled in (the same rule as upsertAnswer), and a figure
 * only the merged row had. Its books-based turnover becomes the sum of both rows' (each was
 * counted from that row's own entries, which the merge puts together). The merged row's
 * report then goes with it, as the merge leaves a row whose twin the survivor has.
 */
export async function keepHerQuarterlyFigures(db: Db, from: number, into: number): Promise<void> {
  const figure = (value: string, filledBy: string) => {
    const takeOther = sql`(s.${sql.ref(value)} is null and o.${sql.ref(value)} is not null) or (s.${sql.ref(filledBy)} is not null and o.${sql.ref(value)} is not null and o.${sql.ref(filledBy)} is null)`;
    return sql`${sql.ref(value)} = case when ${takeOther} then o.${sql.ref(value)} else s.${sql.ref(value)} end,
               ${sql.ref(filledBy)} = case when ${takeOther} then o.${sql.ref(filledBy)} else s.${sql.ref(filledBy)} end`;
  };
  await sql`
    update quarterly_reports s
       set ${figure('assets', 'assets_filled_by')},
           ${figure('turnover_reported', 'turnover_filled_by')},
           ${figure('employees', 'employees_filled_by')},
           turnover_from_books = s.turnover_from_books + o.turnover_from_books,
           source_message_id = coalesce(s.source_message_id, o.source_message_id),
           updated_at = greatest(s.updated_at, o.updated_at)
      from quarterly_reports o
     where s.person_id = ${into} and o.person_id = ${from} and o.quarter = s.quarter`.execute(db);
}
