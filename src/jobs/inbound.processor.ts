/**
 * Handles one queued inbound message, exactly once in effect: the inbox row, the books and
 * the replies commit in one transaction. A redelivered message finds its inbox row and
 * only re-queues replies that may not have reached the send queue (a crash between commit
 * and enqueue), which the send step itself deduplicates.
 */
import type { Logger } from '../core/logger.ts';
import type { InboundMessage } from '../core/messages.ts';
import { cleanInbound } from '../core/sanitize.ts';
import type { Db } from '../db/client.ts';
import { handleInbound, type ConversationDeps } from '../conversation/handle-inbound.ts';
import { collapseFloodReplies, type FloodMark } from '../conversation/flood.ts';
import { EXPORT_INTENT } from '../conversation/flows/exports.ts';
import { claimInbound, findInboundId, noteOutcome } from '../modules/inbox/inbox.repository.ts';
import { addToOutbox, unsentRepliesOf, type OutboxItem } from '../modules/outbox/outbox.repository.ts';

export interface InboundDeps extends ConversationDeps {
  db: Db;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /**
   * Hands the broadcast rows a message wrote (a lead's deliveries) to a background job
   * instead of queuing them here; without it they are dispatched with the replies.
   */
  scheduleBroadcast?: (sourceMessageId: number) => Promise<void>;
  /** Starts the export job of a message that asked for one ("/ekspor", src/jobs/exports.ts). */
  scheduleExport?: (sourceMessageId: number) => Promise<void>;
  log: Logger;
}

export type InboundOutcome = 'handled' | 'duplicate';

/**
 * `flood`: the message was deferred by flood throttling (src/modules/flood); it is recorded
 * as usual and its answers are collapsed (see src/conversation/flood.ts).
 */
export async function processInbound(deps: InboundDeps, received: InboundMessage, flood?: FloodMark): Promise<InboundOutcome> {
  // No NULs or lone surrogates reach PostgreSQL (they would fail the job forever).
  const message = cleanInbound(received);
  const { outcome, items, intent, inboundId } = await deps.db.transaction().execute(async (trx) => {
    const inboundId = await claimInbound(trx, message);
    if (inboundId === null) {
      const existing = await findInboundId(trx, message);
      return {
        outcome: 'duplicate' as const,
        intent: null,
        inboundId: existing ?? null,
        items: existing === undefined ? [] : await unsentRepliesOf(trx, existing),
      };
    }
    const handled = await handleInbound(trx, message, inboundId, deps);
    await noteOutcome(trx, inboundId, { personId: handled.personId, intent: handled.intent });
    const replies = flood ? await collapseFloodReplies(trx, message, handled, flood) : handled.replies;
    const items = await addToOutbox(
      trx,
      replies.map((reply, i) => ({
        key: `reply-${inboundId}-${i}`,
        message: reply,
        priority: 'reply' as const,
        sourceMessageId: inboundId,
      })),
    );
    return { outcome: 'handled' as const, items: [...items, ...(handled.outbox ?? [])], intent: handled.intent, inboundId };
  });
  // Only after commit: a reply must never announce something that was rolled back.
  const broadcast = deps.scheduleBroadcast && inboundId !== null && items.some((i) => i.priority === 'bulk');
  await deps.dispatch(broadcast ? items.filter((i) => i.priority !== 'bulk') : items);
  if (broadcast) await deps.scheduleBroadcast!(inboundId);
  // An export is made after commit, in the background (a redelivery is caught by the exports sweep).
  if (intent === EXPORT_INTENT && inboundId !== null) await deps.scheduleExport?.(inboundId);
  deps.log.debug({ platform: message.platform, outcome, intent, replies: items.length }, 'inbound handled');
  return outcome;
}
