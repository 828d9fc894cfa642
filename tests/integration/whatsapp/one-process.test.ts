/**
 * One process per number, against real Postgres: two channels on one number (each with its
 * own lease connection, as two processes would have) make exactly one socket; the second
 * says why it waits, in its health and its log, and writes nothing over the holder's status
 * row; it takes over only once the first has let the number go. A holder cut off from its
 * database closes its socket before the lease could expire. The admin sees who holds it.
 * (Processes killed for real: tests/faults/whatsapp-holder-killed.test.ts.)
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LinkStatus } from '../../../src/channels/whatsapp/whatsapp.ports.ts';
import { createLogger } from '../../../src/core/logger.ts';
import { numberLock, numberLockHeld, readNumberLease, type NumberLock } from '../../../src/modules/whatsapp/whatsapp-lock.repository.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.ts';
import { harness, type Harness } from '../../fixtures/whatsapp/channel-harness.ts';
import { eventually } from '../../helpers/wait.ts';
import { startTcpProxy } from '../../helpers/tcp-proxy.ts';
import { runAdminCommand } from '../../helpers/admin-cli.ts';
import { CLIENT_TOO_OLD } from '../../../src/channels/whatsapp/whatsapp.reconnect.ts';
import { silentLogger } from '../../../src/core/logger.ts';
import { whatsappAlerts } from '../../../src/jobs/whatsapp-notices.ts';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});

afterAll(async () => {
  await t?.drop();
});

// Each test starts with the number free (a failed one may have left its lease behind).
beforeEach(async () => {
  await sql`delete from whatsapp_number_lease`.execute(t.db);
});

/** A lease whose statements the test can wait for: simulated time moves only once the database has answered. */
function tracked(lock: NumberLock): NumberLock & { answered(): Promise<void> } {
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>) => {
    inFlight.add(p);
    void p.catch(() => undefined).finally(() => inFlight.delete(p));
    return p;
  };
  return {
    timing: lock.timing,
    acquire: () => track(lock.acquire()),
    renew: () => track(lock.renew()),
    release: () => track(lock.release()),
    async answered() {
      while (inFlight.size) await Promise.allSettled([...inFlight]);
    },
  };
}

/** Moves simulated time in renewal-sized steps, letting the database answer each step's statements. */
async function advance(h: Harness, locks: ReturnType<typeof tracked>[], ms: number, step = 1000): Promise<void> {
  for (let done = 0; done < ms; done += step) {
    await h.time.advance(Math.min(step, ms - done));
    await Promise.all(locks.map((l) => l.answered()));
  }
  await h.time.advance(0);
}

/** A logger whose lines are kept, to read what a process said. */
function keptLog(lines: string[]) {
  return createLogger('info', { write: (line: string) => void lines.push(line) });
}

