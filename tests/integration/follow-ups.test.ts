/**
 * Follow-up work on real Postgres (and Redis for the queues): the inbound processor hands
 * each kind — a lead to publish, a chart to draw, an export, a quarterly report — to its
 * queue only after the message's transaction committed, and hands nothing when it rolled
 * back; a redelivered message re-hands the work still pending, and doing the work again
 * (a redelivery, a sweep, a second worker) sends nothing twice. On Redis, a record left
 * pending with no job (a crash before the hand-off, Redis losing its data) is found by
 * its queue's sweep.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import type { FollowUp } from '../../src/conversation/follow-ups.ts';
import { FOLLOW_UP_QUEUES, FOLLOW_UP_SWEEP_GRACE_MS, followUpJobId, type FollowUpDeps } from '../../src/jobs/follow-ups.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { runFollowUp, startFollowUpWorkers } from '../../src/jobs/workers.ts';
import { addFacilitator, addMember, createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import type { OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';
import { createTestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';

let t: TestDatabase;
let dataDir: string;
const clock = fixedClock('2026-11-20T03:00:00Z'); // Friday 10:00 WIB
const dispatched: OutboxItem[] = [];
let followUpDeps: FollowUpDeps;

const RINA = '900';
const ANI = '2001';

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'follow-ups-'));
  followUpDeps = { db: t.db, clock, dispatch: async (items) => void dispatched.push(...items), dataDir, log: silentLogger() };
  const rina = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: RINA, timeZone: 'Asia/Jakarta' });
  const melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: rina.id, timeZone: 'Asia/Jakarta' });
  await addMember(t.db, melati.id, { name: 'Ani', telegramId: ANI, timeZone: 'Asia/Jakarta' }, clock.now());
  await groupsRepo.linkChat(t.db, { groupId: melati.id, platform: 'telegram', chatId: '-100900', byPersonId: null });
});
afterAll(async () => {
  await t?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const dm = (id: string, text: string): InboundMessage => privateMessage(text, { chatId: id, sender: { id, name: null }, sentAt: clock.now().toISOString() });

/** Inbound deps whose hand-off records what it got, and whether its record was committed by then. */
function recording() {
  const handed: FollowUp[] = [];
  const committed: boolean[] = [];
  const deps: InboundDeps = {
    db: t.db,
    clock,
    defaultTimeZone: 'Asia/Jakarta',
    log: silentLogger(),
    dispatch: async (items) => void dispatched.push(...items),
    handOff: async (work) => {
      for (const w of work) {
        handed.push(w);
        // Read on the pool, outside the message's transaction: visible only once committed.
        committed.push(await isRecorded(w));
      }
    },
  };
  return { deps, handed, committed };
}

