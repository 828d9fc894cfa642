/**
 * `loan create`, `loan pay`, `loan show` in-process (`buildProgram`) on real Postgres: what
 * they print, the 10 jt example, and that bad input exits 2 with one line and changes nothing.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminDeps } from '../../src/cli/admin/program.ts';
import { fixedClock } from '../../src/core/clock.ts';
import { runAdminCommand } from '../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
/** 10 January 2027, 10:00 in Jakarta. */
const clock = fixedClock('2027-01-10T03:00:00Z');

/** Runs one command line against the test database, as `dampingi …` would. */
const cli = (args: string[], over: Partial<AdminDeps> = {}) => runAdminCommand(t.db, clock, args, over);

async function ok<T = Record<string, unknown>>(args: string[]): Promise<T> {
  const run = await cli(args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(JSON.stringify(run.json(), null, 2));
  expect(run.closed).toBe(run.opened);
  return run.json<T>();
}

interface InstalmentOut {
  number: number;
  dueDate: string;
  principal: number;
  interest: number;
  total: number;
}
interface LoanOut {
  id: number;
  groupId: number | null;
  personId: number | null;
  principal: number;
  annualRatePercent: number;
  method: string;
  months: number;
  disbursed: string;
  dueDay: number;
  roundTo: number;
  createdAt: string;
  schedule: InstalmentOut[];
}
interface StateOut extends InstalmentOut {
  paid: number;
  remaining: number;
  paidOn: string | null;
  status: string;
}
interface PaymentOut {
  id: number;
  loanId: number;
  amount: number;
  paidOn: string;
  status: string;
  reportedByPersonId: number | null;
  confirmedByPersonId: number | null;
  sourceMessageId: number | null;
  createdAt: string;
  confirmedAt: string | null;
}
interface StatusOut {
  loan: Omit<LoanOut, 'schedule'>;
  asOf: string;
  instalments: StateOut[];
  arrears: number;
  streak: number;
  nextDue: { number: number; dueDate: string; amount: number } | null;
  rewardStreak: number;
  eligible: boolean;
  totals: Record<string, number>;
  payments: PaymentOut[];
  awaitingConfirmation: number;
}

const DUE_DATES = [
  '2026-12-05', '2027-01-05', '2027-02-05', '2027-03-05', '2027-04-05', '2027-05-05',
  '2027-06-05', '2027-07-05', '2027-08-05', '2027-09-05', '2027-10-05', '2027-11-05',
];
/** The 10 jt, 6 % flat, 12-month schedule: 11 × 883 333 then 883 337. */
const TEN_MILLION_SCHEDULE: InstalmentOut[] = DUE_DATES.map((dueDate, i) => {
  const principal = i < 11 ? 833_333 : 833_337;
  return { number: i + 1, dueDate, principal, interest: 50_000, total: principal + 50_000 };
});
const TERMS = ['--principal', '10000000', '--rate', '6', '--months', '12', '--method', 'flat', '--disbursed', '2026-11-05'];

let groupId: number;
let memberId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  const f = await ok<{ id: number }>(['facilitator', 'add', '--name', 'Bu Rina']);
  groupId = (await ok<{ id: number }>(['group', 'create', '--name', 'Melati', '--trades', 'asesoris', '--facilitator', String(f.id)])).id;
  memberId = (await ok<{ personId: number }>(['member', 'add', '--group', String(groupId), '--name', 'Ani', '--role', 'bendahara'])).personId;
});
afterAll(async () => t?.drop());

const createForGroup = () => ok<LoanOut>(['loan', 'create', ...TERMS, '--group', String(groupId)]);

