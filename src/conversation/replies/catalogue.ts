/**
 * Every sentence the bot says, as one catalogue per language (Indonesian first, English
 * second). The conversation picks facts; the catalogue picks words. Short, plain, friendly,
 * numbers as Rp15.000. A sentence sent with buttons also says in words what to type back,
 * since not every platform shows buttons (WhatsApp does not). The words, the address ("Bu
 * Ani", "Ibu-ibu") and the length budget are in docs/WORDS.md.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { DomainErrorCode } from '../../core/errors.ts';
import type { ChartLabels } from '../../modules/charts/charts.ts';
import type { ChartPeriod } from '../../modules/charts/charts.service.ts';
import type { DayTotals, Entry, NewEntry, Recap } from '../../modules/ledger/ledger.ts';
import type { Member, Role } from '../../modules/groups/groups.ts';
import type { FormError } from '../../modules/leads/lead-form.ts';
import type { DeliveryStats } from '../../modules/leads/leads.repository.ts';
import type { Lead, Reach, Tally } from '../../modules/leads/leads.service.ts';
import type { LoanStatus } from '../../modules/loans/loans.service.ts';
import type { RepaymentReader } from '../../modules/reminders/planning.ts';
import type { MediaKind } from '../../core/messages.ts';
import type { Order } from '../../modules/orders/orders.ts';
import type { LinkEffect, LinkRefusal } from '../../modules/orders/entry-links.ts';
import type { GroupRecap } from '../../modules/group-recap/group-recap.ts';
import type { QuarterlyLabels } from '../../modules/quarterly/quarterly.ts';
import type { WeeklySummary } from '../../modules/summaries/summaries.ts';
import type { NameProblem } from '../../modules/people/people.ts';
import type { DayPart } from '../small-talk.ts';

/** An order as the chat shows it. */
export type OrderView = Pick<Order, 'customer' | 'item' | 'quantity' | 'unit' | 'total' | 'paid' | 'dueDate'>;

/** A loan as the chat talks about it: its group's name (null for a personal loan) and standing. */
export interface LoanView {
  label: string | null;
  status: LoanStatus;
}

/** What a lead message shows, before and after it has a code. */
export type LeadView = Pick<Lead, 'code' | 'trades' | 'text' | 'deadline' | 'quantityWanted' | 'downPaymentPercent'>;

/** A lead as a later reply names it: what it was (its text), and its code to answer with. */
export type LeadRef = Pick<Lead, 'code' | 'text'>;

export type Language = 'id' | 'en';

/** A guess the bot asked about ("Maksud Ibu begini?") and her later "ya" or "tidak". */
export interface ClosedQuestionArgs {
  entries: readonly NewEntry[];
  date: IsoDate;
  today: IsoDate;
  answer: 'yes' | 'no';
}

/**
 * Parser notes that mean "this money is not the business's to record as it stands"
 * (src/parser/money-owner.ts, intents/record.ts): the bot answers each with one short line.
 */
export const NOT_RECORDED_NOTES = ['sale_return', 'sale_return_mixed', 'not_business_money', 'personal_money', 'change_given', 'loan_mention',
  'supplier_return', 'refund_unclear', 'money_back_to_her', 'postage_by_buyer', 'money_lost', 'windfall'] as const;
export type NotRecordedNote = (typeof NOT_RECORDED_NOTES)[number];

export function isNotRecordedNote(note: string): note is NotRecordedNote {
  return (NOT_RECORDED_NOTES as readonly string[]).includes(note);
}

/**
 * Parser notes that a short value answers (src/conversation/flows/books/detail-question.ts):
 * the day a period's sum is for, what was sold or bought, the price she got for a face
 * value, the rupiah of a small or unclear number, the amount of a sale with none (a buyer
 * with no amount, or a line of goods without a price).
 */
export const DETAIL_NOTES = ['period_sum', 'no_object', 'face_value', 'small_plain_number', 'implausible_amount', 'ambiguous_amount',
  'sale_no_amount', 'no_amount', 'each_or_total'] as const;
export type DetailNote = (typeof DETAIL_NOTES)[number];

