/**
 * The guards a reading passes after its reader (index.ts), as ordered lists: `applyGuards` runs a
 * list first line first, each guard on what the one before returned. A guard only asks (lowers the
 * confidence with a note) or reads the message again by what its own words say; it never throws.
 * The order matters (a later guard sees the notes and the reading an earlier one left), so a new
 * guard is a new line where it belongs, with a comment saying what it asks and why.
 *
 * Only guards of the shape (analysis, reading) → reading are listed. index.ts applies the two
 * others itself, beside their list: a plan checked on another analysis than the message's (the
 * clauses of outside-money-in.ts), and online-selling.ts (it reads parts of the text again).
 *
 * Lists are module constants and applyGuards makes no closure: this runs on every message.
 *
 * A guard's words (`words`): its caller skips it without them. Most guards open by returning their
 * reading unchanged when a few words are absent (`if (… || !present(a, T_BILL)) return r`, or a
 * predicate that opens so). Entering every one of them to learn that was ~8 % of a parse, on
 * messages none of them changed (docs/BENCHMARKS.md, 2026-12-08). To declare a guard's words:
 *
 * 1. Read its early returns. Find a trigger (registered with `trigger()`, triggers.ts) without
 *    whose words EVERY path returns `r` itself: one it tests first (`T_BILL`), one a predicate it
 *    needs opens on (`writesRange` opens on `T_RANGE`), or for several paths a trigger of all
 *    their words (`trigger(HOME, OWN)`, list-household.ts). Word flags (`a.f`, `a.f2`), counts or
 *    intents are not words: a guard with a path that changes the reading without any word
 *    declares nothing.
 * 2. Write the declaration right after the guard's function, in its own file (after the trigger's
 *    `const`, which must be defined first):
 *
 *        // Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
 *        guardBillSide.words = T_BILL;
 *
 * 3. Run tests/unit/parser/guard-words.test.ts: on every table text (and its comma/line parts)
 *    without the words, the guard run anyway on readings of every shape must return its input.
 *
 * applyGuards then calls it only when `present()` finds one of the words: one bit test of the
 * word bitmap built once per analysis. A guard with no declaration always runs, so a new line in
 * a list needs none (add one later, by the steps above). Readers are skipped the same way where
 * their callers test `present(a, detectX.words) ? detectX(a) : null` (index.ts readIntentOnce,
 * parseInner and RESHAPES, intents/record.ts); such a reader is listed in the same test.
 */
import type { Analysis } from './analyze.ts';
import type { ParseResult } from './types.ts';
import { present, type Trigger } from './triggers.ts';
import { guardBound } from './bound-amount.ts';
import { guardHedge } from './hedged-amount.ts';
import { guardPlan } from './plan-guard.ts';
import { guardRange } from './range-guard.ts';
import { guardDayUnsure } from './day-unsure.ts';
import { guardRepeat } from './repeated-lines.ts';
import { guardChain } from './chain-parts.ts';
import { guardSharedScale } from './shared-scale.ts';
import { guardHelperWage } from './helper-wage.ts';
import { guardOwnMaterial } from './own-material.ts';
import { guardPaidAfterTotal } from './paid-after-total.ts';
import { guardTakingUnsaid } from './taking-unsaid.ts';
import { guardLabels } from './label-kind.ts';
import { guardInstalmentOwner } from './instalment-owner.ts';
import { guardSupplierTab } from './supplier-tab.ts';
import { guardGoodsInstalmentPaid } from './goods-instalment-paid.ts';
import { guardBillSide } from './bill-side.ts';
import { guardTabPaid } from './tab-paid.ts';
import { guardConsignPlaced } from './consign-placed.ts';
import { guardDpDirection } from './dp-direction.ts';
import { guardLenderPaid } from './lender-paid.ts';
import { guardPaidByOther } from './paid-by-other.ts';
import { guardNotToRecord } from './record-instruction.ts';
import { guardUnvouched } from './unvouched-money.ts';
import { guardPiecesListed } from './pieces-listed.ts';
import { guardHireDriving } from './hire-driving.ts';
import { guardSharedPurchase } from './shared-purchase.ts';
import { guardOwnMoneyPaid } from './own-money-paid.ts';
import { guardListHousehold } from './list-household.ts';
import { guardUnpaidPart } from './unpaid-part.ts';
import { guardBorrowed } from './borrowed-money.ts';
import { guardPurse } from './intents/purse-taken.ts';
import { guardPriceTalk } from './price-talk.ts';
import { guardCostingTalk } from './costing-talk.ts';
import { guardSomeonePaid } from './someone-paid.ts';
import { guardOtherSubject } from './other-subject.ts';
import { guardWagePassive } from './wage-passive.ts';
import { guardHouseholdWage } from './household-wage.ts';
import { guardDebtRepaid } from './debt-repaid.ts';
import { guardPassivePayer } from './passive-payer.ts';
import { guardInstalmentIn } from './instalment-in.ts';
import { guardDebtPaidUnsaid } from './debt-paid-unsaid.ts';
import { guardPaidBack } from './paid-back.ts';
import { guardTakenGoodsPaid } from './taken-goods-paid.ts';
import { guardPartSaid } from './part-said.ts';
import { guardPartPaidSaid } from './part-paid-said.ts';
import { guardNamedCreditBuyer } from './named-credit-buyer.ts';
import { guardSourcesMixed } from './sources-mixed.ts';
import { guardUndecidedUse } from './undecided-use.ts';
import { guardPercentOf } from './percent-of.ts';
import { guardPersonPaid } from './person-paid.ts';

