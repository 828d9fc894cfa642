/** Contact details the admin commands print next to a person. */
import type { Db } from '../../db/client.ts';
import { identitiesOf } from '../../modules/people/people.repository.ts';

export { phoneOf } from '../../modules/people/people.repository.ts';

/** Her first Telegram user id, as a string (ids are stored as text), or null. */
export async function telegramIdOf(db: Db, personId: number): Promise<string | null> {
  const identity = (await identitiesOf(db, personId)).find((i) => i.platform === 'telegram');
  return identity?.externalId ?? null;
}
