/**
 * Benchmark-only: when each inbound message passes each stage of its way to the reply, in this
 * process's performance.now() (sub-millisecond, one clock for bot and driver). Nothing of the
 * bot is changed: BullMQ's Queue.add/addBulk and Worker.callProcessJob and node-pg's
 * Client.query are wrapped here, in the bench process, while `recording` is on.
 *
 * What each wrapper notes:
 *  - an inbound job taken by its worker (callProcessJob: the batch's head), by message id;
 *  - a COMMIT answered (any pool client; the batch's dispatch follows it in the same chain);
 *  - an outbound job's add called and answered, and its job taken by the send worker, by outbox key.
 * The jobs a batch reads behind its head are not taken by the worker: their "taken" is their
 * head's (the last head taken on their shard before their commit), see bench/inbound-stages.ts.
 */
import { Queue, Worker, type Job } from 'bullmq';
import pg from 'pg';

export interface Probe {
  recording: boolean;
  /** Inbound heads taken: message id → time; and per shard queue the times heads were taken. */
  inboundTaken: Map<string, number>;
  headsByQueue: Map<string, number[]>;
  commits: number[];
  /** COMMIT answered → when its transaction's BEGIN was sent. */
  beganOf: Map<number, number>;
  /**
   * Per committed transaction: its statements (BEGIN and COMMIT included) and its round trips,
   * a statement written while another of the same connection was still unanswered sharing its
   * predecessor's (node-pg pipeline mode). Counts, so the machine's load does not move them.
   */
  transactions: { statements: number; trips: number }[];
  /** Outbound jobs by outbox key: add called, add answered, job taken. */
  outbound: Map<string, { addCalled?: number; added?: number; taken?: number }>;
}

export const probe: Probe = { recording: false, inboundTaken: new Map(), headsByQueue: new Map(), commits: [], beganOf: new Map(), transactions: [], outbound: new Map() };

const outboundOf = (key: string) => {
  let o = probe.outbound.get(key);
  if (!o) probe.outbound.set(key, (o = {}));
  return o;
};

let installed = false;

/** Wraps the three classes' methods once (idempotent). */
export function installProbe(): void {
  if (installed) return;
  installed = true;

  type Proto = Record<string, (...args: unknown[]) => unknown>;
  const worker = Worker.prototype as unknown as Proto;
  const callProcessJob = worker.callProcessJob!;
  worker.callProcessJob = function (this: Worker, ...args: unknown[]) {
    if (probe.recording) {
      const now = performance.now();
      const job = args[0] as Job<{ message?: { messageId: string }; key?: string }>;
      if (this.name.startsWith('inbound-') && job.data.message) {
        probe.inboundTaken.set(job.data.message.messageId, now);
        const heads = probe.headsByQueue.get(this.name) ?? [];
        heads.push(now);
        probe.headsByQueue.set(this.name, heads);
      } else if (this.name.startsWith('outbound-') && job.data.key) {
        outboundOf(job.data.key).taken ??= now;
      }
    }
    return callProcessJob.apply(this, args);
  };

  const queue = Queue.prototype as unknown as Proto;
  const add = queue.add!;
  queue.add = function (this: Queue, ...args: unknown[]) {
    const data = args[1] as { key?: string };
    if (!probe.recording || !this.name.startsWith('outbound-') || !data.key) return add.apply(this, args);
    const key = data.key;
    outboundOf(key).addCalled ??= performance.now();
    return (add.apply(this, args) as Promise<unknown>).then((job) => {
      outboundOf(key).added ??= performance.now();
      return job;
    });
  };
  const addBulk = queue.addBulk!;
  queue.addBulk = function (this: Queue, ...args: unknown[]) {
    const keys = (args[0] as { data: { key?: string } }[]).map((j) => j.data.key).filter((k): k is string => k !== undefined);
    if (!probe.recording || !this.name.startsWith('outbound-') || keys.length === 0) return addBulk.apply(this, args);
    const called = performance.now();
    for (const key of keys) outboundOf(key).addCalled ??= called;
    return (addBulk.apply(this, args) as Promise<unknown>).then((jobs) => {
      const added = performance.now();
      for (const key of keys) outboundOf(key).added ??= added;
      return jobs;
    });
  };

  const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  const began = new WeakMap<pg.Client, number>();
  const open = new WeakMap<pg.Client, { statements: number; trips: number }>();
  const pending = new WeakMap<pg.Client, number>();
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    if (probe.recording && text !== undefined && /^\s*begin\b/i.test(text)) {
      began.set(this, performance.now());
      open.set(this, { statements: 0, trips: 0 });
    }
    const counts = open.get(this);
    const waiting = pending.get(this) ?? 0;
    if (counts) {
      counts.statements++;
      if (waiting === 0) counts.trips++;
    }
    pending.set(this, waiting + 1);
    const result = clientQuery.apply(this, args);
    const answered = () => pending.set(this, (pending.get(this) ?? 1) - 1);
    if (result && typeof (result as Promise<unknown>).then === 'function') void (result as Promise<unknown>).then(answered, answered);
    if (text !== undefined && /^\s*(commit|rollback)\s*$/i.test(text)) {
      if (counts && probe.recording && /commit/i.test(text)) probe.transactions.push(counts);
      open.delete(this);
    }
    if (probe.recording && text !== undefined && /^\s*commit\s*$/i.test(text) && result && typeof (result as Promise<unknown>).then === 'function') {
      const begin = began.get(this);
      void (result as Promise<unknown>).then(
        () => {
          const now = performance.now();
          probe.commits.push(now);
          if (begin !== undefined) probe.beganOf.set(now, begin);
        },
        () => undefined,
      );
    }
    return result;
  } as typeof pg.Client.prototype.query;
}

/** The greatest of `sorted` (ascending) at or before `t`. */
export function lastAtOrBefore(sorted: readonly number[], t: number): number | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  let found: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v <= t) {
      found = v;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
