/**
 * What one recorded message costs in PostgreSQL round trips (issue #21), pinned: a sale from
 * a known member in her private chat, the statements of its transaction in order (its reply's
 * send adds two more, src/jobs/outbound.processor.ts). Each merge that took a round trip away is
 * held to here, with what it must still write: her @username when it changed, today's
 * totals with the new entry in them, the inbox outcome, the reply in the outbox.
 * docs/BENCHMARKS.md has the table of what each statement is for.
 */
import { Kysely, PostgresDialect } from 'kysely';
import { RIDES_WITH_BEGIN } from '../../src/db/begin-rides.ts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Db } from '../../src/db/client.ts';
import type { Database } from '../../src/db/schema.ts';
import { processInboundBatch } from '../../src/jobs/inbound-batch.processor.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
let logged: Db;
let statements: string[] = [];
let dispatched: OutboxItem[] = [];
const clock = fixedClock('2026-11-20T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  // The same database through a client that notes every statement it sends.
  logged = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: t.url, max: 2 }) }),
    log: (event) => {
      if (event.level === 'query') statements.push(event.query.sql.replace(/\s+/g, ' '));
    },
  });
});
afterAll(async () => {
  await logged?.destroy();
  await t?.drop();
});

const deps = (): InboundDeps => ({ db: logged, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) });

