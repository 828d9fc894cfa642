/**
 * Market leads through the conversation on real Postgres: creating (one message and
 * guided), who it reaches, answers and tallies, closing by hand and by deadline, awards,
 * permissions, and a re-run after a crash that reaches nobody twice.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { closeExpiredLeads } from '../../src/jobs/lead-deadlines.ts';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import type { FollowUp } from '../../src/conversation/follow-ups.ts';
import { publishLead } from '../../src/jobs/publish-lead.processor.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import type { Group } from '../../src/modules/groups/groups.ts';
import { deliver, leadsRepo, reachOf } from '../../src/modules/leads/leads.service.ts';
import { findOutbound, markSent, type OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { setOptOut } from '../../src/modules/people/people.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { runFollowUpsNow } from '../helpers/follow-ups.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');
let dispatched: OutboxItem[] = [];
let deps: InboundDeps;
let melati: Group; // asesoris
let mawar: Group; // makanan-ringan

const RINA = '900';
const SINTA = '901';
// Melati members: Ani (2001), Budi (2002, opted out), Citra (2003, WhatsApp only, wrote before), Dini (2004, WhatsApp only, never wrote)
// Mawar member: Eka (2005)

beforeAll(async () => {
  t = await createTestDatabase();
  const dispatch = async (items: readonly OutboxItem[]) => void dispatched.push(...items);
  // A lead's deliveries are written and dispatched by its publishing job, run here at once.
  const handOff = runFollowUpsNow({ db: t.db, clock, dispatch, dataDir: '.', log: silentLogger() });
  deps = { db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch, handOff };
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: RINA, timeZone: 'Asia/Jakarta' });
  const sinta = await addFacilitator(t.db, { name: 'Bu Sinta', telegramId: SINTA, timeZone: 'Asia/Jakarta' });
  melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  mawar = await createGroup(t.db, { name: 'Mawar', trades: ['makanan-ringan'], facilitatorId: sinta.id, timeZone: 'Asia/Jakarta' });
  const at = clock.now();
  await addMember(t.db, melati.id, { name: 'Ani', telegramId: '2001', timeZone: 'Asia/Jakarta' }, at);
  const budi = await addMember(t.db, melati.id, { name: 'Budi', telegramId: '2002', timeZone: 'Asia/Jakarta' }, at);
  await setOptOut(t.db, budi.person.id, true, at);
  await addMember(t.db, melati.id, { name: 'Citra', phone: '+6281200000003', timeZone: 'Asia/Jakarta' }, at);
  await addMember(t.db, melati.id, { name: 'Dini', phone: '+6281200000004', timeZone: 'Asia/Jakarta' }, at);
  await addMember(t.db, mawar.id, { name: 'Eka', telegramId: '2005', timeZone: 'Asia/Jakarta' }, at);
  await groupsRepo.linkChat(t.db, { groupId: melati.id, platform: 'telegram', chatId: '-100900', byPersonId: null });
  await groupsRepo.linkChat(t.db, { groupId: mawar.id, platform: 'telegram', chatId: '-100901', byPersonId: null });
  // Citra has written to the bot on WhatsApp, so the bot may write to her there.
  await processInbound(deps, whatsappFrom('6281200000003', 'Citra', 'halo'));
});
afterAll(async () => t?.drop());
beforeEach(() => {
  dispatched = [];
});

function whatsappFrom(number: string, name: string, text: string): InboundMessage {
  const jid = `${number}@s.whatsapp.net`;
  return privateMessage(text, { platform: 'whatsapp', chatId: jid, sender: { id: jid, name, phone: `+${number}` } });
}

async function send(message: InboundMessage): Promise<OutboundMessage[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const rows = await Promise.all(dispatched.slice(before).map((i) => findOutbound(t.db, i.idempotencyKey)));
  return rows.map((r) => r!.payload);
}

const dm = (id: string, text: string, over: Partial<InboundMessage> = {}) => privateMessage(text, { chatId: id, sender: { id, name: null }, ...over });

/** How later replies name the lead: what it was, and its code. */
const P1 = '"Wisuda IAIN 12 Des, butuh 200 bros, DP …" (P1)';

