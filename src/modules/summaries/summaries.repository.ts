/**
 * The weekly summary's queries: who gets one (set-based, paged by person id, composed from
 * the people, groups and ledger modules' fragments), and a page of members' weeks and the
 * weeks before, from their unvoided entries (one statement a page).
 */
import { addDays, type IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { isActiveMember } from '../groups/groups.repository.ts';
import { dailyTotalsOfMany, hasEntriesBetween } from '../ledger/ledger.repository.ts';
import type { ItemTotal } from '../ledger/ledger.ts';
import { hasPrivateChat, peopleInZone, type PersonInZone } from '../people/people.repository.ts';
import { dailyTotals } from '../charts/charts.service.ts';
import type { DailyTotals } from '../charts/charts.ts';
import type { WeekFigures, WeeklySummary } from './summaries.ts';
import { change } from './summaries.ts';

/**
 * Active, opted-in members living in `timeZone` who recorded something (a sale or an
 * expense, not voided) between `from` and `to`, and whom the bot may write to privately
 * (the people module's `mayWritePrivately`): each with her name, language and chat, from `afterPersonId`.
 */
export async function membersWithEntries(
  db: Db,
  options: { timeZone: string; from: IsoDate; to: IsoDate; afterPersonId: number; limit: number },
): Promise<PersonInZone[]> {
  const week = { from: options.from, to: options.to };
  const rows = await peopleInZone(db, {
    timeZone: options.timeZone,
    afterPersonId: options.afterPersonId,
    limit: options.limit,
    conditions: [isActiveMember, (eb, personId) => hasEntriesBetween(eb, personId, week, ['sale', 'expense']), hasPrivateChat],
  });
  return rows;
}

/**
 * The summaries of a page of members for the week from `monday`: the figures the ledger's
 * `summarise` gives a period (every active entry counts in `entries` and `daysRecorded`;
 * the best item is the one with the most net sales), from one statement for the whole page. A member without an entry that week is left out.
 */
export async function weeklySummariesOf(
  db: Db,
  members: readonly { personId: number; name: string }[],
  monday: IsoDate,
): Promise<Map<number, { summary: WeeklySummary; days: DailyTotals[] }>> {
  const sunday = addDays(monday, 6);
  const lastMonday = addDays(monday, -7);
  const week = { from: monday, to: sunday };
  const { days, items } = await dailyTotalsOfMany(db, members.map((m) => m.personId), { from: lastMonday, to: sunday }, week);
  const byPerson = new Map<number, { rows: typeof days; items: ItemTotal[] }>();
  const of = (personId: number) => {
    let found = byPerson.get(personId);
    if (!found) byPerson.set(personId, (found = { rows: [], items: [] }));
    return found;
  };
  for (const d of days) of(d.personId).rows.push(d);
  for (const i of items) of(i.personId).items.push({ item: i.item, amount: i.amount });
  const out = new Map<number, { summary: WeeklySummary; days: DailyTotals[] }>();
  for (const member of members) {
    const found = byPerson.get(member.personId);
    if (!found) continue;
    const thisWeek = figuresOf(week, found.rows.filter((r) => r.date >= monday));
    if (thisWeek.entries === 0) continue;
    const lastWeek = figuresOf({ from: lastMonday, to: addDays(monday, -1) }, found.rows.filter((r) => r.date < monday));
    const best = found.items.filter((i) => i.amount > 0).sort((a, b) => b.amount - a.amount || a.item.localeCompare(b.item))[0] ?? null;
    const perDay = found.rows
      .filter((r) => r.date >= monday)
      .map((r) => ({ businessDate: r.date, kind: r.kind, amount: r.amount }));
    out.set(member.personId, {
      summary: { name: member.name, week: thisWeek, lastWeek, sales: change(thisWeek.sales, lastWeek.sales), profit: change(thisWeek.profit, lastWeek.profit), best },
      days: dailyTotals(week, perDay),
    });
  }
  return out;
}

/** A week's figures from its per-day, per-kind sums (as `summarise` counts them). */
function figuresOf(range: { from: IsoDate; to: IsoDate }, rows: readonly { date: IsoDate; kind: string; amount: number; entries: number }[]): WeekFigures {
  let sales = 0;
  let expenses = 0;
  let entries = 0;
  const dates = new Set<string>();
  for (const r of rows) {
    if (r.kind === 'sale') sales += r.amount;
    else if (r.kind === 'expense') expenses += r.amount;
    entries += r.entries;
    dates.add(r.date);
  }
  return { from: range.from, to: range.to, sales, expenses, profit: sales - expenses, entries, daysRecorded: dates.size };
}
