import { expressionBuilder, sql, type AliasableExpression, type Compilable, type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { preparedBy, slotsWithin, type CarriedRead, type Fragment, type SlotMaker } from '../../db/prepared.ts';
import type { Database } from '../../db/schema.ts';
import { privateMessageFrom } from '../inbox/inbox.repository.ts';
import { cleanName, containsPattern, UNNAMED, type IdentityRef, type Person } from './people.ts';

const personColumns = ['people.id', 'people.name', 'people.language', 'people.time_zone as timeZone'] as const;

// Query fragments for other modules' set-based queries: each takes a reference to a column
// holding a person's id (e.g. `eb.ref('memberships.person_id')`) and reads her row here.

const people = () => expressionBuilder<Database, never>().selectFrom('people');

/** Her name, as a scalar subquery (every id a table holds names an existing person). */
export function personName(personId: Expression<number>) {
  return people().select('people.name').where('people.id', '=', personId).$asScalar().$notNull();
}

/** Her phone number (E.164) or null, as a scalar subquery. */
export function personPhone(personId: Expression<number>) {
  return people().select('people.phone').where('people.id', '=', personId).$asScalar();
}

/** Who has this platform identity (`externalId` a column or value of the outer query), as a scalar subquery: null when nobody. */
export function identityOwner(platform: Platform, externalId: Expression<string>) {
  return expressionBuilder<Database, never>()
    .selectFrom('identities')
    .select('identities.person_id')
    .where('identities.platform', '=', platform)
    .where('identities.external_id', '=', externalId)
    .$asScalar();
}

/** A subquery yielding `id`, built with slots for the identities it is given (src/db/prepared.ts). */
export type IdsOfIdentities = Fragment<readonly IdentityRef[], Expression<{ id: number }>>;

// One build per number of identities (the statement's text depends on it only): an inbound
// batch locks its senders' books with it, and that statement is compiled once per batch size.
const idsBuilds = new Map<number, IdsOfIdentities['build']>();

/** The people these platform identities belong to (unknown ones: nobody), as a subquery yielding `id`. */
export function idsOfIdentities(refs: readonly IdentityRef[]): IdsOfIdentities {
  let build = idsBuilds.get(refs.length);
  if (!build) {
    const count = refs.length;
    build = (slot) =>
      expressionBuilder<Database, never>()
        .selectFrom('identities')
        .select('identities.person_id as id')
        .where((eb) =>
          eb.or(
            Array.from({ length: count }, (_, i) =>
              eb.and([eb('identities.platform', '=', slot((r) => r[i]!.platform)), eb('identities.external_id', '=', slot((r) => r[i]!.externalId))]),
            ),
          ),
        );
    idsBuilds.set(count, build);
  }
  return { build, values: refs };
}

/** Ids of the people living in this time zone, as a subquery for `in`. */
export function idsInTimeZone(timeZone: string) {
  return people().select('people.id').where('people.time_zone', '=', timeZone);
}

/** Her phone number (E.164), or null. */
export async function phoneOf(db: Db, personId: number): Promise<string | null> {
  const row = await db.selectFrom('people').select('phone').where('id', '=', personId).executeTakeFirst();
  return row?.phone ?? null;
}

export async function findPersonByIdentity(db: Db, ref: IdentityRef): Promise<Person | undefined> {
  return db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .select(personColumns)
    .where('identities.platform', '=', ref.platform)
    .where('identities.external_id', '=', ref.externalId)
    .executeTakeFirst();
}

/** A message's sender as her identity names her: her row, the @username stored with the identity, and one fact another module asked about her. */
export interface Sender<T> {
  person: Person;
  username: string | null;
  also: T;
}

/**
 * Who sent a message, in one statement with one more fact about her that another module
 * owns (`also`, a fragment on her id such as "a question is open in this chat"), and the
 * username her identity has now, so the caller writes it only when it changed. Each of
 * these used to be a round trip of its own on every message (issue #21).
 */
export async function findSender<V, T>(
  db: Db,
  ref: IdentityRef,
  also: Fragment<V, (personId: Expression<number>) => AliasableExpression<T>>,
): Promise<Sender<T> | undefined> {
  const [row] = await senderLookup(db, { ref, also: also as Fragment<unknown, (personId: Expression<number>) => AliasableExpression<unknown>> });
  if (!row) return undefined;
  const { username, also: fact, ...person } = row;
  return { person, username, also: fact as T };
}

type AlsoFragment = Fragment<unknown, (personId: Expression<number>) => AliasableExpression<unknown>>;
type CarriedInsert = Fragment<unknown, Compilable<{ id: number }>>;

/**
 * `findSender`, with another module's insert carried in the same statement (a
 * data-modifying CTE, run first) and the id it returned: the inbound processor claims the
 * message in its inbox with it (issue #21: the claim was a round trip of its own on every
 * message). `carriedId` is null when the insert wrote nothing (the message was handled
 * before); the sender is looked up either way. Both in the caller's transaction.
 *
 * One statement has one snapshot, taken before the insert runs: when the insert waits on
 * another transaction's claim of the same message (a redelivery racing its first run) and
 * that one rolls back, the lookup still sees the rows as they were when the statement began.
 * A person registered meanwhile is then not found (the caller looks again when nobody is),
 * and a question opened meanwhile in her chat is not seen for that one message.
 */
export async function findSenderCarrying<V, T, C>(
  db: Db,
  ref: IdentityRef,
  also: Fragment<V, (personId: Expression<number>) => AliasableExpression<T>>,
  carriedInsert: Fragment<C, Compilable<{ id: number }>>,
): Promise<{ carriedId: number | null; sender: Sender<T> | undefined }> {
  const carried = carriedInsert as CarriedInsert;
  let lookup = carryingLookups.get(carried.build);
  if (!lookup) carryingLookups.set(carried.build, (lookup = carryingLookup(carried.build)));
  const [row] = await lookup(db, { ref, also: also as AlsoFragment, carried });
  if (!row) throw new Error('the sender lookup returned no row');
  return fromCarryingRow(row);
}

type CarryingRow = { carriedId: number | string | null; id: number | null; name: string; language: Person['language']; timeZone: string; username: string | null; also: unknown };

// One statement per kind of carried insert and of fact asked, each compiled once (src/db/prepared.ts).
const carryingLookups = new Map<CarriedInsert['build'], (db: Db, values: CarryingValues) => Promise<CarryingRow[]>>();

function carryingLookup(carriedBuild: CarriedInsert['build']) {
  return preparedBy<CarryingValues, AlsoFragment['build'], CarryingRow>(
    (v) => v.also.build,
    (db, slot, build) => {
      const { writes, row } = carryingParts(db, slot, carriedBuild, build, 'carried');
      return sql<CarryingRow>`with ${writes} ${row}`;
    },
  );
}

type CarryingValues = { ref: IdentityRef; also: AlsoFragment; carried: CarriedInsert };

/** The carrying lookup's two parts: the carried insert as the CTE `name`, and the one row read after it. */
function carryingParts<P extends CarryingValues>(db: Db, slot: SlotMaker<P>, carriedBuild: CarriedInsert['build'], alsoBuild: AlsoFragment['build'], name: string): CarriedRead {
  const carried = carriedBuild(slotsWithin(slot, (v) => v.carried.values), db);
  const sender = senderQuery(db, slot, alsoBuild);
  // Always one row: the carried insert's id (or null) beside the sender (or nulls).
  return {
    writes: sql`${sql.id(name)} as (${carried})`,
    row: sql`select (select "id" from ${sql.id(name)}) as "carriedId", "s".* from (select 1) as "one" left join lateral (${sender}) as "s" on true`,
  };
}

/**
 * `findSenderCarrying`'s lookup, not yet run: for a caller that carries it in another
 * module's statement (an inbound batch claims its next message, and looks up who wrote it,
 * in the statement that writes the replies of the message before: src/jobs/inbound.processor.ts).
 * Read its row with `readSenderCarried`. The same snapshot rule as `findSenderCarrying`; the
 * carrying statement's own writes are in that snapshot neither, so the caller carries it
 * only in a statement that writes nothing the lookup reads. `also` must be a fact JSON keeps
 * as it is (a boolean, a number, text).
 *
 * What that rule rests on today: the lookup reads `identities`, `people` and (through the
 * inbound batch's `also`, the open question) `conversation_states`; the carrying statement
 * writes `outbound_messages` and the earlier message's own `inbound_messages` row, and no
 * trigger on those writes what the lookup reads. An `also` or a trigger that reads
 * `inbound_messages` or `outbound_messages` would see them as before the carrying statement:
 * it must not ride in it (tests/integration/inbound-batch-claims.test.ts checks that what
 * one message wrote is seen by the next's lookup).
 */
export function senderCarried<V, T, C>(
  ref: IdentityRef,
  also: Fragment<V, (personId: Expression<number>) => AliasableExpression<T>>,
  carriedInsert: Fragment<C, Compilable<{ id: number }>>,
): Fragment<CarryingValues, CarriedRead> {
  const values: CarryingValues = { ref, also: also as AlsoFragment, carried: carriedInsert as CarriedInsert };
  // One build per kind of carried insert and of fact asked: the key the carrying statement is compiled under.
  let byAlso = carriedBuilds.get(values.carried.build);
  if (!byAlso) carriedBuilds.set(values.carried.build, (byAlso = new Map()));
  let build = byAlso.get(values.also.build);
  if (!build) {
    const [carriedBuild, alsoBuild] = [values.carried.build, values.also.build];
    byAlso.set(alsoBuild, (build = (slot, db) => carryingParts(db, slot, carriedBuild, alsoBuild, 'sender_carried')));
  }
  return { build, values };
}

const carriedBuilds = new Map<CarriedInsert['build'], Map<AlsoFragment['build'], Fragment<CarryingValues, CarriedRead>['build']>>();

/** The row of a `senderCarried` lookup, as its carrying statement returned it (JSON), read as `findSenderCarrying` returns it. */
export function readSenderCarried<T>(row: unknown): { carriedId: number | null; sender: Sender<T> | undefined } {
  if (!row || typeof row !== 'object') throw new Error('the carried sender lookup returned no row');
  return fromCarryingRow(row as CarryingRow);
}

function fromCarryingRow<T>(row: CarryingRow): { carriedId: number | null; sender: Sender<T> | undefined } {
  const { carriedId, username, also: fact, ...person } = row;
  return { carriedId: carriedId === null ? null : Number(carriedId), sender: person.id === null ? undefined : { person: person as Person, username, also: fact as T } };
}

// Every message runs it: compiled once per kind of fact asked (src/db/prepared.ts).
const senderLookup = preparedBy<{ ref: IdentityRef; also: AlsoFragment }, AlsoFragment['build'], Person & { username: string | null; also: unknown }>(
  (v) => v.also.build,
  (db, slot, build) => senderQuery(db, slot, build),
);

/** The sender's row, her identity's @username and the other module's fact on her id: both lookups' query, built with slots. */
function senderQuery<P extends { ref: IdentityRef; also: AlsoFragment }>(db: Db, slot: SlotMaker<P>, build: AlsoFragment['build']) {
  const also = build(slotsWithin(slot, (v) => v.also.values), db);
  return db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .select(personColumns)
    .select((eb) => ['identities.username', also(eb.ref('people.id')).as('also')])
    .where('identities.platform', '=', slot((v) => v.ref.platform))
    .where('identities.external_id', '=', slot((v) => v.ref.externalId));
}

export interface Registration {
  person: Person;
  /** True when this call created the person (first contact). */
  created: boolean;
}

/**
 * Finds the person behind a platform identity, registering her on first contact. Safe
 * under concurrency: the unique (platform, external_id) key decides who wins, and the
 * loser's transaction sees the winner's row after the conflict.
 */
export async function findOrRegisterPerson(
  db: Db,
  ref: IdentityRef,
  profile: { name: string | null; timeZone: string; phone?: string | undefined },
): Promise<Registration> {
  const existing = await findPersonByIdentity(db, ref);
  if (existing) return { person: existing, created: false };

  // Added by phone beforehand (by a facilitator or the admin): this identity is hers too.
  // Not a staff account that has been used on the console: a recycled number's new holder
  // would take it over (see verified-phone.service.ts); she gets a row of her own instead.
  if (profile.phone) {
    const byPhone = await findPersonByPhone(db, profile.phone);
    if (byPhone && !(await isUsedConsoleAccount(db, byPhone.id))) {
      await addIdentity(db, byPhone.id, ref, profile.name);
      return { person: byPhone, created: false };
    }
  }

  const name = cleanName(profile.name, UNNAMED);
  const person = await db
    .insertInto('people')
    .values({ name, time_zone: profile.timeZone })
    .returning(personColumns)
    .executeTakeFirstOrThrow();
  const identity = await db
    .insertInto('identities')
    .values({ person_id: person.id, platform: ref.platform, external_id: ref.externalId, display_name: profile.name })
    .onConflict((oc) => oc.columns(['platform', 'external_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (identity) return { person, created: true };

  // Another message registered her first: drop our row and use hers.
  await db.deleteFrom('people').where('id', '=', person.id).execute();
  const winner = await findPersonByIdentity(db, ref);
  if (!winner) throw new Error('identity vanished during registration');
  return { person: winner, created: false };
}

/**
 * Keeps her Telegram @username as her latest message gives it. Writes only when it changed
 * (the common case matches no row), so it costs one indexed look-up per private message.
 */
export async function rememberUsername(db: Db, ref: IdentityRef, username: string | null): Promise<void> {
  await db
    .updateTable('identities')
    .set({ username })
    .where('platform', '=', ref.platform)
    .where('external_id', '=', ref.externalId)
    .where(sql<boolean>`username is distinct from ${username}`)
    .execute();
}

/** The person whose Telegram identity has this @username (case does not matter). */
export async function findPersonByUsername(db: Db, username: string): Promise<Person | undefined> {
  return db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .select(personColumns)
    .where('identities.platform', '=', 'telegram')
    .where(sql<string>`lower(identities.username)`, '=', username.toLowerCase())
    .orderBy('identities.id', 'desc')
    .executeTakeFirst();
}

/** People whose name contains `part` (case does not matter; "%" and "_" are plain characters), by name. */
export async function findPeopleByName(db: Db, part: string, limit: number): Promise<Person[]> {
  return db.selectFrom('people').select(personColumns).where('name', 'ilike', containsPattern(part.trim())).orderBy('name').orderBy('id').limit(limit).execute();
}

/** A subquery of people ids (`id`), the set a name search looks in (a console scope's members: `visibleMemberIds`). */
export type PeopleIds = SelectQueryBuilder<Database, keyof Database, { id: number }>;

/**
 * Her name holds `part`, any case: lower(name) like lower(pattern), the expression both
 * indexes of migration 035 are on (ILIKE could use neither: not the GIN's expression, and
 * no order). The same match as ILIKE: Postgres's ILIKE lower-cases both sides the same way.
 */
function nameHolds(part: string) {
  return sql<boolean>`lower(people.name) like lower(${containsPattern(part)})`;
}

/**
 * Up to `limit` of the people `among` whose name holds `part`, by lower-cased name then id,
 * from `offset`. Postgres picks the plan by how many names hold the part (the statistics of
 * lower(name)): a part most names hold walks people_name_order_idx in this order and stops
 * after the page; a rare part of three letters or more is found through its trigrams
 * (people_name_trgm_idx) and the few sorted; a small `among` (a facilitator's members) is
 * read whole and sorted. Each person is checked against `among` by index as she is met.
 */
export async function peopleNamed(db: Db, among: PeopleIds, part: string, page: { offset: number; limit: number }): Promise<{ id: number; name: string }[]> {
  return db
    .selectFrom('people')
    .select(['people.id', 'people.name'])
    .where('people.id', 'in', among)
    .where(nameHolds(part))
    .orderBy(sql`lower(people.name)`)
    .orderBy('people.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

/**
 * How many of the people `among` have a name holding `part`, counting no further than
 * `cap` + 1: a part everyone's name holds stops after cap + 1 of them (a few ms), never
 * counting the whole scope (100,000 names). Unordered, so the first matches found will do.
 */
export async function countPeopleNamed(db: Db, among: PeopleIds, part: string, cap: number): Promise<number> {
  const first = db.selectFrom('people').select('people.id').where('people.id', 'in', among).where(nameHolds(part)).limit(cap + 1);
  const row = await db.selectFrom(first.as('found')).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPersonByPhone(db: Db, phone: string): Promise<Person | undefined> {
  return db.selectFrom('people').select(personColumns).where('phone', '=', phone).executeTakeFirst();
}

export async function findPerson(db: Db, id: number): Promise<Person | undefined> {
  return db.selectFrom('people').select(personColumns).where('id', '=', id).executeTakeFirst();
}

/**
 * Locks her row until the transaction ends and answers whether she exists: changes to her
 * console role are taken one after the other (a double submit reads the first one's result).
 */
export async function lockPerson(db: Db, id: number): Promise<boolean> {
  return (await db.selectFrom('people').select('id').where('id', '=', id).forUpdate().executeTakeFirst()) !== undefined;
}

/** The names of these people, in one statement (ids of nobody are left out). */
export async function namesOf(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('people').select(['id', 'name']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}

export async function insertPerson(db: Db, p: { name: string; phone: string | null; timeZone: string }): Promise<Person> {
  return db
    .insertInto('people')
    .values({ name: p.name, phone: p.phone, time_zone: p.timeZone })
    .returning(personColumns)
    .executeTakeFirstOrThrow();
}

/** The people who have these phones (E.164): a few statements for thousands (the console's import). */
export async function peopleWithPhones(db: Db, phones: readonly string[]): Promise<{ id: number; name: string; phone: string }[]> {
  if (phones.length === 0) return [];
  const { rows } = await sql<{ id: string; name: string; phone: string }>`select id, name, phone from people where phone = any(${[...phones]}::text[])`.execute(db);
  return rows.map((r) => ({ id: Number(r.id), name: r.name, phone: r.phone }));
}

/**
 * Creates these people in one statement and answers their ids in the order given. The ids
 * are drawn from the sequence first and inserted explicitly: the order of an insert's
 * RETURNING rows is not promised, an id drawn for a row is. A phone already someone's
 * (people.phone is unique) fails the statement, and with it the caller's transaction.
 */
export async function insertPeople(db: Db, people: readonly { name: string; phone: string | null; timeZone: string }[]): Promise<number[]> {
  if (people.length === 0) return [];
  const { rows } = await sql<{ id: string }>`select nextval(pg_get_serial_sequence('people', 'id')) as id from generate_series(1, ${people.length})`.execute(db);
  const ids = rows.map((r) => Number(r.id));
  await sql`insert into people (id, name, phone, time_zone)
    select * from unnest(${ids}::bigint[], ${people.map((p) => p.name)}::text[], ${people.map((p) => p.phone)}::text[], ${people.map((p) => p.timeZone)}::text[])`.execute(db);
  return ids;
}

/** Attaches a platform identity to a person; false when it already belongs to someone else. */
export async function addIdentity(db: Db, personId: number, ref: IdentityRef, displayName: string | null): Promise<boolean> {
  const row = await db
    .insertInto('identities')
    .values({ person_id: personId, platform: ref.platform, external_id: ref.externalId, display_name: displayName })
    .onConflict((oc) => oc.columns(['platform', 'external_id']).doNothing())
    .returning('person_id')
    .executeTakeFirst();
  if (row) return true;
  const owner = await db
    .selectFrom('identities')
    .select('person_id')
    .where('platform', '=', ref.platform)
    .where('external_id', '=', ref.externalId)
    .executeTakeFirst();
  return owner?.person_id === personId;
}

export async function identitiesOf(db: Db, personId: number): Promise<IdentityRef[]> {
  const rows = await db.selectFrom('identities').select(['platform', 'external_id']).where('person_id', '=', personId).orderBy('id').execute();
  return rows.map((r) => ({ platform: r.platform as IdentityRef['platform'], externalId: r.external_id }));
}

export async function setName(db: Db, personId: number, name: string): Promise<void> {
  await db.updateTable('people').set({ name }).where('id', '=', personId).execute();
}

export async function setPhone(db: Db, personId: number, phone: string): Promise<void> {
  await db.updateTable('people').set({ phone }).where('id', '=', personId).execute();
}

/**
 * Renames an identity's external id on a platform (WhatsApp: a LID becomes the phone JID),
 * unless the new id is already someone's identity there.
 */
export async function renameIdentity(db: Db, platform: IdentityRef['platform'], from: string, to: string): Promise<void> {
  await db
    .updateTable('identities')
    .set({ external_id: to })
    .where('platform', '=', platform)
    .where('external_id', '=', from)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('identities as taken')
            .select('taken.id')
            .where('taken.platform', '=', platform)
            .where('taken.external_id', '=', to),
        ),
      ),
    )
    .execute();
}

export interface Consent {
  informedAt: Date | null;
  optedOutAt: Date | null;
}

export async function consentOf(db: Db, personId: number): Promise<Consent> {
  const row = await db
    .selectFrom('people')
    .select(['informed_at as informedAt', 'opted_out_at as optedOutAt'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return row;
}

export async function markInformed(db: Db, personId: number, at: Date): Promise<void> {
  await db.updateTable('people').set({ informed_at: at }).where('id', '=', personId).where('informed_at', 'is', null).execute();
}

/** BERHENTI / STOP (optedOut true) and MULAI / START (false); the time of the change is kept. */
export async function setOptOut(db: Db, personId: number, optedOut: boolean, at: Date): Promise<void> {
  await db
    .updateTable('people')
    .set({ opted_out_at: optedOut ? at : null, consent_changed_at: at })
    .where('id', '=', personId)
    .execute();
}

/**
 * Where to write to her privately: her own chat on `prefer` if she has one there, else on
 * Telegram, else on WhatsApp if she has written there (the bot never opens a WhatsApp chat).
 */
export async function privateChatOf(
  db: Db,
  personId: number,
  prefer?: IdentityRef['platform'],
): Promise<{ platform: IdentityRef['platform']; chatId: string } | undefined> {
  const usable = await db
    .selectFrom('identities')
    .select(['platform', 'external_id'])
    .where('person_id', '=', personId)
    .where((eb) => mayWritePrivately(eb, eb.ref('identities.person_id'), eb.ref('identities.platform')))
    .orderBy('id')
    .execute();
  const pick = usable.find((i) => i.platform === prefer) ?? usable.find((i) => i.platform === 'telegram') ?? usable[0];
  return pick && { platform: pick.platform as IdentityRef['platform'], chatId: pick.external_id };
}

/**
 * The private chat of each opted-in person among `personIds` (a subquery) that the bot may
 * write to, Telegram first: one statement for a whole broadcast's audience.
 */
export async function privateChatsAmong(
  db: Db,
  personIds: SelectQueryBuilder<Database, keyof Database, { person_id: number }>,
): Promise<Map<number, { platform: IdentityRef['platform']; chatId: string }>> {
  const rows = await db
    .selectFrom('identities')
    .innerJoin('people', 'people.id', 'identities.person_id')
    .select(['identities.person_id as personId', 'identities.platform', 'identities.external_id as chatId'])
    .where('identities.person_id', 'in', personIds)
    .where('people.opted_out_at', 'is', null)
    .where((eb) => mayWritePrivately(eb, eb.ref('identities.person_id'), eb.ref('identities.platform')))
    .orderBy('identities.person_id')
    .orderBy(sql`case when identities.platform = 'telegram' then 0 else 1 end`)
    .orderBy('identities.id')
    .execute();
  const chats = new Map<number, { platform: IdentityRef['platform']; chatId: string }>();
  for (const r of rows) if (!chats.has(r.personId)) chats.set(r.personId, { platform: r.platform as IdentityRef['platform'], chatId: r.chatId });
  return chats;
}

// Writing to someone privately: the one rule, and the contacts it yields.

/**
 * THE rule for writing to someone privately, as a query fragment over one of her
 * identities (`personId`, `platform`: columns or values of the outer query): on Telegram
 * always; on WhatsApp only once she has written to the bot in her own private chat there —
 * a message in a group chat does not count, because a private message to someone who
 * never opened the chat is the bot opening it, which gets linked numbers banned (the
 * WhatsApp channel refuses it at send time, stricter still: only within three weeks of her
 * last private message, see whatsapp.repository's lastWrotePrivately).
 * Every private message the bot plans (reminders, summaries, leads, notices) uses this rule.
 */
export function mayWritePrivately<TB extends keyof Database>(
  eb: ExpressionBuilder<Database, TB>,
  personId: Expression<number>,
  platform: Expression<string>,
): Expression<SqlBool> {
  return eb.or([
    eb(platform, '=', 'telegram'),
    eb.and([eb(platform, '=', 'whatsapp'), privateMessageFrom(eb, personId, 'whatsapp')]),
  ]);
}

/** A query fragment: the person `personId` (a column of the outer query) has an identity the bot may write to privately. */
export function hasPrivateChat<TB extends keyof Database>(eb: ExpressionBuilder<Database, TB>, personId: Expression<number>): Expression<SqlBool> {
  // The subquery needs no table of the outer query: `personId` brings what it needs.
  const own = eb as unknown as ExpressionBuilder<Database, never>;
  return own.exists(
    own
      .selectFrom('identities')
      .select('identities.id')
      .where('identities.person_id', '=', personId)
      .where((w) => mayWritePrivately(w, w.ref('identities.person_id'), w.ref('identities.platform'))),
  );
}

/** A person the bot may write to privately, with the chat it would use. */
export interface Contact {
  personId: number;
  name: string;
  language: 'id' | 'en';
  /** Her own time zone: personal reminders follow it. */
  timeZone: string;
  platform: Platform;
  chatId: string;
}

/** Why the bot does not write to someone privately. */
export type NoPrivateChat = 'opted_out' | 'no_private_chat';

/** How to write to her privately, or why the bot may not; undefined when there is no such person. */
export async function privateReachOf(db: Db, personId: number): Promise<{ contact: Contact } | { skip: NoPrivateChat; timeZone: string } | undefined> {
  const person = await findPerson(db, personId);
  if (!person) return undefined;
  const { optedOutAt } = await consentOf(db, personId);
  if (optedOutAt !== null) return { skip: 'opted_out', timeZone: person.timeZone };
  const chat = await privateChatOf(db, personId);
  if (!chat) return { skip: 'no_private_chat', timeZone: person.timeZone };
  return { contact: { personId, name: person.name, language: person.language, timeZone: person.timeZone, platform: chat.platform, chatId: chat.chatId } };
}

/** How to write to her privately, or undefined when she has opted out or cannot be reached. */
export async function contactOf(db: Db, personId: number): Promise<Contact | undefined> {
  const reach = await privateReachOf(db, personId);
  return reach && 'contact' in reach ? reach.contact : undefined;
}

export async function optedOutAmong(db: Db, personIds: readonly number[]): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('id', 'in', [...new Set(personIds)])
    .where('opted_out_at', 'is not', null)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The time zones people live in. */
export async function personTimeZones(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('people').select('time_zone').distinct().execute();
  return rows.map((r) => r.time_zone);
}

/** A query fragment over one person of a `peopleInZone` page (`personId` is her id). */
export type PersonCondition = (eb: ExpressionBuilder<Database, 'people'>, personId: Expression<number>) => Expression<SqlBool>;

/** A person of a `peopleInZone` page, with the private chat the bot would use (null: none it may use). */
export interface PersonInZone {
  personId: number;
  name: string;
  language: 'id' | 'en';
  chat: { platform: Platform; chatId: string } | null;
  /** She opted out (BERHENTI): only listed when `withOptedOut` asks for it, and never written to. */
  optedOut: boolean;
  /** The `figure` fragment's value for her (0 without one). */
  figure: number;
}

export interface PeopleInZoneOptions {
  timeZone: string;
  afterPersonId: number;
  /** The page's last person id, for a page that is a range of ids (`zoneRanges`) rather than a count. */
  throughPersonId?: number | null;
  /** At most this many (a keyset page); a range page (`throughPersonId`) may leave it out. */
  limit?: number;
  conditions: readonly PersonCondition[];
  figure?: (personId: Expression<number>) => Expression<number>;
  withOptedOut?: boolean;
}

/**
 * Opted-in people living in `timeZone` (and the opted-out ones too with `withOptedOut`, so
 * a planner can say who it left out), by id from `afterPersonId`, for whom every
 * `conditions` fragment (of her person id) holds; each with her private chat (Telegram
 * first, by `mayWritePrivately`) and, if given, the `figure` fragment's value. Set-based:
 * one query a page.
 */
export async function peopleInZone(
  db: Db,
  options: PeopleInZoneOptions,
): Promise<PersonInZone[]> {
  const rows = await peopleInZoneQuery(db, options).execute();
  return rows.map(({ platform, chatId, opted_out_at, ...r }) => ({
    ...r,
    optedOut: opted_out_at !== null,
    chat: opted_out_at === null && platform !== null && chatId !== null ? { platform: platform as Platform, chatId } : null,
  }));
}

/**
 * `peopleInZone`'s page as a query, not run: for a writer that uses the page inside one
 * statement (the nudge fan-out writes its outbox rows from it without reading it out).
 * Columns: personId, name, language, platform and chatId (null: no chat she may be written
 * to), opted_out_at, figure.
 */
export function peopleInZoneQuery(
  db: Db,
  options: PeopleInZoneOptions,
) {
  const personId = sql.ref<number>('people.id');
  let query = db
    .selectFrom('people')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('identities')
          .select(['identities.platform', 'identities.external_id as chatId'])
          .whereRef('identities.person_id', '=', 'people.id')
          .where((w) => mayWritePrivately(w, w.ref('identities.person_id'), w.ref('identities.platform')))
          .orderBy(sql`case when identities.platform = 'telegram' then 0 else 1 end`)
          .orderBy('identities.id')
          .limit(1)
          .as('chat'),
      (join) => join.onTrue(),
    )
    .select([
      'people.id as personId',
      'people.name',
      'people.language',
      'chat.platform',
      'chat.chatId',
      'people.opted_out_at',
      (options.figure ? sql<number>`${options.figure(personId)}` : sql<number>`0`).as('figure'),
    ])
    .where('people.time_zone', '=', options.timeZone)
    .where('people.id', '>', options.afterPersonId);
  if (options.throughPersonId != null) query = query.where('people.id', '<=', options.throughPersonId);
  if (!options.withOptedOut) query = query.where('people.opted_out_at', 'is', null);
  for (const condition of options.conditions) query = query.where((eb) => condition(eb, personId));
  query = query.orderBy('people.id');
  return options.limit === undefined ? query : query.limit(options.limit);
}

/** A run of person ids, `afterPersonId` excluded and `throughPersonId` included (null: no end). */
export interface PersonRange {
  afterPersonId: number;
  throughPersonId: number | null;
}

/**
 * The opted-in people living in `timeZone` cut into runs of `size` by id, in id order, the
 * last one open-ended (so someone who joins while the runs are worked is in the last, never
 * lost): pages a fan-out can work at once, each on its own connection, where keyset pages
 * (each starting after the last one's end) must wait for each other. One scan of the people
 * (no index on the zone: the primary key's order), tens of milliseconds for 100,000. A page holds at most `size` people
 * living there, fewer when the fan-out's conditions leave some out.
 */
export async function zoneRanges(db: Db, options: { timeZone: string; size: number }): Promise<PersonRange[]> {
  const { rows } = await sql<{ id: number }>`
    select id from (select id, row_number() over (order by id) as n from people
                     where time_zone = ${options.timeZone} and opted_out_at is null) z
     where n % ${options.size} = 0
     order by id`.execute(db);
  const ends = rows.map((r) => Number(r.id));
  return [...ends, null].map((throughPersonId, i) => ({ afterPersonId: i === 0 ? 0 : ends[i - 1]!, throughPersonId }));
}

/** Her phone (E.164) or null, her row locked for the rest of the transaction (linking a verified phone). */
export async function lockPhoneOf(db: Db, personId: number): Promise<string | null> {
  const row = await db.selectFrom('people').select('phone').where('id', '=', personId).forUpdate().executeTakeFirstOrThrow();
  return row.phone;
}

export async function nameOf(db: Db, personId: number): Promise<string> {
  const row = await db.selectFrom('people').select('name').where('id', '=', personId).executeTakeFirstOrThrow();
  return row.name;
}

/** Whether she has written to the bot on any platform (has an identity). */
/**
 * Whether she holds a console role (a staff role, or is a facilitator: with or without groups
 * now, she was one when she logged in) and has ever
 * logged in to the console: an account someone uses, which a phone number alone (perhaps
 * recycled to another woman) must never take over. A staff member who logs in only through
 * login links has no chat identity, so hasAnyIdentity alone does not protect her.
 */
export async function isUsedConsoleAccount(db: Db, personId: number): Promise<boolean> {
  const row = await db
    .selectFrom('people')
    .select('people.id')
    .where('people.id', '=', personId)
    .where('people.console_first_login_at', 'is not', null)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('staff_roles').select('staff_roles.id').whereRef('staff_roles.person_id', '=', 'people.id').where('staff_roles.removed_at', 'is', null)),
        eb.exists(eb.selectFrom('facilitators').select('facilitators.id').whereRef('facilitators.person_id', '=', 'people.id')),
      ]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** A console login of hers at `at`: the first is kept for good, the latest moves on (migration 045). */
export async function noteConsoleLogin(db: Db, personId: number, at: Date): Promise<void> {
  await db
    .updateTable('people')
    .set({ console_first_login_at: sql<Date>`coalesce(console_first_login_at, ${at})`, console_last_login_at: sql<Date>`greatest(console_last_login_at, ${at})` })
    .where('id', '=', personId)
    .execute();
}

/** When each of these people first and latest logged in to the console; missing: never. */
export async function consoleLoginsOf(db: Db, personIds: readonly number[]): Promise<Map<number, { first: Date; last: Date }>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'console_first_login_at as first', 'console_last_login_at as last'])
    .where('id', 'in', [...personIds])
    .where('console_first_login_at', 'is not', null)
    .execute();
  return new Map(rows.map((r) => [r.id, { first: new Date(r.first as Date), last: new Date((r.last ?? r.first) as Date) }]));
}

export async function hasAnyIdentity(db: Db, personId: number): Promise<boolean> {
  const row = await db.selectFrom('identities').select('identities.id').where('person_id', '=', personId).executeTakeFirst();
  return row !== undefined;
}

/**
 * Whether any of these people were added by phone and have never written to the bot (an
 * imported member who may be one of the women joining here, the only kind her shared number
 * may be merged with: verified-phone.service.ts): then a newcomer is asked to share her
 * number. One statement for a group's members.
 */
export async function anyAwaitingOn(db: Db, personIds: readonly number[]): Promise<boolean> {
  if (personIds.length === 0) return false;
  const row = await db
    .selectFrom('people')
    .select('people.id')
    .where('people.id', 'in', [...personIds])
    .where('people.phone', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('identities').select('identities.id').whereRef('identities.person_id', '=', 'people.id'))),
    )
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
