/**
 * The console's member search (/anggota?cari=…) over HTTP against the real routes and
 * Postgres (with the name indexes of migration 034): the order and the paging through a
 * few hundred matches, and how many it says it found — counted exactly up to 500, "more
 * than 500" past it (the whole scope is never counted), in Indonesian and English. Who
 * finds whom is the permission matrix's (tests/security/console-matrix.test.ts).
 *
 * 531 members "Sari 1" … "Sari 531" join Mawar (Gita's group, programme A): "sari" matches
 * all of them, "sari 1" 111 (Sari 1, 10–19, 100–199), "sari 12" 11 (Sari 12, 120–129).
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { FOUND_COUNT_CAP, FOUND_PER_PAGE } from '../../src/modules/member-view/member-search.service.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let w: ConsoleWorld;
const clock = fixedClock('2026-12-10T05:00:00Z');
let app: ReturnType<typeof createConsoleApp>;
const SARIS = 531;
/** Each Sari's id by her number. */
const sari = new Map<number, number>();

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  const { rows } = await sql<{ id: string; n: number }>`
    with p as (insert into people (name, time_zone) select 'Sari ' || g, 'Asia/Jakarta' from generate_series(1, ${SARIS}) g returning id, name)
    select id, substr(name, 6)::int as n from p`.execute(t.db);
  for (const r of rows) sari.set(r.n, Number(r.id));
  await sql`insert into memberships (group_id, person_id) select ${w.mawar}::bigint, id from people where name like 'Sari %'`.execute(t.db);
  await sql`analyze people`.execute(t.db);
  app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'test' });
});
afterAll(async () => t?.drop());

async function viewer(personId: number, lang: 'id' | 'en' = 'id') {
  const { token } = await issueLogin(t.db, personId, clock.now());
  const s = await loginWithLink(t.db, token, 'test', clock.now());
  if (typeof s === 'string') throw new Error(s);
  const cookie = `${SESSION_COOKIE}=${s.token}; dampingi_bahasa=${lang}`;
  return async (path: string) => {
    const res = await app.request(path, { headers: { cookie } });
    expect(res.status, path).toBe(200);
    const body = await res.text();
    const count = /<p class="sub" data-k="found-count" data-value="(\d+)" data-more="(true|false)">([^<]*)<\/p>/.exec(body);
    return {
      ids: [...body.matchAll(/<tr data-person="(\d+)"/g)].map((m) => Number(m[1])),
      count: count ? { value: Number(count[1]), more: count[2] === 'true', text: count[3] } : undefined,
      next: body.includes('data-k="page-next"'),
    };
  };
}

/** The Saris whose lower-cased name holds `part`, in the search's order (lower-cased name, then id). */
function sarisHolding(part: string): number[] {
  return [...sari.entries()]
    .map(([n, id]) => ({ name: `sari ${n}`, id }))
    .filter((s) => s.name.includes(part))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id))
    .map((s) => s.id);
}

describe('the member search', () => {
  it('pages through the matches by name, each page saying how many there are', async () => {
    const get = await viewer(w.gita.personId);
    const expected = sarisHolding('sari 1');
    expect(expected).toHaveLength(111);
    const seen: number[] = [];
    for (let page = 1; page <= 4; page++) {
      const r = await get(`/anggota?cari=sari%201${page > 1 ? `&hal=${page}` : ''}`);
      // A full page counts them (up to the cap); the last page knows from where it is.
      expect(r.count, `page ${page}`).toEqual({ value: 111, more: false, text: 'Ditemukan 111 anggota.' });
      expect(r.next).toBe(page < 4);
      seen.push(...r.ids);
    }
    expect(seen).toEqual(expected);
  });

  it('says "more than 500" when more match, without counting them all, and asks for more of the name', async () => {
    for (const personId of [w.gita.personId, w.maya, w.admin]) {
      const r = await (await viewer(personId))('/anggota?cari=sari');
      expect(r.count).toEqual({ value: FOUND_COUNT_CAP, more: true, text: 'Ditemukan lebih dari 500 anggota. Ketik namanya lebih lengkap untuk mempersempit.' });
      expect(r.ids).toEqual(sarisHolding('sari').slice(0, FOUND_PER_PAGE));
      expect(r.next).toBe(true);
    }
    const en = await (await viewer(w.gita.personId, 'en'))('/anggota?cari=SARI&hal=18');
    expect(en.count).toEqual({ value: FOUND_COUNT_CAP, more: true, text: 'More than 500 members found. Type more of her name to narrow it down.' });
    // Page 18 holds the 511th to 531st: the last page.
    expect(en.ids).toEqual(sarisHolding('sari').slice(510));
    expect(en.next).toBe(false);
  });

  it('counts a single page exactly, and a page past the end still says how many', async () => {
    const get = await viewer(w.maya, 'en');
    const one = await get('/anggota?cari=sari%2012');
    expect(one.ids).toEqual(sarisHolding('sari 12'));
    expect(one.count).toEqual({ value: 11, more: false, text: '11 members found.' });
    const past = await get('/anggota?cari=sari%2012&hal=3');
    expect(past.ids).toEqual([]);
    expect(past.count).toBeUndefined();
    expect((await get('/anggota?cari=ani')).count).toEqual({ value: 1, more: false, text: '1 member found.' });
  });

  it('finds nobody outside the viewer\'s groups, and takes % and _ as letters', async () => {
    expect((await (await viewer(w.fitri.personId))('/anggota?cari=sari')).ids).toEqual([]);
    expect((await (await viewer(w.nina))('/anggota?cari=sari')).ids).toEqual([]);
    const admin = await viewer(w.admin);
    expect((await admin('/anggota?cari=%25')).ids).toEqual([]);
    expect((await admin('/anggota?cari=sar_')).ids).toEqual([]);
  });
});
