/**
 * Two terminal chats on one database and Redis, as `npm start` and `npm run chat -- --as
 * Siti` in two terminals: two apps (two processes' worth of workers) sharing the outbound
 * queue of platform `console`. Each terminal prints its own chat's replies only, whichever
 * worker sent them; piped input waits for its replies before stopping.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { untilAnswered } from '../../src/run.ts';
import { startConsoleApp } from '../helpers/console-app.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let r: TestRedis;
beforeAll(async () => {
  [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
});
afterAll(async () => {
  await r?.cleanup();
  await t?.drop();
});

const base = () => ({ databaseUrl: t.url, redisUrl: r.url, prefix: r.prefix });

it('prints each chat’s replies in its own terminal only, and piped input waits for its replies', async () => {
  const operator = await startConsoleApp({ ...base(), personName: 'Ibu' });
  const siti = await startConsoleApp({ ...base(), personName: 'Siti' });
  try {
    // Enough messages that both processes' workers take jobs of both chats.
    const count = 6;
    for (let i = 1; i <= count; i++) {
      operator.type(`laku ${i} piring @10rb`);
      siti.type(`laku ${i} kerudung @20rb`);
    }
    const mine = (await siti.replies(count)).join('\n');
    const theirs = (await operator.replies(count)).join('\n');
    for (let i = 1; i <= count; i++) {
      expect(mine).toContain(`Jualan ${i} kerudung × Rp20.000`);
      expect(theirs).toContain(`Jualan ${i} piring × Rp10.000`);
    }
    expect(siti.output()).not.toContain('piring');
    expect(operator.output()).not.toContain('kerudung');

    // Piped input, `printf 'laku …\nlaku …\n' | npm run chat -- --as Rina`: it stops once answered.
    // (Two sales, whose answers do not depend on the order two processes handle them in.)
    let stopped = false;
    const rina = await startConsoleApp({
      ...base(),
      personName: 'Rina',
      onInputEnd: (app) => void untilAnswered(app, () => false).then(() => app.stop()).then(() => (stopped = true)),
    });
    rina.type('laku 3 gelang @7rb');
    rina.type('laku 2 cincin @5rb');
    rina.endInput();
    await eventually(() => stopped || undefined, { what: 'the piped chat stopped' });
    const answers = rina.output().split('\n🤖 ').slice(1).join('\n');
    expect(answers).toContain('Jualan 3 gelang × Rp7.000 = Rp21.000');
    expect(answers).toContain('Jualan 2 cincin × Rp5.000 = Rp10.000');
    expect(rina.output().split('\n🤖 ')).toHaveLength(3);
    expect(operator.output() + siti.output()).not.toContain('gelang');
    expect(operator.output() + siti.output()).not.toContain('Rp21.000');
    expect(siti.output().split('\n🤖 ')).toHaveLength(count + 1);
  } finally {
    await siti.stop();
    await operator.stop();
  }
}, 60_000);
