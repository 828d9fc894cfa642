/** "grafik" / "/grafik [minggu|bulan]": a picture of her daily sales and expenses. */
import { chartData, type ChartPeriod } from '../../modules/charts/charts.service.ts';
import { loadChartRenderer, renderDailyChart } from '../../modules/charts/charts.render.ts';
import type { Handled, Session } from '../session.ts';

export async function onChart(s: Session, period: ChartPeriod): Promise<Handled> {
  const { recap, days } = await chartData(s.db, s.me.id, period, s.today);
  if (recap.entries === 0) {
    // An empty chart says nothing: tell her how to start instead.
    s.say(s.t.chartEmpty(period, s.today, recap));
    return s.done('chart:empty');
  }
  await loadChartRenderer();
  const png = renderDailyChart(days, s.t.chartLabels({ period, from: recap.from, to: recap.to, today: s.today }));
  s.say(s.t.chartCaption(recap, s.today));
  s.attachImage(png.toString('base64'));
  return s.done('chart');
}
