/**
 * The console's member page at scale: server time (request in → HTML or PNG out, through the
 * real routes, session check, scope check, services and Postgres) and transfer size, on the
 * deployment of bench/console.ts (100k members, 2,000 groups, 2M entries) for an admin, a
 * programme manager and a facilitator looking at a typical member (≈20 entries) and at one
 * with a busy year (3,000 entries more: page 1 and a deep page), and her month chart.
 * Goals (issue #19): p95 ≤ 200 ms, ≤ 100 KB.
 *
 *   npx tsx bench/console-member.ts [--members 100000] [--groups 2000] [--entries 2000000] [--requests 30]
 */
import { parseArgs } from 'node:util';
import { fixedClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { createConsoleApp } from '../src/web/console-app.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { seedConsoleDeployment } from './support/console-seed.repository.ts';
import { explainEntriesPage, memberBenchTargets } from './support/console-member-seed.repository.ts';
import { consoleSession, timePage } from './support/console-timing.ts';

const TODAY = '2026-12-10';

export interface MemberBenchResult {
  members: number;
  groups: number;
  entries: number;
  pages: { what: string; p50Ms: number; p95Ms: number; bytes: number }[];
  plans: { deepPage: string };
}

export async function runMemberBench(o: { members?: number; groups?: number; entries?: number; requests?: number; log?: (line: string) => void } = {}): Promise<MemberBenchResult> {
  const members = o.members ?? 100_000;
  const groups = o.groups ?? 2_000;
  const entries = o.entries ?? 2_000_000;
  const requests = o.requests ?? 30;
  const t = await createTestDatabase();
  try {
    o.log?.(`seeding ${members} members, ${groups} groups, ${entries} entries`);
    const seed = await seedConsoleDeployment(t.db, { groups, members, entries, today: TODAY });
    const target = await memberBenchTargets(t.db, { facilitatorPersonId: seed.facilitatorPersonId, programmeId: seed.programmeIds[0], heavyEntries: 3_000, today: TODAY });
    const clock = fixedClock(`${TODAY}T05:00:00Z`);
    const app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'bench' });
    const pages = [];
    const cases: [string, number, string][] = [
      ['admin, typical member', seed.adminPersonId, `/anggota/${target.typical}`],
      ['programme manager, typical member', seed.managerPersonId, `/anggota/${target.typical}`],
      ['facilitator, typical member', seed.facilitatorPersonId, `/anggota/${target.typical}`],
      ['admin, busy member, page 1', seed.adminPersonId, `/anggota/${target.heavy}`],
      ['admin, busy member, page 100', seed.adminPersonId, `/anggota/${target.heavy}?hal=100`],
      ['facilitator, busy member, month chart PNG', seed.facilitatorPersonId, `/anggota/${target.heavy}/grafik.png?periode=bulan`],
    ];
    for (const [what, personId, path] of cases) {
      const get = await consoleSession(app, t.db, personId, clock);
      const timing = await timePage(get, path, { requests, warmUp: 3 });
      pages.push({ what, ...timing });
      o.log?.(`${what}: p50 ${timing.p50Ms.toFixed(1)} ms, p95 ${timing.p95Ms.toFixed(1)} ms, ${timing.bytes} bytes`);
    }
    return { members, groups, entries, pages, plans: { deepPage: await explainEntriesPage(t.db, target.heavy, 99 * 30) } };
  } finally {
    await t.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { members: { type: 'string' }, groups: { type: 'string' }, entries: { type: 'string' }, requests: { type: 'string' } } });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const r = await runMemberBench({ members: num(values.members), groups: num(values.groups), entries: num(values.entries), requests: num(values.requests), log: (l) => process.stderr.write(`  … ${l}\n`) });
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
