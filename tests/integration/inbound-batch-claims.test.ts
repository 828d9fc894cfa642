/**
 * An inbound batch's claims riding in the statement before (issue #21): in the run without
 * savepoints, each handled message's reply statement also claims the batch's next message
 * and looks up who wrote it (src/jobs/inbound.processor.ts, writeClaimingNext). Held to here:
 * a redelivered message inside a batch is still recorded once, a message that fails is still
 * alone in failing (its claim goes with it, whichever statement made it), and what a message
 * wrote before is what the next one's lookup sees. The failures are real ones: triggers in
 * the test database refuse an inbox row (`poison-` message ids) or a ledger entry (text with
 * "racun", while the table `refuse_racun` holds a row).
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import type { Db } from '../../src/db/client.ts';
import type { Database } from '../../src/db/schema.ts';
import { processInboundBatch } from '../../src/jobs/inbound-batch.processor.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { addToOutbox, markHeld, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
let logged: Db;
let statements: string[] = [];
let dispatched: OutboxItem[] = [];
const clock = fixedClock('2026-11-20T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  logged = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: t.url, max: 2 }) }),
    log: (event) => {
      if (event.level === 'query') statements.push(event.query.sql.replace(/\s+/g, ' '));
    },
  });
  await sql`create function refuse_poison() returns trigger language plpgsql as $$
    begin
      if new.message_id like 'poison-%' then raise exception 'cannot claim this message'; end if;
      return new;
    end $$`.execute(t.db);
  await sql`create trigger refuse_poison before insert on inbound_messages for each row execute function refuse_poison()`.execute(t.db);
  await sql`create table refuse_racun (on_ boolean)`.execute(t.db);
  await sql`create function refuse_racun() returns trigger language plpgsql as $$
    begin
      if new.raw_text like '%racun%' and exists (select 1 from refuse_racun) then raise exception 'cannot record this entry'; end if;
      return new;
    end $$`.execute(t.db);
  await sql`create trigger refuse_racun before insert on ledger_entries for each row execute function refuse_racun()`.execute(t.db);
});
afterAll(async () => {
  await logged?.destroy();
  await t?.drop();
});

const deps = (): InboundDeps => ({ db: logged, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) });

const say = (chat: string, text: string, messageId: string, second: number): InboundMessage =>
  privateMessage(text, { chatId: chat, sender: { id: chat, name: `Bu ${chat}` }, messageId, sentAt: new Date(Date.UTC(2026, 10, 20, 3, 0, second)).toISOString() });

async function batch(messages: readonly InboundMessage[]) {
  statements = [];
  dispatched = [];
  return processInboundBatch(deps(), undefined, messages.map((message) => ({ message })));
}

/** Statements that claim a message: by itself, or riding in the reply statement of the one before. */
const claimsAlone = () => statements.filter((s) => s.startsWith('with "carried" as (insert into "inbound_messages"')).length;
const claimsRiding = () => statements.filter((s) => s.includes('"sender_carried" as (insert into "inbound_messages"')).length;

const inboxIds = async (chats: readonly string[]) =>
  (await t.db.selectFrom('inbound_messages').select('message_id').where('chat_id', 'in', chats).orderBy('id').execute()).map((r) => r.message_id);

const amountsOf = async (chats: readonly string[]) =>
  (
    await t.db
      .selectFrom('ledger_entries')
      .innerJoin('inbound_messages', 'inbound_messages.id', 'ledger_entries.source_message_id')
      .select('ledger_entries.amount')
      .where('inbound_messages.chat_id', 'in', chats)
      .orderBy('ledger_entries.id')
      .execute()
  ).map((r) => Number(r.amount));