export function isDetailNote(note: string): note is DetailNote {
  return (DETAIL_NOTES as readonly string[]).includes(note);
}

/**
 * Parser notes that lower a record's confidence and are asked as a yes/no about the guess,
 * each with its own first line naming the one thing in doubt. The order is the order of
 * asking: when a record has several, the first of them is the one named.
 */
export const DOUBT_NOTES = ['shared_scale', 'bare_thousands', 'total_mismatch', 'tender_mismatch', 'repeated_line', 'self_correction_unclear', 'discount_unapplied', 'discount', 'percentage', 'unread_amount',
  'chain_part_unread', 'kind_carried', 'then_clauses_disagree', 'sign_kind_differs', 'label_kind_differs', 'unaccounted_number', 'count_unpriced', 'bare_second_amount', 'cheap_each', 'unread_each_word', 'bundle_each_or_piece', 'face_value_price', 'approximate_each_or_total', 'approximate', 'rounded', 'unit_mismatch', 'quantity_missing',
  'odd_quantity', 'large_amount', 'malformed', 'weak_verb', 'work_pay_unclear', 'supply_guessed', 'buy_or_exchange', 'haggle_each_or_total', 'haggle_unread',
  'list_price_each_or_total', 'price_tiers', 'buyer_paid', 'savings_for_stock', 'gold_unclear', 'own_goods_sold', 'cost_of_sold', 'below_cost', 'offered_price', 'capital_or_cost', 'family_or_buyer', 'buyer_or_place_unclear', 'bought_elsewhere', 'withdrawal_guessed', 'named_spender', 'someone_paid', 'paid_person_unsaid', 'paid_after_purchase', 'payout_whose', 'debt_repaid', 'taken_by_someone', 'gift_unclear', 'mixed_use', 'shared_purchase', 'others_part', 'others_goods', 'kinds_share_amount', 'column_other_kind', 'row_check_differs', 'household_wage',
  'part_of_amount', 'purpose_unplaced', 'amount_unplaced', 'plan_line_left_out', 'period_total_left_out', 'several_dates', 'day_repeated', 'week_unclear', 'owed_to_whom', 'day_without_amount', 'vague_date', 'old_date', 'future_date', 'invalid_date', 'negative_amount', 'mixed_repayment', 'goods_on_credit', 'not_a_fact',
  'hypothetical', 'past_story', 'question', 'truncated', 'down_payment_part', 'own_debt', 'bill_side_unclear', 'tab_whose', 'postage_whose', 'postage_in_total',
  'rent_whose', 'dp_direction', 'allowance', 'purchase_part_paid', 'marketplace_refund', 'refund_whom', 'sources_unsplit', 'kind_told', 'sale_word_unclear', 'lender_paid',
  'cut_or_piece', 'price_move', 'topup_for_others', 'moved_to_account', 'catering_side', 'profit_mismatch', 'cost_each_or_total'] as const;
export type DoubtNote = (typeof DOUBT_NOTES)[number];

export function isDoubtNote(note: string): note is DoubtNote {
  return (DOUBT_NOTES as readonly string[]).includes(note);
}

/**
 * Notes on a message that is no record but talks about money: one short line each, in
 * place of "not understood" (a purchase called off, a count of the cash in hand, a plan or
 * a what-if, a price list, haggling, the size of her capital, what things cost at the market).
 */
export const UNKNOWN_MONEY_NOTES = ['called_off_event', 'others_takings', 'cash_count', 'money_talk', 'price_list', 'haggle', 'capital_statement', 'per_day_lines',
  'not_to_record', 'paid_by_other', 'others_money', 'price_talk', 'own_purse_move',
  'debtor_unnamed', 'consignment_placed'] as const;
export type UnknownMoneyNote = (typeof UNKNOWN_MONEY_NOTES)[number];

export function isUnknownMoneyNote(note: string): note is UnknownMoneyNote {
  return (UNKNOWN_MONEY_NOTES as readonly string[]).includes(note);
}

/** What a question about one doubt shows: the guess, its day, and whom it addresses. */
export interface DoubtArgs {
  entries: readonly NewEntry[];
  date: IsoDate;
  today: IsoDate;
  name: string;
}