describe('loan create', () => {
  it('for a group: prints the stored loan with its schedule', async () => {
    const loan = await createForGroup();
    expect(loan).toEqual({
      id: loan.id,
      groupId,
      personId: null,
      principal: 10_000_000,
      annualRatePercent: 6,
      method: 'flat',
      months: 12,
      disbursed: '2026-11-05',
      dueDay: 5,
      roundTo: 1,
      createdAt: '2027-01-10T03:00:00.000Z',
      givenInGroupId: groupId,
      schedule: TEN_MILLION_SCHEDULE,
    });
    const stored = await t.db.selectFrom('loan_instalments').select(['number', 'due_date as dueDate', 'principal', 'interest', 'total']).where('loan_id', '=', loan.id).orderBy('number').execute();
    expect(stored).toEqual(TEN_MILLION_SCHEDULE);
    // In the audit with it: given by the command line (no person), to the group, in the group.
    expect(await loanAudit(loan.id)).toEqual([{ actor: null, subject: null, group: groupId, detail: { loan: String(loan.id), principal: '10000000' }, at: clock.now() }]);
  });

  it('for a member, with --round and --due-day', async () => {
    const loan = await ok<LoanOut>(['loan', 'create', ...TERMS, '--round', '100', '--due-day', '31', '--member', String(memberId)]);
    expect(loan).toMatchObject({ groupId: null, personId: memberId, dueDay: 31, roundTo: 100 });
    expect(loan.schedule.map((i) => i.total)).toEqual([...Array<number>(11).fill(883_300), 883_700]);
    expect(loan.schedule.slice(0, 4).map((i) => i.dueDate)).toEqual(['2026-12-31', '2027-01-31', '2027-02-28', '2027-03-31']);
    expect(await loanAudit(loan.id)).toEqual([{ actor: null, subject: memberId, group: groupId, detail: { loan: String(loan.id), principal: '10000000' }, at: clock.now() }]);
  });
});

/** The loan_given audit rows of one loan. */
async function loanAudit(loanId: number) {
  const { rows } = await sql<{ actor: number | null; subject: number | null; group: number | null; detail: Record<string, string>; at: Date }>`
    select actor_person_id::int as actor, subject_person_id::int as subject, group_id::int as "group", detail, at
      from audit_events where kind = 'loan_given' and detail->>'loan' = ${String(loanId)}`.execute(t.db);
  return rows;
}