// A leading comment (the lock's RIDES_WITH_BEGIN, src/db/begin-rides.ts) is not part of the name.
const named = (all: string[]) => all.map((s) => s.replace(/^\/\*.*?\*\/ /, '').replace(/^((?:with \S+ as \()?\S+ (?:into |from )?"?\w+"?).*$/, '$1'));

/** The statements one message issues, each named by its first words and table. */
async function statementsOf(message: ReturnType<typeof privateMessage>): Promise<string[]> {
  statements = [];
  dispatched = [];
  await processInbound(deps(), message);
  return named(statements);
}

const usernameOf = async (externalId: string) =>
  (await t.db.selectFrom('identities').select('username').where('platform', '=', 'telegram').where('external_id', '=', externalId).executeTakeFirstOrThrow()).username;

const sender = (id: string, username?: string) => ({ chatId: id, sender: { id, name: 'Ani', ...(username ? { username } : {}) } });

describe('a recorded sale from a known member, privately', () => {
  it('costs these statements, in this order', async () => {
    await processInbound(deps(), privateMessage('halo', sender('7001', 'ani_bros')));
    expect(await statementsOf(privateMessage('laku 3 bros @10rb', sender('7001', 'ani_bros')))).toEqual([
      'begin',
      // the claim (first, so a redelivery records nothing twice), carrying who she is, her
      // stored @username and whether a question is open here in the same statement
      'with "carried" as (insert into "inbound_messages"',
      'with "e" as (insert into "ledger_entries"', // the sale, and today's totals with it in them
      // the reply into the outbox, carrying the inbox's note of the outcome and, as she wrote
      // privately, the release of her held messages (too old ones fail, the rest go again)
      'with "carried" as (update "inbound_messages"',
      'commit',
    ]);
    const reply = await findOutbound(t.db, dispatched[0]!.idempotencyKey);
    expect(reply?.payload.text).toContain('Hari ini: jualan Rp30.000');
    const inbox = await t.db.selectFrom('inbound_messages').innerJoin('identities', 'identities.person_id', 'inbound_messages.person_id').select(['intent', 'identities.external_id']).orderBy('inbound_messages.id', 'desc').executeTakeFirstOrThrow();
    expect(inbox).toEqual({ intent: 'record', external_id: '7001' });
  });

  it('notes the outcome of a message that has nothing to answer', async () => {
    await processInbound(deps(), privateMessage('halo', sender('7005')));
    const quiet = groupMessage('makasih', { sender: { id: '7005', name: 'Ani' } });
    expect(await statementsOf(quiet)).toContain('update "inbound_messages"');
    expect(dispatched).toEqual([]);
    const inbox = await t.db.selectFrom('inbound_messages').select(['intent', 'person_id']).where('message_id', '=', quiet.messageId).executeTakeFirstOrThrow();
    expect(inbox.intent).toBe('small_talk:ignored');
    expect(inbox.person_id).not.toBeNull();
  });

  it("answers with today's totals counting what was there and the new entries, each once", async () => {
    await processInbound(deps(), privateMessage('laku 3 bros @10rb', sender('7004')));
    await processInbound(deps(), privateMessage('beli benang 5rb', sender('7004')));
    await statementsOf(privateMessage('laku 2 bros @10rb\nlaku 1 kerudung 25rb', sender('7004')));
    const reply = await findOutbound(t.db, dispatched[0]!.idempotencyKey);
    expect(reply?.payload.text).toContain('Hari ini: jualan Rp75.000, belanja Rp5.000');
  });
});

describe('her @username', () => {
  it('is kept from her first private message and written again only when it changed', async () => {
    await processInbound(deps(), privateMessage('halo', sender('7002', 'sari_kue')));
    expect(await usernameOf('7002')).toBe('sari_kue');
    expect(await statementsOf(privateMessage('halo', sender('7002', 'sari_kue')))).not.toContain('update "identities"');
    expect(await statementsOf(privateMessage('halo', sender('7002', 'sari_kue2')))).toContain('update "identities"');
    expect(await usernameOf('7002')).toBe('sari_kue2');
    // Dropping it is a change too.
    await processInbound(deps(), privateMessage('halo', sender('7002')));
    expect(await usernameOf('7002')).toBeNull();
  });

  it('is not taken from a group message', async () => {
    await processInbound(deps(), privateMessage('halo', sender('7003', 'tini')));
    await processInbound(deps(), groupMessage('laku 2 bros @10rb', { sender: { id: '7003', name: 'Tini', username: 'tini_other' }, addressedToBot: true }));
    expect(await usernameOf('7003')).toBe('tini');
  });
});

describe('a batch of a shard’s messages (INBOUND_BATCH, src/jobs/inbound-batch.ts)', () => {
  it('shares BEGIN and COMMIT and one lock on its senders\' books; each message\'s reply statement claims the next one: two statements a message after the first, and no savepoint while none fails', async () => {
    const members = ['7101', '7102', '7103'];
    for (const id of members) await processInbound(deps(), privateMessage('halo', sender(id, `bu_${id}`)));
    statements = [];
    dispatched = [];
    const results = await processInboundBatch(
      deps(),
      undefined,
      members.map((id) => ({ message: privateMessage('laku 3 bros @10rb', sender(id, `bu_${id}`)) })),
    );
    expect(results).toEqual(members.map(() => ({ outcome: 'handled' })));
    const claim = 'with "carried" as (insert into "inbound_messages"';
    const sale = 'with "e" as (insert into "ledger_entries"';
    const reply = 'with "carried" as (update "inbound_messages"';
    // The reply of one message, the claim of the next and the lookup of who wrote it, in one statement.
    const replyClaimingNext = `${reply} + "sender_carried" as (insert into "inbound_messages"`;
    const shapes = named(statements).map((name, i) => (statements[i]!.includes('"sender_carried" as (insert into "inbound_messages"') ? `${name} + "sender_carried" as (insert into "inbound_messages"` : name));
    // The batch first takes every sender's book lock, sorted, in one statement (book-locks.repository.ts: no two batches wait in a circle).
    expect(shapes).toEqual(['begin', 'select pg_advisory_xact_lock', claim, sale, replyClaimingNext, sale, replyClaimingNext, sale, reply, 'commit']);
    // That lock writes nothing, and says so: with the bot's pool it shares BEGIN's round trip (src/db/begin-rides.ts).
    expect(statements[1]!.startsWith(RIDES_WITH_BEGIN)).toBe(true);
    // The three replies, dispatched together after the commit.
    expect(dispatched).toHaveLength(3);
    for (const item of dispatched) expect((await findOutbound(t.db, item.idempotencyKey))?.payload.text).toContain('Hari ini: jualan Rp30.000');
  });
});
