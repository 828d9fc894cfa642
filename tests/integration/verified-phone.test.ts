/**
 * Linking her by the number the platform vouches for (modules/people/verified-phone.service.ts),
 * every outcome against real Postgres: a number nobody has becomes hers; hers already is a
 * no-op; a member added by that number and never seen on the platform is merged with her
 * (the older row survives, with its name); a number whose person already has an account on
 * the platform, or a different number of her own, is left alone; junk is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { findOrRegisterPerson, insertPerson, setPhone } from '../../src/modules/people/people.repository.ts';
import { anyAwaitingOn, linkVerifiedPhone } from '../../src/modules/people/verified-phone.service.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

const TZ = 'Asia/Jakarta';
const telegramPerson = async (id: string, name: string) =>
  (await findOrRegisterPerson(t.db, { platform: 'telegram', externalId: id }, { name, timeZone: TZ })).person.id;
const phoneOf = async (id: number) => (await t.db.selectFrom('people').select('phone').where('id', '=', id).executeTakeFirst())?.phone;

describe('linking her by a verified phone', () => {
  it('keeps a number nobody has as hers, and a second press changes nothing', async () => {
    const me = await telegramPerson('501', 'Ani');
    expect(await linkVerifiedPhone(t.db, me, '+6281200000001', 'telegram')).toEqual({ outcome: 'saved', personId: me });
    expect(await phoneOf(me)).toBe('+6281200000001');
    expect(await linkVerifiedPhone(t.db, me, '6281200000001', 'telegram')).toEqual({ outcome: 'same', personId: me });
  });

  it('merges her with the member added by that number, who survives with her name', async () => {
    const imported = await insertPerson(t.db, { name: 'Siti Aminah', phone: '+6281200000002', timeZone: TZ });
    const me = await telegramPerson('502', 'Siti');
    expect(await anyAwaitingOn(t.db, [imported.id], 'telegram')).toBe(true);
    expect(await linkVerifiedPhone(t.db, me, '+6281200000002', 'telegram')).toEqual({ outcome: 'merged', personId: imported.id, name: 'Siti Aminah' });
    expect(await t.db.selectFrom('people').select('id').where('id', '=', me).executeTakeFirst()).toBeUndefined();
    const identities = await t.db.selectFrom('identities').select(['person_id', 'external_id']).where('external_id', '=', '502').execute();
    expect(identities).toEqual([{ person_id: imported.id, external_id: '502' }]);
    expect(await anyAwaitingOn(t.db, [imported.id], 'telegram')).toBe(false);
  });

  it('leaves a number whose person is already on this platform, and her own other number, unchanged', async () => {
    const first = await telegramPerson('503', 'Rini');
    await setPhone(t.db, first, '+6281200000003');
    const second = await telegramPerson('504', 'Rini');
    expect(await linkVerifiedPhone(t.db, second, '+6281200000003', 'telegram')).toEqual({ outcome: 'taken', personId: second });
    expect(await phoneOf(second)).toBeNull();
    expect(await linkVerifiedPhone(t.db, first, '+6281200000009', 'telegram')).toEqual({ outcome: 'taken', personId: first });
    expect(await phoneOf(first)).toBe('+6281200000003');
  });

  it('refuses what is not a phone number', async () => {
    const me = await telegramPerson('505', 'Tin');
    expect(await linkVerifiedPhone(t.db, me, '+12', 'telegram')).toEqual({ outcome: 'invalid', personId: me });
    expect(await anyAwaitingOn(t.db, [], 'telegram')).toBe(false);
  });
});
