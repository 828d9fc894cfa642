/**
 * parseMessage: one chat message + the member's day → one intent (see docs/PARSING.md).
 *
 * Pure and deterministic: no I/O, no clock (today comes from the caller), no randomness.
 * Pipeline: normalize (bound, fold, lower-case, strip "/command@bot") → lex (tokens, once)
 * → dates and non-money numbers are marked → number expressions → intents in a fixed order:
 *
 *   0. on behalf of a member ("catat untuk Ani: …")  — read from the raw text (behalf.ts)
 *   1. slash commands that name an intent (/start, /help, /batal, /rekap, /minat, /catatan,
 *      /pesanan, /piutang, /harga, /hapus N)
 *   2. report (aset / karyawan fields)            — "omset" there is a field, not a sale
 *   3. lead interest (minat …)                    — before records: "minat 50" is a count
 *   4. delete a numbered entry ("hapus 3"), corrections ("ralat 150rb", "bukan 12 tapi 10"),
 *      lists ("lihat catatan", "daftar pesanan", "siapa yang belum bayar") — before undo,
 *      whose words ("hapus", "salah", "ralat") they share
 *   4b. undo when its word leads ("batal", "hapus yang tadi")
 *   4c. a customer paying ("Bu Tin bayar 270rb") — before records and repayments, whose
 *      verbs ("bayar", "dibayar") it shares; an order ("pesanan … DP 425rb") — before
 *      records, its amounts are not sales; a price list line ("/harga emping 80rb/kg")
 *   4d. an agent's fee ("fee brilink 35rb": agent-fee.ts), top-ups sold by the count with a face
 *      value ("pulsa 10rb x4 jual 12rb": face-count.ts) — before payments and records
 *   5. records (sales, expenses, withdrawals, capital; a credit sale names its customer)
 *      and repayments (segments → entries)
 *   6. recap, then undo anywhere, weak lead words ("sanggup 40"), short lead answers
 *      ("ikut", "saya ambil", "maaf belum bisa", "skip": lead-reply.ts), help
 *   7. unknown
 *
 * Whatever was read then passes ordered lists of guards, which only ask or read it again, in the
 * order listed (guard-lists.ts applyGuards).
 *
 * It never throws on any text: a defect inside is caught and reported as `unknown` with
 * confidence 0 and the note "internal_error" (tests assert it never happens). It does
 * throw a RangeError when `ctx.today` is not a real YYYY-MM-DD day: that is a programming
 * error of the caller, and resolving dates against a wrong day would record wrong books.
 */
