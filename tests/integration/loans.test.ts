/**
 * Loans on real Postgres with the real migrations: creating loans for a group and for a
 * member with their stored schedule, payments and standing, idempotency on the source
 * message, reported versus confirmed payments, who may confirm, and that bad input changes
 * nothing.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { DomainError } from '../../src/core/errors.ts';
import type { Db } from '../../src/db/client.ts';
import { addFacilitator, addMember, createGroup } from '../../src/modules/groups/groups.service.ts';
import type { Group } from '../../src/modules/groups/groups.ts';
import { LoanTermsInvalidError } from '../../src/modules/loans/loans.ts';
import {
  confirmPayment,
  createLoan,
  latestReportedPayment,
  loansOfGroup,
  loansOfPerson,
  loanStatus,
  recordPayment,
} from '../../src/modules/loans/loans.service.ts';
import { loanSchedule, type LoanTerms } from '../../src/modules/loans/schedule.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
/** 10 January 2027, 23:30 in Jakarta, already 01:30 on the 11th in Jayapura. */
const clock = fixedClock('2027-01-10T16:30:00Z');
let melati: Group;
let mawar: Group;
let rina: { personId: number };
let sinta: { personId: number };
let ani: number; // bendahara of Melati
let sari: number; // anggota of Melati

const TEN_MILLION: LoanTerms = { principal: 10_000_000, annualRatePercent: 6, months: 12, method: 'flat', disbursed: '2026-11-05' };

beforeAll(async () => {
  t = await createTestDatabase();
  const at = clock.now();
  const f1 = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: '900', timeZone: 'Asia/Jakarta' });
  const f2 = await addFacilitator(t.db, { name: 'Bu Sinta', telegramId: '901', timeZone: 'Asia/Jakarta' });
  rina = { personId: f1.person.id };
  sinta = { personId: f2.person.id };
  melati = await createGroup(t.db, { name: 'Melati', trades: ['asesoris'], facilitatorId: f1.id, timeZone: 'Asia/Jakarta' });
  mawar = await createGroup(t.db, { name: 'Mawar', trades: ['jahit'], facilitatorId: f2.id, timeZone: 'Asia/Jayapura' });
  ani = (await addMember(t.db, melati.id, { name: 'Ani', telegramId: '2001', role: 'bendahara', timeZone: 'Asia/Jakarta' }, at)).person.id;
  sari = (await addMember(t.db, melati.id, { name: 'Sari', telegramId: '2002', timeZone: 'Asia/Jakarta' }, at)).person.id;
});
afterAll(async () => t?.drop());

