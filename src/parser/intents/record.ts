/**
 * record (sales, expenses, withdrawals, capital; a credit sale names its customer) and
 * repayment (a member's loan instalment): the message read segment by segment as entries.
 */
import { withoutCountAsides } from '../count-aside.ts';
import { alikePayersSales } from '../alike-payers.ts';
import { unknownBuyerAtHead } from '../who-bought.ts';
import { trailingEachSpansLines } from '../trailing-each.ts';
import { pairCountsWithPrices, pairWorkCounts } from '../counts-one-price.ts';
import { priceThenBought } from '../price-then-bought.ts';
import { priceThenCount } from '../price-then-count.ts';
import { topUpList } from '../topup-list.ts';
import { namesPayChannel } from '../takings-count.ts';
import { downPaymentBesideSale } from '../down-payment.ts';
import { namesPayee } from '../money-out.ts';
import { repayClauseAfterSale, saleAmountBeforeRepay } from '../sale-before-repay.ts';
import type { Analysis } from '../analyze.ts';
import { S_GROUPED, S_MONEY, S_PLAIN, type NumExpr } from '../amount.ts';
import { C_APPROX, C_DOUBT, C_GUESS, C_MARKED, C_NO_VERB, C_NOT_FACT, C_PARTIAL, C_PLAIN_LARGE, Confidence, kindNamed, round2 } from '../confidence.ts';
import { kindsFromSigns, lineSigns } from '../signed-lines.ts';
import {
  F_EXPENSE, F_NEG, F_QUESTION, F_RECAP, F_SALE, F_SCALE, F_UNDO, F_WEAK, G_CAPITAL, G_CREDIT, G_HUNDRED, G_LEADPOST, G_LOAN, G_SE_SCALE,
  G_TEENS, F_UNIT, F_REPAY,
  G_TENS, G_WITHDRAW, G_HOUSEHOLD,
} from '../word-roles.ts';
import { remainderClause } from '../debt-remainder.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { buyerActAt, buyerClause, familyMoney, isBuyerWord, mentionsReturn, savingsIntoBusiness, setorKind } from '../money-owner.ts';
import { readReturn } from './sale-return.ts';
import { UNSURE_SLANG } from '../slang-numbers.ts';
import { netReturnedPieces, piecesCameBack } from './returned-pieces.ts';
import { netUnsoldRest } from '../unsold-rest.ts';
import { paidSoFarAt } from '../paid-so-far.ts';
import { buyerPaidAt } from '../buyer-paid-part.ts';
import { hasMark, M_HIDDEN, M_ORDINAL, M_PERCENT } from '../marks.ts';
import { notFactNotes } from '../not-fact.ts';
import { givenPrice } from '../given-price.ts';
import { scanRecord, type RecordScan } from '../scan-record.ts';
import { isServiceWord } from '../service-work.ts';
import { DISCOUNT_WORDS } from '../discount-word.ts';
import { periodBesideDay, periodSum } from '../period-sum.ts';
import { daysCounted } from '../days-counted.ts';
import { dpOrderCounts, dpOrderDay } from '../dp-received.ts';
import { settledEventDay } from '../settled-day.ts';
import { timeRate } from '../time-rate.ts';
import { resalePaid } from '../resale.ts';
import { L_CHATTER, L_ENTRY } from '../day-lines.ts';
import { addDays } from '../../core/dates.ts';

/** A record dated further back than this is asked about ("tgl 15/01/1970 laku …" is a typo, not 1970). */
/** A record dated further back than this is asked about, never recorded at once. */
export const OLDEST_DAYS_BACK = 60;
import { CONFIDENT, type ParsedEntry, type ParseResult } from '../types.ts';
import { creditSaysSale, creditWords, findCredit, tabStillUnpaid, LATER_DAY, PAY_LATER, payLaterEnd, withoutCredit, type CreditMark } from './credit.ts';
import { present, trigger } from '../triggers.ts';
import { customerAt } from './customer.ts';
import { someoneTakes } from '../entry-elements.ts';
import { judgeOwner, notRecorded } from './record-owner.ts';
import { householdBills } from '../household-bill.ts';
import { offeredPrice } from '../offered-price.ts';
import { analyze } from '../analyze.ts';
import { withoutForeignLines, withoutLoanLines } from '../foreign-lines.ts';
import { promiseLines } from '../promise-lines.ts';
import { loanCapitalLines } from '../loan-capital-lines.ts';
import { dayRange, splitPerDay, textOf } from '../per-day.ts';
import { readDays } from './record-days.ts';
import { judgeOutsideIncome } from '../outside-income.ts';
import { applyPercentDiscount, discountOnly } from '../discount-percent.ts';
import { checkStated, haggledSale, mentionsHaggle, statedPrices, withoutTokens } from '../stated-price.ts';
import { customerAdvance, deliveryDay, goodsAfterAmount, moneyIn, orderSource } from '../order-money.ts';
import { applyChange, readChange } from '../change-given.ts';
import { tenderAfterTotal } from '../tender-after-total.ts';
import { tenderAfterPrice } from '../tender-after-price.ts';
import { onlySupplyVerbs, serviceCostOnly } from '../cost-nouns.ts';
import { ordersUnderTradeHeading } from '../trade-heading.ts';
import { goodsReceived } from '../goods-received.ts';
import { boughtInputs, purposeClause, purposeReach } from '../business-inputs.ts';
import { customerActAt } from '../money-came-in.ts';
import { unreadPerWord, unsureBuyVerb, unsureSoldOut } from '../context-words.ts';
import { unsureSplit, unsureTimes } from '../counted-each.ts';
import { unsureDeal } from '../price-for-several.ts';
import { unsureContainerPrice } from '../container-weight.ts';
import { unclearSource } from '../money-sources.ts';
import { householdUse, sourceClauseJoined } from '../household-use.ts';
import { paidWithTakingsText } from '../paid-with-takings.ts';
import { collectedWork } from '../collected.ts';
import { resellerSetor } from '../reseller-setor.ts';
import { resellerFeeGiven } from '../reseller-fee.ts';
import { buyerBuys } from '../buyer-buys.ts';
import { passiveSale, shopBuyerUnclear } from '../passive-sale.ts';
import { customerPaysForWork } from '../took-in-work.ts';
import { splitsByUse } from '../purpose-units.ts';
import { columnLed, columnOnly } from '../tracker-columns.ts';
import { reportedPriceEntries, storyDates, storyMask, withoutStoryClauses } from '../story-clauses.ts';
import { inPastPrice, pastDaySpans } from '../past-price.ts';
import { moneyNotHanded, moneyReceived, planClauseEntries, unpaidPurchase, workFinished, workPaid } from '../work-paid.ts';
import { withoutUnpricedTails } from '../unpriced-tails.ts';
import { goldUnclear } from '../gold.ts';
import { ownGoodsSold } from '../own-goods.ts';
import { costOfSold } from '../cost-of-sold.ts';
import { kinMoney } from '../kin-money.ts';
import { personStockMoney } from '../person-stock-money.ts';
import { modalMeaning } from '../modal-meaning.ts';
import { finalPrice } from '../final-price.ts';
import { samePrice } from '../same-price.ts';
import { householdBuysInside } from './family-buys.ts';
import { namesValuable, valuableSoldForBusiness } from './outside-capital.ts';
import { readPostage } from '../postage.ts';
import { debtTaken, ownDebt, saleBesideDebt } from '../own-debt.ts';
import { spokenCorrection } from '../spoken-correction.ts';
import { calledOffClauses, undoOutside } from '../called-off-clause.ts';
import { kindTold } from '../kind-told.ts';
import { saleAfterPurchase } from '../sale-word.ts';
import { eachAfterTotal } from '../each-after-total.ts';
import { kindsShareAmount } from '../kinds-one-amount.ts';
import { restatedEntry } from '../restated-entry.ts';
import { detectCreditLedger } from './credit-ledger.ts';
import { ledgerCommand } from '../ledger-command.ts';
import { closingQuestion } from '../closing-question.ts';
import { lostOrWon } from '../lost-money.ts';
import { mixedUse } from '../mixed-use.ts';
import { othersGoods } from '../others-goods.ts';
import { othersTakingsAtHead } from '../others-takings-head.ts';
import { capitalPurposePriced, withoutCapitalPurpose, withoutPutIntoBusiness } from '../capital-purpose.ts';
import { discountUnpriced } from '../discount-unpriced.ts';
import { discountAsides } from '../discount-asides.ts';
import { discountOffWholeOnly } from '../discount-scope.ts';
import { applyOnePieceOff, onePieceOff } from '../one-piece-off.ts';
import { discountedBundleAsPieces } from '../bundle-discount.ts';
import { businessRemainder } from '../business-remainder.ts';
import { cutOrPiece } from '../cut-or-piece.ts';
import { priceMove } from '../price-move.ts';
import { topUpForOthers } from '../topup-for-others.ts';
import { movedToAccount } from '../moved-to-account.ts';
import { cateringSideUnclear } from '../catering-side.ts';
import { duesInstalment, receivedReadAsRepaid, repayOnlyPurpose } from '../repay-purpose.ts';

/** Words of a price's outcome: a line's second amount after them restates the first (see below). */
const OUTCOME_WORDS = new Set(['jadi', 'jd', 'jdi', 'diskon', 'potongan', 'dipotong', 'ditawar', 'tawar', 'dikasih', 'dikasi', 'harusnya',
  'seharusnya', 'cuma', 'hanya']);

/** Whether a line break stands between two tokens (a per-day view puts each day on lines of its own). */
function onOtherLine(a: Analysis, from: number | undefined, to: number | undefined): boolean {
  if (from === undefined || to === undefined) return false;
  for (let i = from; i < to; i++) if (a.tokens[i]?.type === T_NL) return true;
  return false;
}

const CAPITAL_STATEMENT = new Set(['modal usaha', 'modal usahanya']);
const SALE_CARRY = { kind: 'sale' as const, verbSeen: true, strong: true };

/**
 * Words of amounts that no amount took ("laku 3 bros xyz ewu", "rong ribu" misspelt): a
 * number she wrote in words was not understood, so nothing is recorded unasked.
 */
function unreadAmountWord(a: Analysis): boolean {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || a.numIn[i] !== -1 || a.marks[i] !== 0) continue;
    if (((t.f & F_SCALE) !== 0 && (t.f2 & G_SE_SCALE) === 0) || (t.f2 & (G_HUNDRED | G_TENS | G_TEENS)) !== 0) return true;
    if (UNSURE_SLANG.has(t.key)) return true; // "karet jigo": 25, 2.500 or 25.000? (slang-numbers.ts)
  }
  return false;
}

/** Verbs that only say money moved, in or out: "bayar", "dapat", "keluar", "masuk", "terima". */
const BARE_VERBS = new Set(['bayar', 'membayar', 'dibayar', 'keluar', 'dapat', 'masuk', 'terima', 'menerima', 'nerima',
  'diterima', 'pay', 'paid', 'keluarin', 'ngeluarin', 'mengeluarkan']);

/**
 * Whether the message's only money verbs are bare ones ("bayar 100rb", "dapat 300rb"): no
 * verb that says what happened ("laku", "beli"), and not the cash-book form "uang masuk".
 */
function bareMoneyVerb(a: Analysis): boolean {
  let bare = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    // (A clause another reader took away — the postage she bears, postage.ts — is not this reading's.)
    if (t.type !== T_WORD || a.marks[i] === M_HIDDEN) continue;
    if (t.key === 'dp' || t.key === 'terima dp') return false;
    const prev = a.tokens[i - 1];
    // "yang beli bros udah bayar 45rb", "yg ambil kue tadi bayar": after "yang" the verb is
    // what her buyer did, not her.
    // ("yang kemarin ambil kue udah bayar": when she took may stand between.)
    if (buyerActAt(a.tokens, i)) continue;
    if ((t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0) return false;
    if ((t.f & (F_SALE | F_EXPENSE)) === 0) continue;
    if ((t.f & F_WEAK) === 0 || !BARE_VERBS.has(t.key)) return false;
    if (prev?.key === 'uang' || prev?.key === 'duit') return false; // "uang masuk 500rb": the cash book's own words
    bare = true;
  }
  return bare;
}