/**
 * The reading, or the reading asked or read again by what the message says; `words`, when
 * declared, the trigger without whose words it returns its reading unchanged (file comment).
 */
export type Guard = ((a: Analysis, r: ParseResult) => ParseResult) & { readonly words?: Trigger };

/** `r` passed through each guard of `guards` in order (the first applied first), skipping a guard whose words are absent. */
export function applyGuards(a: Analysis, r: ParseResult, guards: readonly Guard[]): ParseResult {
  let read = r;
  for (let i = 0; i < guards.length; i++) {
    const guard = guards[i] as Guard;
    const words = guard.words;
    if (words === undefined || present(a, words)) read = guard(a, read);
  }
  return read;
}

/** `applyGuards` over a reader's reading, or null when the reader did not read the message. */
export function applyGuardsTo(a: Analysis, r: ParseResult | null, guards: readonly Guard[]): ParseResult | null {
  return r === null ? null : applyGuards(a, r, guards);
}

/**
 * What the figures themselves say, whichever reader took them. After the plan guard (or, for money
 * from outside, after a plan check of its own clauses only: index.ts).
 */
export const AMOUNT_GUARDS: readonly Guard[] = [
  // A range ("laku sekitar 200-250rb") is no amount, whichever reader took one end (range-guard.ts).
  guardRange,
  // Nor two figures or a hedged one ("75rb atau 85rb", "kayaknya 40rb": hedged-amount.ts).
  guardHedge,
  // Nor a bound ("hampir 200rb", "200rb lebih": bound-amount.ts).
  guardBound,
  // A line written twice may be a paste: asked, never recorded double unasked (repeated-lines.ts).
  guardRepeat,
  // Nor a day she is unsure of ("kemaren atau kemarennya lagi ya", ", lupa": day-unsure.ts).
  guardDayUnsure,
];

/** Every reading of a whole message, whichever reader read it, and every reading read again. */
export const WHOLE_MESSAGE_GUARDS: readonly Guard[] = [
  // A plan ("bulan depan rencana pinjam KUR 10jt") is never recorded unasked (plan-guard.ts).
  guardPlan,
  ...AMOUNT_GUARDS,
];

/** A part or the rest of a message read on its own (index.ts partReader, a remark left out). */
export const READ_APART_GUARDS: readonly Guard[] = [
  // A spoken chain with a part that holds no money is never confident (chain-parts.ts).
  guardChain,
  ...WHOLE_MESSAGE_GUARDS,
];

/**
 * A reading assembled from parts each read (and guarded) on its own: a sheet's rows (column-sheet.ts),
 * "gak laku hari ini, cuma bayar parkir 5rb" (no-sales-day.ts). The parts do not see the whole.
 */
export const ASSEMBLED_GUARDS: readonly Guard[] = [
  // A plan opening the whole ("mau sepi…, cuma beli es 6rb") is never recorded unasked (plan-guard.ts).
  guardPlan,
];

/** The outside-money reading (index.ts, outside-money-in.ts), after its own clauses' plan and amount checks. */
export const OUTSIDE_MONEY_GUARDS: readonly Guard[] = [
  // "dapat 300rb campur dari jualan sama dikasih suami": the outside part unsaid — asked (sources-mixed.ts).
  guardSourcesMixed,
];