describe('a redelivered message inside a batch, its claim riding in the statement before', () => {
  it('is a duplicate: recorded once, only its unsent reply queued again; the message after it claims itself', async () => {
    const chat = '9101';
    const messages = Array.from({ length: 4 }, (_, i) => say(chat, `laku ${i + 1} bros @1rb`, `re-${i}`, i));
    // Her second message was recorded before (its reply written, not yet sent).
    await processInbound(deps(), messages[1]!);
    const [firstReply] = dispatched;

    const results = await batch(messages);
    expect(results).toEqual([{ outcome: 'handled' }, { outcome: 'duplicate' }, { outcome: 'handled' }, { outcome: 'handled' }]);
    // The first claims itself; the second rides in the first's reply statement and finds its
    // row; a duplicate writes no reply statement, so the third claims itself; the fourth rides.
    expect([claimsAlone(), claimsRiding()]).toEqual([2, 2]);
    expect(statements.some((s) => s.startsWith('savepoint'))).toBe(false);
    expect(await inboxIds([chat])).toEqual(['re-1', 're-0', 're-2', 're-3']);
    expect((await amountsOf([chat])).sort()).toEqual([1000, 2000, 3000, 4000]);
    // Its reply once in the outbox, queued again under its own key; the three new ones beside it.
    expect(dispatched.map((item) => item.idempotencyKey)).toContain(firstReply!.idempotencyKey);
    expect(dispatched).toHaveLength(4);
    const replies = await t.db.selectFrom('outbound_messages').select('idempotency_key').where('chat_id', '=', chat).execute();
    expect(replies).toHaveLength(4);
  });
});

describe('her held messages, released by a private message whose reply statement claims the next', () => {
  it('are queued again in that statement, with the replies', async () => {
    const chat = '9601';
    await processInbound(deps(), say(chat, 'halo', 'hl-0', 0));
    await addToOutbox(t.db, [{ key: 'held-9601', message: { platform: 'telegram', chatId: chat, text: 'pesan tertahan' }, priority: 'bulk', sourceMessageId: null }]);
    expect(await markHeld(t.db, 'held-9601', 'not written privately', new Date('2026-11-19T03:00:00Z'))).toBe(true);
    const results = await batch([say(chat, 'laku 1 bros @1rb', 'hl-1', 1), say(chat, 'laku 2 bros @1rb', 'hl-2', 2)]);
    expect(results).toEqual([{ outcome: 'handled' }, { outcome: 'handled' }]);
    expect(claimsRiding()).toBe(1);
    // Her first reply, the released message (its own job key: its first job may still sit in Redis), her second reply.
    expect(dispatched.map((item) => item.jobKey ?? item.idempotencyKey)).toEqual([
      expect.stringMatching(/^reply-\d+-0$/),
      `held-9601~held-${new Date('2026-11-19T03:00:00Z').getTime()}`,
      expect.stringMatching(/^reply-\d+-0$/),
    ]);
    const row = await t.db.selectFrom('outbound_messages').select('status').where('idempotency_key', '=', 'held-9601').executeTakeFirstOrThrow();
    expect(row.status).toBe('queued');
    expect(await amountsOf([chat])).toEqual([1000, 2000]);
  });
});

describe('a deletion queued before its message, in one batch', () => {
  it('still takes the message’s place first: the message, claimed in the deletion’s reply statement, records nothing', async () => {
    const chat = '9501';
    const gone = say(chat, 'laku 3 bros @1rb', 'del-2', 2);
    const results = await batch([say(chat, 'laku 1 bros @1rb', 'del-0', 0), { ...gone, text: '', revoked: true }, gone, say(chat, 'laku 4 bros @1rb', 'del-3', 3)]);
    expect(results).toEqual([{ outcome: 'handled' }, { outcome: 'handled' }, { outcome: 'duplicate' }, { outcome: 'handled' }]);
    expect(claimsRiding()).toBe(2);
    expect(await amountsOf([chat])).toEqual([1000, 4000]);
    const held = await t.db.selectFrom('inbound_messages').select(['edit_key', 'intent']).where('message_id', '=', 'del-2').orderBy('id').execute();
    expect(held).toEqual([
      { edit_key: 'revoked', intent: 'revoke:before_handled' },
      { edit_key: '', intent: 'revoked:before_handled' },
    ]);
  });
});

