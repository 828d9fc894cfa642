/**
 * Handles one queued inbound message, exactly once in effect: the inbox row, the books, the
 * replies and the records of any follow-up work commit in one transaction. Only after the
 * commit are the replies dispatched and the follow-ups handed to their queues (a message
 * that rolled back announces and starts nothing). A redelivered message finds its inbox row
 * and re-queues the replies that may not have reached the send queue, and re-hands the
 * follow-ups still pending (a crash between commit and enqueue); the send step and the
 * follow-up jobs deduplicate both (src/jobs/follow-ups.ts).
 */
import type { Logger } from '../core/logger.ts';
import type { Sleep } from '../core/clock.ts';
import type { InboundMessage } from '../core/messages.ts';
import { cleanInbound } from '../core/sanitize.ts';
import type { Db } from '../db/client.ts';
import type { FollowUp } from '../conversation/follow-ups.ts';
import type { Parse } from '../conversation/parsed-ahead.ts';
import { findMessageSenderCarrying, handleInbound, messageSenderCarried, readMessageSender, type ConversationDeps, type MessageSender } from '../conversation/handle-inbound.ts';
import { collapseFloodReplies, type FloodMark } from '../conversation/flood.ts';
import { findInboundId, inboxClaim, outcomeNote } from '../modules/inbox/inbox.repository.ts';
import { addRepliesCarryingRead, addRepliesReleasingHeld, addToOutbox, unsentRepliesOf, type HeldRelease, type OutboxItem } from '../modules/outbox/outbox.repository.ts';
import type { Compilable } from 'kysely';
import type { Fragment } from '../db/prepared.ts';
import { pendingFollowUpsOf, type HandOff } from './follow-ups.ts';
import { heldReleaseFor } from './held-messages.ts';
import { asHandlingFailure } from './handling-failure.ts';

export interface InboundDeps extends ConversationDeps {
  db: Db;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  /**
   * Hands a message's follow-up work (a lead to publish, a chart to draw, an export or a
   * report to make) to its queues, after commit. Without it the work waits, recorded in
   * Postgres, for the recovery sweeps of a process that runs them.
   */
  handOff?: HandOff;
  log: Logger;
  /** How a job waits between runs of a message that met another transaction (./conflict-waits.ts); unset: a real timer. */
  sleep?: Sleep;
  /** The parser a batch parses its messages ahead with (src/conversation/parsed-ahead.ts); unset: the parser. Tests count with it. */
  parseAhead?: Parse;
}

export type InboundOutcome = 'handled' | 'duplicate';

/**
 * `flood`: the message was deferred by flood throttling (src/modules/flood); it is recorded
 * as usual and its answers are collapsed (see src/conversation/flood.ts).
 */
export async function processInbound(deps: InboundDeps, received: InboundMessage, flood?: FloodMark): Promise<InboundOutcome> {
  // No NULs or lone surrogates reach PostgreSQL (they would fail the job forever).
  const message = cleanInbound(received);
  const { outcome, items, intent, followUps } = await deps.db.transaction().execute((trx) => recordInbound(trx, deps, message, flood)).catch((error: unknown) => {
    // What failed is the message's handling (maybe its own fault), not the hand-off below.
    throw asHandlingFailure(error);
  });
  // Only after commit: a reply must never announce something that was rolled back, nor a job start on it.
  await deps.dispatch(items);
  if (followUps.length) await deps.handOff?.(followUps);
  deps.log.debug({ platform: message.platform, outcome, intent, replies: items.length, followUps: followUps.map((f) => f.kind) }, 'inbound handled');
  return outcome;
}

/** What one message wrote in its transaction, and what is to be sent and started once that commits. */
export interface Recorded {
  outcome: InboundOutcome;
  intent: string | null;
  items: OutboxItem[];
  followUps: FollowUp[];
  /** The claim and sender of `ahead.next`, made in this message's last statement (unset: it claims itself). */
  claimedNext?: Claimed;
}

/** A message's inbox claim (its id, or null: recorded before) and who wrote it, made in one statement. */
export type Claimed = { carriedId: number | null; sender: MessageSender };

/**
 * Only for a batch's run WITHOUT savepoints (./inbound-batch.processor.ts says why only
 * there): `claimed`, this message's claim and sender, made by the message before it;
 * `next`, the message after it, claimed and looked up in this message's last statement.
 */
export interface ClaimAhead {
  claimed?: Claimed | undefined;
  next?: InboundMessage | undefined;
}

/**
 * The work of one message inside a transaction the caller holds (its own, or a batch's
 * savepoint: ./inbound-batch.processor.ts): the inbox claim first, then the conversation,
 * the outbox rows carrying the inbox's outcome, her held messages. `message` is cleaned.
 */
