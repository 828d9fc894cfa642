/**
 * The console's member import at its stated size (issue #20): a facilitator uploads a CSV of
 * 5,000 rows over her 20 groups (4,500 new people, 500 people the bot knows by phone), reads
 * the dry run and confirms, through the real routes, session and scope checks, against a
 * deployment of 100 groups and 20,000 people with phones (2,000 of them members already).
 * Goal: the import (upload + dry run + confirmation) ≤ 10 s. Also timed: each step, and the
 * dry run page's size. Checks the rows written, so a fast run that wrote nothing fails.
 *
 *   npx tsx bench/member-import.ts [--rows 5000] [--people 20000]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fixedClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../src/modules/console-access/console-access.service.ts';
import { addFacilitator, createGroup } from '../src/modules/groups/groups.service.ts';
import { upsertActiveMemberships } from '../src/modules/groups/groups.repository.ts';
import { insertPeople } from '../src/modules/people/people.repository.ts';
import { createConsoleApp, SESSION_COOKIE } from '../src/web/console-app.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { analyze, importWritten } from './support/member-import-seed.repository.ts';

export interface MemberImportBenchResult {
  rows: number;
  people: number;
  uploadMs: number;
  dryRunMs: number;
  dryRunBytes: number;
  confirmMs: number;
  totalMs: number;
}

const TZ = 'Asia/Jakarta';
/** A distinct valid mobile number per n: +62 813 1xxx xxxx. */
const phoneOf = (n: number) => `+62813${String(10_000_000 + n)}`;

export async function runMemberImportBench(o: { rows?: number; people?: number; log?: (line: string) => void } = {}): Promise<MemberImportBenchResult> {
  const rowCount = o.rows ?? 5_000;
  const peopleCount = o.people ?? 20_000;
  const t = await createTestDatabase();
  try {
    const clock = fixedClock('2026-12-10T05:00:00Z');
    o.log?.(`seeding 100 groups, ${peopleCount} people with phones`);
    const fitri = await addFacilitator(t.db, { name: 'Fitri', telegramId: '9001', timeZone: TZ });
    const other = await addFacilitator(t.db, { name: 'Gita', telegramId: '9002', timeZone: TZ });
    const groups: { id: number; name: string }[] = [];
    for (let i = 0; i < 100; i++) {
      const g = await createGroup(t.db, { name: `Kelompok ${i}`, trades: ['kuliner'], facilitatorId: (i < 20 ? fitri : other).id, timeZone: TZ });
      groups.push({ id: g.id, name: g.name });
    }
    const known = await insertPeople(
      t.db,
      Array.from({ length: peopleCount }, (_, i) => ({ name: `Warga ${i}`, phone: phoneOf(i), timeZone: TZ })),
    );
    // 2,000 of them are members of the other facilitator's groups already.
    await upsertActiveMemberships(
      t.db,
      known.slice(0, 2_000).map((personId, i) => ({ groupId: groups[20 + (i % 80)]!.id, personId, role: 'anggota' as const })),
      clock.now(),
    );
    // The people the file names by phone were members of another of Fitri's groups: a
    // facilitator matches a known phone only for someone in her scope (member-import.ts).
    await upsertActiveMemberships(
      t.db,
      known
        .slice(Math.floor(peopleCount / 4), Math.floor(peopleCount / 4) + rowCount)
        .flatMap((personId, j) => (j % 10 === 0 ? [{ groupId: groups[(j + 1) % 20]!.id, personId, role: 'anggota' as const }] : [])),
      clock.now(),
    );
    await analyze(t.db);

    // 10 % known people (by phone, their names as the bot knows them), the rest new; groups by name and by id.
    const lines = ['nama;hp;kelompok;peran'];
    for (let i = 0; i < rowCount; i++) {
      const g = groups[i % 20]!;
      const isKnown = i % 10 === 0;
      const n = isKnown ? (Math.floor(peopleCount / 4) + i) % peopleCount : peopleCount + i;
      lines.push(`${isKnown ? `Warga ${n}` : `Anggota Baru ${i}`};${phoneOf(n)};${i % 2 ? g.name : g.id};${i % 50 === 0 ? 'bendahara' : ''}`);
    }
    const csv = new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);

    const app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: TZ, secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'bench' });
    const { token } = await issueLogin(t.db, fitri.person.id, clock.now());
    const session = await loginWithLink(t.db, token, 'bench', clock.now());
    if (typeof session === 'string') throw new Error(session);
    const cookie = `${SESSION_COOKIE}=${session.token}`;
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await app.request('/', { headers: { cookie } })).text())![1]!;

    o.log?.(`importing ${rowCount} rows`);
    const t0 = performance.now();
    const form = new FormData();
    form.set('csrf', csrf);
    form.set('berkas', new File([csv], 'anggota.csv'));
    const uploaded = await app.request('/anggota/impor', { method: 'POST', body: form, headers: { cookie }, redirect: 'manual' });
    const path = uploaded.headers.get('location');
    if (uploaded.status !== 303 || !path) throw new Error(`upload answered ${uploaded.status}`);
    const t1 = performance.now();
    const dryRun = await app.request(path, { headers: { cookie } });
    const page = await dryRun.text();
    const t2 = performance.now();
    if (!page.includes('data-k="errors" data-value="0"')) throw new Error('the dry run found problems');
    const confirmed = await app.request(path, { method: 'POST', body: new URLSearchParams({ csrf }), headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    const t3 = performance.now();
    if (confirmed.headers.get('location') !== path) throw new Error(`the confirmation was refused (${confirmed.status} → ${confirmed.headers.get('location') ?? ''})`);

    const written = await importWritten(t.db, fitri.id);
    const newPeople = rowCount - Math.ceil(rowCount / 10);
    // Each row's membership, and the known people's earlier ones in another of her groups.
    if (written.members !== rowCount + Math.ceil(rowCount / 10) || written.audits !== rowCount) throw new Error(`written: ${JSON.stringify(written)}`);
    if (written.people !== peopleCount + newPeople + 2) throw new Error(`people: ${written.people}`);
    return { rows: rowCount, people: peopleCount, uploadMs: t1 - t0, dryRunMs: t2 - t1, dryRunBytes: page.length, confirmMs: t3 - t2, totalMs: t3 - t0 };
  } finally {
    await t.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rows: { type: 'string' }, people: { type: 'string' } } });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const r = await runMemberImportBench({ rows: num(values.rows), people: num(values.people), log: (l) => process.stderr.write(`  … ${l}\n`) });
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
