/**
 * The weekly summary as she reads it (who gets one and when: jobs/weekly-summary.ts):
 * her week's figures as text, under the week's chart as the photo.
 */
import { addDays, type IsoDate } from '../../core/dates.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import { loadChartRenderer, renderDailyChart } from '../../modules/charts/charts.render.ts';
import type { DailyTotals } from '../../modules/charts/charts.ts';
import type { Contact } from '../../modules/people/people.repository.ts';
import type { WeeklySummary } from '../../modules/summaries/summaries.ts';
import { repliesFor } from '../replies/index.ts';

export async function weeklySummaryMessage(contact: Contact, summary: WeeklySummary, days: DailyTotals[], monday: IsoDate): Promise<OutboundMessage> {
  const t = repliesFor(contact.language);
  await loadChartRenderer();
  const sunday = addDays(monday, 6);
  const png = renderDailyChart(days, t.chartLabels({ period: 'week', from: monday, to: sunday, today: sunday }));
  const text = t.weeklySummary(summary);
  return { platform: contact.platform, chatId: contact.chatId, text, image: { pngBase64: png.toString('base64'), caption: text }, bulk: true };
}
