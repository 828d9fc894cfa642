/**
 * Where an inbound message's latency goes, stage by stage (issue #21: the latency goal is
 * p50 ≤ 5 ms, p99 ≤ 25 ms at 200 msg/s offered, hand-over → reply accepted by the fake Bot
 * API, as bench/inbound.ts's `measureLatency` measures it). The same rig as bench/inbound.ts
 * (intake entry, no send limit, the bot's reply pacing off); messages are offered at each
 * `--rate` for `--seconds`, and each one's way is cut at:
 *
 *   hand-over → intake answered (its job added)           `intake`
 *             → its job taken by the shard's worker        `queued`   (a batch's read jobs: their head's)
 *             → its batch's BEGIN sent                    `before BEGIN` (reading the jobs behind it, parsing)
 *             → its batch's COMMIT answered               `BEGIN→COMMIT`
 *             → its reply's send job added                 `dispatch`
 *             → the send job taken by the send worker      `send queued`
 *             → the reply accepted by the fake Bot API     `send`
 *
 * Times come from wrappers around BullMQ and node-pg in this process (bench/support/stage-probe.ts),
 * nothing is logged on the bot's path. At a low rate (20/s: no CPU contention) what remains
 * is structural: waits the code makes, not work.
 *
 *   npx tsx bench/inbound-stages.ts [--rates 20,200] [--seconds 10] [--batch N] [--shards N] [--json]
 */
import { parseArgs } from 'node:util';
import { INBOUND_SHARDS, shardOf } from '../src/jobs/queues.ts';
import { percentile } from './calibrate.ts';
import { saleText, startInboundRig, waitIdle, type InboundRig } from './inbound.ts';
import { installProbe, lastAtOrBefore, probe } from './support/stage-probe.ts';
import { repliesByMessage } from './support/stages.repository.ts';
import { privateText } from './support/worker-fleet.ts';

const STAGES = ['intake', 'queued', 'before BEGIN', 'BEGIN→COMMIT', 'dispatch', 'send queued', 'send', 'total'] as const;
type Stage = (typeof STAGES)[number];

export interface StageRow {
  stage: Stage;
  p50Ms: number;
  meanMs: number;
  p99Ms: number;
}

export interface StageRun {
  rate: number;
  messages: number;
  traced: number;
  /** Transactions committed (inbound batches and the rest), and a transaction's statements and round trips, on average. */
  transactions: number;
  statementsPerTransaction: number;
  tripsPerTransaction: number;
  rows: StageRow[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let nextMessageId = 1_000_000;

async function measureStages(rig: InboundRig, rate: number, seconds: number, shards: number, senders = 200): Promise<StageRun> {
  const offered = new Map<string, { chat: number; handOver: number; intake?: number }>();
  const accepted = new Map<string, number[]>();
  rig.api.onSend = (s) => {
    const list = accepted.get(s.chatId) ?? [];
    list.push(s.hr);
    accepted.set(s.chatId, list);
  };
  probe.inboundTaken.clear();
  probe.headsByQueue.clear();
  probe.commits.length = 0;
  probe.beganOf.clear();
  probe.transactions.length = 0;
  probe.outbound.clear();
  probe.recording = true;
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const order: string[] = [];
  const handOvers: Promise<void>[] = [];
  while (order.length < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate) + 1);
    while (order.length < due) {
      const n = order.length;
      const chat = rig.senders[n % Math.min(senders, rig.senders.length)]!;
      const id = String(nextMessageId++);
      const entry: { chat: number; handOver: number; intake?: number } = { chat, handOver: performance.now() };
      offered.set(id, entry);
      order.push(id);
      handOvers.push(rig.app.intake(privateText(chat, Number(id), saleText(n))).then(() => void (entry.intake = performance.now())));
    }
    await sleep(1);
  }
  await Promise.all(handOvers);
  await waitIdle(rig);
  probe.recording = false;
  rig.api.onSend = undefined;