/** The goods as the paying verb's object: "bayar barang", "bayar barangnya". */
const GOODS_PAID = new Set(['barang', 'barangnya', 'belanjaan', 'belanjaannya']);
function paidForGoods(a: Analysis): boolean {
  return a.tokens.some((t, i) => t.type === T_WORD && BARE_VERBS.has(t.key) && GOODS_PAID.has(a.tokens[i + 1]?.key ?? ''));
}

const PROFIT_WORDS = new Set(['untung', 'laba', 'keuntungan', 'rugi', 'profit', 'saldo']);
const T_PROFIT = trigger(PROFIT_WORDS);

/**
 * Her paid work named first ("bordir taplak 2 potong @85rb", "jahit gamis 2 @100rb") with a
 * discount taken off the sale read from it: "diskon" is the only announcement word, and it is
 * the discount she gave on that work, not a post offering one.
 */
function workDiscounted(a: Analysis, scan: RecordScan): boolean {
  const first = a.tokens[0];
  if (first?.type !== T_WORD || !isServiceWord(first.key) || scan.discountOn === null || !scan.entries.every((e) => e.kind === 'sale')) return false;
  for (const t of a.tokens) if (t.type === T_WORD && (t.f2 & G_LEADPOST) !== 0 && !DISCOUNT_WORDS.has(t.key)) return false;
  return true;
}

function hasProfitWord(a: Analysis): boolean {
  if (!present(a, T_PROFIT)) return false;
  for (const t of a.tokens) if (PROFIT_WORDS.has(t.key)) return true;
  return false;
}

function amountConfidence(strength: number, value: number): number {
  if (strength === S_MONEY) return 0.95;
  if (strength === S_GROUPED) return 0.93;
  if (value >= 1000) return 0.85;
  return C_PARTIAL;
}

/** The words right after a buyer's act, up to a number or a comma ("pesen nasi kuning 5 bungkus" → "nasi kuning"). */
function orderedGoods(a: Analysis, act: number): string | null {
  const words: string[] = [];
  for (let i = act + 1; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || a.numIn[i] !== -1 || (t.f & (F_SALE | F_EXPENSE)) !== 0) break;
    words.push(t.text);
  }
  return words.length > 0 ? words.join(' ') : null;
}

/** How many different titled people the message names ("Bu Tin … Bu Yati" is two). */
function namedPeople(a: Analysis): number {
  const names = new Set<string>();
  for (let i = 0; i < a.tokens.length; i++) {
    const who = customerAt(a, i);
    if (who) {
      names.add(who.name.toLowerCase());
      i = who.end - 1;
    }
  }
  return names.size;
}

/** "yg satu", "yg 2" before a name or a credit word (marks.ts): part of the goods is owed. */
function partOwed(a: Analysis): boolean {
  for (let i = 1; i < a.tokens.length; i++) {
    const prev = (a.tokens[i - 1] as Token).key;
    if (a.marks[i] === M_ORDINAL && (prev === 'yang' || prev === 'yg')) return true;
  }
  return false;
}

/** The words (besides a credit word) that let findCredit look for a credit sale: its caller's own test below. */
const T_CREDIT_WORDS = trigger(['belum', 'masih', 'depan'], PAY_LATER, LATER_DAY);

/** Pay words that say it is not paid yet ("belum bayar", "durung mbayar", "alun dibayia"). */
const UNPAID = new Set(['bayar', 'dibayar', 'membayar', 'lunas']);

/**
 * Whether the message's only verbs are a payment not yet made ("…, belum bayar", "…, bayar akhir bulan"): they say
 * the sale is on credit, they are no sale or purchase of their own.
 */
function onlyUnpaidVerbs(a: Analysis, setor: ReturnType<typeof setorKind>, credit: CreditMark): boolean {
  // (The paying put off counts only beside a credit word: "cucian bu Ani 4kg bayar nanti" — her
  // customer paying later, or she paying? — stays asked.)
  const owedWord = a.tokens.some((t) => t.key === credit.marker && (t.f2 & G_CREDIT) !== 0);
  if ((a.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0 || setor === 'stock') return false;
  let seen = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || (t.f & (F_SALE | F_EXPENSE)) === 0) continue;
    // ("Bu Sri kasbon minyak 36rb, bayar minggu depan", "…, bayar abis gajian": the paying put off,
    // with its day, is no verb of hers either.)
    const later = owedWord ? payLaterEnd(a.tokens, i) : -1;
    if (later > 0) {
      seen = true;
      i = later - 1;
      continue;
    }
    if (!UNPAID.has(t.key) || a.tokens[i - 1]?.key !== 'belum') return false;
    seen = true;
  }
  return seen;
}

function clauseEdge(t: Token | undefined): boolean {
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.'));
}

/**
 * "laku 3 bros 45rb, Bu Tin ngutang 20rb": the credit is written inside one sale's own clause
 * (money beside it) while another sale's clause has none — that other sale was paid, or owed
 * too? Asked. A credit clause of its own ("…, belum bayar Bu Tin") covers the sales before it.
 */
/** A bare count right before a unit word ("2 botol", "3 bungkus"): how many, not money. */
function countOfGoods(a: Analysis, k: number): boolean {
  const ex = a.nums[k];
  const n = ex === undefined ? undefined : a.tokens[ex.end];
  return ex !== undefined && ex.strength === S_PLAIN && n !== undefined && n.type === T_WORD && (n.f & F_UNIT) !== 0;
}

function creditInOneClause(a: Analysis, credit: CreditMark, entries: readonly { kind: string; at?: number }[]): boolean {
  const clauseOf = (i: number): [number, number] => {
    let s = i;
    while (s > 0 && !clauseEdge(a.tokens[s - 1])) s--;
    let e = i;
    while (e < a.tokens.length && !clauseEdge(a.tokens[e])) e++;
    return [s, e];
  };
  const [cs, ce] = clauseOf(credit.start);
  let money = false;
  // (A count of the goods owed is no money: "bu Yati ngutang jamu 2 botol, 10rb" prices them after the comma.)
  for (let i = cs; i < ce; i++) if (a.numIn[i] !== -1 && !countOfGoods(a, a.numIn[i] as number)) money = true;
  if (!money) return false;
  return entries.some((e) => e.kind === 'sale' && e.at !== undefined && (e.at < cs || e.at >= ce));
}

/** A titled name just before an expense verb ("Bu Sumi kulakan kain"): someone else spending. */
function namedSpender(a: Analysis): boolean {
  for (let i = 0; i < a.tokens.length; i++) {
    const who = customerAt(a, i);
    if (!who) continue;
    const v = a.tokens[who.end];
    if (who.titled && v !== undefined && (v.f & F_EXPENSE) !== 0) return true;
    i = who.end - 1;
  }
  return false;
}

/** Whether a word with `flag` stands on a line that is not a heading or chatter. */
function onEntryLines(a: Analysis, role: Uint8Array, flag: number): boolean {
  for (let i = 0; i < a.tokens.length; i++) if (((a.tokens[i] as Token).f & flag) !== 0 && (role[i] ?? L_ENTRY) === L_ENTRY) return true;
  return false;
}

/** "rekap hari ini: pemasukan 450rb, …": the recap word stands before a colon, with no amount before it. */
function recapHeadsLine(a: Analysis): boolean {
  let recap = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (a.numIn[i] !== -1 || t.type === T_NL) return false;
    if ((t.f & F_RECAP) !== 0) recap = true;
    if (t.type === T_PUNCT && t.text === ':') return recap;
  }
  return false;
}

const REST = new Set(['sisa', 'sisanya', 'kurangnya', 'kekurangannya']);
const T_REST = trigger(REST);
const OWED = new Set(['utang', 'hutang', 'ngutang', 'dihutang', 'bon', 'ngebon', 'kasbon', 'nyusul', 'nanti']);

/**
 * "sisanya utang", "sisa ngebon", "sisanya nyusul": the rest of a sale is owed. Only when no
 * other loan word is written ("dapat pinjaman 2jt sisanya utang" is a loan).
 */
function restOwed(a: Analysis): boolean {
  if (!present(a, T_REST)) return false;
  let owedAt = -1;
  for (let i = 0; i + 1 < a.tokens.length && owedAt < 0; i++) {
    if (!REST.has((a.tokens[i] as Token).key)) continue;
    for (let j = i + 1; j < a.tokens.length && j <= i + 2; j++) if (OWED.has((a.tokens[j] as Token).key)) owedAt = j;
  }
  if (owedAt < 0) return false;
  for (let i = 0; i < a.tokens.length; i++) if (i !== owedAt && ((a.tokens[i] as Token).f2 & G_LOAN) !== 0) return false;
  return true;
}

const HAGGLE = new Set(['nawar', 'menawar', 'ditawar', 'tawar', 'nego', 'ditawarin']);

/**
 * Why a doubtful record is only talk about money: "target bulan ini 5jt", "kalo jual 20rb
 * kemahalan ga?", "HPP berapa ya kalau tepung 15rb?" (a plan or a question), "harga bros saya
 * 15rb, yg mutiara 25rb" (a price list), "pembeli nawar 50rb jadi 40rb" (a haggle). Null when
 * it may still be a record to ask about ("laku 50rb?", "kalau laku 50 dapat 500rb").
 */
function moneyTalk(a: Analysis, notes: string[], entries: number, verbs: boolean): string | null {
  const hyp = notes.includes('hypothetical');
  const q = notes.includes('question');
  const guessed = notes.includes('kind_guessed');
  // Without a plan word, only a question word ("berapa", "gimana") makes it a question about
  // money: "bros 15rb?" may be a sale she is unsure how to write, and is asked.
  const asks = q && a.tokens.some((t) => (t.f & F_QUESTION) !== 0);
  if ((hyp && (q || guessed || notes.includes('not_a_fact') || entries === 0)) || (asks && guessed)) return 'money_talk';
  if (verbs) return null;
  const first = a.tokens.find((t) => t.type === T_WORD);
  if (first !== undefined && (first.key === 'harga' || first.key === 'harganya')) return 'price_list';
  if (a.tokens.some((t) => HAGGLE.has(t.key))) return 'haggle';
  return null;
}

/**
 * `at`, when given, learns for each entry read straight from the text the token of its first
 * number (record-days.ts places entries on their days by it).
 */
/**
 * "laku 200rb sama bayar utang": the sale read without the debt's clause (sale-before-repay.ts), asked
 * with `chain_part_unread`; null unless that reading is a record of sales alone.
 */
function soldBeforeRepay(a: Analysis, ex: NumExpr, at: Map<ParsedEntry, number> | undefined): ParseResult | null {
  const from = repayClauseAfterSale(a, ex);
  if (from === null) return null;
  const sold = detectRecordOrRepayment(analyze(textOf(a.tokens, 0, from), a.today, a.truncated), at);
  if (sold?.intent !== 'record' || sold.entries.length === 0 || sold.entries.some((e) => e.kind !== 'sale')) return null;
  const notes = [...(sold.notes ?? [])];
  if (!notes.includes('chain_part_unread')) notes.push('chain_part_unread');
  return { ...sold, confidence: Math.min(sold.confidence, C_PARTIAL), notes };
}

