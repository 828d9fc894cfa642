/**
 * The console's downloads on real Postgres (the console world: Melati has entries, members
 * who left, a loan). Checked:
 * - the job's files are the chat's: the CSV byte for byte, the XLSX cell for cell, the
 *   quarterly PDF's text and the report XLSX's cells, against what "/ekspor" and
 *   "/laporan_kuartal" put in the outbox (their jobs run here too, on the same clock);
 * - progress moves: rows written of the rows counted, batch by batch, each step written to
 *   the row while the job runs, ending at the total;
 * - a request is written once per form token (one audit row), out of scope never, and at
 *   most three wait for one person; the file is served to the scopes that hold the group;
 * - nothing is lost: a request whose hand-off was lost is re-handed by the sweep; a job that
 *   died holding its claim is taken over once its heartbeat is stale (the old job can no
 *   longer write), and failed after three claims; rows past their week are removed.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { FollowUp } from '../../src/conversation/follow-ups.ts';
import { makeDownload, sweepDownloads, type DownloadDeps, type DownloadProgress } from '../../src/jobs/downloads.ts';
import { runExport } from '../../src/jobs/exports.ts';
import { makeQuarterlyReport } from '../../src/jobs/quarterly-report.processor.ts';
import { DOWNLOAD_MAX_ATTEMPTS, DOWNLOAD_MAX_UNFINISHED, DOWNLOAD_STALE_MS, DOWNLOAD_SWEEP_GRACE_MS, DOWNLOAD_TTL_MS, type DownloadAsk } from '../../src/modules/downloads/downloads.ts';
import { claimDownload, findDownload, setProgress } from '../../src/modules/downloads/downloads.repository.ts';
import { downloadFile, myDownloads, requestDownload } from '../../src/modules/downloads/downloads.service.ts';
import { insertRequest } from '../../src/modules/exports/exports.repository.ts';
import { findOutbound } from '../../src/modules/outbox/outbox.repository.ts';
import { resolveScope, type Scope } from '../../src/modules/programmes/scope.ts';
import { requestQuarterlyReport } from '../../src/modules/quarterly/quarterly.repository.ts';
import { newToken } from '../../src/modules/console-access/console-access.ts';
import { auditLog } from '../../src/modules/audit/audit.service.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { pdfText } from '../helpers/pdf.ts';
import { createTestRedis } from '../helpers/redis.ts';
import { eventually } from '../helpers/wait.ts';
import { SCHEDULERS } from '../../src/jobs/schedulers.ts';
import { startFollowUpWorker } from '../../src/jobs/workers.ts';

let t: TestDatabase;
let w: ConsoleWorld;
let dataDir: string;
const clock = fixedClock('2026-12-10T05:00:00Z');
const scopes: Record<'fitri' | 'gita' | 'maya' | 'nina' | 'admin', Scope> = {} as never;
const deps = (extra: Partial<DownloadDeps> = {}): DownloadDeps => ({ db: t.db, clock, dataDir, log: silentLogger(), ...extra });

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'downloads-'));
  for (const [name, personId] of [['fitri', w.fitri.personId], ['gita', w.gita.personId], ['maya', w.maya], ['nina', w.nina], ['admin', w.admin]] as const) {
    scopes[name] = (await resolveScope(t.db, personId))!;
  }
});
afterAll(async () => {
  await t?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Clears the downloads between tests that count them. */
async function noDownloads() {
  await sql`delete from downloads`.execute(t.db);
}

async function ask(scope: Scope, groupId: number, what: DownloadAsk, language: 'id' | 'en' = 'id') {
  const made = await requestDownload(t.db, scope, groupId, what, language, newToken(), clock.now());
  if (!made || 'refused' in made) throw new Error(`not asked: ${JSON.stringify(made)}`);
  return made.id;
}

async function fileOf(id: number): Promise<Buffer> {
  const row = await sql<{ file: Buffer }>`select file from downloads where id = ${id}`.execute(t.db);
  return row.rows[0]!.file;
}

/** The document the chat's job put in the outbox under `key`, read from its path. */
async function chatDocument(key: string): Promise<{ bytes: Buffer; filename: string }> {
  const stored = await findOutbound(t.db, key);
  const doc = stored!.payload.document!;
  return { bytes: await readFile(doc.path), filename: doc.filename };
}