import { cheapMeasure, rateDisagrees, sharedRate } from './shared-rate.ts';
import { sharedRateAll } from './shared-rate-all.ts';
import { calcLineFirst } from './calc-line-first.ts';
import { eachAnPrice } from './each-an-price.ts';
import { bundlePiecePrice } from './bundle-piece-price.ts';
import { isIsoDate, type IsoDate } from '../core/dates.ts';
import { CONFIDENT } from './types.ts';
import { analyze, type Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { detectOnBehalf } from './behalf.ts';
import { C_CLEAR, C_DOUBT, C_PARTIAL, Confidence } from './confidence.ts';
import { costSell } from './cost-sell.ts';
import { detectAgentFee } from './intents/agent-fee.ts';
import { detectFaceCount } from './intents/face-count.ts';
import { detectBusinessCash } from './intents/business-cash.ts';
import { detectPurseMoved, detectPurseTaken } from './intents/purse-taken.ts';
import { detectCorrection } from './intents/correction.ts';
import { detectShapeChange } from './intents/correction-shape.ts';
import { detectDeleteAll } from './intents/delete-all.ts';
import { detectDeleteEntry } from './intents/delete-entry.ts';
import { detectHelp, detectHowTo } from './intents/help.ts';
import { detectLead } from './intents/lead.ts';
import { detectLeadReply } from './intents/lead-reply.ts';
import { detectListEntries, detectListOpen } from './intents/lists.ts';
import { detectOrder } from './intents/order.ts';
import { detectKinLent } from './intents/kin-lent.ts';
import { detectPassedThrough } from './intents/passed-through.ts';
import { detectOwnUse } from './intents/own-use.ts';
import { detectOutsideCapital } from './intents/outside-capital.ts';
import { detectOwnMoneyIn } from './intents/own-money-in.ts';
import { capitalAside, detectOutsideMoneyIn, moneyClausesEnd, preferOutsideReading } from './intents/outside-money-in.ts';
import { detectGivenCapital } from './intents/given-capital.ts';
import { detectFamilyBuying } from './intents/family-buys.ts';
import { detectBareNumber, detectBuyerOnly, detectCashCount, detectDpShareOnly } from './intents/vague.ts';
import { detectPaymentReceived } from './intents/payment-received.ts';
import { detectCollectedOrderPaid, detectGoodsOrderPaid } from './intents/goods-order-paid.ts';
import { detectDebtorMoneyIn, detectDebtorPaid } from './intents/debtor-paid.ts';
import { detectTabMoneyIn } from './intents/tab-money-in.ts';
import { detectCustomerInstalment } from './intents/customer-instalment.ts';
import { detectRecap } from './intents/recap.ts';
import { detectRecordOrRepayment } from './intents/record.ts';
import { detectReport } from './intents/report.ts';
import { detectSetPrice } from './intents/set-price.ts';
import { detectUndo } from './intents/undo.ts';
import { joinThenClauses } from './intents/then-clauses.ts';
import { splitMixedReturn } from './intents/mixed-return.ts';
import { F_EXPENSE, F_LEAD, F_PERIOD, F_RECAP, F_SALE, F_UNDO, G_CORRECT, G_ORDER } from './word-roles.ts';
import { prepare } from './normalize.ts';
import { withGivenNames } from './given-names.ts';
import { namesWritten } from './names-written.ts';
import { guardPlan } from './plan-guard.ts';
import { AMOUNT_GUARDS, ASSEMBLED_GUARDS, FIRST_READING_GUARDS, JOINED_READING_GUARDS, OUTSIDE_MONEY_GUARDS, OWED_GUARDS, READ_APART_GUARDS, READER_GUARDS,
  REREAD_GUARDS, TRACKER_LINES_GUARDS, TRUNCATED_GUARDS, WHOLE_MESSAGE_GUARDS, applyGuards, applyGuardsTo } from './guard-lists.ts';
import { wordsTakenBack } from './self-correction.ts';
import { textOf } from './per-day.ts';
import { restatedBrackets } from './restated-amount.ts';
import { scaledByTotal } from './scale-from-total.ts';
import { askedInThousands, bareAmounts, bareThousands } from './bare-thousands.ts';
import { unitPriceShape } from './unit-price-shapes.ts';
import { unitLines } from './unit-lines.ts';
import { totalSpentShape } from './total-spent.ts';
import { withoutCountBreakdown } from './count-breakdown.ts';
import { withoutReportTalk } from './talk-clause.ts';
import { withoutTillRemark } from './till-remark.ts';
import { withoutPaidClause } from './paid-clause.ts';
import { faceValueAn } from './face-value-an.ts';
import { countTimes } from './count-times.ts';
import { containerFill } from './container-fill.ts';
import { faceClauses } from './face-clauses.ts';
import { creditPart, splitOwed } from './credit-part.ts';
import { inUnitCost, profitEntry, readUnitCost, unitCostClauses, type UnitCost } from './unit-cost.ts';
import { soldFewOnly } from './sold-few.ts';
import { priceListSale } from './price-list-sale.ts';
import { countDisagrees, priceTiers, restatedDisagrees } from './count-amount-doubts.ts';
import { othersPraised } from './other-owner.ts';
import { unknownHint } from './unknown-hints.ts';
import { readPartClause } from './part-amount.ts';
import { readPurposeParts } from './purpose-parts.ts';
import { readFamilySale } from './family-sellers.ts';
import { readNoSalesDay } from './no-sales-day.ts';
import { withoutTalk } from './price-talk.ts';
import { present, trigger, type Trigger } from './triggers.ts';
import { readTrackerLines } from './tracker-lines.ts';
import { readColumnSheet } from './column-sheet.ts';
import { inlineCorrection } from './inline-correction.ts';
import { guardOnlineSelling } from './online-selling.ts';
import { readConsignFee } from './consign-fee.ts';
import { slashVerbEntry } from './slash-verbs.ts';
import { detectSetorCapital } from './setor-capital.ts';
import { detectSeveralPayers, severalBuyersShape } from './several-payers.ts';
import type { ParseContext, ParseResult } from './types.ts';

export { CONFIDENT } from './types.ts';
export { parseAmount } from './parse-amount.ts';
export { OLDEST_DAYS_BACK } from './intents/record.ts';
export { kindOfWord, parseDay } from './answers.ts';
export { statesEachOrTotal } from './price-stated.ts';

const HELP_COMMANDS = new Set(['start', 'help', 'bantuan', 'menu', 'mulai', 'panduan', 'tolong']);
const UNDO_COMMANDS = new Set(['batal', 'batalkan', 'undo', 'cancel', 'hapus']);
// "/saldo", "/balance": other money-tracker bots' word for "where do my books stand" — a recap.
const RECAP_COMMANDS = new Set(['rekap', 'recap', 'laporan', 'ringkasan', 'summary', 'saldo', 'balance']);
const ENTRIES_COMMANDS = new Set(['catatan', 'entries', 'daftar']);
const ORDER_COMMANDS = new Set(['pesanan', 'order', 'orders']);
const RECEIVABLE_COMMANDS = new Set(['piutang', 'hutang', 'utang', 'bon', 'kasbon']);
const PRICE_COMMANDS = new Set(['harga', 'price']);
// "/edit 50k": other bots' command for changing the last entry — a correction, never a new sale.
const CORRECT_COMMANDS = new Set(['ralat', 'koreksi', 'edit', 'ubah']);

export function parseMessage(text: string, ctx: ParseContext): ParseResult {
  if (!ctx || typeof ctx.today !== 'string' || !isIsoDate(ctx.today)) {
    throw new RangeError(`parseMessage: ctx.today must be a YYYY-MM-DD day, got ${String(ctx?.today)}`);
  }
  try {
    return moneyNamed(parseInner(text, ctx));
  } catch {
    return { intent: 'unknown', confidence: 0, notes: ['internal_error'] };
  }
}

/**
 * Money in is never trusted without its amount, whichever reader read it: a customer's payment,
 * her instalment or a sale of 0 or of no amount asks ("Bu Sumiati sudah lunas angsurannya kata
 * ketua" once became a confident payment of 0; a return is a sale below 0, kept). A payment that settles a tab in full ("bu Tin
 * lunas", `settled`) names no amount on purpose: the tab's own amount is paid, and it stands.
 */
function moneyNamed(r: ParseResult): ParseResult {
  if (r.confidence < CONFIDENT) return r;
  const empty = r.intent === 'payment_received' ? r.amount === 0 || (r.amount === null && !r.settled)
    : r.intent === 'repayment' ? r.amount === null || r.amount <= 0
    : r.intent === 'record' && r.entries.some((e) => e.kind === 'sale' && (e.amount === 0 || Number.isNaN(e.amount)));
  return empty ? { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'no_amount'] } as ParseResult : r;
}

