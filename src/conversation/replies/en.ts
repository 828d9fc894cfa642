import { addDays, dayOfWeek } from '../../core/dates.ts';
import { formatNumber, formatRupiah } from '../../core/money.ts';
import { MAX_EXPORT_DAYS } from '../../modules/exports/exports.ts';
import { abbreviateAmount, EN_UNITS } from '../../modules/charts/charts.ts';
import type { Role } from '../../modules/groups/groups.ts';
import type { LoanStatus } from '../../modules/loans/loans.service.ts';
import { fitRecapText, RECAP_MAX_SILENT } from '../../modules/group-recap/group-recap.ts';
import type { Catalogue, LeadView, OrderView } from './catalogue.ts';
import {
  address,
  dateSpan,
  orderGoods,
  periodSpan,
  quarterOf,
  quarterWords,
  yearSpan,
  entryChange,
  entryWithKind,
  EN_DATES,
  entryLine,
  longDate,
  retypeText,
  shortDate,
  type RetypeWords,
  earliestDay,
  ownDays,
  withEntryDay,
} from './format.ts';
import { NAME_MAX_LENGTH, type NameProblem } from '../../modules/people/people.ts';
import type { DayPart } from '../small-talk.ts';
import { isReturn, type DayTotals, type NewEntry } from '../../modules/ledger/ledger.ts';

/** The one vocabulary (docs/WORDS.md): sales and expenses, in every reply, recap, chart and caption. */
const KIND = {
  sale: 'Sale',
  expense: 'Expense',
  withdrawal: 'Taken for the household',
  capital: 'Capital put in',
  saleReturn: 'Return',
  returnNote: '(lowers sales)',
} as const;

const kindLine = (e: NewEntry): string => entryWithKind(e, KIND);
/** The entry with its own day first when it has one (a message of several days). */
const dayKindLine = (e: NewEntry, today: string): string => withEntryDay(e, kindLine(e), EN_DATES, today);
const changeLine = (a: NewEntry, b: NewEntry): string => entryChange(a, b, KIND);

/** "Today" or "19 Nov": the day of an entry in a list. */
function entryDate(date: string, today: string): string {
  return date === today ? 'Today' : shortDate(date, EN_DATES);
}

/** "Today: sales Rp180.000, expenses Rp0" (and ", taken Rp50.000" when she took household money). */
function totalsLine(date: string, today: string, totals: DayTotals): string {
  const taken = totals.withdrawals ? `, taken ${formatRupiah(totals.withdrawals)}` : '';
  return `${dayLabel(date, today)}: sales ${formatRupiah(totals.sales)}, expenses ${formatRupiah(totals.expenses)}${taken}`;
}

/** Her name as the bot says it (format.ts `address`): "Ani"; empty when it is not known. */
const who = (name: string): string => address({ person: name }, 'en');

/** ", Siti" after a greeting; nothing when her name is not known. */
function named(name: string): string {
  const n = who(name);
  return n ? `, ${n}` : '';
}

/** "Hello Siti", or "Hello" when her name is not known. */
function hello(name: string): string {
  const n = who(name);
  return n ? `Hello ${n}` : 'Hello';
}

/** "quarter 4 (Oct–Dec 2026)" */
const quarterEn = (quarter: string): string => quarterWords(quarter, EN_DATES, 'quarter');

const EN_PART: Record<DayPart, string> = { pagi: 'morning', siang: 'day', sore: 'afternoon', malam: 'evening' };

const RETYPE_EN: RetypeWords = {
  kinds: { sale: 'sold', expense: 'bought', withdrawal: 'ambil', capital: 'tambah modal' },
  saleReturn: 'retur',
  thousands: 'k',
  yesterday: 'yesterday',
  for: 'buat',
  dates: EN_DATES,
};

/** A headline and the entries: on its line when there is one, else one line each. */
function listedEn(headline: string, entries: readonly NewEntry[]): string {
  return entries.length === 1 ? `${headline} ${kindLine(entries[0]!)}` : [headline, ...entries.map((e) => `• ${kindLine(e)}`)].join('\n');
}

function guessedLinesEn(entries: readonly NewEntry[]): string[] {
  return entries.map((e) => `• ${kindLine(e)}`);
}

const NAME_PROBLEM_EN: Record<NameProblem, string> = {
  empty: 'Write the name after /nama, e.g.: /nama Siti Aminah',
  too_long: `That name is too long: at most ${NAME_MAX_LENGTH} letters, e.g.: /nama Siti Aminah`,
  digits_only: 'That is a number, not a name 😊 Write it in letters, e.g.: /nama Siti',
  link: 'A name cannot contain a link. Write just the name, e.g.: /nama Siti',
  symbols: 'Please write the name in letters only, e.g.: /nama Siti Aminah',
};

function dayLabel(date: string, today: string): string {
  return date === today ? 'Today' : longDate(date, EN_DATES, today);
}

