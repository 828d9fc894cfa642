/**
 * The deployment's inbound shard count on a real Redis (src/jobs/shard-count.ts): a process
 * with another count takes over only when no process with the old count keeps a live
 * heartbeat and the old shards hold no job; a running process whose count was replaced
 * (Redis lost its data, a process with another count recorded its own) stops queuing; a
 * process with no INBOUND_SHARDS of its own takes the deployment's count where it is held.
 * Heartbeat timers and the monotonic clock are the test's own: nothing waits on the wall clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from '../../src/core/logger.ts';
import { createIntake } from '../../src/jobs/intake.ts';
import { createQueues } from '../../src/jobs/queues.ts';
import type { Every } from '../../src/jobs/redis-loss-watch.ts';
import {
  agreeOnShardCount,
  heartbeatKey,
  holdShardCount,
  releaseShardCount,
  SHARD_COUNT_TTL_MS,
  shardCountKey,
  ShardCountChanged,
  type ShardCountWatch,
} from '../../src/jobs/shard-count.ts';
import { privateMessage } from '../helpers/messages.ts';
import { createTestRedis, type TestRedis } from '../helpers/redis.ts';

let r: TestRedis;
let next = 0;
/** A prefix of its own per test (a deployment of its own); cleaned up with the file's. */
const freshPrefix = () => `${r.prefix}${String.fromCharCode(97 + next++)}`;

beforeAll(async () => {
  r = await createTestRedis();
});

afterAll(async () => {
  await r?.cleanup();
});

/** What a FLUSHALL does to this deployment's keys (the shared Redis is not flushed). */
async function loseData(prefix: string): Promise<void> {
  const keys = await r.connection.keys(`${prefix}:*`);
  if (keys.length) await r.connection.del(...keys);
}

const agree = (prefix: string, shards: number, process: string) =>
  agreeOnShardCount({ redis: r.connection, prefix, shards, legacy: 4, process });

/** A timer the test fires itself, and a monotonic clock it moves. */
interface ManualTime {
  ms: number;
  fire: () => void;
  every: Every;
  now: () => number;
}

function manualTime(): ManualTime {
  const time: ManualTime = {
    ms: 1_000,
    fire: () => undefined,
    every: (_, check) => {
      time.fire = check;
      return { cancel: () => (time.fire = () => undefined) };
    },
    now: () => time.ms,
  };
  return time;
}

/** Fires the heartbeat's timer and waits for the heartbeat it started (a check under way is shared). */
async function beat(time: ManualTime, watch: ShardCountWatch): Promise<void> {
  time.fire();
  await watch.check();
}

/** A logger whose lines the test reads. */
function capturedLog() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { log, lines };
}

