/**
 * "grafik" / "/grafik [minggu|bulan]": a picture of her daily sales and expenses. The
 * figures and the reply are written here, in the message's transaction; the picture is
 * drawn after commit by the chart job (src/jobs/render-chart.processor.ts), which sends the
 * reply with it, so rendering never holds the inbound transaction or its shard.
 */
import { chartData, type ChartPeriod } from '../../modules/charts/charts.service.ts';
import { insertChartRequest } from '../../modules/charts/charts.repository.ts';
import type { Handled, Session } from '../session.ts';

export async function onChart(s: Session, period: ChartPeriod): Promise<Handled> {
  const { recap, days } = await chartData(s.db, s.me.id, period, s.today);
  if (recap.entries === 0) {
    // An empty chart says nothing: tell her how to start instead.
    s.say(s.t.chartEmpty(period, s.today, recap));
    return s.done('chart:empty');
  }
  s.say(s.t.chartCaption(recap, s.today));
  // The whole reply (with anything said before, such as a welcome) goes with the picture, as its caption.
  const reply = s.takeReply()!;
  const requestId = await insertChartRequest(s.db, {
    sourceMessageId: s.inboundId,
    personId: s.me.id,
    reply,
    days,
    spec: { language: s.me.language, period, from: recap.from, to: recap.to, today: s.today },
    at: s.now(),
  });
  s.followUp({ kind: 'render_chart', requestId });
  return s.done('chart');
}