function parseInner(text: string, ctx: ParseContext, row = false, corrected = false, outsideRead = true): ParseResult {
  // 0. "catat untuk Ani: …": the rest is Ani's message, parsed again by the flow.
  if (typeof text === 'string') {
    const behalf = detectOnBehalf(text);
    if (behalf) return behalf;
  }
  const prep = prepare(text);
  const a = analyze(prep.text, ctx.today, prep.truncated);
  if (a.tokens.length === 0) return { intent: 'unknown', confidence: 0.99 };
  // "tadi Tigor bayar utang 50rb": the names she capitalised mid-sentence, kept before the case is gone.
  if (typeof text === 'string' && prep.command === null) a.named = namesWritten(text);
  // "Tigor nyicil 50rb", "gaji ani dibayar": a given name is a name, first word or lower case (given-names.ts).
  a.named = withGivenNames(a.named, a.tokens);
  // "laku 12 bros @15rb, tolong dicatat ya bu soalnya aku suka lupa kalo ga langsung lapor": talk
  // about the reporting itself (sorry, note it, correct me, thanks, wishes, feelings) says nothing
  // about the money beside it; read without it (talk-clause.ts).
  if (prep.command === null && !prep.truncated) {
    const plain = present(a, withoutReportTalk.words) ? withoutReportTalk(a) : null;
    if (plain !== null) return parseInner(plain, ctx, row, corrected);
  }
  // "laku 12 bros @15rb eh salah 14 bros ding": one field of the entry corrected in the same
  // message — read again with the corrected field in place; asked when which field or entry is
  // unclear (inline-correction.ts). `corrected`: the message already read so, never twice.
  if (!corrected && prep.command === null && !prep.truncated) {
    const fix = present(a, inlineCorrection.words) ? inlineCorrection(a) : null;
    if (fix === 'unclear') return selfCorrectionUnclear(parseInner(text, ctx, row, true));
    // (The corrected text read as one entry of the corrected amount, or the message is left to
    // the other readers as written: a rewrite the readers take otherwise vouches for nothing.)
    const r = fix === null ? null : parseInner(fix.text, ctx, row, true);
    // (With sentences kept after it — "… eh maksudnya 2500 sebungkus. Ongkos kereta 10rb." — the corrected entry is the first.)
    if (r?.intent === 'record' && (r.entries.length === 1 || fix?.more === true) && r.entries[0]?.amount === fix?.amount) {
      return { ...r, notes: [...(r.notes ?? []), 'self_corrected'] };
    }
  }
  // "terima tf 500rb (lima ratus ribu) dari bu Ani": the amount said again in brackets changes
  // nothing — the message is read as without it (restated-amount.ts).
  if (prep.command === null && !prep.truncated && prep.text.includes('(')) {
    const drop = restatedBrackets(a);
    if (drop !== null) return parseInner(textOf(a.tokens, 0, a.tokens.length, (i) => drop[i] === 1), ctx, row);
  }
  // "gorengan td pagi 60, siang 45, sore 70. total 175rb": bare numbers that add up to the stated
  // total exactly are in its thousands; read again with the scale written (scale-from-total.ts).
  if (prep.command === null && !prep.truncated) {
    const scaled = scaledByTotal(a);
    if (scaled !== null) return parseInner(scaled, ctx, row);
  }
  // "omset 450, keluar 120", "tadi ambil 100 buat beli obat mamak": bare numbers after money words with
  // no scale anywhere are offered in thousands, always asked (bare-thousands.ts).
  if (prep.command === null && !prep.truncated) {
    const thousands = present(a, bareThousands.words) ? bareThousands(a) : null;
    if (thousands !== null) {
      const asked = askedInThousands(parseInner(thousands, ctx, row), bareAmounts(a));
      if (asked !== null) return asked;
    }
  }
  // The message said again in a shape the readers know (RESHAPES below): the first that applies is read instead.
  if (prep.command === null && !prep.truncated) {
    for (const reshape of RESHAPES) {
      // (A reshape whose words are absent says nothing: skipped unentered, as guard-lists.ts's guards.)
      const words = (reshape as { readonly words?: Trigger }).words;
      if (words !== undefined && !present(a, words)) continue;
      const said = reshape(a);
      if (said !== null) return parseInner(said, ctx, row);
    }
  }
  // "ibu kasih modal 300rb, udah masuk kas": where the capital or the takings now sit is no event of
  // its own; read without it, kept when that reading is capital or sales (till-remark.ts).
  if (prep.command === null && !prep.truncated) {
    const rest = present(a, withoutTillRemark.words) ? withoutTillRemark(a) : null;
    const r = rest === null ? null : parseInner(rest.text, ctx, row);
    if (r !== null && r.intent === 'record' && r.entries.length > 0 && r.entries.every((e) => e.kind === 'capital' || e.kind === 'sale')) {
      // "laku 200rb, udah aku masukin ke laci 150rb": only part put away — where the rest went is asked.
      const whole = r.entries.reduce((sum, e) => sum + e.amount, 0);
      if (rest?.part === null || rest?.part === whole) return r;
      return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []), 'part_put_away'] };
    }
  }
  // "laku 3 kg 540rb, ons 18rb": a rate restated beside its total is no second sale; "laku beras
  // 50 kg, 12rb": no kilo sells for Rp240 — said again before any reading (shared-rate.ts).
  if (prep.command === null && !prep.truncated) {
    // "klepon 40, lemper 35, semuanya 2rb": no total leaves Rp20 a piece — the rate for all (shared-rate-all.ts).
    const restated = sharedRate(a, true) ?? sharedRateAll(a, true);
    if (restated !== null && restated !== prep.text) return parseInner(restated, ctx, row);
    // "12 x 25.000 = 300.000\nitu td pesanan tumpeng …, udah lunas": the figure, then what it was (calc-line-first.ts).
    const calc = calcLineFirst(prep.text);
    if (calc !== null) return parseInner(calc, ctx, row);
    // "laku telur 10 kg 2rb": Rp200 or Rp2.000 a kilo — neither believable: read as written, asked.
    // (`corrected`: read once more as it stands — two numbers hold no correction to read.)
    if (!corrected && cheapMeasure(a)) {
      const read = parseInner(prep.text, ctx, row, true);
      // (The staple's own floor may have asked it already: goods-price.ts cheapPerMeasure.)
      if (read.intent === 'record') return { ...read, confidence: Math.min(read.confidence, C_DOUBT), notes: [...(read.notes ?? []).filter((n) => n !== 'cheap_each'), 'cheap_each'] };
    }
    // "laku 3 kg 540rb, ons 20rb": a rate that does not give the total — the total read, asked.
    const differs = rateDisagrees(a);
    const read = differs === null ? null : parseInner(differs, ctx, row);
    if (read !== null) {
      return read.intent === 'record' ? { ...read, confidence: Math.min(read.confidence, C_DOUBT), notes: [...(read.notes ?? []), 'total_mismatch'] } : read;
    }
  }
  // A table, rows or named fields copied from a spreadsheet or another app: the columns name
  // each cell's kind, a total row is a check (column-sheet.ts). Strict shape, so it goes first.
  // (A row's note is read again as a plain message, `row`: never as a sheet of its own.)
  if (prep.command === null && !prep.truncated && !row) {
    const sheet = applyGuardsTo(a, readColumnSheet(prep.text, ctx.today as IsoDate, (t) => parseInner(t, ctx, true)), ASSEMBLED_GUARDS);
    if (sheet !== null) return sheet;
  }
  // "ongkos jahit eh bukan maksudnya aku terima ongkos permak 35rb", "jual eh salah beli gula 20rb":
  // the wording taken back before any amount is not her message; the rest is (self-correction.ts).
  const back = prep.command === null && !prep.truncated && present(a, wordsTakenBack.words) ? wordsTakenBack(a) : null;
  if (back) {
    // (The whole message's guards still hold: "rencana jual eh salah beli kardus 20rb" is a plan.)
    const rest = applyGuards(a, parseInner(textOf(a.tokens, 0, a.tokens.length, (i) => back[i] === 1), ctx), WHOLE_MESSAGE_GUARDS);
    return rest.intent === 'record' ? { ...rest, notes: [...(rest.notes ?? []), 'self_corrected'] } : rest;
  }
  // "laki kasih modal 500rb buat tambah stok", "BLT cair 600rb, 300rb masuk modal jualan": money from
  // outside into the business, read clause by clause — the part put in, the rest not recorded, a
  // purchase said with it a second entry (outside-money-in.ts). Its own clauses are held to plans;
  // a remark after them is not (the range, hedge and bound guards still hold). The other readers'
  // reading stands when it records the same entries confidently (`outsideRead`: read once so).
  if (prep.command === null && !prep.truncated && outsideRead) {
    const outside = present(a, detectOutsideMoneyIn.words) ? detectOutsideMoneyIn(a) : null;
    if (outside) {
      const others = parseInner(text, ctx, row, corrected, false);
      const end = moneyClausesEnd(a);
      const said = end < a.tokens.length ? analyze(textOf(a.tokens, 0, end), ctx.today, false) : a;
      // ("dapat 300rb campur dari jualan sama dikasih suami": the outside part unsaid — sources-mixed.ts.)
      return applyGuards(a, preferOutsideReading(others, applyGuards(a, guardPlan(said, outside), AMOUNT_GUARDS)), OUTSIDE_MONEY_GUARDS);
    }
    // "laku 500rb, suami kasih modal 200rb": the other clauses read without the capital, the capital beside them.
    const aside = present(a, capitalAside.words) ? capitalAside(a) : null;
    if (aside !== null) {
      const rest = parseInner(textOf(a.tokens, 0, a.tokens.length, (i) => i >= aside.from && i <= aside.to), ctx, row, corrected, false);
      if (rest.intent === 'record' && rest.confidence >= CONFIDENT && rest.entries.length > 0 && rest.entries.every((e) => e.date === undefined)) {
        if (aside.plan) return { ...rest, confidence: C_DOUBT, notes: [...(rest.notes ?? []), 'hypothetical'] };
        // (The other readers' reading stands when it already writes the same money confidently.)
        return preferOutsideReading(parseInner(text, ctx, row, corrected, false), { ...rest, entries: [...rest.entries, aside.entry] });
      }
    }
  }
  // "laku 200rb tapi yang 50rb masih dibon sama bu Yati": part of the sale owed — the sale read
  // without that clause, split into the part paid and the part on her tab (credit-part.ts).
  let unchecked: UnitCost | null = null;
  // "jual 5 hijab @40k (modal 28k), profitnya 60k": one piece's cost beside a counted sale, the
  // profit a check — the sale read without them, checked against them (unit-cost.ts).
  if (prep.command === null && !prep.truncated && !row) {
    const u = unitCostClauses(a);
    // (The test is made only when there are clauses to leave out: a named closure made on every
    // message cost ~2 % of a parse, tsx's keepNames naming each one with Object.defineProperty.)
    const rest = u === null ? null : parseInner(textOf(a.tokens, 0, a.tokens.length, (i) => inUnitCost(u, i)), ctx, row, corrected);
    const sold = rest === null || u === null ? null : readUnitCost(rest, u);
    if (sold !== null) return applyGuards(a, sold, WHOLE_MESSAGE_GUARDS);
    unchecked = u;
  }
  // (A part the rest does not hold — above the total, several sales — is asked whatever is read.)
  let owedUnclear = false;
  if (prep.command === null && !prep.truncated && !row) {
    const owed = creditPart(a);
    const sale = owed === null ? null : parseInner(textOf(a.tokens, 0, a.tokens.length, (i) => i >= owed.from && i < owed.to), ctx, row, corrected);
    const split = sale === null || owed === null ? null : splitOwed(sale, owed);
    if (split !== null) return applyGuards(a, split, WHOLE_MESSAGE_GUARDS);
    owedUnclear = owed !== null;
  }
  // Every reader's result passes the guards (guard-lists.ts): a plan, a range, a hedged figure or a
  // bound is never recorded unasked, whichever reader read it.
  const read1 = applyGuards(a, readIntent(a, prep.command), FIRST_READING_GUARDS);
  const read2 = owedUnclear && read1.intent === 'record' && read1.confidence >= CONFIDENT
    ? { ...read1, confidence: C_DOUBT, notes: [...(read1.notes ?? []), 'part_of_amount'] } : read1;
  // (A profit her cost could not be checked against, read as an entry of its own: taken out, asked.)
  const first = unchecked === null ? read2 : profitEntry(read2, unchecked) ?? read2;
  // "laku gamis 1, modal 120rb jual 150rb", "jual pulsa 3x: 10rb jual 12rb, …": an item's cost or
  // face value beside her selling price — the sales are the selling prices only (cost-sell.ts).
  const whole = prep.command === null ? soldAtPrice(a, first) : first;
  // "jual ikan 20rb 3 ekor 50rb": a price list (one for 20rb, three for 50rb), never two sales unasked.
  if (whole.intent === 'record' && whole.confidence >= CONFIDENT && priceTiers(a)) {
    return { ...whole, confidence: C_DOUBT, notes: [...(whole.notes ?? []), 'price_tiers'] };
  }
  // "beli 3 paket, 50rb, 60rb": three counted, two amounts listed — which is for what, asked.
  if (whole.intent === 'record' && whole.confidence >= CONFIDENT && countDisagrees(a)) {
    return { ...whole, confidence: C_DOUBT, notes: [...(whole.notes ?? []), 'count_unpriced'] };
  }
  // "beli 2 karung @150rb, 250rb buat stok": a second bare amount that is not count × price — a
  // restated total mistyped, or another purchase? Asked, never two entries unasked.
  if (whole.intent === 'record' && whole.confidence >= CONFIDENT && restatedDisagrees(a)) {
    return { ...whole, confidence: C_DOUBT, notes: [...(whole.notes ?? []), 'total_mismatch'] };
  }
  // "COD 3 paket: 89rb, 112rb, 65rb": read doubtfully as written, a count matched by as many
  // amounts is read again without it — each amount one of them (unit-price-shapes.ts).
  if (whole.confidence < CONFIDENT && prep.command === null && !prep.truncated) {
    const listed = unitPriceShape(a, true);
    const again = listed === null ? null : parseInner(listed, ctx, row);
    if (again !== null && again.confidence >= CONFIDENT) return again;
  }
  // "bu ani 3kg, bu rina 5kg, semua @7rb", "mie ayam laku 35 mangkok, 12rb", "laku 3 kg 540rb, ons 18rb":
  // one rate for several counts, a price no total can be, a rate restated — read doubtfully as
  // written, said again as count @ price and kept when that reads plainly (shared-rate.ts).
  if (whole.confidence < CONFIDENT && prep.command === null && !prep.truncated) {
    const rated = sharedRate(a);
    const again = rated === null || rated === prep.text ? null : parseInner(rated, ctx, row);
    if (again !== null && again.confidence >= CONFIDENT) return again;
    // "bakwan 50, tahu isi 40, semua sewu an": a rate she says is for all, whatever the goods
    // (shared-rate-all.ts); with no sale verb the amounts are settled and the kind still asked.
    // "laku 2 aku jual 102rb an", "1 kodi jilbab laku, 1nya 30rb": a price each the readers took
    // for "about" or for the bundle (each-an-price.ts, bundle-piece-price.ts).
    const all = rated === null ? sharedRateAll(a) ?? eachAnPrice(a) ?? bundlePiecePrice(a) : null;
    const each = all === null ? null : parseInner(all, ctx, row);
    if (each !== null && (each.confidence >= CONFIDENT || (each.intent === 'record' && (each.notes ?? []).every((n) => KIND_ONLY.has(n))))) return each;
  }
  // "masukin uang pribadi 200rb ke kas …, terus kulakan 450rb": two steps, each read on its own
  // when the whole reading is doubtful (then-clauses.ts). Each part passes the guards too.
  if (prep.command !== null) return whole;
  // A message cut short is not read apart: only price talk and someone else paying are asked
  // (guard-lists.ts TRUNCATED_GUARDS). ("/harga …" returned above.)
  if (prep.truncated) return applyGuards(a, whole, TRUNCATED_GUARDS);
  const readPart = partReader(ctx.today);
  // "laku 300rb, ada yang retur 1 kerudung 45rb": the sales and the return, each read on its own (mixed-return.ts).
  // "gak laku hari ini, cuma bayar parkir 5rb": nothing sold, then what she spent (no-sales-day.ts).
  // "jual pulsa 10rb 6x harga 12rb, isi deposit server 300rb": top-ups by the count beside another clause (face-clauses.ts).
  const then = joinThenClauses(whole, prep.text, readPart, a) ?? splitMixedReturn(whole, prep.text, readPart) ?? faceClauses(a, whole, prep.text, readPart) ??
    // (The parts are read apart, so a plan opening the whole — "mau sepi…, cuma beli es 6rb" — is guarded again.)
    applyGuardsTo(a, readNoSalesDay(whole, prep.text, (part) => analyze(part, ctx.today, false), readPart), ASSEMBLED_GUARDS) ?? whole;
  // "anak saya yang jualin, laku 60rb": her family selling for her — her sale (family-sellers.ts).
  const joined = readFamilySale(a, then, readPart) ?? then;
  // "beli bahan 150rb tp yg 50rb buat dapur": a part of an amount is no new entry (part-amount.ts).
  // "ambil 100rb buat listrik sama 20rb buat jajan anak": one verb, each amount its own purpose (purpose-parts.ts).
  const parts = readPurposeParts(a, joined, readPart) ?? readPartClause(a, joined, readPart) ?? joined;
  // Whose money it is and what it was for: someone else's act, hearsay, a home line, her own debt… (guard-lists.ts).
  const guarded = applyGuards(a, parts, JOINED_READING_GUARDS);
  // Whom an instalment or a tab is owed to (guard-lists.ts OWED_GUARDS); then "bayar ongkir JNE … 28rb",
  // "Tiktok cair 812.350 (penjualan 890rb dipotong …)": online selling's words (online-selling.ts), read
  // with the message's text and parts; then a part said, sources mixed, a use undecided, a DP's percentage.
  const owed = applyGuards(a, guarded, OWED_GUARDS);
  // "teh Ani nitip kue …, laku 15 @3rb, komisi aku 7.500": another's goods sold, her fee said — the fee is hers (consign-fee.ts).
  const fee = readConsignFee(a, owed, prep.text, (part) => parseInner(part, ctx)) ?? owed;
  const reread = applyGuards(a, guardOnlineSelling(a, fee, prep.text, readPart), REREAD_GUARDS);
  // (A result read again passes the whole message's guards again: "besok mau lunasin bon ke supplier 1jt" is a plan.)
  const read = reread === guarded ? guarded : applyGuards(a, reread, WHOLE_MESSAGE_GUARDS);
  // "telor skrg mahal, 30rb sekilo. laku 20 porsi 200rb": a sentence of price talk beside her
  // own event is left out, the rest read again as a whole message (price-talk.ts withoutTalk).
  const kept = read.notes?.includes('price_talk') || !present(a, withoutTalk.words) ? null : withoutTalk(a);
  if (kept === null || kept === '') return read;
  // (The whole message's guards still hold: a plan, a range or a hedge said in the remark asks.)
  const again = applyGuards(a, parseInner(kept, ctx), READ_APART_GUARDS);
  return again.intent === 'unknown' ? read : again;
}

