/**
 * Fault: two bot processes on one WhatsApp number (real child processes, the real channel
 * and its Postgres lease, the fake socket in place of WhatsApp; see
 * tests/fixtures/whatsapp/holder-process.ts). Killed holder: the other process takes the
 * number over once, within the lease's bound. Holder cut off from Postgres while it lives:
 * it closes its socket before the other opens one. Never two sockets at once.
 *
 * The lease is timed short here (2 s instead of 20 s) so the test runs on real time in a
 * few seconds; the bound checked is the same formula (leaseMs + retryMs) the bot's 25 s is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readNumberLease } from '../../src/modules/whatsapp/whatsapp-lock.repository.ts';
import type { HolderEvent } from '../fixtures/whatsapp/holder-process.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';
import { eventually } from '../helpers/wait.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
// The margin (how long before expiry a cut-off holder lets go) is what a stalled event loop
// may eat: a second here, as the full suite runs many files at once on two cores.
const TIMING = { leaseMs: 2_000, renewMs: 250, retryMs: 250, marginMs: 1_000 };
/** Scheduling on a busy shared machine (two cores, other tests running): a statement or a timer may come this late. */
const SLACK_MS = 2_000;

interface Holder {
  name: string;
  child: ChildProcess;
  events: HolderEvent[];
  /** Sockets made, and the one that is connected now (opened and not ended). */
  sockets(): number;
  connected(): boolean;
  state(): string | undefined;
}

let t: TestDatabase;
const started: ChildProcess[] = [];

function startHolder(name: string, databaseUrl: string): Holder {
  const child = spawn('node', ['--import', 'tsx', 'tests/fixtures/whatsapp/holder-process.ts'], {
    cwd: ROOT,
    env: { ...process.env, LEASE_DB_URL: databaseUrl, HOLDER: name, LEASE_TIMING: JSON.stringify(TIMING) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  started.push(child);
  const events: HolderEvent[] = [];
  child.on('message', (event: HolderEvent) => events.push(event));
  const count = (kind: HolderEvent['kind']) => events.filter((e) => e.kind === kind).length;
  return {
    name,
    child,
    events,
    sockets: () => count('socket'),
    connected: () => count('open') > count('ended'),
    state: () => events.filter((e) => e.kind === 'state').at(-1)?.state ?? undefined,
  };
}

function at(holder: Holder, kind: HolderEvent['kind'], nth = 0): number {
  const event = holder.events.filter((e) => e.kind === kind)[nth];
  if (!event) throw new Error(`${holder.name} has no ${kind} #${nth}`);
  return event.at;
}

/** Every moment either holder was connected, as [from, to) intervals; they must never overlap. */
function connectedSpans(holder: Holder, until: number): [number, number][] {
  const spans: [number, number][] = [];
  let from: number | undefined;
  for (const e of holder.events) {
    if (e.kind === 'open') from = e.at;
    if (e.kind === 'ended' && from !== undefined) {
      spans.push([from, e.at]);
      from = undefined;
    }
  }
  if (from !== undefined) spans.push([from, until]);
  return spans;
}

function overlaps(a: [number, number][], b: [number, number][]): boolean {
  return a.some(([a0, a1]) => b.some(([b0, b1]) => a0 < b1 && b0 < a1));
}

beforeAll(async () => {
  t = await createTestDatabase();
});

beforeEach(async () => {
  await sql`delete from whatsapp_number_lease`.execute(t.db);
});

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

afterAll(async () => {
  await t?.drop();
});

describe('two processes on one WhatsApp number', () => {
  it('the holder is killed: the other takes the number over once, within the lease bound, never both connected', { timeout: 120_000 }, async () => {
    const holders = [startHolder('a', t.url), startHolder('b', t.url)];
    await eventually(() => holders.some((h) => h.connected()) && holders.some((h) => h.state() === 'standby'), {
      timeoutMs: 60_000,
      what: 'one process holding the number and the other in standby',
    });
    const holder = holders.find((h) => h.connected())!;
    const other = holders.find((h) => h !== holder)!;
    expect(other.sockets()).toBe(0);

    const killedAt = Date.now();
    holder.child.kill('SIGKILL');
    await eventually(() => other.connected(), { timeoutMs: 30_000, what: 'the other process to take the number over' });
    const tookOver = at(other, 'open');
    // Its last renewal was at most renewMs before the kill, so the lease ran out by killedAt + leaseMs; the next look comes retryMs later.
    expect(tookOver - killedAt).toBeLessThanOrEqual(TIMING.leaseMs + TIMING.retryMs + SLACK_MS);
    expect(at(other, 'socket')).toBeGreaterThan(killedAt);
    expect(other.sockets()).toBe(1);
    expect(holder.sockets()).toBe(1);
    // "Once" is the socket count above. The generation may be higher than 2 on a loaded machine:
    // a 2 s test lease can lapse between renewals and be taken again by the same holder, which
    // is the lease working (never two sockets), not a second takeover.
    const lease = await readNumberLease(t.db, 'default');
    expect(lease).toMatchObject({ holder: other.name });
    expect(lease?.generation).toBeGreaterThanOrEqual(2);
  });

  it("the holder's database goes silent while it lives: it closes its socket before the other opens one", { timeout: 120_000 }, async () => {
    const target = new URL(t.url);
    const proxy: TcpProxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    try {
      const cutOff = startHolder('cut-off', proxy.through(t.url));
      await eventually(() => cutOff.connected(), { timeoutMs: 60_000, what: 'the first process to hold the number' });
      const other = startHolder('other', t.url);
      await eventually(() => other.state() === 'standby', { timeoutMs: 60_000, what: 'the second process to wait in standby' });

      const cutAt = Date.now();
      proxy.cut();
      await eventually(() => other.connected(), { timeoutMs: 30_000, what: 'the other process to take the number over' });
      const now = Date.now();
      expect(at(cutOff, 'ended')).toBeLessThan(at(other, 'socket'));
      expect(overlaps(connectedSpans(cutOff, now), connectedSpans(other, now))).toBe(false);
      // It let go by itself, alive: no kill, and its lease was still running then (it expires leaseMs after its last renewal).
      expect(cutOff.child.exitCode).toBe(null);
      expect(at(cutOff, 'ended') - cutAt).toBeLessThanOrEqual(TIMING.leaseMs - TIMING.marginMs + SLACK_MS);
      expect(at(other, 'open') - cutAt).toBeLessThanOrEqual(TIMING.leaseMs + TIMING.retryMs + SLACK_MS);
      const lease = await readNumberLease(t.db, 'default');
      expect(lease).toMatchObject({ holder: 'other' });
      expect(lease?.generation).toBeGreaterThanOrEqual(2);
      expect(cutOff.sockets()).toBe(1);
      expect(other.sockets()).toBe(1);
    } finally {
      await proxy.close();
    }
  });
});