async function isRecorded(work: FollowUp): Promise<boolean> {
  const table = { publish_lead: 'leads', render_chart: 'chart_requests', make_export: 'export_requests', make_quarterly_report: 'report_requests', make_download: 'downloads' }[work.kind];
  const id = work.kind === 'publish_lead' ? work.leadId : work.requestId;
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)} where id = ${id}`.execute(t.db);
  return rows[0]!.n === 1;
}

/** The messages of each kind, in the order they are sent. */
const ASKS: { kind: FollowUp['kind']; messages: () => InboundMessage[] }[] = [
  { kind: 'publish_lead', messages: () => [dm(RINA, '/peluang asesoris: Pameran kriya, butuh 30 bros'), dm(RINA, 'kirim')] },
  { kind: 'render_chart', messages: () => [dm(ANI, 'laku 12 bros @15rb'), dm(ANI, 'grafik')] },
  { kind: 'make_export', messages: () => [dm(RINA, '/ekspor')] },
  { kind: 'make_quarterly_report', messages: () => [dm(RINA, '/laporan_kuartal 2026Q3')] },
];

describe('after commit', () => {
  it('hands each kind of follow-up over once its record is committed', async () => {
    const { deps, handed, committed } = recording();
    for (const ask of ASKS) for (const message of ask.messages()) await processInbound(deps, message);
    expect(handed.map((w) => w.kind)).toEqual(['publish_lead', 'render_chart', 'make_export', 'make_quarterly_report']);
    expect(committed).toEqual([true, true, true, true]);
    // The work itself is not done in the message's transaction: the lead has no delivery, the chart no picture yet.
    const lead = handed[0] as Extract<FollowUp, { kind: 'publish_lead' }>;
    expect(await t.db.selectFrom('lead_deliveries').select('id').where('lead_id', '=', lead.leadId).execute()).toEqual([]);
    expect(await t.db.selectFrom('chart_requests').select('status').execute()).toEqual([{ status: 'pending' }]);
  });

  it('hands nothing over, and keeps no record, when the message rolls back', async () => {
    // Noting the outcome of these messages fails: their whole transaction rolls back.
    await sql`create function refuse_follow_up_intents() returns trigger language plpgsql as $$
      begin raise exception 'rolled back on purpose'; end $$`.execute(t.db);
    await sql`create trigger refuse_follow_up_intents before update on inbound_messages for each row
      when (new.intent in ('lead:sent', 'chart', 'export', 'quarterly_report')) execute function refuse_follow_up_intents()`.execute(t.db);
    const counts = async () => {
      const { rows } = await sql<{ leads: number; charts: number; exports: number; reports: number }>`select
        (select count(*)::int from leads) as leads, (select count(*)::int from chart_requests) as charts,
        (select count(*)::int from export_requests) as exports, (select count(*)::int from report_requests) as reports`.execute(t.db);
      return rows[0]!;
    };
    const before = await counts();
    const { deps, handed } = recording();
    try {
      await expect(processInbound(deps, dm(ANI, 'grafik'))).rejects.toThrow('rolled back on purpose');
      await expect(processInbound(deps, dm(RINA, '/ekspor'))).rejects.toThrow('rolled back on purpose');
      await expect(processInbound(deps, dm(RINA, '/laporan_kuartal 2026Q2'))).rejects.toThrow('rolled back on purpose');
      await processInbound(deps, dm(RINA, '/peluang asesoris: Bazar desa, butuh 10 bros'));
      await expect(processInbound(deps, dm(RINA, 'kirim'))).rejects.toThrow('rolled back on purpose');
    } finally {
      await sql`drop trigger refuse_follow_up_intents on inbound_messages`.execute(t.db);
      await sql`drop function refuse_follow_up_intents()`.execute(t.db);
      // The lead draft the rolled-back "kirim" would have closed.
      await sql`delete from conversation_states`.execute(t.db);
    }
    expect(handed).toEqual([]);
    // No lead, chart, export or report request was written.
    expect(await counts()).toEqual(before);
  });
});

describe('a lead closed before its publishing job ran', () => {
  it('reaches no one', async () => {
    const { deps, handed } = recording();
    await processInbound(deps, dm(RINA, '/peluang asesoris: Arisan kampung, butuh 15 bros'));
    await processInbound(deps, dm(RINA, 'kirim'));
    const work = handed.find((w) => w.kind === 'publish_lead')!;
    const leadId = work.kind === 'publish_lead' ? work.leadId : 0;
    const { code } = await t.db.selectFrom('leads').select('code').where('id', '=', leadId).executeTakeFirstOrThrow();
    await processInbound(deps, dm(RINA, `/tutup ${code}`));
    const before = dispatched.length;
    await runFollowUp(followUpDeps, work);
    expect(dispatched.slice(before)).toEqual([]);
    expect(await t.db.selectFrom('lead_deliveries').select('id').where('lead_id', '=', leadId).execute()).toEqual([]);
    expect((await t.db.selectFrom('leads').select('published_at').where('id', '=', leadId).executeTakeFirstOrThrow()).published_at).not.toBeNull();
  });
});

describe('a redelivered message', () => {
  it('re-hands its pending follow-ups, and doing the work again sends nothing twice', async () => {
    for (const ask of ASKS) {
      const messages = ask.messages();
      const first = recording();
      for (const message of messages) await processInbound(first.deps, message);
      const work = first.handed.find((w) => w.kind === ask.kind)!;
      expect(work, ask.kind).toBeDefined();

      // A crash after commit: the job never ran. The redelivered message hands the same work again.
      const again = recording();
      expect(await processInbound(again.deps, messages.at(-1)!)).toBe('duplicate');
      expect(again.handed, ask.kind).toEqual([work]);

      // The work, then the work again (the re-handed job, or a second worker): one set of messages.
      const before = dispatched.length;
      await runFollowUp(followUpDeps, work);
      const sent = new Set(dispatched.slice(before).map((i) => i.idempotencyKey));
      expect(sent.size, ask.kind).toBeGreaterThan(0);
      const rows = async () => (await sql<{ n: number }>`select count(*)::int as n from outbound_messages`.execute(t.db)).rows[0]!.n;
      const outbox = await rows();
      await runFollowUp(followUpDeps, work);
      expect(await rows(), ask.kind).toBe(outbox);
      expect(new Set(dispatched.slice(before).map((i) => i.idempotencyKey)), ask.kind).toEqual(sent);

      // Once done, a redelivery has nothing left to hand over.
      const late = recording();
      expect(await processInbound(late.deps, messages.at(-1)!)).toBe('duplicate');
      expect(late.handed, ask.kind).toEqual([]);
    }
  });
});

describe('the follow-up queues on Redis', () => {
  it('run each kind handed over, one job per record, and sweep up what was never handed over', async () => {
    const r = await createTestRedis();
    const sent: OutboxItem[] = [];
    const workers = await startFollowUpWorkers({ connection: r.connection, prefix: r.prefix, deps: { ...followUpDeps, dispatch: async (items) => void sent.push(...items) } });
    try {
      // Handed over after commit, twice (a redelivery): one chart, sent once.
      const { deps, handed } = recording();
      await processInbound({ ...deps, handOff: async (work) => { handed.push(...work); await workers.handOff(work); await workers.handOff(work); } }, dm(ANI, '/grafik bulan'));
      const chart = handed[0]!;
      expect(chart.kind).toBe('render_chart');
      const chartKey = `chart-${chart.kind === 'render_chart' ? chart.requestId : 0}`;
      await eventually(async () => (sent.some((i) => i.idempotencyKey === chartKey) ? true : undefined), { what: 'the chart dispatched' });
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from outbound_messages where idempotency_key = ${chartKey}`.execute(t.db);
      expect(rows[0]!.n).toBe(1);

      // Never handed over (a crash between commit and enqueue, or Redis lost it): the sweep finds it.
      const lost = recording();
      await processInbound({ ...lost.deps, handOff: undefined }, dm(RINA, '/peluang asesoris: Pesanan seragam, butuh 40 bros'));
      await processInbound({ ...lost.deps, handOff: undefined }, dm(RINA, 'kirim'));
      const lead = await t.db.selectFrom('leads').select(['id', 'published_at']).orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(lead.published_at).toBeNull();
      await t.db.updateTable('leads').set({ created_at: new Date(clock.now().getTime() - FOLLOW_UP_SWEEP_GRACE_MS - 1000) }).where('id', '=', lead.id).execute();
      const leadQueue = workers.queues.find((q) => q.name === FOLLOW_UP_QUEUES.publish_lead)!;
      await leadQueue.add('lead-publishing-sweep', {}); // a tick now, as its scheduler would within a minute
      await eventually(
        async () => (await t.db.selectFrom('leads').select('published_at').where('id', '=', lead.id).executeTakeFirstOrThrow()).published_at ?? undefined,
        { what: 'the lead published by the sweep' },
      );
      await eventually(async () => (sent.some((i) => i.priority === 'bulk' && i.idempotencyKey.startsWith(`lead-${lead.id}-`)) ? true : undefined), { what: 'its deliveries dispatched' });
      expect(followUpJobId({ kind: 'publish_lead', leadId: lead.id })).toBe(`publish-lead-${lead.id}`);

      // A job that gave up (every attempt found its record busy) keeps its id; the sweep revives it.
      const stuck = recording();
      await processInbound({ ...stuck.deps, handOff: undefined }, dm(RINA, '/peluang asesoris: Pesanan wisuda, butuh 30 bros'));
      await processInbound({ ...stuck.deps, handOff: undefined }, dm(RINA, 'kirim'));
      const second = await t.db.selectFrom('leads').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
      await t.db.updateTable('leads').set({ created_at: new Date(clock.now().getTime() - FOLLOW_UP_SWEEP_GRACE_MS - 1000) }).where('id', '=', second.id).execute();
      const work = { kind: 'publish_lead' as const, leadId: second.id };
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      const holder = t.db.transaction().execute(async (trx) => {
        await sql`select id from leads where id = ${second.id} for update`.execute(trx);
        locked();
        await released;
      });
      await isLocked;
      const job = await leadQueue.add('publish_lead', work, { jobId: followUpJobId(work), attempts: 1 });
      await eventually(async () => ((await job.isFailed()) ? true : undefined), { what: 'the job failed on a busy lead' });
      release();
      await holder;
      await workers.handOff([work]); // an ordinary hand-off is taken for a duplicate of the failed job…
      expect(await (await leadQueue.getJob(followUpJobId(work)))!.isFailed()).toBe(true);
      await leadQueue.add('lead-publishing-sweep', {}); // …the sweep revives it
      await eventually(
        async () => (await t.db.selectFrom('leads').select('published_at').where('id', '=', second.id).executeTakeFirstOrThrow()).published_at ?? undefined,
        { what: 'the stuck lead published after the sweep' },
      );
    } finally {
      await workers.close();
      await r.cleanup();
    }
  });
});
