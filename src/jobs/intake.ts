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

/** Puts outbox rows on their platform's send queue (in batches); the row key is the job id. */
export function createDispatch(queues: QueueSet) {
  return async (items: readonly OutboxItem[]): Promise<void> => {
    for (let i = 0; i < items.length; i += 500) {
      const byPlatform = new Map<OutboxItem['platform'], OutboxItem[]>();
      for (const item of items.slice(i, i + 500)) byPlatform.set(item.platform, [...(byPlatform.get(item.platform) ?? []), item]);
      for (const [platform, batch] of byPlatform) {
        const queue = queues.outbound.get(platform);
        // A platform this process does not run: the rows stay queued in the outbox and are
        // picked up by the sweeper of a process that does.
        if (!queue) continue;
        await queue.addBulk(
          batch.map((item) => ({
            name: 'send',
            data: { key: item.idempotencyKey },
            opts: { ...outboundJobOptions, jobId: item.idempotencyKey, priority: PRIORITY[item.priority] },
          })),
        );
      }
    }
  };
}
