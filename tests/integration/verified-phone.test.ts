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
import { grantStaffRole } from '../../src/modules/programmes/programmes.repository.ts';
import { addFacilitator } from '../../src/modules/groups/groups.service.ts';
import { issueLogin, loginFromChat, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { upsertAnswer } from '../../src/modules/quarterly/quarterly-answers.repository.ts';

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
    expect(await linkVerifiedPhone(t.db, me, '+6281200000001')).toEqual({ outcome: 'saved', personId: me });
    expect(await phoneOf(me)).toBe('+6281200000001');
    expect(await linkVerifiedPhone(t.db, me, '6281200000001')).toEqual({ outcome: 'same', personId: me });
  });

  it('merges her with the member added by that number, who survives with her name', async () => {
    const imported = await insertPerson(t.db, { name: 'Siti Aminah', phone: '+6281200000002', timeZone: TZ });
    const me = await telegramPerson('502', 'Siti');
    expect(await anyAwaitingOn(t.db, [imported.id])).toBe(true);
    expect(await linkVerifiedPhone(t.db, me, '+6281200000002')).toEqual({ outcome: 'merged', personId: imported.id, name: 'Siti Aminah' });
    expect(await t.db.selectFrom('people').select('id').where('id', '=', me).executeTakeFirst()).toBeUndefined();
    const identities = await t.db.selectFrom('identities').select(['person_id', 'external_id']).where('external_id', '=', '502').execute();
    expect(identities).toEqual([{ person_id: imported.id, external_id: '502' }]);
    expect(await anyAwaitingOn(t.db, [imported.id])).toBe(false);
  });

  it('leaves a number whose person is already on this platform, and her own other number, unchanged', async () => {
    const first = await telegramPerson('503', 'Rini');
    await setPhone(t.db, first, '+6281200000003');
    const second = await telegramPerson('504', 'Rini');
    expect(await linkVerifiedPhone(t.db, second, '+6281200000003')).toEqual({ outcome: 'taken', personId: second });
    expect(await phoneOf(second)).toBeNull();
    expect(await linkVerifiedPhone(t.db, first, '+6281200000009')).toEqual({ outcome: 'taken', personId: first });
    expect(await phoneOf(first)).toBe('+6281200000003');
  });

  it('never merges into someone who has written to the bot elsewhere, staff or not (recycled numbers)', async () => {
    const onWhatsApp = await insertPerson(t.db, { name: 'Wati', phone: '+6281200000004', timeZone: TZ });
    await t.db.insertInto('identities').values({ person_id: onWhatsApp.id, platform: 'whatsapp', external_id: '6281200000004@s.whatsapp.net', display_name: 'Wati' }).execute();
    const me = await telegramPerson('506', 'Wati');
    expect(await anyAwaitingOn(t.db, [onWhatsApp.id])).toBe(false);
    expect(await linkVerifiedPhone(t.db, me, '+6281200000004')).toEqual({ outcome: 'taken', personId: me });

    const manager = await insertPerson(t.db, { name: 'Maya', phone: '+6281200000005', timeZone: TZ });
    await grantStaffRole(t.db, manager.id, 'admin', null, new Date());
    await t.db.insertInto('identities').values({ person_id: manager.id, platform: 'whatsapp', external_id: '6281200000005@s.whatsapp.net', display_name: 'Maya' }).execute();
    const stranger = await telegramPerson('507', 'Maya');
    expect(await linkVerifiedPhone(t.db, stranger, '+6281200000005')).toEqual({ outcome: 'taken', personId: stranger });
    const identities = await t.db.selectFrom('identities').select('person_id').where('external_id', 'in', ['506', '507']).execute();
    expect(identities.map((i) => i.person_id).sort()).toEqual([me, stranger].sort());
  });

  it('makes a facilitator added by phone, who never wrote, one with her Telegram account: her facilitator row and console role stay hers', async () => {
    const facilitator = await addFacilitator(t.db, { name: 'Rina', phone: '+6281200000006', timeZone: TZ });
    const rina = await telegramPerson('508', 'Rina');
    expect(await linkVerifiedPhone(t.db, rina, '+6281200000006')).toEqual({ outcome: 'merged', personId: facilitator.person.id, name: 'Rina' });
    const identities = await t.db.selectFrom('identities').select('person_id').where('external_id', '=', '508').execute();
    expect(identities).toEqual([{ person_id: facilitator.person.id }]);
    expect(await t.db.selectFrom('facilitators').select('person_id').where('id', '=', facilitator.id).executeTakeFirst()).toEqual({ person_id: facilitator.person.id });
    expect(await t.db.selectFrom('people').select('id').where('id', '=', rina).executeTakeFirst()).toBeUndefined();
  });

  it('keeps the quarterly figures she sent herself over those staff filled in for the imported row', async () => {
    const imported = await insertPerson(t.db, { name: 'Sari Impor', phone: '+6281200000007', timeZone: TZ });
    const staff = await insertPerson(t.db, { name: 'Fitri', phone: null, timeZone: TZ });
    const me = await telegramPerson('509', 'Sari');
    const at = new Date();
    await upsertAnswer(t.db, { personId: imported.id, quarter: '2026Q3', assets: 1_000_000, turnoverReported: 2_000_000, turnoverFromBooks: 0, employees: 0, sourceMessageId: null, filledBy: staff.id, at });
    await upsertAnswer(t.db, { personId: me, quarter: '2026Q3', assets: 5_000_000, turnoverReported: null, turnoverFromBooks: 300_000, employees: 1, sourceMessageId: null, filledBy: null, at });
    expect(await linkVerifiedPhone(t.db, me, '+6281200000007')).toMatchObject({ outcome: 'merged', personId: imported.id });
    const [report] = await t.db.selectFrom('quarterly_reports').selectAll().where('person_id', '=', imported.id).execute();
    expect(report).toMatchObject({
      assets: 5_000_000, assets_filled_by: null,
      turnover_reported: 2_000_000, turnover_filled_by: staff.id,
      employees: 1, employees_filled_by: null,
      turnover_from_books: 300_000,
    });
  });

  it('refuses what is not a phone number', async () => {
    const me = await telegramPerson('505', 'Tin');
    expect(await linkVerifiedPhone(t.db, me, '+12')).toEqual({ outcome: 'invalid', personId: me });
    expect(await anyAwaitingOn(t.db, [])).toBe(false);
  });
});

