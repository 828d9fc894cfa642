/**
 * The weekly summary's queries: who gets one (set-based, paged by person id, composed from
 * the people, groups and ledger modules' fragments), and one member's week and the week
 * before, from her unvoided entries.
 */
import { addDays, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { isActiveMember } from '../groups/groups.repository.ts';
import { hasEntriesBetween } from '../ledger/ledger.repository.ts';
import { hasPrivateChat, peopleInZone } from '../people/people.repository.ts';
import { chartData } from '../charts/charts.service.ts';
import type { DailyTotals } from '../charts/charts.ts';
import type { WeeklySummary } from './summaries.ts';
import { change } from './summaries.ts';

/**
 * Active, opted-in members living in `timeZone` who recorded something (a sale or an
 * expense, not voided) between `from` and `to`, and whom the bot may write to privately
 * (the people module's `mayWritePrivately`): their person ids, from `afterPersonId`.
 */
export async function membersWithEntries(
  db: Db,
  options: { timeZone: string; from: IsoDate; to: IsoDate; afterPersonId: number; limit: number },
): Promise<number[]> {
  const week = { from: options.from, to: options.to };
  const rows = await peopleInZone(db, {
    timeZone: options.timeZone,
    afterPersonId: options.afterPersonId,
    limit: options.limit,
    conditions: [isActiveMember, (eb, personId) => hasEntriesBetween(eb, personId, week, ['sale', 'expense']), hasPrivateChat],
  });
  return rows.map((r) => r.personId);
}

/** Her week (Monday `monday` to Sunday), the week before, and the week's daily totals for the chart. */
export async function weeklySummaryOf(db: Db, personId: number, name: string, monday: IsoDate): Promise<{ summary: WeeklySummary; days: DailyTotals[] }> {
  const sunday = addDays(monday, 6);
  const now = await chartData(db, personId, 'week', sunday);
  const before = (await chartData(db, personId, 'week', addDays(monday, -1))).recap;
  const figures = (r: typeof now.recap) => ({
    from: r.from,
    to: r.to,
    sales: r.sales,
    expenses: r.expenses,
    profit: r.profit,
    entries: r.entries,
    daysRecorded: r.daysRecorded,
  });
  return {
    summary: {
      name,
      week: figures(now.recap),
      lastWeek: figures(before),
      sales: change(now.recap.sales, before.sales),
      profit: change(now.recap.profit, before.profit),
      best: now.recap.topItems[0] ?? null,
    },
    days: now.days,
  };
}