describe('loan pay and loan show: the 10 jt example', () => {
  let loanId: number;
  beforeAll(async () => {
    loanId = (await createForGroup()).id;
  });

  it('pays 883.333 on 5 December: the payment, and the status today (January missed so far)', async () => {
    const result = await ok<{ payment: PaymentOut; status: StatusOut }>(['loan', 'pay', '--loan', String(loanId), '--amount', '883333', '--date', '2026-12-05']);
    expect(result.payment).toEqual({
      id: result.payment.id,
      loanId,
      amount: 883_333,
      paidOn: '2026-12-05',
      status: 'confirmed',
      reportedByPersonId: null,
      confirmedByPersonId: null,
      sourceMessageId: null,
      createdAt: '2027-01-10T03:00:00.000Z',
      confirmedAt: '2027-01-10T03:00:00.000Z',
    });
    expect(result.status.asOf).toBe('2027-01-10');
    expect(result.status.instalments.slice(0, 3).map((i) => [i.paid, i.status])).toEqual([
      [883_333, 'paid'],
      [0, 'overdue'],
      [0, 'due'],
    ]);
    expect(result.status.arrears).toBe(883_333);
    expect(result.status.streak).toBe(0);
  });

  it('pays 883.333 on 4 January; show --as-of 2027-01-10: 2 paid on time, streak 2, no arrears, next 5 February 883.333', async () => {
    await ok(['loan', 'pay', '--loan', String(loanId), '--amount', '883333', '--date', '2027-01-04']);
    const shown = await ok<StatusOut>(['loan', 'show', '--loan', String(loanId), '--as-of', '2027-01-10']);
    expect(shown.asOf).toBe('2027-01-10');
    expect(shown.instalments).toEqual(
      TEN_MILLION_SCHEDULE.map((row, i) => {
        if (i === 0) return { ...row, paid: 883_333, remaining: 0, paidOn: '2026-12-05', status: 'paid' };
        if (i === 1) return { ...row, paid: 883_333, remaining: 0, paidOn: '2027-01-04', status: 'paid' };
        return { ...row, paid: 0, remaining: row.total, paidOn: null, status: 'due' };
      }),
    );
    expect(shown.arrears).toBe(0);
    expect(shown.streak).toBe(2);
    expect(shown.nextDue).toEqual({ number: 3, dueDate: '2027-02-05', amount: 883_333 });
    expect(shown.eligible).toBe(false);
    expect(shown.rewardStreak).toBe(3);
    expect(shown.totals).toEqual({ principal: 10_000_000, interest: 600_000, total: 10_600_000, paid: 1_766_666, remaining: 8_833_334, credit: 0 });
    expect(shown.awaitingConfirmation).toBe(0);
    expect(shown.payments.map((p) => [p.amount, p.paidOn, p.status])).toEqual([
      [883_333, '2026-12-05', 'confirmed'],
      [883_333, '2027-01-04', 'confirmed'],
    ]);
    expect(shown.loan).toMatchObject({ id: loanId, groupId, principal: 10_000_000 });
  });

  it('show without --as-of looks from today in Jakarta (the injected clock)', async () => {
    const today = await ok<StatusOut>(['loan', 'show', '--loan', String(loanId)]);
    expect(today.asOf).toBe('2027-01-10');
    expect(today.streak).toBe(2);
    // 17:30 UTC on 10 January is already the 11th in Jakarta.
    clock.set('2027-01-10T17:30:00Z');
    try {
      expect((await ok<StatusOut>(['loan', 'show', '--loan', String(loanId)])).asOf).toBe('2027-01-11');
    } finally {
      clock.set('2027-01-10T03:00:00Z');
    }
  });

  it('show --as-of 2027-02-06: the February instalment is overdue, streak 0', async () => {
    const shown = await ok<StatusOut>(['loan', 'show', '--loan', String(loanId), '--as-of', '2027-02-06']);
    expect(shown.instalments[2]!.status).toBe('overdue');
    expect(shown.arrears).toBe(883_333);
    expect(shown.streak).toBe(0);
    expect(shown.nextDue).toEqual({ number: 3, dueDate: '2027-02-05', amount: 883_333 });
  });
});

