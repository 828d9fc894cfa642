import type { Intake } from '../channels/channel.ts';
import type { InboundMessage } from '../core/messages.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { inboundJobId, inboundJobOptions, outboundJobOptions, PRIORITY, shardOf, type QueueSet } from './queues.ts';

/**
 * What adapters call with each received message: it is queued on its chat's shard under a
 * job id derived from (platform, chat, message id), so a redelivery while the first copy
 * is still queued is dropped here, and one that comes later is dropped by the inbox.
 */
export function createIntake(queues: QueueSet): Intake {
  return async (message: InboundMessage) => {
    const queue = queues.inbound[shardOf(message.platform, message.chatId, queues.inbound.length)];
    if (!queue) throw new Error('no inbound queue');
    await queue.add('message', { message }, { ...inboundJobOptions, jobId: inboundJobId(message) });
  };
}

/** Puts outbox rows on their platform's send queue; the row key is the job id. */
export function createDispatch(queues: QueueSet) {
  return async (items: readonly OutboxItem[]): Promise<void> => {
    for (const item of items) {
      const queue = queues.outbound.get(item.platform);
      if (!queue) throw new Error(`no outbound queue for ${item.platform}`);
      await queue.add(
        'send',
        { key: item.idempotencyKey },
        { ...outboundJobOptions, jobId: item.idempotencyKey, priority: PRIORITY[item.priority] },
      );
    }
  };
}
