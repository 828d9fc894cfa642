import type { Db } from '../../db/client.ts';
import { cleanName, type IdentityRef, type Person } from './people.ts';

const personColumns = ['people.id', 'people.name', 'people.language', 'people.time_zone as timeZone'] as const;

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
  profile: { name: string | null; timeZone: string },
): Promise<Registration> {
  const existing = await findPersonByIdentity(db, ref);
  if (existing) return { person: existing, created: false };

  const name = cleanName(profile.name, 'Ibu');
  const person = await db
    .insertInto('people')
    .values({ name, time_zone: profile.timeZone })
    .returning(personColumns)
    .executeTakeFirstOrThrow();
  const identity = await db
    .insertInto('identities')
    .values({ person_id: person.id, platform: ref.platform, external_id: ref.externalId, display_name: name })
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
