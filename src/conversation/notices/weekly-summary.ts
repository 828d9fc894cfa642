/**
 * The weekly summary as she reads it (who gets one and when: jobs/weekly-summary.ts):
 * her week's figures as text, under the week's chart as the photo. The chart goes as its
 * figures (`chart`): the send step draws it (./chart-picture.ts), so the tick that writes a
 * Sunday's summaries never draws one.
 */
import { addDays, type IsoDate } from '../../core/dates.ts';
import type { OutboundMessage, Platform } from '../../core/messages.ts';
import type { DailyTotals } from '../../modules/charts/charts.ts';
import type { WeeklySummary } from '../../modules/summaries/summaries.ts';
import { repliesFor } from '../replies/index.ts';

export interface SummaryReader {
  language: 'id' | 'en';
  platform: Platform;
  chatId: string;
}

export function weeklySummaryMessage(reader: SummaryReader, summary: WeeklySummary, days: readonly DailyTotals[], monday: IsoDate): OutboundMessage {
  const sunday = addDays(monday, 6);
  const text = repliesFor(reader.language).weeklySummary(summary);
  return {
    platform: reader.platform,
    chatId: reader.chatId,
    text,
    chart: { period: 'week', from: monday, to: sunday, today: sunday, language: reader.language, sales: days.map((d) => d.sales), expenses: days.map((d) => d.expenses) },
    bulk: true,
  };
}