describe('a lead from the one-message form', () => {
  it('previews its reach and sends it only to the matching group and its opted-in members', async () => {
    const [preview] = await send(dm(RINA, '/peluang asesoris: Wisuda IAIN 12 Des, butuh 200 bros, DP 50%, batas 5 Des'));
    expect(preview?.text).toContain('Pesan peluangnya nanti begini:');
    expect(preview?.text).toContain('Dibutuhkan: 200 · DP setengah harga · Batas menjawab: Sabtu, 5 Des');
    // Melati's chat; Ani (Telegram) and Citra (WhatsApp, wrote first). Not Budi (stopped),
    // not Dini (never wrote on WhatsApp), not Eka (another trade), not Bu Rina herself.
    expect(preview?.text).toContain('Dikirim ke 1 kelompok (1 grup chat) dan 2 anggota.');
    expect(preview?.buttons?.map((b) => b.value)).toEqual(['kirim', 'tidak']);

    const replies = await send(dm(RINA, 'kirim'));
    expect(replies.find((r) => r.chatId === RINA)?.text).toContain('Peluang P1 sedang dikirim ke 1 grup chat dan 2 anggota');
    const deliveries = replies.filter((r) => r.bulk);
    expect(deliveries.map((d) => [d.platform, d.chatId]).sort()).toEqual([
      ['telegram', '-100900'],
      ['telegram', '2001'],
      ['whatsapp', '6281200000003@s.whatsapp.net'],
    ]);
    expect(deliveries[0]?.text).toContain('📢 Peluang P1 — Asesoris');
    expect(deliveries[0]?.text).toContain('MINAT 50');
    expect(dispatched.filter((d) => d.priority === 'bulk')).toHaveLength(3);
  });

  it('reaches nobody twice when delivery runs again after a crash', async () => {
    const lead = (await leadsRepo.findLeadByCode(t.db, 'P1'))!;
    const reach = await reachOf(t.db, lead.trades, lead.target, null);
    const again = await deliver(t.db, lead, reach.recipients, () => 'again');
    expect(again).toEqual([]);
    const rows = await t.db.selectFrom('lead_deliveries').select('id').where('lead_id', '=', lead.id).execute();
    expect(rows).toHaveLength(3);
  });

  it('takes answers by quoting the lead, by code, or as the only open lead, and tallies them', async () => {
    // The group message went out as message 555 in Melati's chat.
    const groupDelivery = await t.db.selectFrom('lead_deliveries').select('outbox_key').where('chat_id', '=', '-100900').executeTakeFirstOrThrow();
    await markSent(t.db, groupDelivery.outbox_key, '555', clock.now());

    const quoted = await send(groupMessage('MINAT 50', { chatId: '-100900', sender: { id: '2001', name: 'Ani' }, addressedToBot: true, quotedMessageId: '555' }));
    expect(quoted[0]?.text).toContain(`Minat Ibu untuk peluang ${P1} dicatat: sanggup 50`);
    expect(quoted[0]?.replyToMessageId).toBeDefined();
    expect(quoted[1]).toEqual({ platform: 'telegram', chatId: RINA, notice: true, text: `📥 Peluang ${P1}: Bu Ani minat 50. Total 1 orang, 50 dari 200.` });

    const byCode = await send(whatsappFrom('6281200000003', 'Citra', 'minat P1 30'));
    expect(byCode[0]?.text).toContain('sanggup 30');
    expect(byCode[1]?.text).toBe(`📥 Peluang ${P1}: Bu Citra minat 30. Total 2 orang, 80 dari 200.`);

    // Ani changes her mind: her answer is updated, not added.
    const update = await send(dm('2001', 'saya bisa 60 pcs'));
    expect(update[1]?.text).toBe(`📥 Peluang ${P1}: Bu Ani minat 60. Total 2 orang, 90 dari 200.`);
  });

  it('shows the facilitator her lead with answers and delivery stats, and nobody else', async () => {
    const [details] = await send(dm(RINA, '/peluang P1'));
    expect(details?.text.split('\n')).toEqual([
      '📢 Peluang P1 (terbuka)',
      'Wisuda IAIN 12 Des, butuh 200 bros, DP 50%, batas 5 Des',
      'Terkirim: 1 · menunggu: 2 · gagal: 0 (1 grup chat, 2 anggota)',
      'Jawaban: 2 orang, 90 dari 200',
      '• Ani: 60',
      '• Citra: 30',
    ]);
    const [other] = await send(dm(SINTA, '/peluang P1'));
    expect(other?.text).toBe('Peluang dengan kode itu tidak ada, Bu. Periksa kodenya di pesan peluang, misalnya: minat P12 50');
    const [member] = await send(dm('2001', '/peluang P1'));
    expect(member?.text).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
    const [list] = await send(dm(RINA, '/peluangku'));
    expect(list?.text).toBe('Peluang Ibu:\n• P1 🟢 Wisuda IAIN 12 Des, butuh 200 bros, DP … — 2 orang, 90');
  });

  it('lets the facilitator pick who gets the order, and tells her', async () => {
    const replies = await send(dm(RINA, '/pilih P1 @Ani 100'));
    expect(replies[0]?.text).toBe(`✅ Bu Ani dipilih untuk peluang ${P1}: 100. Beliau sudah diberi tahu.`);
    expect(replies[1]).toEqual({ platform: 'telegram', chatId: '2001', notice: true, text: expect.stringContaining(`Ibu terpilih untuk peluang ${P1}: 100`) });
    expect((await send(dm(RINA, '/pilih P1 @Eka 5')))[0]?.text).toBe('Bu Eka belum menjawab peluang P1. Ketik /peluang P1 untuk melihat siapa yang menjawab.');
  });

  it('closes on /tutup, tells the answerers, and refuses later answers', async () => {
    expect((await send(dm(SINTA, '/tutup P1')))[0]?.text).toBe('Peluang dengan kode itu tidak ada, Bu. Periksa kodenya di pesan peluang, misalnya: minat P12 50');
    const replies = await send(dm(RINA, '/tutup P1'));
    expect(replies[0]?.text).toBe(`🔒 Peluang ${P1} ditutup. Jawaban: 2 orang, 90.`);
    expect(replies.slice(1).map((r) => [r.platform, r.chatId]).sort()).toEqual([
      ['telegram', '2001'],
      ['whatsapp', '6281200000003@s.whatsapp.net'],
    ]);
    expect(replies[1]?.text).toContain(`Peluang ${P1} sudah ditutup`);
    expect((await send(dm('2001', 'minat P1 10')))[0]?.text).toBe('Peluang itu sudah ditutup, Bu. Tunggu peluang berikutnya ya, lalu balas misalnya: minat P12 50');
  });
});

