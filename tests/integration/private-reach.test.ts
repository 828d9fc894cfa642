/**
 * The one rule for private messages, end to end on real Postgres: a WhatsApp member who
 * has only ever written in her group chat gets no private message — no nudge, quarterly
 * question, weekly summary, repayment reminder, lead or notice — nothing of hers reaches
 * the outbox, and `reminders preview` lists her as skipped, with why. Once she has written
 * to the bot privately, she gets them all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { fanOut } from '../../src/jobs/reminders-fan-out.ts';
import { fanOutWeeklySummaries } from '../../src/jobs/weekly-summary.ts';
import { privateNotice } from '../../src/conversation/private-notice.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { recipientsOf } from '../../src/modules/leads/leads.repository.ts';
import { createLoan } from '../../src/modules/loans/loans.service.ts';
import { findOutbound } from '../../src/modules/outbox/outbox.repository.ts';
import { lastWrotePrivately } from '../../src/modules/whatsapp/whatsapp.repository.ts';
import { slotOn, type QuietHours, type SlotKind } from '../../src/modules/reminders/schedule.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2027-01-20T03:00:00Z');
const QUIET: QuietHours = { start: 21 * 60, end: 7 * 60 };
const GROUP_WA = '120363000000000077@g.us';
const LIA = { jid: '6281200000077@s.whatsapp.net', phone: '+6281200000077' };
const ids: Record<string, number> = {};

const inboundDeps = (): InboundDeps => ({ db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async () => undefined });
const fromLia = (over: Partial<InboundMessage>): Partial<InboundMessage> => ({ platform: 'whatsapp', sender: { id: LIA.jid, name: 'Lia', phone: LIA.phone }, ...over });

/** Fans out one slot; returns the chats written to the outbox. */
async function fanOutSlot(kind: SlotKind, date: string): Promise<string[]> {
  const slot = slotOn(kind, 'Asia/Jakarta', date, QUIET)!;
  const items = await fanOut(t.db, slot, slot.dueAt);
  const rows = await Promise.all(items.map((i) => findOutbound(t.db, i.idempotencyKey)));
  return rows.map((r) => `${r!.payload.platform}:${r!.payload.chatId}`);
}

/** Outbox rows to Lia's private chat whose key starts with `prefix`. */
async function liaOutboxRows(prefix = ''): Promise<number> {
  const rows = await t.db.selectFrom('outbound_messages').select('id').where('chat_id', '=', LIA.jid).where('idempotency_key', 'like', `${prefix}%`).execute();
  return rows.length;
}

interface Preview {
  reminders: { key: string; chatId: string }[];
  skipped: { kind: string; key: string; personId: number; reason: string; why: string }[];
}