export interface Catalogue {
  welcome(name: string): string;
  recorded(args: { entries: readonly Entry[]; date: IsoDate; today: IsoDate; totals: DayTotals }): string;
  /** What a message of several days recorded, each entry on its own day ("✅ Senin 30 Nov: jualan Rp120.000"). */
  recordedDays(args: { entries: readonly Entry[]; today: IsoDate }): string;
  /** After `recorded`, when the kind came from her books (an item she always sells, or always buys), not from her words. */
  recordedAsUsual(kind: 'sale' | 'expense'): string;
  /** `mismatch`: the totals or profit she wrote disagree with her lines (the lines are what is asked). */
  askConfirm(args: { entries: readonly NewEntry[]; date: IsoDate; today: IsoDate; mismatch?: boolean }): string;
  /** A guess with one named doubt: its own first line, the guess, then "ya"/"tidak". */
  askDoubt(note: DoubtNote, args: DoubtArgs): string;
  /** One short question a value answers (a day, the goods, a price), at most three lines. */
  askDetail: Record<DetailNote, (args: DoubtArgs) => string>;
  /** The button that answers "which day?" with today. */
  todayButton: { label: string; value: string };
  /** Money talk that is no record: one line each, saying what to write (never "not understood"). */
  moneyTalk: Record<UnknownMoneyNote, (name: string) => string>;
  /** A sale on credit the bot is unsure of: the entries and who owes what, ya/tidak. */
  askConfirmCredit(args: {
    entries: readonly NewEntry[];
    date: IsoDate;
    today: IsoDate;
    customer: string;
    /** A ledger of several customers: what each would owe (one line each). */
    debts?: readonly { customer: string; amount: number }[];
  }): string;
  yes: string;
  no: string;
  declined: string;
  undone(args: { entries: readonly Entry[]; today: IsoDate; totals: DayTotals }): string;
  nothingToUndo: string;
  /** She deleted (for everyone) the message that recorded these entries: they are cancelled. One short line. */
  revokedVoided(entries: readonly Entry[]): string;
  /** Someone who recorded for a member (on her behalf) deleted that message: her entries are cancelled. */
  revokedVoidedFor(member: string, entries: readonly Entry[]): string;
  /** The member is told, privately, whose deletion cancelled what. */
  revokedToldMember(writer: string, entries: readonly Entry[]): string;
  recap(recap: Recap, today: IsoDate): string;
  help: string;
  notUnderstood: string;
  /** The web console's login ("/masuk" in a private chat, or a code asked for on the login page). */
  consoleLogin: {
    /** The one-time link and the 6-digit code, valid `minutes`. */
    link(url: string, code: string, minutes: number): string;
    /** Asked on the login page: the code to type there. */
    code(code: string, minutes: number): string;
    /** "/masuk" in a group chat: the code must not be seen by others. */
    privateOnly: string;
    /**
     * She has no console role: what to give the admin so she can be named without an id
     * (`staff grant --telegram-username` / `--phone`): her @username when she has one, her
     * phone when the platform tells it, else "your phone number".
     */
    noRole: (her: { username?: string | undefined; phone?: string | undefined }) => string;
    /** This deployment runs no web console. */
    off: string;
  };

  // Small talk (a private chat only: in a group it is left unanswered)
  /** "halo", "selamat pagi" (`part` mirrors the time of day she named). */
  hello(name: string, part: DayPart | null): string;
  /** "assalamualaikum". */
  salamBack(name: string): string;
  /** "makasih", "terima kasih". */
  youAreWelcome(name: string): string;
  /** "ok", "siap", "👍". */
  gotIt(name: string): string;

  // A "ya"/"tidak" to a question that is no longer open: never a guess, never "not understood"
  /** The question (it guessed `entries`) was not answered within its time: nothing was recorded. */
  questionExpired(args: ClosedQuestionArgs): string;
  /** She wrote something else after the question, so it was dropped: nothing was recorded. */
  questionOvertaken(args: ClosedQuestionArgs): string;
  /** No question of the bot's is known in this chat (or what it was is lost). */
  noOpenQuestion(answer: 'yes' | 'no'): string;