  const keyOf = new Map((await repliesByMessage(rig.t.db)).map((r) => [r.messageId, r.key]));
  const commits = [...probe.commits].sort((a, b) => a - b);
  for (const heads of probe.headsByQueue.values()) heads.sort((a, b) => a - b);
  const samples = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  // The replies reach each chat in her messages' order: the i-th accepted is her i-th message's.
  const nth = new Map<number, number>();
  let traced = 0;
  for (const id of order) {
    const m = offered.get(id)!;
    const i = nth.get(m.chat) ?? 0;
    nth.set(m.chat, i + 1);
    const accept = accepted.get(String(m.chat))?.[i];
    const key = keyOf.get(id);
    const out = key === undefined ? undefined : probe.outbound.get(key);
    if (accept === undefined || m.intake === undefined || out?.addCalled === undefined || out.added === undefined || out.taken === undefined) continue;
    const commit = lastAtOrBefore(commits, out.addCalled);
    const shard = `inbound-${shardOf('telegram', String(m.chat), shards)}`;
    const taken = probe.inboundTaken.get(id) ?? (commit === undefined ? undefined : lastAtOrBefore(probe.headsByQueue.get(shard) ?? [], commit));
    if (commit === undefined || taken === undefined) continue;
    traced++;
    const add = (stage: Stage, ms: number) => samples.get(stage)!.push(ms);
    add('intake', m.intake - m.handOver);
    add('queued', taken - m.intake);
    const begin = probe.beganOf.get(commit) ?? commit;
    add('before BEGIN', begin - taken);
    add('BEGIN→COMMIT', commit - begin);
    add('dispatch', out.added - commit);
    add('send queued', out.taken - out.added);
    add('send', accept - out.taken);
    add('total', accept - m.handOver);
  }
  const rows = STAGES.map((stage): StageRow => {
    const sorted = samples.get(stage)!.sort((a, b) => a - b);
    return { stage, p50Ms: percentile(sorted, 50), meanMs: sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length), p99Ms: percentile(sorted, 99) };
  });
  const tx = probe.transactions;
  const mean = (f: (t: { statements: number; trips: number }) => number) => tx.reduce((sum, t) => sum + f(t), 0) / Math.max(1, tx.length);
  return { rate, messages: total, traced, transactions: tx.length, statementsPerTransaction: mean((t) => t.statements), tripsPerTransaction: mean((t) => t.trips), rows };
}

export async function runStages(options: { rates: number[]; seconds: number; batch?: number | undefined; shards?: number | undefined; log?: (line: string) => void }): Promise<StageRun[]> {
  installProbe();
  const shards = options.shards ?? INBOUND_SHARDS;
  const rig = await startInboundRig({ entry: 'intake', limited: false, inboundShards: shards, inboundBatch: options.batch, senders: 200 });
  const runs: StageRun[] = [];
  try {
    // Warm-up: connections, query plans, JIT.
    await measureStages(rig, 200, 2, shards);
    for (const rate of options.rates) {
      const run = await measureStages(rig, rate, options.seconds, shards);
      options.log?.(formatRun(run));
      runs.push(run);
    }
  } finally {
    await rig.stop();
  }
  return runs;
}

export function formatRun(run: StageRun): string {
  const lines = [
    `${run.rate} msg/s offered, ${run.traced}/${run.messages} traced (ms); ${run.transactions} transactions, each ${run.statementsPerTransaction.toFixed(2)} statements in ${run.tripsPerTransaction.toFixed(2)} round trips`, `  ${'stage'.padEnd(12)} ${'p50'.padStart(7)} ${'mean'.padStart(7)} ${'p99'.padStart(7)}`];
  for (const r of run.rows) lines.push(`  ${r.stage.padEnd(12)} ${r.p50Ms.toFixed(2).padStart(7)} ${r.meanMs.toFixed(2).padStart(7)} ${r.p99Ms.toFixed(2).padStart(7)}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { rates: { type: 'string' }, seconds: { type: 'string' }, batch: { type: 'string' }, shards: { type: 'string' }, json: { type: 'boolean' } } });
  const runs = await runStages({
    rates: (values.rates ?? '20,200').split(',').map(Number),
    seconds: Number(values.seconds ?? 10),
    batch: values.batch === undefined ? undefined : Number(values.batch),
    shards: values.shards === undefined ? undefined : Number(values.shards),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  if (values.json) process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
}
