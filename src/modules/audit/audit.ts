/**
 * The console's audit log (pure rules): what kinds of rows there are, where each comes
 * from, and the keyset cursor that pages through them newest first.
 *
 * Rows come from several tables, each read by its owning module (a "source"); the page
 * merges them by time. A cursor is the last row's (time to the microsecond, source rank, id):
 * the next page is every row strictly before it in (at desc, rank desc, id desc) order, so
 * rows written while she pages never shift a page, and no row is shown twice or skipped.
 */

/** Where audit rows come from; the number is the source's rank in the sort (ties at one instant). */
export const AUDIT_SOURCES = {
  on_behalf: 1,
  refusal: 2,
  login_refused: 3,
  staff_granted: 4,
  staff_ended: 5,
  facilitator_assigned: 6,
  member_role: 7,
  join_code_rotated: 8,
  login: 9,
  member_added: 10,
  media_done: 11,
  onboarded: 12,
  quarterly_filled: 13,
  loan_given: 14,
  download_requested: 15,
} as const;

export type AuditSource = keyof typeof AUDIT_SOURCES;

/** What the page can be narrowed to (`?jenis=` on the page). */
export type AuditKind = 'on_behalf' | 'refusal' | 'role' | 'join_code' | 'login' | 'loan' | 'download';

export const AUDIT_KINDS: readonly AuditKind[] = ['on_behalf', 'refusal', 'role', 'join_code', 'login', 'loan', 'download'];

/** The sources each kind reads; a refused login is both a refusal and a login. */
export const SOURCES_OF_KIND: Readonly<Record<AuditKind, readonly AuditSource[]>> = {
  // Entries written for a member, help-inbox items marked done without one, and quarterly figures filled in for her.
  on_behalf: ['on_behalf', 'media_done', 'quarterly_filled'],
  refusal: ['refusal', 'login_refused'],
  role: ['staff_granted', 'staff_ended', 'facilitator_assigned', 'member_role', 'member_added', 'onboarded'],
  join_code: ['join_code_rotated'],
  login: ['login', 'login_refused'],
  loan: ['loan_given'],
  // Files asked for on the console's downloads page (books, quarterly reports).
  download: ['download_requested'],
};

export const ALL_SOURCES = Object.keys(AUDIT_SOURCES) as AuditSource[];

export const AUDIT_PAGE_SIZE = 50;

export interface AuditCursor {
  /** UTC time to the microsecond, as Postgres keeps it: 2026-12-10T05:00:00.123456. */
  at: string;
  rank: number;
  id: number;
}

const CURSOR = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6})_(\d{1,2})_(\d{1,18})$/;

export function encodeCursor(c: AuditCursor): string {
  return `${c.at}_${c.rank}_${c.id}`;
}

/** A cursor from the address bar, or undefined when it is not one (the first page is shown). */
export function decodeCursor(raw: string | undefined): AuditCursor | undefined {
  const m = raw ? CURSOR.exec(raw) : null;
  if (!m) return undefined;
  const id = Number(m[3]);
  return Number.isSafeInteger(id) && !Number.isNaN(Date.parse(`${m[1]}Z`)) ? { at: m[1]!, rank: Number(m[2]), id } : undefined;
}
