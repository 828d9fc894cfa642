import { expressionBuilder, type Expression } from 'kysely';
import type { Db } from '../../db/client.ts';
import type { Database } from '../../db/schema.ts';
import { cleanName, UNNAMED, type IdentityRef, type Person } from './people.ts';

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
  if (profile.phone) {
    const byPhone = await findPersonByPhone(db, profile.phone);
    if (byPhone) {
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

export async function findPersonByPhone(db: Db, phone: string): Promise<Person | undefined> {
  return db.selectFrom('people').select(personColumns).where('phone', '=', phone).executeTakeFirst();
}

export async function findPerson(db: Db, id: number): Promise<Person | undefined> {
  return db.selectFrom('people').select(personColumns).where('id', '=', id).executeTakeFirst();
}

export async function insertPerson(db: Db, p: { name: string; phone: string | null; timeZone: string }): Promise<Person> {
  return db
    .insertInto('people')
    .values({ name: p.name, phone: p.phone, time_zone: p.timeZone })
    .returning(personColumns)
    .executeTakeFirstOrThrow();
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
  const identities = await db
    .selectFrom('identities')
    .select(['platform', 'external_id'])
    .where('person_id', '=', personId)
    .where('platform', 'in', ['telegram', 'whatsapp'])
    .orderBy('id')
    .execute();
  // Only a private message counts as her opening the chat; writing in a group does not.
  const wroteOnWhatsapp = await db
    .selectFrom('inbound_messages')
    .select('id')
    .where('person_id', '=', personId)
    .where('platform', '=', 'whatsapp')
    .where('chat_id', 'not like', '%@g.us')
    .limit(1)
    .executeTakeFirst();
  const usable = identities.filter((i) => i.platform === 'telegram' || wroteOnWhatsapp);
  const pick = usable.find((i) => i.platform === prefer) ?? usable.find((i) => i.platform === 'telegram') ?? usable[0];
  return pick && { platform: pick.platform as IdentityRef['platform'], chatId: pick.external_id };
}