  /**
   * Money that the parser would not record, one short answer per reason (its note): goods
   * returned, savings and dues, money from her family, change handed back, a loan.
   */
  moneyNotRecorded: Record<NotRecordedNote, string>;
  /** "minat 50" when no open lead reached her. */
  noOpenLead: string;

  // Loans and instalments
  repaymentAskAmount: string;
  /** An instalment read with doubt: asked before anything is recorded (yes/no buttons). */
  askRepayment(amount: number): string;
  repaymentDeclined: string;
  repaymentQuestionExpired(amount: number): string;
  /** "setor 50rb" alone: an instalment, savings or stock? */
  askSetor(amount: number): string;
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
  /** The name question again, briefly, after a message that was not a name. */
  askNameAgain: string;
  /** "tidak" to the name question. */
  nameSkipped: string;
  /** "/nama Siti", "nama saya Siti": confirmed in one line. */
  nameChanged(name: string): string;
  nameProblem(problem: NameProblem): string;
  renameUsage: string;
  /** After joining on Telegram, when her group has members added by phone who have not written there yet. */
  askPhone: string;
  /** The label of the Telegram button that shares her own number. */
  askPhoneButton: string;
  /** "/nomor" where the platform already knows her number (WhatsApp). */
  phoneKnown: string;
  /** Her shared number: kept (`saved`), already hers (`same`). */
  phoneSaved: string;
  /** Her shared number matched a member her facilitator added: the two are one now. */
  phoneMerged(name: string): string;
  /** Her shared number matched a staff member the admin added by phone (a facilitator): this chat is hers, /masuk works. */
  phoneMergedStaff(name: string): string;
  /** The number belongs to another account, or she already has another number: nothing changed. */
  phoneTaken: string;
  phoneInvalid: string;
  renameMemberUsage: string;
  /** To the facilitator who renamed a member. */
  memberRenamed(from: string, to: string): string;
  /** To the member her facilitator renamed, privately. */
  renamedByFacilitator(name: string): string;
  memberJoined(name: string, group: string): string;
  linkUsage: string;
  linkInGroup: string;
  linked(group: string): string;
  /** After too many wrong codes: when she may try again (local minute of the day), and in how many minutes. */
  codeLocked(args: { minutes: number; minuteOfDay: number }): string;
  /** To the facilitator who tried to link a chat already linked to another facilitator's group, privately. */
  linkTakeoverRefused(args: { current: string; wanted: string; currentFacilitator: string }): string;
  /** To the facilitator of the group a chat is linked to, when someone else tried to link it to her group. */
  linkTakeoverTried(args: { by: string; current: string; wanted: string }): string;
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
  leadAnswered(lead: LeadRef, quantity: number | null): string;
  leadTally(lead: Lead, name: string, quantity: number | null, tally: Tally): string;
  /** "maaf belum bisa" with several open leads: which one? */
  leadWhichDecline(codes: readonly string[]): string;
  /** Her decline is noted: kindly, and it is not counted as interest. */
  leadDeclined(lead: LeadRef): string;
  /** A bare "maaf belum bisa" that does not reply to the lead's message: how to decline it, nothing changed. */
  leadDeclineHow(lead: LeadRef): string;
  /** A bare decline while she has said she is interested: her interest is kept; how to withdraw it. */
  leadDeclineKeepsInterest(lead: LeadRef, quantity: number | null): string;
  /** To the lead's owner: a member declined. */
  leadDeclineTally(lead: Lead, name: string, tally: Tally): string;
  leadDetails(lead: Lead, tally: Tally, stats: DeliveryStats): string;
  leadList(rows: readonly { lead: Lead; tally: Tally }[]): string;
  leadCloseUsage: string;
  leadClosedForOwner(lead: LeadRef, tally: Tally): string;
  leadClosedForAnswerer(lead: LeadRef): string;
  leadAwardUsage: string;
  leadNotResponder(name: string, code: string): string;
  leadAwarded(lead: LeadRef, quantity: number): string;
  leadAwardDone(name: string, lead: LeadRef, quantity: number): string;

