/**
 * Benchmark-only: which inbound message each reply answers (outbox key → the message id and
 * chat it was written in), for the stage breakdown of bench/inbound-stages.ts.
 */
import type { Db } from '../../src/db/client.ts';

export async function repliesByMessage(db: Db): Promise<{ key: string; messageId: string; chatId: string }[]> {
  return db
    .selectFrom('outbound_messages as o')
    .innerJoin('inbound_messages as i', 'i.id', 'o.source_message_id')
    .select(['o.idempotency_key as key', 'i.message_id as messageId', 'i.chat_id as chatId'])
    .where('o.priority', '=', 'reply')
    .execute();
}
