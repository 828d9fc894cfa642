/**
 * Export of a large programme's year: 200,000 entries of one group of 200 members over
 * 2026 (plus a group loan), exported to XLSX and to CSV. Each export runs in a child
 * process of its own that loads only the export code: the child samples
 * `process.memoryUsage()` every 20 ms and reports its maximum resident set size
 * (`process.resourceUsage().maxRSS`), its RSS just before the export (Node, tsx and the
 * modules) and its peak heap. Goal: the export takes under 200 MB (peak − before).
 *
 *   npx tsx bench/export.ts [--entries 200000] [--members 200]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExportFormat } from '../src/modules/exports/exports.ts';
import { addFacilitator, createGroup } from '../src/modules/groups/groups.service.ts';
import { createLoan } from '../src/modules/loans/loans.service.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { analyze, seedNamedMembers, seedYearOfEntries } from './support/seed.repository.ts';

export interface ExportRun {
  format: ExportFormat;
  entries: number;
  seconds: number;
  bytes: number;
  /** Maximum resident set size of the child process that exported, MB. */
  peakRssMegabytes: number;
  /** Peak V8 heap in use, MB (sampled). */
  peakHeapMegabytes: number;
  /** RSS of the same child just before the export started (Node, tsx and the modules), MB. */
  baselineRssMegabytes: number;
}

export interface ExportBenchResult {
  entries: number;
  members: number;
  seedSeconds: number;
  runs: ExportRun[];
}


function runChild(url: string, groupId: number, format: ExportFormat, out: string): Promise<ExportRun> {
  return new Promise((resolve, reject) => {
    const script = fileURLToPath(new URL('./support/export-child.ts', import.meta.url));
    const proc = spawn(process.execPath, ['--import', 'tsx', script, url, String(groupId), format, out], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    proc.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0) return reject(new Error(`export child exited with ${code}`));
      try {
        resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as ExportRun);
      } catch (error) {
        reject(error);
      }
    });
  });
}

export async function runExportBench(options: { entries?: number; members?: number } = {}): Promise<ExportBenchResult> {
  const entries = options.entries ?? 200_000;
  const members = options.members ?? 200;
  const t = await createTestDatabase();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dampingi-export-bench-'));
  try {
    const seeding = performance.now();
    const facilitator = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900000001', timeZone: 'Asia/Jakarta' });
    const group = await createGroup(t.db, { name: 'Bench', trades: ['asesoris'], facilitatorId: facilitator.id, timeZone: 'Asia/Jakarta' });
    await seedNamedMembers(t.db, group.id, members);
    await seedYearOfEntries(t.db, group.id, members, entries);
    await createLoan(t.db, { groupId: group.id }, { principal: 10_000_000, annualRatePercent: 6, months: 12, method: 'flat', disbursed: '2026-01-10' }, new Date('2026-01-10T03:00:00Z'));
    await analyze(t.db);
    const seedSeconds = (performance.now() - seeding) / 1000;

    const runs: ExportRun[] = [];
    for (const format of ['xlsx', 'csv'] as const) {
      runs.push(await runChild(t.url, group.id, format, path.join(dir, `bench.${format}`)));
    }
    return { entries, members, seedSeconds, runs };
  } finally {
    await rm(dir, { recursive: true, force: true });
    await t.drop();
  }
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values } = parseArgs({ options: { entries: { type: 'string' }, members: { type: 'string' } } });
  const result = await runExportBench({
    entries: values.entries ? Number(values.entries) : undefined,
    members: values.members ? Number(values.members) : undefined,
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