  // Reminders (amounts in integer rupiah; `days` = due date minus today, negative when late)
  /**
   * `borrower` null: the reader's own loan. `reader` says who reads it: the group chat and
   * the bendahara (who pays the group's instalments in) and the borrower are asked to pay;
   * the facilitator is told and asked to help, never asked to pay herself.
   */
  reminderRepayment(args: {
    reader: RepaymentReader;
    borrower: { group: string } | { member: string } | null;
    number: number;
    dueDate: IsoDate;
    days: number;
    amount: number;
  }): string;
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

  // Corrections, remembered prices, household money
  /** "laku 5 bros" with no price and none known: asks for it, naming the item. */
  askAmountFor(item: string | null): string;
  /** "laku 5 bros" priced from her last sale or her group's list: one question. */
  askPriced(args: { entries: readonly NewEntry[]; date: IsoDate; today: IsoDate; source: 'own' | 'group'; group?: string | undefined }): string;
  /** "tidak" to a remembered price: asks her to write the price. */
  priceDeclined(item: string | null): string;
  /** An edit of a message first sent on `date`, too long ago to change the books by editing. */
  editTooOld(date: IsoDate, today: IsoDate): string;
  corrected(args: { old: readonly NewEntry[]; new: readonly NewEntry[]; date: IsoDate; today: IsoDate; totals: DayTotals }): string;
  nothingToCorrect: string;
  correctionUsage: string;
  /** A correction of one entry when her last recording has several: which one? */
  correctionWhich(rows: readonly { number: number; entry: Entry }[], today: IsoDate): string;
  /** "/catatan": her last entries, numbered (newest first). */
  entryList(entries: readonly Entry[], today: IsoDate): string;
  deleted(args: { entry: Entry; today: IsoDate; totals: DayTotals }): string;
  deleteNotFound(index: number): string;
  /** "hapus 2" / "ralat no 2" with no list shown in this chat lately: open it first (never a guess). */
  listFirst(index: number): string;
  /** Number N of the list she saw was deleted since. */
  listedGone(index: number): string;
  /** "hapus semua yang hari ini": asked first, with what would go. */
  deleteAllAsk(args: { entries: readonly Entry[]; date: IsoDate; today: IsoDate }): string;
  deleteAllNone(date: IsoDate, today: IsoDate): string;
  deletedAll(args: { entries: readonly Entry[]; date: IsoDate; today: IsoDate; totals: DayTotals }): string;
  deleteAllKept: string;
  /** A record without a verb ("bros 15rb"): sale or expense? Buttons where the platform has them, numbers in words. */
  askKind(args: { entries: readonly NewEntry[]; date: IsoDate; today: IsoDate }): string;
  /** "ya"/"tidak" to an expired "Jualan atau belanja?": the entries without a kind, and (on "ya") how to write either. */
  kindQuestionExpired(args: { entries: readonly NewEntry[]; date: IsoDate; today: IsoDate; answer: 'yes' | 'no' }): string;
  /** The buttons' labels and the words they send back. */
  kindChoice: { sale: { label: string; value: string }; expense: { label: string; value: string } };
  /** "ralat, itu jualan kemarin": entries moved from one day to another, with both days' totals. */
  moved(args: { entries: readonly Entry[]; from: IsoDate; to: IsoDate; today: IsoDate; totalsFrom: DayTotals; totalsTo: DayTotals }): string;
  movedAlready(date: IsoDate, today: IsoDate): string;
  kindAlready(kind: Entry['kind']): string;
  /** "ralat, itu jualan kemarin" when her last recording has no sale: which one? */
  correctionNotThatKind(kind: Entry['kind']): string;
  /** "bukan 4rb tapi 5rb" when no price, total or quantity of the entry is 4rb: nothing changed. */
  correctionMismatch(args: { named: number; money: boolean; entries: readonly Entry[] }): string;
  /** "ralat no 2: laku 3 kerudung" when number 2 is bros and no price was written: nothing changed. */
  correctionOtherItem(args: { number: number | null; entry: Entry; item: string }): string;
  /** A correction that would put other goods in place of number N: asked first (yes/no). */
  correctionAskOtherItem(args: { number: number | null; old: Entry; new: readonly NewEntry[] }): string;
  correctionKept: string;
  /** A correction word the parser could not read with confidence: how to write it. */
  correctionUnsure: string;
  /** "ralat, itu …" read only as a possible "take it back": nothing undone, she is shown both ways. */
  undoUnsure: string;
  priceSet(args: { group: string; item: string; unitPrice: number; unit: string | null }): string;
  priceList(group: string, prices: readonly { item: string; unitPrice: number; unit: string | null }[]): string;
  /** A facilitator (or ketua) of several groups sets or lists prices in private. */
  priceInGroupChat(groups: readonly string[]): string;
  priceNoGroup: string;

