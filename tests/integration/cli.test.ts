/**
 * The admin command line in-process (`buildProgram`), on real Postgres with the real
 * migrations: what each command prints, the exit codes, and that bad input changes nothing.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminDeps } from '../../src/cli/admin/program.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { groupsRepo, joinByCode } from '../../src/modules/groups/groups.service.ts';
import type { Group } from '../../src/modules/groups/groups.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

/** Runs one command line against the test database, as `dampingi …` would. */
const cli = (args: string[], over: Partial<AdminDeps> = {}) => runAdminCommand(t.db, clock, args, over);

async function ok<T = Record<string, unknown>>(args: string[]): Promise<T> {
  const run = await cli(args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  // Exactly one document, pretty-printed with 2 spaces.
  expect(run.stdout).toBe(JSON.stringify(run.json(), null, 2));
  return run.json<T>();
}

let counter = 0;
/** A fresh valid mobile number, written the way people write it. */
function newPhone(): { typed: string; e164: string } {
  counter += 1;
  const rest = String(40_000_000 + counter);
  return { typed: `0812-${rest.slice(0, 4)}-${rest.slice(4)}`, e164: `+62812${rest}` };
}
function newTelegramId(): string {
  counter += 1;
  return String(7_000_000 + counter);
}

interface FacilitatorOut {
  id: number;
  personId: number;
  name: string;
  phone: string | null;
  telegramId: string | null;
}
/** `group` commands print the group as the groups module describes it. */
type GroupOut = Group;
interface MemberOut {
  groupId: number;
  personId: number;
  name: string;
  phone: string | null;
  role: string;
}

const newFacilitator = (name = 'Bu Rina') => ok<FacilitatorOut>(['facilitator', 'add', '--name', name]);
async function newGroup(name = 'Melati'): Promise<GroupOut> {
  const f = await newFacilitator();
  return ok<GroupOut>(['group', 'create', '--name', name, '--trades', 'asesoris', '--facilitator', String(f.id)]);
}

const TABLES = ['people', 'identities', 'facilitators', 'groups', 'group_trades', 'group_chats', 'memberships'] as const;

/** Every row of every table the commands touch, to prove a failed command changed nothing. */
async function snapshot(): Promise<Record<string, unknown[]>> {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    const { rows } = await sql`select * from ${sql.table(table)} order by 1, 2`.execute(t.db);
    result[table] = rows;
  }
  return result;
}

const JOIN_CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

describe('facilitator', () => {
  it('add prints her with the normalised phone and Telegram id; list shows her', async () => {
    const phone = newPhone();
    const telegramId = newTelegramId();
    const f = await ok<FacilitatorOut>(['facilitator', 'add', '--name', '  Bu   Rina ', '--telegram-id', telegramId, '--phone', phone.typed]);
    expect(f).toEqual({ id: f.id, personId: f.personId, name: 'Bu Rina', phone: phone.e164, telegramId });
    expect(Number.isInteger(f.id) && f.id > 0).toBe(true);

    const person = await t.db.selectFrom('people').select(['name', 'phone', 'time_zone']).where('id', '=', f.personId).executeTakeFirstOrThrow();
    expect(person).toEqual({ name: 'Bu Rina', phone: phone.e164, time_zone: 'Asia/Jakarta' });
    const identity = await t.db.selectFrom('identities').select(['platform', 'external_id']).where('person_id', '=', f.personId).execute();
    expect(identity).toEqual([{ platform: 'telegram', external_id: telegramId }]);

    const list = await ok<FacilitatorOut[]>(['facilitator', 'list']);
    expect(list.find((x) => x.id === f.id)).toEqual(f);
  });

  it('adding the same person again (same Telegram id) gives the same facilitator', async () => {
    const telegramId = newTelegramId();
    const first = await ok<FacilitatorOut>(['facilitator', 'add', '--name', 'Bu Sri', '--telegram-id', telegramId]);
    const again = await ok<FacilitatorOut>(['facilitator', 'add', '--name', 'Sri Wahyuni', '--telegram-id', telegramId]);
    expect(again).toEqual({ ...first, name: 'Bu Sri' });
    expect(first.phone).toBeNull();
  });
});