describe('a used staff account is never taken over by its phone number (recycled numbers)', () => {
  const at = new Date('2026-11-02T03:00:00Z');
  /** She logs in to the console through a login link only: no chat identity at all. */
  const logInByLink = async (personId: number) => {
    const issued = await issueLogin(t.db, personId, at);
    expect(await loginWithLink(t.db, issued.token, 'test-client', at)).toMatchObject({ personId });
  };

  it('refuses a staff row with a console login and no chat identity, even once her sessions are pruned; the new holder gets no console login', async () => {
    const admin = await insertPerson(t.db, { name: 'Dewi Admin', phone: '+6281200000010', timeZone: TZ });
    await grantStaffRole(t.db, admin.id, 'admin', null, at);
    await logInByLink(admin.id);
    await t.db.deleteFrom('console_sessions').where('person_id', '=', admin.id).execute();
    expect(await t.db.selectFrom('identities').select('id').where('person_id', '=', admin.id).execute()).toEqual([]);

    const newHolder = await telegramPerson('520', 'Orang Baru');
    expect(await linkVerifiedPhone(t.db, newHolder, '+6281200000010')).toEqual({ outcome: 'taken', personId: newHolder });
    expect(await loginFromChat(t.db, newHolder, at)).toBe('no_role');
  });

  it('refuses a facilitator who has logged in, and WhatsApp’s first message from her number gets a row of its own', async () => {
    const facilitator = await addFacilitator(t.db, { name: 'Lina', phone: '+6281200000011', timeZone: TZ });
    await logInByLink(facilitator.person.id);
    const newHolder = await telegramPerson('521', 'Orang Baru');
    expect(await linkVerifiedPhone(t.db, newHolder, '+6281200000011')).toEqual({ outcome: 'taken', personId: newHolder });

    const onWhatsApp = await findOrRegisterPerson(t.db, { platform: 'whatsapp', externalId: '6281200000011@s.whatsapp.net' }, { name: 'Orang Baru', timeZone: TZ, phone: '+6281200000011' });
    expect(onWhatsApp.created).toBe(true);
    expect(onWhatsApp.person.id).not.toBe(facilitator.person.id);
    expect(await t.db.selectFrom('identities').select('id').where('person_id', '=', facilitator.person.id).execute()).toEqual([]);
  });

  it('a merge keeps that she has used the console: a manager on Telegram who logged in, then linked to the row she was added by', async () => {
    const added = await insertPerson(t.db, { name: 'Yanti', phone: '+6281200000013', timeZone: TZ });
    const yanti = await telegramPerson('522', 'Yanti');
    await grantStaffRole(t.db, yanti, 'admin', null, at);
    await logInByLink(yanti);
    expect(await linkVerifiedPhone(t.db, yanti, '+6281200000013')).toMatchObject({ outcome: 'merged', personId: added.id });
    expect(await t.db.selectFrom('people').select(['console_first_login_at', 'console_last_login_at']).where('id', '=', added.id).executeTakeFirst()).toEqual({
      console_first_login_at: at,
      console_last_login_at: at,
    });
  });

  it('still lets WhatsApp’s first message attach a facilitator added by phone who never logged in', async () => {
    const facilitator = await addFacilitator(t.db, { name: 'Nur', phone: '+6281200000012', timeZone: TZ });
    const reg = await findOrRegisterPerson(t.db, { platform: 'whatsapp', externalId: '6281200000012@s.whatsapp.net' }, { name: 'Nur', timeZone: TZ, phone: '+6281200000012' });
    expect(reg).toMatchObject({ created: false, person: { id: facilitator.person.id } });
  });
});
