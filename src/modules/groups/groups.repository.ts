/** SQL for facilitators, groups, their trades and chats, and memberships. */
import { expressionBuilder, sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Platform } from '../../core/messages.ts';
import type { Rupiah } from '../../core/money.ts';
import type { Db } from '../../db/client.ts';
import type { Database, LeadTarget } from '../../db/schema.ts';
import { entriesBetween } from '../ledger/ledger.repository.ts';
import { personName, personPhone } from '../people/people.repository.ts';
import type { Group, Member, MembershipStatus, Role } from './groups.ts';
import type { GroupIds } from './group-scope.repository.ts';

const groupColumns = [
  'groups.id',
  'groups.name',
  'groups.facilitator_id as facilitatorId',
  'groups.village',
  'groups.district',
  'groups.time_zone as timeZone',
  'groups.join_code as joinCode',
  sql<string[]>`coalesce((select array_agg(trade_code order by trade_code) from group_trades where group_id = groups.id), '{}')`.as('trades'),
] as const;

export async function findFacilitatorByPerson(db: Db, personId: number): Promise<{ id: number } | undefined> {
  return db.selectFrom('facilitators').select('id').where('person_id', '=', personId).executeTakeFirst();
}

export async function findFacilitator(db: Db, id: number): Promise<{ id: number; personId: number; name: string } | undefined> {
  return db
    .selectFrom('facilitators')
    .select((eb) => ['facilitators.id', 'facilitators.person_id as personId', personName(eb.ref('facilitators.person_id')).as('name')])
    .where('facilitators.id', '=', id)
    .executeTakeFirst();
}

/**
 * The facilitators who run any of these groups, and those who run no group yet (every
 * facilitator for 'all'), with their names: whom a group form offers a manager (her
 * programme's, and the newly made ones not yet anyone's; another programme's stay hidden).
 */
export async function facilitatorsOf(db: Db, groupIds: GroupIds | 'all'): Promise<{ id: number; name: string }[]> {
  let query = db.selectFrom('facilitators').select((eb) => ['facilitators.id', personName(eb.ref('facilitators.person_id')).as('name')]);
  if (groupIds !== 'all') {
    query = query.where((eb) =>
      eb.or([
        eb('facilitators.id', 'in', eb.selectFrom('groups').select('groups.facilitator_id').where('groups.id', 'in', groupIds)),
        eb.not(eb.exists(eb.selectFrom('groups').select('groups.id').whereRef('groups.facilitator_id', '=', 'facilitators.id'))),
      ]),
    );
  }
  return query.orderBy('name').orderBy('facilitators.id').execute();
}

/** How many groups she facilitates in programme P and outside it (a manager may hand a login only to a facilitator wholly his). */
export async function facilitatorGroupsAround(db: Db, facilitatorId: number, programmeId: number): Promise<{ inside: number; outside: number }> {
  const row = await db
    .selectFrom('groups')
    .select((eb) => [
      eb.fn.countAll<string>().filterWhere('programme_id', '=', programmeId).as('inside'),
      eb.fn.countAll<string>().filterWhere('programme_id', '<>', programmeId).as('outside'),
    ])
    .where('facilitator_id', '=', facilitatorId)
    .executeTakeFirstOrThrow();
  return { inside: Number(row.inside), outside: Number(row.outside) };
}

/** Which of these people facilitate a group outside programme P (one statement for a page of the staff list). */
export async function facilitatorPersonIdsWithGroupOutside(db: Db, personIds: readonly number[], programmeId: number): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('facilitators')
    .select('facilitators.person_id')
    .where('facilitators.person_id', 'in', [...personIds])
    .where((eb) => eb.exists(eb.selectFrom('groups').select('groups.id').whereRef('groups.facilitator_id', '=', 'facilitators.id').where('groups.programme_id', '<>', programmeId)))
    .execute();
  return new Set(rows.map((r) => r.person_id));
}