  // Flood throttling
  /** Sent once when a person's messages come too fast and are being recorded slowly. */
  floodNotice: string;

  // A message set aside after its handling kept failing (src/jobs/set-aside.ts)
  /** Sent once: nothing was recorded, she need not send it again, the admin will retry it. */
  setAsideNotice: string;

  // Orders, credit sales, entries on a member's behalf, voice notes and photos
  /** An order just taken, with its down payment if any. */
  orderTaken(args: { order: OrderView & Pick<Order, 'orderDate'>; today: IsoDate }): string;
  /** A pesanan line without a customer or a total: what to write. */
  orderAskDetails: string;
  /** An order with everything but the customer's name: one short question. */
  orderAskCustomer: string;
  /** The answer to "Pesanan dari siapa?" was not a name: the order (her words) was not taken. */
  orderNotTaken(rawText: string): string;
  /** A payment on one or more orders of a customer (`orders` as they are now). */
  /**
   * A payment on one or more orders of a customer (`orders` as they are now). `applied`:
   * the orders it went to, oldest first, and how much each (said per order when she has several);
   * its orders are the same objects as in `orders` (the others were not paid on now).
   */
  orderPaymentRecorded(args: {
    customer: string;
    paid: number;
    orders: readonly OrderView[];
    applied?: readonly { order: OrderView; amount: number }[];
    today: IsoDate;
  }): string;
  /** More than the customer owes: nothing recorded. */
  paymentTooMuch(args: { customer: string; paying: number; owed: number }): string;
  /** No open order or credit sale for this customer. */
  nothingOpenFor(customer: string): string;
  /** A customer's payment read with doubt: asked before anything comes off her tab (yes/no buttons). */
  askPayment(customer: string, amount: number): string;
  paymentDeclined: string;
  paymentQuestionExpired(customer: string, amount: number): string;
  /** Several customers fit the name: which one? */
  customerWhich(name: string, names: readonly string[]): string;
  /** "Bu Sri bayar" without an amount. */
  paymentAskAmount(customer: string): string;
  orderList(orders: readonly OrderView[], today: IsoDate): string;
  creditRecorded(args: {
    customer: string;
    amount: number;
    owed: number;
    entries: readonly Entry[];
    date: IsoDate;
    today: IsoDate;
    /** A ledger of several customers: each one's part of this message and all she owes now. */
    debts?: readonly { customer: string; amount: number; owed: number }[];
  }): string;
  /** A credit sale the parser was not sure of: how to write it. */
  creditAskClearer: string;
  creditCollected(args: { customer: string; paid: number; owed: number }): string;
  receivableList(args: { customers: readonly { customer: string; owed: number; since: IsoDate }[]; total: number; today: IsoDate }): string;
  /** To the facilitator: what was recorded in her member's books. */
  onBehalfRecorded(args: { member: string; entries: readonly Entry[]; date: IsoDate; today: IsoDate; credit: string | null }): string;
  /** To the member, privately. */
  onBehalfToldMember(args: { facilitator: string; entries: readonly Entry[]; date: IsoDate; today: IsoDate; credit: string | null }): string;
  onBehalfWhich(name: string, names: readonly string[]): string;
  onBehalfUsage: string;
  onBehalfOnlyRecords(member: string): string;
  onBehalfAskClearer(member: string): string;
  /** "Bu Sumi laku 3 bros" from someone who may not record for others: nothing recorded, in anyone's books. */
  onBehalfNotAllowed(member: string): string;
  /** "bu sumi laku 3 bros": maybe a name — asked, nothing recorded. */
  onBehalfAskWho(member: string, text: string): string;
  /** "catat punyo Etek: laku 8 bungkuih 80rb": for someone called only by a kin word or title — her name asked, nothing recorded. */
  onBehalfAskName(kin: string, text: string): string;
  /** To the facilitator, with (or, across platforms, about) the forwarded media. */
  mediaForFacilitator(args: { member: string; kind: MediaKind; caption: string | null; attached: boolean }): string;
  mediaForwarded(kind: MediaKind): string;
  mediaKeptNoFacilitator(kind: MediaKind): string;
  /** The day before an order is due. */
  reminderOrderDue(args: { order: OrderView; days: number }): string;

