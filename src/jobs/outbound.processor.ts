/**
 * Sends one outbox row through its channel. The row's status makes a second run of the
 * same job (a stalled worker, a re-queued reply) a no-op once the first has sent it.
 * A worker sending several rows at once hands each its turn (./send-order.ts): the row is
 * sent only once every row taken before it to the same chat is done.
 *
 * What a crash can repeat: a row sent but not yet marked when its process dies is sent again
 * by whoever takes its job next (Telegram's sendMessage and Baileys' sendMessage have no
 * idempotency key to stop it). That is at most the rows a process has in flight, its send
 * concurrency (SEND_CONCURRENCY in ./workers.ts: 8 for Telegram, 1 for WhatsApp); the fault
 * tests in tests/faults bound their duplicate sends by it.
 */
import type { Channel } from '../channels/channel.ts';
import type { Clock } from '../core/clock.ts';
import { OutOfReachError, PermanentSendError, RateLimitedError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { Platform } from '../core/messages.ts';
import type { Db } from '../db/client.ts';
import type { SendTurn } from './send-order.ts';
import { Coalesced } from '../db/coalesce.ts';
import { findOutbound, findOutboundAll, markFailed, markHeld, markSentAll, type StoredOutbound } from '../modules/outbox/outbox.repository.ts';
import { withChartDrawn } from '../conversation/notices/chart-picture.ts';
import { withWords } from '../conversation/notices/words-at-send.ts';
import { withSummaryFigures } from '../conversation/notices/summary-figures.ts';

export interface OutboundDeps {
  db: Db;
  channels: ReadonlyMap<Platform, Pick<Channel, 'send'>>;
  clock: Clock;
  log: Logger;
  /**
   * A message the channel would not send yet (OutOfReachError) is held on its row; this
   * tells her where she can see one waits (src/jobs/held-messages.ts). Default: held only.
   */
  onHeld?: ((held: { platform: Platform; chatId: string }) => Promise<unknown>) | undefined;
}

/** How long a part waits before looking again whether the part before it is sent. */
export const PART_WAIT_MS = 2_000;

export type OutboundOutcome = 'sent' | 'already-sent' | 'failed' | 'held' | 'missing';

/**
 * The two statements every reply's send runs, its row's read and its mark as sent, shared by
 * the sends a worker runs at once (src/db/coalesce.ts: those asked while one is running go
 * together in the next). Each send still reads its row before it sends and returns only once
 * its mark has committed, so its job finishes after the mark, as alone: a row is never
 * taken for unsent once it went, and a mark that fails fails (and retries) each job it
 * served, as its own statement would have. One pair per database handle.
 */
interface SendStatements {
  read: Coalesced<string, StoredOutbound | undefined>;
  mark: Coalesced<{ key: string; platformMessageId: string | null; at: Date }, undefined>;
}

const sendStatements = new WeakMap<Db, SendStatements>();

function statementsOf(db: Db): SendStatements {
  const known = sendStatements.get(db);
  if (known) return known;
  const statements: SendStatements = {
    read: new Coalesced((keys) => findOutboundAll(db, keys)),
    mark: new Coalesced(async (marks) => {
      await markSentAll(db, marks);
      return marks.map(() => undefined);
    }),
  };
  sendStatements.set(db, statements);
  return statements;
}

export async function processOutbound(deps: OutboundDeps, key: string, turn?: Pick<SendTurn, 'chatIs'>): Promise<OutboundOutcome> {
  const statements = statementsOf(deps.db);
  let row = await statements.read.ask(key);
  if (!row) {
    deps.log.warn({ key }, 'outbox row not found');
    return 'missing';
  }
  if (row.status !== 'queued') return row.status === 'sent' ? 'already-sent' : row.status === 'held' ? 'held' : 'failed';
  // Its turn among this process's sends to her chat (./send-order.ts). When it had to wait,
  // the row is read again: meanwhile it may have been cancelled, or sent by another process
  // (a job run again after its lock lapsed). Rare (another send to her chat was going on).
  if (turn && (await turn.chatIs(row.payload.chatId))) {
    row = await statements.read.ask(key);
    if (!row) return 'missing';
    if (row.status !== 'queued') return row.status === 'sent' ? 'already-sent' : row.status === 'held' ? 'held' : 'failed';
  }
  if (row.payload.follows !== undefined) {
    // A later part of a long message goes only after the part before it (src/core/message-parts.ts).
    const before = await findOutbound(deps.db, row.payload.follows);
    if (before?.status === 'queued') {
      // Waiting is not a failed attempt: the job steps aside like a paced send, and other chats go on.
      throw new RateLimitedError(PART_WAIT_MS, 'message');
    }
    if (before?.status === 'held') {
      // Its start waits for her to write: so does the rest, released with it.
      await markHeld(deps.db, key, 'an earlier part of this message is held', deps.clock.now());
      return 'held';
    }
    if (before?.status !== 'sent') {
      // The start of the message will never arrive (refused, cancelled): its rest would make no sense alone.
      await markFailed(deps.db, key, 'an earlier part of this message was not sent');
      deps.log.warn({ key }, 'part left unsent: the part before it was not sent');
      return 'failed';
    }
  }
  const channel = deps.channels.get(row.platform);
  if (!channel) throw new Error(`no channel for ${row.platform}`);
  try {
    // The channel paces bulk sends (WhatsApp): it learns the priority from the payload.
    // A chart written as its figures (the weekly summaries) is drawn now, at the pace its
    // row is sent, one at a time per send worker: a reply waits at most one drawing (~50 ms).
    // A nudge written as its facts (the fan-out writes them in Postgres) is worded now, and
    // a weekly summary written as who is due has her figures read first (summary-figures.ts).
    const figured = await withSummaryFigures(deps.db, row.payload);
    if (figured === null) {
      await markFailed(deps.db, key, 'weekly summary: nothing left in her week to sum');
      deps.log.info({ key }, 'weekly summary not sent: her week has no entries left');
      return 'failed';
    }
    const payload = await withChartDrawn(withWords(figured));
    const sent = await channel.send(row.priority === 'bulk' ? { ...payload, bulk: true } : payload);
    await statements.mark.ask({ key, platformMessageId: sent.platformMessageId, at: deps.clock.now() });
    deps.log.debug({ key, priority: row.priority }, 'sent');
    return 'sent';
  } catch (error) {
    if (error instanceof OutOfReachError) {
      if (await markHeld(deps.db, key, error.message, deps.clock.now())) {
        deps.log.info({ key, reason: error.message }, 'send held until the recipient writes privately');
        // Telling her is a courtesy: failing it must not send the held message anyway.
        await deps.onHeld?.({ platform: row.platform, chatId: row.payload.chatId }).catch((e: unknown) => deps.log.error({ key, err: String(e) }, 'could not tell about a held message'));
      }
      return 'held';
    }
    if (error instanceof PermanentSendError) {
      await markFailed(deps.db, key, error.message);
      deps.log.warn({ key, reason: error.message }, 'send refused for good');
      return 'failed';
    }
    throw error;
  }
}