/** Whichever reader read a message (index.ts readIntent), before anything is read apart. */
export const READER_GUARDS: readonly Guard[] = [
  // "total belanja 300rb, tf 300rb ke supplier": the total, then how it was paid — one entry (paid-after-total.ts).
  guardPaidAfterTotal,
  // "suami ambil 200rb", "kasbon dulu 100rb buat bensin": what decides the kind unsaid, asked (taking-unsaid.ts).
  guardTakingUnsaid,
  // "out: 12k plastik klip, in: 60k kripik": an entry of the kind its amount's label or sign is
  // not is asked, whichever reader read it (label-kind.ts); the tracker reader may settle it.
  guardLabels,
  // "tagihan catering arisan udah ditransfer 600rb": a bill of her trade paid to her, a utility's she paid,
  // or asked — never a confident expense for every bill (bill-side.ts).
  guardBillSide,
  // "bayar utang ke supplier 300rb", "bayar bon warung mama Yuli 50rb": her tab at a supplier or shop, asked (tab-paid.ts).
  guardTabPaid,
  // "titip jual bros di toko bu Yanti 20 biji @10rb": goods only placed at a shop, no sale yet (consign-placed.ts).
  guardConsignPlaced,
  // "DP kebaya 200rb": a down payment with no word of which way it went, asked (dp-direction.ts).
  guardDpDirection,
  // "Bayar 2jt ke bank": a lender paid, nothing bought named — her loan's instalment, asked (lender-paid.ts).
  guardLenderPaid,
];

/**
 * The tracker's signed or labelled lines (tracker-lines.ts), read when the word-by-word reading
 * asked only what the lines settle (index.ts readIntent).
 */
export const TRACKER_LINES_GUARDS: readonly Guard[] = [
  // "out: 12k plastik klip, in: 60k kripik": each line held to its label or sign (label-kind.ts).
  guardLabels,
];

/** The whole message's first reading (index.ts `first`), after READER_GUARDS. */
export const FIRST_READING_GUARDS: readonly Guard[] = [
  // "gaji anak tetangga bantu packing", "goceng fotokopi katalog": a kind the purpose decides, read
  // before the plan and range guards cap it (helper-wage.ts, own-material.ts).
  guardHelperWage,
  guardOwnMaterial,
  // A spoken chain with a part that holds no money is never confident (chain-parts.ts).
  guardChain,
  // "laku 15 sama 20rb", "12/15/20k": one scale written once for a run of bare numbers (shared-scale.ts).
  guardSharedScale,
  ...WHOLE_MESSAGE_GUARDS,
];

/**
 * A message cut short (too long: normalize.ts), instead of everything after the first reading:
 * its parts are not read apart, only whose money and what talk it is.
 */
export const TRUNCATED_GUARDS: readonly Guard[] = [
  // "harga cabe di pajak skrg 80rb sekilo, mahal kali": talk about prices is chatter (price-talk.ts).
  guardPriceTalk,
  // "tetangga bayar 30rb": a third person paying is never her expense or instalment unasked (someone-paid.ts).
  guardSomeonePaid,
];

/**
 * The reading once its parts were read apart and joined (index.ts `parts`): whose money it is and
 * what it was for. A message cut short gets TRUNCATED_GUARDS instead.
 */
