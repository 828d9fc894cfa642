/**
 * A group's books over a week or a month, member by member, for the facilitator (or the
 * group's ketua): days recorded, sales, expenses and profit of each active member, the
 * group's totals, and who recorded nothing. Integer rupiah throughout.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';

export type RecapPeriod = 'week' | 'month';

/**
 * Member lines shown at most: a chat message must stay under Telegram's 4,096 characters.
 * Beyond this the recap names how many more recorded; the totals always count everyone.
 */
export const RECAP_MAX_LINES = 35;
/** The recap's text stays under this many characters: fewer member lines are shown until it does. */
export const RECAP_MAX_CHARS = 3900;
/** Names of members who recorded nothing shown at most (the count is always given). */
export const RECAP_MAX_SILENT = 40;

/** The longest text `render(lines)` makes within RECAP_MAX_CHARS, showing at most RECAP_MAX_LINES member lines. */
export function fitRecapText(render: (lines: number) => string): string {
  let lines = RECAP_MAX_LINES;
  let text = render(lines);
  while (text.length > RECAP_MAX_CHARS && lines > 0) text = render((lines = Math.max(0, lines - 5)));
  return text;
}

export interface MemberRecapRow {
  personId: number;
  name: string;
  daysRecorded: number;
  sales: Rupiah;
  expenses: Rupiah;
  profit: Rupiah;
}

export interface GroupRecap {
  groupId: number;
  group: string;
  period: RecapPeriod;
  from: IsoDate;
  to: IsoDate;
  /** Active members who recorded something, best sales first. */
  recorded: MemberRecapRow[];
  /** Active members with no entry in the period, by name. */
  silent: string[];
  totals: { members: number; recorded: number; sales: Rupiah; expenses: Rupiah; profit: Rupiah };
}

export function buildGroupRecap(
  group: { id: number; name: string },
  period: RecapPeriod,
  range: { from: IsoDate; to: IsoDate },
  rows: readonly MemberRecapRow[],
): GroupRecap {
  const recorded = rows
    .filter((r) => r.daysRecorded > 0)
    .sort((a, b) => b.sales - a.sales || a.name.localeCompare(b.name) || a.personId - b.personId);
  const silent = rows
    .filter((r) => r.daysRecorded === 0)
    .map((r) => r.name)
    .sort((a, b) => a.localeCompare(b));
  const sales = recorded.reduce((t, r) => t + r.sales, 0);
  const expenses = recorded.reduce((t, r) => t + r.expenses, 0);
  return {
    groupId: group.id,
    group: group.name,
    period,
    ...range,
    recorded,
    silent,
    totals: { members: rows.length, recorded: recorded.length, sales, expenses, profit: sales - expenses },
  };
}
