/**
 * Making and running a market lead from the console, over HTTP against the real routes and
 * Postgres (tests/e2e/console-leads-browser.test.ts has the browser and the real Bot API):
 * the reach preview is the chat's reachOf within the viewer's scope (Fitri's "jahit" does not
 * reach Gita's Mawar, though the chat's rule would); a manager or an admin sends one as a
 * facilitator of the groups it is aimed at (the lead is hers); the lead is published by the chat's own job (deliveries + outbox rows to the
 * chats the preview counted); its page names each delivery's fate in words; only its maker
 * may choose who gets the order (the member is told, as in chat) and close it (the
 * answerers are told); every write needs the session's CSRF token.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { publishLead } from '../../src/jobs/publish-lead.processor.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { answerLead, declineLead, leadsRepo, reachOf } from '../../src/modules/leads/leads.service.ts';
import type { OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { awardFromConsole, closeFromConsole, createConsoleLead } from '../../src/modules/leads/console-leads.service.ts';
import { leadNotices } from '../../src/conversation/notices/lead-decisions.ts';
import { moveGroupToProgramme } from '../../src/modules/programmes/programmes.service.ts';
import { addIdentity } from '../../src/modules/people/people.repository.ts';
import { resolveScope } from '../../src/modules/programmes/scope.ts';
import { EMPTY_LEAD_FORM } from '../../src/web/pages/lead-new.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let w: ConsoleWorld;
const clock = fixedClock('2026-12-10T05:00:00Z');
let app: ReturnType<typeof createConsoleApp>;
const dispatched: OutboxItem[] = [];
const published: number[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  await groupsRepo.linkChat(t.db, { groupId: w.melati, platform: 'telegram', chatId: '-100123', byPersonId: w.fitri.personId });
  await groupsRepo.linkChat(t.db, { groupId: w.mawar, platform: 'telegram', chatId: '-100456', byPersonId: w.gita.personId });
  const dispatch = async (items: readonly OutboxItem[]) => void dispatched.push(...items);
  app = createConsoleApp({
    db: t.db,
    clock,
    log: silentLogger(),
    timeZone: 'Asia/Jakarta',
    secureCookies: false,
    sendLoginCode: async () => true,
    clientOf: () => 'test',
    // The chat's own publishing job, run at once (in the app it is a queued job).
    publishLead: async (leadId) => {
      published.push(leadId);
      await publishLead({ db: t.db, clock, dispatch, dataDir: '', log: silentLogger() }, leadId);
    },
    dispatch,
  });
});
afterAll(async () => t?.drop());

async function session(personId: number) {
  const { token } = await issueLogin(t.db, personId, clock.now());
  const s = await loginWithLink(t.db, token, 'test', clock.now());
  if (typeof s === 'string') throw new Error(s);
  const cookie = `${SESSION_COOKIE}=${s.token}`;
  const get = async (path: string) => {
    const res = await app.request(path, { headers: { cookie } });
    return { status: res.status, body: await res.text() };
  };
  const csrf = /name="csrf" value="([^"]+)"/.exec((await get('/')).body)![1]!;
  const post = async (path: string, fields: [string, string][], withCsrf = true) => {
    const body = new URLSearchParams(withCsrf ? [['csrf', csrf], ...fields] : fields);
    const res = await app.request(path, { method: 'POST', body, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location'), body: await res.text() };
  };
  return { get, post };
}

const reachShown = (body: string) => {
  const m = /data-k="preview-reach" data-groups="(\d+)" data-group-chats="(\d+)" data-people="(\d+)"/.exec(body);
  return m ? { groups: Number(m[1]), groupChats: Number(m[2]), people: Number(m[3]) } : null;
};
/** Previews the form, then presses the preview's send button (its one-time token with the same fields). */
async function send(who: Awaited<ReturnType<typeof session>>, fields: [string, string][]) {
  const preview = await who.post('/peluang/baru/pratinjau', fields);
  const request = /name="request" value="([^"]+)"/.exec(preview.body)?.[1];
  if (!request) throw new Error('no send button on the preview');
  return { request, res: await who.post('/peluang/baru', [['request', request], ...fields]) };
}
const leadCount = async () => Number((await sql<{ n: string }>`select count(*) as n from leads`.execute(t.db)).rows[0]!.n);
const FORM: [string, string][] = [
  ['text', 'Kenduri 300 kotak kue, harga Rp10.000, DP 50%'],
  ['trades', 'kuliner'],
  ['trades', 'jahit'],
  ['quantity', '300'],
  ['deadline', '2026-12-20'],
];

