/**
 * SQL of chart requests: a "grafik" is answered after commit by the chart job, which
 * renders the picture from what is stored here (the figures as they were when she asked)
 * and sends the stored reply with it. One request per inbound message.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import type { Person } from '../people/people.ts';
import type { ChartPeriod } from './charts.service.ts';
import type { DailyTotals } from './charts.ts';

/** What the chart's labels are made from. */
export interface ChartSpec {
  language: Person['language'];
  period: ChartPeriod;
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
}

export interface ChartRequest {
  id: number;
  sourceMessageId: number | null;
  reply: OutboundMessage;
  days: DailyTotals[];
  spec: ChartSpec;
  status: 'pending' | 'done';
}

/** Writes the request of this message (or finds it: a message asks once); returns its id. */
export async function insertChartRequest(
  db: Db,
  input: { sourceMessageId: number; personId: number; reply: OutboundMessage; days: readonly DailyTotals[]; spec: ChartSpec; at: Date },
): Promise<number> {
  const row = await db
    .insertInto('chart_requests')
    .values({
      source_message_id: input.sourceMessageId,
      person_id: input.personId,
      reply: JSON.stringify(input.reply),
      days: JSON.stringify(input.days),
      spec: JSON.stringify(input.spec),
      created_at: input.at,
    })
    .onConflict((oc) => oc.column('source_message_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (row) return row.id;
  const existing = await db.selectFrom('chart_requests').select('id').where('source_message_id', '=', input.sourceMessageId).executeTakeFirstOrThrow();
  return existing.id;
}

/**
 * The request, locked for this transaction; undefined when it is gone or another worker
 * holds it (that worker finishes it).
 */
export async function lockChartRequest(db: Db, id: number): Promise<ChartRequest | undefined> {
  const row = await db
    .selectFrom('chart_requests')
    .select(['id', 'source_message_id as sourceMessageId', 'reply', 'days', 'spec', 'status'])
    .where('id', '=', id)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
  return row && { ...row, days: row.days as DailyTotals[], spec: row.spec as ChartSpec };
}

export async function chartRequestExists(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('chart_requests').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function finishChartRequest(db: Db, id: number, at: Date): Promise<void> {
  await db.updateTable('chart_requests').set({ status: 'done', done_at: at }).where('id', '=', id).execute();
}

/** Ids of requests still pending, oldest first (the recovery sweep re-hands them). */
export async function pendingChartRequests(db: Db, options: { sourceMessageId?: number; before?: Date; limit?: number } = {}): Promise<number[]> {
  let query = db.selectFrom('chart_requests').select('id').where('status', '=', 'pending');
  if (options.sourceMessageId !== undefined) query = query.where('source_message_id', '=', options.sourceMessageId);
  if (options.before) query = query.where('created_at', '<', options.before);
  const rows = await query.orderBy('created_at').limit(options.limit ?? 100).execute();
  return rows.map((r) => r.id);
}