describe('group', () => {
  it('create prints the group with two sorted trades and a join code from the unambiguous alphabet', async () => {
    const f = await newFacilitator();
    const g = await ok<GroupOut>([
      'group', 'create', '--name', 'Melati', '--trades', 'makanan-ringan, Asesoris', '--facilitator', String(f.id),
      '--village', 'Garegeh', '--district', 'Kalibawang', '--timezone', 'Asia/Makassar',
    ]);
    expect(g).toEqual({
      id: g.id,
      name: 'Melati',
      facilitatorId: f.id,
      village: 'Garegeh',
      district: 'Kalibawang',
      timeZone: 'Asia/Makassar',
      joinCode: g.joinCode,
      trades: ['asesoris', 'makanan-ringan'],
    });
    expect(g.joinCode).toMatch(JOIN_CODE);
    expect(await groupsRepo.findGroup(t.db, g.id)).toEqual(g);
  });

  it('create uses the configured default time zone; list shows all groups or one facilitator’s', async () => {
    const f = await newFacilitator('Bu Wati');
    const run = await cli(['group', 'create', '--name', 'Mawar', '--trades', 'jahit', '--facilitator', String(f.id)], {
      defaultTimeZone: 'Asia/Jayapura',
    });
    expect(run.code).toBe(0);
    const g = run.json<GroupOut>();
    expect(g).toMatchObject({ timeZone: 'Asia/Jayapura', village: null, district: null, trades: ['jahit'] });

    expect(await ok<GroupOut[]>(['group', 'list', '--facilitator', String(f.id)])).toEqual([g]);
    const all = await ok<GroupOut[]>(['group', 'list']);
    expect(all.find((x) => x.id === g.id)).toEqual(g);
    expect(all.length).toBe(await t.db.selectFrom('groups').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow().then((r) => r.n));
  });

  it('code prints the current code; code --rotate replaces it and the old one stops working', async () => {
    const g = await newGroup();
    const shown = await ok<GroupOut>(['group', 'code', '--group', String(g.id)]);
    expect(shown).toEqual(g);

    const rotated = await ok<GroupOut>(['group', 'code', '--group', String(g.id), '--rotate']);
    expect(rotated).toEqual({ ...g, joinCode: rotated.joinCode });
    expect(rotated.joinCode).toMatch(JOIN_CODE);
    expect(rotated.joinCode).not.toBe(g.joinCode);

    expect(await groupsRepo.findGroupByCode(t.db, g.joinCode)).toBeUndefined();
    expect((await groupsRepo.findGroupByCode(t.db, rotated.joinCode))?.id).toBe(g.id);
    const person = await t.db.insertInto('people').values({ name: 'Tuti', time_zone: 'Asia/Jakarta' }).returning('id').executeTakeFirstOrThrow();
    await expect(joinByCode(t.db, person.id, g.joinCode, clock.now())).rejects.toMatchObject({ code: 'code_unknown' });
    expect((await joinByCode(t.db, person.id, rotated.joinCode.toLowerCase(), clock.now())).group.id).toBe(g.id);
  });
});