export const en: Catalogue = {
  welcome: (name) =>
    [
      `${hello(name)} 👋 I'm Dampingi, your bookkeeping friend. Just write, e.g. "sold 12 brooches at 15k".`,
      'I keep your books. Only you, your facilitator and your group\'s ketua can see them.',
      'Type "help" for more examples, or STOP if you do not want reminders.',
    ].join('\n'),

  recorded: ({ entries, date, today, totals }) => {
    const lines = entries.map((e) => `${isReturn(e) ? '↩️' : '✅'} ${kindLine(e)}`);
    if (date !== today) lines.push(`📅 Recorded for ${longDate(date, EN_DATES, today)}`);
    lines.push(totalsLine(date, today, totals));
    lines.push('A mistake? Type "undo".');
    return lines.join('\n');
  },

  recordedAsUsual: (kind) =>
    kind === 'sale'
      ? 'ℹ️ Recorded as a sale, as usual. Not a sale? Type "undo".'
      : 'ℹ️ Recorded as a purchase, as usual. Not a purchase? Type "undo".',

  recordedDays: ({ entries, today }) =>
    ['✅ Recorded, each on its own day:', ...entries.map((e) => `• ${withEntryDay({ ...e, date: e.businessDate }, kindLine(e), EN_DATES, today)}`), 'A mistake? Type "undo".'].join('\n'),

  askConfirm: ({ entries, date, today, mismatch }) => {
    const lines = [mismatch ? 'The total you wrote does not match the lines. The lines are:' : 'Did you mean this?'];
    for (const e of entries) lines.push(`• ${dayKindLine(e, today)}`);
    if (date !== today && !ownDays(entries)) lines.push(`📅 ${longDate(date, EN_DATES, today)}`);
    lines.push('Reply "yes" to record it, or "no".');
    return lines.join('\n');
  },
  askDoubt: (note, { entries, date, today, name }) => {
    const day = date === today ? 'today' : longDate(date, EN_DATES, today);
    // A message of several days: the old day asked about is its earliest.
    const oldDay = longDate(earliestDay(entries, date), EN_DATES, today);
    const first: Record<typeof note, string> = {
      total_mismatch: 'The total you wrote does not match the lines. The lines say:',
      tender_mismatch: `The money paid less the change is not the total${named(name)}. I recorded the total like this, is it right?`,
      repeated_line: `You wrote one line twice${named(name)}. Did it happen twice? If not, answer "no" and send it once. I read:`,
      self_correction_unclear: `Which number is the right one${named(name)}? I read:`,
      discount_unapplied: `I could not work out the discount${named(name)}. Without it:`,
      discount: `With the discount taken off, is this right${named(name)}?`,
      percentage: `I did not count the percentage${named(name)}. Record this?`,
      unread_amount: `There is a number I could not read${named(name)}. I read:`,
      chain_part_unread: `Part of your message has no amount yet${named(name)}. I read:`,
      kind_carried: `Was the part bought for making or selling on an expense${named(name)}? I read:`,
      then_clauses_disagree: `I read it step by step${named(name)}. Is this right?`,
      sign_kind_differs: `A + or - sign says otherwise than its words${named(name)}. Is this right?`,
      label_kind_differs: `Your in/out label or + or - sign says otherwise than what I read${named(name)}. Is this right?`,
      shared_scale: `Are the numbers written without "k" thousands too${named(name)}? Here is how I read it:`,
      bare_thousands: `Are the numbers written without "k" thousands${named(name)}? Here is how I read it:`,
      unaccounted_number: `There is a number I did not use${named(name)}. Is this right?`,
      count_unpriced: `One of the counts has no price of its own${named(name)}. Is this right?`,
      bare_second_amount: `What is the second amount for${named(name)}? I read:`,
      cheap_each: `Is that the price of them all${named(name)}, not each? I read:`,
      unread_each_word: `I could not work out the price of one${named(name)}. I read:`,
      approximate_each_or_total: `Is that the price of them all${named(name)}, not each?`,
      approximate: `You wrote about${named(name)}. Record exactly this?`,
      rounded: `I rounded the sum${named(name)}. Is this right?`,
      unit_mismatch: `The unit differs from the price's${named(name)}. I worked out:`,
      bundle_each_or_piece: `Is that price per kodi/dozen or per piece${named(name)}? I worked it out per kodi/dozen:`,
      face_value_price: `Which is the top-up's face value and which your selling price${named(name)}? I worked it out with this selling price:`,
      quantity_missing: `How many were there${named(name)}? I read the money as:`,
      odd_quantity: `Is that number of items right${named(name)}?`,
      large_amount: `That is a lot${named(name)}. Is it right?`,
      malformed: `The number is unclear${named(name)}. Do you mean this?`,
      weak_verb: `Is this money from sales${named(name)}?`,
      work_pay_unclear: `Is this pay you received${named(name)}, not pay you gave?`,
      supply_guessed: `Is this a purchase for the business${named(name)}, not a sale?`,
      buy_or_exchange: `Did you buy this${named(name)}, not swap goods or money?`,
      haggle_each_or_total: `Is the agreed price for one piece${named(name)}? I worked out:`,
      haggle_unread: `What did it sell for after haggling${named(name)}? I read:`,
      list_price_each_or_total: `Is that the price of one piece or of them all${named(name)}? I worked out:`,
      price_tiers: `Is that a price list (one, and several for less)${named(name)}, or really two sales? I read:`,
      buyer_paid: `Did the buyer pay for today's goods${named(name)}, not an old debt?`,
      savings_for_stock: `Were savings used as capital to buy stock${named(name)}?`,
      gold_unclear: `Is this gold stock you trade in${named(name)}, not savings?`,
      cost_of_sold: `Was the cost not recorded when you bought the stock${named(name)}? If not, I record it as an expense:`,
      below_cost: `The selling price is below the cost${named(name)} — a loss, or are the two swapped? I record the sale as:`,
      offered_price: `Is this sold already${named(name)}, or only its selling price? If sold, I record:`,
      capital_or_cost: `Was this capital spent on stock${named(name)}? If it is money put into the business, write "tambah modal" and the amount. I read it like this:`,
      own_goods_sold: `Is this stock you trade in${named(name)}, not something of your own you sold?`,
      family_or_buyer: `Was it a customer who bought${named(name)}, not your own family?`,
      buyer_or_place_unclear: `Did that shop buy from you${named(name)}, not the shop where you bought?`,
      bought_elsewhere: `Did they buy this from you${named(name)}, not at another shop?`,
      withdrawal_guessed: `Was this money taken for the household${named(name)}?`,
      named_spender: `Was this bought for your business${named(name)}?`,
      someone_paid: `Did you pay this${named(name)}, not someone paying you?`,
      paid_person_unsaid: `What was this payment to a person for${named(name)}? If it was a purchase or a business cost, I record it like this (a debt paid back, a loan or arisan: just tell me):`,
      payout_whose: `Where was this payout from${named(name)}: your marketplace sales, or a loan, an arisan pot, aid? If it was your sales, I record it like this:`,
      paid_after_purchase: `What was the money to this person after the purchase for${named(name)}? If it was another business payment, I record it like this (if it was the cash you handed over for that purchase, or a debt paid back: just tell me):`,
      debt_repaid: `Is this you paying back a debt of your own${named(name)}? If it was goods bought on credit for the business, I record it as an expense:`,
      taken_by_someone: `Was this business money taken for the household${named(name)}?`,
      gift_unclear: `Was this sold${named(name)}, not given away?`,
      mixed_use: `This is for the home too${named(name)}. Record it all as a business expense?`,
      shared_purchase: `This was bought together with others${named(name)}. Is this the part you paid yourself?`,
      others_part: `Some of this money was someone else's${named(name)}. Is this the part that was your own?`,
      others_goods: `These were someone else's goods or money${named(name)}. Record all of it as yours?`,
      kinds_share_amount: `A sale and a purchase share one amount${named(name)}. I read it like this:`,
      column_other_kind: `One row of the table is capital, a loan or credit${named(name)}. I read it like this:`,
      row_check_differs: `In one row, the amount is not the count times the price${named(name)}. I read it like this:`,
      household_wage: `Is this a wage for help at home${named(name)}: business money used for the home?`,
      part_of_amount: `Is the second amount part of the first${named(name)}? I read it like this:`,
      purpose_unplaced: `One amount is not clearly for the business or the home${named(name)}. I read it like this:`,
      amount_unplaced: `One amount does not say what it was for${named(name)}. I read it like this:`,
      plan_line_left_out: `I left out the line about a plan${named(name)}. Record the rest like this?`,
      period_total_left_out: `The week's or month's total already holds the day's money${named(name)}, so I left it out. Record the day like this?`,
      several_dates: `There are several dates${named(name)}. Record it for ${day}?`,
      vague_date: `Record it for ${day}${named(name)}?`,
      old_date: `${oldDay} was a while ago${named(name)}. Is the date right?`,
      day_repeated: `One day is written twice${named(name)}. Record both?`,
      owed_to_whom: `Does the buyer owe you that part, or do you owe it to that person${named(name)}? I read it like this:`,
      week_unclear: `Are these days from this week or from last week${named(name)}? I read them like this:`,
      day_without_amount: `One day has no amount yet${named(name)}. Record the days that have one like this?`,
      future_date: `That day has not come yet${named(name)}. Did it happen?`,
      invalid_date: `I could not read the date${named(name)}. Record this?`,
      negative_amount: `There is a minus sign on the amount${named(name)}. Record this?`,
      mixed_repayment: `Please send the instalment apart${named(name)} ("paid instalment 300k"). Apart from it, this?`,
      goods_on_credit: `You have not paid for this yet, it is on credit${named(name)}. Record it as a purchase now? I read:`,
      not_a_fact: `Has this happened${named(name)}?`,
      hypothetical: `Has this happened${named(name)}, not just a plan?`,
      past_story: `Is this a story from before${named(name)}, or did it happen today?`,
      question: `Do you want to record this${named(name)}?`,
      truncated: `The message is long${named(name)}; I read only part of it:`,
      down_payment_part: `Is the down payment part of that price${named(name)}, not another sale? I read:`,
      own_debt: `This is your tab with a shop or supplier${named(name)}. If the goods were not recorded when you took them, record the purchase now?`,
      bill_side_unclear: `Did a customer pay you this bill${named(name)}, or did you pay it? I read:`,
      tab_whose: `Was that shop tab for the business or for home${named(name)}? I read:`,
      kind_told: `You asked for another kind${named(name)}. Which kind is it? I read:`,
      lender_paid: `Is this an instalment on a bank or co-op loan${named(name)}, not a business cost? I read:`,
      sale_word_unclear: `Is "sale" the sale price of what you bought${named(name)}, or did you sell it? I read:`,
      postage_whose: `Did you pay the postage${named(name)}, or the buyer? I read:`,
      postage_in_total: `Is the buyer's postage inside that amount${named(name)}? I read:`,
      dp_direction: `Was this down payment paid to you by a buyer${named(name)}, or did you pay it? I read:`,
      rent_whose: `Did you rent this for your own event${named(name)}, not rent it out? I read:`,
      allowance: `An allowance from a meeting or activity is not business takings${named(name)}. Record it as money put in?`,
      purchase_part_paid: `Only part of this purchase is paid${named(name)}. How much did you pay? I read:`,
      marketplace_refund: `The marketplace refunded the buyer${named(name)}: did your money go down too? I read:`,
      refund_whom: `Is this a buyer's money you gave back${named(name)}, not change or a loan paid back? If so, I take it off your sales:`,
      sources_unsplit: `This money comes from several sources${named(name)}. How much is from sales? I read:`,
      cut_or_piece: `Was one more piece sold${named(name)}, not money taken off the price? I read:`,
      price_move: `Is the second amount only how far the price moved${named(name)}, not another entry? I record the first amount only:`,
      topup_for_others: `Did you pay for this top-up for others${named(name)}, not sell it to them? I read:`,
      moved_to_account: `Did this money leave the business${named(name)}, not just move to an account? I read:`,
      catering_side: `Were you paid for this catering${named(name)}, or did you pay a caterer? I read:`,
      profit_mismatch: `The profit does not match the selling price minus the cost${named(name)}. I record the sale as:`,
      cost_each_or_total: `Is that cost what one piece cost you${named(name)}, not a purchase today? Then I record only the sale:`,
    };
    const lines = [first[note], ...entries.map((e) => `• ${dayKindLine(e, today)}`)];
    // A doubt about the day names the day in its first line: it is not repeated below.
    const dayNamed = note === 'several_dates' || note === 'vague_date' || note === 'old_date';
    if (date !== today && !dayNamed && !ownDays(entries)) lines.push(`📅 ${longDate(date, EN_DATES, today)}`);
    lines.push('Reply "yes" to record it, or "no".');
    return lines.join('\n');
  },
  askDetail: {
    period_sum: ({ entries, name }) =>
      [
        `${entries[0]?.kind === 'expense' ? 'Spending' : 'Sales'} of ${formatRupiah(entries.reduce((sum, e) => sum + e.amount, 0))} is several days' worth${named(name)}.`,
        'Which day should I record it for?',
        'Write the day (e.g. "yesterday"), or "today" for one entry today.',
      ].join('\n'),
    no_object: ({ entries, name }) => {
      const e = entries[0];
      const what = e?.kind === 'sale' ? 'what was sold' : e?.kind === 'expense' ? 'what was bought' : 'what was sold or bought';
      return [`${formatRupiah(e?.amount ?? 0)}${named(name)}: ${what}?`, 'Write just the goods, e.g. "headscarf".'].join('\n');
    },
    face_value: ({ entries, name }) => {
      const item = entries.find((e) => e.item)?.item ?? 'top-up';
      const [a, b] = entries.map((e) => formatRupiah(e.amount));
      return [`How much did the buyer pay you for the ${item}${named(name)}: ${a} or ${b}?`, 'Reply with the amount, e.g. "27k".'].join('\n');
    },
    small_plain_number: ({ entries, name }) => {
      const amount = entries[0]?.amount ?? 0;
      return [`Is it really ${formatRupiah(amount)}${named(name)}, not ${formatRupiah(amount * 1000)}?`, `Reply "yes" if so, or write the amount, e.g. "${amount}k".`].join('\n');
    },
    implausible_amount: ({ entries, name }) =>
      [`Is it really only ${formatRupiah(entries[0]?.amount ?? 0)}${named(name)}?`, 'Reply "yes" if so, or write the amount, e.g. "50k".'].join('\n'),
    ambiguous_amount: ({ entries, name }) =>
      [`Is the amount ${formatRupiah(entries[0]?.amount ?? 0)}${named(name)}?`, 'Reply "yes", or write the amount again, e.g. "1.5m".'].join('\n'),
    sale_no_amount: ({ name }) => `How much was it${named(name)}? Just write the amount, e.g. "50k".`,
    no_amount: ({ entries, name }) => {
      const goods = entries[0] ? orderGoods(entries[0], '') : '';
      return [`How much was it for ${goods || 'that'}${named(name)}?`, 'Just write the amount, e.g. "75k".'].join('\n');
    },
    each_or_total: ({ entries, name }) => {
      const [each, total] = entries;
      const goods = total?.item ?? 'item';
      return [
        `Is ${formatRupiah(total?.amount ?? 0)} the price of one ${goods}${named(name)}, or of them all?`,
        `Reply ${formatRupiah(each?.amount ?? 0)} if it is the price of one, or ${formatRupiah(total?.amount ?? 0)} if it is for all.`,
      ].join('\n');
    },
  },
  todayButton: { label: 'Today', value: 'today' },
  moneyTalk: {
    called_off_event: (name) => `It did not happen, then${named(name)}? Nothing recorded. If you do buy it, write e.g. "bought gas 22k".`,
    cash_count: (name) => `Money in hand is not recorded as a sale${named(name)}. Record what sold, e.g. "sold 3 brooches 45k".`,
    money_talk: (name) => `That is a plan or a sum, is it${named(name)}? Not recorded. Once it happens, write e.g. "sold 10 brooches @15k".`,
    price_list: (name) => `That is a price list, is it${named(name)}? Not recorded as a sale. When something sells, write e.g. "sold 2 brooches 30k".`,
    haggle: (name) => `Haggling is not recorded${named(name)}. If it sold, write the final price, e.g. "sold 1 brooch 40k".`,
    per_day_lines: (name) =>
      `That covers several days, does it${named(name)}? So each day gets its own date, send one message per day, e.g. "Monday sold 120k". Nothing recorded yet.`,
    others_takings: (name) => `Those are someone else's sales, are they${named(name)}? Not recorded in your books. For your own, write e.g. "sold 5 brooches @15k".`,
    capital_statement: (name) => `That is the capital you already have, is it${named(name)}? Not recorded. For new capital, write "added capital 500k".`,
    not_to_record: (name) => `All right${named(name)}, that one is not recorded. If it was already recorded, type "undo".`,
    paid_by_other: (name) =>
      `Someone else paid, did they${named(name)}? Nothing recorded. If a buyer paid you, write e.g. "Bu Sumi paid 100k"; if it was a business purchase, write "bought fuel 20k".`,
    others_money: (name) =>
      `That is someone else's money, or paid for someone else, is it${named(name)}? Nothing recorded. For your own business purchase, write e.g. "bought gas 22k".`,
    price_talk: (name) => `That is what it costs at the market, is it${named(name)}? Not recorded. If you bought some, write e.g. "bought chilli 1 kg 80k".`,
    debtor_unnamed: (name) => `Who paid off the debt${named(name)}? Write it with their name, e.g. "Bu Tin paid her debt 20k", so I can match it to what they owe.`,
    consignment_placed: (name) =>
      `Goods left at a shop become a sale once they sell${named(name)}. Nothing recorded yet. When some sell or the shop pays, write e.g. "consigned at Bu Yanti's shop sold 12 @10k".`,
    own_purse_move: (name) => `That money moved within your own business, did it${named(name)}? Not recorded. If it was taken for the home, write e.g. "took 300k for the household".`,
  },
  askConfirmCredit: ({ entries, date, today, customer, debts }) => {
    const lines = ['Did you mean this?'];
    for (const e of entries) lines.push(`• ${kindLine(e)}`);
    if (date !== today) lines.push(`📅 ${longDate(date, EN_DATES, today)}`);
    const owed = entries.filter((e) => e.kind === 'sale').reduce((sum, e) => sum + e.amount, 0);
    if (debts) for (const d of debts) lines.push(`• 📒 ${d.customer} has not paid ${formatRupiah(d.amount)} yet`);
    else lines.push(`📒 ${customer} has not paid ${formatRupiah(owed)} yet`);
    lines.push('Reply "yes" to record it, or "no".');
    return lines.join('\n');
  },
  yes: 'yes',
  no: 'no',
  declined: 'OK, nothing recorded. Please write it again, e.g. "sold 12 brooches at 15k".',

  undone: ({ entries, today, totals }) => {
    // A message of several days: each entry named with its day (one day's totals would say nothing of the others').
    if (new Set(entries.map((e) => e.businessDate)).size > 1) {
      return entries.map((e) => `↩️ Cancelled ${withEntryDay({ ...e, date: e.businessDate }, kindLine(e), EN_DATES, today)}`).join('\n');
    }
    const lines = entries.map((e) => `↩️ Cancelled: ${kindLine(e)}`);
    const date = entries[0]?.businessDate ?? today;
    if (date !== today) lines.push(`📅 Entry of ${longDate(date, EN_DATES, today)}`);
    lines.push(totalsLine(date, today, totals));
    return lines.join('\n');
  },
  nothingToUndo: 'There is nothing to cancel yet. Record first, e.g. "sold 12 brooches at 15k".',
  revokedVoided: (entries) => listedEn('🗑️ Cancelled because its message was deleted:', entries),
  revokedVoidedFor: (member, entries) => listedEn(`🗑️ Cancelled for ${member} because its message was deleted:`, entries),
  revokedToldMember: (writer, entries) => listedEn(`🗑️ ${writer} deleted the message, so this entry is cancelled:`, entries),

  recap: (r, today) => {
    const current = r.from <= today && today <= r.to;
    const title = current
      ? { day: 'today', week: 'this week', month: 'this month' }[r.period]
      : { day: longDate(r.from, EN_DATES, today), week: 'week', month: 'month' }[r.period];
    const lines = [r.period === 'day' && !current ? `📊 Recap ${title}` : `📊 Recap ${title} (${dateSpan(r.from, r.to, EN_DATES)})`];
    if (r.entries === 0) {
      lines.push('Nothing recorded yet. Write e.g. "sold 12 brooches at 15k".');
      return lines.join('\n');
    }
    lines.push(`Sales: ${formatRupiah(r.sales)}`);
    if (r.returns) lines.push(`↩️ Returns: ${formatRupiah(r.returns)} (already taken off sales)`);
    lines.push(`Expenses: ${formatRupiah(r.expenses)}`);
    lines.push(r.profit >= 0 ? `Profit: ${formatRupiah(r.profit)}` : `Loss: ${formatRupiah(-r.profit)}`);
    // Household money and capital: not part of the profit, shown apart.
    if (r.withdrawals) lines.push(`Taken for the household: ${formatRupiah(r.withdrawals)}`);
    if (r.capital) lines.push(`Capital put in: ${formatRupiah(r.capital)}`);
    if (r.capitalToDate || r.withdrawalsToDate) {
      // Capital and sales in, expenses and household money out, over all her books to that day.
      lines.push(`Business money up to ${r.to >= today ? 'today' : shortDate(r.to, EN_DATES)}: ${formatRupiah(r.cash)}`);
    }
    lines.push(`${formatNumber(r.entries)} entries on ${r.daysRecorded} days`);
    if (r.topItems.length > 0) {
      lines.push(`Best sellers: ${r.topItems.map((t) => `${t.item} ${formatRupiah(t.amount)}`).join(' · ')}`);
    }
    return lines.join('\n');
  },

  help: [
    'How to use Dampingi:',
    '• Sales: "sold 12 brooches at 15k"',
    '• Expenses: "bought thread 50k"',
    '• Another day: "yesterday sold 3 scarves at 90k"',
    '• Recap: "recap", "recap week", "recap month"',
    '• Chart: "grafik", "grafik bulan"',
    '• Goods a buyer brought back: "retur 1 mukena 90rb"',
    '• Mistake: "undo"',
    '• Correct: reply to it with "ralat 150rb" or "bukan 12 tapi 10"',
    '• Your entries: /catatan, then "hapus 3"',
    '• Household money & capital: "ambil 50rb buat dapur", "tambah modal 500rb"',
  ].join('\n'),

  consoleLogin: {
    link: (url, code, minutes) =>
      `Log in to the programme console:\n${url}\nOr type the code ${code} on the login page. Valid ${minutes} minutes, once. Do not share it with anyone.`,
    code: (code, minutes) => `Console login code: ${code}\nValid ${minutes} minutes, once. Do not share it with anyone.`,
    privateOnly: 'To log in to the console, send /masuk in your private chat with me, not in a group.',
    noRole: ({ username, phone }) =>
      `Sorry, the console is for facilitators and programme staff only. If you need access, give your programme admin ${
        username ? `your Telegram username: @${username}` : phone ? `your phone number: ${phone}` : 'your phone number'
      }.`,
    off: 'Sorry, the web console is not switched on here.',
  },

  notUnderstood: 'Sorry, I did not understand. Try e.g. "sold 12 brooches at 15k" or "recap". Type "help" for more examples.',

  hello: (name, part) => `${part ? `Good ${EN_PART[part]} to you too` : 'Hello'}${named(name)} 😊 What shall we record today?`,
  salamBack: (name) => `Wa alaikum salam${named(name)} 🙏 What shall we record today?`,
  youAreWelcome: (name) => `You are welcome${named(name)} 😊`,
  gotIt: (name) => `Got it${named(name)} 👍`,

  questionExpired: ({ entries, date, today, answer }) =>
    answer === 'no'
      ? ['OK. That was not recorded:', ...guessedLinesEn(entries)].join('\n')
      : ['Sorry, my question has expired, so this was not recorded:', ...guessedLinesEn(entries), `If it is right, write it again: ${retypeText(entries, date, today, RETYPE_EN)}`].join('\n'),
  questionOvertaken: ({ entries, date, today, answer }) =>
    answer === 'no'
      ? ['OK. That was not recorded:', ...guessedLinesEn(entries)].join('\n')
      : ['My question was passed over by a newer message, so this was not recorded:', ...guessedLinesEn(entries), `If it is right, write it again: ${retypeText(entries, date, today, RETYPE_EN)}`].join('\n'),
  noOpenQuestion: (answer) =>
    answer === 'no'
      ? 'OK, nothing recorded.'
      : 'No question of mine is waiting for an answer, so nothing was recorded. To record, write it in full, e.g. "sold 12 brooches at 15k".',

  moneyNotRecorded: {
    sale_return: 'Were goods returned? Write the goods and the money, e.g. "retur 1 mukena 90rb", and I will take it off your sales.',
    sale_return_mixed:
      'Please send the return in a message of its own, e.g. "retur 1 mukena 90rb", and the sales and purchases separately. Nothing was recorded yet.',
    not_business_money:
      'Savings, arisan, dues and aid are not business money, so I did not record it. If the money came out of your sales, write e.g.: "ambil 50rb buat arisan".',
    personal_money:
      'Money from your family is not a sale, so I did not record it. If it is capital for the business, write: "tambah modal 200rb".',
    change_given: 'Change given back is not a sale. Just write what sold, e.g.: "laku 3 bros 45rb".',
    loan_mention: 'A loan is not a sale, so I did not record it. If you paid an instalment, write: "bayar cicilan 300rb".',
    supplier_return:
      'Goods sent back to your supplier are not a sale, so nothing was recorded. If your purchase came to less, reply to it with "ralat" and the right amount, e.g. "ralat 40rb".',
    refund_unclear:
      'Is this refund from a buyer or from your supplier? If a buyer brought goods back, write e.g. "dikembalikan pembeli 1 mukena 90rb". Nothing was recorded yet.',
    money_back_to_her:
      'Did someone give this money back to you? That is not a sale. If they paid back what they owed you, write e.g. "Bu Tin bayar utang 100rb". If a buyer brought goods back, write "dikembalikan pembeli 1 mukena 90rb". Nothing was recorded yet.',
    postage_by_buyer:
      'Postage the buyer pays only passes through, it is not your money, so I did not record it. If you bore it, write e.g. "ongkir saya tanggung 15rb".',
    money_lost:
      'Money lost or taken by a cheat is not a sale, so I did not record it. Write what sold as usual, e.g. "laku 3 bros 45rb".',
    windfall:
      'A prize or lottery money is not a sale, so I did not record it. If you put it into the business, write: "tambah modal 200rb".',
  },

  noOpenLead: 'There is no market lead to answer yet. To record a sale, write e.g. "sold 12 brooches at 15k".',

  repaymentAskAmount: 'How much was paid? E.g.: bayar cicilan 883rb',
  askRepayment: (amount) => `Do you mean you paid a loan instalment of ${formatRupiah(amount)}?\nReply "ya" to record it, or "tidak".`,
  repaymentDeclined: 'OK, the instalment was not recorded. If you paid, write e.g. "bayar cicilan 300rb".',
  repaymentQuestionExpired: (amount) =>
    `My question about the instalment of ${formatRupiah(amount)} has expired, so nothing was recorded. If you paid, write it again, e.g. "bayar cicilan 300rb".`,
  askSetor: (amount) =>
    `What was the ${formatRupiah(amount)} deposit for? If it is a loan instalment, write: "setor cicilan ${formatRupiah(amount)}". Savings and arisan are not recorded.`,
  repaymentNoLoan: 'There is no loan recorded for you or your group. Please ask your facilitator, e.g.: "Is my loan recorded?"',
  repaymentWhichLoan: (labels) => {
    const groups = labels.filter((l): l is string => l !== null);
    return [
      'You have several loans. Write each instalment in its place:',
      ...(labels.includes(null) ? ['• Personal loan: in this chat, e.g. "bayar cicilan pribadi 300rb"'] : []),
      ...groups.map((g) => `• Loan of group ${g}: in the ${g} group chat`),
    ].join('\n');
  },
  repaymentRecorded: ({ amount, label, status }) => {
    const waiting = status.awaitingConfirmation > 0 ? ', waiting for the facilitator to confirm' : '';
    const standing = standingLinesEn({ ...status, awaitingConfirmation: 0 });
    return [`✅ Instalment ${formatRupiah(amount)} recorded${label ? ` (${label})` : ''}${waiting}.`, ...standing].join('\n');
  },
  repaymentReported: ({ amount, label }) => `📝 Instalment ${formatRupiah(amount)}${label ? ` (${label})` : ''} noted, waiting for the treasurer or facilitator to confirm.`,
  repaymentToConfirm: ({ payer, amount, label, paymentId }) =>
    `${who(payer) || 'A member'} says she paid an instalment of ${formatRupiah(amount)}${label ? ` for group ${label}` : ''}. Did you receive it? Tap confirm or reply: /konfirmasi ${paymentId}`,
  confirmWord: 'confirm',
  confirmUsage: 'Write the payment number, e.g.: /konfirmasi 12',
  alreadyConfirmed: 'That payment was already confirmed. Nothing more to do.',
  paymentConfirmedForPayer: ({ amount, label }) => `✅ Your instalment of ${formatRupiah(amount)}${label ? ` (${label})` : ''} is confirmed. Thank you.`,
  loanStanding: ({ label, status }) =>
    [`💰 Loan ${label ?? '(personal)'}: ${formatRupiah(status.totals.paid)} of ${formatRupiah(status.totals.total)} paid.`, ...standingLinesEn(status)].join('\n'),

  optedOut: 'OK, you will get no more reminders or market leads. You can still record sales as usual. Type START to receive them again.',
  optedIn: 'Done, you will receive reminders and market leads again. Type STOP at any time to stop.',

  joinUsage: 'Write the group code from your facilitator, e.g.: /gabung MLT4K9',
  joinInPrivate: 'To join, send /gabung CODE to me in a private chat.',
  joined: (group) => `🎉 Welcome to the ${group} group! Your books stay yours and count in the group from now on.`,
  alreadyMember: (group) => `You are already a member of ${group}.`,
  askName: 'May I know your name? Reply with just your name, e.g.: Ani',
  nameSaved: (name) => `Thank you${named(name)}.`,
  askNameAgain: 'By the way, what is your name? Reply with just your name, e.g.: Siti',
  nameSkipped: 'No problem. Whenever you like, write: nama saya Siti',
  nameChanged: (name) => `✅ OK, I will call you ${who(name) || name}.`,
  nameProblem: (problem) => NAME_PROBLEM_EN[problem],
  renameUsage: 'Write your name after /nama, e.g.: /nama Siti Aminah',
  askPhone:
    'If your facilitator registered you with your phone number, press the button below so your records become one. The number is used only for that.',
  askPhoneButton: '📱 Send my phone number',
  phoneKnown: 'I already know your number from WhatsApp. No need to send it.',
  phoneSaved: '✅ Thank you, your phone number is saved.',
  phoneMerged: (name) => `✅ Thank you${named(name)}. Your number matches your facilitator's list: your records are one now.`,
  phoneMergedStaff: (name) => `✅ Thank you${named(name)}. Your number matches the programme's records: this chat is linked to you now. Send /masuk to log in to the programme console.`,
  phoneTaken: 'This number is already linked to other records, so I left it unchanged. Please ask your facilitator for help.',
  phoneInvalid: 'Sorry, I could not read that number. Please press "Send my phone number" again.',
  renameMemberUsage: 'Write the member and then the new name, e.g.: /nama @Ani Siti Aminah, or /nama Ani Lestari jadi Siti Aminah',
  memberRenamed: (from, to) => `✅ ${from} is now called ${to}.`,
  renamedByFacilitator: (name) => `Your facilitator changed your name in the group's books to ${name}. If it is not right, reply: nama saya …`,
  memberJoined: (name, group) => `👋 ${name} joined the ${group} group.`,
  linkUsage: 'Write the group code, e.g.: /hubungkan MLT4K9',
  linkInGroup: 'Send /hubungkan CODE in the group chat, not in a private chat, e.g.: /hubungkan MLT4K9',
  linked: (group) => `✅ This chat is now linked to the ${group} group. Members can record their sales here.`,
  codeLocked: ({ minutes, minuteOfDay }) =>
    `That code was wrong several times. To keep the groups safe, please try again from ${clockEn(minuteOfDay)} (in about ${minutes} minutes), e.g.: /gabung MLT4K9`,
  linkTakeoverRefused: ({ current, wanted, currentFacilitator }) =>
    `That chat is already linked to the ${current} group (facilitator ${currentFacilitator}), so I did not move it to ${wanted}. She has been told. If it really should move, please talk to her.`,
  linkTakeoverTried: ({ by, current, wanted }) =>
    `⚠️ ${by} tried to link the ${current} group chat to the ${wanted} group. I refused, so the chat stays linked to ${current}.`,
  chatNotLinked: 'This chat is not linked to a group yet. The facilitator can send /hubungkan CODE here.',
  pendingMember: (name, group) =>
    `${name} wrote in the ${group} chat but is not a member yet. To accept her, write in that chat: /peran ${name} anggota`,
  noGroupsYet: 'You do not run any group yet. Ask the admin to create one, then send /hubungkan CODE in its group chat.',
  whichGroup: (groups) => `You run several groups: ${groups.join(', ')}. Write the command in that group's chat, or add its name, e.g. /anggota ${groups[0] ?? ''}.`,
  roleUsage: 'Write the name and the role, e.g.: /peran @Ani bendahara (roles: ketua, sekretaris, bendahara, anggota).',
  roleSet: (name, role) => `✅ ${name} is now ${ROLE_EN[role]}.`,
  memberNotFound: (name) => `There is no member called ${name} in this group. Type /anggota to see the names.`,
  memberAmbiguous: (name) => `Several members are called ${name}. Write the full name, e.g. "${name} Lestari".`,
  memberList: (group, members) => {
    if (members.length === 0) return `The ${group} group has no members yet.`;
    const lines = [`👥 Members of ${group} (${members.length}):`];
    for (const m of members) {
      lines.push(`• ${m.name}${m.role !== 'anggota' ? ` — ${ROLE_EN[m.role]}` : ''}${m.status === 'pending' ? ' (not accepted yet)' : ''}`);
    }
    return lines.join('\n');
  },
  notRecorded: (group, names) =>
    names.length === 0
      ? `👍 Everyone in ${group} has recorded this week.`
      : [`Not recorded this week in ${group} (${names.length}):`, ...names.map((n) => `• ${n}`)].join('\n'),
  leadInPrivate: 'Please create leads in a private chat with me, e.g.: /peluang asesoris: needs 200 brooches',
  leadFormError: (error, unknown, known) =>
    ({
      no_colon: 'Write the trade, a colon, then the text. E.g.: /peluang asesoris: Campus graduation 12 Dec, needs 200 brooches, batas 5 Dec',
      no_trade: unknown.length ? `Unknown trade "${unknown.join(', ')}". Choices: ${known.join(', ')}.` : `Name the trade. Choices: ${known.join(', ')}. E.g.: /peluang ${known[0] ?? 'asesoris'}: needs 200 brooches`,
      no_text: 'The lead text is empty. Write it after the colon, e.g.: /peluang asesoris: needs 200 brooches',
      too_long: 'The lead text is too long. Please keep it under 1,000 characters, e.g.: Campus graduation 12 Dec, needs 200 brooches.',
    })[error],
  leadAskTrades: (names) => ['Which trades is this lead for? Reply with the numbers (several allowed, e.g. 1,3):', ...names.map((n, i) => `${i + 1}. ${n}`)].join('\n'),
  leadAskText: 'Write the lead: the event, the date, what is needed. E.g.: Campus graduation 12 Dec, needs 200 brooches.',
  leadAskDeadline: 'Until when may members answer? E.g.: 5 Dec. Type "skip" if none.',
  leadAskQuantity: 'How many are needed? Write the number, or "skip".',
  leadAskDownPayment: 'Is there a down payment, in percent? E.g.: 50. Type "skip" if none.',
  leadCancelled: 'OK, the lead was not sent. To make another, type /peluang.',
  leadConfirmAgain: 'Send this lead now? Reply "send" or "no".',
  leadSendWord: 'send',
  leadPreview: (lead, reach) =>
    ['The lead will read:', '', leadBody(lead), '', `It goes to ${reach.groups} groups (${reach.groupChats} group chats) and ${reach.people} members.`, 'Send now? Reply "send" or "no".'].join('\n'),
  leadBroadcast: (lead) => leadBody(lead),
  leadSent: (code, reach) => `📤 Lead ${code} is being sent to ${reach.groupChats} group chats and ${reach.people} members. See the answers with /peluang ${code}.`,
  leadWhich: (codes) => `Which lead is this for? Write e.g.: minat ${codes[0]} 50. Open leads: ${codes.join(', ')}.`,
  leadAnswered: (lead, quantity) =>
    quantity === null
      ? `✅ Your interest in lead ${leadName(lead)} is noted. How many can you make? Reply e.g.: minat ${lead.code} 50`
      : `✅ Your interest in lead ${leadName(lead)} is noted: ${formatNumber(quantity)}. The facilitator will contact you.`,
  leadTally: (lead, name, quantity, tally) =>
    `📥 Lead ${leadName(lead)}: ${name} interested${quantity === null ? '' : ` in ${formatNumber(quantity)}`}. Total ${tally.people} people, ${formatNumber(tally.quantity)}${lead.quantityWanted ? ` of ${formatNumber(lead.quantityWanted)}` : ''}.`,
  leadWhichDecline: (codes) => `Which lead is this for? Write e.g.: ${codes[0]} belum bisa. Open leads: ${codes.join(', ')}.`,
  leadDeclined: (lead) => `All right, no problem. Lead ${leadName(lead)} is skipped. Maybe the next one fits 🙏`,
  leadDeclineHow: (lead) => `If you mean to skip lead ${leadName(lead)}, reply to its message with "belum bisa", or write: ${lead.code} belum bisa`,
  leadDeclineKeepsInterest: (lead, quantity) =>
    `You said you are interested${quantity !== null ? ` (${formatNumber(quantity)})` : ''} in lead ${leadName(lead)}, and that still stands. If you want to step back, write: ${lead.code} belum bisa`,
  leadDeclineTally: (lead, name, tally) =>
    `📥 Lead ${leadName(lead)}: ${name} cannot take it. Interested: ${tally.people} people, ${formatNumber(tally.quantity)}${lead.quantityWanted ? ` of ${formatNumber(lead.quantityWanted)}` : ''}; declined: ${tally.declines.length}.`,
  leadDetails: (lead, tally, stats) => {
    const lines = [
      `📢 Lead ${lead.code} (${lead.status})`,
      lead.text,
      `Sent: ${stats.sent} · waiting: ${stats.queued} · failed: ${stats.failed} (${stats.groupChats} group chats, ${stats.people} members)`,
      `Answers: ${tally.people} people, ${formatNumber(tally.quantity)}${lead.quantityWanted ? ` of ${formatNumber(lead.quantityWanted)}` : ''}`,
    ];
    for (const r of tally.responses) {
      lines.push(`• ${r.name}: ${r.quantity === null ? '?' : formatNumber(r.quantity)}${r.awardedQuantity ? ` — picked ${formatNumber(r.awardedQuantity)}` : ''}`);
    }
    if (tally.declines.length > 0) lines.push(`Declined: ${tally.declines.map((d) => d.name).join(', ')}`);
    return lines.join('\n');
  },
  leadList: (rows) =>
    rows.length === 0
      ? 'You have not sent any lead yet. Start with /peluang, e.g.: /peluang asesoris: needs 200 brooches'
      : ['Your leads:', ...rows.map(({ lead, tally }) => `• ${lead.code} ${lead.status === 'open' ? '🟢' : '⚪'} ${truncate(lead.text, 40)} — ${tally.people} people, ${formatNumber(tally.quantity)}`)].join('\n'),
  leadCloseUsage: 'Write the lead code, e.g.: /tutup P12',
  leadClosedForOwner: (lead, tally) => `🔒 Lead ${leadName(lead)} is closed. Answers: ${tally.people} people, ${formatNumber(tally.quantity)}.`,
  leadClosedForAnswerer: (lead) => `🔒 Lead ${leadName(lead)} is closed. Thank you for your interest.`,
  leadAwardUsage: 'Write the code, the name and the quantity, e.g.: /pilih P12 @Ani 100',
  leadNotResponder: (name, code) => `${name} has not answered lead ${code}. Type /peluang ${code} to see who answered.`,
  leadAwarded: (lead, quantity) => `🎉 You were picked for lead ${leadName(lead)}: ${formatNumber(quantity)}. The facilitator will contact you with the details.`,
  leadAwardDone: (name, lead, quantity) => `✅ ${name} picked for lead ${leadName(lead)}: ${formatNumber(quantity)}. She has been told.`,
  reminderRepayment: ({ reader, borrower, number, dueDate, days, amount }) => {
    const what =
      borrower === null ? `your instalment ${number}` : 'group' in borrower ? `instalment ${number} of group ${borrower.group}` : `${borrower.member}'s instalment ${number}`;
    const due = longDate(dueDate, EN_DATES);
    // The facilitator does not pay: she is asked to help the one who does.
    const ask =
      reader !== 'facilitator'
        ? undefined
        : borrower !== null && 'member' in borrower
          ? `Please give ${borrower.member} a kind reminder.`
          : "Please give the group's treasurer a kind reminder.";
    if (days > 1) return `⏰ Reminder: ${what}, ${formatRupiah(amount)}, is due on ${due} (in ${days} days).`;
    if (days === 1) return `⏰ Reminder: ${what}, ${formatRupiah(amount)}, is due tomorrow, ${due}.`;
    const you = reader === 'group_chat' ? `, ${address('group', 'en')}` : '';
    if (days === 0) return `⏰ Today is the last day to pay ${what}: ${formatRupiah(amount)}. ${ask ?? `Please pay it in${you}.`}`;
    return `⚠️ ${what[0]!.toUpperCase()}${what.slice(1)} is ${-days} day${days === -1 ? '' : 's'} late (due ${due}). Still owed: ${formatRupiah(amount)}. ${ask ?? `Please pay it in soon${you}.`}`;
  },
  reminderNudge: (name) => `📒 ${hello(name)}! You have recorded no sales this week. One short message is enough, e.g.: laku 12 bros @15rb`,
  reminderDigest: ({ group, from, to, members, recorded, sales, expenses }) =>
    [
      `📊 Group ${group} this week (${dateSpan(from, to, EN_DATES)})`,
      ...(recorded === 0
        ? ['Nobody has recorded anything this week. One short message is enough: laku 12 bros @15rb']
        : [`Recorded: ${recorded} of ${members} members`, `Sales: ${formatRupiah(sales)}`, `Expenses: ${formatRupiah(expenses)}`, 'Thank you for recording, everyone! 🙏']),
    ].join('\n'),
  reminderQuarterly: ({ name, from, turnover }) =>
    [
      `📋 ${hello(name)}! Report for ${quarterEn(quarterOf(from))}.`,
      `Turnover from your books: ${formatRupiah(turnover)}`,
      turnover > 0
        ? 'What are your business assets now, and how many employees? Reply e.g.: aset 5jt karyawan 2'
        : 'What are your business assets now, your turnover, and how many employees? Reply e.g.: aset 5jt omset 3jt karyawan 2',
    ].join('\n'),
  quarterlyReportSaved: ({ to, assets, turnoverReported, turnoverFromBooks, employees }) =>
    [
      `✅ Report for ${quarterEn(quarterOf(to))} saved:`,
      `Assets: ${assets === null ? 'not written yet' : formatRupiah(assets)}`,
      turnoverReported === null
        ? `Turnover: ${formatRupiah(turnoverFromBooks)} (from your books)`
        : `Turnover: ${formatRupiah(turnoverReported)} (your books: ${formatRupiah(turnoverFromBooks)})`,
      `Employees: ${employees === null ? 'not written yet' : formatNumber(employees)}`,
      assets === null || employees === null ? `Send what is missing, e.g.: ${assets === null ? 'aset 5jt' : 'karyawan 2'}` : 'Thank you.',
    ].join('\n'),
  chartLabels: ({ period, from, to, today }) => ({
    title: `${from <= today && today <= to ? (period === 'week' ? 'This week' : 'This month') : period === 'week' ? 'Week' : 'Month'} · ${periodSpan(from, to, EN_DATES, today)}`,
    sales: 'Sales',
    expenses: 'Expenses',
    day: (date) => (period === 'week' ? ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][dayOfWeek(date)]! : String(Number(date.slice(8, 10)))),
    amount: (value) => abbreviateAmount(value, EN_UNITS),
  }),
  chartCaption: (r, today) =>
    [
      `📊 Chart ${r.from <= today && today <= r.to ? `this ${r.period === 'week' ? 'week' : 'month'}` : r.period === 'week' ? 'week' : 'month'} (${periodSpan(r.from, r.to, EN_DATES, today)})`,
      `Sales: ${formatRupiah(r.sales)}`,
      `Expenses: ${formatRupiah(r.expenses)}`,
      r.profit >= 0 ? `Profit: ${formatRupiah(r.profit)}` : `Loss: ${formatRupiah(-r.profit)}`,
    ].join('\n'),
  chartEmpty: (period, today, { from, to }) =>
    `Nothing recorded ${from <= today && today <= to ? 'this ' : 'that '}${period === 'week' ? 'week' : 'month'}, so there is no chart yet. Write e.g. "sold 12 brooches at 15k".`,
  // Flood throttling
  floodNotice: "That's a lot of messages at once, so I'm recording them slowly. Nothing is lost. Once they are all recorded, I'll send the totals.",

  // A message set aside after its handling kept failing
  setAsideNotice:
    "Sorry, I could not record this message yet. It has been kept for our team to look at, so there is no need to send it again. I'll tell you once it is recorded.",

  // Corrections, remembered prices, household money
  askAmountFor: (item) =>
    item
      ? `How much money was it for the ${item}? Add the price, e.g. "sold 5 ${item} at 15k" or "sold 5 ${item} 75k".`
      : 'How much money was it? Add the price, e.g. "sold 5 brooches at 15k" or "sold 5 brooches 75k".',
  askPriced: ({ entries, date, today, source, group }) => {
    const lines = [source === 'own' ? 'Use your last price?' : `Use the price of group${group ? ` ${group}` : ''}?`];
    for (const e of entries) lines.push(`• ${entryLine(e)}`);
    if (date !== today) lines.push(`📅 ${longDate(date, EN_DATES, today)}`);
    lines.push('Reply "yes" to record it, or "no".');
    return lines.join('\n');
  },
  priceDeclined: (item) => `OK, not recorded. What was the price? Write e.g. "sold 5 ${item ?? 'brooches'} at 15k".`,
  editTooOld: (date, today) =>
    `That message of ${longDate(date, EN_DATES, today)} is too old, so I did not change the books. Type /catatan to see your entries, or ask your facilitator.`,
  corrected: ({ old, new: replacement, date, today, totals }) => {
    const lines =
      old.length === 1 && replacement.length === 1
        ? [`✏️ Changed: ${changeLine(old[0]!, replacement[0]!)}`]
        : ['✏️ Changed:', ...old.map((e) => `  ✗ ${kindLine(e)}`), ...replacement.map((e) => `  ✓ ${kindLine(e)}`)];
    // The day's totals line names the day when it is not today.
    lines.push(totalsLine(date, today, totals));
    return lines.join('\n');
  },
  nothingToCorrect: 'There is nothing to correct yet. Record first, e.g. "sold 12 brooches at 15k".',
  correctionUsage: 'Write the correction, e.g. "ralat 150rb" or "bukan 12 tapi 10", as a reply to the wrong message.',
  correctionWhich: (rows, today) =>
    [
      'That record has several lines. Which one is wrong? Delete it by its number, then write the right one again:',
      ...rows.map(({ number, entry }) => `${number}. ${entryDate(entry.businessDate, today)} · ${kindLine(entry)}`),
      `For example: "hapus ${rows[0]?.number ?? 1}"`,
    ].join('\n'),
  entryList: (entries, today) =>
    entries.length === 0
      ? 'Nothing recorded yet. Write e.g. "sold 12 brooches at 15k".'
      : [
          `📒 Your last ${entries.length} entries:`,
          ...entries.map((e, i) => `${i + 1}. ${entryDate(e.businessDate, today)} · ${kindLine(e)}`),
          'To delete one, type "hapus" and its number, e.g. "hapus 3".',
        ].join('\n'),
  deleted: ({ entry, today, totals }) =>
    [
      `🗑️ Deleted: ${kindLine(entry)}`,
      ...(entry.businessDate !== today ? [`📅 Entry of ${longDate(entry.businessDate, EN_DATES, today)}`] : []),
      totalsLine(entry.businessDate, today, totals),
    ].join('\n'),
  deleteNotFound: (index) => `There is no number ${index} in the list. Type /catatan to see it, then e.g. "hapus 1".`,
  listFirst: (index) => `Which number ${index}? Type /catatan first to see the list, then use its numbers, e.g. "hapus ${index}".`,
  listedGone: (index) => `Number ${index} of that list has been deleted already. Type /catatan for the latest list.`,
  deleteAllAsk: ({ entries, date, today }) =>
    [
      `Delete all ${entries.length} entries of ${date === today ? 'today' : longDate(date, EN_DATES, today)}?`,
      ...entries.map((e) => `• ${kindLine(e)}`),
      'Reply "yes" to delete them all, or "no".',
    ].join('\n'),
  deleteAllNone: (date, today) => `There are no entries of ${date === today ? 'today' : longDate(date, EN_DATES, today)} to delete. Type /catatan to see your entries.`,
  deletedAll: ({ entries, date, today, totals }) =>
    [
      `🗑️ Deleted ${entries.length} entries of ${date === today ? 'today' : longDate(date, EN_DATES, today)}:`,
      ...entries.map((e) => `• ${kindLine(e)}`),
      totalsLine(date, today, totals),
    ].join('\n'),
  deleteAllKept: 'OK, nothing deleted.',
  askKind: ({ entries, date, today }) => {
    const lines = ['Is this a sale or an expense?'];
    for (const e of entries) lines.push(`• ${withEntryDay(e, entryLine(e), EN_DATES, today)}`);
    if (date !== today && !ownDays(entries)) lines.push(`📅 ${longDate(date, EN_DATES, today)}`);
    lines.push('Reply "1" for a sale or "2" for an expense.');
    return lines.join('\n');
  },
  kindChoice: { sale: { label: '1. Sale', value: 'sales' }, expense: { label: '2. Expense', value: 'expense' } },
  kindQuestionExpired: ({ entries, date, today, answer }) => {
    const lines = entries.map((e) => `• ${entryLine(e)}`);
    if (answer === 'no') return ['OK. That was not recorded:', ...lines].join('\n');
    const as = (kind: 'sale' | 'expense') => retypeText(entries.map((e) => ({ ...e, kind })), date, today, RETYPE_EN);
    return [
      'Sorry, my question has expired, so this was not recorded:',
      ...lines,
      `If it was a sale, write "${as('sale')}"; if an expense, write "${as('expense')}".`,
    ].join('\n');
  },
  moved: ({ entries, from, to, today, totalsFrom, totalsTo }) =>
    [
      `📅 Moved from ${dayLabel(from, today)} to ${dayLabel(to, today)}:`,
      ...entries.map((e) => `• ${kindLine(e)}`),
      totalsLine(to, today, totalsTo),
      totalsLine(from, today, totalsFrom),
    ].join('\n'),
  movedAlready: (date, today) => `That entry is already for ${date === today ? 'today' : longDate(date, EN_DATES, today)}. Nothing changed. If it was another day, write e.g. "ralat, itu kemarin".`,
  kindAlready: (kind) => `That entry is already recorded as: ${KIND[kind]}. Nothing changed. Type /catatan to see your entries.`,
  correctionNotThatKind: (kind) => `Your last entry is not: ${KIND[kind]}. Type /catatan, then use its number, e.g. "ralat no 2, itu kemarin".`,
  correctionMismatch: ({ named, money, entries }) =>
    [
      `${money ? formatRupiah(named) : formatNumber(named)} is not in this entry:`,
      ...entries.map((e) => `• ${kindLine(e)}`),
      'Nothing changed. Write the wrong number and the right one, e.g. "bukan 15rb tapi 20rb", or the whole line again: "ralat: laku 3 bros @15rb".',
    ].join('\n'),
  correctionOtherItem: ({ number, entry, item }) =>
    [
      `${number !== null ? `Number ${number}` : 'That entry'} is ${kindLine(entry)} — not ${item}. Nothing changed.`,
      `If it really is ${item}, write it in full with its price, e.g. "ralat${number !== null ? ` no ${number}` : ''}: laku 3 ${item} @15rb".`,
    ].join('\n'),
  correctionAskOtherItem: ({ number, old, new: replacement }) =>
    [
      `${number !== null ? `Number ${number}` : 'That entry'} is ${kindLine(old)}. Replace it with other goods?`,
      ...replacement.map((e) => `• ${kindLine(e)}`),
      'Reply "yes" to replace it, or "no".',
    ].join('\n'),
  correctionKept: 'OK, nothing changed.',
  correctionUnsure:
    'Sorry, I could not read that correction, so nothing changed. Write e.g. "ralat 150rb", "bukan 12 tapi 10", "ralat, itu kemarin" or "ralat no 2: laku 3 bros @15rb".',
  undoUnsure:
    'Sorry, I did not understand, so nothing changed. To cancel your last entry, type "batal". To change it, write e.g. "ralat 150rb" or "ralat, itu kemarin".',
  priceSet: ({ group, item, unitPrice, unit }) => `✅ Group ${group} price: ${item} ${formatRupiah(unitPrice)}${unit ? `/${unit}` : ''}`,
  priceList: (group, prices) =>
    prices.length === 0
      ? `Group ${group} has no price list yet. The facilitator or the chair can write e.g. "/harga emping 80rb/kg".`
      : [`🏷️ Group ${group} prices:`, ...prices.map((p) => `• ${p.item} ${formatRupiah(p.unitPrice)}${p.unit ? `/${p.unit}` : ''}`)].join('\n'),
  priceInGroupChat: (groups) => `You look after several groups (${groups.join(', ')}). Send /harga in that group's chat, e.g.: /harga emping 80rb/kg`,
  priceNoGroup: 'You are not in a group yet, so there is no group price list. If you have a code from your facilitator, send e.g.: /gabung MLT4K9',

  // Orders, credit sales, entries on a member's behalf, voice notes and photos
  orderTaken: ({ order, today }) => {
    const due = order.dueDate ? `, due ${dueWordEn(order.dueDate, today)}` : '';
    const lines = [`📝 Order ${orderWhatEn(order, 'from')} ${order.customer} noted${due}.`, orderFactsEn({ ...order, dueDate: null }, today)[0]!];
    const day = order.orderDate === today ? 'today' : `on ${longDate(order.orderDate, EN_DATES, today)}`;
    if (order.paid > 0 && order.paid >= order.total) lines.push(`✅ Paid in full up front: ${formatRupiah(order.paid)} recorded as a sale ${day}.`);
    else if (order.paid > 0) lines.push(`✅ Down payment ${formatRupiah(order.paid)} recorded as a sale ${day}.`);
    return lines.join('\n');
  },
  orderAskCustomer: 'Who is the order from? Just reply with the name, e.g.: Bu Sri',
  orderNotTaken: (rawText) => `The order was not taken yet: it has no customer name. Write it again with the name, e.g.: "${rawText} dari Bu Sri"`,
  orderAskDetails:
    'Write the order with the customer and the price, e.g. "pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb, selesai 15 Des".',
  orderPaymentRecorded: ({ customer, paid, orders, applied, today }) => {
    const lines = [`✅ ${customer} paid ${formatRupiah(paid)} for the order — recorded as a sale.`];
    if (applied && orders.length > 1) {
      // Several open orders: say which ones the payment went to (oldest first), and how much.
      lines.push('Applied to the oldest orders first:');
      for (const a of applied) {
        const left = a.order.total - a.order.paid;
        lines.push(`• ${orderGoodsEn(a.order)}: +${formatRupiah(a.amount)} → paid ${formatRupiah(a.order.paid)} · ${left > 0 ? `left ${formatRupiah(left)}` : 'paid in full ✅'}`);
      }
      const rest = orders.filter((o) => !applied.some((a) => a.order === o) && o.total > o.paid);
      for (const o of rest) lines.push(`• ${orderGoodsEn(o)}: nothing paid now · left ${formatRupiah(o.total - o.paid)}`);
      if (orders.every((o) => o.paid >= o.total)) lines.push('🎉 All orders paid in full!');
      return lines.join('\n');
    }
    for (const o of orders) {
      if (orders.length > 1) lines.push(`• ${orderGoodsEn(o)}`);
      lines.push(...orderFactsEn(o, today));
    }
    if (orders.every((o) => o.paid >= o.total)) lines.push('🎉 Order paid in full!');
    return lines.join('\n');
  },
  paymentTooMuch: ({ customer, paying, owed }) =>
    `Hmm, ${formatRupiah(paying)} is more than is left: ${customer} owes only ${formatRupiah(owed)}. Not recorded — please check the amount.`,
  askPayment: (customer, amount) => `Did ${customer} pay you ${formatRupiah(amount)}?\nReply "ya" to record it, or "tidak".`,
  paymentDeclined: 'OK, the payment was not recorded. When you have the money, write e.g. "Bu Tin bayar 50rb".',
  paymentQuestionExpired: (customer, amount) =>
    `My question about ${customer}'s payment of ${formatRupiah(amount)} has expired, so it was not recorded. When you have the money, write it again, e.g. "Bu Tin bayar 50rb".`,
  nothingOpenFor: (customer) => `${customer} has no unpaid order or credit. Type /pesanan or /utang to see the lists.`,
  customerWhich: (name, names) => `Several customers fit "${name}": ${names.join(', ')}. Please write the name in full, e.g. "${names[0] ?? name} bayar 50rb".`,
  paymentAskAmount: (customer) => `How much did ${customer} pay? Write e.g. "${customer} bayar 200rb", or "${customer} lunas".`,
  orderList: (orders, today) =>
    orders.length === 0
      ? 'No unpaid orders. Record one like: "pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb, selesai 15 Des".'
      : [
          `📋 Unpaid orders (${orders.length}):`,
          ...orders.map(
            (o) => `• ${o.customer} — ${orderGoodsEn(o)}: ${formatRupiah(o.total - o.paid)} left${o.dueDate ? `, due ${dueWordEn(o.dueDate, today)}` : ''}`,
          ),
          `Total left: ${formatRupiah(orders.reduce((sum, o) => sum + o.total - o.paid, 0))}`,
        ].join('\n'),
  creditRecorded: ({ customer, amount, owed, entries, date, today, debts }) => {
    if (debts && debts.length > 1) {
      // A ledger of several customers: the entries and who owes what as one list, one line after it.
      const list = entries.map((e) => `• ${isReturn(e) ? '↩️ ' : ''}${kindLine(e)}`);
      if (date !== today) list.push(`📅 Recorded for ${longDate(date, EN_DATES, today)}`);
      for (const d of debts) list.push(`• 📒 ${d.customer} has not paid ${formatRupiah(d.amount)} yet${d.owed !== d.amount ? `, ${formatRupiah(d.owed)} owed in all` : ''}`);
      list.push(`✅ Recorded as sales. When one pays, write e.g. "${customer} bayar ${formatRupiah(amount)}".`);
      return list.join('\n');
    }
    const lines = entries.map((e) => `${isReturn(e) ? '↩️' : '✅'} ${kindLine(e)}`);
    if (date !== today) lines.push(`📅 Recorded for ${longDate(date, EN_DATES, today)}`);
    const all = owed !== amount ? `, ${formatRupiah(owed)} owed in all` : '';
    lines.push(`📒 ${customer} has not paid ${formatRupiah(amount)} yet${all} (counted as a sale that day).`);
    lines.push(`When she pays, write e.g. "${customer} bayar ${formatRupiah(amount)}".`);
    return lines.join('\n');
  },
  creditAskClearer: 'Write a sale not paid yet like this: "laku 3 kerudung @90rb, belum bayar Bu Tin".',
  creditCollected: ({ customer, paid, owed }) =>
    [
      `✅ ${customer} paid ${formatRupiah(paid)} of what she owed (not a new sale).`,
      owed > 0 ? `${customer} still owes ${formatRupiah(owed)}.` : `🎉 ${customer} has paid everything!`,
    ].join('\n'),
  receivableList: ({ customers, total }) =>
    customers.length === 0
      ? 'Nobody owes you anything. 👍'
      : [
          '📒 Not paid yet:',
          ...customers.map((c) => `• ${c.customer}: ${formatRupiah(c.owed)} (since ${shortDate(c.since, EN_DATES)})`),
          `Total not paid yet: ${formatRupiah(total)}`,
        ].join('\n'),
  onBehalfRecorded: ({ member, entries, date, today, credit }) => {
    const lines = [`✅ Recorded for ${member}:`, ...entries.map((e) => `• ${kindLine(e)}`)];
    if (credit) lines.push(`📒 ${credit} has not paid yet.`);
    if (date !== today) lines.push(`📅 ${longDate(date, EN_DATES, today)}`);
    lines.push(`${member} has been told.`);
    return lines.join('\n');
  },
  onBehalfToldMember: ({ facilitator, entries, date, today, credit }) => {
    const lines = [`📝 ${facilitator} recorded for you:`, ...entries.map((e) => `• ${kindLine(e)}`)];
    if (credit) lines.push(`📒 ${credit} has not paid yet.`);
    if (date !== today) lines.push(`📅 ${longDate(date, EN_DATES, today)}`);
    lines.push('If it is wrong, type "batal".');
    return lines.join('\n');
  },
  onBehalfWhich: (name, names) => `Several members are called "${name}": ${names.join(', ')}. Write the full name, e.g. "catat untuk ${names[0] ?? name}: laku 5 bros @15rb".`,
  onBehalfUsage: 'Write it like this: "catat untuk Ani: laku 5 bros @15rb".',
  onBehalfOnlyRecords: (member) =>
    `For ${member} I can only record sales and expenses, e.g. "catat untuk ${member}: laku 5 bros @15rb". Recaps and the rest ${member} asks for herself.`,
  onBehalfNotAllowed: (member) =>
    `Sorry, only a group facilitator or ketua can record for ${member}, so nothing was recorded — not in your books either. If this is your own sale, write it without the name, e.g. "laku 3 bros 45rb".`,
  onBehalfAskWho: (member, text) =>
    `Is this for ${member}? Nothing recorded yet. If so, write: "catat untuk ${member}: ${text}". If it is your own, write it without the name: "${text}".`,
  onBehalfAskName: (kin, text) =>
    `Which "${kin}" is this for? Nothing recorded yet. Write it with her name, e.g. "catat untuk Bu Ani: ${text}". If it is your own, write it without the name: "${text}".`,
  onBehalfAskClearer: (member) => `The entry for ${member} is unclear. Write it with quantity and price, e.g. "catat untuk ${member}: laku 5 bros @15rb".`,
  mediaForFacilitator: ({ member, kind, caption, attached }) =>
    [
      `${MEDIA_ICON_EN[kind]} ${member} sent a ${MEDIA_EN[kind]}. Help record it? Answer with: catat untuk ${member}: …`,
      ...(caption ? [`Caption: "${caption}"`] : []),
      ...(attached ? [] : [`(The ${MEDIA_EN[kind]} is kept, but it came through another app, so it cannot be forwarded here.)`]),
    ].join('\n'),
  mediaForwarded: (kind) =>
    kind === 'photo'
      ? '✅ Your photo has been forwarded to your facilitator. I cannot read photos yet, so please type it too, e.g. "laku 5 bros @15rb".'
      : `Sorry, I cannot listen to a ${MEDIA_EN[kind]} yet. Please type it, e.g. "laku 5 bros @15rb". Your ${MEDIA_EN[kind]} has been forwarded to your facilitator.`,
  mediaKeptNoFacilitator: (kind) =>
    kind === 'photo'
      ? 'I cannot read photos yet. Please type it, e.g. "laku 5 bros @15rb".'
      : `Sorry, I cannot listen to a ${MEDIA_EN[kind]} yet. Please type it, e.g. "laku 5 bros @15rb".`,
  whatsappRestricted: ({ until, today }) =>
    [
      `⚠️ WhatsApp is restricting Dampingi's number${until ? ` until ${longDate(until.date, EN_DATES, today)} at ${clockEn(until.minuteOfDay)}` : ' for now'}.`,
      'Until then I hold back reminders and notices on WhatsApp; answers to members who just wrote still go. The admin knows.',
    ].join(' '),
  whatsappRestrictionLifted: "✅ WhatsApp's restriction on Dampingi's number has ended. The held reminders and notices go out again, slowly.",
  heldMessageInGroup: (name) => `Hello${named(name)}, there is a message for you from Dampingi. Send me 'halo' in a private chat to read it.`,
  heldMessageNoGroupChat: (name) =>
    `A message for ${who(name) || 'a member'} is waiting: she has not written to me privately in the last 3 weeks, and her group has no WhatsApp group chat with me. Ask her to send 'halo' to this number; I send it at once.`,
  whatsappStopped:
    "⚠️ Dampingi is disconnected from WhatsApp and will not reconnect by itself. Members on WhatsApp get no answers until the admin fixes it. The admin has been told.",
  reminderOrderDue: ({ order, days }) =>
    [
      `⏰ The order ${orderWhatEn(order, 'for')} ${order.customer} is due ${days === 1 ? 'tomorrow' : days === 0 ? 'today' : `in ${days} days`}${order.dueDate ? `, ${longDate(order.dueDate, EN_DATES)}` : ''}.`,
      order.total > order.paid ? `Still to be paid: ${formatRupiah(order.total - order.paid)}.` : 'Already paid in full.',
    ].join('\n'),

  // Books tied to orders and credit sales
  linkEffects: (effects) =>
    effects
      .map((e) => {
        switch (e.kind) {
          case 'order_payment_removed':
            return `↩️ The payment of ${formatRupiah(e.amount)} on the order ${orderWhatEn(e.order, 'from')} ${e.order.customer} is taken back too — paid ${formatRupiah(e.order.paid)} · left ${formatRupiah(e.order.total - e.order.paid)}.`;
          case 'order_cancelled':
            return `↩️ The order ${orderWhatEn(e.order, 'from')} ${e.order.customer} is cancelled too, since its down payment was. If the order still stands, please write it again.`;
          case 'order_payment_changed':
            return `✏️ Payment on the order ${orderWhatEn(e.order, 'from')} ${e.order.customer}: ${formatRupiah(e.from)} → ${formatRupiah(e.to)} · paid ${formatRupiah(e.order.paid)} · left ${formatRupiah(e.order.total - e.order.paid)}.`;
          case 'credit_cancelled':
            return `↩️ What ${e.customer} owed for this sale (${formatRupiah(e.amount)}) is removed too.`;
          case 'credit_changed':
            return `✏️ ${e.customer}'s credit for this sale: ${formatRupiah(e.from)} → ${formatRupiah(e.to)}${e.owed > 0 ? ` · still owed ${formatRupiah(e.owed)}` : ' — paid in full 🎉'}.`;
        }
      })
      .join('\n'),
  linkRefused: (r) => {
    switch (r.reason) {
      case 'credit_collected':
        return `${r.customer} has already paid ${formatRupiah(r.collected)} of ${formatRupiah(r.amount)}, so I did not remove this sale. If the amount is wrong, reply to it with "ralat" and the right amount, at least ${formatRupiah(r.collected)}.`;
      case 'credit_below_collected':
        return `${r.customer} has already paid ${formatRupiah(r.collected)} for this sale, so it cannot be ${formatRupiah(r.wanted)}. Not changed. Write e.g. "ralat ${formatRupiah(r.collected)}" if that is the right amount.`;
      case 'order_too_much':
        return `Hmm, ${formatRupiah(r.wanted)} is more than can be paid on ${r.customer}'s order (at most ${formatRupiah(r.most)}). Not changed. Write e.g. "ralat ${formatRupiah(r.most)}" if that is the right amount.`;
      case 'linked_shape':
        return `That entry is ${r.customer}'s payment or credit, so its correction must stay one sale, e.g. "ralat 150rb". Not changed.`;
    }
  },

  // Weekly summary, group recap and quarterly report
  weeklySummary: (s) => {
    // Rupiah, not percentages.
    const move = (c: { difference: number }) => (c.difference === 0 ? 'unchanged' : `${c.difference > 0 ? 'up' : 'down'} ${formatRupiah(Math.abs(c.difference))}`);
    return [
      `📊 Your week${named(s.name)} (${dateSpan(s.week.from, s.week.to, EN_DATES)})`,
      `Sales: ${formatRupiah(s.week.sales)}`,
      `Expenses: ${formatRupiah(s.week.expenses)}`,
      s.week.profit >= 0 ? `Profit: ${formatRupiah(s.week.profit)}` : `Loss: ${formatRupiah(-s.week.profit)}`,
      s.lastWeek.entries === 0
        ? 'Nothing was recorded last week, so there is nothing to compare with.'
        : `Against last week: sales ${move(s.sales)}, profit ${move(s.profit)}.`,
      ...(s.best ? [`Best seller: ${s.best.item} (${formatRupiah(s.best.amount)})`] : []),
      'Thank you for keeping your books! 💪',
    ].join('\n');
  },
  groupRecap: (r, today) => {
    const when = `${r.from <= today && today <= r.to ? 'this ' : ''}${r.period === 'week' ? 'week' : 'month'}`;
    const money = (v: number) => (v >= 0 ? `profit ${formatRupiah(v)}` : `loss ${formatRupiah(-v)}`);
    return fitRecapText((n) =>
      [
        `📋 Group ${r.group} — ${when} (${dateSpan(r.from, r.to, EN_DATES)})`,
        `Recorded: ${r.totals.recorded} of ${r.totals.members} members`,
        ...(r.recorded.length
          ? [
              '',
              ...r.recorded
                .slice(0, n)
                .map(
                  (m, i) =>
                    `${i + 1}. ${m.name} — ${m.daysRecorded} ${m.daysRecorded === 1 ? 'day' : 'days'} · sales ${formatRupiah(m.sales)} · expenses ${formatRupiah(m.expenses)} · ${money(m.profit)}`,
                ),
              ...(r.recorded.length > n ? [`… and ${r.recorded.length - n} more members who recorded (counted in the total).`] : []),
              '',
              `Total: sales ${formatRupiah(r.totals.sales)} · expenses ${formatRupiah(r.totals.expenses)} · ${money(r.totals.profit)}`,
            ]
          : [`Nobody has recorded anything ${when}.`]),
        ...(r.silent.length ? ['', `Not recorded (${r.silent.length}): ${r.silent.slice(0, RECAP_MAX_SILENT).join(', ')}${r.silent.length > RECAP_MAX_SILENT ? `, and ${r.silent.length - RECAP_MAX_SILENT} more` : ''}`] : []),
      ].join('\n'),
    );
  },
  recapWhichGroup: (groups, example) =>
    `You have several groups: ${groups.join(', ')}. Write the command in that group's chat, or name the group, for example: ${example}`,
  recapGroupNotFound: (named, groups, example) =>
    `"${named}" is not one of your groups. Your groups: ${groups.join(', ')}. For example: ${example}`,
  quarterlyReportUsage:
    'Write the quarter like this: /laporan_triwulan 4 (or /laporan_triwulan 4 2026). Without a number, you get the last quarter that has ended.',
  quarterlyReportPreparing: (group, quarter) =>
    `⏳ The report for ${quarterEn(quarter)} of group ${group} is being made. I will send two files (Excel and PDF) shortly.`,
  quarterlyReportCaption: ({ group, quarter, format }) =>
    `📎 Report for ${quarterEn(quarter)} — group ${group} (${format === 'pdf' ? 'PDF, one page' : 'Excel'})`,
  quarterlyReportFailed: (group, quarter) =>
    `Sorry, the report for ${quarterEn(quarter)} of group ${group} could not be made. Please send it again later, e.g.: /laporan_triwulan ${quarter.slice(-1)}`,
  quarterlyLabels: {
    title: 'Quarterly Monitoring Report',
    group: 'Group',
    village: 'Village',
    district: 'District',
    quarter: 'Quarter',
    period: 'Period',
    facilitator: 'Facilitator',
    asOf: 'Data up to',
    made: 'Made',
    provisional: (asOf) => `provisional — data up to ${shortDate(asOf, EN_DATES)}`,
    comparison: ({ reporters, members, reported, books }) =>
      reporters === 0
        ? `Reported turnover: no member has reported her turnover yet (0 of ${members} members).`
        : `Reported turnover compared only for the ${reporters} of ${members} members who reported it: reported ${formatRupiah(reported)}, books ${formatRupiah(books)}.`,
    notes: [
      'Assets and Employees: the members\' answers to the quarterly question. Turnover (reported): the turnover a member reported. Turnover (books): the sales she recorded in Dampingi this quarter.',
      'Outstanding: principal and interest not yet paid (payments the facilitator has not yet confirmed are not taken off). Arrears: the part of instalments past their due date and not yet paid.',
      'On time: how many of the latest instalments in a row were paid in full by their due date (with several loans, the lowest).',
      'Rp0 means the value is zero; – means there is no data (not answered, nothing recorded, or no loan).',
    ],
    signatures: { ketua: 'Group ketua', facilitator: 'Facilitator', nameLine: 'Name and signature', date: 'Date' },
    reporterRow: (count) => `Reporting turnover (${formatNumber(count)})`,
    times: (count) => `${formatNumber(count)} ${count === 1 ? 'time' : 'times'}`,
    columns: {
      number: 'No',
      name: 'Name',
      role: 'Role',
      assets: 'Assets',
      turnoverReported: 'Turnover (reported)',
      turnoverFromBooks: 'Turnover (books)',
      employees: 'Employees',
      loans: 'Loans',
      outstanding: 'Outstanding',
      arrears: 'Arrears',
      streak: 'On time',
    },
    totals: 'Total',
    groupLoans: 'Group loans',
    leftMembersLoans: 'Loans of members who left',
    reported: (answered, members) => `Answered the quarterly questions: ${answered} of ${members} members`,
    sheetMembers: 'Members',
    sheetSummary: 'Summary',
    missing: '–',
    staffMark: '*',
    staffNote: '* Filled in by the facilitator or a programme manager on the member\'s behalf in the web console (not sent by the member herself).',
    left: (date) => `left ${shortDate(date, EN_DATES)} ${date.slice(0, 4)}`,
    leftNote: '(left …): a member who left the group during this quarter; her Turnover (books) counts her sales up to the day she left.',
    money: (value) => formatRupiah(value),
    quarterName: (from, to) =>
      `quarter ${Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1} (${EN_DATES.months[Number(from.slice(5, 7)) - 1]}–${EN_DATES.months[Number(to.slice(5, 7)) - 1]} ${to.slice(0, 4)})`,
    date: (date) => `${shortDate(date, EN_DATES)} ${date.slice(0, 4)}`,
  },
  // Exports
  exportDateInvalid: (raw) => `I do not recognise the date "${raw}". Write dates like 30/11/2026, e.g. /ekspor 01/11/2026 30/11/2026`,
  exportPrivateOnly: 'An export holds every member\'s books, so I send it only in a private chat. Send /ekspor to me directly.',
  exportWhichGroup: (groups) => `You run several groups: ${groups.join(', ')}. Which one should I export? For example /ekspor ${groups[0] ?? ''}`,
  exportGroupNotFound: (name, groups) =>
    groups.length ? `None of your groups is called ${name}. Your groups: ${groups.join(', ')}. E.g.: /ekspor ${groups[0]}` : `You run no group yet, so there is nothing to export. Ask the programme's admin to register your group first.`,
  exportPreparing: ({ group, from, to }) =>
    `⏳ Preparing… I will send the export of group ${group} (${exportSpanEn(from, to)}) shortly: one Excel file and one CSV file.`,
  exportCaption: ({ group, from, to, format, entries }) =>
    `📎 Group ${group}, ${exportSpanEn(from, to)} — ${format === 'xlsx' ? 'Excel (entries, per member, loans)' : 'CSV (entries)'}, ${formatNumber(entries)} entries`,
  exportFailed: ({ group, from, to }) => `Sorry, the export of group ${group} (${exportSpanEn(from, to)}) could not be made. Please send /ekspor again later.`,

  refusals: {
    // Groups, members and roles
    code_unknown: 'That code is unknown. Check it, or ask your facilitator for the latest code, then send e.g.: /gabung MLT4K9',
    not_facilitator: 'Sorry, this command is for group facilitators only. For your own books, type "recap".',
    not_your_group: 'Sorry, this group has another facilitator. Type /anggota in your own group\'s chat to see its members.',
    code_locked: 'That code was wrong several times. To keep the groups safe, please wait a little and try again, e.g.: /gabung MLT4K9',
    chat_linked_elsewhere: 'Sorry, this chat is already linked to another group. Only that group’s facilitator can move it. Type /anggota to see the group.',
    not_group_member:
      'Sorry, this group’s loan is for its members only. If you are new, please ask the facilitator to accept you first. You can still record your sales, e.g. "sold 12 brooches at 15k".',
    recap_not_allowed: 'Sorry, the group recap is only for the group’s facilitator or its ketua. For your own books, type "recap".',
    group_not_found: 'That group cannot be found. It may have been removed. Please ask your facilitator, e.g.: "Is my group still there?"',
    member_not_found: 'That member is not in this group. Type /anggota to see the names.',
    member_ambiguous: 'Several members have that name. Please write the full name, e.g. "Ani Lestari".',
    member_duplicate: 'The group already has a member with that name. Write the full name, e.g. "Ani Lestari".',
    role_invalid: 'That role is unknown. Choose one of: ketua, sekretaris, bendahara, anggota, e.g.: /peran @Ani bendahara',
    programme_not_found: 'That programme was not found. Check its name, e.g.: Program Desa Sukamaju',
    region_not_in_programme: "That region is not part of this group's programme. Choose a region of the same programme, e.g.: Kabupaten Sleman",
    person_not_found: 'That person was not found. Type /anggota to see the names.',
    last_admin: 'You are the last admin, so your admin role cannot be given up yet. Make someone else an admin first, e.g. on the Staff page, then try again.',
    // People, facilitators and groups
    name_invalid: 'That name cannot be used. Write a plain name of at most 80 letters, e.g.: Siti Aminah',
    phone_invalid: 'That phone number cannot be used. Write it like 0812 3456 7890.',
    phone_taken: 'That phone number already belongs to someone else. Write another, e.g. 0812 3456 7890.',
    telegram_id_invalid: 'That Telegram account number is not right. Write the digits only, e.g. 123456789.',
    facilitator_not_found: 'That facilitator cannot be found. Check the name, e.g.: Rina Wati',
    trade_missing: 'Name the kind of business, e.g. asesoris or kuliner.',
    trade_unknown: 'That kind of business is unknown. Please check the spelling, e.g.: asesoris or kuliner.',
    timezone_invalid: 'That time zone is unknown. Example: Asia/Jakarta (WIB).',
    village_invalid: 'That village name cannot be used. Write at most 80 letters, e.g.: Sukamaju',
    district_invalid: 'That district name cannot be used. Write at most 80 letters, e.g.: Cibeber',
    // Loans and instalments
    loan_terms_invalid: 'No instalment schedule can be made from those loan terms. Check the amount and length, e.g. 10 monthly instalments.',
    borrower_invalid: 'A loan goes to one group or to one member. Choose one, e.g. group Melati.',
    loan_group_ambiguous: 'This member is in more than one group. Which group is the loan given in? Name the group, e.g. group Melati.',
    loan_group_not_hers: 'This member is not an active member of that group, so the loan cannot be recorded there. Choose her own group, e.g. group Melati.',
    loan_not_found: 'That loan cannot be found. Type /cicilan to see your loans.',
    confirm_not_allowed: 'Sorry, only the group treasurer or facilitator can confirm payments. If you paid, write e.g. "bayar cicilan 300rb".',
    confirm_own_payment: 'You recorded this payment yourself, so someone else must confirm it. Ask the group treasurer or the facilitator, e.g. to type /konfirmasi with its number.',
    payment_amount_invalid: `The amount paid must be more than ${formatRupiah(0)}. Example: bayar cicilan 883rb`,
    payment_date_invalid: 'That payment date is before the loan was paid out, so it cannot be used. Write a later date, e.g. 30/11/2026.',
    payment_not_found: 'There is no payment with that number that you can confirm. Check the number in the report message, e.g.: /konfirmasi 12',
    date_invalid: 'That date is not on the calendar. Please check it, e.g. 30/11/2026.',
    // Market leads
    group_unknown: 'A group name is unknown. Check the spelling, e.g.: Melati',
    lead_unknown: 'There is no lead with that code. Check the code in the lead message, e.g.: minat P12 50',
    lead_closed: 'That lead is already closed. Wait for the next one, then reply e.g.: minat P12 50',
    lead_already_awarded: 'You were already picked for that lead. If you cannot do it, please tell your facilitator directly, e.g.: "I cannot take lead P12 after all."',
    not_a_responder: 'That member has not answered this lead, so she cannot be chosen yet. Type /peluang P12 (the lead code) to see who answered.',
    // Group prices
    price_not_allowed: 'Sorry, only the facilitator or the ketua of the group can set group prices. Type /harga to see the list.',
    price_invalid: 'Write the item and its price, e.g.: /harga emping 80rb/kg',
    // Orders and entries on a member's behalf
    order_no_total: 'What is the price of the order? Write e.g. "pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb".',
    order_down_payment_too_big: 'The down payment is more than the whole order. Please check it, e.g.: "pesanan 10 kerudung @85rb dari Bu Sri, DP 425rb".',
    on_behalf_not_member: 'Sorry, that member is not in a group you facilitate, so nothing was recorded. Type /anggota to see the names.',
    // Exports and quarterly reports
    export_range_invalid: `The start date must be before the end date, and one export covers at most ${formatNumber(MAX_EXPORT_DAYS)} days. E.g.: /ekspor 01/11/2026 30/11/2026`,
    report_empty: 'Your report is still empty. Write at least one figure, e.g.: aset 5jt karyawan 2',
    report_invalid: 'A figure is not right. Write plain numbers, not below zero, e.g.: aset 5jt karyawan 2',
  },
};