export async function insertFacilitator(db: Db, personId: number): Promise<number> {
  const row = await db
    .insertInto('facilitators')
    .values({ person_id: personId })
    .onConflict((oc) => oc.column('person_id').doUpdateSet({ person_id: personId }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listFacilitators(db: Db) {
  return db
    .selectFrom('facilitators')
    .select((eb) => [
      'facilitators.id',
      'facilitators.person_id as personId',
      personName(eb.ref('facilitators.person_id')).as('name'),
      personPhone(eb.ref('facilitators.person_id')).as('phone'),
    ])
    .orderBy('facilitators.id')
    .execute();
}

export async function knownTrades(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('trades').select('code').orderBy('code').execute();
  return rows.map((r) => r.code);
}

/** The known trades with their names in Indonesian and English, by code. */
export async function listTrades(db: Db): Promise<{ code: string; name_id: string; name_en: string }[]> {
  return db.selectFrom('trades').select(['code', 'name_id', 'name_en']).orderBy('code').execute();
}

export async function insertGroup(
  db: Db,
  group: Omit<Group, 'id' | 'trades'>,
  trades: readonly string[],
): Promise<Group> {
  const row = await db
    .insertInto('groups')
    .values({
      name: group.name,
      facilitator_id: group.facilitatorId,
      village: group.village,
      district: group.district,
      time_zone: group.timeZone,
      join_code: group.joinCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (trades.length) {
    await db.insertInto('group_trades').values(trades.map((t) => ({ group_id: row.id, trade_code: t }))).execute();
  }
  return (await findGroup(db, row.id))!;
}

export async function findGroup(db: Db, id: number): Promise<Group | undefined> {
  return db.selectFrom('groups').select(groupColumns).where('groups.id', '=', id).executeTakeFirst();
}

export async function findGroupByCode(db: Db, code: string): Promise<Group | undefined> {
  return db.selectFrom('groups').select(groupColumns).where('groups.join_code', '=', code).executeTakeFirst();
}

export async function findGroupByChat(db: Db, platform: string, chatId: string): Promise<Group | undefined> {
  return db
    .selectFrom('group_chats')
    .innerJoin('groups', 'groups.id', 'group_chats.group_id')
    .select(groupColumns)
    .where('group_chats.platform', '=', platform)
    .where('group_chats.chat_id', '=', chatId)
    .executeTakeFirst();
}

export async function listGroups(db: Db, facilitatorId?: number): Promise<Group[]> {
  let query = db.selectFrom('groups').select(groupColumns).orderBy('groups.id');
  if (facilitatorId !== undefined) query = query.where('groups.facilitator_id', '=', facilitatorId);
  return query.execute();
}

export async function setJoinCode(db: Db, groupId: number, code: string): Promise<void> {
  await db.updateTable('groups').set({ join_code: code }).where('id', '=', groupId).execute();
}

export async function linkChat(
  db: Db,
  link: { groupId: number; platform: string; chatId: string; byPersonId: number | null },
): Promise<{ groupId: number }> {
  // A chat moves to the group whose code was used last; who may move it (only the
  // facilitator of the group it is linked to) is checked by the groups service first.
  const row = await db
    .insertInto('group_chats')
    .values({ group_id: link.groupId, platform: link.platform, chat_id: link.chatId, linked_by_person_id: link.byPersonId })
    .onConflict((oc) =>
      oc.columns(['platform', 'chat_id']).doUpdateSet({ group_id: link.groupId, linked_by_person_id: link.byPersonId, linked_at: sql`now()` }),
    )
    .returning('group_id as groupId')
    .executeTakeFirstOrThrow();
  return row;
}

// Roles and membership, written once here for every module that asks "who runs or keeps
// the money of this group" or "which groups is she in".

const memberships = () => expressionBuilder<Database, never>().selectFrom('memberships');

/** Subquery of the ids of the groups where she is an active member (for `in`). */
export function activeGroupIdsOfPerson(personId: number) {
  return memberships().select('memberships.group_id').where('memberships.person_id', '=', personId).where('memberships.status', '=', 'active');
}

/** Subquery of the ids of the active members of a group (for `in`). */
export function activeMemberIdsOf(groupId: number) {
  return memberships().select('memberships.person_id').where('memberships.group_id', '=', groupId).where('memberships.status', '=', 'active');
}

/** Subquery of the ids of the groups she runs as their facilitator (for `in`). */
export function groupIdsRunBy(personId: number) {
  return expressionBuilder<Database, never>()
    .selectFrom('groups')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .select('groups.id')
    .where('facilitators.person_id', '=', personId);
}

/** A group's name, as a scalar subquery; `groupId` refers to a column holding a group id. */
export function groupName(groupId: Expression<number>) {
  return expressionBuilder<Database, never>().selectFrom('groups').select('groups.name').where('groups.id', '=', groupId).$asScalar().$notNull();
}

/** Subquery of the ids of the active members of any of these groups (for `in`). */
export function activeMemberIdsOfGroups(groupIds: readonly number[]) {
  return memberships().select('memberships.person_id').where('memberships.group_id', 'in', [...groupIds]).where('memberships.status', '=', 'active');
}

/** The active memberships of these groups, by person then group (ascending). */
export async function activeMembershipsIn(db: Db, groupIds: readonly number[]): Promise<{ personId: number; groupId: number }[]> {
  if (groupIds.length === 0) return [];
  return db
    .selectFrom('memberships')
    .select(['person_id as personId', 'group_id as groupId'])
    .where('group_id', 'in', [...groupIds])
    .where('status', '=', 'active')
    .orderBy('person_id')
    .orderBy('group_id')
    .execute();
}

/** The ids of the groups where she is an active member, ascending. */
export async function activeGroupIdsOf(db: Db, personId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('group_id')
    .where('person_id', '=', personId)
    .where('status', '=', 'active')
    .orderBy('group_id')
    .execute();
  return rows.map((r) => r.group_id);
}

/** The ids of the groups where she is the active holder of `role` (e.g. the ketua). */
export async function groupIdsWithRole(db: Db, personId: number, role: Role): Promise<number[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('group_id')
    .where('person_id', '=', personId)
    .where('status', '=', 'active')
    .where('role', '=', role)
    .execute();
  return rows.map((r) => r.group_id);
}

/** Whether she is the facilitator of one of these groups. */
export async function runsAnyOf(db: Db, groupIds: readonly number[], personId: number): Promise<boolean> {
  if (groupIds.length === 0) return false;
  const row = await db
    .selectFrom('groups')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .select('groups.id')
    .where('groups.id', 'in', [...groupIds])
    .where('facilitators.person_id', '=', personId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether she is an active member holding `role` in one of these groups. */
export async function holdsRoleInAny(db: Db, groupIds: readonly number[], personId: number, role: Role): Promise<boolean> {
  if (groupIds.length === 0) return false;
  const row = await db
    .selectFrom('memberships')
    .select('id')
    .where('group_id', 'in', [...groupIds])
    .where('person_id', '=', personId)
    .where('status', '=', 'active')
    .where('role', '=', role)
    .executeTakeFirst();
  return row !== undefined;
}

/** The people (ids) who facilitate these groups. */
export async function facilitatorPersonIdsOf(db: Db, groupIds: readonly number[]): Promise<number[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .selectFrom('groups')
    .innerJoin('facilitators', 'facilitators.id', 'groups.facilitator_id')
    .select('facilitators.person_id as personId')
    .distinct()
    .where('groups.id', 'in', [...groupIds])
    .orderBy('facilitators.person_id')
    .execute();
  return rows.map((r) => r.personId);
}

/** The people (ids) holding `role` as active members of these groups. */
export async function roleHoldersOf(db: Db, groupIds: readonly number[], role: Role): Promise<number[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .selectFrom('memberships')
    .select('person_id as personId')
    .where('group_id', 'in', [...groupIds])
    .where('status', '=', 'active')
    .where('role', '=', role)
    .distinct()
    .orderBy('person_id')
    .execute();
  return rows.map((r) => r.personId);
}

/** The group's time zone, or undefined when there is no such group. */
export async function groupTimeZone(db: Db, groupId: number): Promise<string | undefined> {
  const row = await db.selectFrom('groups').select('time_zone').where('id', '=', groupId).executeTakeFirst();
  return row?.time_zone;
}

/** Ids of every group with this name (any facilitator's), case and spacing aside. */
export async function groupIdsNamed(db: Db, name: string): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    select id from groups where lower(regexp_replace(trim(name), '\s+', ' ', 'g')) = lower(regexp_replace(trim(${name}), '\s+', ' ', 'g'))
     order by id`.execute(db);
  return rows.map((r) => r.id);
}

/** Ids of the groups matching a lead's trades and targeting (villages, districts, ids), ascending. */
export async function groupIdsMatching(db: Db, trades: readonly string[], target: LeadTarget): Promise<number[]> {
  let query = db.selectFrom('groups').select('groups.id').distinct();
  if (trades.length) {
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('group_trades').select('group_trades.group_id').whereRef('group_trades.group_id', '=', 'groups.id').where('group_trades.trade_code', 'in', [...trades])),
    );
  }
  if (target.villages?.length) query = query.where(sql<boolean>`lower(groups.village) in (${sql.join(target.villages.map((v) => v.toLowerCase()))})`);
  if (target.districts?.length) query = query.where(sql<boolean>`lower(groups.district) in (${sql.join(target.districts.map((v) => v.toLowerCase()))})`);
  if (target.groupIds?.length) query = query.where('groups.id', 'in', target.groupIds);
  const rows = await query.orderBy('groups.id').execute();
  return rows.map((r) => r.id);
}

/** The linked chats of these groups, in the order they were linked. */
export async function chatsOfGroups(db: Db, groupIds: readonly number[]): Promise<{ groupChatId: number; platform: Platform; chatId: string; groupId: number }[]> {
  if (groupIds.length === 0) return [];
  const rows = await db
    .selectFrom('group_chats')
    .select(['id as groupChatId', 'platform', 'chat_id as chatId', 'group_id as groupId'])
    .where('group_id', 'in', [...groupIds])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, platform: r.platform as Platform }));
}

/** A member's row: her id, name and phone (from the people module), role and status. */
function memberColumns(eb: ExpressionBuilder<Database, 'memberships'>) {
  return [
    'memberships.person_id as personId',
    personName(eb.ref('memberships.person_id')).as('name'),
    personPhone(eb.ref('memberships.person_id')).as('phone'),
    'memberships.role',
    'memberships.status',
  ] as const;
}

export async function findMembership(db: Db, groupId: number, personId: number) {
  return db
    .selectFrom('memberships')
    .select(['id', 'role', 'status'])
    .where('group_id', '=', groupId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** Adds or re-activates a membership; returns whether it was new or changed. */
/**
 * joined_at as a status change leaves it: a pending member confirmed (pending → active)
 * joins now, not when she was first noticed (membersDuring counts her from then); any other
 * change keeps it (a removed one taken up again keeps her first join, as the books read it).
 */
function joinedOnConfirm(status: MembershipStatus, at: Date) {
  return status === 'active' ? sql<Date>`case when memberships.status = 'pending' then ${at}::timestamptz else memberships.joined_at end` : sql<Date>`memberships.joined_at`;
}

export async function upsertMembership(
  db: Db,
  m: { groupId: number; personId: number; role?: Role; status: MembershipStatus; at: Date },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ group_id: m.groupId, person_id: m.personId, role: m.role ?? 'anggota', status: m.status, joined_at: m.at, status_changed_at: m.at })
    .onConflict((oc) =>
      oc.columns(['group_id', 'person_id']).doUpdateSet({
        status: m.status,
        status_changed_at: m.at,
        joined_at: joinedOnConfirm(m.status, m.at),
        ...(m.role ? { role: m.role } : {}),
      }),
    )
    .execute();
}

/** Every membership (any status) in these groups, with her name: the import's look-up, one statement for the file. */
export async function membershipsOfGroups(
  db: Db,
  groupIds: readonly number[],
): Promise<{ groupId: number; personId: number; name: string; role: Role; status: MembershipStatus }[]> {
  if (groupIds.length === 0) return [];
  const { rows } = await sql<{ group_id: string; person_id: string; name: string; role: Role; status: MembershipStatus }>`
    select m.group_id, m.person_id, p.name, m.role, m.status from memberships m join people p on p.id = m.person_id
    where m.group_id = any(${[...groupIds]}::bigint[])`.execute(db);
  return rows.map((r) => ({ groupId: Number(r.group_id), personId: Number(r.person_id), name: r.name, role: r.role, status: r.status }));
}

/**
 * `upsertMembership` for many rows in one statement: each person becomes an active member
 * of her group with her role (a pending or removed membership becomes active, as one
 * `member add` does). The memberships triggers keep the rollups per row as usual.
 */
export async function upsertActiveMemberships(db: Db, rows: readonly { groupId: number; personId: number; role: Role }[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  await sql`insert into memberships (group_id, person_id, role, status, joined_at, status_changed_at)
    select g, p, r, 'active', ${at}, ${at} from unnest(${rows.map((m) => m.groupId)}::bigint[], ${rows.map((m) => m.personId)}::bigint[], ${rows.map((m) => m.role)}::text[]) as u(g, p, r)
    on conflict (group_id, person_id) do update set status = 'active', status_changed_at = excluded.status_changed_at, role = excluded.role`.execute(db);
}

export async function updateMembership(
  db: Db,
  groupId: number,
  personId: number,
  change: { role?: Role; status?: MembershipStatus; at: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('memberships')
    .set({
      ...(change.role ? { role: change.role } : {}),
      ...(change.status ? { status: change.status, status_changed_at: change.at, joined_at: joinedOnConfirm(change.status, change.at) } : {}),
    })
    .where('group_id', '=', groupId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listMembers(db: Db, groupId: number, statuses: readonly MembershipStatus[] = ['active', 'pending']): Promise<Member[]> {
  return db
    .selectFrom('memberships')
    .select(memberColumns)
    .where('memberships.group_id', '=', groupId)
    .where('memberships.status', 'in', [...statuses])
    .orderBy('name')
    .orderBy('personId')
    .execute();
}

/**
 * The members of a group during a period (`from`–`to`, days in `timeZone`, the group's): an
 * accepted membership (active, or removed since) that began on or before the period's last
 * day and, when she has left, ended on or after its first day. Someone who joined after the
 * period, or left before it began, was not a member then; a pending one never was. The
 * quarterly page and the quarterly report take this one rule, so both list the same women.
 * `leftOn`: the day a removed one left (in `timeZone`), null while she is a member.
 * (A membership removed and taken up again keeps one row, joined_at the first join: she
 * counts as a member throughout, as the book window reads it. A pending one confirmed later
 * joins on the day she was confirmed: joinedOnConfirm.)
 */
export async function membersDuring(db: Db, groupId: number, period: { from: string; to: string }, timeZone: string): Promise<(Member & { leftOn: string | null })[]> {
  const day = (column: 'memberships.joined_at' | 'memberships.status_changed_at') => sql<string>`(${sql.ref(column)} at time zone ${timeZone})::date`;
  return db
    .selectFrom('memberships')
    .select(memberColumns)
    // The day she left (a removed one), so her books are read up to it.
    .select(sql<string | null>`case when memberships.status = 'removed' then ${day('memberships.status_changed_at')}::text end`.as('leftOn'))
    .where('memberships.group_id', '=', groupId)
    .where('memberships.status', 'in', ['active', 'removed'])
    .where(sql<boolean>`${day('memberships.joined_at')} <= ${period.to}::date`)
    .where((eb) => eb.or([eb('memberships.status', '=', 'active'), eb(sql<string>`${day('memberships.status_changed_at')}`, '>=', sql<string>`${period.from}::date`)]))
    .orderBy('name')
    .orderBy('personId')
    .execute();
}

export async function groupsOfPerson(db: Db, personId: number): Promise<Group[]> {
  return db
    .selectFrom('memberships')
    .innerJoin('groups', 'groups.id', 'memberships.group_id')
    .select(groupColumns)
    .where('memberships.person_id', '=', personId)
    .where('memberships.status', '=', 'active')
    .orderBy('groups.id')
    .execute();
}

/** Active members of a group with no (unvoided) entry from `from` to `to`. */
export async function membersWithoutEntries(db: Db, groupId: number, from: string, to: string): Promise<Member[]> {
  return db
    .selectFrom('memberships')
    .select(memberColumns)
    .where('memberships.group_id', '=', groupId)
    .where('memberships.status', '=', 'active')
    .where((eb) => eb.not(eb.exists(entriesBetween(eb.ref('memberships.person_id'), from, to))))
    .orderBy('name')
    .execute();
}

export async function recordRefusal(
  db: Db,
  refusal: { personId: number | null; action: string; reason: string; groupId: number | null },
): Promise<void> {
  await db
    .insertInto('permission_refusals')
    .values({ person_id: refusal.personId, action: refusal.action, reason: refusal.reason, group_id: refusal.groupId })
    .execute();
}

/** Many refusals in one statement (an import's rows refused at once). */
export async function recordRefusals(db: Db, refusals: readonly { personId: number | null; action: string; reason: string; groupId: number | null }[]): Promise<void> {
  if (refusals.length === 0) return;
  await db
    .insertInto('permission_refusals')
    .values(refusals.map((r) => ({ person_id: r.personId, action: r.action, reason: r.reason, group_id: r.groupId })))
    .execute();
}

// For planning reminders, summaries and private messages (set-based: fragments and pages).

/** A query fragment: the person `personId` (a column of the outer query) is an active member of some group. */
export function isActiveMember<TB extends keyof Database>(eb: ExpressionBuilder<Database, TB>, personId: Expression<number>): Expression<SqlBool> {
  // The subquery needs no table of the outer query: `personId` brings what it needs.
  const own = eb as unknown as ExpressionBuilder<Database, never>;
  return own.exists(
    own.selectFrom('memberships').select('memberships.id').where('memberships.person_id', '=', personId).where('memberships.status', '=', 'active'),
  );
}

/** The time zones of all groups. */
export async function groupTimeZones(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('groups').select('time_zone').distinct().execute();
  return rows.map((r) => r.time_zone);
}

/** A linked group chat with its group's figures over a range, as `linkedChatsWithFigures` returns them. */
export interface ChatWithFigures {
  groupId: number;
  groupName: string;
  groupChatId: number;
  platform: Platform;
  chatId: string;
  /** Active members. */
  members: number;
  /** Active members for whom `figures.recorded` holds. */
  recorded: number;
  /** Sum of `figures.sales` over active members. */
  sales: Rupiah;
  /** Sum of `figures.expenses` over active members. */
  expenses: Rupiah;
}

/** Per-member fragments (of a member's person id) that `linkedChatsWithFigures` counts and sums over each group's active members. */
export interface MemberFigures {
  recorded: (eb: ExpressionBuilder<Database, never>, personId: Expression<number>) => Expression<SqlBool>;
  sales: (personId: Expression<number>) => Expression<number>;
  expenses: (personId: Expression<number>) => Expression<number>;
}

/** Linked chats of groups in `timeZone` that have active members, each with its group's member figures, paged by chat id. */
export async function linkedChatsWithFigures(
  db: Db,
  options: { timeZone: string; afterGroupChatId: number; limit: number },
  figures: MemberFigures,
): Promise<ChatWithFigures[]> {
  const member = sql.ref<number>('m.person_id');
  const ofActiveMembers = sql`from memberships m where m.group_id = groups.id and m.status = 'active'`;
  const rows = await db
    .selectFrom('group_chats')
    .innerJoin('groups', 'groups.id', 'group_chats.group_id')
    .select([
      'groups.id as groupId',
      'groups.name as groupName',
      'group_chats.id as groupChatId',
      'group_chats.platform',
      'group_chats.chat_id as chatId',
      sql<number>`(select count(*) ${ofActiveMembers})::int`.as('members'),
      sql<number>`(select count(*) ${ofActiveMembers} and ${figures.recorded(expressionBuilder<Database, never>(), member)})::int`.as('recorded'),
      sql<number>`(select coalesce(sum(${figures.sales(member)}), 0) ${ofActiveMembers})::bigint`.as('sales'),
      sql<number>`(select coalesce(sum(${figures.expenses(member)}), 0) ${ofActiveMembers})::bigint`.as('expenses'),
    ])
    .where('groups.time_zone', '=', options.timeZone)
    .where('group_chats.id', '>', options.afterGroupChatId)
    .where(({ exists, selectFrom }) =>
      exists(selectFrom('memberships').select('memberships.id').whereRef('memberships.group_id', '=', 'groups.id').where('memberships.status', '=', 'active')),
    )
    .orderBy('group_chats.id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({ ...r, platform: r.platform as Platform }));
}

/**
 * Before two people rows that are one woman are merged (people-merge.repository.ts): where
 * both are in the same group, the surviving membership takes the stronger standing of the
 * two, so a ketua seen under her other id stays ketua (an office beats 'anggota', active
 * beats pending or removed). The merged row's own membership then goes with it.
 */
export async function keepStrongerMemberships(db: Db, from: number, into: number): Promise<void> {
  await sql`
    update memberships m
       set role = case when m.role = 'anggota' then o.role else m.role end,
           status = case when m.status <> 'active' and o.status = 'active' then 'active' else m.status end,
           status_changed_at = case when m.status <> 'active' and o.status = 'active' then o.status_changed_at else m.status_changed_at end
      from memberships o
     where m.person_id = ${into} and o.person_id = ${from} and o.group_id = m.group_id`.execute(db);
}