describe('a guided lead', () => {
  it('asks for trades, text, deadline, quantity and down payment, then sends on confirmation', async () => {
    const [trades] = await send(dm(SINTA, '/peluang'));
    expect(trades?.text).toContain('Peluang ini untuk usaha apa?');
    expect(trades?.buttons?.length).toBe(9);
    const snack = String(trades!.buttons!.findIndex((b) => b.label.includes('Makanan ringan')) + 1);
    expect((await send(dm(SINTA, snack)))[0]?.text).toContain('Tulis isi peluangnya');
    expect((await send(dm(SINTA, 'Kenduri Pak Lurah, 300 kotak snack')))[0]?.text).toContain('Sampai kapan anggota boleh menjawab?');
    expect((await send(dm(SINTA, 'kapan-kapan')))[0]?.text).toContain('Sampai kapan anggota boleh menjawab?');
    expect((await send(dm(SINTA, '1 Des')))[0]?.text).toContain('Berapa jumlah');
    // "banyak" is no quantity: asked again; "15 kodi" is 300 pieces, as a member's "sanggup 15 kodi" (lead-quantity.ts).
    expect((await send(dm(SINTA, 'banyak')))[0]?.text).toContain('Berapa jumlah');
    expect((await send(dm(SINTA, '15 kodi')))[0]?.text).toContain('DP berapa persen');
    const [preview] = await send(dm(SINTA, 'lewati'));
    expect(preview?.text).toContain('Dibutuhkan: 300 · Batas menjawab: Selasa, 1 Des');
    expect(preview?.text).toContain('Dikirim ke 1 kelompok (1 grup chat) dan 1 anggota.');
    const sent = await send(dm(SINTA, 'ya'));
    expect(sent.filter((r) => r.bulk).map((r) => r.chatId).sort()).toEqual(['-100901', '2005']);
  });

  it('can be cancelled at any step', async () => {
    await send(dm(SINTA, '/peluang'));
    expect((await send(dm(SINTA, 'batal')))[0]?.text).toBe('Baik, peluang tidak jadi dikirim. Kalau mau membuat lagi, ketik /peluang.');
    expect((await send(dm(SINTA, 'batal')))[0]?.text).toContain('Belum ada catatan yang bisa dibatalkan');
  });

  it('is refused to members', async () => {
    expect((await send(dm('2005', '/peluang')))[0]?.text).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
    expect((await send(dm('2005', '/tutup P2')))[0]?.text).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');
  });
});

