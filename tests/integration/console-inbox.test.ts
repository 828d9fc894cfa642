/**
 * The help inbox over HTTP against the real routes and Postgres (the browser test,
 * tests/e2e/console-inbox-browser.test.ts, has a real voice note through the fake Bot API):
 * who sees which waiting item (the scope and the book window), oldest first, the home
 * page's count; recording on her behalf from an item through the chat's parser and ledger
 * (on-behalf marks, the chat's notice in the outbox, the item done, once however often it is
 * sent); refusals that record nothing; marking done; the file route's scope and caching.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { MediaSource } from '../../src/core/media-source.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { saveMedia } from '../../src/modules/media/media.repository.ts';
import { recordFromItem } from '../../src/modules/media/media-inbox.service.ts';
import type { OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { resolveScope } from '../../src/modules/programmes/scope.ts';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import { readOnBehalf } from '../../src/conversation/notices/on-behalf.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let w: ConsoleWorld;
const clock = fixedClock('2026-12-10T05:00:00Z');
let app: ReturnType<typeof createConsoleApp>;
const dispatched: OutboxItem[] = [];
const fetched: string[] = [];
const VOICE = Buffer.from('OggS fake voice bytes');
const items: Record<'ani' | 'budi' | 'dewi' | 'eka' | 'firaBefore' | 'firaAfter', number> = { ani: 0, budi: 0, dewi: 0, eka: 0, firaBefore: 0, firaAfter: 0 };

const telegramFiles: MediaSource = {
  platform: 'telegram',
  fetchMedia: async (ref) => {
    fetched.push(ref);
    return ref === 'gone' ? undefined : { bytes: new Uint8Array(VOICE), contentType: null };
  },
};

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  const { rows } = await sql<{ id: string }>`select id from people where name = 'Fira'`.execute(t.db);
  const fira = Number(rows[0]!.id);
  const media = async (personId: number, at: string, kind: 'voice' | 'photo', ref: string, caption?: string) =>
    (
      await saveMedia(t.db, {
        personId,
        platform: 'telegram',
        chatId: '1',
        media: { kind, ref, ...(caption ? { caption } : {}) },
        inboundMessageId: null,
        receivedAt: new Date(at),
      })
    ).id;
  // Fira was removed on 10 Dec 05:00 (Jakarta 12:00): her voice note of the 9th is in the
  // Melati staff's window, the one of the 11th is not.
  items.budi = await media(w.members.budi, '2026-12-08T01:00:00Z', 'photo', 'photo-budi', 'nota belanja');
  items.ani = await media(w.members.ani, '2026-12-09T02:00:00Z', 'voice', 'voice-ani');
  items.dewi = await media(w.members.dewi, '2026-12-09T03:00:00Z', 'voice', 'voice-dewi');
  items.eka = await media(w.members.eka, '2026-12-09T04:00:00Z', 'voice', 'voice-eka');
  items.firaBefore = await media(fira, '2026-12-09T05:00:00Z', 'voice', 'voice-fira-1');
  items.firaAfter = await media(fira, '2026-12-11T05:00:00Z', 'voice', 'gone');
  app = createConsoleApp({
    db: t.db,
    clock,
    log: silentLogger(),
    timeZone: 'Asia/Jakarta',
    secureCookies: false,
    sendLoginCode: async () => true,
    clientOf: () => 'test',
    dispatch: async (items) => void dispatched.push(...items),
    mediaSources: { telegram: telegramFiles },
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
    return { status: res.status, body: await res.text(), headers: res.headers };
  };
  const csrf = /name="csrf" value="([^"]+)"/.exec((await get('/')).body)![1]!;
  const post = async (path: string, fields: [string, string][], withCsrf = true) => {
    const body = new URLSearchParams(withCsrf ? [['csrf', csrf], ...fields] : fields);
    const res = await app.request(path, { method: 'POST', body, headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    return { status: res.status, location: res.headers.get('location'), body: await res.text() };
  };
  return { get, post };
}

const listed = (body: string) => [...body.matchAll(/data-k="inbox-item" data-id="(\d+)"/g)].map((m) => Number(m[1]));
const homeCount = (body: string) => Number(/data-k="inbox-waiting" data-value="(\d+)"/.exec(body)?.[1]);
const entriesOf = async (personId: number) =>
  (
    await sql<{ amount: number; entered_by_person_id: number | null; on_behalf_group_id: number | null; media_message_id: number | null; business_date: string }>`
      select amount, entered_by_person_id, on_behalf_group_id, media_message_id, business_date::text from ledger_entries where person_id = ${personId} and media_message_id is not null`.execute(t.db)
  ).rows;

describe('who sees what waits', () => {
  it('lists each scope its members’ waiting items, oldest first, within the book window; the home page counts them', async () => {
    const fitri = await session(w.fitri.personId);
    const page = await fitri.get('/kotak-bantuan');
    expect(page.status).toBe(200);
    expect(listed(page.body)).toEqual([items.budi, items.ani, items.firaBefore]);
    expect(page.body).toContain('nota belanja');
    expect(homeCount((await fitri.get('/')).body)).toBe(3);

    expect(listed((await (await session(w.maya)).get('/kotak-bantuan')).body)).toEqual([items.budi, items.ani, items.dewi, items.firaBefore]);
    expect(listed((await (await session(w.nina)).get('/kotak-bantuan')).body)).toEqual([items.eka]);
    expect(listed((await (await session(w.gita.personId)).get('/kotak-bantuan')).body)).toEqual([items.dewi]);
    const admin = await session(w.admin);
    expect(listed((await admin.get('/kotak-bantuan')).body)).toEqual([items.budi, items.ani, items.dewi, items.eka, items.firaBefore]);
    expect(homeCount((await admin.get('/')).body)).toBe(5);
  });

  it('speaks English after the language switch', async () => {
    const { token } = await issueLogin(t.db, w.fitri.personId, clock.now());
    const s = await loginWithLink(t.db, token, 'test', clock.now());
    if (typeof s === 'string') throw new Error(s);
    const res = await app.request('/kotak-bantuan', { headers: { cookie: `${SESSION_COOKIE}=${s.token}; dampingi_bahasa=en` } });
    const body = await res.text();
    expect(body).toContain('<h1>Help inbox</h1>');
    expect(body).toContain('Voice notes and photos waiting: 3');
    expect(body).toContain('Voice note');
  });

  it('answers 404 for an item outside her scope or her window, the page and the file alike', async () => {
    const fitri = await session(w.fitri.personId);
    for (const id of [items.dewi, items.eka, items.firaAfter, 999_999]) {
      expect((await fitri.get(`/kotak-bantuan/${id}`)).status).toBe(404);
      expect((await fitri.get(`/kotak-bantuan/${id}/berkas`)).status).toBe(404);
    }
    expect(fetched).toEqual([]);
  });

  it('streams the file from its platform, private to this browser, with an audio player on the page', async () => {
    const fitri = await session(w.fitri.personId);
    const page = await fitri.get(`/kotak-bantuan/${items.ani}`);
    expect(page.body).toContain(`<audio controls preload="metadata" src="/kotak-bantuan/${items.ani}/berkas"`);
    expect(page.headers.get('content-security-policy')).toContain("media-src 'self'");
    const file = await fitri.get(`/kotak-bantuan/${items.ani}/berkas`);
    expect(file.status).toBe(200);
    expect(file.body).toBe(VOICE.toString());
    expect(file.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(file.headers.get('content-type')).toBe('audio/ogg');
    expect(fetched).toEqual(['voice-ani']);
    expect((await fitri.get(`/kotak-bantuan/${items.budi}`)).body).toContain(`<img class="media" src="/kotak-bantuan/${items.budi}/berkas"`);
  });
});

describe('recording on her behalf from an item', () => {
  it('shows what would be recorded first, writing nothing', async () => {
    const fitri = await session(w.fitri.personId);
    const check = await fitri.post(`/kotak-bantuan/${items.ani}/periksa`, [['text', 'laku 5 bros @15rb']]);
    expect(check.status).toBe(200);
    expect(check.body).toContain('data-k="preview-entry"');
    expect(check.body).toContain('Rp75.000');
    expect(await entriesOf(w.members.ani)).toEqual([]);
  });

  it('refuses what is not a record, and a text without an amount, recording nothing', async () => {
    const fitri = await session(w.fitri.personId);
    const notRecord = await fitri.post(`/kotak-bantuan/${items.ani}/catat`, [['text', 'halo bu apa kabar']]);
    expect(notRecord.body).toContain('data-k="refused" data-value="not_record"');
    const unclear = await fitri.post(`/kotak-bantuan/${items.ani}/catat`, [['text', 'laku bros']]);
    expect(unclear.body).toMatch(/data-k="refused" data-value="(unclear|not_record)"/);
    expect(await entriesOf(w.members.ani)).toEqual([]);
  });

  it('refuses a write without the session’s CSRF token, and one from outside her scope, changing nothing', async () => {
    const fitri = await session(w.fitri.personId);
    expect((await fitri.post(`/kotak-bantuan/${items.ani}/catat`, [['text', 'laku 5 bros @15rb']], false)).status).toBe(403);
    const gita = await session(w.gita.personId);
    expect((await gita.post(`/kotak-bantuan/${items.ani}/catat`, [['text', 'laku 5 bros @15rb']])).status).toBe(404);
    expect((await gita.post(`/kotak-bantuan/${items.ani}/selesai`, [])).status).toBe(404);
    expect(await entriesOf(w.members.ani)).toEqual([]);
    const { rows } = await sql<{ done_at: Date | null }>`select done_at from media_messages where id = ${items.ani}`.execute(t.db);
    expect(rows[0]!.done_at).toBeNull();
  });

  it('records in her books with the on-behalf marks, tells her in chat, marks the item done — once', async () => {
    const fitri = await session(w.fitri.personId);
    const done = await fitri.post(`/kotak-bantuan/${items.ani}/catat`, [['text', 'laku 5 bros @15rb']]);
    expect(done.status).toBe(303);
    expect(done.location).toBe(`/kotak-bantuan/${items.ani}?n=recorded`);
    // Her day: the voice note came on 9 Dec (09:00 in Jakarta).
    expect(await entriesOf(w.members.ani)).toEqual([
      { amount: 75_000, entered_by_person_id: w.fitri.personId, on_behalf_group_id: w.melati, media_message_id: items.ani, business_date: '2026-12-09' },
    ]);
    const { rows: item } = await sql<{ done_at: Date; done_by_person_id: number }>`select done_at, done_by_person_id from media_messages where id = ${items.ani}`.execute(t.db);
    expect(item[0]).toEqual({ done_at: clock.now(), done_by_person_id: w.fitri.personId });
    // The chat's own notice, to her private chat, written to the outbox and dispatched.
    const { rows: outbox } = await sql<{ chat_id: string; payload: { text: string } }>`select chat_id, payload from outbound_messages where idempotency_key = ${`media-${items.ani}-recorded`}`.execute(t.db);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.chat_id).toBe('1001');
    const entries = [{ id: 0, personId: w.members.ani, businessDate: '2026-12-09', kind: 'sale' as const, amount: 75_000, item: 'bros', quantity: 5, unit: null, unitPrice: 15_000 }];
    expect(outbox[0]!.payload.text).toBe(repliesFor('id').onBehalfToldMember({ facilitator: 'Fitri', entries, date: '2026-12-09', today: '2026-12-10', credit: null }));
    expect(dispatched.map((d) => d.idempotencyKey)).toContain(`media-${items.ani}-recorded`);
    // The audit's on-behalf list names it (the page reads it from ledger_entries).
    const audit = (await fitri.get('/audit?jenis=atas-nama')).body;
    expect(audit).toContain('Rp75.000');
    expect(audit).toContain('Ani');

    // A double submit: the second sees it done and records nothing.
    const again = await fitri.post(`/kotak-bantuan/${items.ani}/catat`, [['text', 'laku 5 bros @15rb']]);
    expect(again.location).toBe(`/kotak-bantuan/${items.ani}?n=alreadyDone`);
    expect(await entriesOf(w.members.ani)).toHaveLength(1);
    expect(listed((await fitri.get('/kotak-bantuan')).body)).not.toContain(items.ani);
    expect(homeCount((await fitri.get('/')).body)).toBe(2);
  });

  it('records once when two submits race (two console processes)', async () => {
    const scope = (await resolveScope(t.db, w.fitri.personId))!;
    const tell = async () => undefined;
    const results = await Promise.all([1, 2, 3].map(() => recordFromItem(t.db, scope, { id: items.firaBefore, text: 'laku 2 kue 10rb' }, clock.now(), readOnBehalf, tell)));
    expect(results.map((r) => r?.outcome).sort()).toEqual(['already_done', 'already_done', 'recorded']);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ledger_entries where media_message_id = ${items.firaBefore}`.execute(t.db);
    expect(rows[0]!.n).toBe(1);
  });
});

describe('marking done', () => {
  it('marks it done with who and when, keeps the first mark, and it leaves the list', async () => {
    const maya = await session(w.maya);
    const done = await maya.post(`/kotak-bantuan/${items.budi}/selesai`, []);
    expect(done).toMatchObject({ status: 303, location: `/kotak-bantuan/${items.budi}?n=done` });
    const again = await (await session(w.fitri.personId)).post(`/kotak-bantuan/${items.budi}/selesai`, []);
    expect(again.location).toBe(`/kotak-bantuan/${items.budi}?n=already`);
    const { rows } = await sql<{ done_by_person_id: number }>`select done_by_person_id from media_messages where id = ${items.budi}`.execute(t.db);
    expect(rows[0]!.done_by_person_id).toBe(w.maya);
    const item = await maya.get(`/kotak-bantuan/${items.budi}`);
    expect(item.body).toContain('data-k="done"');
    expect(item.body).toContain('Maya');
    expect(item.body).not.toContain('data-k="record-form"');
    expect(listed((await maya.get('/kotak-bantuan')).body)).toEqual([items.dewi]);
    // In the audit (on-behalf kind) for those who see Budi's group, naming him and Maya.
    const line = 'Menandai selesai di kotak bantuan: foto tanpa dicatat';
    for (const [viewer, sees] of [[w.maya, true], [w.fitri.personId, true], [w.gita.personId, false], [w.nina, false]] as const) {
      const audit = (await (await session(viewer)).get('/audit?jenis=atas-nama')).body;
      expect(audit.includes(line), `audit for ${viewer}`).toBe(sees);
    }
  });
});