let messageCounter = 0;
/** A stored inbound message, as the chat records it before anything else. */
async function inboundMessage(): Promise<number> {
  messageCounter += 1;
  const row = await t.db
    .insertInto('inbound_messages')
    .values({ platform: 'telegram', chat_id: '-100500', message_id: `m${messageCounter}`, sent_at: clock.now() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const confirmed = { status: 'confirmed' as const, at: clock.now() };

describe('createLoan', () => {
  it('for a group: the loan with its schedule, which is loanSchedule stored row by row', async () => {
    const loan = await createLoan(t.db, { groupId: melati.id }, TEN_MILLION, clock.now());
    const expected = loanSchedule(TEN_MILLION);
    expect(loan).toEqual({
      id: loan.id,
      groupId: melati.id,
      personId: null,
      principal: 10_000_000,
      annualRatePercent: 6,
      method: 'flat',
      months: 12,
      disbursed: '2026-11-05',
      dueDay: 5,
      roundTo: 1,
      createdAt: new Date('2027-01-10T16:30:00Z'),
      givenInGroupId: melati.id,
      schedule: expected,
    });
    expect(expected.map((i) => i.total)).toEqual([...Array<number>(11).fill(883_333), 883_337]);

    const stored = await t.db
      .selectFrom('loan_instalments')
      .select(['number', 'due_date as dueDate', 'principal', 'interest', 'total'])
      .where('loan_id', '=', loan.id)
      .orderBy('number')
      .execute();
    expect(stored).toEqual(expected);
    const row = await t.db.selectFrom('loans').selectAll().where('id', '=', loan.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ group_id: melati.id, person_id: null, annual_rate_bp: 600, due_day: 5, round_to: 1, disbursed: '2026-11-05' });
  });

  it('for a member: 6.5 % declining, due on the 31st, rounded to 100', async () => {
    const terms: LoanTerms = { principal: 2_500_000, annualRatePercent: 6.5, months: 6, method: 'declining', disbursed: '2027-01-02', dueDay: 31, roundTo: 100 };
    const loan = await createLoan(t.db, { personId: sari }, terms, clock.now());
    expect(loan).toMatchObject({ groupId: null, personId: sari, annualRatePercent: 6.5, method: 'declining', dueDay: 31, roundTo: 100 });
    expect(loan.schedule).toEqual(loanSchedule(terms));
    expect(loan.schedule.map((i) => i.dueDate)).toEqual(['2027-02-28', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30', '2027-07-31']);
    const row = await t.db.selectFrom('loans').select(['annual_rate_bp', 'round_to', 'method']).where('id', '=', loan.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ annual_rate_bp: 650, round_to: 100, method: 'declining' });
    const stored = await t.db.selectFrom('loan_instalments').select(['number', 'due_date as dueDate', 'principal', 'interest', 'total']).where('loan_id', '=', loan.id).orderBy('number').execute();
    expect(stored).toEqual(loanSchedule(terms));
  });

  it('loansOfGroup and loansOfPerson list the loans of each borrower', async () => {
    const group = await createLoan(t.db, { groupId: mawar.id }, TEN_MILLION, clock.now());
    const own = await createLoan(t.db, { personId: ani }, { ...TEN_MILLION, principal: 1_000_000 }, clock.now());
    expect((await loansOfGroup(t.db, mawar.id)).map((l) => l.id)).toEqual([group.id]);
    expect((await loansOfPerson(t.db, ani)).map((l) => [l.id, l.principal])).toEqual([[own.id, 1_000_000]]);
    expect(await loansOfPerson(t.db, rina.personId)).toEqual([]);
    await expect(loansOfGroup(t.db, 999_999)).rejects.toMatchObject({ code: 'group_not_found' });
  });
});

describe('payments and status', () => {
  it('the 10 jt example: two on time, then a missed instalment, then a late and an over-payment', async () => {
    const loan = await createLoan(t.db, { groupId: melati.id }, TEN_MILLION, clock.now());
    const first = await recordPayment(t.db, loan.id, 883_333, '2026-12-05', confirmed);
    expect(first.created).toBe(true);
    expect(first.payment).toEqual({
      id: first.payment.id,
      loanId: loan.id,
      amount: 883_333,
      paidOn: '2026-12-05',
      status: 'confirmed',
      reportedByPersonId: null,
      confirmedByPersonId: null,
      sourceMessageId: null,
      createdAt: clock.now(),
      confirmedAt: clock.now(),
    });
    await recordPayment(t.db, loan.id, 883_333, '2027-01-04', confirmed);

    const s = await loanStatus(t.db, loan.id, '2027-01-10');
    expect(s.instalments.slice(0, 3)).toEqual([
      { number: 1, dueDate: '2026-12-05', principal: 833_333, interest: 50_000, total: 883_333, paid: 883_333, remaining: 0, paidOn: '2026-12-05', status: 'paid' },
      { number: 2, dueDate: '2027-01-05', principal: 833_333, interest: 50_000, total: 883_333, paid: 883_333, remaining: 0, paidOn: '2027-01-04', status: 'paid' },
      { number: 3, dueDate: '2027-02-05', principal: 833_333, interest: 50_000, total: 883_333, paid: 0, remaining: 883_333, paidOn: null, status: 'due' },
    ]);
    expect(s).toMatchObject({
      asOf: '2027-01-10',
      arrears: 0,
      streak: 2,
      nextDue: { number: 3, dueDate: '2027-02-05', amount: 883_333 },
      eligible: false,
      rewardStreak: 3,
      awaitingConfirmation: 0,
      totals: { principal: 10_000_000, interest: 600_000, total: 10_600_000, paid: 1_766_666, remaining: 8_833_334, credit: 0 },
    });
    expect(s.loan.id).toBe(loan.id);
    expect(s.payments.map((p) => [p.amount, p.paidOn])).toEqual([[883_333, '2026-12-05'], [883_333, '2027-01-04']]);

    // As of 10 March the February instalment is missed: arrears, streak 0.
    const march = await loanStatus(t.db, loan.id, '2027-03-10');
    expect(march.instalments.slice(2, 5).map((i) => i.status)).toEqual(['overdue', 'overdue', 'due']);
    expect(march.arrears).toBe(2 * 883_333);
    expect(march.streak).toBe(0);
  });

  it('an over-payment beyond the loan is credit; payments are allocated by date, not by entry order', async () => {
    const loan = await createLoan(t.db, { groupId: melati.id }, { ...TEN_MILLION, principal: 1_200_000, months: 3 }, clock.now());
    // 1 200 000 at 6 % over 3 months: interest 18 000 → 6 000 a month; 406 000 × 3 = 1 218 000.
    expect(loan.schedule.map((i) => i.total)).toEqual([406_000, 406_000, 406_000]);
    await recordPayment(t.db, loan.id, 1_000_000, '2027-01-04', confirmed);
    await recordPayment(t.db, loan.id, 300_000, '2026-12-05', confirmed);
    const s = await loanStatus(t.db, loan.id, '2027-01-10');
    expect(s.instalments.map((i) => [i.paid, i.paidOn, i.status])).toEqual([
      [406_000, '2027-01-04', 'paid_late'],
      [406_000, '2027-01-04', 'paid'],
      [406_000, '2027-01-04', 'paid'],
    ]);
    expect(s.totals).toEqual({ principal: 1_200_000, interest: 18_000, total: 1_218_000, paid: 1_300_000, remaining: 0, credit: 82_000 });
    expect(s.nextDue).toBeNull();
    expect(s.streak).toBe(2);
  });

  it('the same source message twice records one payment', async () => {
    const loan = await createLoan(t.db, { groupId: melati.id }, TEN_MILLION, clock.now());
    const message = await inboundMessage();
    const options = { status: 'confirmed' as const, confirmedBy: ani, sourceMessageId: message, at: clock.now() };
    const first = await recordPayment(t.db, loan.id, 883_333, '2026-12-05', options);
    const again = await recordPayment(t.db, loan.id, 883_333, '2026-12-05', options);
    expect(first.created).toBe(true);
    expect(again).toEqual({ payment: first.payment, created: false });
    expect(first.payment).toMatchObject({ sourceMessageId: message, confirmedByPersonId: ani, status: 'confirmed' });
    const rows = await t.db.selectFrom('loan_payments').select('id').where('loan_id', '=', loan.id).execute();
    expect(rows).toEqual([{ id: first.payment.id }]);
    expect((await loanStatus(t.db, loan.id, '2027-01-10')).totals.paid).toBe(883_333);
  });

  it('a payment dated "tomorrow" in Jakarta is refused; in Jayapura it is already that day', async () => {
    const jakarta = await createLoan(t.db, { groupId: melati.id }, TEN_MILLION, clock.now());
    await expect(recordPayment(t.db, jakarta.id, 1000, '2027-01-11', confirmed)).rejects.toMatchObject({
      code: 'payment_date_invalid',
      message: 'the payment date 2027-01-11 is in the future (today is 2027-01-10)',
    });
    const jayapura = await createLoan(t.db, { groupId: mawar.id }, TEN_MILLION, clock.now());
    const ok = await recordPayment(t.db, jayapura.id, 1000, '2027-01-11', confirmed);
    expect(ok.payment.paidOn).toBe('2027-01-11');
  });
});

describe('reported and confirmed payments', () => {
  it('a reported payment does not count until the bendahara confirms it', async () => {
    const loan = await createLoan(t.db, { groupId: melati.id }, TEN_MILLION, clock.now());
    const message = await inboundMessage();
    const { payment } = await recordPayment(t.db, loan.id, 883_333, '2026-12-04', { status: 'reported', reportedBy: sari, sourceMessageId: message, at: clock.now() });
    expect(payment).toMatchObject({ status: 'reported', reportedByPersonId: sari, confirmedByPersonId: null, confirmedAt: null });

    const before = await loanStatus(t.db, loan.id, '2027-01-10');
    expect(before.totals.paid).toBe(0);
    expect(before.awaitingConfirmation).toBe(883_333);
    expect(before.arrears).toBe(2 * 883_333);
    expect(before.instalments[0]!.status).toBe('overdue');
    expect(await latestReportedPayment(t.db, melati.id)).toEqual(payment);

    // An ordinary member may not confirm; to another group's facilitator it is none of hers (as if it did not exist).
    await expect(confirmPayment(t.db, payment.id, sari, clock.now())).rejects.toMatchObject({ code: 'confirm_not_allowed' });
    await expect(confirmPayment(t.db, payment.id, sinta.personId, clock.now())).rejects.toMatchObject({ code: 'payment_not_found' });

    const later = new Date('2027-01-10T17:00:00Z');
    const result = await confirmPayment(t.db, payment.id, ani, later);
    expect(result.changed).toBe(true);
    expect(result.payment).toEqual({ ...payment, status: 'confirmed', confirmedByPersonId: ani, confirmedAt: later });

    const after = await loanStatus(t.db, loan.id, '2027-01-10');
    expect(after.totals.paid).toBe(883_333);
    expect(after.awaitingConfirmation).toBe(0);
    expect(after.instalments[0]).toMatchObject({ status: 'paid', paidOn: '2026-12-04' });
    expect(after.arrears).toBe(883_333);
    expect(await latestReportedPayment(t.db, melati.id)).toBeUndefined();

    // Confirming again changes nothing.
    const twice = await confirmPayment(t.db, payment.id, rina.personId, clock.now());
    expect(twice).toEqual({ payment: result.payment, changed: false });
  });

  it('the facilitator can confirm; latestReportedPayment gives the most recent one of the group', async () => {
    const loan = await createLoan(t.db, { groupId: melati.id }, TEN_MILLION, clock.now());
    const older = await recordPayment(t.db, loan.id, 100, '2026-12-01', { status: 'reported', reportedBy: sari, at: new Date('2027-01-09T01:00:00Z') });
    const newer = await recordPayment(t.db, loan.id, 200, '2026-11-30', { status: 'reported', reportedBy: sari, at: new Date('2027-01-09T02:00:00Z') });
    expect((await latestReportedPayment(t.db, melati.id))?.id).toBe(newer.payment.id);
    expect(await latestReportedPayment(t.db, mawar.id)).toBeUndefined();
    const done = await confirmPayment(t.db, newer.payment.id, rina.personId, clock.now());
    expect(done.payment.confirmedByPersonId).toBe(rina.personId);
    expect((await latestReportedPayment(t.db, melati.id))?.id).toBe(older.payment.id);
  });

  it("on a member's own loan, the bendahara of her group can confirm", async () => {
    const loan = await createLoan(t.db, { personId: sari }, { ...TEN_MILLION, principal: 600_000, months: 6 }, clock.now());
    const { payment } = await recordPayment(t.db, loan.id, 103_000, '2026-12-05', { status: 'reported', reportedBy: sari, at: clock.now() });
    expect((await confirmPayment(t.db, payment.id, ani, clock.now())).changed).toBe(true);
    await expect(confirmPayment(t.db, payment.id, sinta.personId, clock.now())).rejects.toMatchObject({ code: 'payment_not_found' });
    expect((await loanStatus(t.db, loan.id, '2027-01-10')).instalments[0]).toMatchObject({ total: 103_000, status: 'paid' });
  });

  it('maker ≠ checker: the bendahara who recorded a payment cannot confirm it; the facilitator can', async () => {
    const loan = await createLoan(t.db, { groupId: melati.id }, TEN_MILLION, clock.now());
    const { payment } = await recordPayment(t.db, loan.id, 5_000, '2026-12-06', { status: 'reported', reportedBy: ani, at: clock.now() });
    await expect(confirmPayment(t.db, payment.id, ani, clock.now())).rejects.toMatchObject({ code: 'confirm_own_payment' });
    expect((await loanStatus(t.db, loan.id, '2027-01-10')).payments.find((p) => p.id === payment.id)).toEqual(payment);
    const done = await confirmPayment(t.db, payment.id, rina.personId, clock.now());
    expect(done.payment).toMatchObject({ status: 'confirmed', reportedByPersonId: ani, confirmedByPersonId: rina.personId });
  });

  it('a confirmed payment recorded by someone who may not confirm is refused', async () => {
    const loan = await createLoan(t.db, { groupId: melati.id }, TEN_MILLION, clock.now());
    await expect(recordPayment(t.db, loan.id, 1000, '2027-01-01', { status: 'confirmed', confirmedBy: sari, at: clock.now() })).rejects.toMatchObject({
      code: 'confirm_not_allowed',
    });
  });
});

describe('bad input changes nothing', () => {
  const TABLES = ['loans', 'loan_instalments', 'loan_payments'] as const;
  async function snapshot(): Promise<Record<string, unknown[]>> {
    const result: Record<string, unknown[]> = {};
    for (const table of TABLES) {
      const { rows } = await sql`select * from ${sql.table(table)} order by 1, 2`.execute(t.db);
      result[table] = rows;
    }
    return result;
  }

  let loanId: number;
  beforeAll(async () => {
    loanId = (await createLoan(t.db, { groupId: melati.id }, TEN_MILLION, clock.now())).id;
  });

  /** Runs `fn` in one transaction, as the command line and the chat do. */
  const inTransaction = (fn: (trx: Db) => Promise<unknown>) => t.db.transaction().execute(fn);

  const cases: [string, (trx: Db) => Promise<unknown>, string, string][] = [
    ['unknown group', (trx) => createLoan(trx, { groupId: 999_999 }, TEN_MILLION, clock.now()), 'group_not_found', 'no group with id 999999'],
    ['unknown member', (trx) => createLoan(trx, { personId: 999_999 }, TEN_MILLION, clock.now()), 'member_not_found', 'no person with id 999999'],
    [
      'both borrowers',
      (trx) => createLoan(trx, { groupId: melati.id, personId: sari }, TEN_MILLION, clock.now()),
      'borrower_invalid',
      'a loan goes to exactly one borrower: a group or a member, not both and not neither',
    ],
    [
      'neither borrower',
      (trx) => createLoan(trx, {}, TEN_MILLION, clock.now()),
      'borrower_invalid',
      'a loan goes to exactly one borrower: a group or a member, not both and not neither',
    ],
    [
      'bad terms',
      (trx) => createLoan(trx, { groupId: melati.id }, { ...TEN_MILLION, months: 0 }, clock.now()),
      'loan_terms_invalid',
      'months must be a whole number from 1 to 360, got 0',
    ],
    [
      'zero amount',
      (trx) => recordPayment(trx, loanId, 0, '2027-01-05', confirmed),
      'payment_amount_invalid',
      'the amount must be a whole number of rupiah greater than 0, got 0',
    ],
    [
      'negative amount',
      (trx) => recordPayment(trx, loanId, -5, '2027-01-05', confirmed),
      'payment_amount_invalid',
      'the amount must be a whole number of rupiah greater than 0, got -5',
    ],
    [
      'fractional amount',
      (trx) => recordPayment(trx, loanId, 1.5, '2027-01-05', confirmed),
      'payment_amount_invalid',
      'the amount must be a whole number of rupiah greater than 0, got 1.5',
    ],
    [
      'no such day',
      (trx) => recordPayment(trx, loanId, 1000, '2027-02-30', confirmed),
      'payment_date_invalid',
      'the payment date must be a real date written YYYY-MM-DD, got "2027-02-30"',
    ],
    [
      'before the disbursement',
      (trx) => recordPayment(trx, loanId, 1000, '2026-11-04', confirmed),
      'payment_date_invalid',
      'the payment date 2026-11-04 is before the loan was disbursed (2026-11-05)',
    ],
    ['unknown loan', (trx) => recordPayment(trx, 999_999, 1000, '2027-01-05', confirmed), 'loan_not_found', 'no loan with id 999999'],
    ['unknown payment', (trx) => confirmPayment(trx, 999_999, ani, clock.now()), 'payment_not_found', 'no payment with id 999999'],
    ['status on no such day', (trx) => loanStatus(trx, loanId, '2027-13-01'), 'date_invalid', 'the date must be a real date written YYYY-MM-DD, got "2027-13-01"'],
  ];
  it.each(cases)('%s', async (_name, fn, code, message) => {
    const before = await snapshot();
    const error: unknown = await inTransaction(fn).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code, message });
    expect(await snapshot()).toEqual(before);
  });

  it('bad terms name the field', async () => {
    const error: unknown = await createLoan(t.db, { groupId: melati.id }, { ...TEN_MILLION, roundTo: 10_000_000 }, clock.now()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoanTermsInvalidError);
    expect(error).toMatchObject({ code: 'loan_terms_invalid', field: 'roundTo' });
  });

  it('the database itself refuses a loan with two borrowers and a payment of 0', async () => {
    await expect(
      sql`insert into loans (group_id, person_id, given_in_group_id, principal, annual_rate_bp, method, months, disbursed, due_day, round_to)
          values (${melati.id}, ${sari}, ${melati.id}, 1000, 600, 'flat', 1, '2027-01-01', 5, 1)`.execute(t.db),
    ).rejects.toThrow(/loans_one_borrower/);
    await expect(sql`insert into loan_payments (loan_id, amount, paid_on, status, confirmed_at) values (${loanId}, 0, '2027-01-01', 'confirmed', now())`.execute(t.db)).rejects.toThrow(
      /loan_payments_amount_check/,
    );
  });
});
