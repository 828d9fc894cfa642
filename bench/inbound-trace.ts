/**
 * Where a recorded inbound message's work goes: every PostgreSQL statement and every Redis
 * command the bot process issues for it, counted and named. Measurement only (issue #21):
 * nothing of the inbound path is changed; node-pg's Client.query and ioredis' sendCommand
 * are wrapped in this process to note each call while recording is on.
 *
 * Two recordings on the inbound rig of bench/inbound.ts (intake entry, the bot's own 30/s
 * reply pacing on, as in production):
 *  - one message on an idle bot, every statement and command in order, with its time from
 *    the hand-over (BullMQ's idle polling shows up too, and is marked as such);
 *  - `--messages N` messages from N members at once: totals per message, by statement and
 *    by command (idle polling is amortised in), and Redis writes a message (a command sent on
 *    its own, or a whole pipeline, is one write the client waits on).
 *
 *   npx tsx bench/inbound-trace.ts [--messages 300] [--batch N] [--json]
 *
 * `--batch N`: INBOUND_BATCH of the bot (1: one message a transaction; unset: the config's default).
 * `--unpaced`: the bot's reply pacing off, as in bench/inbound.ts's throughput and latency runs
 * (the send worker then takes several replies at once, and they share their statements).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Redis } from 'ioredis';
import { ADMIT_SCRIPT, RELEASE_HOLD_SCRIPT, RELEASE_SCRIPT } from '../src/modules/flood/flood.ts';
import { READ_WAITING_SCRIPT, removeWaitingScript } from '../src/jobs/waiting-jobs.ts';
import { measureThroughput, saleText, startInboundRig, waitIdle } from './inbound.ts';
import { entryInsertCost, personOfTelegram } from './support/trace.repository.ts';

interface Call {
  kind: 'pg' | 'redis';
  what: string;
  atMs: number;
  /** Round trip as node-pg or ioredis saw it (sent → answered). */
  ms?: number;
  /** Redis: the command went to the server on its own, or first of its pipeline (a write the client then waits on). */
  trip?: boolean;
}

const { values } = parseArgs({ options: { messages: { type: 'string' }, batch: { type: 'string' }, json: { type: 'boolean' }, unpaced: { type: 'boolean' } } });
const batch = Number(values.messages ?? 300);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// BullMQ's Lua scripts, by the SHA1 ioredis sends with EVALSHA.
const require = createRequire(import.meta.url);
const scriptsDir = path.join(path.dirname(require.resolve('bullmq')), '..', 'esm', 'scripts');
const scriptBySha = new Map<string, string>();
for (const file of readdirSync(scriptsDir).filter((f) => f.endsWith('.js') && f !== 'index.js')) {
  const mod = (await import(path.join(scriptsDir, file))) as Record<string, { name: string; content: string }>;
  for (const script of Object.values(mod)) {
    if (script && typeof script.content === 'string') scriptBySha.set(createHash('sha1').update(script.content).digest('hex'), script.name);
  }
}

scriptBySha.set(createHash('sha1').update(ADMIT_SCRIPT).digest('hex'), 'flood admit (intake)');
scriptBySha.set(createHash('sha1').update(RELEASE_SCRIPT).digest('hex'), 'flood release');
scriptBySha.set(createHash('sha1').update(RELEASE_HOLD_SCRIPT).digest('hex'), 'flood hold release (intake, deferred)');
scriptBySha.set(createHash('sha1').update(READ_WAITING_SCRIPT).digest('hex'), 'read waiting (inbound batch)');
scriptBySha.set(createHash('sha1').update(removeWaitingScript()).digest('hex'), 'remove waiting (inbound batch)');

let recording = false;
let origin = 0;
const calls: Call[] = [];

/** A statement's text without values or whitespace runs, short enough to read in a table. */
const statement = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 160);

const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (!recording) return clientQuery.apply(this, args);
  const first = args[0] as string | { text?: string };
  const call: Call = { kind: 'pg', what: statement(typeof first === 'string' ? first : (first.text ?? '?')), atMs: performance.now() - origin };
  calls.push(call);
  const result = clientQuery.apply(this, args);
  if (result && typeof (result as Promise<unknown>).then === 'function') {
    void (result as Promise<unknown>).then(
      () => (call.ms = performance.now() - origin - call.atMs),
      () => undefined,
    );
  }
  return result;
} as typeof pg.Client.prototype.query;

/** Pipelines (multi, addBulk) seen: ioredis hands each of their commands to sendCommand with the pipeline's stream. */
const pipelines = new WeakSet<object>();
const sendCommand = Redis.prototype.sendCommand as (...args: unknown[]) => unknown;
Redis.prototype.sendCommand = function (this: Redis, ...args: unknown[]) {
  if (recording) {
    const command = args[0] as { name: string; args: unknown[]; promise?: Promise<unknown> };
    const name = command.name.toLowerCase();
    // EVAL sends the script's text (the intake's admission does, src/jobs/flood-gate.ts): named by its SHA1 too.
    const sha = name === 'eval' ? createHash('sha1').update(String(command.args[0])).digest('hex') : String(command.args[0]);
    const what = name === 'evalsha' || name === 'eval' ? `${name} ${scriptBySha.get(sha) ?? 'script'}` : name;
    const stream = args[1];
    const trip = typeof stream !== 'object' || stream === null || !pipelines.has(stream);
    if (typeof stream === 'object' && stream !== null) pipelines.add(stream);
    const call: Call = { kind: 'redis', what, atMs: performance.now() - origin, trip };
    calls.push(call);
    void command.promise?.then(
      () => (call.ms = performance.now() - origin - call.atMs),
      () => undefined,
    );
  }
  return sendCommand.apply(this, args);
} as typeof Redis.prototype.sendCommand;

