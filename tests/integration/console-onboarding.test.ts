/**
 * Setting up a programme from the console (issue #20): each form's rules and refusals (the
 * command line's codes, shown next to their field, the form keeping what she typed), who may
 * (an admin; a manager in her own programme; no facilitator), the audit row written with
 * each, and a group's invitation with its chat links. Over HTTP against real Postgres.
 */
import { sql } from 'kysely';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { addIdentity, insertPerson, rememberUsername } from '../../src/modules/people/people.repository.ts';
import { addFacilitator } from '../../src/modules/groups/groups.service.ts';
import { resolveScope } from '../../src/modules/programmes/scope.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { PRINT_SCRIPT_PATH } from '../../src/web/print-script.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let w: ConsoleWorld;
let app: ReturnType<typeof createConsoleApp>;
const clock = fixedClock('2026-12-10T05:00:00Z');
const sessions = new Map<string, { cookie: string; csrf: string }>();

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  app = createConsoleApp({
    db: t.db,
    clock,
    log: silentLogger(),
    timeZone: 'Asia/Jakarta',
    secureCookies: false,
    sendLoginCode: async () => true,
    clientOf: () => 'test',
    joinLinks: { telegramBot: 'dampingi_bot', whatsappNumber: '6281299990000' },
  });
  for (const [who, personId] of [['admin', w.admin], ['maya', w.maya], ['nina', w.nina], ['fitri', w.fitri.personId]] as const) {
    const { token } = await issueLogin(t.db, personId, clock.now());
    const session = await loginWithLink(t.db, token, 'test', clock.now());
    if (typeof session === 'string') throw new Error(session);
    const cookie = `${SESSION_COOKIE}=${session.token}`;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await app.request('/', { headers: { cookie } })).text())![1]!;
    sessions.set(who, { cookie, csrf });
  }
});
afterAll(async () => t?.drop());

