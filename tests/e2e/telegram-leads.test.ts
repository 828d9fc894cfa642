/**
 * Market leads end to end on Telegram (real grammY, local Bot API, real queues): two
 * groups of different trades with linked chats; a lead for one trade reaches exactly that
 * group's chat and its opted-in members; answers are tallied; closing by hand and by
 * deadline notify; delivering again after a crash reaches nobody twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { addDays, businessDate } from '../../src/core/dates.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { createDispatch } from '../../src/jobs/intake.ts';
import { closeLeadsPastDeadline } from '../../src/jobs/maintenance.ts';
import { deliver, leadsRepo, reachOf } from '../../src/modules/leads/leads.service.ts';
import { runAdmin } from '../helpers/admin-cli.ts';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';

let e: TelegramApp;

const RINA = 8100;
const ANI = 8101; // Melati (asesoris)
const BUDI = 8102; // Melati, stops broadcasts
const EKA = 8103; // Mawar (makanan-ringan)
const MELATI_CHAT = -1008100;
const MAWAR_CHAT = -1008200;

const cli = (...args: string[]) => runAdmin(e.t.db, args);
const said = (chatId: number) => e.tg.botMessages(chatId);
const botSays = (chatId: number, count: number) => e.botSays(chatId, count);
const idle = () => e.idle();

beforeAll(async () => {
  e = await startTelegramApp();
  const { tg } = e;

  const facilitator = await cli('facilitator', 'add', '--name', 'Bu Rina', '--telegram-id', String(RINA));
  const melati = await cli('group', 'create', '--name', 'Melati', '--trades', 'asesoris', '--facilitator', String(facilitator.id));
  const mawar = await cli('group', 'create', '--name', 'Mawar', '--trades', 'makanan-ringan', '--facilitator', String(facilitator.id));

  for (const [id, name, code] of [
    [ANI, 'Ani', melati.joinCode],
    [BUDI, 'Budi', melati.joinCode],
    [EKA, 'Eka', mawar.joinCode],
  ] as const) {
    await tg.say(tg.client({ chatId: id, userId: id, firstName: name }), `/gabung ${String(code)}`);
    await botSays(id, 1);
  }
  await tg.say(tg.client({ chatId: BUDI, userId: BUDI, firstName: 'Budi' }), 'BERHENTI');
  await botSays(BUDI, 2);
  for (const [chat, code] of [
    [MELATI_CHAT, melati.joinCode],
    [MAWAR_CHAT, mawar.joinCode],
  ] as const) {
    await tg.say(tg.client({ chatId: chat, userId: RINA, firstName: 'Rina', type: 'group' }), `/hubungkan ${String(code)}`);
    await botSays(chat, 1);
  }
  await idle();
});

afterAll(async () => e?.stop());


/** How later replies name the lead: what it was, and its code. */
const P1 = '"Wisuda IAIN 12 Des, butuh 200 bros, DP …" (P1)';