const rig = await startInboundRig({ entry: 'intake', limited: false, paced: values.unpaced !== true, senders: Math.max(batch, 200), inboundBatch: values.batch ? Number(values.batch) : undefined });
try {
  // Warm-up: connections, prepared plans, JIT; then let the replies drain.
  await measureThroughput(rig, 200);
  await waitIdle(rig);
  await sleep(500);

  // One message on an idle bot.
  const sentBefore = rig.api.sent.length;
  calls.length = 0;
  origin = performance.now();
  recording = true;
  await rig.send(rig.senders[0]!, saleText(1));
  while (rig.api.sent.length === sentBefore) await sleep(5);
  const repliedAt = performance.now() - origin;
  await sleep(300); // the send job's completion comes after the reply
  recording = false;
  const one = calls.splice(0);

  // A batch: per-message totals.
  await waitIdle(rig);
  const batchBefore = rig.api.sent.length;
  const cpu = process.cpuUsage();
  origin = performance.now();
  recording = true;
  await Promise.all(rig.senders.slice(0, batch).map((chat, i) => rig.send(chat, saleText(i))));
  while (rig.api.sent.length - batchBefore < batch) await sleep(10);
  await sleep(300);
  recording = false;
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - origin) / 1000;
  const many = calls.splice(0);

  const tally = (list: Call[]) => {
    const by = new Map<string, { kind: string; what: string; count: number; ms: number }>();
    for (const c of list) {
      const key = `${c.kind} ${c.what}`;
      const row = by.get(key) ?? { kind: c.kind, what: c.what, count: 0, ms: 0 };
      row.count += 1;
      row.ms += c.ms ?? 0;
      by.set(key, row);
    }
    return [...by.values()].sort((a, b) => b.count - a.count);
  };
  const perMessage = tally(many).map((r) => ({ ...r, perMessage: Number((r.count / batch).toFixed(2)), msEach: r.count ? Number((r.ms / r.count).toFixed(2)) : 0 }));
  // What the rollup trigger adds to the entry's insert, for the bench's members and for one in a group.
  const person = await personOfTelegram(rig.t.db, rig.senders[1]!);
  const entryInsert = [];
  for (const inGroup of [false, true, false, true]) entryInsert.push(await entryInsertCost(rig.t.db, person, inGroup));
  const result = {
    entryInsert: entryInsert.slice(2),
    load: (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim(),
    one: { repliedAtMs: Number(repliedAt.toFixed(1)), calls: one.map((c) => ({ ...c, atMs: Number(c.atMs.toFixed(1)), ms: c.ms === undefined ? undefined : Number(c.ms.toFixed(2)) })) },
    batch: {
      messages: batch,
      seconds: Number(seconds.toFixed(2)),
      pgPerMessage: Number((many.filter((c) => c.kind === 'pg').length / batch).toFixed(2)),
      redisPerMessage: Number((many.filter((c) => c.kind === 'redis').length / batch).toFixed(2)),
      redisTripsPerMessage: Number((many.filter((c) => c.kind === 'redis' && c.trip).length / batch).toFixed(2)),
      cpuMicrosPerMessage: Math.round((used.user + used.system) / batch),
      rows: perMessage,
    },
  };
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    for (const e of result.entryInsert) process.stdout.write(`entry insert ${e.inGroup ? 'by a group member' : 'by a member of no group'}: ${e.totalMs.toFixed(2)} ms in Postgres; triggers ${e.triggers.map((t) => `${t.name} ${t.ms.toFixed(2)} ms`).join(', ')}\n`);
    process.stdout.write(`load ${result.load}\n\none message (reply accepted at ${result.one.repliedAtMs} ms):\n`);
    for (const c of result.one.calls) process.stdout.write(`  ${c.atMs.toFixed(1).padStart(8)} ms  ${c.kind.padEnd(5)} ${c.ms === undefined ? '' : `(${c.ms} ms) `}${c.what}\n`);
    process.stdout.write(`\n${batch} messages in ${result.batch.seconds} s: ${result.batch.pgPerMessage} PG statements and ${result.batch.redisPerMessage} Redis commands a message (${result.batch.redisTripsPerMessage} writes: a pipeline is one), ${result.batch.cpuMicrosPerMessage} µs CPU a message (bot and driver)\n`);
    for (const r of result.batch.rows) process.stdout.write(`  ${String(r.perMessage).padStart(6)}  ${r.kind.padEnd(5)} ${r.kind === 'pg' ? `${String(r.msEach).padStart(6)} ms ` : ''}${r.what}\n`);
  }
} finally {
  await rig.stop();
}
