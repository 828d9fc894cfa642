/**
 * Several queued inbound messages of one shard, in their queue order, handled in ONE
 * PostgreSQL transaction (issue #21: a message's BEGIN and COMMIT, its reply's job add and
 * its job fetch were each a round trip of its own). What the worker hands in is the job it
 * took (the head) and the jobs waiting behind it on the same shard (./inbound-batch.ts).
 *
 * What stays as it was for each message, and why:
 * - Recorded once. Each message keeps its own inbox claim, first in its part of the
 *   transaction (`recordInbound`); a message already recorded (a redelivery, a batch run
 *   again after a crash) is a duplicate there and records nothing, as alone. In the run
 *   without savepoints the claim rides in the last statement of the message before it
 *   (the same insert, after all of that message's work and before any of its own:
 *   `inOneTransaction`); under savepoints each message claims itself, after its savepoint.
 * - Its failure is its own. The batch runs first without savepoints (one round trip a
 *   message fewer; nearly no batch has a failing message). When a message fails there, the
 *   whole transaction rolls back and the batch runs again from its start with each message
 *   under a SAVEPOINT of its own: an error rolls back to it, so only that message's writes
 *   go (its inbox row too), and the batch STOPS there: the messages before it commit, it and every one after it are left queued
 *   (`'left'`), so it is the shard's next job, counted, backed off and logged as a message
 *   alone, and her later messages are not recorded before it (order per chat). The savepoints are not
 *   released (a RELEASE would be one more round trip a message); PostgreSQL keeps up to 64
 *   subtransactions of a transaction in shared memory, so a batch stays well under
 *   (config INBOUND_BATCH, at most 50). A lock a failed message took itself is released
 *   with its savepoint; the senders' book buckets taken before the first savepoint (below)
 *   are kept to COMMIT.
 * - Nothing announced before it is true. The replies go to the outbox inside the
 *   transaction; only after COMMIT are they put on the send queues, all of the batch's in
 *   one dispatch (one `addBulk`), with their outbox keys as job ids, so a batch run again
 *   adds nothing new and the send step sends a row once. Follow-up work is handed over
 *   after COMMIT too, in one call.
 * - If the transaction itself fails (BEGIN, a savepoint, COMMIT: the database went away,
 *   not a message), nothing of the batch was written: the head is then handled alone, as
 *   today, and the others stay queued behind it (`'left'`), so no message is blamed for
 *   another's failure.
 *
 * - Two shards' batches at once. Their messages' entries feed the same groups' book rollups;
 *   those group rows are written only at COMMIT, in one order, by the database
 *   (migrations/2026-12-06-048-group-rollups-at-commit.ts), so two batches never wait on each
 *   other's group rows in a circle, whatever the number of processes, and hold them only
 *   while committing. The rollups live in Postgres, so Redis losing its data changes nothing
 *   here. What can still meet another batch is her own lock bucket (person id mod 1,024,
 *   migration 024), which the triggers take message by message: two batches with the same
 *   senders in opposite orders would each hold one and wait for the other's. So the batch
 *   takes every sender's bucket first, sorted, in one statement (lockBooksOf), and the
 *   triggers' calls are then re-entrant no-ops. That statement writes nothing, so it shares
 *   its round trip with BEGIN (src/db/begin-rides.ts says why a failed BEGIN cannot leave a
 *   write of its own behind). What is left: a bucket known only later —
 *   a facilitator writing for a member ("catat untuk …"), a sender not yet registered — is
 *   taken by the trigger in message order; a message that fails so (SQLSTATE 40) stops the
 *   batch as any failure does, and a head that fails so is run again in its job, at once
 *   and then after short waits (./set-aside.ts). The buckets are held to COMMIT, also for a message that failed.
 * - The group rollups' flush runs AT COMMIT: an error there (a rollup's constraint, a
 *   deadlock, the TEMP tables) is not any one message's, and "its failure is its own" does
 *   not hold for it: the whole batch rolls back and is recovered as a failed transaction
 *   (above: the head handled alone, the others left queued).
 *
 * A plain function: it knows no BullMQ. It throws only when the replies or follow-ups of a
 * committed batch could not be handed to Redis (as `processInbound` does); the worker then
 * leaves every job of the batch queued and they are run again (all duplicates by then,
 * whose unsent replies and pending follow-ups are handed over again).
 */