const ROLE_EN: Record<Role, string> = { ketua: 'chair', sekretaris: 'secretary', bendahara: 'treasurer', anggota: 'a member' };

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The lead as members read it: what, how many, down payment, deadline, how to answer. */
function leadBody(lead: LeadView): string {
  const facts = [
    lead.quantityWanted ? `Needed: ${formatNumber(lead.quantityWanted)}` : null,
    lead.downPaymentPercent ? downPaymentEn(lead.downPaymentPercent) : null,
    lead.deadline ? `Answer by: ${longDate(lead.deadline, EN_DATES)}` : null,
  ].filter(Boolean);
  return [
    `📢 Lead ${lead.code}${lead.trades.length ? ` — ${lead.trades.join(', ')}` : ''}`,
    lead.text,
    ...(facts.length ? [facts.join(' · ')] : []),
    `Interested? Reply to this message: MINAT 50 (how many you can make), or write: minat ${lead.code} 50`,
  ].join('\n');
}

/** "Campus graduation 12 Dec…" (P12): a lead named by what it is, its code to answer with. */
function leadName(lead: Pick<LeadView, 'code' | 'text'>): string {
  return `"${truncate(lead.text.split('\n')[0]!.trim(), 40)}" (${lead.code})`;
}

/** A down payment in words, not a percentage. */
function downPaymentEn(percent: number): string {
  if (percent >= 100) return 'Paid in full up front';
  if (percent === 50) return 'Down payment: half the price';
  if (percent === 25) return 'Down payment: a quarter of the price';
  return `Down payment: ${percent} in every 100 of the price`;
}