  // The bot's WhatsApp number, told to facilitators (the operator reads the log, the health check and `dampingi whatsapp status`)
  /** WhatsApp restricted the number: the bot's own messages on WhatsApp wait, answers still go. `until` null: WhatsApp gave no end. */
  whatsappRestricted(args: { until: { date: IsoDate; minuteOfDay: number } | null; today: IsoDate }): string;
  whatsappRestrictionLifted: string;
  /** The WhatsApp link stopped and will not come back by itself: the operator must act. */
  whatsappStopped: string;
  /**
   * In her group chat, addressed to her: a private message waits for her (she has not written
   * to the bot privately in three weeks, and the bot does not start a quiet chat). Never a word
   * of what it says: the group reads it too.
   */
  heldMessageInGroup(name: string): string;
  /** To a facilitator: a private message for this member waits, and she has no WhatsApp group chat with the bot to be told in. */
  heldMessageNoGroupChat(name: string): string;

  // Books tied to orders and credit sales: what a void or a correction did to them
  /** Appended to "batal"/"hapus"/a correction: the order payments and credit sales that followed. */
  linkEffects(effects: readonly LinkEffect[], today: IsoDate): string;
  /** A void or a correction of an entry tied to an order or a credit sale that could not be kept consistent: nothing written. */
  linkRefused(refusal: LinkRefusal): string;

  // Weekly summary, group recap and quarterly report
  /** Sunday evening: her week in figures, the caption of her weekly chart. */
  weeklySummary(summary: WeeklySummary): string;
  /** "/rekap_kelompok": one line per member who recorded, totals, who recorded nothing. */
  groupRecap(recap: GroupRecap, today: IsoDate): string;
  /** Several groups and none named: which one (`example` is a command she can copy). */
  recapWhichGroup(groups: readonly string[], example: string): string;
  /** She named a group that is not among hers. */
  recapGroupNotFound(named: string, groups: readonly string[], example: string): string;
  quarterlyReportUsage: string;
  quarterlyReportPreparing(group: string, quarter: string): string;
  quarterlyReportCaption(args: { group: string; quarter: string; format: 'xlsx' | 'pdf' }): string;
  quarterlyReportFailed(group: string, quarter: string): string;
  /** Every word on the quarterly report files (XLSX and PDF). */
  quarterlyLabels: QuarterlyLabels;

  // Exports: "/ekspor [kelompok] [dari] [sampai]"
  /** A date in the command that is not YYYY-MM-DD or dd/mm/yyyy, or not a real day. */
  exportDateInvalid(raw: string): string;
  /** In a group chat: the files (every member's books) go only to a private chat. */
  exportPrivateOnly: string;
  exportWhichGroup(groups: readonly string[]): string;
  exportGroupNotFound(name: string, groups: readonly string[]): string;
  /** The immediate answer: the files follow from a background job. */
  exportPreparing(args: { group: string; from: IsoDate; to: IsoDate }): string;
  /** The caption of each file sent. */
  exportCaption(args: { group: string; from: IsoDate; to: IsoDate; format: 'xlsx' | 'csv'; entries: number }): string;
  exportFailed(args: { group: string; from: IsoDate; to: IsoDate }): string;

  /**
   * Every broken rule (a DomainError code) told kindly, each in its own sentence: a known
   * refusal never falls back to a general apology, and a new code fails the type check
   * until both catalogues say it.
   */
  refusals: Readonly<Record<DomainErrorCode, string>>;
}
