/**
 * The real inbound processor on a test database, with what it hands to the outbox kept in
 * memory: a test sends her message and reads the replies it caused, as stored in the
 * outbox (so a reply that was not written to Postgres is not seen either).
 */
import type { Clock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import type { Db } from '../../src/db/client.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { runFollowUpsNow } from './follow-ups.ts';

export interface InboundHarness {
  deps: InboundDeps;
  /** Every outbox item handed to dispatch, oldest first. */
  readonly dispatched: OutboxItem[];
  /** Every outbound message the message caused, as stored in the outbox. */
  send(message: InboundMessage, deps?: InboundDeps): Promise<OutboundMessage[]>;
}

export function inboundHarness(
  db: Db,
  clock: Clock,
  /** followUps: run the follow-up work (summaries, exports…) at once, as the job worker would. */
  o: { followUps?: boolean } = {},
): InboundHarness {
  const dispatched: OutboxItem[] = [];
  const log = silentLogger();
  const dispatch = async (items: readonly OutboxItem[]) => void dispatched.push(...items);
  const handOff = o.followUps ? runFollowUpsNow({ db, clock, dispatch, dataDir: '.', log }) : undefined;
  const deps: InboundDeps = { db, clock, defaultTimeZone: 'Asia/Jakarta', log, dispatch, ...(handOff ? { handOff } : {}) };
  return {
    deps,
    dispatched,
    async send(message, using = deps) {
      const before = dispatched.length;
      await processInbound(using, message);
      const rows = await Promise.all(dispatched.slice(before).map((i) => findOutbound(db, i.idempotencyKey)));
      return rows.map((r) => r!.payload);
    },
  };
}