describe('two bots on one number', () => {
  let h: Harness;
  it('make exactly one socket; the second waits in standby and says why', async () => {
    h = harness();
    /** Two "processes", each with its own lock connection, its log and its status reports. */
    const processes = [0, 1].map((i) => {
      const said: string[] = [];
      const statuses: LinkStatus[] = [];
      const lock = tracked(numberLock(t.url, 'default', { holder: `bot-${i}` }));
      const channel = h.channel({
        lock,
        log: keptLog(said),
        alerts: { restriction: () => undefined, status: (s) => void statuses.push(s) },
      });
      return { channel, said, statuses, lock };
    });
    const locks = processes.map((p) => p.lock);
    // Started together, as two copies of the bot started at once would be.
    await Promise.all(processes.map((p) => p.channel.start(async () => undefined)));
    expect(h.sockets.all).toHaveLength(1);
    const holder = processes.find((p) => p.channel.state !== 'standby')!;
    const waiting = processes.find((p) => p.channel.state === 'standby')!;
    expect(holder).toBeDefined();
    expect(waiting).toBeDefined();
    expect(waiting.channel.connection()).toEqual({ connected: false, reason: 'standby: another process holds this WhatsApp number' });
    expect(waiting.said.join('\n')).toContain('whatsapp not connecting: standby: another process holds this WhatsApp number');
    expect(waiting.statuses).toEqual([]); // the status row is the holder's
    expect(holder.statuses.at(-1)).toMatchObject({ state: 'connecting' });
    expect(await numberLockHeld(t.db, 'default')).toBe(true);

    // A minute on, the holder has renewed its lease and the waiting one looked a dozen times: still one socket.
    await advance(h, locks, 60_000);
    expect(h.sockets.all).toHaveLength(1);
    expect(h.sockets.all[0]!.ended).toBe(false);
    expect(await readNumberLease(t.db, 'default')).toMatchObject({ generation: 1 });

    // The holder stops (its lease ends at once); the next look, seconds later, takes the number over with a socket of its own.
    await holder.channel.stop();
    expect(h.sockets.all[0]!.ended).toBe(true);
    await advance(h, locks, 5_000);
    await eventually(() => h.sockets.all.length === 2, { what: 'the second process to take the number over' });
    expect(waiting.channel.state).toBe('connecting');
    expect(await readNumberLease(t.db, 'default')).toMatchObject({ generation: 2, holder: waiting === processes[0] ? 'bot-0' : 'bot-1' });
    await waiting.channel.stop();
    expect(await numberLockHeld(t.db, 'default')).toBe(false);
  });

  it('a holder cut off from its database closes its socket before its lease could expire; another takes over only after', async () => {
    /** Whether the holder's socket had ended when the next socket was made: never two at once. */
    const endedWhenNext: boolean[] = [];
    h = harness((socket) => endedWhenNext.push(h.sockets.all.filter((s) => s !== socket).every((s) => s.ended)));
    const timing = { leaseMs: 2_000, renewMs: 500, retryMs: 500, marginMs: 500 };
    const target = new URL(t.url);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    try {
      const cutOff = tracked(numberLock(proxy.through(t.url), 'default', { holder: 'cut-off', timing }));
      const holder = h.channel({ lock: cutOff });
      await holder.start(async () => undefined);
      const socket = h.sockets.last();
      socket.open();
      await advance(h, [cutOff], 1_000, 250);
      expect(holder.state).toBe('open');
      const other = tracked(numberLock(t.url, 'default', { holder: 'other', timing }));
      const next = h.channel({ lock: other });
      await next.start(async () => undefined);
      expect(next.state).toBe('standby');

      // The network between the holder and Postgres goes silent: its renewals get no answer.
      proxy.cut();
      const lease = await readNumberLease(t.db, 'default');
      await h.time.advance(timing.leaseMs - timing.marginMs);
      expect(socket.ended).toBe(true);
      expect(holder.state).toBe('standby');
      const member = '6281234567890@s.whatsapp.net';
      h.wroteBefore.add(member); // an answer: nothing but the link holds it back
      await expect(holder.send({ platform: 'whatsapp', chatId: member, text: 'halo' })).rejects.toThrow('whatsapp is not connected');
      // It let go while its lease still ran: nobody could have taken the number before.
      const [{ running }] = (await sql<{ running: boolean }>`select ${lease!.expires_at} > now() as running`.execute(t.db)).rows as [{ running: boolean }];
      expect(running).toBe(true);

      // Once the lease expires (Postgres's clock: real time), the other process's next look takes the number.
      await eventually(
        async () => {
          await h.time.advance(timing.retryMs);
          await other.answered();
          return h.sockets.all.length === 2;
        },
        { what: 'the other process to take the number over' },
      );
      expect(endedWhenNext).toEqual([true, true]);
      expect(await readNumberLease(t.db, 'default')).toMatchObject({ holder: 'other', generation: 2 });
      await holder.stop();
      await next.stop();
    } finally {
      await proxy.close();
    }
  });

  it('a holder whose lease another process took (a renewal that finds it gone) lets the link go at once', async () => {
    h = harness();
    const lock = tracked(numberLock(t.url, 'default', { holder: 'first' }));
    const wa = h.channel({ lock });
    await wa.start(async () => undefined);
    const socket = h.sockets.last();
    socket.open();
    // An operator (or a process that judged the lease expired) hands the number to another token.
    await sql`update whatsapp_number_lease set token = 'someone-else', holder = 'someone-else' where account = 'default'`.execute(t.db);
    await advance(h, [lock], lock.timing.renewMs);
    expect(socket.ended).toBe(true);
    expect(wa.state).toBe('standby');
    await wa.stop();
  });

  it('a stopped link is visible to the admin: held by its process, stopped, and why', async () => {
    h = harness();
    const wa = h.channel({
      lock: numberLock(t.url, 'default', { holder: 'bot-1:42' }),
      alerts: whatsappAlerts({ db: t.db, clock: h.time.clock, log: silentLogger(), dispatch: async () => undefined, account: 'default', holder: 'bot-1:42' }),
    });
    await wa.start(async () => undefined);
    h.sockets.last().close(CLIENT_TOO_OLD);
    const status = await eventually(async () => {
      const run = await runAdminCommand(t.db, h.time.clock, ['whatsapp', 'status']);
      const json = run.json<{ state: string }>();
      return json.state === 'stopped' ? json : undefined;
    }, { what: 'the admin to see the stop' });
    expect(status).toMatchObject({ held: true, state: 'stopped', reason: expect.stringContaining('(405): update Baileys'), holder: 'bot-1:42', restriction: null });
    await wa.stop();
    expect((await runAdminCommand(t.db, h.time.clock, ['whatsapp', 'status'])).json()).toMatchObject({ held: false });
  });
});
