/**
 * "laku 5 bros 15rb" when Rp15.000 is her known price of one bros (her own last sale, or her
 * group's price): each or in total? — through the conversation handler on real Postgres. The
 * question offers both readings and her answer records the one she chose; an amount that is
 * count × her price, or a message that says each or total, is recorded without a question.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import { findOutbound, markSent, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');
let dispatched: OutboxItem[] = [];
let deps: InboundDeps;

beforeAll(async () => {
  t = await createTestDatabase();
  deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async (items) => void dispatched.push(...items) };
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  await addMember(t.db, melati.id, { name: 'Tin', telegramId: '911', timeZone: 'Asia/Jakarta' }, clock.now());
});
afterAll(async () => t?.drop());
beforeEach(() => {
  dispatched = [];
});

let platformIds = 0;
async function send(message: InboundMessage): Promise<OutboundMessage[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const sent: OutboundMessage[] = [];
  for (const item of dispatched.slice(before)) {
    platformIds += 1;
    await markSent(t.db, item.idempotencyKey, String(700000 + platformIds), clock.now());
    sent.push((await findOutbound(t.db, item.idempotencyKey))!.payload);
  }
  return sent;
}

let counter = 0;
let seq = 0;
function person(name = 'Ani', id?: string) {
  counter += 1;
  const externalId = id ?? String(8000 + counter);
  return {
    id: externalId,
    say: (text: string) => {
      seq += 1;
      return privateMessage(text, { chatId: externalId, sender: { id: externalId, name }, messageId: `m-${seq}` });
    },
  };
}

async function amounts(externalId: string): Promise<number[]> {
  const rows = await t.db
    .selectFrom('ledger_entries')
    .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
    .select('ledger_entries.amount')
    .where('identities.external_id', '=', externalId)
    .where('voided_at', 'is', null)
    .orderBy('ledger_entries.id')
    .execute();
  return rows.map((r) => Number(r.amount));
}

const text = (replies: readonly OutboundMessage[]) => replies.map((r) => r.text).join('\n');

describe('an amount that is her own price of one', () => {
  it('asks each or in total, with both readings, and records the one she answers', async () => {
    const ani = person();
    await send(ani.say('laku 12 bros @15rb'));
    const replies = await send(ani.say('laku 5 bros 15rb'));
    const question = text(replies);
    expect(question).toContain('Rp15.000 itu harga satu bros atau semuanya?');
    expect(question).toContain('Rp75.000');
    expect(replies.at(-1)?.buttons?.map((b) => b.value)).toEqual(['Rp75.000', 'Rp15.000']);
    expect(await amounts(ani.id)).toEqual([180000]);
    expect(text(await send(ani.say('Rp75.000')))).toContain('5 bros × Rp15.000 = Rp75.000');
    expect(await amounts(ani.id)).toEqual([180000, 75000]);
  });

  it('records the total when she says it was for all', async () => {
    const ani = person();
    await send(ani.say('laku 12 bros @15rb'));
    await send(ani.say('laku 5 bros 15rb'));
    await send(ani.say('2'));
    expect(await amounts(ani.id)).toEqual([180000, 15000]);
  });

  it('"ya" chooses nothing: the question is asked again and nothing is recorded', async () => {
    const ani = person();
    await send(ani.say('laku 12 bros @15rb'));
    await send(ani.say('laku 5 bros 15rb'));
    expect(text(await send(ani.say('ya')))).toContain('harga satu bros atau semuanya?');
    expect(await amounts(ani.id)).toEqual([180000]);
  });

  it('uses the group price when she has none of her own', async () => {
    const set = text(await send(privateMessage('/harga risol 3rb', { chatId: '900', sender: { id: '900', name: 'Bu Rina' }, messageId: 'rina-1' })));
    expect(set).toContain('✅ Harga kelompok Melati');
    const tin = person('Tin', '911');
    // (Five, not ten: ten risol for Rp3.000 in all is Rp300 each, under the parser's floor, so it
    // reads Rp3.000 as each without asking; Rp600 each is cheap enough to ask.)
    expect(text(await send(tin.say('jual 5 risol 3rb')))).toContain('Rp3.000 itu harga satu risol atau semuanya?');
    await send(tin.say('15rb'));
    expect(await amounts('911')).toEqual([15000]);
  });
});

describe('a total too cheap for the goods (the parser doubts it)', () => {
  it('offers both readings too, without any known price', async () => {
    const ani = person();
    const replies = await send(ani.say('laku 15 bros 12rb'));
    expect(text(replies)).toContain('Rp12.000 itu harga satu bros atau semuanya?');
    expect(replies.at(-1)?.buttons?.map((b) => b.value)).toEqual(['Rp180.000', 'Rp12.000']);
    await send(ani.say('1'));
    expect(await amounts(ani.id)).toEqual([180000]);
  });
});

describe('no question when the amount is plain', () => {
  it('count × her price is the total, recorded at once', async () => {
    const ani = person();
    await send(ani.say('laku 12 bros @15rb'));
    expect(text(await send(ani.say('laku 5 bros 75rb')))).toContain('✅');
    expect(await amounts(ani.id)).toEqual([180000, 75000]);
  });

  it('a total or each word she wrote is taken at her word', async () => {
    const ani = person();
    await send(ani.say('laku 12 bros @15rb'));
    await send(ani.say('laku 5 bros total 15rb'));
    await send(ani.say('laku 2 bros @15rb'));
    expect(await amounts(ani.id)).toEqual([180000, 15000, 30000]);
  });

  it('without a known price, or for other goods, the bare amount is the total', async () => {
    const ani = person();
    await send(ani.say('laku 5 jepit 15rb'));
    await send(ani.say('laku 12 bros @15rb'));
    await send(ani.say('laku 3 kalung 15rb'));
    expect(await amounts(ani.id)).toEqual([15000, 180000, 15000]);
  });
});