import type { FollowUp } from '../conversation/follow-ups.ts';
import type { FloodMark } from '../conversation/flood.ts';
import { parseAhead } from '../conversation/parsed-ahead.ts';
import type { InboundMessage } from '../core/messages.ts';
import { cleanInbound } from '../core/sanitize.ts';
import { rollbackToSavepoint, savepoint } from '../db/savepoints.ts';
import { lockBooksOf } from '../modules/ledger/book-locks.repository.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { idsOfIdentities } from '../modules/people/people.repository.ts';
import { runInboundJob, type FloodGate } from './flood-gate.ts';
import { asHandlingFailure } from './handling-failure.ts';
import { recordInbound, type InboundDeps, type InboundOutcome, type Recorded } from './inbound.processor.ts';
import type { InboundJob } from './queues.ts';

/** What became of one job of a batch. `left`: not handled (the batch's transaction failed), still queued. */
export type BatchResult = { outcome: InboundOutcome } | { error: Error } | 'left';

export async function processInboundBatch(deps: InboundDeps, gate: FloodGate | undefined, jobs: readonly InboundJob[]): Promise<BatchResult[]> {
  const [head] = jobs;
  if (!head) return [];
  const messages = jobs.map((job) => cleanInbound(job.message));
  // Read on Redis before BEGIN: no round trip to Redis while the transaction holds its locks.
  const floods = await floodMarksOf(gate, jobs);
  // Nearly every batch has no failing message: it runs without savepoints (each would be a
  // round trip of its own a message). Only when one fails is it run again, from the start,
  // with a savepoint a message, so the failure stays that message's (see the header).
  // Running it twice is safe: the first run rolled back as a whole, and a message's work is
  // its transaction's alone (the conversation writes only to Postgres; nothing leaves the
  // process before COMMIT).
  const fast = await inOneTransaction(withParsedAhead(deps, messages), messages, floods).then(
    (recorded) => recorded,
    (error: unknown) => {
      // Info: how often a batch runs twice is worth seeing (bench/group-evening.ts counts it).
      deps.log.info({ messages: jobs.length, err: error instanceof Error ? error.message : String(error) }, 'inbound batch met a failure; run again with a savepoint a message');
      return undefined;
    },
  );
  const results: (Recorded | Error)[] = fast ?? [];
  if (!fast) try {
    // Parsed ahead again for this run: the first run took its results (each is handed out once).
    const runDeps = withParsedAhead(deps, messages);
    await deps.db.transaction().execute(async (trx) => {
      // Every sender's book lock bucket first, sorted, in one statement (see the header).
      await lockBooksOf(trx, idsOfIdentities(messages.map((m) => ({ platform: m.platform, externalId: m.sender.id }))));
      for (const [i, message] of messages.entries()) {
        await savepoint(trx, `m${i}`);
        try {
          results.push(await recordInbound(trx, runDeps, message, floods[i]));
        } catch (error) {
          await rollbackToSavepoint(trx, `m${i}`);
          results.push(asHandlingFailure(error));
          // Stop here: the ones after it stay queued behind it (see above).
          break;
        }
      }
    });
  } catch (error) {
    // Nothing of the batch committed. The head alone, as a worker without batches does it.
    deps.log.warn({ messages: jobs.length, err: error instanceof Error ? error.message : String(error) }, 'inbound batch failed as a whole; its first message is handled alone');
    const alone: BatchResult = await runInboundJob(deps, gate, head).then(
      (outcome) => ({ outcome }),
      (failure: unknown) => ({ error: failure instanceof Error ? failure : new Error(String(failure)) }),
    );
    return [alone, ...jobs.slice(1).map(() => 'left' as const)];
  }

  // Committed: now, and only now, what it said and started leaves the process.
  const recorded = results.filter((r): r is Recorded => !(r instanceof Error));
  const items: OutboxItem[] = recorded.flatMap((r) => r.items);
  const followUps: FollowUp[] = recorded.flatMap((r) => r.followUps);
  if (items.length) await deps.dispatch(items);
  if (followUps.length) await deps.handOff?.(followUps);
  // A deferred message is free of the flood gate once recorded (one that failed stays pending, as alone).
  await Promise.all(jobs.map((job, i) => (job.flood && results[i] !== undefined && !(results[i] instanceof Error) ? gate?.release(job.message) : undefined)));
  // The line a message alone logs, for each (debug: nothing at production's info level).
  for (const [i, r] of results.entries()) {
    if (!(r instanceof Error)) deps.log.debug({ platform: messages[i]!.platform, outcome: r.outcome, intent: r.intent, replies: r.items.length, batch: jobs.length }, 'inbound handled');
  }
  deps.log.debug({ messages: jobs.length, failed: results.length - recorded.length, replies: items.length }, 'inbound batch handled');
  return jobs.map((_, i): BatchResult => {
    const r = results[i];
    if (r === undefined) return 'left';
    return r instanceof Error ? { error: r } : { outcome: r.outcome };
  });
}