/** Every sheet of a workbook as its name and its rows of plain values. */
async function sheetsOf(bytes: Buffer): Promise<{ name: string; rows: unknown[][] }[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets.map((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push(JSON.parse(JSON.stringify(row.values)) as unknown[]));
    return { name: sheet.name, rows };
  });
}

const RANGE = { from: '2026-11-01', to: '2026-12-10' };

describe('the files are the chat’s', () => {
  it('the books as CSV (byte for byte) and XLSX (cell for cell), named as the chat names them', async () => {
    await noDownloads();
    // "/ekspor" in chat, by Fitri, for the same range: its job writes both files on the same clock.
    const chat = await insertRequest(t.db, { sourceMessageId: null, groupId: w.melati, personId: w.fitri.personId, platform: 'telegram', chatId: w.fitri.telegramId, ...RANGE });
    expect(await runExport({ db: t.db, clock, dispatch: async () => undefined, dataDir, log: silentLogger() }, { requestId: chat.id })).toBe('sent');
    const chatCsv = await chatDocument(`export-${chat.id}-csv`);
    const chatXlsx = await chatDocument(`export-${chat.id}-xlsx`);

    const csv = await ask(scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE });
    const xlsx = await ask(scopes.fitri, w.melati, { kind: 'export_xlsx', ...RANGE });
    expect(await makeDownload(deps(), csv)).toBe('ready');
    expect(await makeDownload(deps(), xlsx)).toBe('ready');

    expect((await fileOf(csv)).equals(chatCsv.bytes)).toBe(true);
    const sheets = await sheetsOf(await fileOf(xlsx));
    expect(sheets).toEqual(await sheetsOf(chatXlsx.bytes));
    expect(sheets.map((s) => s.name)).toHaveLength(4);
    const rows = await myDownloads(t.db, scopes.fitri);
    expect(Object.fromEntries(rows.map((r) => [r.kind, r.fileName]))).toEqual({ export_csv: chatCsv.filename, export_xlsx: chatXlsx.filename });
    expect(rows.every((r) => r.status === 'ready' && r.progressDone === r.progressTotal && r.fileBytes! > 0)).toBe(true);
    // Nothing left behind on disk: the file lives in Postgres.
    expect(await readdir(path.join(dataDir, 'downloads'))).toEqual([]);
  });

  it('the quarterly report as PDF (its text) and XLSX (its cells), in the language she reads the console in', async () => {
    await noDownloads();
    const requestId = await requestQuarterlyReport(t.db, { personId: w.fitri.personId, groupId: w.melati, quarter: '2026Q4', platform: 'telegram', chatId: w.fitri.telegramId, sourceMessageId: null, at: clock.now() });
    expect(await makeQuarterlyReport({ db: t.db, clock, dispatch: async () => undefined, dataDir }, requestId)).toBe('sent');
    const chatPdf = await chatDocument(`report-${requestId}-pdf`);
    const chatXlsx = await chatDocument(`report-${requestId}-xlsx`);

    const pdf = await ask(scopes.maya, w.melati, { kind: 'quarterly_pdf', quarter: '2026Q4' });
    const xlsx = await ask(scopes.maya, w.melati, { kind: 'quarterly_xlsx', quarter: '2026Q4' });
    const seen: DownloadProgress[] = [];
    expect(await makeDownload(deps({ onProgress: async (p) => void seen.push(p) }), pdf)).toBe('ready');
    expect(seen.map((p) => [p.done, p.total])).toEqual([[0, 2], [1, 2]]);
    expect(await makeDownload(deps(), xlsx)).toBe('ready');

    const text = await pdfText(await fileOf(pdf));
    expect(text).toBe(await pdfText(chatPdf.bytes));
    expect(text).toContain('Melati');
    expect(await sheetsOf(await fileOf(xlsx))).toEqual(await sheetsOf(chatXlsx.bytes));
    const file = await downloadFile(t.db, scopes.maya, pdf);
    expect(file).toMatchObject({ fileName: chatPdf.filename, mimeType: 'application/pdf' });

    // Asked in English: the English labels, as the chat gives an English-speaking facilitator.
    const english = await ask(scopes.maya, w.melati, { kind: 'quarterly_pdf', quarter: '2026Q4' }, 'en');
    expect(await makeDownload(deps(), english)).toBe('ready');
    expect(await pdfText(await fileOf(english))).not.toBe(text);
  });
});

