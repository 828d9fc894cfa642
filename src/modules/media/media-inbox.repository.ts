/**
 * The help inbox's reads and writes over media_messages (migration 037): the items a
 * console scope sees, oldest first, and marking one done. Which items a scope sees is
 * `groupSeeingItem` (programmes/scope.ts: the book window's rule, per item): the services
 * hand it in, made from the viewer's ScopedGroups, so no query here decides visibility.
 */
import { sql, type RawBuilder } from 'kysely';
import type { MediaKind } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';

/** The scope's rule as an SQL expression over `mm` (media_messages) and `p` (her person row). */
export type SeeingGroup = RawBuilder<number | null>;

/** The columns of `mm` and `p` the scope's rule reads (what `groupSeeingItem` is given). */
export const ITEM_COLUMNS = { person: 'mm.person_id', at: 'mm.received_at', timeZone: 'p.time_zone' } as const;

export interface InboxItem {
  id: number;
  personId: number;
  memberName: string;
  /** The scope's group she is seen through (the lowest id where several). */
  groupId: number;
  groupName: string;
  platform: string;
  kind: MediaKind;
  ref: string;
  caption: string | null;
  mimeType: string | null;
  receivedAt: Date;
  timeZone: string;
  doneAt: Date | null;
  doneBy: string | null;
}

interface Row {
  id: string;
  person_id: string;
  member_name: string;
  group_id: string;
  group_name: string;
  platform: string;
  kind: MediaKind;
  ref: string;
  caption: string | null;
  mime_type: string | null;
  received_at: Date;
  time_zone: string;
  done_at: Date | null;
  done_by: string | null;
}

function toItem(r: Row): InboxItem {
  return {
    id: Number(r.id),
    personId: Number(r.person_id),
    memberName: r.member_name,
    groupId: Number(r.group_id),
    groupName: r.group_name,
    platform: r.platform,
    kind: r.kind,
    ref: r.ref,
    caption: r.caption,
    mimeType: r.mime_type,
    receivedAt: r.received_at,
    timeZone: r.time_zone,
    doneAt: r.done_at,
    doneBy: r.done_by,
  };
}

/** Items with the group that sees each (null: out of scope), as a derived table `seen`. */
function seen(seeing: SeeingGroup, where: RawBuilder<unknown>) {
  return sql`(select mm.*, p.name as member_name, p.time_zone, ${seeing} as group_id
                from media_messages mm join people p on p.id = mm.person_id
               where ${where}) seen`;
}

const SELECT = sql`seen.id, seen.person_id, seen.member_name, seen.group_id, g.name as group_name, seen.platform, seen.kind,
  seen.ref, seen.caption, seen.mime_type, seen.received_at, seen.time_zone, seen.done_at,
  (select d.name from people d where d.id = seen.done_by_person_id) as done_by`;

/**
 * One page of the waiting items the scope sees, oldest first (by media_messages_waiting_idx),
 * and how many wait in all. The rule is probed per waiting item: the waiting ones are few
 * (each is dealt with, or marked done, within days).
 */
export async function waitingItems(db: Db, seeing: SeeingGroup, page: { limit: number; offset: number }): Promise<InboxItem[]> {
  const { rows } = await sql<Row>`select ${SELECT}
      from ${seen(seeing, sql`mm.done_at is null`)} join groups g on g.id = seen.group_id
     order by seen.received_at, seen.id limit ${page.limit} offset ${page.offset}`.execute(db);
  return rows.map(toItem);
}

export async function countWaiting(db: Db, seeing: SeeingGroup): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${seen(seeing, sql`mm.done_at is null`)} where seen.group_id is not null`.execute(db);
  return rows[0]?.n ?? 0;
}

/** One item if the scope sees it (waiting or done); `lock`: held FOR UPDATE until the transaction ends. */
export async function itemInScope(db: Db, seeing: SeeingGroup, id: number, lock = false): Promise<InboxItem | undefined> {
  // The lock is taken first, alone: FOR UPDATE cannot sit on a query with a derived table,
  // and a second request for the same item waits here until the first one commits.
  if (lock) await sql`select id from media_messages where id = ${id} for update`.execute(db);
  const { rows } = await sql<Row>`select ${SELECT}
      from ${seen(seeing, sql`mm.id = ${id}`)} join groups g on g.id = seen.group_id`.execute(db);
  return rows[0] ? toItem(rows[0]) : undefined;
}

/** Marks it done once: an item already done keeps its first who and when. True when this call marked it. */
export async function markDone(db: Db, id: number, by: number, at: Date): Promise<boolean> {
  const done = await db
    .updateTable('media_messages')
    .set({ done_at: at, done_by_person_id: by })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}
