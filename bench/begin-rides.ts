/**
 * What BEGIN riding with a transaction's first statement saves (src/db/begin-rides.ts), alone:
 * a transaction of the batch's shape in small (advisory lock, one statement, COMMIT) through
 * kysely's PostgresDialect and through the bot's BeginRidingDialect, alternating, on the
 * local PostgreSQL: 2,000 of each, taking turns, after 200 to warm up; the median of each.
 *
 *   npx tsx bench/begin-rides.ts [--database URL]
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { BeginRidingDialect } from '../src/db/begin-rides.ts';
import { lockedTransaction as transaction } from './support/begin-rides.repository.ts';
import { TEST_DATABASE_URL } from '../tests/helpers/env.ts';
import { median } from './calibrate.ts';

const { values } = parseArgs({ options: { database: { type: 'string' } } });
const url = values.database ?? TEST_DATABASE_URL;
const plain = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) });
const riding = new Kysely<unknown>({ dialect: new BeginRidingDialect({ pool: new pg.Pool({ connectionString: url, max: 2, pipeline: true } as pg.PoolConfig) }) });
// Each transaction timed on its own, the two kinds taking turns, so that a burst of other work on
// the machine falls on both alike; the median of each kind's transactions is the figure.
const times = { plain: [] as number[], riding: [] as number[] };
try {
  for (let i = 0; i < 200; i++) {
    await transaction(plain);
    await transaction(riding);
  }
  for (let i = 0; i < 2000; i++) {
    for (const [name, db] of i % 2 === 0 ? ([['plain', plain], ['riding', riding]] as const) : ([['riding', riding], ['plain', plain]] as const)) {
      const started = performance.now();
      await transaction(db);
      times[name].push(performance.now() - started);
    }
  }
} finally {
  await Promise.all([plain.destroy(), riding.destroy()]);
}
process.stdout.write(
  `ms a transaction (lock, one statement, COMMIT): BEGIN alone ${median(times.plain).toFixed(3)}, BEGIN riding ${median(times.riding).toFixed(3)} (load average ${loadavg()[0]!.toFixed(1)})\n`,
);