describe('a batch’s message that fails: its failure is its own, and so is its claim', () => {
  it('when its own claim fails (it rode in the statement before): the one before commits, it and the one after stay unrecorded', async () => {
    const chat = '9201';
    const messages = [say(chat, 'laku 1 bros @1rb', 'pc-0', 0), say(chat, 'laku 2 bros @1rb', 'pc-1', 1), say(chat, 'laku 3 bros @1rb', 'poison-pc-2', 2), say(chat, 'laku 4 bros @1rb', 'pc-3', 3)];
    const results = await batch(messages);
    expect(results.slice(0, 2)).toEqual([{ outcome: 'handled' }, { outcome: 'handled' }]);
    expect(results[2]).toMatchObject({ error: expect.objectContaining({ message: expect.stringContaining('cannot claim this message') }) });
    expect(results[3]).toBe('left');
    // Run again a savepoint a message, each claiming itself after its savepoint.
    expect(statements.filter((s) => s.startsWith('savepoint'))).toHaveLength(3);
    expect(await inboxIds([chat])).toEqual(['pc-0', 'pc-1']);
    expect(await amountsOf([chat])).toEqual([1000, 2000]);
    expect(dispatched).toHaveLength(2);
  });

  it('when it fails after its claim rode in the statement before: its claim is rolled back with it, so it is recorded when it runs again', async () => {
    const chat = '9301';
    await sql`insert into refuse_racun values (true)`.execute(t.db);
    const messages = [say(chat, 'laku 1 bros @1rb', 'rc-0', 0), say(chat, 'laku 2 racun @1rb', 'rc-1', 1), say(chat, 'laku 3 bros @1rb', 'rc-2', 2)];
    const results = await batch(messages);
    expect(results[0]).toEqual({ outcome: 'handled' });
    expect(results[1]).toMatchObject({ error: expect.objectContaining({ message: expect.stringContaining('cannot record this entry') }) });
    expect(results[2]).toBe('left');
    // The first run claimed it in the first message's reply statement; that run rolled back whole.
    expect(await inboxIds([chat])).toEqual(['rc-0']);
    expect(await amountsOf([chat])).toEqual([1000]);

    // The fault gone, the two left run again (as the shard's next jobs would): recorded, not duplicates.
    await sql`delete from refuse_racun`.execute(t.db);
    expect(await batch(messages.slice(1))).toEqual([{ outcome: 'handled' }, { outcome: 'handled' }]);
    expect(await inboxIds([chat])).toEqual(['rc-0', 'rc-1', 'rc-2']);
    expect(await amountsOf([chat])).toEqual([1000, 2000, 3000]);
  });
});

describe('what a message wrote is what the next one’s lookup, riding in its reply statement, sees', () => {
  it('a newcomer registered and a question opened by one message are seen by the next: as alone', async () => {
    const texts = ['halo', 'tadi ada pembeli', '50rb'];
    // Alone, one transaction a message: the reference.
    const alone = '9401';
    for (const [i, text] of texts.entries()) await processInbound(deps(), say(alone, text, `al-${i}`, i));
    const inBatch = '9402';
    const results = await batch(texts.map((text, i) => say(inBatch, text, `bt-${i}`, i)));
    expect(results).toEqual(texts.map(() => ({ outcome: 'handled' })));
    expect(claimsRiding()).toBe(2);
    const intents = async (chat: string) => (await t.db.selectFrom('inbound_messages').select('intent').where('chat_id', '=', chat).orderBy('id').execute()).map((r) => r.intent);
    expect(await intents(inBatch)).toEqual(await intents(alone));
    // The third answers the question the second asked: the lookup riding in the second's reply statement saw it open.
    expect((await intents(alone)).at(-1)).toBe('ask_detail:sale_no_amount');
    expect(await amountsOf([inBatch])).toEqual([50000]);
    expect(await amountsOf([alone])).toEqual([50000]);
    const people = await t.db.selectFrom('identities').select('person_id').where('external_id', '=', inBatch).execute();
    expect(people).toHaveLength(1);
  });
});
