/**
 * The SQL of exports: a group's entries read through a server-side cursor in batches (a
 * year of a large programme never sits in memory), the per-member totals and the loans
 * (few rows: read at once) composed from their owners (groups, people, ledger, loans), and
 * the export requests made in chat.
 */
import { sql, type Expression, type RawBuilder } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import type { Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import * as groups from '../groups/groups.repository.ts';
import { listedEntriesQuery, totalsByPerson, type ListedEntry } from '../ledger/ledger.repository.ts';
import { NO_TOTALS } from '../ledger/ledger.ts';
import { loansGivenInGroup } from '../loans/loans.repository.ts';
import { orderPaymentKindOf } from '../orders/orders.repository.ts';
import { personName } from '../people/people.repository.ts';
import { isCreditSale } from '../receivables/receivables.repository.ts';
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
export type EntryRow = ListedEntry;

/**
 * The group's members whose books an export covers: its ACTIVE members (an entry belongs
 * to a person; her membership puts it in the group's books), named from the people module.
 */
function activeMembers(groupId: number) {
  return { ids: groups.activeMemberIdsOf(groupId), nameOf: personName };
}

/** What a sale is beside a plain sale: an order's DP or later payment (orders), or a credit sale (receivables). */
function originOf(entryId: Expression<number>): Expression<string | null> {
  return sql<string | null>`coalesce(${orderPaymentKindOf(entryId)}, case when ${isCreditSale(entryId)} then 'credit_sale' end)`;
}

/** Active (not voided) entries of the group's active members in the range, by date, member, then as written. */
export function entriesQuery(groupId: number, range: ExportRange, timeZone: string): RawBuilder<EntryRow> {
  return listedEntriesQuery({ ...activeMembers(groupId), originOf }, range, timeZone);
}

/** How many rows `entriesQuery` gives (the console's downloads count their progress against it). */
export async function countEntries(db: Db, groupId: number, range: ExportRange, timeZone: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from (${entriesQuery(groupId, range, timeZone)}) q`.execute(db);
  return rows[0]!.n;
}

/** Every active member with her totals over the range (zeros when she recorded nothing), by name. */
export async function memberTotals(db: Db, groupId: number, range: ExportRange): Promise<MemberTotals[]> {
  const members = await groups.listMembers(db, groupId, ['active']);
  const totals = await totalsByPerson(db, members.map((m) => m.personId), range);
  return members.map((m) => {
    const t = totals.get(m.personId) ?? { daysRecorded: 0, ...NO_TOTALS };
    return {
      personId: m.personId,
      name: m.name,
      role: m.role,
      daysRecorded: t.daysRecorded,
      sales: t.sales,
      expenses: t.expenses,
      profit: t.sales - t.expenses,
      withdrawals: t.withdrawals,
      capital: t.capital,
    };
  });
}

/**
 * Ids of the loans an export shows: those given in the group, its own and its members' —
 * a member who has left still has hers here, a loan given in her other group is not.
 */
export async function loanIdsOfGroup(db: Db, groupId: number): Promise<{ id: number; borrower: string | null }[]> {
  return loansGivenInGroup(db, groupId, personName);
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