/**
 * Rewrites of the whole message into a shape the readers already know, tried in this order
 * (each file says why its rewrite is safe and cannot rewrite its own output again):
 * - "laku 3 noken, 1 noken 200 ribu", "2 lembar, satu 275rb, satu lagi 300rb": which number is the
 *   count and which amount is for one (unit-price-shapes.ts);
 * - "jual 2 set sprei / 1 set 120rb / 1 set 135rb": a count, then each piece's price on a line of its
 *   own — each line one piece (unit-lines.ts);
 * - "aer galon 2 ama gas melon 1 semuanya abis gocap": the total spent on the goods counted before
 *   it, with the spending verb before them (total-spent.ts);
 * - "sold out 12 tote bag @85k, 3 via shopee 9 COD": the count broken down by channel is a check
 *   (count-breakdown.ts);
 * - "pulsa 25an laku 3 @27rb": "25an" after a top-up word is its face value, 25rb (face-value-an.ts);
 * - "sonde laku banyak hari ini, cuma 3 piring @10rb": "not many sold, only 3" states the 3 sold
 *   (sold-few.ts);
 * - "PRICE LIST / bros 15rb / kerudung 85rb …, laku 2 kerudung": the count sold at its listed price
 *   (price-list-sale.ts);
 * - "bu A sama bu B beli bros masing2 2 @15rb": buyers each buying the count, one sale of all the
 *   pieces (several-payers.ts);
 * - "laku 4 order kali 12rb": "kali" between a count and an amount is "x" (count-times.ts);
 * - "jual kue lumpur 3 dus isi 10, sebiji 2.500": containers × pieces in each, at a price of one
 *   piece (container-fill.ts);
 * - "laku 9 gamis, semua udah transfer ke rekening, total 1.215.000": a clause only saying the buyers
 *   paid, and how, is no line of its own (paid-clause.ts).
 */