export async function recordInbound(trx: Db, deps: InboundDeps, message: InboundMessage, flood?: FloodMark, ahead: ClaimAhead = {}): Promise<Recorded> {
  // The claim first, so a redelivery records nothing twice; carried in the statement that
  // looks up who wrote (one round trip for both: the inbox module hands over its insert
  // unrun, the conversation's lookup carries it). In a batch, the message before made both
  // already, in its last statement (`ahead`).
  const { carriedId: inboundId, sender } = ahead.claimed ?? (await findMessageSenderCarrying(trx, message, inboxClaim(message)));
  if (inboundId === null) {
    const existing = await findInboundId(trx, message);
    if (existing === undefined) return { outcome: 'duplicate' as const, intent: null, items: [], followUps: [] };
    return {
      outcome: 'duplicate' as const,
      intent: null,
      // A lead's deliveries are the publishing job's to dispatch (re-handed below while unpublished).
      items: (await unsentRepliesOf(trx, existing)).filter((item) => item.priority !== 'bulk'),
      followUps: await pendingFollowUpsOf(trx, existing),
    };
  }
  // Nobody known by her identity: looked up again by the conversation. The one statement's
  // snapshot was taken before its claim could wait on another transaction's claim of the same
  // message (a redelivery racing its first run), and she may have been registered meanwhile.
  const handled = await handleInbound(trx, message, inboundId, deps, sender ? { sender } : undefined);
  const replies = flood ? await collapseFloodReplies(trx, message, handled, flood) : handled.replies;
  const outbox = replies.map((reply, i) => ({
    key: `reply-${inboundId}-${i}`,
    // Only what goes back to the chat she wrote in is an answer; the rest is a notice.
    message: reply.platform === message.platform && reply.chatId === message.chatId ? reply : { ...reply, notice: true },
    priority: 'reply' as const,
    sourceMessageId: inboundId,
  }));
  // The replies, and the inbox's note of what the message came to, in one statement: the
  // inbox module hands over its write unrun and the outbox carries it in its insert (each
  // module still spells only its own table; here, where the message's transaction is, is
  // the one place that knows both belong to this message).
  const carried = outcomeNote(inboundId, { personId: handled.personId, intent: handled.intent });
  // She wrote privately: what the bot kept for her until she did goes now, after her
  // answers, released in that same statement (./held-messages.ts).
  const release = await heldReleaseFor(trx, message, deps.clock.now());
  const { items, released, claimedNext }: { items: OutboxItem[]; released: OutboxItem[]; claimedNext?: Claimed } = ahead.next
    ? await writeClaimingNext(trx, outbox, carried, release, ahead.next)
    : release
      ? await addRepliesReleasingHeld(trx, outbox, { carried, release })
      : { items: await addToOutbox(trx, outbox, { carried }), released: [] };
  const followUps: FollowUp[] = handled.followUps ?? [];
  return { outcome: 'handled' as const, items: [...items, ...(handled.outbox ?? []), ...released], intent: handled.intent, followUps, ...(claimedNext ? { claimedNext } : {}) };
}

/**
 * The last statement of a batched message (its replies, its inbox note, her held messages'
 * release) carrying the claim of the batch's next message and the lookup of who wrote it
 * (issue #21: one statement a message fewer). Why each guarantee still holds:
 * - Order of writes: the next message is claimed after every write of this one but this
 *   statement's own, and before any of its own work, as when it claimed itself. The lookup
 *   sees every earlier statement of the transaction (what this message registered, renamed,
 *   asked); it does not see this statement's writes, and needs none of them: the outbox, the
 *   inbox note of this message and the release of held messages are none of who she is or
 *   whether a question is open in her chat (no trigger on those tables writes there either).
 * - Recorded once: the claim is the same insert, on the same unique keys, as when the next
 *   message claims itself; a redelivered one finds its row (its id comes back null) and is a
 *   duplicate; another process's claim of it, not yet committed, makes this statement wait
 *   for it and then find it, as before. Claims keep the batch's order, so two processes
 *   running the same jobs still meet at their first common message, the later one waiting.
 * - Its failure is its own: only in the run without savepoints, where any error rolls back
 *   the whole batch, which then runs again claiming each message itself under its own
 *   savepoint (the next message's claim made here would sit under THIS message's savepoint,
 *   and survive a rollback of its own). A claim that fails here fails that run, not a message.
 * - A crash between statements, several processes, Redis losing its data: nothing here
 *   outlives the transaction; uncommitted, the claim is rolled back with the rest, and the
 *   inbox's unique keys in Postgres are what the other processes meet.
 */
async function writeClaimingNext<V>(
  trx: Db,
  outbox: Parameters<typeof addToOutbox>[1],
  carried: Fragment<V, Compilable<unknown>>,
  release: HeldRelease | undefined,
  next: InboundMessage,
): Promise<{ items: OutboxItem[]; released: OutboxItem[]; claimedNext: Claimed }> {
  const { items, released, read } = await addRepliesCarryingRead(trx, outbox, { carried, release, read: messageSenderCarried(next, inboxClaim(next)) });
  return { items, released, claimedNext: readMessageSender(read) };
}
