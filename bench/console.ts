/**
 * The web console's pages (home, loans, loans at risk, leads) at scale: server time (request in → HTML out, through the
 * real routes, session check, scope, services and Postgres) and transfer size, for an
 * admin (everything), a programme manager (half) and a facilitator (20 groups).
 * Goals (issue #19): p95 ≤ 200 ms, ≤ 100 KB.
 *
 *   npx tsx bench/console.ts [--members 100000] [--groups 2000] [--entries 2000000] [--requests 30]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fixedClock } from '../src/core/clock.ts';
import { silentLogger } from '../src/core/logger.ts';
import { issueLogin, loginWithLink } from '../src/modules/console-access/console-access.service.ts';
import { createConsoleApp, SESSION_COOKIE } from '../src/web/console-app.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { seedConsoleDeployment } from './support/console-seed.repository.ts';

export interface ConsoleBenchResult {
  members: number;
  groups: number;
  entries: number;
  seedSeconds: number;
  pages: { viewer: string; path: string; p50Ms: number; p95Ms: number; bytes: number }[];
}

const TODAY = '2026-12-10';
const PATHS = ['/', '/pinjaman', '/pinjaman?saring=par30', '/peluang'];

export async function runConsoleBench(o: { members?: number; groups?: number; entries?: number; requests?: number; log?: (line: string) => void } = {}): Promise<ConsoleBenchResult> {
  const members = o.members ?? 100_000;
  const groups = o.groups ?? 2_000;
  const entries = o.entries ?? 2_000_000;
  const requests = o.requests ?? 30;
  const t = await createTestDatabase();
  try {
    const started = performance.now();
    o.log?.(`seeding ${members} members, ${groups} groups, ${entries} entries`);
    const seed = await seedConsoleDeployment(t.db, { groups, members, entries, today: TODAY });
    const seedSeconds = (performance.now() - started) / 1000;
    const clock = fixedClock(`${TODAY}T05:00:00Z`);
    const app = createConsoleApp({ db: t.db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => 'bench' });
    const pages = [];
    for (const [viewer, personId] of [
      ['admin', seed.adminPersonId],
      ['programme manager', seed.managerPersonId],
      ['facilitator', seed.facilitatorPersonId],
    ] as const) {
      const { token } = await issueLogin(t.db, personId, clock.now());
      const session = await loginWithLink(t.db, token, 'bench', clock.now());
      if (typeof session === 'string') throw new Error(session);
      for (const path of PATHS) {
        const get = () => app.request(path, { headers: { cookie: `${SESSION_COOKIE}=${session.token}` } });
        for (let i = 0; i < 3; i++) await (await get()).text(); // warm-up
        const times: number[] = [];
        let bytes = 0;
        for (let i = 0; i < requests; i++) {
          const t0 = performance.now();
          const res = await get();
          const body = await res.arrayBuffer();
          times.push(performance.now() - t0);
          if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
          bytes = body.byteLength;
        }
        times.sort((a, b) => a - b);
        const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
        pages.push({ viewer, path, p50Ms: at(0.5), p95Ms: at(0.95), bytes });
        o.log?.(`${viewer} ${path}: p95 ${at(0.95).toFixed(1)} ms, ${bytes} bytes`);
      }
    }
    return { members, groups, entries, seedSeconds, pages };
  } finally {
    await t.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { members: { type: 'string' }, groups: { type: 'string' }, entries: { type: 'string' }, requests: { type: 'string' } } });
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const r = await runConsoleBench({ members: num(values.members), groups: num(values.groups), entries: num(values.entries), requests: num(values.requests), log: (l) => process.stderr.write(`  … ${l}\n`) });
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
