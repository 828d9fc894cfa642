/**
 * Draws a message's `chart` (its figures, written by the weekly summaries) into the photo
 * it is sent as, its text the caption: what the send step does just before sending. The
 * words on the chart come from the catalogue in her language, as for a "grafik" reply.
 */
import { addDays } from '../../core/dates.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import { loadChartRenderer, renderDailyChart } from '../../modules/charts/charts.render.ts';
import { repliesFor } from '../replies/index.ts';

/** The message as it is sent: with `chart` drawn as `image`; a message without one as it is. */
export async function withChartDrawn(message: OutboundMessage): Promise<OutboundMessage> {
  const { chart, ...rest } = message;
  if (!chart) return message;
  await loadChartRenderer();
  const labels = repliesFor(chart.language).chartLabels({ period: chart.period, from: chart.from, to: chart.to, today: chart.today });
  const days = chart.sales.map((sales, i) => ({ date: addDays(chart.from, i), sales, expenses: chart.expenses[i] ?? 0 }));
  const png = renderDailyChart(days, labels);
  return { ...rest, image: { pngBase64: png.toString('base64'), caption: message.image?.caption ?? message.text } };
}
