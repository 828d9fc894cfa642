/**
 * The console's audit page at scale: server time (request in → HTML out, through the real
 * routes) and transfer size of the first page and of a page deep in the log, for an admin,
 * a programme manager and a facilitator, unfiltered and per kind. On top of the console
 * bench's deployment it writes a history: every 10th entry made on a member's behalf,
 * `refusals` refused commands over the groups, `logins` console login attempts by the staff
 * (a tenth refused). Goals (issue #19): p95 ≤ 200 ms, ≤ 100 KB.
 *
 *   npx tsx bench/console-audit.ts [--members 100000] [--groups 2000] [--entries 2000000] [--refusals 200000] [--logins 100000] [--requests 20] [--keep] [--database URL]
 *
 * `--keep` leaves the seeded database in place and prints its address (for EXPLAIN ANALYZE;
 * drop it yourself afterwards); `--database URL` measures one seeded before (migrated to the
 * latest first), so a change is measured before and after on the same rows. Each run logs
 * the viewers in, which adds login rows at the bench's "now": the newest page moves a little.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fixedClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createDb } from '../src/db/client.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createConsoleApp } from '../src/web/console-app.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { findConsoleSeed, seedConsoleDeployment } from './support/console-seed.repository.ts';
import { seedAuditHistory } from './support/console-audit-seed.repository.ts';
import { consoleSession, timePage } from './support/console-timing.ts';

const TODAY = '2026-12-10';

export async function runConsoleAuditBench(
  o: { members?: number; groups?: number; entries?: number; refusals?: number; logins?: number; requests?: number; keep?: boolean; database?: string; log?: (line: string) => void } = {},
) {
  const t = o.database ? { db: createDb(o.database, { max: 5 }), url: o.database, drop: async () => undefined } : await createTestDatabase();
  try {
    const started = performance.now();
    let seed;
    if (o.database) {
      await migrateToLatest(t.db);
      seed = await findConsoleSeed(t.db);
    } else {
      seed = await seedConsoleDeployment(t.db, { groups: o.groups ?? 2_000, members: o.members ?? 100_000, entries: o.entries ?? 2_000_000, today: TODAY });
      await seedAuditHistory(t.db, { refusals: o.refusals ?? 200_000, logins: o.logins ?? 100_000, today: TODAY });
      o.log?.(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    const clock = fixedClock(`${TODAY}T05:00:00Z`);
    const app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'bench' });
    const pages = [];
    for (const [viewer, personId] of [
      ['admin', seed.adminPersonId],
      ['programme manager', seed.managerPersonId],
      ['facilitator', seed.facilitatorPersonId],
    ] as const) {
      const get = await consoleSession(app, t.db, personId, clock);
      // A deep page: follow "older" ten times (500 rows back).
      let deep = '/audit';
      for (let i = 0; i < 10; i++) {
        const next = /href="(\/audit\?sebelum=[^"]+)" data-k="audit-older"/.exec(await (await get(deep)).text())?.[1];
        if (!next) break;
        deep = next.replaceAll('&amp;', '&');
      }
      for (const path of ['/audit', deep, '/audit?jenis=atas-nama', '/audit?jenis=penolakan', '/audit?jenis=peran', '/audit?jenis=kode-gabung', '/audit?jenis=masuk']) {
        const timing = await timePage(get, path, { requests: o.requests ?? 20, who: viewer });
        const page = { viewer, path: path === deep ? '/audit (11th page)' : path, p50Ms: Number(timing.p50Ms.toFixed(1)), p95Ms: Number(timing.p95Ms.toFixed(1)), bytes: timing.bytes };
        pages.push(page);
        o.log?.(JSON.stringify(page));
      }
    }
    return pages;
  } finally {
    if (o.keep || o.database) {
      if (!o.database) o.log?.(`kept: ${t.url}`);
      await t.db.destroy();
    } else {
      await t.drop();
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      members: { type: 'string' },
      groups: { type: 'string' },
      entries: { type: 'string' },
      refusals: { type: 'string' },
      logins: { type: 'string' },
      requests: { type: 'string' },
      keep: { type: 'boolean' },
      database: { type: 'string' },
    },
  });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const r = await runConsoleAuditBench({
    members: num(values.members),
    groups: num(values.groups),
    entries: num(values.entries),
    refusals: num(values.refusals),
    logins: num(values.logins),
    requests: num(values.requests),
    keep: values.keep,
    database: values.database,
    log: (l) => process.stderr.write(`  … ${l}\n`),
  });
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