/**
 * The deps for one run of the batch, carrying its messages parsed one after another now, while
 * the parser's code and tables are in the CPU caches; handleInbound takes each result whose
 * inputs match exactly and parses the others itself (src/conversation/parsed-ahead.ts, which
 * says why this is safe with many processes and without Redis: a per-run memo of a pure
 * function). A copy, so nothing of it outlives the run. The head handled alone after a failed
 * transaction gets the plain deps and parses as a message alone does.
 */
function withParsedAhead(deps: InboundDeps, messages: readonly InboundMessage[]): InboundDeps {
  return { ...deps, parsedAhead: parseAhead(messages, deps.defaultTimeZone, deps.parseAhead) };
}

/**
 * The whole batch in one transaction without savepoints: every message recorded, or (it throws) none.
 * Each handled message's last statement also claims the next message and looks up who wrote
 * it (`ahead`: ./inbound.processor.ts, writeClaimingNext, says why every guarantee holds); the
 * first message, and one after a duplicate (which writes no last statement), claim themselves.
 * Only here: under savepoints a message must claim itself, after its own savepoint, so that
 * rolling back to it takes its claim too.
 */
async function inOneTransaction(deps: InboundDeps, messages: readonly InboundMessage[], floods: readonly (FloodMark | undefined)[]): Promise<Recorded[]> {
  return deps.db.transaction().execute(async (trx) => {
    await lockBooksOf(trx, idsOfIdentities(messages.map((m) => ({ platform: m.platform, externalId: m.sender.id }))));
    const recorded: Recorded[] = [];
    let claimed: Recorded['claimedNext'];
    for (const [i, message] of messages.entries()) {
      const r = await recordInbound(trx, deps, message, floods[i], { claimed, next: messages[i + 1] });
      claimed = r.claimedNext;
      recorded.push(r);
    }
    return recorded;
  });
}

const floodKey = (message: InboundMessage) => `${message.platform}\u0000${message.sender.id}`;

/**
 * The flood marks of the batch's deferred messages (src/jobs/flood-gate.ts): is each her last
 * one still pending? Alone, each earlier one was released before the next was handled; in a
 * batch they are released after COMMIT, so her earlier ones in this batch are not counted
 * (the batch stops at its first failure: every one before a message is recorded when it runs).
 */
async function floodMarksOf(gate: FloodGate | undefined, jobs: readonly InboundJob[]): Promise<(FloodMark | undefined)[]> {
  const earlier = new Map<string, number>();
  return Promise.all(
    jobs.map(async (job) => {
      if (!job.flood) return undefined;
      const key = floodKey(cleanInbound(job.message));
      const before = earlier.get(key) ?? 0;
      earlier.set(key, before + 1);
      if (!gate) return { notice: job.flood.notice, last: true };
      const pending = (await gate.othersPending(job.message)) - before;
      return { notice: job.flood.notice, last: pending <= 0 };
    }),
  );
}