describe('progress', () => {
  it('moves batch by batch, written to the row while the job runs, up to the rows counted', async () => {
    await noDownloads();
    const id = await ask(scopes.fitri, w.melati, { kind: 'export_xlsx', ...RANGE });
    const { rows: counted } = await sql<{ n: number }>`
      select count(*)::int as n from ledger_entries e join memberships m on m.person_id = e.person_id and m.group_id = ${w.melati} and m.status = 'active'
       where e.voided_at is null and e.business_date between ${RANGE.from} and ${RANGE.to}`.execute(t.db);
    const total = counted[0]!.n;
    expect(total).toBeGreaterThan(4);
    const seen: { done: number; total: number; stored: [number, number, string] }[] = [];
    const outcome = await makeDownload(
      deps({
        batchSize: 2,
        onProgress: async (p) => {
          const row = (await findDownload(t.db, id))!;
          seen.push({ done: p.done, total: p.total, stored: [row.progressDone, row.progressTotal, row.status] });
        },
      }),
      id,
    );
    expect(outcome).toBe('ready');
    const expected = [0];
    for (let n = 2; n < total; n += 2) expected.push(n);
    expected.push(total);
    expect(seen.map((s) => s.done)).toEqual(expected);
    expect(seen.every((s) => s.total === total && s.stored[0] === s.done && s.stored[1] === total && s.stored[2] === 'working')).toBe(true);
    const done = (await findDownload(t.db, id))!;
    expect([done.status, done.progressDone, done.progressTotal]).toEqual(['ready', total, total]);
  });
});