describe('bad input: exit 2, one line on stderr, nothing on stdout, nothing changed', () => {
  const TABLES = ['loans', 'loan_instalments', 'loan_payments', 'audit_events'] as const;
  async function snapshot(): Promise<Record<string, unknown[]>> {
    const result: Record<string, unknown[]> = {};
    for (const table of TABLES) {
      const { rows } = await sql`select * from ${sql.table(table)} order by 1, 2`.execute(t.db);
      result[table] = rows;
    }
    return result;
  }

  let loanId: string;
  beforeAll(async () => {
    loanId = String((await createForGroup()).id);
  });

  /** [arguments, stderr, whether the database was opened]. */
  const cases: [string, () => string[], string, boolean][] = [
    [
      'both --group and --member',
      () => ['loan', 'create', ...TERMS, '--group', String(groupId), '--member', String(memberId)],
      'error: borrower_invalid: give exactly one of --group <id> (a group loan) or --member <id> (a loan to one member)',
      false,
    ],
    [
      'neither --group nor --member',
      () => ['loan', 'create', ...TERMS],
      'error: borrower_invalid: give exactly one of --group <id> (a group loan) or --member <id> (a loan to one member)',
      false,
    ],
    ['a malformed group id', () => ['loan', 'create', ...TERMS, '--group', '1e3'], 'error: id_invalid: --group must be a positive whole number such as 12, got "1e3"', false],
    ['an unknown group', () => ['loan', 'create', ...TERMS, '--group', '999999'], 'error: group_not_found: no group with id 999999', true],
    ['an unknown member', () => ['loan', 'create', ...TERMS, '--member', '999999'], 'error: member_not_found: no person with id 999999', true],
    [
      'bad terms name the flag',
      () => ['loan', 'create', ...TERMS, '--months', '0', '--group', String(groupId)],
      'error: loan_terms_invalid: --months must be a whole number from 1 to 360, got 0',
      false,
    ],
    [
      'a rounding unit too large',
      () => ['loan', 'create', ...TERMS, '--round', '10000000', '--group', String(groupId)],
      'error: loan_terms_invalid: --round 10000000 is too large for this loan: rounding the instalments to it means instalment 1 would repay Rp-50000 of principal, but every instalment must repay at least Rp1; choose a smaller rounding unit',
      false,
    ],
    [
      'a zero payment',
      () => ['loan', 'pay', '--loan', loanId, '--amount', '0', '--date', '2027-01-05'],
      'error: payment_amount_invalid: the amount must be a whole number of rupiah greater than 0, got 0',
      true,
    ],
    [
      'a negative payment',
      () => ['loan', 'pay', '--loan', loanId, '--amount', '-5', '--date', '2027-01-05'],
      'error: number_invalid: --amount must be a whole number written with digits only, e.g. 883333, got "-5"',
      false,
    ],
    [
      'an amount with thousands dots',
      () => ['loan', 'pay', '--loan', loanId, '--amount', '883.333', '--date', '2027-01-05'],
      'error: number_invalid: --amount must be a whole number written with digits only, e.g. 883333 (write it without thousands separators), got "883.333"',
      false,
    ],
    [
      'no such day',
      () => ['loan', 'pay', '--loan', loanId, '--amount', '1000', '--date', '2027-02-30'],
      'error: date_invalid: --date must be a real date written YYYY-MM-DD, got "2027-02-30"',
      false,
    ],
    [
      'a date written another way',
      () => ['loan', 'pay', '--loan', loanId, '--amount', '1000', '--date', '5/1/2027'],
      'error: date_invalid: --date must be a real date written YYYY-MM-DD, got "5/1/2027"',
      false,
    ],
    [
      'a payment dated tomorrow',
      () => ['loan', 'pay', '--loan', loanId, '--amount', '1000', '--date', '2027-01-11'],
      'error: payment_date_invalid: the payment date 2027-01-11 is in the future (today is 2027-01-10)',
      true,
    ],
    [
      'a payment before the disbursement',
      () => ['loan', 'pay', '--loan', loanId, '--amount', '1000', '--date', '2026-11-01'],
      'error: payment_date_invalid: the payment date 2026-11-01 is before the loan was disbursed (2026-11-05)',
      true,
    ],
    ['an unknown loan', () => ['loan', 'pay', '--loan', '999999', '--amount', '1000', '--date', '2027-01-05'], 'error: loan_not_found: no loan with id 999999', true],
    ['a missing --date', () => ['loan', 'pay', '--loan', loanId, '--amount', '1000'], "error: required option '--date <date>' not specified", false],
    ['show on no such day', () => ['loan', 'show', '--loan', loanId, '--as-of', '2027-1-5'], 'error: date_invalid: --as-of must be a real date written YYYY-MM-DD, got "2027-1-5"', false],
    ['show an unknown loan', () => ['loan', 'show', '--loan', '999999'], 'error: loan_not_found: no loan with id 999999', true],
  ];
  it.each(cases)('%s', async (_name, args, stderr, opensDb) => {
    const before = await snapshot();
    const run = await cli(args());
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.opened).toBe(opensDb ? 1 : 0);
    expect(run.closed).toBe(run.opened);
    expect(await snapshot()).toEqual(before);
  });
});

describe('help', () => {
  it('lists create, pay and show next to schedule', async () => {
    const help = await cli(['loan', '--help']);
    expect(help.code).toBe(0);
    for (const command of ['schedule', 'create', 'pay', 'show']) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });
});