const get = (who: string, path: string) => app.request(path, { headers: { cookie: sessions.get(who)!.cookie } });
const post = (who: string, path: string, fields: Record<string, string | string[]>, csrf = true) => {
  const s = sessions.get(who)!;
  const body = new URLSearchParams();
  if (csrf) body.append('csrf', s.csrf);
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  return app.request(path, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: s.cookie }, redirect: 'manual' });
};
const count = async (table: string) => Number((await sql<{ n: string }>`select count(*) as n from ${sql.table(table)}`.execute(t.db)).rows[0]!.n);
const audits = async () => (await sql<{ actor_person_id: number; group_id: number | null; detail: Record<string, string> }>`select actor_person_id, group_id, detail from audit_events where kind = 'onboarded' order by id`.execute(t.db)).rows;
/** The refusal a page shows: [field, code], and whether the field is marked invalid. */
const refusal = (page: string) => {
  const m = /data-k="error" data-field="([^"]+)" data-value="([^"]+)"/.exec(page);
  return m ? [m[1], m[2], page.includes(`id="f-${m[1]}"`) ? new RegExp(`id="f-${m[1]}"[^>]*aria-invalid="true"`).test(page) : true] : undefined;
};

const GROUP = {
  name: 'Anyelir',
  trades: ['kuliner', 'jahit'],
  village: 'Sukamaju',
  district: 'Imogiri',
  timeZone: 'WITA',
  programmeId: '',
  regionId: '',
  facilitatorId: 'baru',
  facilitatorName: 'Yuni',
  facilitatorPhone: '0812 7777 1234',
  facilitatorTelegram: '',
};

describe('programmes', () => {
  it('an admin makes one (audited); a blank name is refused next to its field and nothing is written', async () => {
    const before = await count('programmes');
    const bad = await post('admin', '/program/baru', { name: '   ', partner: 'Mitra Baru' });
    expect(bad.status).toBe(422);
    const page = await bad.text();
    expect(refusal(page)).toEqual(['name', 'name_invalid', true]);
    expect(page).toContain('value="Mitra Baru"');
    expect(await count('programmes')).toBe(before);

    const res = await post('admin', '/program/baru', { name: 'Program Selatan', partner: '' });
    expect(res.status).toBe(303);
    const id = Number(/program=(\d+)/.exec(res.headers.get('location')!)![1]);
    expect((await sql<{ name: string }>`select name from programmes where id = ${id}`.execute(t.db)).rows[0]!.name).toBe('Program Selatan');
    expect((await audits()).at(-1)).toMatchObject({ actor_person_id: w.admin, group_id: null, detail: { what: 'programme', id: String(id) } });
  });

  it('a manager and a facilitator may not (404), and nothing is written', async () => {
    const before = await count('programmes');
    for (const who of ['maya', 'fitri']) {
      expect((await get(who, '/program/baru')).status).toBe(404);
      expect((await post(who, '/program/baru', { name: 'Program X' })).status).toBe(404);
    }
    expect(await count('programmes')).toBe(before);
  });
});

describe('regions', () => {
  it('a manager adds one to her own programme, whatever programme the form names', async () => {
    const res = await post('maya', '/wilayah/baru', { programmeId: String(w.programmeB), kabupaten: 'Bantul', kecamatan: 'Imogiri' });
    expect(res.status).toBe(303);
    const id = Number(/wilayah=(\d+)/.exec(res.headers.get('location')!)![1]);
    const row = (await sql<{ programme_id: number; kecamatan: string }>`select programme_id, kecamatan from regions where id = ${id}`.execute(t.db)).rows[0]!;
    expect(row).toEqual({ programme_id: w.programmeA, kecamatan: 'Imogiri' });
    expect((await audits()).at(-1)).toMatchObject({ actor_person_id: w.maya, detail: { what: 'region', programme: String(w.programmeA) } });
  });

  it.each([
    [{ programmeId: '', kabupaten: 'Sleman', kecamatan: '' }, 'programmeId', 'programme_not_found'],
    [{ programmeId: '999999', kabupaten: 'Sleman', kecamatan: '' }, 'programmeId', 'programme_not_found'],
    [{ programmeId: 'A', kabupaten: '', kecamatan: '' }, 'kabupaten', 'district_invalid'],
    [{ programmeId: 'A', kabupaten: 'Sleman', kecamatan: '\u200b' }, 'kecamatan', 'district_invalid'],
  ])('an admin\'s region %j is refused at %s (%s)', async (form, field, code) => {
    const before = await count('regions');
    const res = await post('admin', '/wilayah/baru', { ...form, programmeId: form.programmeId === 'A' ? String(w.programmeA) : form.programmeId });
    expect(res.status).toBe(422);
    expect(refusal(await res.text())).toEqual([field, code, true]);
    expect(await count('regions')).toBe(before);
  });

  it('a facilitator may not add one', async () => {
    expect((await get('fitri', '/wilayah/baru')).status).toBe(404);
    expect((await post('fitri', '/wilayah/baru', { programmeId: String(w.programmeA), kabupaten: 'X' })).status).toBe(404);
  });
});

describe('facilitators', () => {
  it('a manager makes one by phone: she can then log in to the console as a facilitator', async () => {
    const res = await post('maya', '/pendamping/baru', { name: 'Wulan', phone: '0812 5555 0001', telegram: '' });
    expect(res.status).toBe(303);
    const facilitatorId = Number(/pendamping=(\d+)/.exec(res.headers.get('location')!)![1]);
    const personId = Number((await sql<{ person_id: string }>`select person_id from facilitators where id = ${facilitatorId}`.execute(t.db)).rows[0]!.person_id);
    expect(await resolveScope(t.db, personId)).toMatchObject({ role: 'facilitator', facilitatorId });
    // A facilitator running no group yet is offered on her group form (and on another manager's).
    expect(await (await get('maya', `/kelompok/baru?pendamping=${facilitatorId}`)).text()).toMatch(new RegExp(`value="${facilitatorId}" selected>Wulan`));
  });

  it('by a Telegram @username the bot knows; one it does not know is refused', async () => {
    const rani = await insertPerson(t.db, { name: 'Rani', phone: null, timeZone: 'Asia/Jakarta' });
    await addIdentity(t.db, rani.id, { platform: 'telegram', externalId: '7700' }, 'Rani');
    await rememberUsername(t.db, { platform: 'telegram', externalId: '7700' }, 'rani_pendamping');
    expect((await post('admin', '/pendamping/baru', { name: 'Rani', phone: '', telegram: '@rani_pendamping' })).status).toBe(303);
    expect(await resolveScope(t.db, rani.id)).toMatchObject({ role: 'facilitator' });
    const res = await post('admin', '/pendamping/baru', { name: 'Sinta', phone: '', telegram: '@nobody_here' });
    expect(refusal(await res.text())).toEqual(['telegram', 'person_not_found', true]);
  });

  it.each([
    [{ name: 'Tari', phone: '', telegram: '' }, 'phone', 'contact_missing'],
    [{ name: 'Tari', phone: '12', telegram: '' }, 'phone', 'phone_invalid'],
    [{ name: 'Tari', phone: '+6281200000101', telegram: '9001' }, 'phone', 'phone_taken'],
    [{ name: '', phone: '0812 5555 0002', telegram: '' }, 'name', 'name_invalid'],
    [{ name: 'Tari', phone: '', telegram: '12345678901234567' }, 'telegram', 'telegram_id_invalid'],
  ])('%j is refused at %s (%s), the form keeping what she typed', async (form, field, code) => {
    const before = await count('facilitators');
    const res = await post('admin', '/pendamping/baru', form);
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(refusal(page)?.slice(0, 2)).toEqual([field, code]);
    if (form.phone) expect(page).toContain(`value="${form.phone}"`);
    expect(await count('facilitators')).toBe(before);
  });
});

describe('groups', () => {
  it('a manager makes one in her programme and region with a new facilitator: trades by name, WITA, audited', async () => {
    const region = Number((await sql<{ id: string }>`insert into regions (programme_id, kabupaten) values (${w.programmeA}, 'Gunungkidul') returning id`.execute(t.db)).rows[0]!.id);
    const form = await (await get('maya', '/kelompok/baru')).text();
    expect(form).toContain('Kuliner'); // the trade's name, not only its code
    expect(form).not.toMatch(/Program Timur|Hana/); // another programme and its facilitator are not offered
    const res = await post('maya', '/kelompok/baru', { ...GROUP, regionId: String(region) });
    expect(res.status).toBe(303);
    const id = Number(/\/kelompok\/(\d+)\?n=dibuat/.exec(res.headers.get('location')!)![1]);
    const g = (await sql<{ programme_id: number; region_id: number; time_zone: string; village: string; name: string }>`select programme_id, region_id, time_zone, village, name from groups where id = ${id}`.execute(t.db)).rows[0]!;
    expect(g).toEqual({ programme_id: w.programmeA, region_id: region, time_zone: 'Asia/Makassar', village: 'Sukamaju', name: 'Anyelir' });
    expect((await sql<{ trade_code: string }>`select trade_code from group_trades where group_id = ${id} order by 1`.execute(t.db)).rows.map((r) => r.trade_code)).toEqual(['jahit', 'kuliner']);
    const yuni = (await sql<{ person_id: number }>`select f.person_id from groups g join facilitators f on f.id = g.facilitator_id where g.id = ${id}`.execute(t.db)).rows[0]!.person_id;
    expect((await audits()).at(-1)).toEqual({ actor_person_id: w.maya, group_id: id, detail: { what: 'group', id: String(id), facilitator: 'new' } });
    expect((await sql<{ subject_person_id: string }>`select subject_person_id from audit_events where kind = 'onboarded' order by id desc limit 1`.execute(t.db)).rows[0]!.subject_person_id).toEqual(yuni);
    const page = await (await get('maya', `/kelompok/${id}?n=dibuat`)).text();
    expect(page).toContain(`/kelompok/${id}/undangan`);
    // The audit page names it, in words.
    expect(await (await get('maya', '/audit')).text()).toContain('Dibuat dari konsol: kelompok');
  });

  it.each([
    [{ name: '' }, 'name', 'name_invalid'],
    [{ trades: [] as string[] }, 'trades', 'trade_missing'],
    [{ trades: ['kuliner', 'roket'] }, 'trades', 'trade_unknown'],
    [{ timeZone: 'Asia/Tokyo' }, 'timeZone', 'timezone_invalid'],
    [{ village: '\u200b' }, 'village', 'village_invalid'],
    [{ district: 'x'.repeat(81) }, 'district', 'district_invalid'],
    [{ facilitatorId: '' }, 'facilitatorId', 'facilitator_missing'],
    [{ facilitatorId: 'HANA' }, 'facilitatorId', 'facilitator_not_found'],
    [{ facilitatorPhone: '', facilitatorTelegram: '' }, 'facilitatorPhone', 'contact_missing'],
    [{ facilitatorPhone: '0812' }, 'facilitatorPhone', 'phone_invalid'],
    [{ facilitatorName: ' ' }, 'facilitatorName', 'name_invalid'],
    [{ facilitatorPhone: '', facilitatorTelegram: '@unknown_one' }, 'facilitatorTelegram', 'person_not_found'],
    [{ regionId: 'B' }, 'regionId', 'region_not_in_programme'],
  ])('a manager\'s group with %j is refused at %s (%s): nothing written, what she typed kept', async (change, field, code) => {
    const regionB = String((await sql<{ id: string }>`insert into regions (programme_id, kabupaten) values (${w.programmeB}, 'Lombok') on conflict do nothing returning id`.execute(t.db)).rows[0]?.id ?? (await sql<{ id: string }>`select id from regions where kabupaten = 'Lombok'`.execute(t.db)).rows[0]!.id);
    const form = { ...GROUP, name: 'Teratai', ...change } as Record<string, string | string[]>;
    if (form.facilitatorId === 'HANA') form.facilitatorId = String(w.hana.facilitatorId);
    if (form.regionId === 'B') form.regionId = regionB;
    const [groups, facilitators, people] = [await count('groups'), await count('facilitators'), await count('people')];
    const res = await post('maya', '/kelompok/baru', form);
    expect(res.status).toBe(422);
    const page = await res.text();
    expect(refusal(page)?.slice(0, 2)).toEqual([field, code]);
    if (field !== 'name') expect(page).toContain('value="Teratai"');
    expect([await count('groups'), await count('facilitators'), await count('people')]).toEqual([groups, facilitators, people]);
  });

  it('an admin places a group in any programme with an existing facilitator; a facilitator may not make one', async () => {
    const res = await post('admin', '/kelompok/baru', { ...GROUP, name: 'Dahlia', programmeId: String(w.programmeB), facilitatorId: String(w.hana.facilitatorId) });
    expect(res.status).toBe(303);
    expect((await sql<{ programme_id: string }>`select programme_id from groups where name = 'Dahlia'`.execute(t.db)).rows[0]!.programme_id).toEqual(w.programmeB);
    const before = await count('groups');
    expect((await get('fitri', '/kelompok/baru')).status).toBe(404);
    expect((await post('fitri', '/kelompok/baru', { ...GROUP, facilitatorId: String(w.fitri.facilitatorId) })).status).toBe(404);
    expect(await count('groups')).toBe(before);
  });

  it('without the CSRF token nothing is made (403)', async () => {
    const before = await count('groups');
    expect((await post('maya', '/kelompok/baru', { ...GROUP, name: 'Palsu' }, false)).status).toBe(403);
    expect(await count('groups')).toBe(before);
  });
});

describe('invitations', () => {
  it('shows the code and a QR code per chat, each drawn from exactly its join link', async () => {
    const code = (await sql<{ join_code: string }>`select join_code from groups where id = ${w.melati}`.execute(t.db)).rows[0]!.join_code;
    const res = await get('fitri', `/kelompok/${w.melati}/undangan`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(`data-k="join-code" data-value="${code}"`);
    const links = [`https://t.me/dampingi_bot?start=${code}`, `https://wa.me/6281299990000?text=gabung%20${code}`];
    for (const url of links) {
      const svg = new RegExp(`data-url="${url.replace(/[?.]/g, '\\$&')}">(<svg[^]*?</svg>)`).exec(page)?.[1];
      expect(svg, url).toBe((await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })).trim());
    }
    expect(page).toContain('Pindai kode QR');
    expect(page).toContain(`Cari @dampingi_bot di Telegram dan kirim: gabung ${code}`);
    expect(page).toContain('@media print');
    // No outside asset; the one script is the console's own print-button file, nothing inline.
    expect(page).not.toMatch(/src="http/);
    expect([...page.matchAll(/<script[^>]*>/g)].map((m) => m[0])).toEqual([`<script src="${PRINT_SCRIPT_PATH}" defer>`]);
    expect(page).toContain('data-k="print" hidden>Cetak</button>');
  });

  it('is scoped as the group page: another\'s group answers 404', async () => {
    expect((await get('fitri', `/kelompok/${w.kenanga}/undangan`)).status).toBe(404);
    expect((await get('nina', `/kelompok/${w.melati}/undangan`)).status).toBe(404);
    expect((await get('maya', `/kelompok/${w.melati}/undangan`)).status).toBe(200);
  });
});

describe('a one-time login made in the console (what `staff link` does)', () => {
  const make = (who: string, personId: number) => post(who, `/staf/${String(personId)}/tautan-masuk`, {});
  const shown = (page: string) => ({
    url: /data-k="login-url">([^<]+)</.exec(page)?.[1],
    code: /data-k="login-code">(\d{6})</.exec(page)?.[1],
  });

  it('a manager adds a facilitator by phone, makes her a link from the notice, and she logs in with it once (audited)', async () => {
    const res = await post('maya', '/pendamping/baru', { name: 'Sari', phone: '0812 5555 0042', telegram: '' });
    const location = res.headers.get('location')!;
    const personId = Number(/orang=(\d+)/.exec(location)![1]);
    const notice = await (await get('maya', location)).text();
    expect(notice).toContain('/nomor');
    expect(notice).toContain(`href="/staf/${personId}/tautan-masuk"`);
    // The page itself makes nothing: only its button does.
    const before = await count('console_login_codes');
    expect((await get('maya', `/staf/${personId}/tautan-masuk`)).status).toBe(200);
    expect(await count('console_login_codes')).toBe(before);
    const page = await make('maya', personId);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const { url, code } = shown(await page.text());
    expect(url).toMatch(/^http:\/\/localhost\/masuk\/tautan\/[\w-]{43}$/);
    expect(code).toMatch(/^\d{6}$/);
    const token = url!.split('/').pop()!;
    const session = await loginWithLink(t.db, token, 'test', clock.now());
    expect(session).toMatchObject({ personId });
    expect(await loginWithLink(t.db, token, 'test', clock.now())).toBe('bad_link');
    expect((await audits()).at(-1)).toEqual({ actor_person_id: w.maya, group_id: null, detail: { what: 'login_link' } });
  });

  it('a new link retires the older one, and expires after 10 minutes', async () => {
    const first = shown(await (await make('admin', w.fitri.personId)).text());
    const second = shown(await (await make('admin', w.fitri.personId)).text());
    expect(await loginWithLink(t.db, first.url!.split('/').pop()!, 'test', clock.now())).toBe('bad_link');
    expect(await loginWithLink(t.db, second.url!.split('/').pop()!, 'test', new Date(clock.now().getTime() + 10 * 60_000 + 1))).toBe('bad_link');
  });

  it.each([
    ['maya', 'an admin', () => w.admin],
    ['maya', 'another programme’s manager', () => w.nina],
    ['maya', 'another programme’s facilitator', () => w.hana.personId],
    ['maya', 'herself', () => w.maya],
    ['nina', 'a facilitator of programme A', () => w.fitri.personId],
    ['fitri', 'another facilitator', () => w.gita.personId],
    ['admin', 'a member (no console role)', () => w.members.ani],
    ['admin', 'herself', () => w.admin],
  ])('%s may not make one for %s: 404, no login made, nothing audited', async (who, _whom, target) => {
    const [codes, rows] = [await count('console_login_codes'), (await audits()).length];
    expect((await get(who, `/staf/${target()}/tautan-masuk`)).status).toBe(404);
    expect((await make(who, target())).status).toBe(404);
    expect([await count('console_login_codes'), (await audits()).length]).toEqual([codes, rows]);
  });

  it('a manager may for her own programme’s facilitator, but not for one who also runs another programme’s group', async () => {
    expect((await make('maya', w.gita.personId)).status).toBe(200);
    await sql`update groups set facilitator_id = ${w.gita.facilitatorId} where id = ${w.kenanga}`.execute(t.db);
    try {
      expect((await make('maya', w.gita.personId)).status).toBe(404);
      expect((await make('admin', w.gita.personId)).status).toBe(200);
    } finally {
      await sql`update groups set facilitator_id = ${w.hana.facilitatorId} where id = ${w.kenanga}`.execute(t.db);
    }
  });

  it('a manager may not for a facilitator with no group whom she did not add herself (any programme’s, by a guessable id)', async () => {
    const byNina = Number(/orang=(\d+)/.exec((await post('nina', '/pendamping/baru', { name: 'Tari', phone: '0812 5555 0043', telegram: '' })).headers.get('location')!)![1]);
    const byCommandLine = (await addFacilitator(t.db, { name: 'Umi', phone: '+6281255550044', timeZone: 'Asia/Jakarta' })).person.id;
    for (const personId of [byNina, byCommandLine]) {
      const [codes, rows] = [await count('console_login_codes'), (await audits()).length];
      expect((await get('maya', `/staf/${personId}/tautan-masuk`)).status).toBe(404);
      expect((await make('maya', personId)).status).toBe(404);
      expect([await count('console_login_codes'), (await audits()).length]).toEqual([codes, rows]);
      expect((await make('admin', personId)).status).toBe(200);
    }
    expect((await make('nina', byNina)).status).toBe(200);
  });

  it('without the CSRF token none is made (403)', async () => {
    const codes = await count('console_login_codes');
    expect((await post('maya', `/staf/${w.gita.personId}/tautan-masuk`, {}, false)).status).toBe(403);
    expect(await count('console_login_codes')).toBe(codes);
  });
});