describe('asking', () => {
  it('once per form token, audited once; out of scope nothing is written; three at a time', async () => {
    await noDownloads();
    const token = newToken();
    const what: DownloadAsk = { kind: 'export_csv', ...RANGE };
    const first = await requestDownload(t.db, scopes.fitri, w.melati, what, 'id', token, clock.now());
    const second = await requestDownload(t.db, scopes.fitri, w.melati, what, 'id', token, clock.now());
    expect(first).toMatchObject({ again: false });
    expect(second).toEqual({ id: (first as { id: number }).id, again: true });
    const audits = await sql<{ actor: number; group: number; detail: Record<string, string> }>`
      select actor_person_id::int as actor, group_id::int as "group", detail from audit_events
       where kind = 'download_requested' and detail->>'id' = ${String((first as { id: number }).id)}`.execute(t.db);
    expect(audits.rows).toEqual([{ actor: w.fitri.personId, group: w.melati, detail: { what: 'export_csv', id: String((first as { id: number }).id), period: '2026-11-01..2026-12-10' } }]);

    // The audit page's "downloads" kind: the group's staff read it, others do not.
    const firstId = String((first as { id: number }).id);
    for (const [name, sees] of [['fitri', true], ['maya', true], ['admin', true], ['gita', false], ['nina', false]] as const) {
      const log = await auditLog(t.db, scopes[name], { kind: 'download' });
      const mine = log.rows.filter((r) => r.source === 'download_requested' && JSON.parse(r.detail ?? '{}').id === firstId);
      expect(mine.map((r) => [r.actor, r.groupId]), name).toEqual(sees ? [[w.fitri.personId, w.melati]] : []);
    }

    // Another facilitator's group, another programme's: undefined, nothing written.
    expect(await requestDownload(t.db, scopes.gita, w.melati, what, 'id', newToken(), clock.now())).toBeUndefined();
    expect(await requestDownload(t.db, scopes.nina, w.melati, what, 'id', newToken(), clock.now())).toBeUndefined();
    expect(Number((await sql<{ n: string }>`select count(*) as n from downloads`.execute(t.db)).rows[0]!.n)).toBe(1);

    await ask(scopes.fitri, w.melati, what);
    await ask(scopes.fitri, w.melati, what);
    expect(await requestDownload(t.db, scopes.fitri, w.melati, what, 'id', newToken(), clock.now())).toEqual({ refused: 'busy' });
    // Another person is not held up by hers.
    expect(await requestDownload(t.db, scopes.maya, w.melati, what, 'id', newToken(), clock.now())).toMatchObject({ again: false });
  });

  it('a quarter still to come on the group’s day is refused: nothing written, nothing audited', async () => {
    await noDownloads();
    const audits = async () => (await sql<{ n: number }>`select count(*)::int as n from audit_events where kind = 'download_requested'`.execute(t.db)).rows[0]!.n;
    const before = await audits();
    for (const quarter of ['2099Q1', '2027Q1']) {
      expect(await requestDownload(t.db, scopes.fitri, w.melati, { kind: 'quarterly_pdf', quarter }, 'id', newToken(), clock.now())).toEqual({ refused: 'quarter' });
    }
    expect(await audits()).toBe(before);
    expect((await sql<{ n: number }>`select count(*)::int as n from downloads`.execute(t.db)).rows[0]!.n).toBe(0);
    // The running quarter (provisional) and those before it are asked for as before.
    expect(await requestDownload(t.db, scopes.fitri, w.melati, { kind: 'quarterly_pdf', quarter: '2026Q4' }, 'id', newToken(), clock.now())).toMatchObject({ again: false });
    // The group's day decides: at 18:00 UTC on 31 December it is already 1 January in Jakarta.
    const newYearsEve = new Date('2026-12-31T18:00:00Z');
    expect(await requestDownload(t.db, scopes.fitri, w.melati, { kind: 'quarterly_xlsx', quarter: '2027Q1' }, 'id', newToken(), newYearsEve)).toMatchObject({ again: false });
  });

  it('a second press of the form that made her third download answers with it, not "too many"', async () => {
    await noDownloads();
    const what: DownloadAsk = { kind: 'export_csv', ...RANGE };
    await ask(scopes.fitri, w.melati, what);
    await ask(scopes.fitri, w.melati, what);
    const token = newToken();
    const third = await requestDownload(t.db, scopes.fitri, w.melati, what, 'id', token, clock.now());
    expect(third).toMatchObject({ again: false });
    expect(await requestDownload(t.db, scopes.fitri, w.melati, what, 'id', token, clock.now())).toEqual({ id: (third as { id: number }).id, again: true });
    // Both presses at the same moment, with two waiting: one makes it, the other answers with it.
    await noDownloads();
    await ask(scopes.fitri, w.melati, what);
    await ask(scopes.fitri, w.melati, what);
    const same = newToken();
    const both = await Promise.all([1, 2].map(() => requestDownload(t.db, scopes.fitri, w.melati, what, 'id', same, clock.now())));
    expect(both.map((b) => b && 'again' in b && b.again).sort()).toEqual([false, true]);
  });

  it('forms pressed at the same moment never make more than three of hers', async () => {
    await noDownloads();
    const what: DownloadAsk = { kind: 'export_csv', ...RANGE };
    const made = await Promise.all([1, 2, 3, 4, 5].map(() => requestDownload(t.db, scopes.fitri, w.melati, what, 'id', newToken(), clock.now())));
    expect(made.filter((m) => m && 'again' in m).length).toBe(DOWNLOAD_MAX_UNFINISHED);
    expect(made.filter((m) => m && 'refused' in m).length).toBe(5 - DOWNLOAD_MAX_UNFINISHED);
    const n = await sql<{ n: number }>`select count(*)::int as n from downloads where person_id = ${w.fitri.personId}`.execute(t.db);
    expect(n.rows[0]!.n).toBe(DOWNLOAD_MAX_UNFINISHED);
  });

  it('the file goes to whoever’s scope holds the group, not to others; her list shows only hers', async () => {
    await noDownloads();
    const id = await ask(scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE });
    expect(await downloadFile(t.db, scopes.fitri, id)).toBeUndefined(); // not made yet
    await makeDownload(deps(), id);
    for (const [name, sees] of [['fitri', true], ['maya', true], ['admin', true], ['gita', false], ['nina', false]] as const) {
      expect(Boolean(await downloadFile(t.db, scopes[name], id)), name).toBe(sees);
    }
    expect((await myDownloads(t.db, scopes.fitri)).map((d) => d.id)).toEqual([id]);
    expect(await myDownloads(t.db, scopes.maya)).toEqual([]);
  });
});

