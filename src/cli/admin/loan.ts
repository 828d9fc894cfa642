/** `loan schedule`: a loan's repayment schedule, computed without any database. */
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.ts';
import { DEFAULT_DUE_DAY, DEFAULT_ROUND_TO, loanSchedule, LoanTermsError, MAX_MONTHS, type LoanTerms } from '../../modules/loans/schedule.ts';
import { jsonAction, type AdminDeps } from './context.ts';
import { decimalNumber, wholeNumber } from './input.ts';

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
function withFlag(error: LoanTermsError): DomainError {
  const flag = FLAGS[error.field];
  const message = error.message.startsWith(`${error.field} `)
    ? `${flag}${error.message.slice(error.field.length)}`
    : `${flag}: ${error.message}`;
  return new DomainError('loan_terms_invalid', message);
}

export function schedule(o: ScheduleOptions) {
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
    return loanSchedule(terms);
  } catch (error) {
    if (error instanceof LoanTermsError) throw withFlag(error);
    throw error;
  }
}

export function loanCommands(program: Command, deps: AdminDeps): void {
  const loan = program.command('loan').description('group loans');

  loan
    .command('schedule')
    .description('the monthly instalments of a loan (no database needed); prints [{number, dueDate, principal, interest, total}]')
    .requiredOption('--principal <rupiah>', 'amount lent, whole rupiah, digits only, e.g. 10000000')
    .requiredOption('--rate <percent>', 'yearly interest in percent, at most 2 decimals, e.g. 6 or 6.5')
    .requiredOption('--months <n>', `number of monthly instalments, 1–${MAX_MONTHS}`)
    .requiredOption('--method <method>', 'flat (interest on the original principal) or declining (annuity on the balance)')
    .requiredOption('--disbursed <date>', 'day the money was handed over, YYYY-MM-DD')
    .option('--due-day <day>', `day of the month instalments are due, 1–31 (default ${DEFAULT_DUE_DAY}; the last day in shorter months)`)
    .option('--round <rupiah>', `round the instalments before the last to this many rupiah (default ${DEFAULT_ROUND_TO}); the last absorbs the rest`)
    .action(jsonAction(deps, (o: ScheduleOptions) => schedule(o)));
}
