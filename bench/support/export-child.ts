/**
 * The child process of bench/export.ts: one export, measured. It imports only the export
 * code, so what it reports is what an export costs. Prints one JSON line (ExportRun).
 *
 *   node --import tsx bench/support/export-child.ts DATABASE_URL GROUP_ID xlsx|csv OUT_FILE
 */
import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createDb } from '../../src/db/client.ts';
import type { ExportFormat } from '../../src/modules/exports/exports.ts';
import { exportGroup } from '../../src/modules/exports/exports.service.ts';

const MB = 1024 * 1024;

async function child(url: string, groupId: number, format: ExportFormat, out: string): Promise<void> {
  const db = createDb(url, { max: 2 });
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const baseline = peakRss;
  const sample = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const started = performance.now();
  const summary = await exportGroup(db, { groupId, range: { from: '2026-01-01', to: '2026-12-31' }, format, file: out, madeAt: new Date() });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sample);
  await db.destroy();
  // maxRSS is in kilobytes; it also catches a peak between two samples.
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  const run = {
    format,
    entries: summary.entries,
    seconds,
    bytes: (await stat(out)).size,
    peakRssMegabytes: peakRss / MB,
    peakHeapMegabytes: peakHeap / MB,
    baselineRssMegabytes: baseline / MB,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

const [url, group, format, out] = process.argv.slice(2);
await child(url!, Number(group), format as ExportFormat, out!);