async function preview(from: string, to: string): Promise<Preview> {
  const run = await runAdminCommand(t.db, clock, ['reminders', 'preview', '--from', from, '--to', to, '--quiet-hours', '21:00-07:00']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Preview;
}

beforeAll(async () => {
  t = await createTestDatabase();
  const at = clock.now();
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const mawar = await createGroup(t.db, { name: 'Mawar', trades: ['kuliner'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  ids.mawar = mawar.id;
  ids.lia = (await addMember(t.db, mawar.id, { name: 'Lia', phone: LIA.phone, timeZone: 'Asia/Jakarta', role: 'bendahara' }, at)).person.id;
  ids.ani = (await addMember(t.db, mawar.id, { name: 'Ani', telegramId: '2001', timeZone: 'Asia/Jakarta' }, at)).person.id;
  await groupsRepo.linkChat(t.db, { groupId: mawar.id, platform: 'whatsapp', chatId: GROUP_WA, byPersonId: null });
  // Due 2 February: its 3-days-before reminder is on Saturday 30 January, to the bendahara.
  await createLoan(t.db, { groupId: mawar.id }, { principal: 2_000_000, annualRatePercent: 0, months: 2, method: 'flat', disbursed: '2027-01-05', dueDay: 2 }, at);
  // Lia records a sale in her group's WhatsApp chat on Wednesday 20 January: her only message.
  await processInbound(inboundDeps(), groupMessage('laku 5 bros @10rb', fromLia({ chatId: GROUP_WA, sentAt: '2027-01-20T03:00:00.000Z' })));
});
afterAll(async () => t?.drop());

describe('a WhatsApp member who has only written in her group chat', () => {
  it('wrote in the group as herself, and recorded there (the setup is what the test says)', async () => {
    const inbound = await t.db.selectFrom('inbound_messages').select(['person_id', 'chat_id']).execute();
    expect(inbound).toEqual([{ person_id: ids.lia, chat_id: GROUP_WA }]);
    const entries = await t.db.selectFrom('ledger_entries').select('amount').where('person_id', '=', ids.lia!).execute();
    expect(entries).toEqual([{ amount: 50_000 }]);
  });

  it('gets no nudge, quarterly question or repayment reminder, and nothing of hers is written to the outbox', async () => {
    expect(await fanOutSlot('nudge', '2027-01-30')).toEqual(['telegram:2001']);
    expect(await fanOutSlot('quarterly', '2027-04-05')).toEqual(['telegram:2001']);
    expect(await fanOutSlot('repayment', '2027-01-30')).toEqual([`whatsapp:${GROUP_WA}`]);
    expect(await liaOutboxRows()).toBe(0);
  });

  it('gets no weekly summary: the tick’s fan-out writes none for her', async () => {
    const slot = slotOn('weekly_summary', 'Asia/Jakarta', '2027-01-24', QUIET)!;
    expect(await fanOutWeeklySummaries(t.db, slot, { dispatch: async () => undefined })).toEqual([]);
    expect(await liaOutboxRows()).toBe(0);
  });

  it('gets no lead and no private notice, and the channel would refuse her too', async () => {
    const leads = await recipientsOf(t.db, [ids.mawar!], null);
    expect(leads.filter((r) => r.kind === 'private').map((r) => r.personId)).toEqual([ids.ani]);
    expect(await privateNotice(t.db, ids.lia!, () => 'Halo')).toBeUndefined();
    expect(await lastWrotePrivately(t.db, LIA.jid)).toBeUndefined();
  });

  it('is listed by `reminders preview` as skipped, with why', async () => {
    const p = await preview('2027-01-30T00:00:00+07:00', '2027-01-31T00:00:00+07:00');
    expect(p.reminders.map((r) => r.chatId)).not.toContain(LIA.jid);
    expect(p.skipped.map((s) => [s.kind, s.personId, s.reason])).toEqual([
      ['repayment', ids.lia, 'no_private_chat'],
      ['nudge', ids.lia, 'no_private_chat'],
    ]);
    expect(p.skipped[1]!.key).toBe(`rem-nudge-2027W04-${ids.lia}`);
    expect(p.skipped[1]!.why).toMatch(/WhatsApp.*privately/);
  });
});

describe('the same member once she has written to the bot privately', () => {
  beforeAll(async () => {
    await processInbound(inboundDeps(), privateMessage('halo', fromLia({ chatId: LIA.jid, sentAt: '2027-01-20T04:00:00.000Z' })));
  });

  it('gets her nudge, quarterly question and repayment reminder', async () => {
    expect(await fanOutSlot('nudge', '2027-01-30')).toEqual([`whatsapp:${LIA.jid}`]);
    expect(await fanOutSlot('quarterly', '2027-04-05')).toEqual([`whatsapp:${LIA.jid}`]);
    expect(await fanOutSlot('repayment', '2027-01-30')).toEqual([`whatsapp:${LIA.jid}`]);
  });

  it('gets her weekly summary', async () => {
    const slot = slotOn('weekly_summary', 'Asia/Jakarta', '2027-01-24', QUIET)!;
    const written = await fanOutWeeklySummaries(t.db, slot, { dispatch: async () => undefined });
    expect(written.map((i) => [i.idempotencyKey, i.platform])).toEqual([[`rem-summary-2027W03-${ids.lia}`, 'whatsapp']]);
    expect(await liaOutboxRows('rem-')).toBe(4); // nudge, quarterly, repayment, summary
  });

  it('gets leads and private notices, and the channel lets the message through', async () => {
    const leads = await recipientsOf(t.db, [ids.mawar!], null);
    expect(leads.filter((r) => r.kind === 'private').map((r) => r.personId)).toEqual([ids.lia, ids.ani].sort((a, b) => a! - b!));
    expect(await privateNotice(t.db, ids.lia!, () => 'Halo')).toMatchObject({ platform: 'whatsapp', chatId: LIA.jid });
    expect(await lastWrotePrivately(t.db, LIA.jid)).toBeDefined();
  });

  it('is no longer listed as skipped by `reminders preview`', async () => {
    const p = await preview('2027-01-30T00:00:00+07:00', '2027-01-31T00:00:00+07:00');
    expect(p.skipped).toEqual([]);
    expect(p.reminders.filter((r) => r.chatId === LIA.jid).map((r) => r.key)).toHaveLength(2);
  });
});
