/** SQL for loans, their stored schedules and their payments. */
import { sql, type Expression, type Selectable } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import type { LoanPaymentsTable, LoansTable } from '../../db/schema.ts';
import * as groups from '../groups/groups.repository.ts';
import type { Loan, Payment, PaymentStatus } from './loans.ts';
import type { Instalment, LoanMethod } from './schedule.ts';

function toLoan(row: Selectable<LoansTable>): Loan {
  return {
    id: row.id,
    groupId: row.group_id,
    personId: row.person_id,
    principal: row.principal,
    // Basis points back to percent: bp / 100 is the double the 2-decimal rate was parsed to.
    annualRatePercent: row.annual_rate_bp / 100,
    method: row.method,
    months: row.months,
    disbursed: row.disbursed,
    dueDay: row.due_day,
    roundTo: row.round_to,
    createdAt: row.created_at,
    givenInGroupId: row.given_in_group_id,
  };
}

function toPayment(row: Selectable<LoanPaymentsTable>): Payment {
  return {
    id: row.id,
    loanId: row.loan_id,
    amount: row.amount,
    paidOn: row.paid_on,
    status: row.status,
    reportedByPersonId: row.reported_by_person_id,
    confirmedByPersonId: row.confirmed_by_person_id,
    sourceMessageId: row.source_message_id,
    createdAt: row.created_at,
    confirmedAt: row.confirmed_at,
  };
}

export interface NewLoan {
  groupId: number | null;
  personId: number | null;
  /** The group it is given in: `groupId` for a group's loan, her group for a member's own. */
  givenInGroupId: number | null;
  principal: number;
  annualRateBp: number;
  method: LoanMethod;
  months: number;
  disbursed: IsoDate;
  dueDay: number;
  roundTo: number;
  createdAt: Date;
}