describe('nothing is lost', () => {
  const handedTo = () => {
    const handed: FollowUp[] = [];
    return { handed, handOff: async (work: readonly FollowUp[]) => void handed.push(...work) };
  };

  it('a request whose hand-off was lost (Redis lost it, a crash) is re-handed by the sweep and made', async () => {
    await noDownloads();
    const id = await ask(scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE });
    const early = handedTo();
    expect(await sweepDownloads(deps(), early.handOff)).toBe(0); // still within its grace
    const later = fixedClock(new Date(clock.now().getTime() + DOWNLOAD_SWEEP_GRACE_MS + 1000));
    const swept = handedTo();
    expect(await sweepDownloads(deps({ clock: later }), swept.handOff)).toBe(1);
    expect(swept.handed).toEqual([{ kind: 'make_download', requestId: id }]);
    expect(await makeDownload(deps({ clock: later }), id)).toBe('ready');
  });

  it('a job that died holding its claim is taken over once its heartbeat is stale; the dead job writes nothing more', async () => {
    await noDownloads();
    const id = await ask(scopes.fitri, w.melati, { kind: 'export_xlsx', ...RANGE });
    const at = new Date(clock.now().getTime() + 1000);
    // A worker claims it and dies (its heartbeat stops).
    const dead = (await claimDownload(t.db, id, at, new Date(at.getTime() - DOWNLOAD_STALE_MS), DOWNLOAD_MAX_ATTEMPTS))!;
    expect([dead.status, dead.attempt]).toEqual(['working', 1]);
    // A second job meanwhile: the claim is live, so it waits its turn (retried).
    expect(await makeDownload(deps(), id)).toBe('busy');
    const soon = fixedClock(new Date(at.getTime() + DOWNLOAD_STALE_MS - 1000));
    const notYet = handedTo();
    expect(await sweepDownloads(deps({ clock: soon }), notYet.handOff)).toBe(0);

    const stale = fixedClock(new Date(at.getTime() + DOWNLOAD_STALE_MS + 1000));
    const swept = handedTo();
    expect(await sweepDownloads(deps({ clock: stale }), swept.handOff)).toBe(1);
    expect(swept.handed).toEqual([{ kind: 'make_download', requestId: id }]);
    expect(await makeDownload(deps({ clock: stale }), id)).toBe('ready');
    const row = (await findDownload(t.db, id))!;
    expect([row.status, row.attempt]).toEqual(['ready', 2]);
    // The first job, were it only slow: its claim is gone, it cannot move the row.
    expect(await setProgress(t.db, id, dead.attempt, { done: 1, total: 1 }, stale.now())).toBe(false);
    expect((await findDownload(t.db, id))!.status).toBe('ready');
  });

  it('a job that fails on an error it retries (not a rule) gives its claim back: the retry makes the file at once', async () => {
    await noDownloads();
    const id = await ask(scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE });
    const blip = makeDownload(deps({ onProgress: async () => Promise.reject(new Error('connection reset')) }), id);
    await expect(blip).rejects.toThrow('connection reset');
    expect((await findDownload(t.db, id))!.status).toBe('waiting');
    expect(await makeDownload(deps(), id)).toBe('ready');
    expect((await findDownload(t.db, id))!.attempt).toBe(2);
  });

  it('a file whose every claim ends in an ordinary error fails at the third (the page says so) instead of being handed round for a week', async () => {
    await noDownloads();
    const id = await ask(scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE });
    const broken = deps({ onProgress: async () => Promise.reject(new Error('file system full')) });
    for (let i = 1; i < DOWNLOAD_MAX_ATTEMPTS; i++) {
      await expect(makeDownload(broken, id)).rejects.toThrow('file system full');
      expect([(await findDownload(t.db, id))!.status, (await findDownload(t.db, id))!.attempt]).toEqual(['waiting', i]);
    }
    // The last claim: failed for good, not thrown (BullMQ would retry it) nor given back.
    expect(await makeDownload(broken, id)).toBe('failed');
    const row = (await findDownload(t.db, id))!;
    expect([row.status, row.failure, row.attempt]).toEqual(['failed', 'lost', DOWNLOAD_MAX_ATTEMPTS]);
    // Her slot is free again.
    expect(await requestDownload(t.db, scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE }, 'id', newToken(), clock.now())).toMatchObject({ again: false });
  });

  it('a row given back as waiting with no claims left is failed by the sweep (not re-handed) and by its job (not claimed)', async () => {
    await noDownloads();
    const later = fixedClock(new Date(clock.now().getTime() + DOWNLOAD_SWEEP_GRACE_MS + 1000));
    const bySweep = await ask(scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE });
    const byJob = await ask(scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE });
    // As releaseDownload leaves a row after its last claim's error (the release raced the sweep, or an older version).
    await sql`update downloads set status = 'waiting', attempt = ${DOWNLOAD_MAX_ATTEMPTS} where id in (${bySweep}, ${byJob})`.execute(t.db);
    expect(await claimDownload(t.db, byJob, later.now(), new Date(later.now().getTime() - DOWNLOAD_STALE_MS), DOWNLOAD_MAX_ATTEMPTS)).toBeUndefined();
    expect(await makeDownload(deps({ clock: later }), byJob)).toBe('failed');
    const swept = handedTo();
    expect(await sweepDownloads(deps({ clock: later }), swept.handOff)).toBe(0);
    expect(swept.handed).toEqual([]);
    for (const id of [bySweep, byJob]) {
      const row = (await findDownload(t.db, id))!;
      expect([row.status, row.failure, row.attempt]).toEqual(['failed', 'lost', DOWNLOAD_MAX_ATTEMPTS]);
    }
  });

  it('a file lost three times fails instead of killing workers for ever', async () => {
    await noDownloads();
    const id = await ask(scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE });
    let at = clock.now().getTime();
    for (let i = 0; i < DOWNLOAD_MAX_ATTEMPTS; i++) {
      at += DOWNLOAD_STALE_MS + 1000;
      expect(await claimDownload(t.db, id, new Date(at), new Date(at - DOWNLOAD_STALE_MS), DOWNLOAD_MAX_ATTEMPTS)).toBeDefined();
    }
    const late = fixedClock(new Date(at + DOWNLOAD_STALE_MS + 1000));
    const swept = handedTo();
    expect(await sweepDownloads(deps({ clock: late }), swept.handOff)).toBe(0);
    expect(swept.handed).toEqual([]);
    const row = (await findDownload(t.db, id))!;
    expect([row.status, row.failure]).toEqual(['failed', 'lost']);
    expect(await makeDownload(deps({ clock: late }), id)).toBe('not-waiting');
  });

  it('rows and their files are removed a week after they were asked for', async () => {
    await noDownloads();
    const old = await ask(scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE });
    await makeDownload(deps(), old);
    const laterClock = fixedClock(new Date(clock.now().getTime() + DOWNLOAD_TTL_MS - 60_000));
    const fresh = (await requestDownload(t.db, scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE }, 'id', newToken(), laterClock.now())) as { id: number };
    await makeDownload(deps({ clock: laterClock }), fresh.id);
    const weekOn = fixedClock(new Date(clock.now().getTime() + DOWNLOAD_TTL_MS + 1000));
    await sweepDownloads(deps({ clock: weekOn }), async () => undefined);
    const left = await sql<{ id: number }>`select id::int as id from downloads order by id`.execute(t.db);
    expect(left.rows.map((r) => r.id)).toEqual([fresh.id]);
    expect(await downloadFile(t.db, scopes.fitri, old)).toBeUndefined();
  });
});