describe('a lead made in the console', () => {
  let leadId = 0;

  it('previews the reach within her scope: the chat\'s reachOf, narrowed to her groups', async () => {
    const fitri = await session(w.fitri.personId);
    const before = await leadCount();
    const res = await fitri.post('/peluang/baru/pratinjau', FORM);
    expect(res.status).toBe(200);
    // Melati: its chat and Ani, Budi, Citra (Fira was removed). Gita's Mawar (jahit) is not hers.
    expect(reachShown(res.body)).toEqual({ groups: 1, groupChats: 1, people: 3 });
    expect(res.body).toContain('Dikirim ke 1 kelompok (1 grup chat) dan 3 anggota.');
    // The form's hint agrees with the rule (a trade or a group is needed): no "no group: every group".
    expect(res.body).toContain('Pilih kelompok, atau pilih usaha di atas: tanpa kelompok, peluang dikirim ke semua kelompok Ibu dengan usaha itu.');
    // The message as the publishing job will write it (the chat's leadBroadcast), before it has a code.
    expect(/<blockquote class="msg" lang="id" data-k="message">([^<]*)<\/blockquote>/.exec(res.body)?.[1]).toMatch(/^📢 Peluang P… — Kuliner, Jahit\nKenduri 300 kotak kue/);
    // The chat's rule alone (any group of the trades) would have reached Mawar too.
    const chatRule = await reachOf(t.db, ['kuliner', 'jahit'], {}, w.fitri.personId);
    expect({ groups: chatRule.groups, groupChats: chatRule.groupChats }).toEqual({ groups: 2, groupChats: 2 });
    expect(await leadCount()).toBe(before);
  });

  it('refuses a group outside her scope, a form without trade or group, and a past deadline, writing nothing', async () => {
    const fitri = await session(w.fitri.personId);
    const before = await leadCount();
    const cases: [[string, string][], string][] = [
      [[...FORM, ['groups', String(w.mawar)]], 'unknown_group'],
      [[['text', 'butuh kue 50 kotak']], 'no_trade'],
      [[...FORM.filter(([k]) => k !== 'deadline'), ['deadline', '2026-12-01']], 'bad_deadline'],
      [[...FORM.filter(([k]) => k !== 'quantity'), ['quantity', '-3']], 'bad_quantity'],
    ];
    for (const [fields, error] of cases) {
      for (const path of ['/peluang/baru/pratinjau', '/peluang/baru']) {
        const res = await fitri.post(path, fields);
        expect(res.status, `${path} ${error}`).toBe(200);
        expect(res.body).toContain(`data-k="error" data-value="${error}"`);
      }
    }
    expect(await leadCount()).toBe(before);
  });

  it('needs the CSRF token for the preview and the sending', async () => {
    const fitri = await session(w.fitri.personId);
    const before = await leadCount();
    expect((await fitri.post('/peluang/baru/pratinjau', FORM, false)).status).toBe(403);
    expect((await fitri.post('/peluang/baru', FORM, false)).status).toBe(403);
    expect(await leadCount()).toBe(before);
  });

  it('is sent by the chat\'s publishing job: one delivery with its outbox row per chat the preview counted', async () => {
    const fitri = await session(w.fitri.personId);
    // Sent without a preview's token: she gets the preview (with its send button) first, nothing is made.
    const before = await leadCount();
    const unpreviewed = await fitri.post('/peluang/baru', FORM);
    expect(unpreviewed.status).toBe(200);
    expect(reachShown(unpreviewed.body)).toEqual({ groups: 1, groupChats: 1, people: 3 });
    expect(await leadCount()).toBe(before);
    const { res, request } = await send(fitri, FORM);
    expect(res.status).toBe(303);
    const m = /^\/peluang\/(\d+)\?n=dikirim$/.exec(res.location ?? '');
    expect(m).not.toBeNull();
    leadId = Number(m![1]);
    expect(published).toEqual([leadId]);
    const lead = (await leadsRepo.findLeadById(t.db, leadId))!;
    expect(lead).toMatchObject({ facilitatorId: w.fitri.facilitatorId, trades: ['kuliner', 'jahit'], target: { groupIds: [w.melati] }, quantityWanted: 300, downPaymentPercent: 50, deadline: '2026-12-20', status: 'open' });
    const { rows } = await sql<{ kind: string; chat_id: string; person_id: string | null; status: string; text: string }>`
      select d.kind, d.chat_id, d.person_id, o.status, o.payload->>'text' as text from lead_deliveries d join outbound_messages o on o.idempotency_key = d.outbox_key
      where d.lead_id = ${leadId} order by d.kind, d.person_id`.execute(t.db);
    expect(rows.map((r) => [r.kind, r.kind === 'group_chat' ? r.chat_id : Number(r.person_id)])).toEqual([
      ['group_chat', '-100123'],
      ['private', w.members.ani],
      ['private', w.members.budi],
      ['private', w.members.citra],
    ]);
    expect(rows.every((r) => r.status === 'queued' && r.text.includes(`Peluang ${lead.code}`))).toBe(true);
    expect(dispatched.map((d) => d.priority)).toEqual(['bulk', 'bulk', 'bulk', 'bulk']);

    // "Send" pressed again on the same preview (a double click, back and send): the same lead, nothing more.
    const again = await fitri.post('/peluang/baru', [['request', request], ...FORM]);
    expect(again.location).toBe(res.location);
    expect(await leadCount()).toBe(before + 1);
    expect(Number((await sql<{ n: string }>`select count(*) as n from lead_deliveries where lead_id = ${leadId}`.execute(t.db)).rows[0]!.n)).toBe(4);
    // Another facilitator replaying her token gets no lead of Fitri's.
    expect((await (await session(w.gita.personId)).post('/peluang/baru', [['request', request], ...FORM])).status).toBe(404);
  });

  it('shows each delivery\'s fate in words, read from its outbox row', async () => {
    const keyOf = async (personId: number | null) =>
      (await sql<{ k: string }>`select outbox_key as k from lead_deliveries where lead_id = ${leadId} and person_id is not distinct from ${personId}`.execute(t.db)).rows[0]!.k;
    const set = async (personId: number | null, status: string, failure: string | null) =>
      sql`update outbound_messages set status = ${status}, failure = ${failure} where idempotency_key = ${await keyOf(personId)}`.execute(t.db);
    await set(null, 'failed', 'telegram 403: Forbidden: bot was kicked from the group chat');
    await set(w.members.ani, 'sent', null);
    await set(w.members.budi, 'failed', 'telegram 403: Forbidden: bot was blocked by the user');
    const fitri = await session(w.fitri.personId);
    const page = (await fitri.get(`/peluang/${leadId}`)).body;
    const states = [...page.matchAll(/<tr data-delivery="(\w+)" data-state="(\w+)"><td[^>]*>([^<]*)<\/td><td[^>]*>([^<]*)<\/td>/g)].map((m) => `${m[3]} → ${m[4]}`);
    expect(states).toEqual([
      'Grup chat Melati · Telegram → Bot dikeluarkan dari grup (atau grupnya sudah tidak ada)',
      'Ani (Melati) · Telegram → Terkirim',
      'Budi (Melati) · Telegram → Ia memblokir bot',
      'Citra (Melati) · Telegram → Belum terkirim (antre)',
    ]);
  });

  it('opens for whom it reached (Fitri; Maya, whose programme\'s group it went to; the admin), 404 for the others', async () => {
    const seen: Record<string, number> = {};
    for (const [name, personId] of [['fitri', w.fitri.personId], ['maya', w.maya], ['admin', w.admin], ['gita', w.gita.personId], ['hana', w.hana.personId], ['nina', w.nina]] as const) {
      seen[name] = (await (await session(personId)).get(`/peluang/${leadId}`)).status;
    }
    expect(seen).toEqual({ fitri: 200, maya: 200, admin: 200, gita: 404, hana: 404, nina: 404 });
    // Only its maker gets the forms.
    expect((await (await session(w.maya)).get(`/peluang/${leadId}`)).body).not.toContain('/tutup');
  });

  it('lists the answers with their quantities; only its maker chooses who gets the order, and the member is told as in chat', async () => {
    const lead = (await leadsRepo.findLeadById(t.db, leadId))!;
    await answerLead(t.db, lead, w.members.ani, 120, null, clock.now());
    await answerLead(t.db, lead, w.members.citra, null, null, clock.now());
    await declineLead(t.db, lead, w.members.budi, null, clock.now());
    const fitri = await session(w.fitri.personId);
    const page = (await fitri.get(`/peluang/${leadId}`)).body;
    const answers = [...page.matchAll(/<tr data-answer="(\d+)">[^]*?data-k="offered" data-value="([^"]*)"/g)].map((m) => [Number(m[1]), m[2]]);
    expect(answers).toEqual([
      [w.members.ani, '120'],
      [w.members.citra, ''],
    ]);
    // A "no" is listed apart, never counted: the chat's own tally.
    expect(/data-k="declines">([^]*?)<\/p>/.exec(page)?.[1]?.replace(/<[^>]+>/g, '')).toBe('Belum bisa ikut (tidak dihitung): Budi');

    for (const personId of [w.maya, w.admin, w.gita.personId]) {
      const other = await session(personId);
      expect((await other.post(`/peluang/${leadId}/pilih`, [['person', String(w.members.ani)], ['quantity', '100']])).status).toBe(404);
    }
    expect((await fitri.post(`/peluang/${leadId}/pilih`, [['person', String(w.members.ani)], ['quantity', '100']], false)).status).toBe(403);
    expect((await leadsRepo.responsesOf(t.db, leadId)).find((r) => r.personId === w.members.ani)?.awardedQuantity).toBeNull();

    expect((await fitri.post(`/peluang/${leadId}/pilih`, [['person', String(w.members.budi)], ['quantity', '10']])).location).toBe(`/peluang/${leadId}?n=bukan-penjawab`);
    expect((await fitri.post(`/peluang/${leadId}/pilih`, [['person', String(w.members.ani)], ['quantity', '0']])).location).toBe(`/peluang/${leadId}?n=jumlah`);
    const before = dispatched.length;
    const res = await fitri.post(`/peluang/${leadId}/pilih`, [['person', String(w.members.ani)], ['quantity', '100']]);
    expect(res.location).toBe(`/peluang/${leadId}?n=dipilih&p=${w.members.ani}`);
    expect((await leadsRepo.responsesOf(t.db, leadId)).find((r) => r.personId === w.members.ani)?.awardedQuantity).toBe(100);
    expect(dispatched.length).toBe(before + 1);
    const told = await sql<{ chat_id: string; text: string }>`select chat_id, payload->>'text' as text from outbound_messages where idempotency_key = ${dispatched.at(-1)!.idempotencyKey}`.execute(t.db);
    expect(told.rows[0]).toEqual({ chat_id: '1001', text: expect.stringContaining(`(${lead.code})`) as string });
    expect((await fitri.get(res.location!)).body).toContain('Ani dipilih untuk 100; ia sudah diberi tahu.');
  });

  it('a double click on "choose" tells her once, pressed one after the other or both at once; a new quantity is told again', async () => {
    const told = async () => Number((await sql<{ n: string }>`select count(*) as n from outbound_messages where idempotency_key like ${`lead-award-${leadId}-${w.members.ani}-%`}`.execute(t.db)).rows[0]!.n);
    const fitri = await session(w.fitri.personId);
    const choose = (quantity: string) => fitri.post(`/peluang/${leadId}/pilih`, [['person', String(w.members.ani)], ['quantity', quantity]]);
    const first = await told();
    // The same choice again, a second later (the clock moves: the instant alone must not make it new).
    clock.advance(1_000);
    const again = await choose('100');
    expect(again.location).toBe(`/peluang/${leadId}?n=dipilih&p=${w.members.ani}`);
    expect(await told()).toBe(first);

    clock.advance(1_000);
    const [a, b] = await Promise.all([choose('80'), choose('80')]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(await told()).toBe(first + 1);
    expect((await leadsRepo.responsesOf(t.db, leadId)).find((r) => r.personId === w.members.ani)?.awardedQuantity).toBe(80);

    // Two presses at once at two different instants (two bot copies): her answer's row makes them take turns.
    const scope = (await resolveScope(t.db, w.fitri.personId))!;
    const input = { leadId, personId: w.members.ani, quantity: '60' };
    const at = clock.now();
    const both = await Promise.all([
      awardFromConsole(t.db, scope, input, new Date(at.getTime() + 1), leadNotices.awarded),
      awardFromConsole(t.db, scope, input, new Date(at.getTime() + 2), leadNotices.awarded),
    ]);
    expect(both.map((r) => r?.outcome)).toEqual(['awarded', 'awarded']);
    expect(both.map((r) => (r?.outcome === 'awarded' ? r.outbox.length : -1)).sort()).toEqual([0, 1]);
    expect(await told()).toBe(first + 2);
  });

  it('is closed by its maker only, and the answerers are told', async () => {
    for (const personId of [w.maya, w.admin, w.gita.personId]) {
      expect((await (await session(personId)).post(`/peluang/${leadId}/tutup`, [])).status).toBe(404);
    }
    const fitri = await session(w.fitri.personId);
    expect((await fitri.post(`/peluang/${leadId}/tutup`, [], false)).status).toBe(403);
    expect((await leadsRepo.findLeadById(t.db, leadId))!.status).toBe('open');
    const before = dispatched.length;
    expect((await fitri.post(`/peluang/${leadId}/tutup`, [])).location).toBe(`/peluang/${leadId}?n=ditutup`);
    expect((await leadsRepo.findLeadById(t.db, leadId))!.status).toBe('closed');
    const chats = await sql<{ chat_id: string }>`select chat_id from outbound_messages where idempotency_key = any(${dispatched.slice(before).map((d) => d.idempotencyKey)}) order by chat_id`.execute(t.db);
    expect(chats.rows.map((r) => r.chat_id)).toEqual(['1001', '1003']);
    expect((await fitri.post(`/peluang/${leadId}/tutup`, [])).location).toBe(`/peluang/${leadId}?n=sudah-ditutup`);
    const page = (await fitri.get(`/peluang/${leadId}`)).body;
    expect(page).toContain('Ditutup oleh pendamping');
    expect(page).not.toContain('data-k="close"');
  });
});

describe('a lead sent by a manager or an admin', () => {
  it('a manager or an admin sends as a facilitator of the groups it is aimed at: the lead is hers (answers reach her chat), the sender is named and may run it', async () => {
    const maya = await session(w.maya);
    const form = (await maya.get('/peluang/baru')).body;
    expect(form).not.toContain('data-k="not-author"');
    // Her programme's facilitators, by name; never Hana of programme B. No facilitator record of her own: she must choose.
    expect([...form.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([w.fitri.facilitatorId, w.gita.facilitatorId]);
    expect(form).toContain('<option value="" selected>— pilih pendamping —</option>');
    const before = await leadCount();
    const cases: [[string, string][], string][] = [
      [[...FORM, ['groups', String(w.melati)]], 'no_sender'],
      [[...FORM, ['groups', String(w.melati)], ['sender', String(w.hana.facilitatorId)]], 'unknown_sender'],
      [[...FORM, ['groups', String(w.melati)], ['sender', String(w.gita.facilitatorId)]], 'sender_not_in_groups'],
    ];
    for (const [fields, error] of cases) {
      for (const path of ['/peluang/baru/pratinjau', '/peluang/baru']) expect((await maya.post(path, fields)).body, `${path} ${error}`).toContain(`data-k="error" data-value="${error}"`);
    }
    expect(await leadCount()).toBe(before);

    const asFitri: [string, string][] = [...FORM, ['groups', String(w.melati)], ['sender', String(w.fitri.facilitatorId)]];
    expect((await maya.post('/peluang/baru/pratinjau', asFitri)).body).toContain('Dikirim atas nama Fitri: jawaban anggota masuk ke chat Fitri.');
    const { request, res } = await send(maya, asFitri);
    expect(res.status).toBe(303);
    const id = Number(/^\/peluang\/(\d+)/.exec(res.location!)![1]);
    // Pressed again: the same lead.
    expect((await maya.post('/peluang/baru', [['request', request], ...asFitri])).location).toBe(res.location);
    expect(await leadCount()).toBe(before + 1);
    const lead = (await leadsRepo.findLeadById(t.db, id))!;
    expect(lead.facilitatorId).toBe(w.fitri.facilitatorId);
    expect((await sql<{ sent_by: number }>`select sent_by_person_id::int as sent_by from leads where id = ${id}`.execute(t.db)).rows[0]!.sent_by).toBe(w.maya);
    // An answer's tally goes where the chat sends it: to Fitri (tellLeadOwner's person).
    expect(await leadsRepo.ownerPersonId(t.db, lead)).toBe(w.fitri.personId);
    // Its page names both; Maya and Fitri may run it, Gita may not.
    const page = (await maya.get(`/peluang/${id}`)).body;
    expect(page).toMatch(/data-k="owner">Pendamping: Fitri</);
    expect(page).toMatch(new RegExp(`data-k="sent-by" data-value="${w.maya}">Dikirim dari konsol oleh: Maya<`));
    expect(page).toContain('data-k="close"');
    expect((await (await session(w.fitri.personId)).get(`/peluang/${id}`)).body).toContain('data-k="close"');
    await answerLead(t.db, lead, w.members.citra, 20, null, clock.now());
    expect((await (await session(w.gita.personId)).post(`/peluang/${id}/pilih`, [['person', String(w.members.citra)], ['quantity', '20']])).status).toBe(404);
    expect((await maya.post(`/peluang/${id}/pilih`, [['person', String(w.members.citra)], ['quantity', '20']])).location).toBe(`/peluang/${id}?n=dipilih&p=${w.members.citra}`);
    expect((await maya.post(`/peluang/${id}/tutup`, [])).location).toBe(`/peluang/${id}?n=ditutup`);

    // The admin chooses among every group's facilitators.
    const admin = (await (await session(w.admin)).get('/peluang/baru')).body;
    expect([...admin.matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([w.fitri.facilitatorId, w.gita.facilitatorId, w.hana.facilitatorId]);
  });
});

describe('a lead whose group has left its sender\'s programme', () => {
  it('Maya sent it as Fitri to Melati; Melati moved to programme B: Maya neither sees nor runs it, nobody is messaged; Fitri still runs it', async () => {
    const maya = await session(w.maya);
    const { res } = await send(maya, [...FORM, ['groups', String(w.melati)], ['sender', String(w.fitri.facilitatorId)]]);
    expect(res.status).toBe(303);
    const id = Number(/^\/peluang\/(\d+)/.exec(res.location!)![1]);
    const lead = (await leadsRepo.findLeadById(t.db, id))!;
    // Published by the chat's job: its deliveries carry Melati.
    const { rows } = await sql<{ group_id: string }>`select distinct group_id from lead_deliveries where lead_id = ${id}`.execute(t.db);
    expect(rows.map((r) => Number(r.group_id))).toEqual([w.melati]);
    await answerLead(t.db, lead, w.members.citra, 20, null, clock.now());
    expect((await maya.get(`/peluang/${id}`)).body).toContain('data-k="close"');

    await moveGroupToProgramme(t.db, w.melati, w.programmeB);
    try {
      const sentBefore = dispatched.length;
      expect((await maya.get(`/peluang/${id}`)).status).toBe(404);
      expect((await maya.post(`/peluang/${id}/pilih`, [['person', String(w.members.citra)], ['quantity', '20']])).status).toBe(404);
      expect((await maya.post(`/peluang/${id}/tutup`, [])).status).toBe(404);
      // The service itself refuses, whatever route calls it.
      const scope = (await resolveScope(t.db, w.maya))!;
      expect(await closeFromConsole(t.db, scope, id, clock.now(), async () => [])).toBeUndefined();
      expect(await awardFromConsole(t.db, scope, { leadId: id, personId: w.members.citra, quantity: '20' }, clock.now(), async () => undefined)).toBeUndefined();
      const after = (await leadsRepo.findLeadById(t.db, id))!;
      expect(after.status).toBe('open');
      expect((await sql<{ awarded: number | null }>`select awarded_quantity as awarded from lead_responses where lead_id = ${id}`.execute(t.db)).rows).toEqual([{ awarded: null }]);
      expect(dispatched.length).toBe(sentBefore);
      // Nina, programme B's manager, now sees it where it reached her group, but it is not hers to run.
      const nina = await session(w.nina);
      expect((await nina.get(`/peluang/${id}`)).body).not.toContain('data-k="close"');
      expect((await nina.post(`/peluang/${id}/tutup`, [])).status).toBe(404);
      // Fitri, its facilitator, keeps the chat's rights.
      const fitri = await session(w.fitri.personId);
      expect((await fitri.get(`/peluang/${id}`)).body).toContain('data-k="close"');
      expect((await fitri.post(`/peluang/${id}/tutup`, [])).location).toBe(`/peluang/${id}?n=ditutup`);
    } finally {
      await moveGroupToProgramme(t.db, w.melati, w.programmeA);
    }
  });
});

/**
 * Staff who are also facilitators (a facilitator record for Maya, manager of programme A, and
 * for the admin): each makes leads within her console scope — Maya her programme's groups
 * (Melati, Mawar; never Kenanga of programme B), the admin every group.
 */
describe('a lead made by staff who also facilitate', () => {
  const ALL_TRADES: [string, string][] = [
    ['text', 'Pameran akhir tahun, butuh 40 barang'],
    ['trades', 'kuliner'],
    ['trades', 'jahit'],
    ['trades', 'asesoris'],
  ];

  beforeAll(async () => {
    await groupsRepo.insertFacilitator(t.db, w.maya);
    await groupsRepo.insertFacilitator(t.db, w.admin);
    await groupsRepo.linkChat(t.db, { groupId: w.kenanga, platform: 'telegram', chatId: '-100789', byPersonId: w.hana.personId });
  });

  it('reaches her programme\'s groups for a manager, every group for the admin', async () => {
    const maya = await session(w.maya);
    expect(reachShown((await maya.post('/peluang/baru/pratinjau', ALL_TRADES)).body)).toEqual({ groups: 2, groupChats: 2, people: 4 });
    expect((await maya.post('/peluang/baru/pratinjau', [...ALL_TRADES, ['groups', String(w.kenanga)]])).body).toContain('data-value="unknown_group"');
    const admin = await session(w.admin);
    expect(reachShown((await admin.post('/peluang/baru/pratinjau', ALL_TRADES)).body)).toEqual({ groups: 3, groupChats: 3, people: 5 });
    expect(reachShown((await admin.post('/peluang/baru/pratinjau', [...ALL_TRADES, ['groups', String(w.kenanga)]])).body)).toEqual({ groups: 1, groupChats: 1, people: 1 });
  });

  it('writes the manager\'s scope into the lead, so the publishing job reaches what the preview counted', async () => {
    const maya = await session(w.maya);
    const { res } = await send(maya, ALL_TRADES);
    expect(res.status).toBe(303);
    const id = Number(/^\/peluang\/(\d+)/.exec(res.location!)![1]);
    expect((await leadsRepo.findLeadById(t.db, id))!.target).toEqual({ groupIds: [w.melati, w.mawar].sort((a, b) => a - b) });
    const { rows } = await sql<{ group_id: string; kind: string }>`select group_id, kind from lead_deliveries where lead_id = ${id}`.execute(t.db);
    expect(rows.filter((r) => r.kind === 'group_chat').map((r) => Number(r.group_id)).sort((a, b) => a - b)).toEqual([w.melati, w.mawar].sort((a, b) => a - b));
    expect(rows.filter((r) => r.kind === 'private')).toHaveLength(4);
    // Her lead: she may close it; Fitri, whose group it reached, may not.
    expect((await (await session(w.fitri.personId)).post(`/peluang/${id}/tutup`, [])).status).toBe(404);
    expect((await maya.post(`/peluang/${id}/tutup`, [])).location).toBe(`/peluang/${id}?n=ditutup`);
  });

  it('shows a manager her own lead before its deliveries are written (her scope alone would not: nothing reached her groups yet)', async () => {
    const scope = (await resolveScope(t.db, w.maya))!;
    const made = await createConsoleLead(t.db, scope, { ...EMPTY_LEAD_FORM, text: 'Bazar 20 Des, butuh 30 tas', trades: ['jahit'] }, 'a'.repeat(43), clock.now());
    if (!made || 'error' in made) throw new Error('not made');
    const page = await (await session(w.maya)).get(`/peluang/${made.lead.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('data-k="not-published"');
    expect(page.body).toContain('data-k="close"');
    // Gita, whose Mawar it is aimed at, sees it only once it has reached her group.
    expect((await (await session(w.gita.personId)).get(`/peluang/${made.lead.id}`)).status).toBe(404);
  });
});

describe('a lead aimed at members who have no chat with the bot', () => {
  it('says nobody can receive it yet and what to do (the invitation, /gabung KODE); no send button', async () => {
    // Imported from a spreadsheet: members, no chat, no group chat; one joined only through the
    // developer's terminal chat (platform 'console', which no lead goes to). Last in the file:
    // it adds a group to Fitri's scope.
    const dahlia = (await createGroup(t.db, { name: 'Dahlia', trades: ['asesoris'], facilitatorId: w.fitri.facilitatorId, timeZone: 'Asia/Jakarta' })).id;
    for (const name of ['Gina', 'Hani']) await addMember(t.db, dahlia, { name, timeZone: 'Asia/Jakarta' }, clock.now());
    const ira = (await addMember(t.db, dahlia, { name: 'Ira', timeZone: 'Asia/Jakarta' }, clock.now())).person.id;
    await addIdentity(t.db, ira, { platform: 'console', externalId: 'terminal-ira' }, null);
    const fitri = await session(w.fitri.personId);
    const res = await fitri.post('/peluang/baru/pratinjau', [['text', 'Butuh 40 bros untuk wisuda'], ['groups', String(dahlia)]]);
    expect(reachShown(res.body)).toEqual({ groups: 1, groupChats: 0, people: 0 });
    expect(res.body).toContain('Belum ada yang bisa menerima peluang ini, jadi belum bisa dikirim.');
    expect(res.body).toContain('data-k="without-chat" data-value="3"');
    expect(res.body).toContain('3 anggota kelompok yang dituju belum terhubung dengan bot lewat chat pribadi');
    expect(res.body).toContain('/gabung KODE');
    expect(res.body).toContain(`<a href="/kelompok/${dahlia}/undangan" data-k="invitation-link">Undangan kelompok Dahlia</a>`);
    expect(res.body).not.toContain('Ubah usaha atau tujuannya');
    // Aimed at a group, with no trade: the message's first line has no dangling dash.
    expect(/data-k="message">([^<]*)</.exec(res.body)?.[1]).toMatch(/^📢 Peluang P…\nButuh 40 bros/);
    expect(res.body).not.toContain('data-k="send"');
    // Melati's members all have a chat: nothing to say there, and nothing counted.
    expect((await reachOf(t.db, [], { groupIds: [w.melati] }, w.fitri.personId)).membersWithoutChat).toBe(0);
    const both = await reachOf(t.db, [], { groupIds: [w.melati, dahlia] }, w.fitri.personId);
    expect([both.membersWithoutChat, both.groupsWithoutChat]).toEqual([3, [dahlia]]);
    // The counts add up to the groups' active members: those reached privately and those who cannot be.
    const active = Number((await sql<{ n: string }>`select count(distinct person_id) as n from memberships where status = 'active' and group_id in (${w.melati}, ${dahlia})`.execute(t.db)).rows[0]!.n);
    expect(both.people + both.membersWithoutChat).toBe(active);
  });

  it('a member on WhatsApp who never wrote to the bot privately counts as one it cannot send to, and the counts still add up', async () => {
    const dahlia = (await sql<{ id: number }>`select id from groups where name = 'Dahlia'`.execute(t.db)).rows[0]!.id;
    const jeni = (await addMember(t.db, dahlia, { name: 'Jeni', timeZone: 'Asia/Jakarta' }, clock.now())).person.id;
    await addIdentity(t.db, jeni, { platform: 'whatsapp', externalId: '6281299991234@s.whatsapp.net' }, null);
    const reach = await reachOf(t.db, [], { groupIds: [dahlia] }, w.fitri.personId);
    expect([reach.people, reach.membersWithoutChat]).toEqual([0, 4]);
  });
});