describe('member', () => {
  it('add with roles, list, remove: the removed one leaves the list but stays a person', async () => {
    const g = await newGroup();
    const aniPhone = newPhone();
    const sariTelegram = newTelegramId();
    const ani = await ok<MemberOut>(['member', 'add', '--group', String(g.id), '--name', 'Ani', '--phone', aniPhone.typed, '--role', 'bendahara']);
    expect(ani).toEqual({ groupId: g.id, personId: ani.personId, name: 'Ani', phone: aniPhone.e164, role: 'bendahara' });
    const sari = await ok<MemberOut>(['member', 'add', '--group', String(g.id), '--name', 'Sari', '--telegram-id', sariTelegram, '--role', 'ketua']);
    expect(sari).toEqual({ groupId: g.id, personId: sari.personId, name: 'Sari', phone: null, role: 'ketua' });
    const dewi = await ok<MemberOut>(['member', 'add', '--group', String(g.id), '--name', 'Dewi']);
    expect(dewi).toEqual({ groupId: g.id, personId: dewi.personId, name: 'Dewi', phone: null, role: 'anggota' });
    expect(new Set([ani.personId, sari.personId, dewi.personId]).size).toBe(3);

    // New members take the group's time zone.
    const zone = await t.db.selectFrom('people').select('time_zone').where('id', '=', dewi.personId).executeTakeFirstOrThrow();
    expect(zone.time_zone).toBe('Asia/Jakarta');

    expect(await ok(['member', 'list', '--group', String(g.id)])).toEqual([
      { personId: ani.personId, name: 'Ani', phone: aniPhone.e164, role: 'bendahara', status: 'active' },
      { personId: dewi.personId, name: 'Dewi', phone: null, role: 'anggota', status: 'active' },
      { personId: sari.personId, name: 'Sari', phone: null, role: 'ketua', status: 'active' },
    ]);

    const removed = await ok(['member', 'remove', '--group', String(g.id), '--person', String(dewi.personId)]);
    expect(removed).toEqual({ groupId: g.id, personId: dewi.personId, status: 'removed' });

    const after = await ok<{ personId: number }[]>(['member', 'list', '--group', String(g.id)]);
    expect(after.map((m) => m.personId)).toEqual([ani.personId, sari.personId]);
    const person = await t.db.selectFrom('people').select('name').where('id', '=', dewi.personId).executeTakeFirst();
    expect(person).toEqual({ name: 'Dewi' });
    const membership = await groupsRepo.findMembership(t.db, g.id, dewi.personId);
    expect(membership?.status).toBe('removed');
  });

  it('one person added to two groups by the same phone, or the same Telegram id, stays one person', async () => {
    const g1 = await newGroup('Melati');
    const g2 = await newGroup('Kenanga');
    const phone = newPhone();
    const a1 = await ok<MemberOut>(['member', 'add', '--group', String(g1.id), '--name', 'Ani', '--phone', phone.typed]);
    const a2 = await ok<MemberOut>(['member', 'add', '--group', String(g2.id), '--name', 'Ani Lestari', '--phone', phone.e164, '--role', 'sekretaris']);
    expect(a2).toEqual({ groupId: g2.id, personId: a1.personId, name: 'Ani', phone: phone.e164, role: 'sekretaris' });

    const telegramId = newTelegramId();
    const s1 = await ok<MemberOut>(['member', 'add', '--group', String(g1.id), '--name', 'Sari', '--telegram-id', telegramId]);
    const s2 = await ok<MemberOut>(['member', 'add', '--group', String(g2.id), '--name', 'Sari', '--telegram-id', telegramId]);
    expect(s2.personId).toBe(s1.personId);
    expect(s2.personId).not.toBe(a1.personId);

    const withPhone = await t.db.selectFrom('people').select('id').where('phone', '=', phone.e164).execute();
    expect(withPhone).toEqual([{ id: a1.personId }]);
    const withTelegram = await t.db.selectFrom('identities').select('person_id').where('external_id', '=', telegramId).execute();
    expect(withTelegram).toEqual([{ person_id: s1.personId }]);
    expect((await groupsRepo.groupsOfPerson(t.db, a1.personId)).map((g) => g.id)).toEqual([g1.id, g2.id]);
  });
});

describe('member add of a name the group already has', () => {
  it('is refused, changing nothing, unless --allow-duplicate asks for a second person', async () => {
    const g = await newGroup();
    const ani = await ok<MemberOut>(['member', 'add', '--group', String(g.id), '--name', 'Ani']);

    // Run twice (or written with other case and spacing): refused, naming the member she may be.
    for (const name of ['Ani', '  ani ']) {
      const before = await snapshot();
      const run = await cli(['member', 'add', '--group', String(g.id), '--name', name]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^error: member_duplicate: /);
      expect(run.stderr).toContain(`(person ${ani.personId})`);
      expect(run.stderr).toContain('--allow-duplicate');
      expect(await snapshot()).toEqual(before);
    }

    // A second Ani, asked for: a new person.
    const second = await ok<MemberOut>(['member', 'add', '--group', String(g.id), '--name', 'Ani', '--allow-duplicate']);
    expect(second.personId).not.toBe(ani.personId);
    const members = await ok<{ personId: number; name: string }[]>(['member', 'list', '--group', String(g.id)]);
    expect(members.map((m) => [m.name, m.personId])).toEqual([['Ani', ani.personId], ['Ani', second.personId]]);

    // The same name in another group, and a person found by her Telegram id, are no duplicates.
    await ok(['member', 'add', '--group', String((await newGroup('Kenanga')).id), '--name', 'Ani']);
    const telegramId = newTelegramId();
    const sari = await ok<MemberOut>(['member', 'add', '--group', String(g.id), '--name', 'Sari', '--telegram-id', telegramId]);
    expect((await ok<MemberOut>(['member', 'add', '--group', String(g.id), '--name', 'Sari', '--telegram-id', telegramId, '--role', 'ketua'])).personId).toBe(sari.personId);
  });
});

