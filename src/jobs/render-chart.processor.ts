/**
 * The chart job: draws the picture of a "grafik" and sends the reply with it (the text as
 * its caption), exactly the message the conversation would have sent.
 *
 * Once only: the request is locked while the picture is drawn, and the outbox row (key
 * `chart-<request id>`) and marking it done commit together; a rerun (a redelivered job, a
 * sweep, a second bot) finds it done and only dispatches the row again, which the send step
 * deduplicates.
 */
import { repliesFor } from '../conversation/replies/index.ts';
import { loadChartRenderer, renderDailyChart } from '../modules/charts/charts.render.ts';
import { chartRequestExists, finishChartRequest, lockChartRequest, pendingChartRequests } from '../modules/charts/charts.repository.ts';
import { addToOutbox, type OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { FOLLOW_UP_SWEEP_GRACE_MS, type FollowUpDeps, type HandOff } from './follow-ups.ts';

export type ChartOutcome = 'sent' | 'already-done' | 'busy' | 'missing';

export function chartOutboxKey(requestId: number): string {
  return `chart-${requestId}`;
}

export async function renderChart(deps: FollowUpDeps, requestId: number): Promise<ChartOutcome> {
  await loadChartRenderer();
  const key = chartOutboxKey(requestId);
  const outcome = await deps.db.transaction().execute(async (trx): Promise<{ outcome: ChartOutcome; items: OutboxItem[] }> => {
    const request = await lockChartRequest(trx, requestId);
    // Another worker has it (it fails this job, to retry until that one has finished), or it is gone.
    if (!request) return { outcome: (await chartRequestExists(trx, requestId)) ? 'busy' : 'missing', items: [] };
    // Done, but perhaps never dispatched (a crash after commit): dispatching again is harmless.
    if (request.status === 'done') return { outcome: 'already-done', items: [{ idempotencyKey: key, platform: request.reply.platform, priority: 'reply' }] };
    const t = repliesFor(request.spec.language);
    const png = renderDailyChart(request.days, t.chartLabels(request.spec));
    const reply = request.reply;
    const items = await addToOutbox(trx, [
      {
        key,
        message: { ...reply, image: { pngBase64: png.toString('base64'), caption: reply.text } },
        priority: 'reply',
        sourceMessageId: request.sourceMessageId,
      },
    ]);
    await finishChartRequest(trx, request.id, deps.clock.now());
    return { outcome: 'sent', items };
  });
  // Only after commit, as every reply.
  await deps.dispatch(outcome.items);
  return outcome.outcome;
}

/** Recovery: re-hands chart requests still pending a while after they were written. Returns how many. */
export async function sweepChartRequests(deps: FollowUpDeps, handOff: HandOff): Promise<number> {
  const ids = await pendingChartRequests(deps.db, { before: new Date(deps.clock.now().getTime() - FOLLOW_UP_SWEEP_GRACE_MS) });
  await handOff(ids.map((requestId) => ({ kind: 'render_chart', requestId })));
  if (ids.length) deps.log.warn({ charts: ids.length }, 're-handed pending charts');
  return ids.length;
}