describe('a market lead on Telegram', () => {
  const rina = () => e.tg.client({ chatId: RINA, userId: RINA, firstName: 'Rina' });
  let leadMessageInGroup = 0;

  it('reaches exactly the matching group chat and its opted-in members', async () => {
    const before = { rina: said(RINA).length, ani: said(ANI).length, budi: said(BUDI).length, eka: said(EKA).length, mawar: said(MAWAR_CHAT).length, melati: said(MELATI_CHAT).length };
    await e.tg.say(rina(), '/peluang asesoris: Wisuda IAIN 12 Des, butuh 200 bros, DP 50%');
    const preview = (await botSays(RINA, before.rina + 1))[before.rina];
    expect(preview?.text).toContain('Dikirim ke 1 kelompok (1 grup chat) dan 1 anggota.');
    await e.tg.say(rina(), 'kirim');
    const inGroup = (await botSays(MELATI_CHAT, before.melati + 1))[before.melati];
    expect(inGroup?.text).toContain('📢 Peluang P1 — Asesoris');
    leadMessageInGroup = inGroup!.message_id;
    expect((await botSays(ANI, before.ani + 1))[before.ani]?.text).toContain('📢 Peluang P1');
    await idle();
    expect(said(BUDI)).toHaveLength(before.budi);
    expect(said(EKA)).toHaveLength(before.eka);
    expect(said(MAWAR_CHAT)).toHaveLength(before.mawar);
  });

  it('tallies an answer given by replying to the lead in the group chat', async () => {
    const before = said(RINA).length;
    const aniInGroup = e.tg.client({ chatId: MELATI_CHAT, userId: ANI, firstName: 'Ani', type: 'group' });
    await e.tg.say(aniInGroup, 'MINAT 50', {
      reply_to_message: { message_id: leadMessageInGroup, date: 0, chat: { id: MELATI_CHAT, type: 'group', title: 'Melati' }, from: { id: 666, is_bot: true, first_name: 'Bot' }, text: 'Peluang' },
    });
    const confirm = (await botSays(MELATI_CHAT, 3)).at(-1);
    expect(confirm?.text).toContain(`Minat Ibu untuk peluang ${P1} dicatat: sanggup 50`);
    expect((await botSays(RINA, before + 1))[before]?.text).toBe(`📥 Peluang ${P1}: Bu Ani minat 50. Total 1 orang, 50 dari 200.`);
  });

  it('reaches nobody twice when the lead is delivered and queued again after a crash', async () => {
    await idle();
    const counts = [ANI, MELATI_CHAT, BUDI, EKA, MAWAR_CHAT].map((c) => said(c).length);
    const lead = (await leadsRepo.findLeadByCode(e.t.db, 'P1'))!;
    const reach = await reachOf(e.t.db, lead.trades, lead.target, null);
    expect(await deliver(e.t.db, lead, reach.recipients, () => 'again')).toEqual([]);
    // Re-queue every delivery of the lead as a restarted process would.
    const keys = await e.t.db.selectFrom('lead_deliveries').select('outbox_key').where('lead_id', '=', lead.id).execute();
    await createDispatch(e.app.queues)(keys.map((k) => ({ idempotencyKey: k.outbox_key, platform: 'telegram', priority: 'bulk' })));
    await idle();
    expect([ANI, MELATI_CHAT, BUDI, EKA, MAWAR_CHAT].map((c) => said(c).length)).toEqual(counts);
  });

  it('tells the answerers when the facilitator closes the lead', async () => {
    const before = said(ANI).length;
    await e.tg.say(rina(), '/tutup P1');
    expect((await botSays(ANI, before + 1))[before]?.text).toContain(`Peluang ${P1} sudah ditutup`);
  });

  it('closes a lead past its deadline and tells everyone', async () => {
    const eka = e.tg.client({ chatId: EKA, userId: EKA, firstName: 'Eka' });
    const rinaBefore = said(RINA).length;
    // Messages carry the real time, so the deadline is set a few days from today.
    const deadline = addDays(businessDate(new Date(), 'Asia/Jakarta'), 3);
    await e.tg.say(rina(), `/peluang makanan-ringan: Kenduri 300 kotak snack, batas ${deadline}`);
    await botSays(RINA, rinaBefore + 1);
    await e.tg.say(rina(), 'kirim');
    await botSays(EKA, 2);
    await e.tg.say(eka, 'minat P2 100');
    await botSays(EKA, 3);
    await idle();
    const ekaBefore = said(EKA).length;
    const rinaNow = said(RINA).length;
    await closeLeadsPastDeadline({
      db: e.t.db,
      clock: fixedClock(`${addDays(deadline, 1)}T00:00:00+07:00`),
      dispatch: createDispatch(e.app.queues),
      platforms: ['telegram'],
      log: silentLogger(),
    });
    expect((await botSays(EKA, ekaBefore + 1))[ekaBefore]?.text).toMatch(/Peluang ".+" \(P2\) sudah ditutup/);
    expect((await botSays(RINA, rinaNow + 1))[rinaNow]?.text).toMatch(/^🔒 Peluang ".+" \(P2\) ditutup\. Jawaban: 1 orang, 100\.$/);
  });
});
