/**
 * A small programme on a fresh database for the bad-input, fuzz and permission tests:
 * Bu Rina runs Melati (linked group chat, a loan, lead P1), Bu Sinta runs Mawar; Ani is
 * Melati's bendahara, Sri a member, Eka is in Mawar. `send` runs one message through the
 * inbound processor and checks it committed all or nothing.
 */
import { sql } from 'kysely';
import { expect } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { processInbound, type InboundDeps, type InboundOutcome } from '../../src/jobs/inbound.processor.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import type { Group } from '../../src/modules/groups/groups.ts';
import { createLoan } from '../../src/modules/loans/loans.service.ts';
import { findOutbound, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { runFollowUpsNow } from '../helpers/follow-ups.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';

export const RINA = '900';
export const SINTA = '901';
export const ANI = '3001';
export const SRI = '3002';
export const EKA = '3003';
export const MELATI_CHAT = '-100500';
export const MAWAR_CHAT = '-100600';

export interface World {
  t: TestDatabase;
  deps: InboundDeps;
  clock: ReturnType<typeof fixedClock>;
  melati: Group;
  mawar: Group;
  /** All rows of every table, counted (to prove a message wrote all or nothing). */
  counts(): Promise<Record<string, number>>;
  /** One message through the processor; resolves with what it answered, in every chat. */
  send(message: InboundMessage): Promise<{ outcome: InboundOutcome; replies: OutboundMessage[] }>;
  dm(id: string, text: string, over?: Partial<InboundMessage>): InboundMessage;
  inChat(chatId: string, id: string, text: string, over?: Partial<InboundMessage>): InboundMessage;
}

let seq = 0;

export async function createWorld(): Promise<World> {
  const t = await createTestDatabase();
  const clock = fixedClock('2026-11-20T03:00:00Z');
  const dispatched: OutboxItem[] = [];
  const dispatch = async (items: readonly OutboxItem[]) => void dispatched.push(...items);
  // A lead's deliveries and a chart are made by their jobs after commit, run here at once; exports and reports stay pending.
  const handOff = runFollowUpsNow({ db: t.db, clock, dispatch, dataDir: '.', log: silentLogger() }, ['publish_lead', 'render_chart']);
  const deps: InboundDeps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch, handOff };
  const names: Record<string, string> = { [RINA]: 'Bu Rina', [SINTA]: 'Bu Sinta', [ANI]: 'Ani', [SRI]: 'Sri', [EKA]: 'Eka' };
  const dm = (id: string, text: string, over: Partial<InboundMessage> = {}) =>
    privateMessage(text, { chatId: id, sender: { id, name: names[id] ?? `Orang ${id}` }, messageId: `m${++seq}`, ...over });
  const inChat = (chatId: string, id: string, text: string, over: Partial<InboundMessage> = {}) =>
    groupMessage(text, { chatId, sender: { id, name: names[id] ?? `Orang ${id}` }, messageId: `m${++seq}`, ...over });

  const tables = (
    await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'kysely_%' order by 1`.execute(t.db)
  ).rows.map((r) => r.name);
  const counts = async () => {
    const query = tables.map((name) => `select '${name}' as name, count(*)::int as n from "${name}"`).join(' union all ');
    const rows = (await sql.raw<{ name: string; n: number }>(query).execute(t.db)).rows;
    return Object.fromEntries(rows.map((r) => [r.name, r.n]));
  };

  const send = async (message: InboundMessage) => {
    const before = await counts();
    const from = dispatched.length;
    let outcome: InboundOutcome;
    try {
      outcome = await processInbound(deps, message);
    } catch (error) {
      // A failed message must leave nothing behind (and it should not fail at all).
      expect(await counts()).toEqual(before);
      throw error;
    }
    const after = await counts();
    if (outcome === 'handled') expect(after.inbound_messages).toBe(before.inbound_messages! + 1);
    const rows = await Promise.all(dispatched.slice(from).map((i) => findOutbound(t.db, i.idempotencyKey)));
    return { outcome, replies: rows.map((r) => r!.payload) };
  };

  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: RINA, timeZone: 'Asia/Jakarta' });
  const sinta = await addFacilitator(t.db, { name: 'Bu Sinta', telegramId: SINTA, timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, village: 'Garegeh', timeZone: 'Asia/Jakarta' });
  const mawar = await createGroup(t.db, { name: 'Mawar', trades: ['makanan-ringan'], facilitatorId: sinta.id, timeZone: 'Asia/Jakarta' });
  await addMember(t.db, melati.id, { name: 'Ani', telegramId: ANI, role: 'bendahara', timeZone: 'Asia/Jakarta' }, clock.now());
  await addMember(t.db, melati.id, { name: 'Sri', telegramId: SRI, timeZone: 'Asia/Jakarta' }, clock.now());
  await addMember(t.db, mawar.id, { name: 'Eka', telegramId: EKA, timeZone: 'Asia/Jakarta' }, clock.now());
  await createLoan(
    t.db,
    { groupId: melati.id },
    { principal: 10_000_000, annualRatePercent: 6, months: 12, method: 'flat', disbursed: '2026-11-05' },
    new Date('2026-11-05T03:00:00Z'),
  );
  const world: World = { t, deps, clock, melati, mawar, counts, send, dm, inChat };
  // Everyone has written once (consent notice out of the way); the chats are linked; lead P1 is out.
  for (const id of [RINA, SINTA, ANI, SRI, EKA]) await send(dm(id, 'bantuan'));
  await send(inChat(MELATI_CHAT, RINA, `/hubungkan ${melati.joinCode}`, { addressedToBot: true }));
  await send(inChat(MAWAR_CHAT, SINTA, `/hubungkan ${mawar.joinCode}`, { addressedToBot: true }));
  await send(dm(RINA, '/peluang asesoris: Wisuda IAIN 12 Des, butuh 200 bros, DP 50%, batas 5 Des'));
  await send(dm(RINA, 'kirim'));
  await send(dm(ANI, 'minat P1 50'));
  return world;
}