const RESHAPES: readonly ((a: Analysis) => string | null)[] = [unitPriceShape, unitLines, totalSpentShape, withoutCountBreakdown, faceValueAn, soldFewOnly, priceListSale,
  severalBuyersShape, countTimes, containerFill, withoutPaidClause];

/**
 * The record read again from the cost-and-price pairs (cost-sell.ts): one sale a selling price,
 * no cost recorded, through the whole message's guards. Only over a plain record of sales and
 * expenses (no credit, capital or others' money), on the day it read.
 */
function soldAtPrice(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.credit !== undefined || r.entries.some((e) => e.kind !== 'sale' && e.kind !== 'expense')) return r;
  const sold = present(a, costSell.words) ? costSell(a) : null;
  // (Already read so — "pulsa 25rb dijual 27rb" by resale.ts — the reading stands.)
  if (sold === null || (r.entries.length === sold.prices.length && r.entries.every((e, i) => e.kind === 'sale' && e.amount === sold.prices[i]))) return r;
  const item = r.entries.find((e) => e.item !== null && /^\p{L}/u.test(e.item) && !COST_ITEM.test(e.item))?.item ?? null;
  const entries = sold.prices.map((amount) => ({ kind: 'sale' as const, amount, item, quantity: null, unit: null, unitPrice: null }));
  // (Only a passive "dijual": the prices may be only on offer; a price below its cost: a loss, or
  // the two swapped — the sales shown, asked.)
  const notes = ['cost_beside_price'];
  if (!sold.hers) notes.push('offered_price');
  if (sold.below) notes.push('below_cost');
  const read: ParseResult = { intent: 'record', entries, date: r.date, confidence: notes.length === 1 ? C_CLEAR : C_DOUBT, notes };
  return applyGuards(a, read, WHOLE_MESSAGE_GUARDS);
}
const COST_ITEM = /^(modal|modalnya|modale|modalne|hpp|beli|belinya|kulak|kulakan|kulaknya)\b/;

