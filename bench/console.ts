/**
 * The web console's pages at scale: server time (request in → HTML out, through the real
 * routes, session check, scope, services and Postgres) and transfer size, for an admin
 * (everything), a programme manager (half) and a facilitator (20 groups), for every page in
 * CONSOLE_PAGES. Goals (issue #19): p95 ≤ 200 ms, ≤ 100 KB.
 *
 * A page is one line in CONSOLE_PAGES (its path may use the seeded ids). A page that answers
 * 404 to the admin is not built on this branch: it is skipped and listed under `skipped`.
 *
 *   npx tsx bench/console.ts [--members 100000] [--groups 2000] [--entries 2000000] [--requests 30]
 *                            [--pages /,/kelompok] [--keep] [--database URL]
 *
 * `--keep` leaves the seeded database (its URL is printed) and `--database URL` measures
 * one seeded before, so EXPLAIN ANALYZE and a second run need no new seeding.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fixedClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createDb } from '../src/db/client.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createConsoleApp } from '../src/web/console-app.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { findConsoleSeed, seedConsoleDeployment, type ConsoleSeed } from './support/console-seed.repository.ts';
import { consoleSession, timePage } from './support/console-timing.ts';

/** The pages measured, for every viewer; add a page with one line. */
export const CONSOLE_PAGES: { name: string; path: (seed: ConsoleSeed) => string }[] = [
  { name: 'home', path: () => '/' },
  { name: 'groups', path: () => '/kelompok' },
  { name: 'groups, page 2 by recording', path: () => '/kelompok?urut=catat&hal=2' },
  { name: 'groups by arrears', path: () => '/kelompok?urut=tunggakan' },
  { name: 'groups that stopped recording', path: () => '/kelompok?saring=berhenti' },
  { name: 'a group', path: (s) => `/kelompok/${s.sampleGroupId}` },
  { name: 'a member', path: (s) => `/anggota/${s.sampleMemberId}` },
  // The seed names members "Anggota N": a few hundred match "anggota 123", every one matches "a".
  { name: 'member search', path: () => '/anggota?cari=anggota%20123' },
  { name: 'member search matching everyone', path: () => '/anggota?cari=a' },
  { name: 'loans', path: () => '/pinjaman' },
  { name: 'loans at risk', path: () => '/pinjaman?saring=par30' },
  { name: 'leads', path: () => '/peluang' },
  { name: 'audit', path: () => '/audit' },
];

export interface ConsolePageResult {
  viewer: string;
  page: string;
  path: string;
  p50Ms: number;
  p95Ms: number;
  bytes: number;
}

export interface ConsoleBenchResult {
  members: number;
  groups: number;
  entries: number;
  seedSeconds: number;
  pages: ConsolePageResult[];
  /** Pages not built on this branch (the admin got a 404). */
  skipped: { page: string; path: string }[];
}

const TODAY = '2026-12-10';

export async function runConsoleBench(
  o: { members?: number; groups?: number; entries?: number; requests?: number; pages?: string[]; keep?: boolean; database?: string; log?: (line: string) => void } = {},
): Promise<ConsoleBenchResult> {
  const members = o.members ?? 100_000;
  const groups = o.groups ?? 2_000;
  const entries = o.entries ?? 2_000_000;
  const requests = o.requests ?? 30;
  const t = o.database
    ? { db: createDb(o.database, { max: 5 }), url: o.database, drop: async () => undefined }
    : await createTestDatabase();
  const started = performance.now();
  let seed: ConsoleSeed;
  if (o.database) {
    await migrateToLatest(t.db);
    seed = await findConsoleSeed(t.db);
  } else {
    o.log?.(`seeding ${members} members, ${groups} groups, ${entries} entries`);
    seed = await seedConsoleDeployment(t.db, { groups, members, entries, today: TODAY });
  }
  const seedSeconds = (performance.now() - started) / 1000;
  try {
    const clock = fixedClock(`${TODAY}T05:00:00Z`);
    const app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'bench' });
    const wanted = CONSOLE_PAGES.filter((p) => !o.pages || o.pages.includes(p.path(seed)) || o.pages.includes(p.name));
    const pages: ConsolePageResult[] = [];
    const skipped: ConsoleBenchResult['skipped'] = [];
    for (const [viewer, personId] of [
      ['admin', seed.adminPersonId],
      ['programme manager', seed.managerPersonId],
      ['facilitator', seed.facilitatorPersonId],
    ] as const) {
      const get = await consoleSession(app, t.db, personId, clock);
      for (const page of wanted) {
        const path = page.path(seed);
        if (skipped.some((s) => s.path === path)) continue;
        const first = await get(path);
        await first.arrayBuffer();
        if (first.status === 404 && viewer === 'admin') {
          skipped.push({ page: page.name, path });
          o.log?.(`${page.name} (${path}): 404, not on this branch, skipped`);
          continue;
        }
        if (first.status !== 200) throw new Error(`${path} answered ${first.status} to the ${viewer}`);
        const timing = await timePage(get, path, { requests, who: viewer });
        pages.push({ viewer, page: page.name, path, ...timing });
        o.log?.(`${viewer}, ${page.name} (${path}): p50 ${timing.p50Ms.toFixed(1)} ms, p95 ${timing.p95Ms.toFixed(1)} ms, ${timing.bytes} bytes`);
      }
    }
    return { members, groups, entries, seedSeconds, pages, skipped };
  } finally {
    if (o.keep && !o.database) {
      await t.db.destroy();
      o.log?.(`kept the seeded database: ${t.url}`);
    } else if (o.database) await t.db.destroy();
    else await t.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      members: { type: 'string' },
      groups: { type: 'string' },
      entries: { type: 'string' },
      requests: { type: 'string' },
      pages: { type: 'string' },
      keep: { type: 'boolean' },
      database: { type: 'string' },
    },
  });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const r = await runConsoleBench({
    members: num(values.members),
    groups: num(values.groups),
    entries: num(values.entries),
    requests: num(values.requests),
    pages: values.pages?.split(','),
    keep: values.keep,
    database: values.database,
    log: (l) => process.stderr.write(`  … ${l}\n`),
  });
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
