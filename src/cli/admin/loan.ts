/**
 * `loan schedule`: a loan's repayment schedule, computed without any database.
 * `loan create`, `loan pay`, `loan show`: loans to a group or a member, their payments and standing.
 * A member's loan is given in one of her groups (`--in-group`, required when she is in several).
 */
import type { Command } from 'commander';
import { isIsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { groupsOfPerson } from '../../modules/groups/groups.repository.ts';
import { LoanGroupAmbiguousError } from '../../modules/loans/given-in-group.ts';
import { findPerson } from '../../modules/people/people.repository.ts';
import { FlagRuleError } from './flag-error.ts';
import {
  borrowerToday,
  createLoan,
  loanStatus,
  recordPayment,
  requireLoan,
  type BorrowerInput,
} from '../../modules/loans/loans.service.ts';
import { DEFAULT_REWARD_STREAK } from '../../modules/loans/loans.ts';
import {
  DEFAULT_DUE_DAY,
  DEFAULT_ROUND_TO,
  loanSchedule,
  LoanTermsError,
  MAX_MONTHS,
  type Instalment,
  type LoanTerms,
} from '../../modules/loans/schedule.ts';
import { inTransaction, jsonAction, withDb, type AdminDeps } from './context.ts';
import { decimalNumber, optionalId, positiveId, wholeNumber } from './input.ts';

interface ScheduleOptions {
  principal: string;
  rate: string;
  months: string;
  method: string;
  disbursed: string;
  dueDay?: string;
  round?: string;
}

/** The flag that sets each term, so an error names what to correct on the command line. */
const FLAGS: Record<keyof LoanTerms, string> = {
  principal: '--principal',
  annualRatePercent: '--rate',
  months: '--months',
  method: '--method',
  disbursed: '--disbursed',
  dueDay: '--due-day',
  roundTo: '--round',
};

/** "annualRatePercent must be …" → "--rate must be …". */
function withFlag(error: LoanTermsError): FlagRuleError {
  const flag = FLAGS[error.field];
  const message = error.message.startsWith(`${error.field} `)
    ? `${flag}${error.message.slice(error.field.length)}`
    : `${flag}: ${error.message}`;
  return new FlagRuleError('loan_terms_invalid', (m) => m.loanTermInvalid(flag, message));
}

/** The terms the flags give and their schedule; bad terms are refused naming the flag, before any database. */
function checkedTerms(o: ScheduleOptions): { terms: LoanTerms; schedule: Instalment[] } {
  const terms: LoanTerms = {
    principal: wholeNumber('--principal', o.principal, '10000000'),
    annualRatePercent: decimalNumber('--rate', o.rate, '6 or 6.5'),
    months: wholeNumber('--months', o.months, '12'),
    method: o.method as LoanTerms['method'],
    disbursed: o.disbursed,
    dueDay: o.dueDay === undefined ? undefined : wholeNumber('--due-day', o.dueDay, '5'),
    roundTo: o.round === undefined ? undefined : wholeNumber('--round', o.round, '100'),
  };
  try {
    return { terms, schedule: loanSchedule(terms) };
  } catch (error) {
    if (error instanceof LoanTermsError) throw withFlag(error);
    throw error;
  }
}

export function schedule(o: ScheduleOptions) {
  return checkedTerms(o).schedule;
}

interface CreateOptions extends ScheduleOptions {
  group?: string;
  member?: string;
  inGroup?: string;
}

/** Exactly one of --group and --member; --in-group only with --member (a group's loan is given in that group). */
function borrowerOf(o: CreateOptions): BorrowerInput {
  const groupId = optionalId('--group', o.group);
  const personId = optionalId('--member', o.member);
  if ((groupId === undefined) === (personId === undefined)) {
    throw new FlagRuleError('borrower_invalid', (m) => m.borrowerInvalid);
  }
  if (groupId !== undefined && o.inGroup !== undefined) throw new FlagRuleError('borrower_invalid', (m) => m.inGroupWithGroup);
  return { groupId, personId };
}

const groupLabel = (g: { id: number; name: string }) => `#${g.id} ${g.name}`;
/** A group name as a reader sees it: case and runs of spaces aside (as groupIdsNamed matches). */
const plainName = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');

/**
 * The group `--in-group` names among those she is an active member of: by id ("3" or "#3")
 * or by name (case and spacing aside). A group she is not in is refused listing hers.
 */
async function inGroupOf(db: Db, personId: number, raw: string): Promise<number> {
  if (!(await findPerson(db, personId))) throw new DomainError('member_not_found', `no person with id ${personId}`);
  const hers = await groupsOfPerson(db, personId);
  const byId = /^#?[1-9]\d*$/.test(raw.trim()) ? Number(raw.trim().replace('#', '')) : undefined;
  const matches = hers.filter((g) => (byId !== undefined ? g.id === byId : plainName(g.name) === plainName(raw)));
  if (matches.length > 1) throw new FlagRuleError('loan_group_ambiguous', (m) => m.loanGroupNameAmbiguous(raw, matches.map(groupLabel)));
  if (matches.length === 0) throw new FlagRuleError('loan_group_not_hers', (m) => m.loanGroupNotHers(raw, hers.map(groupLabel)));
  return matches[0]!.id;
}

/** `loan create`: the loans module decides the group it is given in; its "which group?" is asked here as --in-group. */
async function createFromFlags(db: Db, borrower: BorrowerInput, rawInGroup: string | undefined, terms: LoanTerms, at: Date) {
  const inGroupId = rawInGroup === undefined || borrower.personId === undefined ? undefined : await inGroupOf(db, borrower.personId, rawInGroup);
  try {
    return await createLoan(db, { ...borrower, inGroupId }, terms, at);
  } catch (error) {
    if (!(error instanceof LoanGroupAmbiguousError)) throw error;
    const hers = (await groupsOfPerson(db, borrower.personId!)).filter((g) => error.groupIds.includes(g.id));
    throw new FlagRuleError('loan_group_ambiguous', (m) => m.loanGroupAmbiguous(hers.map(groupLabel)));
  }
}

/** A real calendar day written YYYY-MM-DD. */
function dateFlag(flag: string, raw: string): string {
  if (!isIsoDate(raw)) throw new FlagRuleError('date_invalid', (m) => m.dateInvalid(flag, raw));
  return raw;
}

interface PayOptions {
  loan: string;
  amount: string;
  date: string;
}

interface ShowOptions {
  loan: string;
  asOf?: string;
}

/** The flags that describe a loan's terms, shared by `loan schedule` and `loan create`. */
function withTerms(command: Command): Command {
  return command
    .requiredOption('--principal <rupiah>', 'amount lent, whole rupiah, digits only, e.g. 10000000')
    .requiredOption('--rate <percent>', 'yearly interest in percent, at most 2 decimals, e.g. 6 or 6.5')
    .requiredOption('--months <n>', `number of monthly instalments, 1–${MAX_MONTHS}`)
    .requiredOption('--method <method>', 'flat (interest on the original principal) or declining (annuity on the balance)')
    .requiredOption('--disbursed <date>', 'day the money was handed over, YYYY-MM-DD')
    .option('--due-day <day>', `day of the month instalments are due, 1–31 (default ${DEFAULT_DUE_DAY}; the last day in shorter months)`)
    .option('--round <rupiah>', `round the instalments before the last to this many rupiah (default ${DEFAULT_ROUND_TO}); the last absorbs the rest`);
}

export function loanCommands(program: Command, deps: AdminDeps): void {
  const loan = program.command('loan').description('group loans');

  withTerms(
    loan
      .command('schedule')
      .description('the monthly instalments of a loan (no database needed); prints [{number, dueDate, principal, interest, total}]'),
  )
    .action(jsonAction(deps, (o: ScheduleOptions) => schedule(o)));

  withTerms(loan.command('create').description('lend to a group or to one member; stores and prints the loan with its schedule'))
    .option('--group <id>', 'the borrowing group (give this or --member)')
    .option('--member <id>', 'the borrowing member, by person id (give this or --group)')
    .option('--in-group <group>', 'with --member: the group the loan is given in, by id or name, one she is an active member of (required when she is in several)')
    .action(
      jsonAction(deps, (o: CreateOptions) => {
        const borrower = borrowerOf(o);
        const { terms } = checkedTerms(o);
        return inTransaction(deps, (trx) => createFromFlags(trx, borrower, o.inGroup, terms, deps.clock.now()));
      }),
    );

  loan
    .command('pay')
    .description('record a (confirmed) payment on a loan; prints {payment, status} with the status as of today')
    .requiredOption('--loan <id>', 'loan id (from `loan create`)')
    .requiredOption('--amount <rupiah>', 'amount paid, whole rupiah, digits only, e.g. 883333')
    .requiredOption('--date <date>', "day it was paid, YYYY-MM-DD (not before the disbursement, not after today)")
    .action(
      jsonAction(deps, (o: PayOptions) => {
        const loanId = positiveId('--loan', o.loan);
        const amount = wholeNumber('--amount', o.amount, '883333');
        const date = dateFlag('--date', o.date);
        return inTransaction(deps, async (trx) => {
          const at = deps.clock.now();
          const { payment } = await recordPayment(trx, loanId, amount, date, { status: 'confirmed', at });
          const today = await borrowerToday(trx, await requireLoan(trx, loanId), at);
          return { payment, status: await loanStatus(trx, loanId, today) };
        });
      }),
    );

  loan
    .command('show')
    .description(`a loan on a day: each instalment's status and paid amount, arrears, on-time streak, next due, reward eligibility (streak ≥ ${DEFAULT_REWARD_STREAK}, no arrears)`)
    .requiredOption('--loan <id>', 'loan id')
    .option('--as-of <date>', "the day to look from, YYYY-MM-DD (default today in the borrower's time zone)")
    .action(
      jsonAction(deps, (o: ShowOptions) => {
        const loanId = positiveId('--loan', o.loan);
        const asOf = o.asOf === undefined ? undefined : dateFlag('--as-of', o.asOf);
        return withDb(deps, async (db) => {
          const day = asOf ?? (await borrowerToday(db, await requireLoan(db, loanId), deps.clock.now()));
          return loanStatus(db, loanId, day);
        });
      }),
    );
}