export const JOINED_READING_GUARDS: readonly Guard[] = [
  // "bu Sumi yg bayarin 100rb": someone else paid for it, never her record (paid-by-other.ts).
  guardPaidByOther,
  // "beli gula 20rb ga usah dicatat": told not to record, never a record (record-instruction.ts).
  guardNotToRecord,
  // "kata bu Ani dia udah transfer 50rb", "… tapi belum masuk", "uang kas kelompok 1jt untuk dibagi": money
  // she does not vouch for, or a group's to pass on — asked (unvouched-money.ts).
  guardUnvouched,
  // "jual 2 set sprei / 1 set 120rb / 1 set 135rb": the pieces listed, not 2 × 120rb (pieces-listed.ts).
  guardPiecesListed,
  // "narik ojek 80rb": driving for hire earned it, never her fare (hire-driving.ts).
  guardHireDriving,
  // "patungan beli kain …, saya bayar separo": her part only (shared-purchase.ts).
  guardSharedPurchase,
  // "boost ig 50rb pake uang pribadi": a business cost paid with her own money — the expense and
  // capital put in, asked; never money taken home (own-money-paid.ts).
  guardOwnMoneyPaid,
  // "…, buat jajan anak 20rb": a home line among the business's (list-household.ts).
  guardListHousehold,
  // "agen baru bayar separo": a part unpaid by nobody named (unpaid-part.ts).
  guardUnpaidPart,
  // "pinjem ibu 500rb buat bayar sekolah": borrowed or lent, not for the business (borrowed-money.ts).
  guardBorrowed,
  // "bayar cicilan motor pribadi 500rb", "ongkos 40rb dibayar ke bang Ucok": a kind the money's
  // purse or payee disagrees with, asked (purse-taken.ts).
  guardPurse,
  // "harga cabe di pajak skrg 80rb sekilo, mahal kali": talk about prices, whichever reader read
  // it and however its parts were read, is chatter (price-talk.ts).
  guardPriceTalk,
  // "hitung HPP risol: 1 biji modal 1.800, jual 3.000": one piece's costing sums, never a record (costing-talk.ts).
  guardCostingTalk,
  // "tetangga bayar 30rb": a third person paying is never her expense or instalment unasked (someone-paid.ts).
  // "dia kasih modal 100rb", "mereka pergi beli ikan di pasar 50rb": someone else gives, pays or buys —
  // capital given to her, money to her, or asked; never her expense or sale unasked (other-subject.ts).
  // (Before guardSomeonePaid: "dia bayar ke aku 50rb" is read as money to her before it is asked.)
  guardOtherSubject,
  guardSomeonePaid,
  // Parts read apart and joined are held to each amount's label or sign too (label-kind.ts).
  guardLabels,
  // "gaji ART sebulan 1,5jt", "gaji saya seminggu 500rb": the home's wages or her own pay, never
  // the business's cost unasked (household-wage.ts); "gaji anak tetangga bantu packing" is (helper-wage.ts).
  guardHouseholdWage,
  // "gaji dibayar 2jt": a wage paid, whose unsaid — never a sale, never her expense unasked (wage-passive.ts).
  guardWagePassive,
  // "nyaur Yu Sarmi 40rb": her paying back a debt of her own, never an expense or a customer's payment unasked (debt-repaid.ts).
  guardDebtRepaid,
  // "sy dibayar utang kemarin oleh si Ina 40rb": paid in the passive by someone named — never her repayment (passive-payer.ts).
  guardPassivePayer,
  // "terima cicilan 100rb", "cicilan dari Sari masuk": an instalment that came in — never her repayment unasked (instalment-in.ts).
  guardInstalmentIn,
  // "utang dibayar 100rb", "utangnya udah lunas 100rb": a debt paid with nobody named — hers, or a customer's? (debt-paid-unsaid.ts).
  guardDebtPaidUnsaid,
  // "bayar balik ke bu siti 30rb": paying back, never a cost unasked (paid-back.ts).
  guardPaidBack,
  // "suami bayar kue yang kemarin dia ambil 50rb": the taking is how the goods left, not money taken — asked (taken-goods-paid.ts).
  guardTakenGoodsPaid,
  // "bayar 75rb ke kak Sarah", "bayar bu Ani 50rb": a person paid with nothing said of what for — a debt,
  // goods, a loan? Asked; "bayar tukang 50rb", "bayar pak ojek 15rb" (a trade) stay her expense (person-paid.ts).
  guardPersonPaid,
  // "laku 175rb kemarin, lupa": the whole message unsure of its day, however its parts were read (day-unsure.ts).
  guardDayUnsure,
];

/**
 * After JOINED_READING_GUARDS: whom an instalment or a tab is owed to. They may read the message
 * again, so (unlike a line of JOINED_READING_GUARDS) a reading any of them changed passes
 * WHOLE_MESSAGE_GUARDS again (index.ts) — "besok mau lunasin bon ke supplier 1jt" is a plan.
 */
export const OWED_GUARDS: readonly Guard[] = [
  // "cicilan motor 650rb … pake duit jualan", "bayar ke supplier, cicilan ke-2 750rb": an instalment
  // not of her loan — the home's goods, or the business's (instalment-owner.ts).
  guardInstalmentOwner,
  // "nyicil ke supplier 500rb", "nyaur juragan 200rb", "bayar cicilan ke grosir": her tab at a supplier
  // paid — the expense, asked, whatever word says it (she may have recorded the goods when she took
  // them: supplier-tab.ts).
  guardSupplierTab,
  // "bayar cicilan baju ke bu Ani": goods paid off to a person, her own debt, never her loan's
  // repayment (goods-instalment-paid.ts).
  guardGoodsInstalmentPaid,
];

/**
 * After OWED_GUARDS, then online-selling.ts (index.ts): guards that may read the message again. A
 * reading any of them (or OWED_GUARDS) changed passes WHOLE_MESSAGE_GUARDS again.
 */
export const REREAD_GUARDS: readonly Guard[] = [
  // "beli stok 1jt, bayar separo dulu": a part said, not how much — asked (part-said.ts).
  guardPartSaid,
  // "beli kain 500rb, bayar 200rb dulu": the part paid and the purchase both said — asked, the purchase alone as
  // the draft, never the two summed (part-paid-said.ts). After the owed guards, which may have asked it already.
  guardPartPaidSaid,
  // "Ani beli kue 35rb ngutang": a bare name buying on credit — her credit sale or her own purchase, asked
  // (customer_without_title, the sale the draft: named-credit-buyer.ts).
  guardNamedCreditBuyer,
  // "dapat 300rb, sebagian dari jualan sebagian dikasih ibu": sources mixed, the split unsaid — asked (sources-mixed.ts).
  guardSourcesMixed,
  // "arisan keluar 2jt, mau buat modal atau buat rumah ya bingung": a use not chosen — asked (undecided-use.ts).
  guardUndecidedUse,
  // "terima DP jahit baju seragam 50% dari 1jt": a received DP by its percentage (percent-of.ts).
  guardPercentOf,
];
