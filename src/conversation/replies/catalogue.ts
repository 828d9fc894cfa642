/**
 * Every sentence the bot says, as one catalogue per language (Indonesian first, English
 * second). The conversation picks facts; the catalogue picks words. Short, plain, friendly,
 * numbers as Rp15.000. A sentence sent with buttons also says in words what to type back,
 * since not every platform shows buttons (WhatsApp does not).
 */
import type { IsoDate } from '../../core/dates.ts';
import type { ChartLabels } from '../../modules/charts/charts.ts';
import type { ChartPeriod } from '../../modules/charts/charts.service.ts';
import type { DayTotals, Entry, NewEntry, Recap } from '../../modules/ledger/ledger.ts';
import type { Member, Role } from '../../modules/groups/groups.ts';
import type { FormError } from '../../modules/leads/lead-form.ts';
import type { DeliveryStats } from '../../modules/leads/leads.repository.ts';
import type { Lead, Reach, Tally } from '../../modules/leads/leads.service.ts';
import type { LoanStatus } from '../../modules/loans/loans.service.ts';

/** A loan as the chat talks about it: its group's name (null for a personal loan) and standing. */
export interface LoanView {
  label: string | null;
  status: LoanStatus;
}

/** What a lead message shows, before and after it has a code. */
export type LeadView = Pick<Lead, 'code' | 'trades' | 'text' | 'deadline' | 'quantityWanted' | 'downPaymentPercent'>;

export type Language = 'id' | 'en';

export interface Catalogue {
  welcome(name: string): string;
  recorded(args: { entries: readonly Entry[]; date: IsoDate; today: IsoDate; totals: DayTotals }): string;
  askConfirm(args: { entries: readonly NewEntry[]; date: IsoDate; today: IsoDate }): string;
  yes: string;
  no: string;
  declined: string;
  askAmount: string;
  undone(args: { entries: readonly Entry[]; today: IsoDate; totals: DayTotals }): string;
  nothingToUndo: string;
  recap(recap: Recap, today: IsoDate): string;
  help: string;
  notUnderstood: string;
  /** "minat 50" when no open lead reached her. */
  noOpenLead: string;

  // Loans and instalments
  repaymentAskAmount: string;
  repaymentNoLoan: string;
  repaymentWhichLoan(labels: readonly (string | null)[]): string;
  repaymentRecorded(args: { amount: number } & LoanView): string;
  repaymentReported(args: { amount: number; label: string | null }): string;
  repaymentToConfirm(args: { payer: string; amount: number; label: string | null; paymentId: number }): string;
  confirmWord: string;
  confirmUsage: string;
  alreadyConfirmed: string;
  paymentConfirmedForPayer(args: { amount: number; label: string | null }): string;
  loanStanding(loan: LoanView): string;

  // Consent
  optedOut: string;
  optedIn: string;

  // Groups
  joinUsage: string;
  joinInPrivate: string;
  joined(group: string): string;
  alreadyMember(group: string): string;
  askName: string;
  nameSaved(name: string): string;
  memberJoined(name: string, group: string): string;
  linkUsage: string;
  linkInGroup: string;
  linked(group: string): string;
  chatNotLinked: string;
  pendingMember(name: string, group: string): string;
  noGroupsYet: string;
  whichGroup(groups: readonly string[]): string;
  roleUsage: string;
  roleSet(name: string, role: Role): string;
  memberNotFound(name: string): string;
  memberAmbiguous(name: string): string;
  memberList(group: string, members: readonly Member[]): string;
  notRecorded(group: string, names: readonly string[]): string;
  // Market leads
  leadInPrivate: string;
  leadFormError(error: FormError, unknownTrades: readonly string[], knownTrades: readonly string[]): string;
  leadAskTrades(names: readonly string[]): string;
  leadAskText: string;
  leadAskDeadline: string;
  leadAskQuantity: string;
  leadAskDownPayment: string;
  leadCancelled: string;
  leadConfirmAgain: string;
  leadSendWord: string;
  leadPreview(lead: LeadView, reach: Reach): string;
  leadBroadcast(lead: LeadView): string;
  leadSent(code: string, reach: Reach): string;
  leadWhich(codes: readonly string[]): string;
  leadAnswered(code: string, quantity: number | null): string;
  leadTally(lead: Lead, name: string, quantity: number | null, tally: Tally): string;
  leadDetails(lead: Lead, tally: Tally, stats: DeliveryStats): string;
  leadList(rows: readonly { lead: Lead; tally: Tally }[]): string;
  leadCloseUsage: string;
  leadClosedForOwner(code: string, tally: Tally): string;
  leadClosedForAnswerer(code: string): string;
  leadAwardUsage: string;
  leadNotResponder(name: string, code: string): string;
  leadAwarded(code: string, quantity: number): string;
  leadAwardDone(name: string, code: string, quantity: number): string;

  // Reminders (amounts in integer rupiah; `days` = due date minus today, negative when late)
  /** `borrower` null: the reader's own loan. */
  reminderRepayment(args: { borrower: { group: string } | { member: string } | null; number: number; dueDate: IsoDate; days: number; amount: number }): string;
  reminderNudge(name: string): string;
  reminderDigest(args: { group: string; from: IsoDate; to: IsoDate; members: number; recorded: number; sales: number; expenses: number }): string;
  reminderQuarterly(args: { name: string; from: IsoDate; to: IsoDate; turnover: number }): string;
  quarterlyReportSaved(args: {
    from: IsoDate;
    to: IsoDate;
    assets: number | null;
    turnoverReported: number | null;
    turnoverFromBooks: number;
    employees: number | null;
  }): string;

  // Charts of daily sales and expenses
  /** Every word drawn on the chart: title with the period, legend, day names, amounts. */
  chartLabels(args: { period: ChartPeriod; from: IsoDate; to: IsoDate; today: IsoDate }): ChartLabels;
  /** The caption under the chart: the period's totals. */
  chartCaption(recap: Recap, today: IsoDate): string;
  chartEmpty(period: ChartPeriod, today: IsoDate, range: { from: IsoDate; to: IsoDate }): string;

  /** A broken rule (a DomainError code) told kindly. */
  refusal(code: string): string;
}