/** A reading whose correction is unclear: asked (a record never stays confident). */
function selfCorrectionUnclear(r: ParseResult): ParseResult {
  if (r.intent !== 'record') return r;
  const notes = r.notes?.includes('self_correction_unclear') ? r.notes : [...(r.notes ?? []), 'self_correction_unclear'];
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes };
}

/** Each day's part reader (few days are ever parsed at once: cleared when many). */
const READERS = new Map<string, (part: string) => ParseResult>();

/**
 * Reads a part of a message on its own, through the same guards as a whole message. One reader
 * a day, kept: a named closure made on every parse costs tsx's keepNames a defineProperty each
 * time, a measurable share of a parse (docs/BENCHMARKS.md).
 */
function partReader(today: string): (part: string) => ParseResult {
  let reader = READERS.get(today);
  if (reader === undefined) {
    reader = (part: string): ParseResult => {
      const view = analyze(part, today, false);
      return applyGuards(view, readIntent(view, null), READ_APART_GUARDS);
    };
    if (READERS.size >= 64) READERS.clear();
    READERS.set(today, reader);
  }
  return reader;
}

/** "bukan", "eh", "maaf": a correction said in passing (readIntent's own test after the gate). */
const T_SPOKEN_CORRECTION = trigger(['bukan', 'eh', 'maaf']);

/**
 * Doubts a tracker's signed or labelled lines settle: the kind guessed, a plain or weak amount, a
 * count in the note left over, several days. A reading with any other doubt keeps it (asked).
 */
/** Doubts that leave the amounts settled and ask only the kind (a list with no verb). */
const KIND_ONLY = new Set(['kind_guessed', 'day_sheet']);
const TRACKER_SETTLES = new Set(['kind_guessed', 'weak_verb', 'unaccounted_number', 'supply_guessed', 'several_dates',
  'bare_second_amount', 'day_sheet', 'column_kind', 'minus_expense', 'negative_amount', 'label_kind_differs',
  // A count or tag the words left without an amount ("IN 200rb jual taplak 2", "#jual 25000 keripik"),
  // and a bank column word read as a loan ("Kredit 180.000 kulakan"): every part of the lines has
  // its one amount and its column, and a loan word in a note still stops the lines (tracker-lines.ts).
  'no_amount', 'loan_mention', 'left_out']);

