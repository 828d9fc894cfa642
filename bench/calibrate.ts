/**
 * Machine calibration: how fast this machine's Postgres commits a single-row insert
 * (pgbench style, autocommit, over one connection and over a small pool), how long a
 * Redis round trip takes, and how long a memory load takes beyond each cache. Other benchmarks divide their figures by these, so a run on a
 * slower or busier machine can be compared with one on a faster, quieter machine.
 *
 * The inserts go to an ordinary (logged) table in a scratch database, like the bot's own
 * tables: each commit waits for the write-ahead log to reach the disk, which is what bounds
 * one connection. A temporary table (not logged) is measured too, for reference.
 *
 *   npx tsx bench/calibrate.ts [--inserts 2000] [--pings 2000]
 */
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { TEST_REDIS_URL } from '../tests/helpers/env.ts';
import { randomLoadNanos } from './support/memory-latency.ts';

export interface Calibration {
  /** Autocommit single-row inserts a second over one connection (logged table). */
  pgInsertsPerSecond1: number;
  /** The same over a pool of `pool` connections, all busy. */
  pgInsertsPerSecondPool: number;
  pool: number;
  /** One connection, temporary table (no WAL flush on commit). */
  pgTempInsertsPerSecond1: number;
  /** A simple `select 1` round trip over one connection, median. */
  pgSelectP50Ms: number;
  /**
   * CPU time of this Node process per `select $1::int` round trip (node-pg, TCP), user +
   * system: what one query costs the bot's own process, whatever the query does.
   */
  pgQueryCpuMicros: number;
  redisPingP50Ms: number;
  redisPingP99Ms: number;
  /**
   * One dependent memory load over 256 KB (fits a core's L2), 4 MB (fits an unshared L3) and
   * 64 MB (fits no cache), ns: the parser's speed follows the middle one (support/memory-latency.ts).
   */
  loadNs256K: number;
  loadNs4M: number;
  loadNs64M: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)]!;
}

async function insertRate(clients: pg.Client[], table: string, total: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    clients.map(async (c) => {
      while (next < total) {
        const n = next++;
        await c.query(`insert into ${table} (n, note) values ($1, $2)`, [n, 'calibration']);
      }
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

export async function runCalibration(options: { inserts?: number; pings?: number; pool?: number } = {}): Promise<Calibration> {
  const inserts = options.inserts ?? 2000;
  const pings = options.pings ?? 2000;
  const poolSize = options.pool ?? 4;
  const t = await createTestDatabase();
  const clients: pg.Client[] = [];
  try {
    for (let i = 0; i < poolSize; i++) {
      const c = new pg.Client({ connectionString: t.url });
      await c.connect();
      clients.push(c);
    }
    const [one] = clients as [pg.Client];
    await one.query('create table calibration (id bigserial primary key, n int not null, note text not null)');
    await one.query('create temp table calibration_temp (id bigserial primary key, n int not null, note text not null)');
    // Warm up the connections and the table.
    await insertRate(clients, 'calibration', 200);
    const pgInsertsPerSecond1 = await insertRate([one], 'calibration', inserts);
    const pgInsertsPerSecondPool = await insertRate(clients, 'calibration', inserts);
    const pgTempInsertsPerSecond1 = await insertRate([one], 'calibration_temp', inserts);
    const selects: number[] = [];
    for (let i = 0; i < Math.min(pings, 1000); i++) {
      const s = performance.now();
      await one.query('select 1');
      selects.push(performance.now() - s);
    }
    const cpu = process.cpuUsage();
    for (let i = 0; i < pings; i++) await one.query('select $1::int', [i]);
    const used = process.cpuUsage(cpu);
    const pgQueryCpuMicros = (used.user + used.system) / pings;

    const redis = new Redis(TEST_REDIS_URL);
    const rtts: number[] = [];
    try {
      for (let i = 0; i < 100; i++) await redis.ping();
      for (let i = 0; i < pings; i++) {
        const s = performance.now();
        await redis.ping();
        rtts.push(performance.now() - s);
      }
    } finally {
      await redis.quit();
    }
    rtts.sort((a, b) => a - b);
    const loadNs256K = randomLoadNanos(256 * 1024);
    const loadNs4M = randomLoadNanos(4 * 1024 * 1024);
    const loadNs64M = randomLoadNanos(64 * 1024 * 1024);
    return {
      pgInsertsPerSecond1,
      pgInsertsPerSecondPool,
      pool: poolSize,
      pgTempInsertsPerSecond1,
      pgSelectP50Ms: median(selects),
      pgQueryCpuMicros,
      redisPingP50Ms: percentile(rtts, 50),
      redisPingP99Ms: percentile(rtts, 99),
      loadNs256K,
      loadNs4M,
      loadNs64M,
    };
  } finally {
    for (const c of clients) await c.end().catch(() => undefined);
    await t.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { inserts: { type: 'string' }, pings: { type: 'string' } } });
  const result = await runCalibration({
    inserts: values.inserts ? Number(values.inserts) : undefined,
    pings: values.pings ? Number(values.pings) : undefined,
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
