/**
 * One process per number, against real Postgres: two channels on one number (each with its
 * own lock connection, as two processes would have) make exactly one socket; the second
 * says why it waits, in its health and its log, and writes nothing over the holder's status
 * row; it takes over only once the first has let the number go. The admin sees who holds it.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkStatus } from '../../../src/channels/whatsapp/whatsapp.ports.ts';
import { createLogger } from '../../../src/core/logger.ts';
import { LOCK_CLASS, numberLock, numberLockHeld } from '../../../src/modules/whatsapp/whatsapp-lock.repository.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.ts';
import { harness, type Harness } from '../../fixtures/whatsapp/channel-harness.ts';
import { eventually } from '../../helpers/wait.ts';
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

/** A logger whose lines are kept, to read what a process said. */
function keptLog(lines: string[]) {
  return createLogger('info', { write: (line: string) => void lines.push(line) });
}

describe('two bots on one number', () => {
  let h: Harness;
  it('make exactly one socket; the second waits in standby and says why', async () => {
    h = harness();
    /** Two "processes", each with its own lock connection, its log and its status reports. */
    const processes = [0, 1].map(() => {
      const said: string[] = [];
      const statuses: LinkStatus[] = [];
      const channel = h.channel({
        lock: numberLock(t.url, 'default'),
        log: keptLog(said),
        alerts: { restriction: () => undefined, status: (s) => void statuses.push(s) },
      });
      return { channel, said, statuses };
    });
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

    // A minute later the waiting one looks again: still held, still one socket.
    await h.time.advance(60_000);
    expect(h.sockets.all).toHaveLength(1);

    // The holder stops; the next look takes the number over, with a socket of its own.
    await holder.channel.stop();
    await h.time.advance(60_000);
    await eventually(() => h.sockets.all.length === 2, { what: 'the second process to take the number over' });
    expect(waiting.channel.state).toBe('connecting');
    await waiting.channel.stop();
    expect(await numberLockHeld(t.db, 'default')).toBe(false);
  });

  it('a process that loses its lock (its connection killed) lets the link go instead of fighting for it', async () => {
    h = harness();
    const lock = numberLock(t.url, 'default');
    const wa = h.channel({ lock });
    await wa.start(async () => undefined);
    const socket = h.sockets.last();
    socket.open();
    // Postgres drops the lock's connection (a restart, an operator's pg_terminate_backend).
    await sql`select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and classid = ${LOCK_CLASS}::int4::oid and granted`.execute(t.db);
    await h.time.advance(60_000);
    await eventually(() => socket.ended, { what: 'the link to be let go' });
    expect(['standby', 'connecting']).toContain(wa.state);
    await wa.stop();
  });

  it('a stopped link is visible to the admin: held by its process, stopped, and why', async () => {
    h = harness();
    const wa = h.channel({
      lock: numberLock(t.url, 'default'),
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
