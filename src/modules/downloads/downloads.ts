/**
 * Downloads from the web console (pure rules): which files may be asked for, how a form's
 * fields become a request, and the limits that keep files in Postgres small and few.
 *
 * The files are the chat's own: a group's books as "/ekspor" sends them (XLSX, CSV) and
 * its quarterly report as "/laporan_kuartal" sends it (PDF, XLSX), made by the downloads
 * job (src/jobs/downloads.ts) with the same builders.
 */
import { addDays, isIsoDate, startOfMonth, type IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import type { DownloadKind, DownloadStatus } from '../../db/schema.ts';
import { checkRange } from '../exports/exports.ts';
import { isQuarterLabel, previousQuarter, quarterOf, reportedQuarter, type QuarterLabel } from '../reminders/schedule.ts';

export type { DownloadKind, DownloadStatus };

export const DOWNLOAD_KINDS: readonly DownloadKind[] = ['export_xlsx', 'export_csv', 'quarterly_pdf', 'quarterly_xlsx'];

export const DOWNLOAD_MIME: Record<DownloadKind, string> = {
  export_xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  export_csv: 'text/csv',
  quarterly_pdf: 'application/pdf',
  quarterly_xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** A file bigger than this is refused (`download_too_large`): a year of a large group's books is a few MB. */
export const DOWNLOAD_MAX_BYTES = 50 * 1024 * 1024;
/** Files being made for one person at once: more waits are refused kindly (the list shows hers). */
export const DOWNLOAD_MAX_UNFINISHED = 3;
/** A row and its file are removed this long after they were asked for. */
export const DOWNLOAD_TTL_MS = 7 * 24 * 3600_000;
/** A waiting row younger than this is left to its own job by the sweep. */
export const DOWNLOAD_SWEEP_GRACE_MS = 60_000;
/** A working row whose heartbeat is older than this lost its job (a crash, Redis lost it): taken over. */
export const DOWNLOAD_STALE_MS = 5 * 60_000;
/** Claims a row may have: a file that kills its worker three times fails (`download_lost`). */
export const DOWNLOAD_MAX_ATTEMPTS = 3;
/** How many of her downloads the page lists. */
export const DOWNLOAD_LIST_LIMIT = 30;

export type DownloadAsk =
  | { kind: 'export_xlsx' | 'export_csv'; from: IsoDate; to: IsoDate }
  | { kind: 'quarterly_pdf' | 'quarterly_xlsx'; quarter: QuarterLabel };

export function isExportKind(kind: DownloadKind): kind is 'export_xlsx' | 'export_csv' {
  return kind === 'export_xlsx' || kind === 'export_csv';
}

/**
 * A form's fields as a request, or the field to correct: `jenis` (the kind), `dari`/`sampai`
 * (an export's range, YYYY-MM-DD as a date input sends it) or `triwulan` (2026Q3).
 */
export function askOf(fields: { jenis: string; dari: string; sampai: string; triwulan: string }): DownloadAsk | { invalid: 'kind' | 'range' | 'quarter' } {
  const kind = DOWNLOAD_KINDS.find((k) => k === fields.jenis);
  if (!kind) return { invalid: 'kind' };
  if (isExportKind(kind)) {
    const from = fields.dari.trim();
    const to = fields.sampai.trim();
    if (!isIsoDate(from) || !isIsoDate(to)) return { invalid: 'range' };
    try {
      checkRange({ from, to });
    } catch (error) {
      if (error instanceof DomainError) return { invalid: 'range' };
      throw error;
    }
    return { kind, from, to };
  }
  const quarter = fields.triwulan.trim();
  return isQuarterLabel(quarter) ? { kind, quarter } : { invalid: 'quarter' };
}

/** The form's defaults, as in chat: this month so far; the last quarter that has ended. */
export function defaultsOf(today: IsoDate): { from: IsoDate; to: IsoDate; quarter: QuarterLabel } {
  return { from: startOfMonth(today), to: today, quarter: reportedQuarter(today) };
}

/** Quarters offered: this one (provisional) and the four before it, newest first. */
export function quarterChoices(today: IsoDate): QuarterLabel[] {
  const quarters = [quarterOf(today)];
  while (quarters.length < 5) quarters.push(previousQuarter(quarters.at(-1)!));
  return quarters;
}

/** Whole percent done, 0–100 (never 100 before the file is ready). */
export function percentOf(status: DownloadStatus, done: number, total: number): number {
  if (status === 'ready') return 100;
  if (total <= 0) return 0;
  return Math.min(99, Math.floor((100 * Math.min(done, total)) / total));
}

/** When a row is removed. */
export function expiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + DOWNLOAD_TTL_MS);
}

export { addDays };

/** Why a file could not be made (the page says it in words): the group is gone, the range is not one, too big, lost three times. */
export type DownloadFailure = 'group_not_found' | 'range_invalid' | 'too_large' | 'lost';
export const DOWNLOAD_FAILURES: readonly DownloadFailure[] = ['group_not_found', 'range_invalid', 'too_large', 'lost'];