describe('changing the count', () => {
  it('is recorded by the first process; a deployment that never recorded one used the old default', async () => {
    const prefix = freshPrefix();
    await agree(prefix, 4, 'a');
    expect(await r.connection.get(shardCountKey(prefix))).toBe('4');
    // The heartbeat runs out by itself: a killed process does not hold a change back for long.
    const ttl = await r.connection.pttl(heartbeatKey(prefix, 'a'));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(SHARD_COUNT_TTL_MS);
    // Another process with the same count joins.
    await agree(prefix, 4, 'b');
  });

  it('(a) is refused while a process with the old count keeps a live heartbeat, even with every queue empty', async () => {
    const prefix = freshPrefix();
    await agree(prefix, 4, 'host:41:aaa');
    const attempt = agree(prefix, 8, 'host:42:bbb');
    await expect(attempt).rejects.toThrow(ShardCountChanged);
    await expect(attempt).rejects.toThrow(
      /^INBOUND_SHARDS is 8 but the deployment uses 4 and 1 process with another count still runs \(host:41:aaa with 4\): stop the receivers/,
    );
    expect(await r.connection.get(shardCountKey(prefix))).toBe('4');
    // The refused process left no heartbeat of its own behind.
    expect(await r.connection.exists(heartbeatKey(prefix, 'host:42:bbb'))).toBe(0);
  });

  it('(b) is allowed once the process with the old count stopped (heartbeat removed) or died (heartbeat ran out)', async () => {
    const prefix = freshPrefix();
    await agree(prefix, 4, 'stopped');
    await agree(prefix, 4, 'killed');
    await releaseShardCount(r.connection, prefix, 'stopped');
    await expect(agree(prefix, 8, 'new')).rejects.toThrow(/killed with 4/);
    // What Redis does when the killed process's TTL runs out.
    await r.connection.pexpire(heartbeatKey(prefix, 'killed'), 0);
    await agree(prefix, 8, 'new');
    expect(await r.connection.get(shardCountKey(prefix))).toBe('8');
    // And back, once that one stopped too.
    await releaseShardCount(r.connection, prefix, 'new');
    await agree(prefix, 4, 'again');
    expect(await r.connection.get(shardCountKey(prefix))).toBe('4');
  });

  it('is refused while the old shards hold messages, with nothing running', async () => {
    const prefix = freshPrefix();
    const old = createQueues(r.connection, prefix, [], 4);
    try {
      // An old deployment (4 shards, nothing recorded) with one message waiting.
      const job = await old.inbound[2]!.add('message', { message: privateMessage('laku 1 bros @1rb') });
      await expect(agree(prefix, 8, 'x')).rejects.toThrow(
        /^INBOUND_SHARDS is 8 but the deployment uses 4 and 1 messages still wait in its inbound-0…inbound-3 queues: stop the receivers/,
      );
      expect(await r.connection.get(shardCountKey(prefix))).toBeNull();
      await job.remove();
      await agree(prefix, 8, 'x');
      expect(await r.connection.get(shardCountKey(prefix))).toBe('8');
    } finally {
      await old.close();
    }
  });

  it('two processes starting at once with different counts: exactly one starts', async () => {
    const prefix = freshPrefix();
    const started = await Promise.allSettled([agree(prefix, 4, 'four'), agree(prefix, 8, 'eight')]);
    expect(started.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    const winner = started[0]!.status === 'fulfilled' ? '4' : '8';
    expect(await r.connection.get(shardCountKey(prefix))).toBe(winner);
  });
});

describe('a process with no INBOUND_SHARDS of its own (follow)', () => {
  const follow = (prefix: string, process: string) =>
    agreeOnShardCount({ redis: r.connection, prefix, shards: 16, follow: true, legacy: 4, process });

  it('takes the default on a new deployment; two starting at once both take it', async () => {
    const prefix = freshPrefix();
    const both = await Promise.all([follow(prefix, 'receiver'), follow(prefix, 'worker')]);
    expect(both).toEqual([
      { shards: 16, source: 'default' },
      { shards: 16, source: 'default' },
    ]);
    expect(await r.connection.get(shardCountKey(prefix))).toBe('16');
    // A process set to the default joins them; one set to another count is refused as before.
    await agree(prefix, 16, 'set');
    await expect(agree(prefix, 4, 'four')).rejects.toThrow(/^INBOUND_SHARDS is 4 but the deployment uses 16 and 3 processes/);
  });

  it('takes the count of the processes still running (a rolling upgrade), where a process set to the default is refused', async () => {
    const prefix = freshPrefix();
    await agree(prefix, 4, 'old-receiver');
    await expect(agree(prefix, 16, 'set')).rejects.toThrow(/^INBOUND_SHARDS is 16 but the deployment uses 4 and 1 process/);
    // A receiver and a worker of the new version, started together.
    expect(await Promise.all([follow(prefix, 'new-receiver'), follow(prefix, 'new-worker')])).toEqual([
      { shards: 4, source: 'running' },
      { shards: 4, source: 'running' },
    ]);
    expect(await r.connection.get(shardCountKey(prefix))).toBe('4');
    expect(await r.connection.get(heartbeatKey(prefix, 'new-worker'))).toBe('4');
    // The old one stops; the new ones still hold 4, so the next one takes it too.
    await releaseShardCount(r.connection, prefix, 'old-receiver');
    expect(await follow(prefix, 'later')).toEqual({ shards: 4, source: 'running' });
  });

  it('takes the count another count was set to, when that process started first', async () => {
    const prefix = freshPrefix();
    await agree(prefix, 8, 'receiver-set-to-8');
    expect(await follow(prefix, 'worker')).toEqual({ shards: 8, source: 'running' });
  });

  it('takes the count whose shards still hold messages, with nothing running (an old deployment never recorded one)', async () => {
    const prefix = freshPrefix();
    const old = createQueues(r.connection, prefix, [], 4);
    try {
      const job = await old.inbound[1]!.add('message', { message: privateMessage('laku 1 bros @1rb') });
      expect(await follow(prefix, 'x')).toEqual({ shards: 4, source: 'queued' });
      expect(await r.connection.get(shardCountKey(prefix))).toBe('4');
      await job.remove();
    } finally {
      await old.close();
    }
  });

  it('takes the default once nothing holds the recorded count (every process stopped, its queues empty)', async () => {
    const prefix = freshPrefix();
    await agree(prefix, 4, 'a');
    await releaseShardCount(r.connection, prefix, 'a');
    expect(await follow(prefix, 'b')).toEqual({ shards: 16, source: 'default' });
    expect(await r.connection.get(shardCountKey(prefix))).toBe('16');
  });

  it('says in its log which count it took and why', async () => {
    const prefix = freshPrefix();
    await agree(prefix, 4, 'old');
    const captured = capturedLog();
    const watch = await holdShardCount({ redis: r.connection, prefix, shards: 16, follow: true, legacy: 4, process: 'new', log: captured.log, every: manualTime().every, onReplaced: () => undefined });
    try {
      expect(watch.shards).toBe(4);
      const said = captured.lines.filter((l) => l.level === 30 && String(l.msg).startsWith('INBOUND_SHARDS is not set'));
      expect(said.map((l) => l.msg)).toEqual(['INBOUND_SHARDS is not set: this process uses the deployment’s count, 4 (processes with it still run), not the default 16']);
      expect(said[0]).toMatchObject({ shards: 4, default: 16 });
    } finally {
      await watch.stop();
    }
  });

  it('after Redis lost its data finds nothing recorded and takes the default; a running process then stops, and takes that count when started again', async () => {
    const prefix = freshPrefix();
    const time = manualTime();
    const replaced: string[] = [];
    // A deployment on the old default: a process of the new version took its 4.
    await agree(prefix, 4, 'old');
    const running = await holdShardCount({ redis: r.connection, prefix, shards: 16, follow: true, legacy: 4, process: 'running', log: silentLogger(), every: time.every, now: time.now, onReplaced: (e) => replaced.push(e.message) });
    try {
      expect(running.shards).toBe(4);
      await loseData(prefix);
      expect(await follow(prefix, 'started-meanwhile')).toEqual({ shards: 16, source: 'default' });
      await beat(time, running);
      expect(replaced).toHaveLength(1);
      expect(replaced[0]).toMatch(/^INBOUND_SHARDS is not set and this process took 4 but the deployment now records 16 .*started again, it takes 16$/);
      expect((await follow(prefix, 'running-restarted')).shards).toBe(16);
    } finally {
      await running.stop();
    }
  });
});

describe('a running process', () => {
  async function hold(prefix: string, shards: number, time = manualTime(), log = silentLogger()) {
    const replaced: string[] = [];
    const watch = await holdShardCount({
      redis: r.connection,
      prefix,
      shards,
      legacy: 4,
      process: `p${shards}`,
      log,
      every: time.every,
      now: time.now,
      onReplaced: (error) => replaced.push(error.message),
    });
    return { watch, replaced, time };
  }

  const inboundJobs = async (queues: ReturnType<typeof createQueues>) =>
    (await Promise.all(queues.inbound.map((q) => q.getJobCounts('waiting', 'delayed', 'prioritized')))).flatMap((c) => Object.values(c)).reduce((a, b) => a + b, 0);

  it('(c) stops queuing once its count was replaced (Redis lost its data, a process with another count recorded its own)', async () => {
    const prefix = freshPrefix();
    const captured = capturedLog();
    const { watch, replaced, time } = await hold(prefix, 4, manualTime(), captured.log);
    const queues = createQueues(r.connection, prefix, [], 4);
    const intake = createIntake(queues, undefined, () => watch.confirm());
    try {
      await intake(privateMessage('laku 1 bros @1rb', { messageId: 'before' }));
      expect(await inboundJobs(queues)).toBe(1);

      await loseData(prefix);
      // A process with 8 starts before this one's next heartbeat: nothing is recorded,
      // nothing runs as far as Redis knows, nothing is queued.
      await agree(prefix, 8, 'p8');
      expect(await r.connection.get(shardCountKey(prefix))).toBe('8');

      await beat(time, watch);
      expect(replaced).toHaveLength(1);
      expect(replaced[0]).toMatch(/^INBOUND_SHARDS is 4 but the deployment now records 8 .*this process stops taking and queuing messages/);
      expect(captured.lines.filter((l) => l.level === 50 && String(l.msg).startsWith('INBOUND_SHARDS is 4 but the deployment now records 8'))).toHaveLength(1);
      // Its heartbeat is gone: it holds nothing back any more.
      expect(await r.connection.exists(heartbeatKey(prefix, 'p4'))).toBe(0);

      await expect(intake(privateMessage('laku 2 bros @1rb', { messageId: 'after' }))).rejects.toThrow(ShardCountChanged);
      expect(await inboundJobs(queues)).toBe(0);
      // Told once, however often the timer fires.
      await beat(time, watch);
      expect(replaced).toHaveLength(1);
      // The record stays the other process's.
      await watch.stop();
      expect(await r.connection.get(shardCountKey(prefix))).toBe('8');
    } finally {
      await watch.stop();
      await queues.close();
    }
  });

  it('(c) finds out before queuing when its heartbeat lapsed (Redis away, the process stalled), even before its timer fires', async () => {
    const prefix = freshPrefix();
    const { watch, replaced, time } = await hold(prefix, 4);
    const queues = createQueues(r.connection, prefix, [], 4);
    const intake = createIntake(queues, undefined, () => watch.confirm());
    try {
      // A fresh heartbeat: queued without asking Redis first.
      await intake(privateMessage('laku 1 bros @1rb', { messageId: 'one' }));
      await loseData(prefix);
      await agree(prefix, 8, 'p8');
      // Within half the heartbeat's life this process still queues (the window the file's comment names).
      time.ms += SHARD_COUNT_TTL_MS / 2 - 1;
      await intake(privateMessage('laku 2 bros @1rb', { messageId: 'two' }));
      expect(await inboundJobs(queues)).toBe(1);
      // Past it, the heartbeat is renewed before a message is queued: the count is not its own.
      time.ms += 1;
      await expect(intake(privateMessage('laku 3 bros @1rb', { messageId: 'three' }))).rejects.toThrow(/deployment now records 8/);
      expect(replaced).toHaveLength(1);
      expect(await inboundJobs(queues)).toBe(1);
    } finally {
      await watch.stop();
      await queues.close();
    }
  });

  it('puts its count back when Redis lost it, and goes on; a process with another count is then refused', async () => {
    const prefix = freshPrefix();
    const captured = capturedLog();
    const { watch, replaced, time } = await hold(prefix, 4, manualTime(), captured.log);
    try {
      await loseData(prefix);
      time.ms += SHARD_COUNT_TTL_MS;
      await beat(time, watch);
      expect(await r.connection.get(shardCountKey(prefix))).toBe('4');
      expect(await r.connection.get(heartbeatKey(prefix, 'p4'))).toBe('4');
      expect(captured.lines.some((l) => l.level === 50 && String(l.msg).startsWith('the inbound shard count was gone from Redis'))).toBe(true);
      // Renewed: it may queue without asking again.
      await watch.confirm();
      expect(replaced).toEqual([]);
      await expect(agree(prefix, 8, 'p8')).rejects.toThrow(/p4 with 4/);
    } finally {
      await watch.stop();
    }
    // A clean stop removes the heartbeat: the change may go ahead.
    expect(await r.connection.exists(heartbeatKey(prefix, 'p4'))).toBe(0);
    await agree(prefix, 8, 'p8');
  });
});