describe('trade list', () => {
  it('prints the seeded trades, sorted by code', async () => {
    const trades = await ok<{ code: string; name_id: string; name_en: string }[]>(['trade', 'list']);
    expect(trades.map((x) => x.code)).toEqual([
      'asesoris', 'jahit', 'jasa', 'kerajinan-anyaman', 'kuliner', 'makanan-ringan', 'sembako', 'sulaman-bordir', 'ternak',
    ]);
    expect(trades[0]).toEqual({ code: 'asesoris', name_id: 'Asesoris & suvenir', name_en: 'Accessories & souvenirs' });
  });
});

describe('loan schedule', () => {
  const base = ['loan', 'schedule', '--principal', '10000000', '--rate', '6', '--months', '12', '--method', 'flat', '--disbursed', '2026-11-05'];
  const dueDates = [
    '2026-12-05', '2027-01-05', '2027-02-05', '2027-03-05', '2027-04-05', '2027-05-05',
    '2027-06-05', '2027-07-05', '2027-08-05', '2027-09-05', '2027-10-05', '2027-11-05',
  ];
  const expected = (regular: number, last: number) =>
    dueDates.map((dueDate, i) => {
      const principal = i < 11 ? regular : last;
      return { number: i + 1, dueDate, principal, interest: 50_000, total: principal + 50_000 };
    });

  it('10 jt at 6 % flat over 12 months: 11 × 883.333 then 883.337, without opening the database', async () => {
    const run = await cli(base);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.json()).toEqual(expected(833_333, 833_337));
    expect(run.opened).toBe(0);
  });

  it('with --round 100: 11 × 883.300 then 883.700; --due-day moves the days', async () => {
    expect(await ok([...base, '--round', '100'])).toEqual(expected(833_300, 833_700));
    const rows = await ok<{ dueDate: string }[]>([...base, '--due-day', '31']);
    expect(rows.slice(0, 4).map((r) => r.dueDate)).toEqual(['2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31']);
  });
});