export function detectRecordOrRepayment(a: Analysis, at?: Map<ParsedEntry, number>): ParseResult | null {
  // "jual nasi 150rb, dikasih anak 50rb", "… / setor arisan 50rb": a line of money that is not
  // the business's is left out, the rest read on its own, and the result says what was left
  // out ('left_out' and why) so she is told; nothing left to read records nothing. Which
  // lines were hers is a reading, so the rest is asked, never recorded unasked.
  // "Senin 120rb / Selasa 95rb", "kemarin laku 75rb, hari ini 45rb": each day's lines are that
  // day's entries (per-day.ts, record-days.ts). Not again inside that reading (`at` is given then).
  // "telur hari ini 28rb/kg kemarin masih 26rb, tetep beli 3kg": today's price per unit, then the
  // quantity bought — written again as "beli 3 kg telur @28000" and read once more; a clause only
  // saying the price rose is left out (price-then-bought.ts). Before the days: its "kemarin" is the old price's.
  const perUnit = priceThenBought(a);
  if (perUnit !== null) {
    const again = detectRecordOrRepayment(analyze(perUnit, a.today, a.truncated), at);
    if (again?.intent === 'record') return again;
  }
  const days = at === undefined ? splitPerDay(a) : null;
  if (days) return readDays(a, days, detectRecordOrRepayment);
  // "Kasbon: Bu Rini 2 bungkus 20rb, Bu Ati 15rb": each customer owes for her own clause.
  const ledger = at === undefined ? detectCreditLedger(a) : null;
  if (ledger) return ledger;
  // "senin-rabu 300rb", "tgl 1-3 laku 500rb": one sum over several days; the range is neither
  // goods nor the entry's day (which day is asked, as for any period's sum).
  const range = dayRange(a);
  if (range) a = withoutTokens(a, range);
  // "laku bros 3, kalung 2, harga sama 15rb": one price for every count, written again with the
  // price after each count and read once more (same-price.ts).
  const same = present(a, samePrice.words) ? samePrice(a) : null;
  if (same) {
    const again = detectRecordOrRepayment(analyze(same.text, a.today, a.truncated), at);
    if (again?.intent === 'record' && same.doubt !== null) {
      again.confidence = Math.min(again.confidence, same.doubt === 'approximate' ? C_APPROX : C_DOUBT);
      again.notes = [...(again.notes ?? []), same.doubt];
    }
    if (again) return again;
  }
  // "harga nastar 85rb/toples, hari ini laku 3": the price said first, the count sold after it,
  // written again with the price after the count and read once more (price-then-count.ts).
  const priced = priceThenCount(a);
  if (priced !== null) {
    const again = detectRecordOrRepayment(analyze(priced, a.today, a.truncated), at);
    if (again?.intent === 'record') return again;
  }
  // "pulsa: 5k->7k, 10k->12k": top-ups on one line, read one a line (topup-list.ts).
  const topups = at === undefined ? topUpList(a) : null;
  if (topups !== null) {
    const again = detectRecordOrRepayment(analyze(topups, a.today, a.truncated));
    if (again?.intent === 'record') return again;
  }
  const foreign = present(a, withoutForeignLines.words) ? withoutForeignLines(a) : null;
  if (foreign) {
    const rest = detectRecordOrRepayment(analyze(foreign.text, a.today, a.truncated));
    if (rest?.intent !== 'record') return notRecorded(foreign.note);
    rest.confidence = Math.min(rest.confidence, C_DOUBT);
    rest.notes = [...(rest.notes ?? []), foreign.note, 'left_out'];
    return rest;
  }
  // "uang jualan kepake 100rb bayar spp anak": the business's money taken home; the bill is
  // only what it paid for (household-use.ts).
  // "infaq 20rb, ambil dari uang dagang": the source said in a clause of its own is read with the
  // line before it (household-use.ts).
  // "bayar listrik ama duit jualan 100rb": "sama" before the takings is "with", read as "pake" (paid-with-takings.ts).
  const withTakings = paidWithTakingsText(a);
  if (withTakings !== null) {
    const again = detectRecordOrRepayment(analyze(withTakings, a.today, a.truncated), at);
    if (again?.intent === 'record') return again;
  }
  const joined = sourceClauseJoined(a);
  if (joined !== null) {
    const again = detectRecordOrRepayment(analyze(joined, a.today, a.truncated), at);
    if (again?.intent === 'record') return again;
  }
  const home = householdUse(a);
  if (home) a = home;
  // "bordir jilbab 4 biji udah diambil orangnya, @12,5rb": the customer collected her work.
  const collected = present(a, collectedWork.words) ? collectedWork(a) : null;
  if (collected) a = collected;
  // "agen di Bukittinggi setor hasil titipan 300rb": her agent handed over her goods' takings (reseller-setor.ts).
  const handed = resellerSetor(a);
  if (handed) a = handed;
  // "…, fee reseller 10k per paket udh aku kasih": the reseller's fee she gave is her cost (reseller-fee.ts).
  const feeGiven = resellerFeeGiven(a);
  if (feeGiven) a = feeGiven;
  // "ono tonggo teko tuku jamu 4 botol": a neighbour bought from her — her sale (buyer-buys.ts).
  const bought = present(a, buyerBuys.words) ? buyerBuys(a) : null;
  if (bought) a = bought;
  // "2 lusin bros kebeli reseller", "kue diborong Bu Ani": bought BY a buyer, her sale (passive-sale.ts).
  // "minyak dibeli warung sebelah 36rb": by the shop or at it? Asked below (passive-sale.ts).
  const shopUnclear = present(a, shopBuyerUnclear.words) && shopBuyerUnclear(a);
  const boughtBy = present(a, passiveSale.words) ? passiveSale(a) : null;
  if (boughtBy) a = boughtBy;
  // "servis hp ganti lcd, cust bayar 350rb, lcd nya beli 240rb": the customer paid for her work (took-in-work.ts).
  // (Money passed through to a supplier — "cust tf 130rb, aku tf ke supplier 96rb" — never gets
  // here: intents/passed-through.ts reads it, or leaves it asked, before records.)
  const paidForWork = present(a, customerPaysForWork.words) ? customerPaysForWork(a) : null;
  if (paidForWork) a = paidForWork;
  // "harusnya 60rb tapi dikasih 55rb", "ditawar dari 20rb jadi 17rb", "diskon 10rb jadi 140rb":
  // a list or asking price is not read as money, a stated result is a check (stated-price.ts).
  // "…, kirim besok": the day the goods go out is not the day of the money (order-money.ts).
  const delivery = deliveryDay(a);
  if (delivery) a = withoutTokens(a, delivery);
  // "Pak RT bayar setengah dulu 100rb buat tumpeng": the customer's advance is her sale.
  const advance = present(a, customerAdvance.words) ? customerAdvance(a) : null;
  if (advance) a = withoutTokens(a, advance);
  // "gamis harga 200rb kasih diskon jadi 180rb", "dapet harga 45rb dari 50rb": the price she
  // ended with is the sale; the one before it is hidden (final-price.ts).
  // "jual 3 kaos @65rb, yg 1 diskon 10rb", "…, yg 1 ditawar jadi 12k": one piece's own price (one-piece-off.ts).
  const onePiece = present(a, onePieceOff.words) ? onePieceOff(a) : null;
  if (onePiece) a = withoutTokens(a, onePiece.hide);
  const final = present(a, finalPrice.words) ? finalPrice(a) : null;
  if (final) a = final.view;
  // "minus diskon member 5k each", "sa kasih diskon 50rb": the words around a discount (discount-asides.ts).
  const asides = present(a, discountAsides.words) ? discountAsides(a) : null;
  if (asides) a = withoutTokens(a, asides);
  const stated = present(a, statedPrices.words) ? statedPrices(a) : null;
  if (stated) a = stated.view;
  // "pembeli bayar 50rb, kembalian 8rb": the money handed over less the change (change-given.ts).
  // (Read first: where it reads the change, the kind it gives stands.)
  const change = present(a, readChange.words) ? readChange(a) : null;
  if (change) a = change.view;
  // "Total 85.000 / Tunai 100.000 / Kembali 15.000": how the total was paid checks it, never adds
  // to it (tender-after-total.ts).
  // "beli gas 22rb, bayar 50rb": the note handed for one priced line, the change unsaid (tender-after-price.ts).
  const tender = change ? null : (present(a, tenderAfterTotal.words) ? tenderAfterTotal(a) : null) ?? tenderAfterPrice(a);
  if (tender) a = tender.view;
  // "ongkirnya sy yg tanggung 12rb": postage she bears is her expense, the buyer's is not her
  // money at all; never added to the sale beside it (postage.ts).
  const postage = present(a, readPostage.words) ? readPostage(a) : null;
  if (postage) a = postage.view;
  // "laku nasi kuning 20 bungkus eh salah bukan 20 tapi 25 bungkus @5rb": the count she
  // corrected as she spoke is replaced (spoken-correction.ts); unclear ones are asked.
  // "laku bros 12 biji 15rb eh salah 14 biji maksudnya 15 ribuan": a whole entry said again
  // replaces the first version (restated-entry.ts).
  const restated = present(a, restatedEntry.words) ? restatedEntry(a) : null;
  if (restated) a = restated.view;
  const spoken = restated || !present(a, spokenCorrection.words) ? null : spokenCorrection(a);
  if (spoken?.view) a = spoken.view;
  // "beli benang 100rb, kain sonde jadi beli": goods not bought after all are no entry (called-off-clause.ts).
  const calledOff = present(a, calledOffClauses.words) ? calledOffClauses(a) : null;
  if (calledOff) a = withoutTokens(a, calledOff);
  // "cabe 1/2 kg 30rb buat sambel jualan": bought for the business; the clause is no goods,
  // its sale word no sale and its day ("buat katering besok") not the entry's (business-inputs.ts).
  // (Not money put in: "celengan pecah 300rb buat tambah dagangan" is savings, record-owner.ts.)
  const purpose = (a.f2 & (G_CAPITAL | G_WITHDRAW | G_LOAN)) === 0 && savingsIntoBusiness(a) === null && familyMoney(a) === null
    ? purposeClause(a) : null;
  if (purpose) a = withoutTokens(a, purpose);
  // "…\nuntung brp ya bu?": a day sheet closing by asking what it came to is no line of it
  // and no doubt about it (closing-question.ts).
  const closing = a.question || (a.f & F_QUESTION) !== 0 ? closingQuestion(a) : -1;
  if (closing >= 0) {
    const hide = new Uint8Array(a.tokens.length);
    hide.fill(1, closing);
    a = withoutTokens(a, hide);
  }
  // "nyicil utang koperasi 300rb, masih kurang 1,2jt": what is left of her loan is no entry (debt-remainder.ts).
  const owedRest = (a.f & F_REPAY) !== 0 && (a.f & F_SALE) === 0 ? remainderClause(a) : null;
  if (owedRest) a = withoutTokens(a, owedRest);
  let scan = scanRecord(a);
  // "laku 3 bros 1 kalung, bros 15rb kalung 25rb": counts first, their prices after.
  // "jahit 3 rok + 2 celana, rok 40rb, celana 35rb": the same after her work named first (counts-one-price.ts).
  if (!pairCountsWithPrices(a, scan)) scan = pairWorkCounts(a, scan, () => scanRecord(a, SALE_CARRY)) ?? scan;
  // "catat pengeluaran 45000 kardus": the book's column, then the amount (ledger-command.ts).
  const command = ledgerCommand(a, scan);
  if (command) {
    scan.entries.push(command);
    scan.unresolved.length = 0;
    scan.leftover = 0;
  }
  // "jual 4 gamis @150rb diskon 10%": a percentage off the one sale (discount-percent.ts).
  const percentOff = applyPercentDiscount(a, scan);
  const changeDoubt = change ? applyChange(change, scan) : null;
  // "masuk 85rb buat 2 bros": the count after "buat" is the goods the money paid for; so it is for
  // money paid out ("sdh tf ke mbak supplier 275rb utk 5 pcs gamis": money-out.ts).
  const only = scan.entries[0];
  const paidFor = scan.leftover === 1 && scan.entries.length === 1 && (only?.kind === 'sale' || only?.kind === 'expense') && only.quantity === null &&
    scan.unresolved.length === 0 ? goodsAfterAmount(a, only.amount) : null;
  // (Paid out, the goods must be named: "bayar 100rb buat 2 orang" stays "paid for what?".)
  if (paidFor && only && (only.kind === 'sale' || paidFor.item != null)) {
    only.quantity = paidFor.quantity;
    only.unit = paidFor.unit;
    only.item = paidFor.item ?? only.item;
    scan.leftover = 0;
  }
  if (change) scan.change = false;
  const onePieceSale = onePiece === null ? null : applyOnePieceOff(onePiece, scan);
  const statedCheck = stated ? checkStated(stated, scan) : null;
  // "Laku 1 lusin bros @15rb, diskon total 10rb": the price each piece's, not the dozen's (bundle-discount.ts; still asked).
  discountedBundleAsPieces(a, scan);
  const haggle = stated ? haggledSale(stated, a, scan) : null;
  const setor = present(a, setorKind.words) ? setorKind(a) : null;
  let verbs = (a.f & (F_SALE | F_EXPENSE)) !== 0 || (a.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0 || setor === 'stock';
  const something = scan.entries.length > 0 || scan.unresolved.length > 0 || scan.repaySegments > 0;

  // Goods coming back ("retur 1 mukena 90rb", "dikembalikan pembeli 1 gamis 120rb") lower her
  // sales: the lines are read as sales without the return words, and recorded negative.
  let returning = false;
  // "jual 5 kerudung @40rb, tp 1 dibalikin": the pieces kept are the sale (returned-pieces.ts).
  // ("…, 1 balik lagi krn peniti patah, jadi bayar 80rb": pieces back said with a count, and the outcome checked.)
  const netted = mentionsReturn(a) || piecesCameBack(a) !== null ? netReturnedPieces(a) : null;
  if (netted) scan = netted;
  // "jual kue 30 biji @2rb tapi yg 5 gak laku", "bawa 40 risol @2rb, sisa 6": the pieces sold (unsold-rest.ts).
  const unsold = netted ? null : netUnsoldRest(a);
  if (unsold) scan = unsold.scan;
  const ret = mentionsReturn(a) && !netted ? readReturn(a, something) : null;
  if (ret && 'result' in ret) return ret.result;
  let returnNote: string | null = null;
  if (ret) {
    scan = ret.scan;
    returning = true;
    verbs = true;
    returnNote = ret.note ?? null;
  }
  if (postage?.expense) {
    const { amount, item, at: where, strength } = postage.expense;
    scan.entries.push({ kind: 'expense', amount, item, quantity: null, unit: null, unitPrice: null,
      confidence: amountConfidence(strength, amount), notes: [], totalOnly: false, at: where });
  }
  // "setor tabungan 50rb", "nabung 20rb": savings are not the business's money.
  // ("ambil uang warung 100rb buat setor arisan": the business's money taken for the arisan, household-use.ts.)
  if (setor === 'saving' && home === null) return notRecorded('not_business_money');

  // Instalments: "bayar angsuran 300rb", "setor 250rb". Without an amount only a paying
  // verb makes it one ("sudah bayar cicilan"); "angsuran ke 4 sudah" stays unknown.
  if (!returning && scan.repaySegments > 0 && scan.entries.length === 0) {
    // "nyicil arisan 100rb": dues paid by instalment, her own money's as "bayar arisan" is (repay-purpose.ts).
    if (duesInstalment(a)) return notRecorded('not_business_money');
    const ex = scan.repayAmount;
    const c = new Confidence(0.95);
    let amount: number | null = null;
    if (ex && ex.rupiah !== null) {
      amount = ex.rupiah;
      c.cap(amountConfidence(ex.strength, ex.rupiah), ex.strength === S_PLAIN && ex.rupiah < 1000 ? 'small_plain_number' : undefined);
      if (ex.ambiguous) c.cap(0.6, 'ambiguous_amount');
      // "laku 200rb sama bayar utang": the amount is the sale's, the debt paid has none — asked.
      // (The amount is not offered as the instalment's: the question is how much was paid.)
      if (saleAmountBeforeRepay(a, ex)) {
        // The sale kept: read without the debt's clause, asked as a record with a part unread.
        const sold = soldBeforeRepay(a, ex, at);
        if (sold) return sold;
        amount = null;
        c.cap(C_PARTIAL, 'sale_amount_not_repaid');
      }
    } else if (scan.repayPayVerb && !scan.repayNotFact) {
      // "sudah bayar cicilan" (no amount), "bayar cicilan 12,5" (no valid amount): ask.
      if (ex) c.cap(C_GUESS, ex.problem ?? 'malformed');
      else c.cap(C_PARTIAL, 'no_amount');
    } else {
      return null;
    }
    // "setor 50rb" alone: an instalment, savings, stock or a deposit at the bank? Ask.
    if (setor === 'unclear') c.cap(C_DOUBT, 'setor_unclear');
    // "laku 2 kerudung 70rb bayar 20rb sisanya utang": a buyer paying part of a sale, not her instalment.
    if (restOwed(a) && a.tokens.some((t) => (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0)) c.cap(C_DOUBT, 'part_paid');
    if (unreadAmountWord(a)) c.cap(C_PARTIAL, 'unread_amount');
    // "dapet arisan 2jt buat bayar utang": money received, the paying only its purpose — asked (repay-purpose.ts).
    if (repayOnlyPurpose(a)) c.cap(C_NOT_FACT, 'not_a_fact');
    // "dapet arisan 2jt terus bayar cicilan 500rb": the sum received read as paid, the paid sum after it — asked.
    if (ex && receivedReadAsRepaid(a, ex.start)) c.cap(C_DOUBT, 'unaccounted_number');
    if (a.question) c.cap(C_PARTIAL, 'question');
    if (a.truncated || scan.capped) c.cap(C_PARTIAL, 'truncated');
    if (scan.repayNotFact) c.cap(C_NOT_FACT, 'not_a_fact');
    for (const n of notFactNotes(a)) c.cap(n === 'question' ? C_PARTIAL : C_NOT_FACT, n);
    if (a.dates.some((m) => m.future)) c.cap(C_NOT_FACT, 'future_date');
    const r: ParseResult = { intent: 'repayment', amount, confidence: round2(c.value) };
    if (c.notes.length > 0) r.notes = c.notes;
    return r;
  }

  // "Mpok Ida ngebon 3 bungkus": goods owed with no amount written — a sale on credit whose
  // amount is asked, never chatter the bot is sure of.
  if (scan.entries.length === 0 && scan.unresolved.length === 0 && !verbs && !returning && (a.f2 & G_CREDIT) !== 0) {
    const owed = scanRecord(a, SALE_CARRY);
    if (owed.entries.length === 0 && owed.unresolved.some((u) => u.quantity !== null)) scan = owed;
  }
  // "kembalian 5rb": change handed back, never a sale.
  if (scan.entries.length === 0 && scan.unresolved.length === 0) {
    // "ongkir ditanggung pembeli 15rb" alone: the buyer's money passing through, nothing of hers.
    if (postage?.note === 'postage_by_buyer') return notRecorded('postage_by_buyer');
    return scan.change ? notRecorded('change_given') : null;
  }
  // "modal usaha saya 5jt" states the size of the business, it is not money put in today.
  if (!verbs && a.tokens.some((t) => CAPITAL_STATEMENT.has(t.key)) && familyMoney(a) !== 'capital' && savingsIntoBusiness(a) === null) {
    return { intent: 'unknown', confidence: C_PARTIAL, notes: ['capital_statement'] };
  }
  // "aku ngutang ke toko 100rb buat beli bahan": her own debt, never a customer's (own-debt.ts).
  const debt = !returning ? ownDebt(a) : null;
  if (debt) {
    const hide = new Uint8Array(a.tokens.length);
    for (let i = debt.start; i < debt.end; i++) hide[i] = 1;
    scan = scanRecord(withoutTokens(a, hide), { kind: 'expense', verbSeen: true, strong: false });
  }
  const credit = !returning && !debt && ((a.f2 & G_CREDIT) !== 0 || (present(a, T_CREDIT_WORDS) && a.tokens.some((t) => t.key === 'belum' || t.key === 'masih' || t.key === 'depan' || PAY_LATER.has(t.key) ||
    LATER_DAY.has(t.key))))
    ? findCredit(a) : null;
  // The marker and the name are not goods: read the entries again without them. With no
  // verb at all ("Mbak Ani ngebon 25rb", "kasbon Bu Tin 30rb") the money is what she is owed
  // for goods: a sale.
  // ("Bu Darmi utang jajan 20rb, durung mbayar": the paying not yet done is no verb of hers.)
  const creditOnly = credit !== null && (!verbs || onlyUnpaidVerbs(a, setor, credit)) && credit.customer !== null && credit.customer.titled;
  const rescanned = creditOnly ? scanRecord(withoutCredit(a, credit), SALE_CARRY)
    : credit && scan.entries.some((e) => e.kind === 'sale') ? scanRecord(withoutCredit(a, credit)) : null;
  if (rescanned !== null) {
    scan = rescanned;
    // The view has the change's money hidden (change-given.ts), so its difference is fitted to the new
    // reading again: "jumat nanti bayar 50rb kembali 5rb" ("nanti" a credit word) had lost its one entry.
    if (change) applyChange(change, scan);
  }
  // "bu Ijah ambil kerudung 2 dan bros 3, kerudung 45rb satunya …, bayarnya minggu depan": read again, paired again.
  if (credit && (creditOnly || scan.entries.some((e) => e.kind === 'sale'))) pairCountsWithPrices(withoutCredit(a, credit), scan);
  // A facilitator's announcement ("butuh 200 bros, harga 5rb/pcs") is not a member's sale,
  // and "untung hari ini 100rb" is a profit figure, not turnover.
  // ("Catering: pesanan tumpeng 1 = 450rb": orders under a heading of her own work are her sales: trade-heading.ts.)
  // ("bordir taplak 2 potong @85rb, kasih diskon 5rb per potong": her work named first, then the discount
  // she gave on it — her sale, not a group's discount announcement: workDiscounted.)
  if (!verbs && final === null && (((a.f2 & G_LEADPOST) !== 0 && !ordersUnderTradeHeading(a) && !workDiscounted(a, scan)) || hasProfitWord(a))) return null;
  // Loan disbursements ("dapat pinjaman 2jt") are not turnover.
  // "bayar separo 60rb sisanya utang" is a sale paid in part, not a loan: asked (which part is owed?).
  const partPaid = scan.entries.some((e) => e.kind === 'sale') && restOwed(a);
  if ((a.f2 & G_LOAN) !== 0 && !partPaid && !(credit && credit.loanWord && scan.entries.some((e) => e.kind === 'sale'))) {
    // "pinjem ke bank keliling 500rb buat modal, beli bahan 320rb": the loan clause is capital, the rest read again.
    const lent = at === undefined ? loanCapitalLines(a) : null;
    const withLoan = lent !== null ? detectRecordOrRepayment(analyze(lent.rest, a.today, a.truncated)) : null;
    if (lent !== null && withLoan?.intent === 'record' && withLoan.entries.length > 0) {
      withLoan.entries = [...lent.capital, ...withLoan.entries];
      return withLoan;
    }
    // A day's lines with a loan on one of them: the other lines are read, the loan left out, asked.
    const rest = at === undefined ? withoutLoanLines(a) : null;
    const read = rest !== null ? detectRecordOrRepayment(analyze(rest, a.today, a.truncated)) : null;
    if (read?.intent === 'record' && read.entries.length > 0) {
      read.confidence = Math.min(read.confidence, C_DOUBT);
      read.notes = [...(read.notes ?? []), 'loan_mention', 'left_out'];
      return read;
    }
    const c = new Confidence(C_GUESS);
    c.cap(C_GUESS, 'loan_mention');
    return { intent: 'unknown', confidence: c.value, notes: c.notes };
  }

  const c = new Confidence(1);
  // "jual 3 gamis 450rb, yang bayar baru 300rb": part of the sale paid so far, no entry of its own (paid-so-far.ts).
  const paidAt = !returning && scan.entries.some((e) => e.kind === 'sale') ? paidSoFarAt(a) : -1;
  // "Bu Ani beli 3 mukena @150rb, baru bayar 200rb sisanya nanti": the buyer's paying (buyer-paid-part.ts).
  const firstSale = returning ? undefined : scan.entries.find((e) => e.kind === 'sale');
  const paidBy = paidAt >= 0 ? [paidAt] : firstSale?.at !== undefined ? buyerPaidAt(a, firstSale.at + 1, firstSale.amount) : [];
  const kept = paidBy.length > 0 ? scan.entries.filter((e) => e === firstSale || e.at === undefined || !paidBy.includes(e.at)) : scan.entries;
  if (kept.length < scan.entries.length && kept.some((e) => e.kind === 'sale')) {
    scan.entries = kept;
    c.cap(C_DOUBT, 'part_paid');
  }
  // "+ 75rb laundry bu Tini / - 12rb sabun": each line's sign names its kind (signed-lines.ts).
  const signed = returning ? false : kindsFromSigns(scan.entries, lineSigns(a), kindNamed);
  if (signed === 'differs') c.cap(C_DOUBT, 'sign_kind_differs');
  if (shopUnclear) c.cap(C_DOUBT, 'buyer_or_place_unclear');
  // "jual kue sama beli bahan 100rb": a sale and a purchase priced once — which is it? Asked (kinds-one-amount.ts).
  if (!returning && scan.entries.length > 0 && kindsShareAmount(a)) c.cap(C_DOUBT, 'kinds_share_amount');
  // "laku sepuluh loyang semuanya 400rb eh satu loyang 35rb": the price of one said after the
  // total checks it — no second sale; when it does not (10 × 35rb ≠ 400rb) it is asked (each-after-total.ts).
  const each = eachAfterTotal(a, scan.entries);
  if (each !== null && 'drop' in each) scan.entries.splice(scan.entries.indexOf(each.drop), 1);
  else if (each !== null) c.cap(C_PARTIAL, 'total_mismatch');
  // "bayar sewa lapak 15rb, katanya bulan depan mau naik jadi 20rb": a price reported, not paid (story-clauses.ts).
  if (!returning) for (const e of reportedPriceEntries(a, scan.entries)) scan.entries.splice(scan.entries.indexOf(e), 1);
  // "beli gula 17rb, turun 5rb", "…, harganya naik 5rb": how far the price moved, no second purchase (price-move.ts).
  const moved = returning ? null : priceMove(a, scan.entries);
  if (moved !== null) {
    for (const e of moved.drop) scan.entries.splice(scan.entries.indexOf(e), 1);
    if (!moved.sure) c.cap(C_DOUBT, 'price_move');
  }
  // "laku 3 kaos @65rb, 1 potong 10rb": one piece more, or 10rb cut off? Asked (cut-or-piece.ts).
  if (!returning && cutOrPiece(a, scan.entries)) c.cap(C_DOUBT, 'cut_or_piece');
  // "laku 50rb, kemarin 40rb": yesterday's takings, or only what she compares with? Asked (past-price.ts).
  if (!returning && scan.entries.length >= 2) {
    const days = pastDaySpans(a);
    if (days.length > 0 && scan.entries.some((e) => e.at !== undefined && inPastPrice(days, e.at))) c.cap(C_DOUBT, 'self_correction_unclear');
  }
  // "jual pulsa ke bu haji bayar 27rb terus mas kurir bayar 52rb": the next buyer paying, said alike (alike-payers.ts).
  if (!returning) alikePayersSales(a, scan.entries);
  // "beli gula 20rb, nanti naik angkot 5rb": the fare is a plan, left out, the rest asked (work-paid.ts).
  const plans = returning ? [] : planClauseEntries(a, scan.entries.map((e) => e.at));
  for (const k of [...plans].reverse()) scan.entries.splice(k, 1);
  if (plans.length > 0) c.cap(C_DOUBT, 'plan_line_left_out');
  const entries: ParsedEntry[] = [];
  // Where each entry's amount was read (for the clause a debt's entries stand in, below).
  const readAt = new Map<ParsedEntry, number>();
  for (const e of scan.entries) {
    c.cap(e.confidence);
    for (const n of e.notes) if (!c.notes.includes(n)) c.notes.push(n);
    // A return is a sale with a negative amount (its quantity and unit price stay as written).
    const amount = returning && e.kind === 'sale' ? -e.amount : e.amount;
    const entry: ParsedEntry = { kind: e.kind, amount, item: e.item, quantity: e.quantity, unit: e.unit, unitPrice: e.unitPrice };
    if (at !== undefined && e.at !== undefined) at.set(entry, e.at);
    if (e.at !== undefined) readAt.set(entry, e.at);
    entries.push(entry);
  }
  if (advance) {
    for (const e of entries) if (e.kind === 'expense') e.kind = 'sale';
    // "Bu Ani transfer dulu 50rb buat 2 kue": the customer paying names the kind.
    if (c.notes.length === 1 && c.notes[0] === 'kind_guessed') {
      c.notes.pop();
      c.value = Math.min(...scan.entries.map((e) => (e.notes.length === 1 && e.notes[0] === 'kind_guessed' ? C_MARKED : e.confidence)));
    }
    c.notes.push('customer_advance');
  }
  const minusOut = !returning && !advance && entries.length === 1 && (a.f & F_SALE) === 0 && minusLed(a);
  // "in 150k bayaran snack box", "/keluar 25000 ongkir", "+50rb kue": a tracker's column names the kind (tracker-columns.ts).
  const column = !returning && !advance && !minusOut && entries.length === 1 && (entries[0]?.kind === 'sale' || entries[0]?.kind === 'expense')
    ? columnLed(a) : null;
  // "kardus packing 10 pcs 25rb", "tepung 5kg 65rb", "… buat katering": inputs bought, not goods sold.
  // (In a day sheet the purpose speaks only for its own line: purposeReach.)
  const reach = purpose === null ? null : purposeReach(a.tokens, purpose);
  const forBusiness = reach !== null && scan.entries.some((e) => e.kind === 'sale' && e.notes.includes('kind_guessed') && reach(e.at));
  const inputs = advance || minusOut || column !== null ? null : boughtInputs(scan.entries, entries, reach, a.tokens);
  if (inputs !== null) {
    // As for a customer's advance above: the guess was the only doubt, so it goes.
    // (With other doubts the value stays as it is, and she is asked about those.)
    if (c.notes.length === 1 && c.notes[0] === 'kind_guessed') {
      c.value = Math.min(...scan.entries.map((e) => (e.notes.length === 1 && e.notes[0] === 'kind_guessed' ? C_MARKED : e.confidence)));
    }
    const guessNote = c.notes.indexOf('kind_guessed');
    if (guessNote >= 0) c.notes.splice(guessNote, 1);
    // "tepung 5kg 65rb": bought by most trades, sold by a warung: an expense, asked.
    if (inputs === 'ingredient' && !forBusiness) c.cap(C_APPROX, 'supply_guessed');
    else c.notes.push(forBusiness ? 'bought_for_business' : 'business_input');
  }
  // "snack box 60 kotak, 8rb satu kotak, uangnya sdh diterima": the money received names the kind (work-paid.ts).
  if (inputs === null && !advance && !returning && entries.length > 0 && entries.every((e) => e.kind === 'sale') &&
    c.notes.length === 1 && c.notes[0] === 'kind_guessed' && moneyReceived(a)) {
    c.notes.pop();
    c.value = Math.min(...scan.entries.map((e) => (e.notes.length === 1 && e.notes[0] === 'kind_guessed' ? C_MARKED : e.confidence)));
  }
  // "-25rb plastik klip": money-tracker bots' style, a minus glued to the amount that opens the
  // message is money out. It names the kind: the kind guess goes (as for an advance above) and
  // the supply guess is not made (below).
  if (minusOut || column !== null) {
    // (A column that says what was read already, "masuk 250rb dari bu Lurah", adds nothing: no note.)
    const named = minusOut || (entries[0] as ParsedEntry).kind !== column || c.notes.some((n) => n === 'kind_guessed' || n === 'weak_verb');
    (entries[0] as ParsedEntry).kind = column ?? 'expense';
    // A plain number after the sign ("-12000 plastik") is no weak verb's number: the sign is the
    // bookkeeper's mark, so it is as sure as a column's plain amount ("pengeluaran 12000").
    const signDoubts = ['kind_guessed', 'weak_verb'];
    if (c.notes.some((n) => signDoubts.includes(n))) {
      const weak = c.notes.includes('weak_verb');
      for (let k = c.notes.length - 1; k >= 0; k--) if (signDoubts.includes(c.notes[k] as string)) c.notes.splice(k, 1);
      const sure = (e: { notes: string[]; confidence: number }): number =>
        e.notes.length > 0 && e.notes.every((n) => signDoubts.includes(n)) ? (weak ? C_PLAIN_LARGE : C_MARKED) : e.confidence;
      if (c.notes.length === 0) c.value = Math.min(...scan.entries.map(sure));
    }
    if (named) c.notes.push(column !== null ? 'column_kind' : 'minus_expense');
    // "in 150k", "+50rb" with nothing named: money in from what? Asked, as "dapat 150rb" is.
    // "Out: 45.000", "keluar 40rb": money out for what? Asked too (an app's line with its note left off).
    if (columnOnly(a)) c.cap(C_DOUBT, 'no_object');
  }
  // "dapat uang 1,2jt dari pesanan seragam": the order names what the money was for.
  const fromOrder = entries.length === 1 && entries[0]?.kind === 'sale' && entries[0].item === null ? orderSource(a) : null;
  if (fromOrder !== null && entries[0]) entries[0].item = fromOrder;
  // "isi pulsa pelanggan 25rb, dibayar 27rb": one sale of what the customer paid.
  const resale = returning ? null : resalePaid(a, entries);
  if (resale !== null && resale.sure) {
    const item = entries.find((e) => e.item !== null)?.item ?? null;
    entries.splice(0, entries.length, { kind: 'sale', amount: resale.paid, item, quantity: null, unit: null, unitPrice: null });
    // "token 50rb dibayar 52rb": the paying word names the sale, the kind is no longer a guess.
    const guessed = c.notes.indexOf('kind_guessed');
    if (guessed >= 0 && c.notes.length === 1) {
      c.notes.splice(guessed, 1);
      c.value = Math.min(...scan.entries.map((e) => (e.notes.length === 1 && e.notes[0] === 'kind_guessed' ? C_MARKED : e.confidence)));
    }
    c.notes.push('face_value');
  } else if (resale?.several) c.cap(C_DOUBT, 'face_value');
  // Not sure which is her price: both amounts stay, and the bot asks which the buyer paid.
  else if (resale !== null) c.cap(C_DOUBT, 'face_value');
  // "pembeli bayar 50rb": the buyer paid her. Money in (a sale, or a debt settled), never her
  // expense: read as a sale and asked.
  // ("ongkir 48rb aku yang nanggung, pembeli cuma bayar barang 125rb": the postage she bears stays her
  // expense; the rest is what the buyer paid.)
  const borne = postage?.expense ?? null;
  const paidIn = borne === null ? entries : entries.filter((e) => !(e.kind === 'expense' && e.amount === borne.amount && e.item === borne.item));
  let buyerNamed: { from: number; pay: number } | null = null as { from: number; pay: number } | null;
  if (!returning && change === null && paidIn.length > 0 && paidIn.every((e) => e.kind === 'expense') && bareMoneyVerb(a) && (buyerNamed = buyerClause(a)) !== null) {
    for (const e of paidIn) {
      e.kind = 'sale';
      if (e.item !== null && isBuyerWord(e.item)) e.item = null;
    }
    // "pembeli bayar barang 125rb": paid for the goods — today's sale, no old debt to ask about.
    // "arisan ibu2 pesen tumpeng 1, bayar 350rb": the goods the group ordered are what was paid for.
    const only = paidIn.length === 1 ? paidIn[0] : undefined;
    if (only !== undefined && only.item === null && customerActAt(a.tokens, buyerNamed.from)) only.item = orderedGoods(a, buyerNamed.from);
    // ("arisan ibu2 pesen tumpeng 1, bayar 350rb": the order and its paying in one message — today's sale, money-came-in.ts;
    // "kebaya wisuda jadi, pelanggan bayar 1,2jt": what she made is done and paid for, work-paid.ts.)
    const orderPaidNow = customerActAt(a.tokens, buyerNamed.from) && !a.tokens.some((t) => (t.info?.relDays ?? 0) !== 0 || t.info?.weekday !== undefined || (t.f & F_NEG) !== 0);
    if (!paidForGoods(a) && !orderPaidNow && !workFinished(a)) c.cap(C_DOUBT, 'buyer_paid');
  }
  // "receive stock 500k", "terima barang 300rb": goods came in, not money — a purchase, asked (goods-received.ts).
  if (!returning && entries.length > 0 && entries.every((e) => e.kind === 'sale') && goodsReceived(a)) {
    for (const e of entries) e.kind = 'expense';
    c.cap(C_DOUBT, 'supply_guessed');
  }
  // "dapat upah 50rb dari jahit baju": paid for her work, her takings; "upah jahit 3 baju
  // 150rb" with no verb: paid to a tailor, or paid as one? Asked.
  const inward = !advance && change === null && entries.length > 0 && entries.every((e) => e.kind === 'expense') &&
    !a.tokens.some((t) => (t.f & F_EXPENSE) !== 0 && (t.f & F_WEAK) === 0) ? moneyIn(a) : null;
  if (inward === 'unclear') c.cap(C_DOUBT, 'work_pay_unclear');
  else if (inward !== null) {
    for (const e of entries) e.kind = 'sale';
    if (inward === 'buyer' && !workFinished(a)) c.cap(C_DOUBT, 'buyer_paid');
  }
  // Whose money it is: her family's, savings, an arisan pot, a gift (record-owner.ts).
  // "gamis 150rb dp 50rb": the DP is part of the price, not a second sale (down-payment.ts).
  if (downPaymentBesideSale(a, entries.length)) c.cap(C_DOUBT, 'down_payment_part');
  // ("saudara ambil 3 bros 45rb bayarnya gajian": a relative who owes her for goods is a customer.)
  const owedSale = credit !== null && credit.customer !== null && entries.every((e) => e.kind === 'sale');
  const notHers = owedSale ? null : judgeOwner(a, scan.entries, entries, c);
  // "suami ambil 2 bungkus kopi 10rb bayarnya nanti": taken for home, yet to be paid for? Asked.
  if (credit !== null && entries.some((e) => e.kind === 'withdrawal')) c.cap(C_DOUBT, 'withdrawal_guessed');
  if (notHers) return notHers;
  // "got 500k from my sister", "dapat 500rb dari teman": money from her people, not turnover;
  // "got 300k from mom as modal" is capital (kin-money.ts).
  const kin = returning || owedSale ? null : kinMoney(a, entries);
  if (kin === 'personal') return notRecorded('personal_money');
  if (kin === 'capital') for (const e of entries) Object.assign(e, { kind: 'capital', item: null });
  // "my mom gave me 300k as extra modal", "modal sendiri 1jt": capital; "modal saya 100rb": asked (modal-meaning.ts).
  if (!returning && modalMeaning(a, entries) === 'unclear') c.cap(C_DOUBT, 'capital_or_cost');
  // "uang jualan hilang 50rb", "kecopetan 200rb", "dapet uang kaget 1jt dari giveaway": money
  // lost or won is never a sale (lost-money.ts); beside a sale she wrote, the whole is asked.
  const lostWon = returning ? null : lostOrWon(a);
  if (lostWon?.alone) return notRecorded(lostWon.note);
  if (lostWon) c.cap(C_DOUBT, 'unaccounted_number');
  // "beli kulkas 3,5jt buat rumah sama jualan es": the home's and the business's at once (mixed-use.ts).
  if (!returning && entries.some((e) => e.kind === 'expense') && mixedUse(a)) c.cap(C_DOUBT, 'mixed_use');
  // "beli 2 kg gula 34rb, sekilo buat dagangan sekilo buat dapur": split between shop and home (purpose-units.ts).
  else if (!returning && entries.some((e) => e.kind === 'expense') && splitsByUse(a.tokens) &&
    a.tokens.some((t) => (t.f2 & G_HOUSEHOLD) !== 0)) c.cap(C_DOUBT, 'mixed_use');
  // "jual kue titipan bu Ratna 15 biji @2rb", "… tapi 100rb punya kaka": goods or money that are someone else's (others-goods.ts).
  if (!returning && entries.some((e) => e.kind === 'sale' || e.kind === 'expense') && othersGoods(a, entries.some((e) => e.kind === 'sale'))) c.cap(C_DOUBT, 'others_goods');
  // "Bu Narti sama Bu Ijah, hari ini dapet 80rb sama 95rb": members' takings passed on to her (others-takings-head.ts).
  else if (!returning && entries.some((e) => e.kind === 'sale') && othersTakingsAtHead(a) > 0) c.cap(C_DOUBT, 'others_goods');
  // "dikasih bang Ucok 300rb buat beli bahan", "abang minta 200rb buat beli bahan": money given to
  // her or asked of her for stock, never her own purchase (person-stock-money.ts).
  const personMoney = !returning && entries.some((e) => e.kind === 'expense') ? personStockMoney(a) : null;
  if (personMoney !== null) c.cap(C_DOUBT, personMoney === 'given' ? 'someone_paid' : 'taken_by_someone');
  // "terima gaji suami 2jt", "dapat THR 1jt": household pay, never turnover nor an expense.
  if (!returning && !owedSale && judgeOutsideIncome(a, entries, c) === 'personal') return notRecorded('personal_money');
  // "jual motor 8jt buat modal usaha dan beli etalase 2jt": her valuable sold for the business is capital.
  if (!returning && valuableSoldForBusiness(a)) {
    for (const e of entries) if (e.kind === 'sale' && namesValuable(e.item)) Object.assign(e, { kind: 'capital', quantity: null, unit: null, unitPrice: null });
  }
  // "beli emas 1jt", "jual kalung emas 1,5jt": savings, or a jewellery trade's stock? (gold.ts)
  const gold = returning ? null : goldUnclear(a, entries);
  if (gold === 'savings') return notRecorded('not_business_money');
  if (gold === 'ask') c.cap(C_DOUBT, 'gold_unclear');
  ownershipDoubts(a, entries, returning, c);
  if (!returning) amountAsideDoubts(a, entries, c);
  if (scan.change) c.cap(C_DOUBT, 'change_given');
  if (change) c.notes.push('change_given');
  if (changeDoubt !== null) c.cap(C_PARTIAL, changeDoubt);
  if (tender?.doubt) c.cap(C_PARTIAL, tender.doubt);
  if (returnNote !== null) c.cap(C_DOUBT, returnNote);
  if (unsold?.doubt) c.cap(C_DOUBT, unsold.doubt);
  if (debt) {
    // What she bought on credit is her expense, never her sale; asked whether to record it now.
    // (A sale said in a clause of its own beside it, "laku 200rb, bayar bon ke sales 50rb", stays a sale.)
    for (const e of entries) if (e.kind === 'sale' && !saleBesideDebt(a, debt, readAt.get(e))) e.kind = 'expense';
    // "beli kain 500rb, ngutang ke toko": goods just taken on credit, asked as such; a tab paid off or
    // only named ("bayar bon ke sales 50rb"): was the purchase recorded when the goods were taken? (own-debt.ts)
    const taken = entries.some((e) => e.kind === 'expense') && entries.every((e) => e.kind === 'expense' || e.kind === 'sale') && debtTaken(a, debt);
    c.cap(C_DOUBT, taken ? 'goods_on_credit' : 'own_debt');
  }
  // "beli terigu 45rb, belum dibayar": bought on her tab, not paid yet — asked (work-paid.ts).
  else if (!returning && unpaidPurchase(a, entries.map((e) => e.kind))) c.cap(C_DOUBT, 'goods_on_credit');
  if (postage) {
    if (postage.doubt) c.cap(C_DOUBT, postage.note);
    else c.notes.push(postage.note);
  }
  if (partPaid) {
    c.cap(C_DOUBT, 'part_paid');
    // "ambil 2 kerudung 70rb dp 20rb sisanya nanti": the part paid now is of that sale, not a second entry.
    const first = entries.find((e) => e.kind === 'sale');
    for (let k = entries.length - 1; k >= 0; k--) {
      const e = entries[k] as ParsedEntry;
      if (first !== undefined && e !== first && e.amount < first.amount && e.item !== null && /^(sisa|kurang|dp\b)/.test(e.item)) entries.splice(k, 1);
    }
  }
  wordingDoubts(a, entries, returning, c);
  // "modal sejuta buat beli gerobak": what the capital is for, no purchase left unpriced (capital-purpose.ts).
  // "kulakan 850rb: indomie, telur, minyak", "parkir goceng pas kulakan": what it bought, when it was paid (unpriced-tails.ts).
  // ("laku 2 set hampers @ 250rb, dikasih diskon 10%": the discount's own words, once its percentage is
  // taken off the sale, are no line left unpriced.)
  const wordsOnly = percentOff ? scan.wordsOnly.filter((u) => !discountOnly(u.item)) : scan.wordsOnly;
  // "laku 30 biji @2rb, yang beli anak2 sekolah pulang ngaji": who bought, where, when, why (story-clauses.ts).
  // "… / 40 kotak habis semua", "… / yg 30 potong itu lho bu": how many went, after the one amount (count-aside.ts).
  const unresolved = withoutCountAsides(a, entries.length === 1 && entries[0]?.kind === 'sale', withoutStoryClauses(a, withoutUnpricedTails(a, withoutPutIntoBusiness(a, entries, withoutCapitalPurpose(a, entries, [...scan.unresolved, ...(entries.length > 0 ? wordsOnly : [])])))));
  if (unresolved.length > 0) c.cap(entries.length > 0 ? C_PARTIAL : C_NOT_FACT, unresolved[0]?.reason ?? 'no_amount');
  if (capitalPurposePriced(a, entries)) c.cap(C_DOUBT, 'part_of_amount');
  if (scan.repaySegments > 0) c.cap(C_PARTIAL, 'mixed_repayment');
  if (scan.totalMismatch) c.cap(C_PARTIAL, 'total_mismatch');
  // "besok rencana beli oven 350rb" among the day's lines: left out, and she is asked to confirm the rest.
  if (scan.lines.plans > 0) c.cap(C_DOUBT, 'plan_line_left_out');
  // ("arisan ibu2 pesen tumpeng 1, bayar 350rb": the count of what the buyer ordered, before her paying, is the goods' count.)
  const buyerCounts = buyerNamed === null ? 0 : a.nums.filter((n) => n.start > buyerNamed.from && n.end <= buyerNamed.pay && n.strength === S_PLAIN).length;
  // ("dp snack box 100 kotak …, ditransfer bu Rina 750rb": the count ordered, before the DP received, is the order's size: dp-received.ts.)
  if (scan.leftover > buyerCounts + (scan.leftover > 0 ? dpOrderCounts(a) : 0)) c.cap(C_PARTIAL, 'unaccounted_number');
  // ("jual keripik 10 pcs @15rb, diskon 10rb": half the price each or more is off the whole: discount-scope.ts.)
  if (scan.discounted && !statedCheck?.discountChecked && !(statedCheck?.doubt == null && discountOffWholeOnly(scan))) c.cap(C_DOUBT, 'discount');
  if (statedCheck?.discountChecked) c.notes.push('discount_checked');
  if (statedCheck?.doubt) c.cap(statedCheck.doubt === 'total_mismatch' ? C_PARTIAL : C_DOUBT, statedCheck.doubt);
  // "ditawar dari 20rb jadi 17rb, laku 2": the agreed price each, or for both? Asked.
  if (haggle?.each || final?.eachUnclear) c.cap(C_DOUBT, 'haggle_each_or_total');
  // (The one piece's own price read, its clause is no doubt — only while that sale is the one recorded.)
  const onePieceApplied = onePieceSale !== null && !returning && scan.entries.includes(onePieceSale);
  if (onePiece !== null && !onePieceApplied) c.cap(C_DOUBT, 'discount');
  else if (stated?.haggled == null && final?.haggleRead !== true && !onePieceApplied && mentionsHaggle(a)) c.cap(C_DOUBT, 'haggle_unread');
  if (final?.passiveGiven || final?.unsure || stated?.finallyUnread) c.cap(C_DOUBT, 'haggle_unread');
  if (scan.discountProblem) c.cap(C_PARTIAL, 'discount_unapplied');
  // "…, 1 nya lagi diskon": a discount with no amount; the full price overstates the sale (discount-unpriced.ts).
  else if (!scan.discounted && entries.some((e) => e.kind === 'sale') && discountUnpriced(a)) c.cap(C_PARTIAL, 'discount_unapplied');
  for (const n of scan.notes) if (!c.notes.includes(n)) c.notes.push(n);

  // The date: the first one written; never after today. A chatter line's day ("besok
  // libur") is not the day of the entries.
  const role = scan.lines.role;
  // Nor is the day she will be paid ("bayarnya besok" on a credit sale).
  // (The credit test inline, not a named closure: see unknown-hints.ts's `has`.)
  const owedWords = credit !== null ? creditWords(a, credit) : null;
  let dates = scan.lines.chatter > 0 || owedWords !== null
    ? a.dates.filter((m) => role[m.start] !== L_CHATTER && !(owedWords !== null && owedWords[m.start] !== 0)) : a.dates;
  // "yang kemarin ambil kue udah bayar 20rb": the day names the buyer (when she took), she paid today.
  if (buyerNamed !== null) {
    const named = buyerNamed;
    dates = dates.filter((m) => m.start <= named.from || m.start >= named.pay);
  }
  // "beli mentega 32rb buat besok", "…, soalnya yang kemarin habis": what it was for, why (story-clauses.ts).
  dates = storyDates(a, dates);
  // "dp snack box buat pengajian kamis, ditransfer 750rb": the day of the event ordered, not of the DP (dp-received.ts).
  // "Pelunasan catering nikahan tgl 29 Nov baru masuk hari ini 3.200.000": the event's day, not the money's (settled-day.ts).
  if (dates.length > 0) dates = dates.filter((m) => !dpOrderDay(a, m) && !settledEventDay(a, m));
  let date = a.today;
  const first = dates[0];
  if (first) {
    if (first.date !== null) date = first.date;
    else c.cap(first.future ? C_GUESS : C_NOT_FACT, first.future ? 'future_date' : 'invalid_date');
    if (first.vague) c.cap(0.7, 'vague_date');
    for (const m of dates) {
      if (m.date !== first.date) {
        c.cap(0.6, 'several_dates');
        break;
      }
    }
  }
  if (closing >= 0) c.notes.push('closing_question');
  else if (a.question) c.cap(C_PARTIAL, 'question');
  // "bayar 100rb", "dapat 300rb", "keluar 50rb": a weak money verb with nothing named (no
  // goods, count, purpose or source) — paid for what, earned from what? Asked.
  if (!returning && credit === null && change === null && entries.length > 0 && entries.every((e) => (e.kind === 'sale' || e.kind === 'expense') &&
    e.item === null && e.quantity === null) && bareMoneyVerb(a) && namedPeople(a) === 0 && !namesPayChannel(a) && !namesPayee(a.tokens) &&
    // "ada 3 orderan masuk: 89k, 129k, 89k": her count names what the amounts were (counted-entries.ts).
    !scan.countedEntries &&
    // "jahit seragam 2 stel, dibayar 180rb": her work names what she was paid for (work-paid.ts).
    !workPaid(a) && !workFinished(a) &&
    // "masuk 200rb keluar 50rb": the cash book's in and out of the day, each named by the other.
    !(entries.some((e) => e.kind === 'sale') && entries.some((e) => e.kind === 'expense'))) c.cap(C_DOUBT, 'no_object');
  // "jual taplak 150rb tp dikasih diskon jadi 130rb": a second amount of the same kind whose
  // "goods" are words of a price's outcome is the first one restated, not a second sale.
  // Whatever reading missed it, two entries are never recorded unasked then.
  // ("senin laku 85rb, selasa 120rb, rabu cuma 40rb": read by days (`at` given, record-days.ts), an
  // amount on another day's lines is that day's own, no restatement.)
  if (entries.length >= 2 && entries.some((e, i) => i > 0 && e.item !== null && e.kind === entries[i - 1]?.kind &&
    !(at !== undefined && entries.length === scan.entries.length && onOtherLine(a, scan.entries[i - 1]?.at, scan.entries[i]?.at)) &&
    e.item.split(/\s+/).some((w) => OUTCOME_WORDS.has(w)))) c.cap(C_DOUBT, 'bare_second_amount');
  // "laku 2 taplak 150rb sepasang, kukasih 140rb aja": the price she let them go for replaces
  // the one written before it. Unless that price alone is the reading, asked (given-price.ts).
  const given = present(a, givenPrice.words) ? givenPrice(a) : null;
  if (given !== null && !(entries.length === 1 && entries[0]?.amount === given)) c.cap(C_DOUBT, 'haggle_unread');
  // "total jualan seminggu 1,25jt", "minggu lalu belanja 400rb": a period's sum, not today's.
  // Goods named let "bulan ini" qualify a bill ("sewa lapak bulan ini"); sales over "bulan
  // ini" are the month's takings, whatever goods they name.
  // ("pengeluarannya banyak bgt bulan ini 2jt": words of how much, "banyak bgt", name no goods.)
  const named = entries.some((e) => (e.item !== null && !degreeOnly(e.item)) || e.quantity !== null) && !entries.every((e) => e.kind === 'sale');
  // "ongkos tukang 2 hari, 150rb/hari": the rate times the count of days, weeks or months (time-rate.ts);
  // a count of time beside a rate that does not fit the numbers is asked, never the rate alone.
  const rated = dates.length === 0 && !range ? timeRate(a) : null;
  const timed = rated !== null && rated.amount !== null && entries.length === 1 && entries[0] !== undefined &&
    (entries[0].amount === rated.rate || entries[0].amount === rated.amount);
  // (As "3 hari @50rb" already reads: the count is the quantity, no unit of goods.)
  if (timed) {
    if (entries[0] !== undefined && rated.amount !== null && entries[0].amount !== rated.amount) {
      Object.assign(entries[0], { amount: rated.amount, quantity: rated.count, unitPrice: rated.rate });
    }
  } else if (rated !== null) c.cap(C_DOUBT, 'period_sum');
  if (!timed && ((dates.length === 0 && periodSum(a, named)) || range)) c.cap(C_DOUBT, 'period_sum');
  // "omset 3 hari ini 2.4jt", "laku 3 hari 900rb": takings over several days, whatever day is named (days-counted.ts).
  // (One entry only: beside several — "Senin 120rb / Selasa 95rb / … Total jualan 3 hari 355rb" — the days' total is a check.)
  else if (!timed && rated === null && entries.length === 1 && entries[0]?.kind === 'sale' && daysCounted(a)) c.cap(C_DOUBT, 'period_sum');
  // "Penjualan minggu ini 1,2jt, hari ini 200rb": the week's total holds the day's; the total is
  // left out, the day's money asked (period-sum.ts periodBesideDay).
  const besideDay = !timed && !range && entries.length >= 2 && entries.length === scan.entries.length
    ? periodBesideDay(a, dates.map((m) => m.start)) : null;
  if (besideDay !== null) {
    const inPeriod = (k: number): boolean => {
      const at = scan.entries[k]?.at;
      return at !== undefined && at >= besideDay.from && at < besideDay.to;
    };
    const keep = entries.filter((_, k) => !inPeriod(k));
    const total = entries.filter((_, k) => inPeriod(k));
    // Only a bare total of the kind the day's money is ("bayar sewa lapak bulan ini 300rb" is this
    // month's rent, goods named: no total).
    if (keep.length > 0 && total.length > 0 && total.every((e) => (e.item === null || degreeOnly(e.item)) && keep.some((k) => k.kind === e.kind))) {
      entries.splice(0, entries.length, ...keep);
      c.cap(C_DOUBT, 'period_total_left_out');
    }
  }
  const creditSale = credit !== null && entries.some((e) => e.kind === 'sale');
  // Lines of chatter, and the credit words of a credit sale ("bayarnya minggu depan"), say
  // nothing about whether the sale happened.
  let chatter = scan.lines.chatter > 0 ? role.map((r) => (r === L_CHATTER ? 1 : 0)) : undefined;
  // "tapi yg 5 gak laku": the negation is of the pieces left out, not of the sale.
  if (unsold) {
    chatter ??= new Uint8Array(a.tokens.length);
    for (let i = 0; i < unsold.hide.length; i++) if (unsold.hide[i] !== 0) chatter[i] = 1;
  }
  if (creditSale && owedWords !== null) {
    chatter ??= new Uint8Array(a.tokens.length);
    for (let i = 0; i < owedWords.length; i++) if (owedWords[i] !== 0) chatter[i] = 1;
  }
  if (closing >= 0) {
    chatter ??= new Uint8Array(a.tokens.length);
    for (let i = closing; i < a.tokens.length; i++) chatter[i] = 1;
  }
  // "…, yg beli ibu2 pengajian, katanya mau pesen lagi": the story's hearsay and plans (story-clauses.ts).
  const story = returning ? undefined : storyMask(a);
  if (story !== undefined) {
    chatter ??= new Uint8Array(a.tokens.length);
    for (let i = 0; i < story.length; i++) if (story[i] !== 0) chatter[i] = 1;
  }
  // "… / nanti kalo arisanku keluar aku balikin": a promise of later on a line of its own (promise-lines.ts).
  const promised = present(a, promiseLines.words) ? promiseLines(a) : null;
  if (promised !== null) {
    chatter ??= new Uint8Array(a.tokens.length);
    for (let i = 0; i < promised.length; i++) if (promised[i] !== 0) chatter[i] = 1;
  }
  for (const n of notFactNotes(a, chatter, creditSale)) c.cap(n === 'question' ? C_PARTIAL : C_NOT_FACT, n);
  // (Today, the usual day, is never too old: no date arithmetic for it.)
  if (date !== a.today && date < addDays(a.today, -OLDEST_DAYS_BACK)) c.cap(C_DOUBT, 'old_date');
  // "DP 50% dari 300rb": the amount written is a base, not what changed hands.
  if (hasMark(a.marks, M_PERCENT) && !percentOff) c.cap(C_NOT_FACT, 'percentage');
  // "Rekap hari ini" heading a day's lines names the day, it asks for nothing.
  // So is "rekap hari ini:" / "Laporan tgl 4 Des:" before the amounts on the same line.
  if ((a.f & F_RECAP) !== 0 && onEntryLines(a, role, F_RECAP) && !(entries.length > 0 && recapHeadsLine(a))) c.cap(0.6, 'recap_word');
  if ((a.f & F_UNDO) !== 0 && onEntryLines(a, role, F_UNDO) && undoOutside(a, calledOff) && !scan.selfCorrected && !spoken?.view && !restated) c.cap(0.6, 'undo_word');
  // "laku 50rb, tolong catat sebagai modal": she named the kind; another kind read is asked (kind-told.ts).
  const told = kindTold(a);
  if (told !== null && entries.some((e) => !told.includes(e.kind))) c.cap(C_DOUBT, 'kind_told');
  // "beli baju 100rb, sale 80rb": the price on sale, or her sale? Asked (sale-word.ts).
  if (saleAfterPurchase(a)) c.cap(C_DOUBT, 'sale_word_unclear');
  if (spoken?.view || restated) c.notes.push('self_corrected');
  if (spoken?.unclear) c.cap(C_DOUBT, 'self_correction_unclear');
  if (scan.selfCorrectionUnclear) c.cap(C_DOUBT, 'self_correction_unclear');
  // "gas 3kg 22rb", "es batu 5rb": a supply bought — or sold, by a warung that sells it? Asked.
  // (A sign she wrote on each line already says which: signed-lines.ts; so does a heading "stok …:": checked-list-kind.ts.)
  // ("gas elpiji 3kg buat masak pesenan katering 22rb": bought for her orders, said — no question.)
  if (purpose === null && onlySupplyVerbs(a.tokens) && !c.notes.includes('minus_expense') && signed !== true && scan.kindHeading !== 'expense') {
    c.cap(C_APPROX, 'supply_guessed');
  }
  // "rental ps 150rb", "delivery 5 box 150k": her cost, or her own service sold? Asked (cost-nouns.ts).
  const serviceCost = signed === true ? null : serviceCostOnly(a.tokens);
  if (serviceCost !== null && entries.every((e) => e.kind === 'expense')) c.cap(C_DOUBT, serviceCost);
  // "jaul 3 bros 45rb": a verb with one slip is still the verb, a little less sure.
  if (a.tokens.some((t) => t.info?.typo === true)) c.cap(C_PLAIN_LARGE, 'verb_typo');
  // A whole day in one message: answered even in a group when it has to be asked about.
  if (scan.entryLines >= 2 || (scan.lines.heading && entries.length > 0)) c.notes.push('day_sheet');
  if (a.truncated || scan.capped) c.cap(C_PARTIAL, 'truncated');

  // A sale on credit: "laku 3 kerudung @90rb, belum bayar Bu Tin".
  let creditField: { customer: string } | undefined;
  // "laku 10 donat @2rb, uangnya belum dikasih": the goods went, the money did not — on credit (work-paid.ts).
  if (credit === null && entries.length > 0 && entries.every((e) => e.kind === 'sale') && moneyNotHanded(a)) c.cap(C_DOUBT, 'credit_no_customer');
  if (credit && entries.some((e) => e.kind === 'sale')) {
    // "Bu Yati belum bayar bon 85rb": the tab run up before, still unpaid — no sale now (credit.ts).
    if (creditOnly && tabStillUnpaid(a.tokens)) c.cap(C_NOT_FACT, 'not_a_fact');
    if (credit.customer === null) c.cap(C_DOUBT, 'credit_no_customer');
    else {
      creditField = { customer: credit.customer.name };
      if (!credit.customer.titled) c.cap(0.75, 'customer_without_title');
      // "kasbon Bu Tin 30rb", "hutang Bu Ani 50rb": owed for goods, a cash advance, or her own debt?
      else if (creditOnly && !creditSaysSale(credit, entries.some((e) => e.kind === 'sale' && (e.item !== null || e.quantity !== null)))) {
        c.cap(C_DOUBT, 'credit_without_goods');
      }
      // A whole day with one credit line ("… / Bu Yati ambil 3 bungkus, bayarnya nanti"): which
      // lines are owed, and by whom, is not one credit for every sale: asked.
      if (scan.entryLines >= 2 || namedPeople(a) >= 2 || creditInOneClause(a, credit, scan.entries)) c.cap(C_DOUBT, 'credit_which_lines');
      // "laku 3 gamis @150rb, yg satu bu Ratna blm bayar": one of them is owed, not the whole sale.
      else if (partOwed(a)) c.cap(C_DOUBT, 'credit_which_lines');
      // "Bu Yati ambil 30rb, bayarnya nanti": goods, or money lent to her? Asked.
      if (someoneTakes(a) && entries.every((e) => e.kind !== 'sale' || (e.item === null && e.quantity === null))) {
        c.cap(C_DOUBT, 'credit_without_goods');
      }
    }
  }
  // "Bu Sumi kulakan kain 100rb": a named person buying stock — her customer (a sale), or
  // Bu Sumi's own spending? Not the writer's expense unasked.
  if (entries.some((e) => e.kind === 'expense') && namedSpender(a)) c.cap(C_DOUBT, 'named_spender');
  // "siti beli 2 kerudung 100rb": a word no list knows buying — a name, or hers? Asked (who-bought.ts).
  else if (entries.length === 1 && entries[0]?.kind === 'expense' && unknownBuyerAtHead(a.tokens, a.marks)) c.cap(C_DOUBT, 'family_or_buyer');
  // "Bu Ani ambil uang 50rb": someone else took money; not her household withdrawal for sure.
  if (entries.some((e) => e.kind === 'withdrawal') && someoneTakes(a)) c.cap(C_DOUBT, 'taken_by_someone');

  // "terima 500rb dari mas Budi", "dapat 1 juta dari jual motor", "modal 500rb": money whose source is not surely a sale (money-sources.ts).
  const source = returning ? null : unclearSource(a, entries);
  if (source !== null) c.cap(C_DOUBT, source);
  // A plan, a what-if question, a price list or a haggle is talk about money, not a record:
  // unknown (a help line in a private chat), never "Maksud Ibu begini?" about it.
  // "di pasar kerudung dijual 35rb", "tetangga jual gorengan 1rb": a price on offer (offered-price.ts).
  const offered = entries.length > 0 && entries.every((e) => e.kind === 'sale') &&
    offeredPrice(a, entries.some((e) => e.quantity !== null));
  const talk = offered ? 'price_list' : c.value < CONFIDENT ? moneyTalk(a, c.notes, entries.length, verbs) : null;
  if (talk !== null) return { intent: 'unknown', confidence: C_PARTIAL, notes: [...c.notes, talk] };

  const r: ParseResult = { intent: 'record', entries, date, confidence: round2(c.value) };
  if (unresolved.length > 0) r.unresolved = unresolved;
  if (creditField) r.credit = creditField;
  if (c.notes.length > 0) r.notes = c.notes;
  return r;
}

/**
 * Doubts about whose goods or money the entries are (her own goods, the cost of what she sold,
 * her family buying, the home's bills): a part of detectRecordOrRepayment, kept small so V8 optimises it quickly.
 */
function ownershipDoubts(a: Analysis, entries: ParsedEntry[], returning: boolean, c: Confidence): void {
  // "jual hp lama 700rb", "jual motor 8jt": her own goods sold, or her trade's? (own-goods.ts)
  if (!returning && ownGoodsSold(a, entries)) c.cap(C_DOUBT, 'own_goods_sold');
  // "omset pulsa 350rb, modalnya 325rb": the cost of what she sold, never a second sale (cost-of-sold.ts).
  if (!returning && costOfSold(entries)) c.cap(C_DOUBT, 'cost_of_sold');
  // "…, anak-anak beli jajan 20rb": her family buying is neither her expense nor surely a sale (family-buys.ts).
  if (!returning && entries.some((e) => e.kind === 'sale' || e.kind === 'expense') && householdBuysInside(a)) c.cap(C_DOUBT, 'family_or_buyer');
  // "bayar listrik rumah 120rb", "spp anak 150rb": the home's bill, paid from the business's money?
  if (!returning && householdBills(entries, a.tokens, c.notes.includes('kind_guessed'))) c.cap(C_DOUBT, 'withdrawal_guessed');
}

/**
 * Whose money an amount is when the purpose around it is easy to pass over: a top-up filled for
 * other people, money moved into a family member's account, catering for an occasion with no
 * verb (topup-for-others.ts, moved-to-account.ts, catering-side.ts).
 */
function amountAsideDoubts(a: Analysis, entries: ParsedEntry[], c: Confidence): void {
  if (topUpForOthers(a, entries)) c.cap(C_DOUBT, 'topup_for_others');
  if (movedToAccount(a, entries)) c.cap(C_DOUBT, 'moved_to_account');
  if (cateringSideUnclear(a, entries)) c.cap(C_DOUBT, 'catering_side');
}

/**
 * Doubts about words whose reading is unsure (an amount word, "kali", "habis", a trailing "masing2"):
 * a part of detectRecordOrRepayment, kept small so V8 optimises it quickly.
 */
function wordingDoubts(a: Analysis, entries: ParsedEntry[], returning: boolean, c: Confidence): void {
  // "… sejuta buat beli mesin 1,5jt, kurangnya dari kas usaha": the part put in, and the purchase (business-remainder.ts).
  if (businessRemainder(a, entries) === 'unclear') c.cap(C_DOUBT, 'part_of_amount');
  if (unreadAmountWord(a)) c.cap(C_PARTIAL, 'unread_amount');
  // "tukar telur 56rb" in plain Indonesian: exchanged or (Banjar) bought? Asked (context-words.ts).
  if (!returning && unsureBuyVerb(a)) c.cap(C_GUESS, 'buy_or_exchange');
  if (unreadPerWord(a)) c.cap(C_PARTIAL, 'unread_each_word');
  // "10 bungkus kerupuk kali 8rb": times, or Medan "very" (the total)? Asked (counted-each.ts).
  if (unsureTimes(a)) c.cap(C_DOUBT, 'list_price_each_or_total');
  // "jual 4 kaos, satu 50rb, dua lagi 40rb": the parts do not add up to the count stated (counted-each.ts).
  if (unsureSplit(a)) c.cap(C_PARTIAL, 'total_mismatch');
  // "laku 12 biji 20rb, goceng dapet 3": a price for several beside her own amount (price-for-several.ts).
  if (unsureDeal(a)) c.cap(C_PARTIAL, 'total_mismatch');
  // "1 dus 5 kg @20rb": a price a kilo, or for the box? Asked (container-weight.ts).
  if (unsureContainerPrice(a.tokens)) c.cap(C_DOUBT, 'unit_mismatch');
  // "gorengan habis 80rb": sold out for 80rb, or spent 80rb on it? Sale or expense is asked (context-words.ts).
  if (unsureSoldOut(a)) c.cap(C_NO_VERB, 'kind_guessed');
  // "laku 3 bros 15k, 2 kalung 20k masing2": each for the last line, or for every line? Asked.
  if (trailingEachSpansLines(a, entries)) c.cap(C_DOUBT, 'cheap_each');
}

/** The message opens with a minus glued to a money amount: "-25rb plastik klip" (not "- 25rb", a bullet). */
function minusLed(a: Analysis): boolean {
  const t = a.tokens[0];
  const ex = a.nums[0];
  return t !== undefined && t.type === T_PUNCT && t.text === '-' && ex !== undefined && ex.start === 1 &&
    (a.tokens[1] as Token).attached && ex.rupiah !== null &&
    // "-12000 plastik": a plain number of thousands after the sign is the same bookkeeping
    // style; "-5 plastik" (five pieces less?) is not.
    (ex.strength === S_MONEY || ((ex.strength === S_GROUPED || ex.strength === S_PLAIN) && ex.rupiah >= 1000));
}

/** Words of degree or a sigh that may be read as an item and name no goods: "banyak bgt", "lumayan". */
const DEGREE_WORDS = new Set(['banyak', 'byk', 'bnyk', 'bgt', 'banget', 'bngt', 'bener', 'amat', 'sekali', 'lumayan', 'parah', 'mahal',
  'murah', 'dikit', 'sedikit', 'gede', 'besar', 'kecil', 'terus', 'trus']);
/** An item made only of such words. */
function degreeOnly(item: string): boolean {
  return item.split(/\s+/).every((w) => DEGREE_WORDS.has(w));
}