function readIntent(a: ReturnType<typeof analyze>, cmd: string | null): ParseResult {
  // Whichever reader read it: a label or sign the entry's kind is not, a total then how it was paid,
  // a kind unsaid, a bill, a tab, goods placed, a DP's way, a lender paid (guard-lists.ts).
  const read = applyGuards(a, readIntentOnce(a, cmd), READER_GUARDS);
  // "+75000 laundry / -12000 deterjen", "in: 60k (jahit 2 celana)": each part's sign or column
  // names its kind, a count in its note is how many (tracker-lines.ts). Only where the word-by-word
  // reading asked for no other reason than those the lines settle.
  if (read.confidence >= CONFIDENT || (read.intent !== 'record' && read.intent !== 'unknown') ||
    !(read.notes ?? []).every((n) => TRACKER_SETTLES.has(n))) return read;
  return applyGuards(a, readTrackerLines(a) ?? read, TRACKER_LINES_GUARDS);
}

/**
 * The readers, in order; the first to read the message wins. A reader whose words are declared
 * beside it (`detectX.words`: without them it reads nothing) is called only when present() finds
 * them, one bit test instead of a call that returns null (guard-lists.ts says why; the test
 * tests/unit/parser/guard-words.test.ts holds each declaration).
 */
function readIntentOnce(a: ReturnType<typeof analyze>, cmd: string | null): ParseResult {
  // 1. Commands say what they want; only their arguments are parsed.
  if (cmd !== null) {
    if (HELP_COMMANDS.has(cmd)) return { intent: 'help', confidence: 0.99 };
    if (UNDO_COMMANDS.has(cmd)) return detectDeleteEntry(a, true) ?? detectDeleteAll(a) ?? { intent: 'undo', confidence: 0.99 };
    if (ENTRIES_COMMANDS.has(cmd) && a.nums.length === 0) return detectListEntries(a, true) as ParseResult;
    if (ORDER_COMMANDS.has(cmd)) {
      if (a.nums.length === 0 && a.wordCount <= 2) return detectListOpen(a, 'orders') as ParseResult;
      const order = detectOrder(a, true);
      if (order) return order;
    }
    if (RECEIVABLE_COMMANDS.has(cmd) && a.nums.length === 0 && a.wordCount <= 2) return detectListOpen(a, 'receivables') as ParseResult;
    if (PRICE_COMMANDS.has(cmd)) return detectSetPrice(a, true) ?? { intent: 'unknown', confidence: 0.5, notes: ['price_not_read'] };
    if (CORRECT_COMMANDS.has(cmd)) {
      const corr = detectCorrection(a, true);
      if (corr) return corr;
    }
    if (RECAP_COMMANDS.has(cmd)) return detectRecap(a, true) as ParseResult;
    // "/jual 75000 keripik": the command names the kind, the plain number after it is money (slash-verbs.ts).
    const told = slashVerbEntry(a, cmd);
    if (told) return told;
    if (cmd === 'minat') {
      const lead = detectLead(a);
      if (lead) return lead;
    }
  }

  // 2–3. A report, then an answer to a lead.
  const report = detectReport(a);
  if (report) return report;
  if ((a.f & F_LEAD) !== 0) {
    const lead = detectLead(a);
    if (lead) return lead;
  }

  // A question about using the bot ("gimana cara catat utang?") names the words of the
  // intents it asks about: it is help, not a recap, an undo or a list.
  const howTo = present(a, detectHowTo.words) ? detectHowTo(a) : null;
  if (howTo) return howTo;

  // 4. Numbered deletes, corrections and lists share words with undo: they go first.
  if ((a.f & F_UNDO) !== 0) {
    const del = detectDeleteEntry(a, false) ?? detectDeleteAll(a);
    if (del) return del;
  }
  if ((a.f & F_UNDO) !== 0 || (a.f2 & G_CORRECT) !== 0 || (present(a, T_SPOKEN_CORRECTION) && a.tokens.some((t) => t.key === 'bukan' || t.key === 'eh' || t.key === 'maaf'))) {
    const corr = detectCorrection(a, false);
    if (corr) return corr;
  }
  if (a.nums.length === 0 || a.dates.length > 0) {
    // "yang tadi tanggal 3", "itu pengeluaran bukan penjualan": a new day or kind, no amount.
    const shape = detectShapeChange(a);
    if (shape) return shape;
  }
  if (a.nums.length === 0) {
    const list = detectListEntries(a, false) ?? detectListOpen(a, null);
    // "coba liat catatan aku kemarin", "lihat catatan minggu ini": her books for a day or a
    // period is that period's recap (the entries list has no day).
    if (list?.intent === 'list_entries' && (a.dates.length > 0 || (a.f & F_PERIOD) !== 0)) {
      const recap = detectRecap(a, true) as ParseResult;
      return { ...recap, confidence: Math.min(recap.confidence, list.confidence) } as ParseResult;
    }
    if (list) return list;
  }
  if ((a.f & F_UNDO) !== 0) {
    const undo = detectUndo(a, true);
    if (undo) return undo;
  }
  // "fee brilink 35rb", "tarik tunai 500rb fee 5rb": an agent's fee is her sale, the cash
  // passing through is not (agent-fee.ts); before payments and records read "transfer", "tarik".
  const fee = present(a, detectAgentFee.words) ? detectAgentFee(a) : null;
  if (fee) return fee;
  // "pulsa 10rb x4 jual 12rb": the face value names the top-up, her price × count is the sale (face-count.ts).
  const face = present(a, detectFaceCount.words) ? detectFaceCount(a) : null;
  if (face) return face;
  // "order 2 pashmina, cust tf 130rb, aku tf ke supplier 96rb": a resale passed straight
  // through, paid both ways — her sale and her cost, not an order (passed-through.ts).
  const through = present(a, detectPassedThrough.words) ? detectPassedThrough(a) : null;
  if (through) return through;
  // "pak ojek yg ngutang rokok kemarin udah bayar goceng": someone who owed her pays (debtor-paid.ts).
  // "transferan masuk dari pelanggan yg ngutang bulan lalu 125rb": money in from one who owed her (debtor-paid.ts).
  // "cicilan gamis dr Mbak Rina masuk 100rb": a customer's instalment, by "dari <customer>" (customer-instalment.ts).
  // "Transfer masuk 120.000 dari Rina — bayar utang laundry": money in paying a tab (tab-money-in.ts).
  // "bu Sri sama bu Yuni bayar utang, masing2 25rb": several payers — the total, asked (several-payers.ts).
  const paid = detectSeveralPayers(a) ?? (present(a, detectPaymentReceived.words) ? detectPaymentReceived(a) : null) ??
    (present(a, detectDebtorPaid.words) ? detectDebtorPaid(a) : null) ?? (present(a, detectDebtorMoneyIn.words) ? detectDebtorMoneyIn(a) : null) ??
    (present(a, detectCustomerInstalment.words) ? detectCustomerInstalment(a) : null) ?? (present(a, detectTabMoneyIn.words) ? detectTabMoneyIn(a) : null);
  if (paid) return paid;
  // "pesanan nasi kotak bu camat 40 kotak udah diambil dan dibayar 800rb": an order collected and paid, her sale (goods-order-paid.ts).
  const collected = present(a, detectCollectedOrderPaid.words) ? detectCollectedOrderPaid(a) : null;
  if (collected) return collected;
  if ((a.f2 & G_ORDER) !== 0) {
    const order = detectOrder(a, false);
    if (order) return order;
  }
  const price = detectSetPrice(a, false);
  if (price) return price;

  // 5. Goods from her own stock for home ("ambil 3 bungkus kopi dr warung buat di rumah"):
  // a withdrawal, before records and lead answers read "ambil 3" otherwise.
  const own = detectOwnUse(a);
  if (own) return own;
  // Records and repayments. Money counted in the drawer or purse with no verb of a sale
  // or expense ("uang di dompet 350rb", "saldo kas 1jt") is what she holds, not a record to
  // guess a kind for.
  // "pinjam koperasi 1jt buat tambah modal", "setor ke kas usaha 200rb", "ambil 50rb dr kas buat
  // belanja dapur": money into or out of the business's cash (business-cash.ts).
  // "suami setor 1jt ke usaha buat tambahan modal": "setor" as capital's purpose is capital put in (setor-capital.ts).
  // "gadai emas 3jt buat modal", "cair KUR 10jt": capital from outside the business (outside-capital.ts).
  // "tarik tunai 200rb dari rekening pribadi buat nambah modal": her own money put in (own-money-in.ts).
  // "anakku jajan 10rb", "anak-anak sekolah pada beli jajan 45rb": who bought (family-buys.ts).
  // "selamat ya bu Ani jualannya laris 1jt": another person's takings, praised — not her money.
  if (present(a, othersPraised.words) && othersPraised(a)) return { intent: 'unknown', confidence: C_PARTIAL, notes: ['others_takings'] };
  // "ibu kasih modal 300rb": capital given to her; "kasih modal ke bu Ani" asked (given-capital.ts).
  // "suami minjemin 500rb buat modal warung": her people lending for the business is capital (kin-lent.ts).
  // "ambil duit warung 50rb buat bayar arisan": the business's purse taken for her home (purse-taken.ts).
  // "pindahin 300rb dari kas ke tabungan usaha": between the business's own purses, nothing (purse-taken.ts).
  const moved = detectPurseMoved(a) ?? detectOwnMoneyIn(a) ?? (present(a, detectGivenCapital.words) ? detectGivenCapital(a) : null) ??
    (present(a, detectKinLent.words) ? detectKinLent(a) : null) ?? detectOutsideCapital(a) ?? detectBusinessCash(a) ??
    (present(a, detectSetorCapital.words) ? detectSetorCapital(a) : null) ?? detectPurseTaken(a, () => detectRecordOrRepayment(a)) ??
    (present(a, detectFamilyBuying.words) ? detectFamilyBuying(a, (view) => detectRecordOrRepayment(view)) : null);
  if (moved) return moved;
  if (unknownHint(a) === 'cash_count') return { intent: 'unknown', confidence: C_PARTIAL, notes: ['cash_count'] };
  const cash = detectCashCount(a);
  if (cash) return cash;
  // "lapis legit pesanan ibu pendeta 1 loyang 350rb su lunas": goods ordered by a customer, paid — her sale (goods-order-paid.ts).
  const orderPaid = present(a, detectGoodsOrderPaid.words) ? detectGoodsOrderPaid(a) : null;
  if (orderPaid) return orderPaid;
  const rec = detectRecordOrRepayment(a);
  if (rec) return rec;
  // "tadi ada pembeli": a sale with nothing written about it (what and how much are asked).
  const buyer = detectBuyerOnly(a);
  if (buyer) return buyer;
  // "50000" alone: an amount whose kind is asked, as "50rb" is.
  const bare = detectBareNumber(a);
  if (bare) return bare;
  // "terima dp 30% pesanan Bu Sri": a share of a price not written; how much is asked.
  const share = detectDpShareOnly(a);
  if (share) return share;

  // 6.
  const recap = detectRecap(a, false);
  if (recap) return recap;
  if ((a.f & F_UNDO) !== 0) {
    const undo = detectUndo(a, false);
    if (undo) return undo;
  }
  const weakLead = detectLeadReply(a) ?? detectLead(a);
  if (weakLead) return weakLead;
  const help = detectHelp(a);
  if (help) return help;

  // 7. Chatter. Fairly sure it is nothing when no cue at all was seen.
  const cues = (a.f & (F_SALE | F_EXPENSE | F_RECAP | F_UNDO)) !== 0 || a.nums.some((e) => e.strength > S_PLAIN);
  const c = new Confidence(cues ? C_PARTIAL : 0.9);
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  // "tadi ada pembeli", "sisa uang di laci 200rb": money talk the bot can ask one question about.
  const hint = unknownHint(a);
  if (hint) c.cap(C_PARTIAL, hint);
  return c.notes.length > 0 ? { intent: 'unknown', confidence: c.value, notes: c.notes } : { intent: 'unknown', confidence: c.value };
}