describe('bad input: exit 2, one line on stderr, nothing on stdout, nothing changed', () => {
  let f: FacilitatorOut;
  let g: GroupOut;
  let owner: MemberOut;
  let ownerPhone: { typed: string; e164: string };
  let ownerTelegram: string;
  let otherTelegram: string;
  beforeAll(async () => {
    f = await newFacilitator('Bu Rina');
    g = await newGroup('Melati');
    ownerPhone = newPhone();
    ownerTelegram = newTelegramId();
    otherTelegram = newTelegramId();
    owner = await ok<MemberOut>(['member', 'add', '--group', String(g.id), '--name', 'Ani', '--phone', ownerPhone.typed, '--telegram-id', ownerTelegram]);
    await ok(['member', 'add', '--group', String(g.id), '--name', 'Sari', '--telegram-id', otherTelegram]);
  });

  const cases: { what: string; args: () => string[]; error: string | RegExp }[] = [
    {
      what: 'unknown trade',
      args: () => ['group', 'create', '--name', 'Kenanga', '--trades', 'asesoris,batik', '--facilitator', String(f.id)],
      error: 'error: trade_unknown: unknown trade batik; known trades: asesoris, jahit, jasa, kerajinan-anyaman, kuliner, makanan-ringan, sembako, sulaman-bordir, ternak',
    },
    {
      what: 'no trade at all',
      args: () => ['group', 'create', '--name', 'Kenanga', '--trades', ' , ', '--facilitator', String(f.id)],
      error: /^error: trade_missing: give at least one trade: asesoris, /,
    },
    {
      what: 'unknown facilitator id',
      args: () => ['group', 'create', '--name', 'Kenanga', '--trades', 'asesoris', '--facilitator', '999999'],
      error: 'error: facilitator_not_found: no facilitator with id 999999',
    },
    {
      what: 'unknown facilitator in group list',
      args: () => ['group', 'list', '--facilitator', '999999'],
      error: 'error: facilitator_not_found: no facilitator with id 999999',
    },
    {
      what: 'non-numeric facilitator id',
      args: () => ['group', 'create', '--name', 'Kenanga', '--trades', 'asesoris', '--facilitator', '12abc'],
      error: 'error: id_invalid: --facilitator must be a positive whole number such as 12, got "12abc"',
    },
    {
      what: 'group id in exponent notation',
      args: () => ['member', 'list', '--group', '1e3'],
      error: 'error: id_invalid: --group must be a positive whole number such as 12, got "1e3"',
    },
    {
      what: 'negative person id',
      args: () => ['member', 'remove', '--group', String(g.id), '--person=-4'],
      error: 'error: id_invalid: --person must be a positive whole number such as 12, got "-4"',
    },
    {
      what: 'zero group id',
      args: () => ['group', 'code', '--group', '0', '--rotate'],
      error: 'error: id_invalid: --group must be a positive whole number such as 12, got "0"',
    },
    {
      what: 'a phone that belongs to another person',
      args: () => ['member', 'add', '--group', String(g.id), '--name', 'Sari', '--telegram-id', otherTelegram, '--phone', ownerPhone.typed],
      error: 'error: phone_taken: the phone PHONE already belongs to another person (id OWNER)',
    },
    {
      what: 'a second phone for a person who has one',
      args: () => ['facilitator', 'add', '--name', 'Ani', '--telegram-id', ownerTelegram, '--phone', '0857 1234 5678'],
      error: /^error: phone_taken: this person already has the phone \+62812\d{8}$/,
    },
    {
      what: 'malformed phone',
      args: () => ['member', 'add', '--group', String(g.id), '--name', 'Ani', '--phone', '0812abc'],
      error: 'error: phone_invalid: "0812abc" is not a valid phone number (e.g. 0812 3456 7890 or +62 812 3456 7890)',
    },
    {
      what: 'a phone with a line break stays on one line',
      args: () => ['facilitator', 'add', '--name', 'Ani', '--phone', '0812\n3456'],
      error: 'error: phone_invalid: "0812\\n3456" is not a valid phone number (e.g. 0812 3456 7890 or +62 812 3456 7890)',
    },
    {
      what: 'a name of 10,000 characters (member)',
      args: () => ['member', 'add', '--group', String(g.id), '--name', 'A'.repeat(10_000)],
      error: 'error: name_invalid: the name must be 1–80 printable characters',
    },
    {
      what: 'a name of 10,000 characters (facilitator)',
      args: () => ['facilitator', 'add', '--name', 'x'.repeat(10_000)],
      error: 'error: name_invalid: the name must be 1–80 printable characters',
    },
    {
      what: 'an empty name (group)',
      args: () => ['group', 'create', '--name', '', '--trades', 'asesoris', '--facilitator', String(f.id)],
      error: 'error: name_invalid: the name must be 1–80 printable characters',
    },
    {
      what: 'a blank name (member)',
      args: () => ['member', 'add', '--group', String(g.id), '--name', '  \t '],
      error: 'error: name_invalid: the name must be 1–80 printable characters',
    },
    {
      what: 'an empty village',
      args: () => ['group', 'create', '--name', 'Kenanga', '--trades', 'asesoris', '--facilitator', String(f.id), '--village', ''],
      error: 'error: village_invalid: the village must be 1–80 printable characters',
    },
    {
      what: 'unknown role',
      args: () => ['member', 'add', '--group', String(g.id), '--name', 'Rina', '--role', 'bendahari'],
      error: 'error: role_invalid: unknown role "bendahari"; roles: ketua, sekretaris, bendahara, anggota',
    },
    {
      what: 'unknown group (member add)',
      args: () => ['member', 'add', '--group', '999999', '--name', 'Rina'],
      error: 'error: group_not_found: no group with id 999999',
    },
    {
      what: 'unknown group (member list)',
      args: () => ['member', 'list', '--group', '999999'],
      error: 'error: group_not_found: no group with id 999999',
    },
    {
      what: 'unknown group (code --rotate)',
      args: () => ['group', 'code', '--group', '999999', '--rotate'],
      error: 'error: group_not_found: no group with id 999999',
    },
    {
      what: 'removing someone who is not a member',
      args: () => ['member', 'remove', '--group', String(g.id), '--person', String(f.personId)],
      error: 'error: member_not_found: person FAC is not a member of group GROUP',
    },
    {
      what: 'invalid time zone',
      args: () => ['group', 'create', '--name', 'Kenanga', '--trades', 'asesoris', '--facilitator', String(f.id), '--timezone', 'Asia/Jakrta'],
      error: 'error: timezone_invalid: "Asia/Jakrta" is not a time zone such as Asia/Jakarta',
    },
    {
      what: 'a Telegram id with a leading zero',
      args: () => ['member', 'add', '--group', String(g.id), '--name', 'Rina', '--telegram-id', '0123'],
      error: 'error: telegram_id_invalid: --telegram-id must be a Telegram user id: a positive number of up to 15 digits, got "0123"',
    },
    {
      what: 'an unknown option (commander)',
      args: () => ['trade', 'list', '--all'],
      error: "error: unknown option '--all'",
    },
    {
      what: 'a missing required option (commander)',
      args: () => ['facilitator', 'add', '--phone', '0812 3456 7890'],
      error: "error: required option '--name <name>' not specified",
    },
    {
      what: 'an unknown command (commander)',
      args: () => ['grup', 'list'],
      error: "error: unknown command 'grup'\n(Did you mean group?)",
    },
  ];

  it.each(cases)('$what', async ({ args, error }) => {
    const before = await snapshot();
    const run = await cli(args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const expectedError =
      typeof error === 'string'
        ? error.replace('OWNER', String(owner.personId)).replace('FAC', String(f.personId)).replace('GROUP', String(g.id)).replace('PHONE', ownerPhone.e164)
        : error;
    if (typeof expectedError === 'string') expect(run.stderr).toBe(expectedError);
    else expect(run.stderr).toMatch(expectedError);
    if (!run.stderr.startsWith("error: unknown command")) expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.closed).toBe(run.opened);
    expect(await snapshot()).toEqual(before);
  });

  it('malformed ids are refused before the database is opened', async () => {
    const run = await cli(['member', 'add', '--group', 'abc', '--name', 'Rina']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: id_invalid: --group must be a positive whole number such as 12, got "abc"');
    expect(run.opened).toBe(0);
  });

  /** The 10 jt example with some flags changed (null: left out). */
  const loan = (over: Record<string, string | null>) => {
    const flags = { principal: '10000000', rate: '6', months: '12', method: 'flat', disbursed: '2026-11-05', ...over };
    return ['loan', 'schedule', ...Object.entries(flags).flatMap(([k, v]) => (v === null ? [] : [`--${k}`, v]))];
  };
  it.each([
    [{ principal: '12abc' }, 'error: number_invalid: --principal must be a whole number written with digits only, e.g. 10000000, got "12abc"'],
    [{ principal: '1e3' }, 'error: number_invalid: --principal must be a whole number written with digits only, e.g. 10000000, got "1e3"'],
    [{ principal: '' }, 'error: number_invalid: --principal must be a whole number written with digits only, e.g. 10000000, got ""'],
    [
      { principal: '10.000.000' },
      'error: number_invalid: --principal must be a whole number written with digits only, e.g. 10000000 (write it without thousands separators), got "10.000.000"',
    ],
    [{ months: '12abc' }, 'error: number_invalid: --months must be a whole number written with digits only, e.g. 12, got "12abc"'],
    [{ rate: '6,5' }, 'error: number_invalid: --rate must be a number such as 6 or 6.5 (use a dot for decimals), got "6,5"'],
    [{ rate: '6%' }, 'error: number_invalid: --rate must be a number such as 6 or 6.5, got "6%"'],
    [{ 'due-day': '5x' }, 'error: number_invalid: --due-day must be a whole number written with digits only, e.g. 5, got "5x"'],
    [{ round: '-100' }, 'error: number_invalid: --round must be a whole number written with digits only, e.g. 100, got "-100"'],
    [{ principal: '0' }, 'error: loan_terms_invalid: --principal must be a whole number of rupiah greater than 0 (at most 9007199254740991), got 0'],
    [{ rate: '100' }, 'error: loan_terms_invalid: --rate must be a number from 0 up to (not including) 100, got 100'],
    [{ rate: '6.125' }, 'error: loan_terms_invalid: --rate may have at most 2 decimals (e.g. 6.5 or 6.25), got 6.125'],
    [{ months: '0' }, 'error: loan_terms_invalid: --months must be a whole number from 1 to 360, got 0'],
    [{ method: 'bunga' }, "error: loan_terms_invalid: --method must be 'flat' or 'declining', got bunga"],
    [{ disbursed: '2026-02-30' }, 'error: loan_terms_invalid: --disbursed must be a real date written YYYY-MM-DD, got 2026-02-30'],
    [{ 'due-day': '32' }, 'error: loan_terms_invalid: --due-day must be a whole number from 1 to 31, got 32'],
    [{ round: '0' }, 'error: loan_terms_invalid: --round must be a whole number of rupiah of at least 1, got 0'],
    [
      { principal: '1200', round: '1000' },
      'error: loan_terms_invalid: --round 1000 is too large for this loan: rounding the instalments to it means instalment 1 would repay Rp-6 of principal, but every instalment must repay at least Rp1; choose a smaller rounding unit',
    ],
    [{ method: null }, "error: required option '--method <method>' not specified"],
  ])('loan schedule %o', async (over, error) => {
    const run = await cli(loan(over));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(error);
    expect(run.opened).toBe(0);
  });
});

describe('names are data', () => {
  it('SQL and markup in names are stored and printed back literally, and the tables survive', async () => {
    const sqlName = "Robert'); DROP TABLE people;--";
    const markup = '<b>Ani</b> & "Sari"';
    const f = await ok<FacilitatorOut>(['facilitator', 'add', '--name', sqlName]);
    expect(f.name).toBe(sqlName);
    const g = await ok<GroupOut>(['group', 'create', '--name', "Melati'; DELETE FROM groups;--", '--trades', 'asesoris', '--facilitator', String(f.id), '--village', '<i>Garegeh</i>']);
    expect(g.name).toBe("Melati'; DELETE FROM groups;--");
    expect(g.village).toBe('<i>Garegeh</i>');
    const m = await ok<MemberOut>(['member', 'add', '--group', String(g.id), '--name', markup]);
    expect(m.name).toBe(markup);

    expect(await ok(['member', 'list', '--group', String(g.id)])).toEqual([
      { personId: m.personId, name: markup, phone: null, role: 'anggota', status: 'active' },
    ]);
    const stored = await t.db.selectFrom('people').select('name').where('id', 'in', [f.personId, m.personId]).orderBy('id').execute();
    expect(stored).toEqual([{ name: sqlName }, { name: markup }]);
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_name in ('people', 'groups') order by table_name`.execute(t.db);
    expect(rows).toEqual([{ table_name: 'groups' }, { table_name: 'people' }]);
    expect((await ok<FacilitatorOut[]>(['facilitator', 'list'])).find((x) => x.id === f.id)?.name).toBe(sqlName);
  });
});

describe('process behaviour', () => {
  it('opens the database once per command and always closes it, on success and on a broken rule', async () => {
    const good = await cli(['trade', 'list']);
    expect([good.code, good.opened, good.closed]).toEqual([0, 1, 1]);
    const bad = await cli(['member', 'list', '--group', '999999']);
    expect([bad.code, bad.opened, bad.closed]).toEqual([2, 1, 1]);
  });

  it('an unreachable database is a failure (exit 1), not bad input', async () => {
    const run = await cli(['trade', 'list'], {
      openDb: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('error: cannot open the database: connect ECONNREFUSED 127.0.0.1:1');
  });

  it('an unexpected error inside a command exits 1 and still closes the database', async () => {
    let closed = 0;
    const run = await cli(['facilitator', 'list'], {
      openDb: async () => ({
        db: { selectFrom: () => { throw new TypeError('boom'); } } as unknown as TestDatabase['db'],
        close: async () => void (closed += 1),
      }),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error: boom');
    expect(closed).toBe(1);
  });

  it('--help prints the commands and exits 0; a bare command group prints its help and exits 2', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: dampingi [options] [command]');
    for (const group of ['facilitator', 'group', 'member', 'trade', 'loan']) expect(help.stdout).toMatch(new RegExp(`^  ${group} `, 'm'));
    expect(help.opened).toBe(0);

    const sub = await cli(['group', 'create', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('--trades <codes>');

    const bare = await cli(['member']);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('Usage: dampingi member [options] [command]');
  });
});