describe('a big broadcast', () => {
  it('is queued by a background job, so the inbound job ends at once', async () => {
    const scheduled: FollowUp[] = [];
    const background: InboundDeps = { ...deps, handOff: async (work) => void scheduled.push(...work) };
    await processInbound(background, dm(RINA, '/peluang asesoris: Pameran kriya, butuh 30 bros'));
    await processInbound(background, dm(RINA, 'kirim'));
    expect(dispatched.filter((d) => d.priority === 'bulk')).toEqual([]);
    expect(dispatched.some((d) => d.priority === 'reply')).toBe(true);
    expect(scheduled).toHaveLength(1);

    const queued: OutboxItem[] = [];
    const work = scheduled[0]!;
    if (work.kind !== 'publish_lead') throw new Error(`unexpected follow-up ${work.kind}`);
    await publishLead({ db: t.db, clock, dispatch: async (items) => void queued.push(...items), dataDir: '.', log: silentLogger() }, work.leadId);
    const count = queued.length;
    expect(count).toBe(3);
    expect(queued.every((q) => q.priority === 'bulk')).toBe(true);
  });
});

describe('deadlines', () => {
  it('closes a lead once its deadline day has ended in its time zone, and tells everyone', async () => {
    await send(dm('2005', 'minat P2 100'));
    // 1 December ends at 17:00 UTC in Jakarta.
    clock.set('2026-12-01T16:59:00Z');
    expect(await closeExpiredLeads(t.db, clock)).toEqual([]);
    clock.set('2026-12-01T17:00:00Z');
    const items = await closeExpiredLeads(t.db, clock);
    const messages = await Promise.all(items.map((i) => findOutbound(t.db, i.idempotencyKey)));
    expect(messages.map((m) => [m!.payload.chatId, m!.payload.text])).toEqual([
      ['2005', repliesFor('id').leadClosedForAnswerer((await leadsRepo.findLeadByCode(t.db, 'P2'))!)],
      [SINTA, expect.stringMatching(/^🔒 Peluang ".+" \(P2\) ditutup\. Jawaban: 1 orang, 100\.$/)],
    ]);
    expect((await leadsRepo.findLeadByCode(t.db, 'P2'))?.status).toBe('closed');
    expect(await closeExpiredLeads(t.db, clock)).toEqual([]);
    clock.set('2026-11-20T03:00:00Z');
  });
});