/** Where a loan stands, in a few short lines: next instalment, shortfall, arrears, streak. */
function standingLinesEn(status: LoanStatus): string[] {
  const lines: string[] = [];
  const next = status.nextDue;
  if (!next) lines.push('🎉 The loan is fully paid!');
  else {
    const instalment = status.instalments.find((i) => i.number === next.number);
    const partly = instalment && instalment.paid > 0;
    lines.push(
      partly
        ? `Instalment ${next.number} is still short by ${formatRupiah(next.amount)}, due ${longDate(next.dueDate, EN_DATES)}.`
        : `Next: instalment ${next.number}, ${formatRupiah(next.amount)}, due ${longDate(next.dueDate, EN_DATES)}.`,
    );
  }
  const over = status.totals.credit > 0 ? ` · overpaid by ${formatRupiah(status.totals.credit)}` : '';
  const star = status.eligible ? ' ⭐ eligible for rewards' : '';
  lines.push(`Arrears: ${formatRupiah(status.arrears)} · on time ${status.streak} times in a row${over}${star}`);
  if (status.awaitingConfirmation > 0) lines.push(`Waiting for the facilitator to confirm: ${formatRupiah(status.awaitingConfirmation)}.`);
  return lines;
}

// Orders and media
const MEDIA_EN = { voice: 'voice note', audio: 'recording', photo: 'photo' } as const;
const MEDIA_ICON_EN = { voice: '🎙️', audio: '🎙️', photo: '📷' } as const;

/** "10 embroidered scarves", or "no details" when the order names no goods. */
const orderGoodsEn = (o: OrderView): string => orderGoods(o, 'no details');

/** "of 10 scarves from" / "for": an order's goods before its customer, nothing when it names none. */
function orderWhatEn(o: OrderView, joiner: 'from' | 'for'): string {
  const goods = orderGoods(o, '');
  return goods ? `of ${goods} ${joiner}` : joiner;
}

function dueWordEn(due: string, today: string): string {
  return due === today ? 'today' : due === addDays(today, 1) ? `tomorrow (${shortDate(due, EN_DATES)})` : longDate(due, EN_DATES);
}

function orderFactsEn(o: OrderView, today: string): string[] {
  return [
    `Total ${formatRupiah(o.total)} · paid ${formatRupiah(o.paid)} · left ${formatRupiah(o.total - o.paid)}`,
    ...(o.dueDate ? [`Due: ${dueWordEn(o.dueDate, today)}`] : []),
  ];
}

const exportSpanEn = (from: string, to: string): string => yearSpan(from, to, EN_DATES);

/** A local minute of the day on a 24-hour clock: 09:05. */
function clockEn(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;
}