export async function insertLoan(db: Db, loan: NewLoan): Promise<Loan> {
  const row = await db
    .insertInto('loans')
    .values({
      group_id: loan.groupId,
      person_id: loan.personId,
      given_in_group_id: loan.givenInGroupId,
      principal: loan.principal,
      annual_rate_bp: loan.annualRateBp,
      method: loan.method,
      months: loan.months,
      disbursed: loan.disbursed,
      due_day: loan.dueDay,
      round_to: loan.roundTo,
      created_at: loan.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toLoan(row);
}

export async function insertInstalments(db: Db, loanId: number, schedule: readonly Instalment[]): Promise<void> {
  await db
    .insertInto('loan_instalments')
    .values(
      schedule.map((i) => ({
        loan_id: loanId,
        number: i.number,
        due_date: i.dueDate,
        principal: i.principal,
        interest: i.interest,
        total: i.total,
      })),
    )
    .execute();
}

export async function findLoan(db: Db, id: number): Promise<Loan | undefined> {
  const row = await db.selectFrom('loans').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toLoan(row);
}

export async function instalmentsOf(db: Db, loanId: number): Promise<Instalment[]> {
  return db
    .selectFrom('loan_instalments')
    .select(['number', 'due_date as dueDate', 'principal', 'interest', 'total'])
    .where('loan_id', '=', loanId)
    .orderBy('number')
    .execute();
}

export async function loansOfGroup(db: Db, groupId: number): Promise<Loan[]> {
  const rows = await db.selectFrom('loans').selectAll().where('group_id', '=', groupId).orderBy('id').execute();
  return rows.map(toLoan);
}

/** Every loan given in the group (its own and its members', those who left included), by id. */
export async function loansGivenIn(db: Db, groupId: number): Promise<Loan[]> {
  const rows = await db.selectFrom('loans').selectAll().where('given_in_group_id', '=', groupId).orderBy('id').execute();
  return rows.map(toLoan);
}

export async function loansOfPerson(db: Db, personId: number): Promise<Loan[]> {
  const rows = await db.selectFrom('loans').selectAll().where('person_id', '=', personId).orderBy('id').execute();
  return rows.map(toLoan);
}

/** All payments of a loan in the order they are allocated: by date, then as recorded. */
export async function paymentsOf(db: Db, loanId: number): Promise<Payment[]> {
  const rows = await db
    .selectFrom('loan_payments')
    .selectAll()
    .where('loan_id', '=', loanId)
    .orderBy('paid_on')
    .orderBy('id')
    .execute();
  return rows.map(toPayment);
}

export interface NewPayment {
  loanId: number;
  amount: number;
  paidOn: IsoDate;
  status: PaymentStatus;
  reportedByPersonId: number | null;
  confirmedByPersonId: number | null;
  sourceMessageId: number | null;
  at: Date;
}

/** Inserts the payment; undefined when its source message already paid (a redelivery). */
export async function insertPayment(db: Db, payment: NewPayment): Promise<Payment | undefined> {
  const row = await db
    .insertInto('loan_payments')
    .values({
      loan_id: payment.loanId,
      amount: payment.amount,
      paid_on: payment.paidOn,
      status: payment.status,
      reported_by_person_id: payment.reportedByPersonId,
      confirmed_by_person_id: payment.confirmedByPersonId,
      source_message_id: payment.sourceMessageId,
      created_at: payment.at,
      confirmed_at: payment.status === 'confirmed' ? payment.at : null,
    })
    .onConflict((oc) => oc.column('source_message_id').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row && toPayment(row);
}

export async function findPayment(db: Db, id: number): Promise<Payment | undefined> {
  const row = await db.selectFrom('loan_payments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPayment(row);
}

export async function findPaymentBySource(db: Db, sourceMessageId: number): Promise<Payment | undefined> {
  const row = await db.selectFrom('loan_payments').selectAll().where('source_message_id', '=', sourceMessageId).executeTakeFirst();
  return row && toPayment(row);
}

/** Confirms a reported payment; undefined when it is not (or no longer) reported. */
export async function markConfirmed(db: Db, id: number, byPersonId: number, at: Date): Promise<Payment | undefined> {
  const row = await db
    .updateTable('loan_payments')
    .set({ status: 'confirmed', confirmed_by_person_id: byPersonId, confirmed_at: at })
    .where('id', '=', id)
    .where('status', '=', 'reported')
    .returningAll()
    .executeTakeFirst();
  return row && toPayment(row);
}

/** The most recently recorded payment still waiting for confirmation on any loan given in the group (its own and its members'). */
export async function latestReportedPayment(db: Db, groupId: number): Promise<Payment | undefined> {
  const row = await db
    .selectFrom('loan_payments')
    .innerJoin('loans', 'loans.id', 'loan_payments.loan_id')
    .selectAll('loan_payments')
    .where('loans.given_in_group_id', '=', groupId)
    .where('loan_payments.status', '=', 'reported')
    .orderBy('loan_payments.created_at', 'desc')
    .orderBy('loan_payments.id', 'desc')
    .executeTakeFirst();
  return row && toPayment(row);
}

/**
 * The loans given in a group (`given_in_group_id`, migration 026), with the borrower's name
 * (null for the group's own): its own loans and those of its members, including members who
 * have left it since (the loan stays where it was given); the group's first, then by
 * borrower and id. A member's loan given in another group of hers is not here.
 */
export async function loansGivenInGroup(
  db: Db,
  groupId: number,
  nameOf: (personId: Expression<number>) => Expression<string>,
): Promise<{ id: number; borrower: string | null }[]> {
  const { rows } = await sql<{ id: number; borrower: string | null }>`
    select l.id, case when l.person_id is not null then ${nameOf(sql.ref<number>('l.person_id'))} end as borrower
      from loans l
     where l.given_in_group_id = ${groupId}
     order by l.group_id is null, borrower nulls first, l.id`.execute(db);
  return rows;
}

/**
 * The groups whose facilitator and active bendahara handle a loan (are told of its payments,
 * confirm them): the group it was given in (a group's loan: the group itself), whatever
 * groups the borrower is in now, so a member who left still has her loan handled there. A
 * loan given in no group (she was in none then) falls to the groups she is active in now.
 */
export async function handlingGroups(db: Db, loan: Pick<Loan, 'personId' | 'givenInGroupId'>): Promise<number[]> {
  if (loan.givenInGroupId !== null) return [loan.givenInGroupId];
  if (loan.personId === null) return [];
  return groups.activeGroupIdsOf(db, loan.personId);
}

/** Whether the person is the facilitator, or an active bendahara, of one of these groups. */
export async function keepsMoneyOf(db: Db, groupIds: readonly number[], personId: number): Promise<boolean> {
  return (await groups.runsAnyOf(db, groupIds, personId)) || groups.holdsRoleInAny(db, groupIds, personId, 'bendahara');
}

/** Whether she is a facilitator, or the active bendahara of some group: someone who confirms payments. */
export async function keepsMoneyAnywhere(db: Db, personId: number): Promise<boolean> {
  if (await groups.findFacilitatorByPerson(db, personId)) return true;
  return (await groups.groupIdsWithRole(db, personId, 'bendahara')).length > 0;
}

/**
 * The loans a person can pay or ask about: her own, her active groups', and those of the
 * groups she runs as a facilitator. Optionally limited to one group's loans.
 */
export async function loansReachableBy(db: Db, personId: number, onlyGroupId?: number): Promise<Loan[]> {
  const rows = await db
    .selectFrom('loans')
    .selectAll()
    .where((eb) =>
      onlyGroupId !== undefined
        ? eb('loans.group_id', '=', onlyGroupId)
        : eb.or([
            eb('loans.person_id', '=', personId),
            eb('loans.group_id', 'in', groups.activeGroupIdsOfPerson(personId)),
            eb('loans.group_id', 'in', groups.groupIdsRunBy(personId)),
          ]),
    )
    .orderBy('loans.id')
    .execute();
  return rows.map(toLoan);
}

/** Who confirms payments on a loan: the facilitator and the active bendahara of its groups. */
export async function moneyKeepersOf(db: Db, groupIds: readonly number[]): Promise<number[]> {
  const facilitators = await groups.facilitatorPersonIdsOf(db, groupIds);
  const treasurers = await groups.roleHoldersOf(db, groupIds, 'bendahara');
  return [...new Set([...treasurers, ...facilitators])];
}

// For planning reminders, summaries and private messages (set-based: fragments and pages).

/** An instalment due on a given day, with its loan's borrower (a group, or one person). */
export interface InstalmentDue {
  loanId: number;
  number: number;
  dueDate: IsoDate;
  groupId: number | null;
  personId: number | null;
  /** The group the loan was given in (its facilitator is told when it is late). */
  givenInGroupId: number | null;
}

/** Instalments due on one of `dates`, of every loan, by loan and number. */
export async function instalmentsDueOn(db: Db, dates: readonly IsoDate[]): Promise<InstalmentDue[]> {
  if (dates.length === 0) return [];
  return db
    .selectFrom('loan_instalments')
    .innerJoin('loans', 'loans.id', 'loan_instalments.loan_id')
    .select(['loans.id as loanId', 'loan_instalments.number', 'loan_instalments.due_date as dueDate', 'loans.group_id as groupId', 'loans.person_id as personId', 'loans.given_in_group_id as givenInGroupId'])
    .where('loan_instalments.due_date', 'in', [...dates])
    .orderBy('loans.id')
    .orderBy('loan_instalments.number')
    .execute();
}