describe('the downloads queue on Redis', () => {
  it('hands a request to its worker; after Redis lost everything, the sweep finds the waiting row and the worker makes it', async () => {
    await noDownloads();
    const r = await createTestRedis();
    const later = fixedClock(new Date(clock.now().getTime() + DOWNLOAD_SWEEP_GRACE_MS + 1000));
    const job = await startFollowUpWorker('make_download', {
      connection: r.connection,
      prefix: r.prefix,
      deps: { db: t.db, clock: later, dispatch: async () => undefined, dataDir, log: silentLogger() },
    });
    try {
      const schedulers = await job.queue.getJobSchedulers();
      expect(schedulers.map((s) => ({ key: s.key, every: Number(s.every) }))).toEqual([{ key: SCHEDULERS.downloadsSweep.key, every: 60_000 }]);
      // Handed over as the console does after its commit: the worker makes it.
      const first = await ask(scopes.fitri, w.melati, { kind: 'export_csv', ...RANGE });
      await job.handOff([{ kind: 'make_download', requestId: first }]);
      await eventually(async () => (await findDownload(t.db, first))?.status === 'ready', { what: 'the handed-over download made' });

      // A request whose hand-off never reached Redis, then Redis loses its data (its keys gone).
      const lost = await ask(scopes.fitri, w.melati, { kind: 'export_xlsx', ...RANGE });
      let cursor = '0';
      do {
        const [next, keys] = await r.connection.scan(cursor, 'MATCH', `${r.prefix}*`, 'COUNT', 500);
        cursor = next;
        if (keys.length) await r.connection.del(...keys);
      } while (cursor !== '0');
      expect((await findDownload(t.db, lost))!.status).toBe('waiting');
      // The sweep's scheduler comes back (schedulers.ts re-creates lost ones); its next tick, now:
      await job.queue.add(SCHEDULERS.downloadsSweep.key, {});
      await eventually(async () => (await findDownload(t.db, lost))?.status === 'ready', { what: 'the stranded download made', timeoutMs: 20_000 });
    } finally {
      await job.close();
      await r.cleanup();
    }
  });
});
