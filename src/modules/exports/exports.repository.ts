/**
 * The SQL of exports: a group's entries read through a server-side cursor in batches (a
 * year of a large programme never sits in memory), the per-member totals and the loans
 * (few rows: read at once), and the export requests made in chat.
 */
import { sql, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import type { Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import type { ExportRange, MemberTotals } from './exports.ts';

/** Rows fetched from the cursor at a time. */
export const EXPORT_BATCH = 2000;

/**
 * Runs `fn` in one read snapshot (repeatable read), so the three sheets and the CSV agree
 * with each other even while members keep recording. Inside a caller's transaction, that
 * transaction is the snapshot.
 */
export async function inSnapshot<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return fn(db);
  return db.transaction().setIsolationLevel('repeatable read').execute(fn);
}

let cursors = 0;

/** Yields the rows of `query` in batches from a server-side cursor. `trx` must be a transaction. */
export async function* cursorBatches<T>(trx: Db, query: RawBuilder<T>, batch = EXPORT_BATCH): AsyncGenerator<T[]> {
  const name = sql.id(`export_cursor_${++cursors}`);
  await sql`declare ${name} no scroll cursor for ${query}`.execute(trx);
  try {
    for (;;) {
      const { rows } = await sql<T>`fetch forward ${sql.lit(batch)} from ${name}`.execute(trx);
      if (rows.length === 0) return;
      yield rows;
      if (rows.length < batch) return;
    }
  } finally {
    // After a failed statement the transaction is aborted and closing would fail too,
    // hiding the first error: the transaction's end closes the cursor anyway.
    await sql`close ${name}`.execute(trx).catch(() => undefined);
  }
}

/** One row of the entries sheet. */
export interface EntryRow {
  date: IsoDate;
  member: string;
  kind: string;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  unitPrice: number | null;
  amount: number;
  /** When it was written, in the group's time zone: YYYY-MM-DD HH:MM. */
  enteredAt: string;
}

/**
 * The group's members whose books an export covers: its ACTIVE members (an entry belongs
 * to a person; her membership puts it in the group's books).
 */
function activeMembers(groupId: number) {
  return sql`select person_id from memberships where group_id = ${groupId} and status = 'active'`;
}

/** Active (not voided) entries of the group's active members in the range, by date, member, then as written. */
export function entriesQuery(groupId: number, range: ExportRange, timeZone: string): RawBuilder<EntryRow> {
  return sql<EntryRow>`
    select e.business_date as "date", p.name as "member", e.kind, e.item, e.quantity, e.unit,
           e.unit_price as "unitPrice", e.amount,
           to_char(e.created_at at time zone ${timeZone}, 'YYYY-MM-DD HH24:MI') as "enteredAt"
      from ledger_entries e
      join people p on p.id = e.person_id
     where e.person_id in (${activeMembers(groupId)})
       and e.business_date between ${range.from} and ${range.to}
       and e.voided_at is null
     order by e.business_date, p.name, p.id, e.id`;
}

/** Every active member with her totals over the range (zeros when she recorded nothing), by name. */
export async function memberTotals(db: Db, groupId: number, range: ExportRange): Promise<MemberTotals[]> {
  const { rows } = await sql<Omit<MemberTotals, 'profit'>>`
    select p.id as "personId", p.name, m.role,
           count(distinct e.business_date)::bigint as "daysRecorded",
           coalesce(sum(e.amount) filter (where e.kind = 'sale'), 0)::bigint as sales,
           coalesce(sum(e.amount) filter (where e.kind = 'expense'), 0)::bigint as expenses,
           coalesce(sum(e.amount) filter (where e.kind = 'withdrawal'), 0)::bigint as withdrawals,
           coalesce(sum(e.amount) filter (where e.kind = 'capital'), 0)::bigint as capital
      from memberships m
      join people p on p.id = m.person_id
      left join ledger_entries e
        on e.person_id = m.person_id
       and e.business_date between ${range.from} and ${range.to}
       and e.voided_at is null
     where m.group_id = ${groupId} and m.status = 'active'
     group by p.id, p.name, m.role
     order by p.name, p.id`.execute(db);
  return rows.map((r) => ({ ...r, profit: r.sales - r.expenses }));
}

/** Ids of the loans an export shows: the group's own and its active members' personal loans. */
export async function loanIdsOfGroup(db: Db, groupId: number): Promise<{ id: number; borrower: string | null }[]> {
  const { rows } = await sql<{ id: number; borrower: string | null }>`
    select l.id, p.name as borrower
      from loans l
      left join people p on p.id = l.person_id
     where l.group_id = ${groupId}
        or l.person_id in (${activeMembers(groupId)})
     order by l.group_id is null, p.name nulls first, l.id`.execute(db);
  return rows;
}

// Requests made in chat ("/ekspor"), made into files by a background job.

export interface ExportRequest {
  id: number;
  sourceMessageId: number | null;
  groupId: number;
  personId: number;
  platform: Platform;
  chatId: string;
  from: IsoDate;
  to: IsoDate;
  status: 'pending' | 'done' | 'failed';
  createdAt: Date;
}

const requestColumns = sql`id, source_message_id as "sourceMessageId", group_id as "groupId", person_id as "personId",
  platform, chat_id as "chatId", date_from as "from", date_to as "to", status, created_at as "createdAt"`;

/** Writes the request of this inbound message; a second call for the same message returns the first. */
export async function insertRequest(db: Db, request: Omit<ExportRequest, 'id' | 'status' | 'createdAt'>): Promise<ExportRequest> {
  const { rows } = await sql<ExportRequest>`
    insert into export_requests (source_message_id, group_id, person_id, platform, chat_id, date_from, date_to)
    values (${request.sourceMessageId}, ${request.groupId}, ${request.personId}, ${request.platform}, ${request.chatId}, ${request.from}, ${request.to})
    on conflict (source_message_id) do nothing
    returning ${requestColumns}`.execute(db);
  if (rows[0]) return rows[0];
  const existing = request.sourceMessageId === null ? undefined : await findRequestBySource(db, request.sourceMessageId);
  if (!existing) throw new Error('export request vanished');
  return existing;
}

export async function findRequest(db: Db, id: number): Promise<ExportRequest | undefined> {
  const { rows } = await sql<ExportRequest>`select ${requestColumns} from export_requests where id = ${id}`.execute(db);
  return rows[0];
}

export async function findRequestBySource(db: Db, sourceMessageId: number): Promise<ExportRequest | undefined> {
  const { rows } = await sql<ExportRequest>`select ${requestColumns} from export_requests where source_message_id = ${sourceMessageId}`.execute(db);
  return rows[0];
}

/** Requests still pending that were written before `before` (their job may never have been queued). */
export async function stalePendingRequests(db: Db, before: Date, limit = 50): Promise<ExportRequest[]> {
  const { rows } = await sql<ExportRequest>`
    select ${requestColumns} from export_requests
     where status = 'pending' and created_at < ${before}
     order by created_at limit ${limit}`.execute(db);
  return rows;
}

export async function finishRequest(db: Db, id: number, outcome: { status: 'done' | 'failed'; failure?: string; at: Date }): Promise<void> {
  await sql`update export_requests set status = ${outcome.status}, failure = ${outcome.failure?.slice(0, 500) ?? null}, finished_at = ${outcome.at}
    where id = ${id}`.execute(db);
}

/** Ids of every group with this name (any facilitator's), case and spacing aside. */
export async function groupIdsNamed(db: Db, name: string): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select id from groups where lower(regexp_replace(trim(name), '\s+', ' ', 'g')) = lower(regexp_replace(trim(${name}), '\s+', ' ', 'g'))
     order by id`.execute(db);
  return rows.map((r) => r.id);
}

/** The group's name and time zone, or undefined (its own query: exports load no other module's service). */
export async function findExportGroup(db: Db, groupId: number): Promise<{ id: number; name: string; timeZone: string } | undefined> {
  const { rows } = await sql<{ id: number; name: string; timeZone: string }>`
    select id, name, time_zone as "timeZone" from groups where id = ${groupId}`.execute(db);
  return rows[0];
}
