/**
 * An inbound job that fails on a healthy database is counted in Postgres; after a few
 * failures its message is set aside (src/modules/inbox/set-aside.ts) and the job ends, so
 * the shard's other chats, and her own next messages, go on. Outages are not counted: a
 * failure that did not come from handling the message (queueing on Redis, the flood gate)
 * is retried as before, and one during a Postgres outage cannot write its count, so it is
 * retried as before too, for as long as the outage lasts.
 */
import type { InboundMessage } from '../core/messages.ts';
import { wallSleep } from '../core/clock.ts';
import { cleanInbound } from '../core/sanitize.ts';
import { repliesFor } from '../conversation/replies/index.ts';
import { describeFailure, SET_ASIDE_AFTER } from '../modules/inbox/set-aside.ts';
import { forgetFailures, noteFailure } from '../modules/inbox/set-aside.repository.ts';
import { addToOutbox } from '../modules/outbox/outbox.repository.ts';
import { findPersonByIdentity } from '../modules/people/people.repository.ts';
import { CONFLICT_RUNS_AGAIN, conflictWaitMs } from './conflict-waits.ts';
import { runInboundJob, type FloodGate } from './flood-gate.ts';
import { isHandlingFailure, isTransactionConflict } from './handling-failure.ts';
import type { InboundDeps, InboundOutcome } from './inbound.processor.ts';
import type { InboundJob } from './queues.ts';

export type InboundJobOutcome = InboundOutcome | 'set_aside';

/**
 * What an inbound worker runs for one job. `attemptsMade`: the job's failed attempts so far
 * (a first attempt that succeeds costs no extra query). `run`: how the message is handled,
 * alone by default; a batch worker hands in its batch, whose result for this job is this
 * job's (./inbound-batch.processor.ts), so the job is counted and set aside as one alone.
 */
export async function runOrSetAside(
  deps: InboundDeps,
  gate: FloodGate | undefined,
  data: InboundJob,
  attemptsMade: number,
  run: () => Promise<InboundOutcome> = () => runInboundJob(deps, gate, data),
): Promise<InboundJobOutcome> {
  try {
    const outcome = await runAgainOnConflict(deps, data, run);
    if (attemptsMade > 0) {
      await forgetFailures(deps.db, data.message).catch((error: unknown) =>
        deps.log.warn({ platform: data.message.platform, err: describeFailure(error) }, 'could not clear a handled message’s failures'),
      );
    }
    return outcome;
  } catch (error) {
    if (!isHandlingFailure(error)) throw error;
    // A deadlock or serialization failure that came back each time it was run again: retried with backoff, not counted (./handling-failure.ts).
    if (isTransactionConflict(error)) {
      deps.log.warn({ platform: data.message.platform, err: describeFailure(error) }, 'inbound message met another transaction; retried, not counted');
      throw error;
    }
    // The message as the processor saw it: what a retry will handle.
    const message = cleanInbound(data.message);
    // Throws when the database is away: then the original failure is retried, uncounted.
    const noted = await noteFailure(deps.db, message, describeFailure(error), deps.clock.now(), SET_ASIDE_AFTER).catch(() => {
      throw error;
    });
    if (!noted.setAside) throw error;
    deps.log.error({ platform: message.platform, setAsideId: noted.id, failures: noted.failures, err: describeFailure(error) }, 'inbound message set aside');
    await tellHer(deps, message, noted.id);
    // Her messages deferred behind this one are free to go.
    await gate?.release(data.message);
    return 'set_aside';
  }
}

/**
 * Runs `run`, and again while it fails by meeting another transaction, after the short,
 * growing waits of ./conflict-waits.ts (through `deps.sleep`), up to CONFLICT_RUNS_AGAIN
 * times. Why in the job and not by BullMQ's backoff: a job retried with backoff waits in the
 * delayed set, and meanwhile the shard's next job runs, which may be her next message (found
 * by the group evening bench with batches: one chat's messages recorded out of order after a
 * deadlock). Run again here, the job keeps the shard and nothing overtakes it. Her
 * transaction was rolled back whole (as a batch's head it is the batch's first message:
 * nothing of the batch committed), and the other transaction has gone on, so the next run
 * usually passes.
 *
 * When every run again meets a conflict too (~10 s of her shard at worst), the job is failed
 * and BullMQ retries it with backoff (1 s, 2 s, 4 s … a minute; never counted, so for as long
 * as its 2,000 attempts last). Her order is then NOT kept: the shard's next jobs run while it
 * waits in the delayed set, her later messages already queued and those she sends meanwhile
 * among them, and once due it goes to the back of the shard's wait list. The flood gate does
 * not hold them either: a deferred message that fails stays in her pending set, which only
 * defers her new messages by their schedule (≥ 1 ms), not until it is handled. What still
 * holds: it is recorded once (the inbox claim), never set aside for the conflict, and her
 * later messages are each recorded once. Why no hold for her later messages: they would
 * have to be moved back to the delayed set by the worker, behind each retry and each batch,
 * in their order, and let go when it is handled, set aside or lost with Redis — the
 * worker-side deferral src/modules/flood/flood.ts chose not to build. See docs/OPERATING.md
 * ("Order").
 */
async function runAgainOnConflict(deps: InboundDeps, data: InboundJob, run: () => Promise<InboundOutcome>): Promise<InboundOutcome> {
  const sleep = deps.sleep ?? wallSleep;
  for (let again = 1; ; again++) {
    try {
      return await run();
    } catch (error) {
      if (again > CONFLICT_RUNS_AGAIN || !isHandlingFailure(error) || !isTransactionConflict(error)) throw error;
      const waitMs = conflictWaitMs(again);
      // The line's words are what bench/group-evening.ts counts; `waitMs` says when "at once" is not.
      deps.log.warn({ platform: data.message.platform, again, waitMs, err: describeFailure(error) }, 'inbound message met another transaction; run again at once');
      if (waitMs > 0) await sleep(waitMs);
    }
  }
}

/**
 * She is told once that nothing was recorded and she need not send it again (a message
 * sent again in other words would be recorded twice once the admin retries this one). Only
 * where the bot would answer: her private chat, or a group message addressed to it.
 */
async function tellHer(deps: InboundDeps, message: InboundMessage, setAsideId: number): Promise<void> {
  if (message.chatType === 'group' && !message.addressedToBot) return;
  const person = await findPersonByIdentity(deps.db, { platform: message.platform, externalId: message.sender.id });
  const text = repliesFor(person?.language ?? 'id').setAsideNotice;
  const items = await addToOutbox(deps.db, [
    {
      key: `set-aside-${setAsideId}`,
      message: { platform: message.platform, chatId: message.chatId, text, ...(message.chatType === 'group' ? { replyToMessageId: message.messageId } : {}) },
      priority: 'reply',
      sourceMessageId: null,
    },
  ]);
  await deps.dispatch(items);
}
