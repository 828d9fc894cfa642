/**
 * The weekly summary's figures, read when her row is sent: the fan-out writes only who is due
 * and for which week (`weekly_summary_due`, src/jobs/weekly-summary.ts), 100,000 rows in a few
 * statements, and each summary's figures are one statement here, at the pace of the sends (a
 * bot sends ~30 messages a second), just before its words and its chart. Her summary so
 * counts what her books hold when it reaches her: a correction made after 19:00 is in it.
 */
import { addDays } from '../../core/dates.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { summaryFiguresOf } from '../../modules/summaries/summaries.repository.ts';

/**
 * The message with a due summary's figures read into its facts and chart; any other message
 * as it is. Null when her week has nothing left to sum (every entry undone since the tick, or
 * her books merged into another person's): a summary of zeros thanking her for recording
 * would be wrong, so it is not sent.
 */
export async function withSummaryFigures(db: Db, message: OutboundMessage): Promise<OutboundMessage | null> {
  const facts = message.toWord;
  if (facts?.kind !== 'weekly_summary_due') return message;
  const { language, name, personId, monday } = facts;
  const figures = await summaryFiguresOf(db, personId, monday);
  if (figures.week.entries === 0) return null;
  const sunday = addDays(monday, 6);
  return {
    ...message,
    toWord: { kind: 'weekly_summary', language, name, week: figures.week, lastWeek: figures.lastWeek, best: figures.best },
    chart: { period: 'week', from: monday, to: sunday, today: sunday, language, sales: figures.sales, expenses: figures.expenses },
  };
}
