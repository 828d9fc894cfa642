/**
 * Reads every segment of a message in order, carrying the verb from one segment to the
 * next ("laku 5 bros @15rb, 3 kalung @20rb": both are sales) and from a heading line to the
 * lines under it ("beli:\n- kain 50rb\n- benang 10rb"). Instalment segments are set apart
 * (a repayment is not an expense), and a closing "total X" line that only repeats the
 * sum of the lines above is not counted twice.
 */
import { onlySupplyVerbs } from './cost-nouns.ts';
import { countAsides } from './count-aside.ts';
import { goodsAfterPayment } from './goods-after-payment.ts';
import { foldTimesChains } from './times-chain.ts';
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { readSegment, type SegmentOut } from './entries.ts';
import { costCarried, homeCarried, purposeOfMaking, stockTakenIn } from './carried-kind.ts';
import { namesWorkDone, piecesAgree, piecesStated } from './pieces-stated.ts';
import { C_DOUBT, kindNamed } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { isSoft } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { PROFIT_CHECK_WORDS, SEP_COLON, SEP_COMMA, SEP_NL, SO_WORDS, splitSegments, type Segment } from './lines.ts';
import { dayLines, L_CHATTER, L_HEADING, type DayLines } from './day-lines.ts';
import { checkLines } from './check-lines.ts';
import { deductedNet } from './deducted-net.ts';
import { resaleLines } from './resale-lines.ts';
import { checksAgree, eachByTotal, eachFromChecks, eachSettledByTotal, kindsFromChecks, restatedAgrees, type PendingCheck } from './check-sums.ts';
import { F_DATE, F_EXPENSE, F_FILLER, F_PRICE, F_SALE, F_TOTAL, F_UNIT, F_WEAK, G_EACH, G_PER, G_WITHDRAW } from './word-roles.ts';
import { takingsAfterCount } from './count-then-takings.ts';
import { CK_NET, CK_NOTHING, CK_STOCK, CK_SUMMARY, CK_TENDER, CK_TOTAL, CK_TURNOVER, type CheckLine } from './check-lines.ts';
import type { EntryKind, UnresolvedEntry } from './types.ts';
import { CHANGE_WORDS } from './money-owner.ts';
import { present, trigger } from './triggers.ts';
import { restatedClause, restatementWord, statedLineTotal, type RestatedClause } from './received-total.ts';
import { amountThenGoods, countLineThenEach, countThenEach, eachThenCount, eachThenCountClause } from './count-then-each.ts';
import { feeTimesCount, feeTimesGoods } from './fee-per-unit.ts';
import { perCountedJoin } from './per-counted.ts';
import { headingKind, listKindFromChecks, listKindFromHeading } from './checked-list-kind.ts';
import { wagesPaid } from './wages-paid.ts';
import { salesBesideSpending } from './day-list-sales.ts';
import { kindSaidLast } from './kind-said-last.ts';
import { countBeforeEach } from './count-before-each.ts';
import { receiptKind } from './receipt-kind.ts';
import { paidOrderKind } from './paid-order-sale.ts';
import { moneyCameInKind, topUpsSold } from './money-came-in.ts';
import { isWorkSale, ownVisitAsked, workCarried } from './service-work.ts';
import { mentionsFaceValue } from './resale.ts';
import { payerFix } from './clause-payer.ts';
import { takerPays } from './taker-pays.ts';
import { sharedPrice } from './shared-price.ts';
import { storyCounts } from './story-clauses.ts';
import { channelOrderCounts, T_CHANNEL_ORDERS } from './channel-orders.ts';
import { remarkCounts, workPaidCount } from './work-paid.ts';
import { countsTakeTotal, goodsTakeTotal, unpricedTakeTotal } from './counts-beside-total.ts';
import { takingsAgree, takingsStated } from './takings-count.ts';
import { countsEntries } from './counted-entries.ts';
import { amountForGoods, isBareAmount, isReasonPhrase, isCommentClause, isCountAsAmount, joinCount, mixedVerbs } from './comment-clause.ts';
import { selfCorrection } from './self-correction.ts';
import { explainsCorrection } from './correction-reason.ts';
import { canHeadParts, HEAD_TOTAL_WORDS, totalFirst } from './total-first.ts';

export interface RecordScan {
  entries: EntryOut[];
  unresolved: UnresolvedEntry[];
  /** Lines with a strong verb and words but no number at all ("…, dan kalung"). */
  wordsOnly: UnresolvedEntry[];
  /** Instalment segments seen, with the first amount found in them. */
  repaySegments: number;
  repayAmount: NumExpr | null;
  repayPayVerb: boolean;
  repayNotFact: boolean;
  /** Notes about totals lines. */
  notes: string[];
  /** The roles of the lines of a whole day's message (heading, chatter: day-lines.ts). */
  lines: DayLines;
  /** Lines (0-based) that gave at least one entry. */
  entryLines: number;
  /** A "total" line did not match the lines above it. */
  totalMismatch: boolean;
  /** The message had more segments than are read. */
  capped: boolean;
  /** A heading's count of the entries under it ("QRIS masuk 5 transaksi: …") agreed with them (counted-entries.ts). */
  countedEntries: boolean;
  /**
   * Number expressions that mean nothing in the record read: not an amount, quantity, unit
   * price, checked total, discount or profit line, nor a date, time or other marked number.
   * A record with one is never confident: a number she wrote was not understood.
   */
  leftover: number;
  /** "diskon 10rb" was taken off a sale (the amount recorded is after the discount). */
  discounted: boolean;
  /** A discount with no sale before it, or as large as the sale. */
  discountProblem: boolean;
  /** The sale a discount was taken off, with its amount and unit price before it (stated-price.ts checks her result). */
  discountOn: { entry: EntryOut; before: number; unitPrice: number | null; off: number } | null;
  /** Change handed back ("kembalian 5rb") was written: read, never an entry. */
  change: boolean;
  /** "laku 80rb, eh salah 85rb": the later amount replaced the earlier one. */
  selfCorrected: boolean;
  /** "eh salah 85rb" with nothing it can cleanly replace. */
  selfCorrectionUnclear: boolean;
  /** A verb-less heading named the kind of the lines under it ("stok laundry:": checked-list-kind.ts). */
  kindHeading: EntryKind | null;
}

/**
 * The first word of a segment that is not soft ("- untung bersih 250rb" → "untung"), or a
 * total word ("total jual 150rb").
 */
function leadToken(a: Analysis, seg: Segment): Token | null {
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    // A numbered bullet ("3. untung 140rb") is no number of the line.
    if (t.type === T_NUM && a.numIn[i] === -1 && a.marks[i] !== 0) continue;
    if (t.type === T_NUM) return null;
    // "jadi untung 250rb", "berarti sisa 70rb": a "so" before a profit or net word is her conclusion.
    if (t.type === T_WORD && SO_WORDS.has(t.key) && profitNext(a.tokens[i + 1])) continue;
    if (t.type === T_WORD && !isSoft(t)) return t;
    // "total", "jumlah" are soft (fillers at an item's edge) but lead a sub-total line.
    if (isTotalWord(t)) return t;
  }
  return null;
}

function profitNext(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && (PROFIT_CHECK_WORDS.has(t.key) || NET_WORDS.has(t.key));
}

/** "total", "jumlah", "semua" (not "dapat" / "hasil", which are also verbs). */
function isTotalWord(t: Token): boolean {
  return t.type === T_WORD && (t.f & F_TOTAL) !== 0 && t.key !== 'dapat' && t.key !== 'hasil';
}

/** Whether tokens [from, to) are only soft words and punctuation (nothing the segment is about). */
function softUpTo(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_PUNCT && !isSoft(t)) return false;
  }
  return true;
}

/**
 * softUpTo, with the words of a price each ("15rb sebungkus", "15k each": they belong to the
 * figure) and of a restatement ("so i got"): nothing between names goods of its own.
 */
function eachOrSoftUpTo(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    // "… 1rb per biji jadi 200rb": "per" and its unit say each, as "sebiji" does.
    if ((t.f2 & G_PER) !== 0 && i + 1 < to && ((a.tokens[i + 1] as Token).f & F_UNIT) !== 0) {
      i++;
      continue;
    }
    if (t.type !== T_PUNCT && !isSoft(t) && (t.f2 & G_EACH) === 0 && !restatementWord(t)) return false;
  }
  return true;
}

/** Words that state what is left of the day's money: a net line, checked like a profit line. */
const NET_WORDS = new Set(['sisa', 'sisanya', 'bersih', 'bersihnya', 'netto']);
/** "hasil bersih 120rb", "pendapatan bersih": a turnover word made net by "bersih". */
const NET_BEFORE_BERSIH = new Set(['hasil', 'hasilnya', 'dapat', 'dapet', 'pendapatan', 'penghasilan', 'pemasukan', 'omset', 'omzet', 'laba', 'untung',
  'keuntungan', 'uang', 'duit']);

/** "untung 70rb", "sisa 70rb", "bersih 120rb", "hasil bersih 120rb": sales − expenses as she worked it out. */
function isNetLine(a: Analysis, seg: Segment, lead: string | null): boolean {
  if (lead === null) return false;
  // "sisa 20rb dipake beli sayur buat di rumah": what was left, taken home — a withdrawal, not a check.
  for (let i = seg.start; i < seg.end; i++) if (((a.tokens[i] as Token).f2 & G_WITHDRAW) !== 0 && (a.tokens[i] as Token).key !== 'diambil') return false;
  if (PROFIT_CHECK_WORDS.has(lead) || NET_WORDS.has(lead)) return true;
  if (!NET_BEFORE_BERSIH.has(lead)) return false;
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NUM && a.numIn[i] !== -1) return false;
    if (t.type === T_WORD && (t.key === 'bersih' || t.key === 'bersihnya')) return true;
  }
  return false;
}

/** Items a sub-total line may name without being goods ("jumlah uang masuk", "total semua"). */
const SUBTOTAL_ITEMS = new Set(['uang', 'duit', 'semua', 'semuanya', 'hari ini', 'seluruhnya']);

/** "3 jenis", "4 macam": a count of kinds of goods in a heading. */
const KINDS_OF_GOODS = new Set(['jenis', 'macam', 'item', 'produk', 'barang', 'rupa', 'varian']);

/** The kind carried from one segment to the next. */
type Carry = { kind: EntryKind | null; verbSeen: boolean; strong: boolean };

/** No kind before the first verb. */
const NO_CARRY: Carry = { kind: null, verbSeen: false, strong: false };

/**
 * What the segment loop of scanRecord carries from one segment to the next. One object a scan,
 * handed to the small readers below, so that each is small enough for V8 to optimise quickly
 * (one 490-line function took seconds of TurboFan's escape analysis: docs/BENCHMARKS.md).
 */
interface ScanState {
  a: Analysis;
  segments: Segment[];
  lines: DayLines;
  scan: RecordScan;
  /** Per line: a total, net, turnover or stock line (check-lines.ts), read as a check. */
  checks: Array<CheckLine | null>;
  resales: ReturnType<typeof resaleLines>;
  /** Number expressions that mean something in the record read (the self-check at the end). */
  accounted: Set<NumExpr>;
  /** Stated profit lines ("untung 250rb"; "rugi 50rb" is a negative one), checked at the end. */
  profits: number[];
  pending: PendingCheck[];
  /** A receipt's cash handed and change under its total. */
  tenders: CheckLine[];
  carry: Carry;
  lastEntryLine: number;
  /** The segment index whose entries or unresolved lines are the last ones read. */
  countLineWas: number;
  /** The kind carried is a heading's sale ("JUAL", "yg laku di warung hr ini:"), no line under it has a verb of its own. */
  saleHeading: boolean;
  /** The clause's only verb was a supply noun, read as the sale its heading names: the heading holds. */
  supplyUnderSale: boolean;
  /** The line where her work was last named as a sale with no verb ("cucian bed cover 3 @25rb, …"). */
  workLine: number;
  /** Every entry of the lines since her work was named is her work: the next verb-less line may be more of it. */
  workRun: boolean;
  /** "laku 3 jenis:": the number of lines she says follow. */
  kindsStated: number | null;
  /** "jahitan selesai 4 stel:": the pieces she says follow, and the first entry under it. */
  piecesHead: { count: number; from: number } | null;
  /** "masuk QRIS 3 transaksi:": how many amounts she says follow, and the first entry under it. */
  takingsHead: { count: number; from: number; loose: boolean } | null;
  sectionStart: number;
  checkLine: number;
  /** "total jualan 320rb, nasi 200rb, …": a total stated before its parts (total-first.ts). */
  headTotal: EntryOut | null;
  /** "… 15k each so 180k": a restatement closing the current clause's own entries, checked after them. */
  restatedIn: { kind: EntryKind | null; amount: number } | null;
  /** "40rb eh salah 45rb": how much an amount was corrected by (5rb; a clause may then say why: correction-reason.ts). */
  correctedBy: { kind: EntryKind; by: number } | null;
}

/** `start` is the kind of lines before any verb (a sale, for a credit marker with no verb: "dihutang Bu Sri 50rb"). */
export function scanRecord(a: Analysis, start = NO_CARRY): RecordScan {
  const { segments, capped } = splitSegments(a);
  const lines = dayLines(a);
  const scan: RecordScan = { entries: [], unresolved: [], wordsOnly: [], repaySegments: 0, repayAmount: null,
    repayPayVerb: false, repayNotFact: false, notes: [], lines, entryLines: 0, totalMismatch: false, capped, countedEntries: false, leftover: 0,
    discounted: false, discountProblem: false, discountOn: null, change: false, selfCorrected: false, selfCorrectionUnclear: false,
    kindHeading: null };
  const st: ScanState = { a, segments, lines, scan, checks: checkLines(a), resales: resaleLines(a), accounted: new Set<NumExpr>(),
    profits: [], pending: [], tenders: [], carry: start, lastEntryLine: -1, countLineWas: -1, saleHeading: false, supplyUnderSale: false, workLine: -1,
    workRun: false, kindsStated: null, piecesHead: null, takingsHead: null, sectionStart: 0, checkLine: -1, headTotal: null,
    restatedIn: null, correctedBy: null };
  for (let si = 0; si < segments.length; si++) {
    const seg = segments[si] as (typeof segments)[number];
    if (seg.line === st.checkLine) continue;
    if (readCheckLine(st, seg)) continue;
    if (readAsideLine(st, seg)) continue;
    const leadTok = leadToken(a, seg);
    if (readNetOrChange(st, seg, leadTok)) continue;
    // "laku gorengan 35rb, lumayan": a comment after the amount, not a line without a price.
    const prevSeg = segments[si - 1];
    const sameLine = seg.sep === SEP_COMMA && prevSeg !== undefined && prevSeg.line === seg.line;
    if (sameLine && isCommentClause(a, seg, st.lastEntryLine === seg.line)) {
      if (!scan.notes.includes('comment_clause')) scan.notes.push('comment_clause');
      continue;
    }
    readClause(st, seg, si, leadTok, sameLine, prevSeg);
  }
  const { accounted, profits, pending, tenders, headTotal, kindsStated, piecesHead, takingsHead } = st;
  if (headTotal !== null && pending.length === 0 && profits.length === 0) {
    const agrees = totalFirst(scan.entries, headTotal);
    if (agrees !== null && !scan.notes.includes('subtotal_check')) scan.notes.push('subtotal_check');
    if (agrees === false) scan.totalMismatch = true;
  }
  if (profits.length > 0) {
    if (!scan.notes.includes('profit_check')) scan.notes.push('profit_check');
    let net = 0;
    let taken = 0;
    for (const e of scan.entries) {
      if (e.kind === 'sale') net += e.amount;
      else if (e.kind === 'expense') net -= e.amount;
      else if (e.kind === 'withdrawal') taken += e.amount;
    }
    // What is left may be counted before or after the household money she took.
    if (scan.entries.length > 0 && profits.some((p) => p !== net && p !== net - taken)) scan.totalMismatch = true;
  }
  if (pending.length > 0) {
    eachFromChecks(scan.entries, pending);
    kindsFromChecks(scan.entries, pending);
    // "rekap kemarin / kue lapis 30 pcs @2.500 = 75.000 / … / jumlah 217.500": her sales (checked-list-kind.ts).
    listKindFromChecks(a, scan.entries, pending, lines);
    for (const n of checksAgree(scan.entries, pending)) if (!scan.notes.includes(n)) scan.notes.push(n);
    if (pending.some((p) => !p.agrees)) scan.totalMismatch = true;
    if (!tenderAgrees(tenders, pending)) scan.totalMismatch = true;
  } else listKindFromHeading(a, scan.entries, lines);
  // "keripik 10 bks x 10rb / beli minyak 38rb": counted goods beside her named purchases are her sales (day-list-sales.ts).
  if (scan.entries.length >= 2) salesBesideSpending(a, scan.entries);
  // "beras 5 kilo 65rb minyak 2 liter 38rb laku semua": one verb after the list names all its lines (kind-said-last.ts).
  kindSaidLast(a, scan.entries);
  // "nota toko kain: / katun 3m x 25rb = 75rb / …": a seller's receipt lists her purchases (receipt-kind.ts).
  receiptKind(a, scan.entries);
  // "nasi kotak 30 box @20rb pesenan kantor kelurahan, udh dibayar cash": an order paid in full is her sale (paid-order-sale.ts).
  paidOrderKind(a, scan.entries);
  // "snack box 60 kotak @8rb, uangnya sdh diterima", "paket data 3 orang @25rb": money came in (money-came-in.ts).
  moneyCameInKind(a, scan.entries);
  // "isi pulsa 5 org @22rb": top-ups filled for people at a price each are sold (money-came-in.ts).
  topUpsSold(a, scan.entries);
  // "creambath 2 org 120rb di salon langganan": a treatment she went for, asked (service-work.ts).
  ownVisitAsked(a, scan.entries);
  if (kindsStated !== null && kindsStated !== scan.entries.length + scan.unresolved.length) scan.totalMismatch = true;
  if (piecesHead !== null) {
    const under = scan.entries.slice(piecesHead.from);
    // "jual paket data 3 org: 25rb, 52rb, 98rb": one amount for each of the pieces counted.
    if (countsEntries(under, piecesHead.count)) scan.countedEntries = true;
    else if (!piecesAgree(under, piecesHead.count)) scan.totalMismatch = true;
  }
  if (takingsHead !== null) {
    const under = scan.entries.length - takingsHead.from;
    if (!takingsAgree(under, takingsHead)) scan.totalMismatch = true;
    else if (under === takingsHead.count && countsEntries(scan.entries.slice(takingsHead.from), takingsHead.count)) scan.countedEntries = true;
  }
  // "2 org x 75rb x 3 hari": every factor of a chain of multiplications (times-chain.ts).
  foldTimesChains(a, scan.entries, accounted);
  // "tf masuk 95rb dr customer ig, 1 set bros": the goods the one payment was for (goods-after-payment.ts).
  if (scan.entries.length === 1 && a.nums.length === 2) goodsAfterPayment(a, scan.entries, accounted);
  // The self-check: every number she wrote must mean something in what is recorded.
  const read = segments.length > 0 ? (segments[segments.length - 1] as Segment).end : 0;
  // (A count of the story around it — "muter ke tiga rumah pelanggan" — is no number of the record: story-clauses.ts.)
  const story = storyCounts(a);
  // (… nor the count of her work paid for, "jahit seragam 2 stel, dibayar 180rb", nor of customers in a
  // remark, "kemarin sepi cuma 3 pelanggan": work-paid.ts.)
  for (const ex of remarkCounts(a)) story.add(ex);
  // (… nor a count of orders by channel, "Shopee: 7 order, cair 735k": channel-orders.ts.)
  if (present(a, T_CHANNEL_ORDERS)) {
    for (const i of channelOrderCounts(a.tokens)) {
      const ex = a.nums[a.numIn[i] ?? -1];
      if (ex !== undefined && ex.start === i && ex.end === i + 1) story.add(ex);
    }
  }
  const worked = workPaidCount(a);
  if (worked !== null) story.add(worked);
  // (… nor how many went, on a line after the one amount: "40 kotak habis semua": count-aside.ts.)
  for (const ex of countAsides(a, scan.entries.length === 1 && scan.entries[0]?.kind === 'sale').counts) story.add(ex);
  for (const ex of a.nums) if (ex.end <= read && !accounted.has(ex) && !story.has(ex)) scan.leftover++;
  return scan;
}

/** Check lines ("Total: 100rb", "Untung: 55rb", "Diskon 0", a receipt's cash and change): read as checks, never entries. True when the segment was one. */
function readCheckLine(st: ScanState, seg: Segment): boolean {
  const { scan, accounted, lines, checks, pending, tenders } = st;
  const ck = checks[seg.line];
  if (ck && ck.kind === CK_NOTHING) {
    // "Diskon 0": nothing taken off.
    st.checkLine = seg.line;
    for (const ex of ck.nums) accounted.add(ex);
    return true;
  }
  // (When no sum of a kind finds a line of its kind above — "beli bahan 300rb\nomset 500rb, untung 200rb" —
  // the line is that money itself: read as before. One that does makes it a summary, the others asked.)
  if (ck && ck.kind === CK_SUMMARY && scan.entries.length > 0 && lines.role[seg.start] !== L_CHATTER && summarises(ck, scan.entries)) {
    // "==\nmasuk 310rb keluar 95rb": the sheet's sums restated, each a check (summary-line.ts), never entries.
    st.checkLine = seg.line;
    for (const ex of ck.nums) accounted.add(ex);
    // (Their notes are the checks' own: subtotal_check, profit_check, or total_mismatch.)
    for (const part of ck.parts ?? []) pending.push({ check: part, upTo: scan.entries.length, sectionStart: st.sectionStart });
    return true;
  }
  if (ck && ck.kind === CK_TENDER && pending.length > 0) {
    // "TOTAL 54.500 / TUNAI 60.000 / KEMBALI 5.500": cash handed and change, checked below.
    st.checkLine = seg.line;
    for (const ex of ck.nums) accounted.add(ex);
    tenders.push(ck);
    return true;
  }
  if (ck && lines.role[seg.start] !== L_CHATTER && (ck.kind === CK_NET || ck.kind === CK_STOCK ||
    // "Total belanja 400rb" with no purchase above it is the day's spending itself.
    (ck.kind === CK_TOTAL && scan.entries.length > 0 && (ck.of === null ||
      scan.entries.some((e) => e.kind === ck.of || e.notes.includes('kind_guessed')))) ||
    (ck.kind === CK_TURNOVER && scan.entries.some((e) => e.kind === 'sale')))) {
    // "Total: 100rb", "Untung: 55rb" under a "Rekap jualan" heading: a check, whatever kind the heading gave.
    st.checkLine = seg.line;
    for (const ex of ck.nums) accounted.add(ex);
    if (ck.kind === CK_STOCK) {
      if (!scan.notes.includes('stock_line')) scan.notes.push('stock_line');
      return true;
    }
    pending.push({ check: ck, upTo: scan.entries.length, sectionStart: st.sectionStart });
    if (ck.kind !== CK_NET) st.sectionStart = scan.entries.length;
    return true;
  }
  return false;
}

/** A resale line, the list's title, a chatter line or an amount said again in words: read without entries of the usual kind. True when the segment was one. */
function readAsideLine(st: ScanState, seg: Segment): boolean {
  const { a, scan, accounted, lines, resales } = st;
  const resale = resales[seg.line];
  // "Jualan pulsa" over a list of top-ups: the list's title, no goods without a price.
  if (seg.line === 0 && !seg.hasNum && resales.some((r) => r !== null)) return true;
  if (resale && lines.role[seg.start] !== L_CHATTER && lines.role[seg.start] !== L_HEADING) {
    // "tsel 10rb jual 12rb": one sale at the selling price.
    st.checkLine = seg.line;
    for (const ex of resale.nums) accounted.add(ex);
    scan.entries.push(resale.entry);
    if (seg.line !== st.lastEntryLine) {
      st.lastEntryLine = seg.line;
      scan.entryLines++;
    }
    if (!scan.notes.includes('resale_lines')) scan.notes.push('resale_lines');
    return true;
  }
  if (lines.role[seg.start] === L_CHATTER && seg.hasNum) {
    // "besok rencana beli oven 350rb": a plan line, left out (and said so); its numbers are read.
    for (const ex of a.nums) if (ex.start >= seg.start && ex.end <= seg.end) accounted.add(ex);
    return true;
  }
  if (lines.role[seg.start] === L_CHATTER) {
    // "alhamdulillah rame", "besok libur": not money, and no reason to doubt the other lines.
    if (!scan.notes.includes('chatter_line')) scan.notes.push('chatter_line');
    return true;
  }
  // "laku 150rb, seratus lima puluh ribu": the amount before it, said again in words.
  const sayAgain = saidAgainInWords(a, seg, scan.entries[scan.entries.length - 1]);
  if (sayAgain !== null) {
    accounted.add(sayAgain);
    return true;
  }
  return false;
}

/** A net line ("untung 250rb", checked at the end) or change handed back: read, never entries. True when the segment was one. */
function readNetOrChange(st: ScanState, seg: Segment, leadTok: Token | null): boolean {
  const { a, scan, accounted, profits } = st;
  const lead = leadTok === null ? null : leadTok.key;
  // "dikurangi modal jadi untungnya 60rb": costs taken off but not priced, then the net (deducted-net.ts).
  const deducted = deductedNet(a, seg.start, seg.end);
  if (deducted >= 0 || isNetLine(a, seg, lead)) {
    // "untung 250rb" after the day's lines states sales − expenses: a check, not an entry.
    const p = readSegment(a, deducted >= 0 ? { ...seg, start: deducted } : seg, { kind: 'sale', verbSeen: true, strong: true });
    const netWord = deducted >= 0 ? (a.tokens[deducted] as Token).key : lead;
    for (const ex of p.accounted) accounted.add(ex);
    for (const e of p.entries) profits.push(netWord !== null && netWord.startsWith('rugi') ? -e.amount : e.amount);
    return true;
  }
  if (mentionsChange(a, seg)) {
    // "kembalian 5rb": the change she handed back is part of a sale, never an entry.
    for (const ex of a.nums) if (ex.start >= seg.start && ex.end <= seg.end) accounted.add(ex);
    scan.change = true;
    return true;
  }
  return false;
}

/** A clause's own reading, then every fix, check and join below, in order. */
function readClause(st: ScanState, seg: Segment, si: number, leadTok: Token | null, sameLine: boolean, prevSeg: Segment | undefined): void {
  const { a, scan, accounted } = st;
  const r = readSegment(a, seg, st.carry);
  for (const ex of r.accounted) accounted.add(ex);
  // "sewa tenda … ke nikahan bu Sri", "terima upah bordir …", "token 100rb dijual 102rb", "…, nyangking beras 60rb" (clause-payer.ts).
  payerFix(a, seg, r.entries, st.carry.kind, si === 0);
  settleKinds(st, seg, si, r);
  if (restatesLine(st, seg, si, r, leadTok, sameLine)) return;
  joinClauses(st, seg, si, r, leadTok, sameLine, prevSeg);
  if (readSubtotal(st, r, leadTok)) return;
  const heading = readHeading(st, seg, si, r);
  if (r.repay) {
    scan.repaySegments++;
    scan.repayAmount ??= r.repayAmount;
    scan.repayPayVerb ||= r.payVerb;
    scan.repayNotFact ||= r.repayNotFact;
    return;
  }
  if (scan.entries.length === 0 && r.entries.length === 1 && r.unresolved.length === 0 && leadTok !== null &&
    HEAD_TOTAL_WORDS.has(leadTok.key) && canHeadParts(r.entries[0])) st.headTotal = r.entries[0] as EntryOut;
  addEntries(st, seg, r);
  finishClause(st, seg, si, r, heading);
}

/** The kind of the clause's entries settled: wages paid, a purchase or the home's money after a carried sale, her work carried. */
function settleKinds(st: ScanState, seg: Segment, si: number, r: SegmentOut): void {
  const { a, scan } = st;
  let home: 'home' | 'business' | null;
  st.supplyUnderSale = false;
  // "gajian karyawan laundry 2 org, masing2 400rb": wages for her staff are her cost, whatever
  // the verb; the lines after it st.carry the expense (wages-paid.ts).
  if (wagesPaid(a, seg)) {
    for (const e of r.entries) {
      if (e.kind !== 'sale' && e.kind !== 'expense') continue;
      e.kind = 'expense';
      // "karyawan 2 orang gajinya 500rb": each or both? The kind is settled, the amount still asked.
      const eachOrBoth = e.notes.includes('kind_guessed') && e.quantity !== null && e.quantity > 1 && e.unitPrice === null;
      kindNamed(e);
      if (eachOrBoth) hargaJoined(a, seg, e, true);
    }
    r.kind = 'expense';
    r.verbSeen = true;
    r.strong = true;
  }
  // "laku kue 4 loyang @40rb, tukar telur gasan ulah kue 56rb", "…, stok bros 20 @8rb": a
  // clause bought to make, sell on or stock does not inherit the sale before it; read as the
  // purchase it is, asked (carried-kind.ts).
  if (si > 0 && st.carry.kind === 'sale' && (purposeOfMaking(a, seg) || stockTakenIn(a, seg))) {
    for (const e of r.entries) {
      if (e.kind !== 'sale') continue;
      e.kind = 'expense';
      e.confidence = Math.min(e.confidence, C_DOUBT);
      if (!e.notes.includes('kind_carried')) e.notes.push('kind_carried');
    }
  } else if (si > 0 && st.carry.kind === 'sale' && r.entries.some((e) => e.kind === 'sale') && !segmentHasVerb(a, seg) &&
    (home = homeCarried(a, seg, r.entries)) !== null) {
    // "…, family dinner 100k": money for the home, asked as a withdrawal; "…, makan siang karyawan 40rb": the business's cost (carried-kind.ts).
    for (const e of r.entries) {
      if (e.kind !== 'sale') continue;
      e.kind = home === 'home' ? 'withdrawal' : 'expense';
      if (home === 'business') continue;
      e.confidence = Math.min(e.confidence, C_DOUBT);
      if (!e.notes.includes('withdrawal_guessed')) e.notes.push('withdrawal_guessed');
    }
  } else if (si > 0 && st.saleHeading && onlySupplyVerbs(a.tokens, seg.start, seg.end)) {
    // "penjualan hari ini:\nrokok 185rb\ngas 3 tabung 66rb": a supply she may also sell (gas, galon,
    // plastik, es batu) is only guessed bought from its noun; under a heading naming the list sold, her
    // heading says she sold it (cost-nouns.ts). The heading still holds for the lines after it.
    for (const e of r.entries) if (e.kind === 'expense') e.kind = 'sale';
    r.kind = 'sale';
    st.supplyUnderSale = true;
  } else if (si > 0 && st.carry.kind === 'sale' && !st.saleHeading && r.entries.some((e) => e.kind === 'sale') && !expenseVerbBeforeMoney(a, seg)) {
    // "…, minyak goreng 2 liter 36rb", "…, transfer ke supplier 130rb": a cost noun beats the carried sale (carried-kind.ts).
    // Not under a heading that names the list sold ("yg laku di warung hr ini:\ngula 4kg @17rb"): her heading
    // is her word for the whole list, a guess from the goods is not.
    let before: string | null = null;
    for (let k = scan.entries.length - 1; k >= 0 && before === null; k--) if (scan.entries[k]?.kind === 'sale') before = scan.entries[k]?.item ?? '';
    const cost = costCarried(a, seg, r.entries, before);
    if (cost !== null) {
      for (const e of r.entries) {
        if (e.kind !== 'sale') continue;
        e.kind = 'expense';
        if (cost === 'goods') {
          e.confidence = Math.min(e.confidence, C_DOUBT);
          if (!e.notes.includes('kind_carried')) e.notes.push('kind_carried');
        }
      }
    }
  }
  // "cucian bed cover 3 @25rb, kiloan 6kg @6rb": more jobs after her work named on the line (service-work.ts).
  // On the lines below it too, while each of them is more of her work ("laundry kiloan 7 kg @6rb\nbedcover 1 25rb"):
  // a line with a verb of its own, or one her work does not settle, ends the run.
  if (r.kind === null && !segmentHasVerb(a, seg)) {
    if (st.workLine === seg.line || st.workRun || r.entries.some(isWorkSale)) workCarried(r.entries);
    if (r.entries.some(isWorkSale)) st.workLine = seg.line;
    st.workRun = r.entries.length > 0 && r.entries.every(isWorkSale);
  } else if (r.entries.length > 0 || segmentHasVerb(a, seg)) st.workRun = false;
}

/** What the line before came to, said again ("…, dapat 75rb"): a check. True when the clause was only that; sets st.restatedIn for a restatement closing the clause's own entries. */
function restatesLine(st: ScanState, seg: Segment, si: number, r: SegmentOut, leadTok: Token | null, sameLine: boolean): boolean {
  const { a, scan } = st;
  // "laku ombus-ombus 20, hepengna 60 ribu": the count, then what it brought in (count-then-takings.ts).
  if (sameLine && st.countLineWas === si - 1 && st.lastEntryLine === seg.line && scan.entries.length === 1 && r.entries.length === 1 &&
    r.unresolved.length === 0 && !r.repay && takingsAfterCount(scan.entries[0], r.entries[0], leadTok)) scan.entries.pop();
  // "laku 5 bros @15rb, dapat 75rb": what the line before came to — a check (received-total.ts).
  const stated = r.entries[0];
  // ("jual paket data 25rb, dibayar 28rb": a top-up's price, read by resale.ts.)
  const onLine = sameLine && st.lastEntryLine === seg.line && !(leadTok?.key === 'dibayar' && mentionsFaceValue(a.tokens));
  const statedKind = onLine ? statedLineTotal(leadTok) : null;
  // "…, duit masok 180rb", "…, jadi 180rb", "…, dapet 400rb wong": the whole clause restates (a total word's is below).
  // (The segment's restating clause is read at most once: the check after the entries below asks too.)
  let clause: RestatedClause | null | undefined;
  const restated = onLine && (leadTok === null || !isTotalWord(leadTok)) ? (clause = restatedClause(a, seg.start, seg.end)) : null;
  const restates = restated !== null && softUpTo(a, seg.start, restated.start) && stated !== undefined &&
    stated.amount === restated.ex.rupiah && stated.quantity === null && stated.unitPrice === null &&
    (restated.kind === null || stated.kind === restated.kind);
  const checkKind = statedKind !== null && isBareAmount(stated) && stated.kind === statedKind ? statedKind : restates ? restated.kind : undefined;
  if (checkKind !== undefined && r.entries.length === 1 && r.unresolved.length === 0 && !r.repay && stated !== undefined &&
    scan.unresolved.length === 0 && (checkKind === null ? scan.entries.length > 0 : scan.entries.some((e) => e.kind === checkKind))) {
    // "laku ombus-ombus 20, dapat 60rb": the counts before it were what sold, this is the sale.
    if (countsTakeTotal(scan.entries, st.sectionStart, stated)) return true;
    if (!restatedAgrees(scan.entries, checkKind, stated.amount)) scan.totalMismatch = true;
    else eachSettledByTotal(scan.entries, stated.amount);
    if (!scan.notes.includes('summary_total')) scan.notes.push('summary_total');
    return true;
  }
  // "… 15k each so 180k", "… 15rb sebungkus dapet duit 180rb": the same clause after the entries of its own segment.
  st.restatedIn = null;
  const lastIn = r.entries[r.entries.length - 1];
  // ("pulsa 10rb jadi 12rb": a top-up's face value, then her price, read by resale.ts.)
  if (r.entries.length >= 2 && lastIn !== undefined && !r.repay && lastIn.quantity === null && lastIn.unitPrice === null &&
    !mentionsFaceValue(a.tokens)) {
    const c = clause === undefined ? restatedClause(a, seg.start, seg.end) : clause;
    // Only soft words between the last figure before it and the restatement: "jual 2 kue 20rb sewa semua 20rb" names the rent.
    let lastFigureEnd = -1;
    for (const ex of a.nums) if (c !== null && ex.start >= seg.start && ex.end <= c.start && ex.end > lastFigureEnd) lastFigureEnd = ex.end;
    if (c !== null && c.start > seg.start && lastIn.amount === c.ex.rupiah && (c.kind === null || lastIn.kind === c.kind) &&
      lastFigureEnd >= 0 && eachOrSoftUpTo(a, lastFigureEnd, c.start) &&
      (lastIn.at === undefined || (lastIn.at >= c.ex.start && lastIn.at < c.ex.end)) &&
      r.entries.some((e) => e !== lastIn && (c.kind === null || e.kind === c.kind))) {
      r.entries.pop();
      st.restatedIn = { kind: c.kind, amount: lastIn.amount };
    }
  }
  return false;
}

/** A count and an amount or price in two clauses (or one) joined into one entry. */
function joinClauses(st: ScanState, seg: Segment, si: number, r: SegmentOut, leadTok: Token | null, sameLine: boolean, prevSeg: Segment | undefined): void {
  const { a, scan } = st;
  // "laku 25 potong, dpt 75rb", "laku tas rajut satu, 120rb": the count before the comma
  // and the bare amount after it are one entry.
  const bare = r.entries[0];
  const forGoods = r.unresolved[0];
  if (r.entries.length === 1 && r.unresolved.length === 1 && bare && forGoods && bare.item === null && bare.quantity === null &&
    bare.unitPrice === null && forGoods.quantity !== null && forGoods.reason === 'no_amount' && forGoods.kind === bare.kind &&
    bare.kind === 'sale' && !mixedVerbs(a, seg) && amountForGoods(a, seg, bare.amount)) {
    // "ngutang dulu 45rb buat 3 bungkus keripik": the goods after "buat" are what the amount paid for.
    r.unresolved.length = 0;
    const prior = bare.confidence;
    joinCount(bare, forGoods);
    hargaJoined(a, seg, bare, false, prior);
  }
  // "Nona Ade ambil 1 kain tenun, bayar lunas 1,2jt": the taker's money for the goods, a bare
  // amount of her sale ("lunas", "cash", "tf" are no goods there: taker-pays.ts).
  if (sameLine && prevSeg !== undefined && bare && r.entries.length === 1 && r.unresolved.length === 0 && scan.unresolved.length === 1 &&
    scan.unresolved[0]?.kind === 'sale' && bare.quantity === null && bare.unitPrice === null && takerPays(a, prevSeg, seg)) {
    bare.item = null;
    bare.kind = 'sale';
  }
  if (sameLine && prevSeg !== undefined && !mixedVerbs(a, prevSeg) && r.entries.length === 1 && r.unresolved.length === 0 &&
    isBareAmount(bare) && !r.repay &&
    (scan.entries.length === 0 || !(bare.totalOnly || (leadTok !== null && isTotalWord(leadTok))))) {
    const lastU = scan.unresolved[scan.unresolved.length - 1];
    const lastE = scan.entries[scan.entries.length - 1];
    if (lastU && scan.unresolved.length === 1 && lastU.reason === 'no_amount' && lastU.quantity !== null && lastU.kind === bare.kind && st.countLineWas === si - 1) {
      scan.unresolved.pop();
      const prior = bare.confidence;
      // ("…, 12rb per bros": a price per one of them, no total: per-counted.ts.)
      if (!perCountedJoin(a, bare, lastU)) joinCount(bare, lastU);
      hargaJoined(a, seg, bare, false, prior);
    } else if (isCountAsAmount(lastE) && lastE.kind === bare.kind && st.lastEntryLine === seg.line && st.countLineWas === si - 1) {
      scan.entries.pop();
      const prior = bare.confidence;
      const from = { item: lastE.item, quantity: lastE.amount, unit: lastE.unit };
      if (!perCountedJoin(a, bare, from)) joinCount(bare, from);
      hargaJoined(a, seg, bare, false, prior);
    }
  }
  // "jual mukena 2, @275rb" / "sak pak 12ewu, tuku 2": a count and a price each in two clauses (count-then-each.ts).
  if (sameLine && st.countLineWas === si - 1 && st.lastEntryLine === seg.line && r.entries.length === 1 && r.unresolved.length === 0) {
    const lastE = scan.entries[scan.entries.length - 1];
    if (countThenEach(lastE, r.entries[0])) scan.entries.pop();
    else if (eachThenCount(lastE, r.entries[0])) r.entries.length = 0;
  }
  // "jual ayam 5 ekor 45rb/ekor, ongkos potong 5rb/ekor": a fee each, times the goods just counted (fee-per-unit.ts).
  // (With no comma between them the two are one segment's entries.)
  if (r.entries.length === 1 && r.unresolved.length === 0) feeTimesCount(a, scan.entries[scan.entries.length - 1], r.entries[0]);
  for (let k = 1; k < r.entries.length; k++) feeTimesCount(a, r.entries[k - 1], r.entries[k]);
  // "jual 4 kaos @80rb, ongkir 15rb per kaos": a fee each of the goods named by their own word.
  if (r.entries.length === 1 && r.unresolved.length === 0) feeTimesGoods(a, scan.entries[scan.entries.length - 1], r.entries[0]);
  for (let k = 1; k < r.entries.length; k++) feeTimesGoods(a, r.entries[k - 1], r.entries[k]);
  // "laku goceng doang, risol 2 biji": the goods counted after a bare amount, with no verb of their own.
  if (sameLine && st.countLineWas === si - 1 && st.lastEntryLine === seg.line && r.entries.length === 0 && r.unresolved.length === 1 &&
    !segmentHasVerb(a, seg) && amountThenGoods(scan.entries[scan.entries.length - 1], r.unresolved[0])) r.unresolved.length = 0;
  // "jualan keripik dua ribu lima ratusan laku dua puluh bungkus": a price each, then how many sold.
  if (sameLine && st.countLineWas === si - 1 && st.lastEntryLine === seg.line && r.entries.length === 0 && r.unresolved.length === 1 &&
    eachThenCountClause(scan.entries[scan.entries.length - 1], r.unresolved[0])) r.unresolved.length = 0;
  // The same with no comma between the two verbs (one segment read as a price and a count).
  if (r.entries.length === 1 && r.unresolved.length === 1 && eachThenCountClause(r.entries[0], r.unresolved[0])) r.unresolved.length = 0;
  // "jual: 5 bros / harga: 12rb/pcs": the count's line, then its price each. ("laku 32 bungkus, 5rb an. td
  // ambil 40rb": a full stop is no segment break, so the next sentence's entries share the price's segment.)
  if (st.countLineWas === si - 1 && scan.unresolved.length === 1 && r.unresolved.length === 0 &&
    (r.entries.length === 1 || sentenceAfterFirst(a, r.entries)) && countLineThenEach(scan.unresolved[0], r.entries[0])) scan.unresolved.pop();
}

/** Whether every entry after the first was read from a later sentence than the first's (a full stop between them). */
function sentenceAfterFirst(a: Analysis, entries: readonly EntryOut[]): boolean {
  const from = entries[0]?.at;
  const to = entries[1]?.at;
  if (from === undefined || to === undefined) return false;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && t.text === '.' && !t.attached) return true;
    if (t.type === T_PUNCT && t.text === '.' && a.tokens[i + 1]?.type === T_WORD) return true;
  }
  return false;
}

/** A sub-total line of one kind under the day's lines: a check. True when the clause was one. */
function readSubtotal(st: ScanState, r: SegmentOut, leadTok: Token | null): boolean {
  const { a, scan, accounted } = st;
  // "total jual 150rb", "jumlah belanja 80rb" under the day's lines: her sub-total of one
  // kind, a check on the entries of that kind, never an entry of its own.
  const sub = r.entries[0];
  if (leadTok !== null && isTotalWord(leadTok) && scan.entries.length > 0 && r.entries.length === 1 && sub &&
    !r.repay && sub.quantity === null && sub.unitPrice === null && (sub.item === null || SUBTOTAL_ITEMS.has(sub.item)) &&
    (sub.kind === 'sale' || sub.kind === 'expense') && r.unresolved.length === 0 &&
    // "Total jualan 300rb / Total belanja 100rb" with no purchase listed: the spending itself.
    scan.entries.some((p) => p.kind === sub.kind || p.notes.includes('kind_guessed'))) {
    // "pempek laku 12, lenjer 30, total dapet 186rb": counts of goods, then their one sum.
    if (countsTakeTotal(scan.entries, st.sectionStart, sub)) return true;
    // "paket COD 2 …, pashmina @55k, total diterima 110k": the count before the price each (count-before-each.ts).
    const counted = countBeforeEach(a, scan.entries, sub, accounted);
    if (counted !== null) {
      accounted.add(counted);
      if (!scan.notes.includes('subtotal_check')) scan.notes.push('subtotal_check');
      return true;
    }
    let sum = 0;
    for (const p of scan.entries) if (p.kind === sub.kind) sum += p.amount;
    if (sum !== sub.amount && !eachByTotal(scan.entries, 0, scan.entries.length, sub.kind, sub.amount)) scan.totalMismatch = true;
    if (!scan.notes.includes('subtotal_check')) scan.notes.push('subtotal_check');
    return true;
  }
  return false;
}

/** A heading's counts and kind, given to the lines under it. Returns whether the clause is a heading. */
function readHeading(st: ScanState, seg: Segment, si: number, r: SegmentOut): boolean {
  const { a, scan, accounted, lines, segments } = st;
  // A heading ("beli bahan:", "jual:") only sets the kind of what follows it.
  const colonAfter = a.tokens[seg.end];
  const heading = (segments[si + 1]?.sep === SEP_COLON || (colonAfter?.type === T_PUNCT && colonAfter.text === ':')) &&
    r.entries.length === 0;
  // "jahitan selesai 4 stel:", "laku 4 potong:": how many pieces the lines under it hold,
  // a check on their counts, not goods of its own (pieces-stated.ts).
  // "masuk QRIS 3 transaksi:": how many amounts follow, a check like the pieces (takings-count.ts);
  // a count of people or orders ("jual pulsa 3 org:") is read so before a count of pieces.
  const countedHead = heading && r.entries.length === 0 ? takingsStated(a, seg) : null;
  const pieces = (countedHead === null || !countedHead.loose) && (heading || lines.role[seg.start] === L_HEADING) &&
    r.entries.length === 0 ? piecesStated(a, seg) : null;
  const takings = pieces === null ? countedHead : null;
  if (takings !== null) {
    accounted.add(takings.ex);
    st.takingsHead = { count: takings.count, from: scan.entries.length, loose: takings.loose };
    r.unresolved = r.unresolved.filter((u) => u.quantity !== takings.count);
  }
  if (pieces !== null) {
    accounted.add(pieces.ex);
    st.piecesHead = { count: pieces.count, from: scan.entries.length };
    r.unresolved = r.unresolved.filter((u) => !(u.item === null && u.quantity === pieces.count));
  }
  // "stok laundry:" over "sabun cair 55rb, parfum 40rb": a verb-less heading that names what
  // was bought in (or sold) gives that kind to the lines under it (checked-list-kind.ts).
  const named = (heading || lines.role[seg.start] === L_HEADING) && r.entries.length === 0 && !segmentHasVerb(a, seg)
    ? headingKind(a, seg.start, seg.end) : null;
  if (named !== null) {
    scan.kindHeading = named;
    r.kind = named;
    r.verbSeen = true;
    r.strong = true;
  }
  // "jahitan selesai:" over "2 gamis @85rb": her work done for customers names the lines under it sales.
  if ((heading || lines.role[seg.start] === L_HEADING) && r.entries.length === 0 && r.kind === null && namesWorkDone(a, seg)) {
    r.kind = 'sale';
    r.verbSeen = true;
    r.strong = true;
  }
  if (lines.role[seg.start] === L_HEADING && r.entries.length === 0) {
    // "beli bahan" over "kain 2 meter 60rb": the heading's general words are no goods of their own.
    r.wordsOnly.length = 0;
    r.unresolved.length = 0;
  } else if (heading) {
    r.wordsOnly.length = 0;
    // "laku 3 jenis:": how many kinds of goods follow, not goods of its own (checked below).
    for (const u of r.unresolved) if (u.item !== null && KINDS_OF_GOODS.has(u.item) && u.quantity !== null) st.kindsStated = u.quantity;
    r.unresolved = r.unresolved.filter((u) => u.quantity !== null && !(u.item !== null && KINDS_OF_GOODS.has(u.item)));
  }
  return heading;
}

/** The clause's entries added, each after a self-correction or a closing total is taken into account. */
function addEntries(st: ScanState, seg: Segment, r: SegmentOut): void {
  const { a, scan } = st;
  for (const e of r.entries) {
    const prev = scan.entries[scan.entries.length - 1];
    const taken = selfCorrection(a, e, prev);
    // "laku 45rb bukan 54rb": a slip taken back, or what she was short? Asked (self-correction.ts).
    if (taken === 'unsure') scan.selfCorrectionUnclear = true;
    if (taken === 'corrects') {
      // "laku 80rb, eh salah 85rb": the later amount replaces the earlier one, when the
      // earlier is a plain amount of the same kind on the same line. Otherwise (a unit
      // price, another kind) what was corrected is unclear: asked.
      // ("pemasukan rempeyek 40rb / eh salah 45rb": the correction opening the next line, under a
      // message's only entry, corrects it too.)
      const below = seg.sep === SEP_NL && st.lastEntryLine === seg.line - 1 && scan.entries.length === 1;
      if (prev && (st.lastEntryLine === seg.line || below) && prev.kind === e.kind && prev.unitPrice === null && !scan.selfCorrected) {
        st.correctedBy = { kind: prev.kind, by: e.amount - prev.amount };
        prev.amount = e.amount;
        prev.confidence = Math.min(prev.confidence, e.confidence);
        for (const n of e.notes) if (!prev.notes.includes(n)) prev.notes.push(n);
        scan.selfCorrected = true;
        if (!scan.notes.includes('self_corrected')) scan.notes.push('self_corrected');
        continue;
      }
      scan.selfCorrectionUnclear = true;
    }
    // "…, td ada yg beli 1 lagi": why she corrected the amount up — a count, no entry (correction-reason.ts).
    const up = st.correctedBy !== null && st.correctedBy.by > 0 && st.correctedBy.kind === e.kind ? st.correctedBy.by : 0;
    if (up > 0 && explainsCorrection(a, seg, e)) continue;
    // "… 45rb deng, td ada yg beli 1 lagi 5rb": the money of that reason is in the corrected amount
    // already — or a sale of its own? Asked, never counted twice unasked.
    if (up > 0 && e.amount === up) scan.selfCorrectionUnclear = true;
    // "gula 2kg + minyak 1 liter, total 52rb": the total is the price of the goods counted before it.
    if (e.totalOnly) unpricedTakeTotal(scan.entries, scan.unresolved, e);
    // "beli tepung 5kg, gula 2kg, minyak 2 liter total 134rb": the same, the last goods written with the total.
    else if (e.totalAfterGoods === true) goodsTakeTotal(scan.entries, scan.unresolved, e);
    if (e.totalOnly && scan.entries.length > 0) {
      if (countsTakeTotal(scan.entries, st.sectionStart, e)) continue;
      let sum = 0;
      for (const p of scan.entries) if (p.kind === e.kind) sum += p.amount;
      if (sum !== e.amount && !eachByTotal(scan.entries, 0, scan.entries.length, e.kind, e.amount)) scan.totalMismatch = true;
      if (!scan.notes.includes('summary_total')) scan.notes.push('summary_total');
      continue;
    }
    scan.entries.push(e);
    if (seg.line !== st.lastEntryLine) {
      st.lastEntryLine = seg.line;
      scan.entryLines++;
    }
  }
}

/** After the entries: the restatement checked, a shared price, discounts, what is left unresolved, and what carries to the next clause. */
function finishClause(st: ScanState, seg: Segment, si: number, r: SegmentOut, heading: boolean): void {
  const { a, scan, lines } = st;
  if (st.restatedIn !== null) {
    if (!restatedAgrees(scan.entries, st.restatedIn.kind, st.restatedIn.amount)) scan.totalMismatch = true;
    if (!scan.notes.includes('summary_total')) scan.notes.push('summary_total');
  }
  // "warung A 12 bks, …, warung C 10 bks, 7rb/bks": the closing price is for every count of its unit (shared-price.ts).
  if (r.entries.length === 1 && r.unresolved.length === 0 && scan.unresolved.length > 0) {
    const priced = r.entries[0] as EntryOut;
    const more = sharedPrice(a, seg, scan.unresolved, priced);
    const at = scan.entries.indexOf(priced);
    if (more && at >= 0) scan.entries.splice(at, 0, ...more);
  }
  for (const ex of r.discounts) applyDiscount(scan, ex);
  // "diskon 10rb krn langganan": the words after the discount say why, they are no goods left unpriced.
  if (r.discounts.length > 0) {
    const goods = (u: UnresolvedEntry): boolean => !(u.reason === 'no_amount' && u.quantity === null && isReasonPhrase(u.item));
    r.unresolved = r.unresolved.filter(goods);
    r.wordsOnly = r.wordsOnly.filter(goods);
  }
  for (const u of r.unresolved) scan.unresolved.push(u);
  for (const u of r.wordsOnly) scan.wordsOnly.push(u);
  st.countLineWas = si;
  // A heading naming the list's kind ("JUAL", "yg laku hr ini:") holds until a line says its own.
  if ((heading || lines.role[seg.start] === L_HEADING || kindWordLine(st, seg, si, r)) && r.entries.length === 0) st.saleHeading = r.kind === 'sale';
  else if (segmentHasVerb(a, seg) && !st.supplyUnderSale) st.saleHeading = false;
  st.carry = { kind: r.kind, verbSeen: r.verbSeen, strong: r.strong };
}

/**
 * "PENJUALAN\nplastik kresek 3 pak 30rb\ngas elpiji 22rb": a first line of only a kind word (and day
 * words) heads the list as "PENJUALAN:" does; its sale holds over the supplies under it.
 */
function kindWordLine(st: ScanState, seg: Segment, si: number, r: SegmentOut): boolean {
  const { a, segments } = st;
  if (si !== 0 || r.kind === null || r.entries.length > 0 || r.unresolved.length > 0 || segments[1]?.sep !== SEP_NL) return false;
  let kind = false;
  for (let i = seg.start; i < seg.end; i++) {
    const t = a.tokens[i] as Token;
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0) kind = true;
    else if (t.type !== T_WORD || (t.f & (F_DATE | F_FILLER)) === 0) return false;
  }
  return kind;
}

/** Words that may close an amount said again in words ("…, seratus lima puluh ribu rupiah"). */
const SAID_AGAIN_TAIL = new Set(['rupiah', 'saja', 'aja']);

/**
 * "laku 150rb, seratus lima puluh ribu": a clause of only an amount in words, equal to the
 * entry just read from digits on the same line, is that amount said again (as receipts and
 * slips write it), not a second sale. Digits twice ("laku 150rb, 150rb") stay two amounts.
 */
function saidAgainInWords(a: Analysis, seg: Segment, last: EntryOut | undefined): NumExpr | null {
  if (last === undefined || last.at === undefined || seg.sep !== SEP_COMMA) return null;
  const before = a.nums[a.numIn[last.at] ?? -1];
  if (before === undefined || before.words || before.rupiah !== last.amount) return null;
  let found: NumExpr | null = null;
  for (let i = seg.start; i < seg.end; i++) {
    const k = a.numIn[i] as number;
    if (k >= 0) {
      const ex = a.nums[k] as NumExpr;
      if (found !== null || !ex.words || ex.rupiah !== last.amount) return null;
      found = ex;
      i = ex.end - 1;
      continue;
    }
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && !SAID_AGAIN_TAIL.has(t.key)) return null;
    if (t.type === T_NUM) return null;
  }
  // On the same line as the amount it restates.
  for (let i = before.end; found !== null && i < found.start; i++) if (a.tokens[i]?.type === T_NL) return null;
  return found;
}

/**
 * "TOTAL 54.500 / TUNAI 60.000 / KEMBALI 5.500": the cash handed less the change is the last
 * total (cash alone may be more than it, never less; change alone is not checked).
 */
function tenderAgrees(tenders: readonly CheckLine[], pending: readonly PendingCheck[]): boolean {
  if (tenders.length === 0) return true;
  const total = pending[pending.length - 1]?.check.amount ?? null;
  if (total === null) return false;
  let paid: number | null = null;
  let back = 0;
  for (const t of tenders) {
    if (t.amount === null) return false;
    if (t.change === true) back += t.amount;
    else paid = (paid ?? 0) + t.amount;
  }
  if (paid === null) return back < total;
  return back > 0 ? paid - back === total : paid >= total;
}

/**
 * "laku 3 bros, harganya 15rb": a price word before the amount joined to a count — each,
 * or the three together? Asked, unless only one reading can be meant (as "harga X" in one
 * segment: entry-drafts.ts).
 */
function hargaJoined(a: Analysis, seg: Segment, e: EntryOut, priced = false, prior: number | null = null): void {
  if (e.quantity === null || e.quantity === 1) return;
  // (`priced`: a pay word stood for "harga": wages-paid.ts.)
  let harga = priced;
  for (let i = seg.start; i < seg.end; i++) if (((a.tokens[i] as Token).f & F_PRICE) !== 0) harga = true;
  if (!harga) return;
  const q = e.quantity;
  if (Number.isInteger(q) && q > 1 && (e.amount % q !== 0 || e.amount / q < 100)) {
    // Only "each" can be meant ("3 bungkus kopi, harganya 5rb": Rp1.667 a piece is no price).
    e.unitPrice = e.amount;
    e.amount *= q;
    // "payu tempe seket biji, regane rong ewu": the doubt joinCount raised (a total that cheap may be
    // the price each) is answered: it is each. Its confidence is the one it had before the join.
    if (prior !== null && e.notes.includes('cheap_each')) {
      e.notes = e.notes.filter((n) => n !== 'cheap_each');
      if (e.notes.length === 0) e.confidence = Math.max(e.confidence, prior);
    }
    return;
  }
  e.confidence = Math.min(e.confidence, 0.75);
  if (!e.notes.includes('harga_without_per')) e.notes.push('harga_without_per');
  // "borong keripik 20 bks, sy kasih harga 9rb": Rp450 a pack as the total is cheap (joinCount's
  // doubt): the price each is the likelier guess; still asked.
  if (Number.isInteger(q) && q > 1 && e.notes.includes('cheap_each') && Number.isSafeInteger(e.amount * q)) {
    e.unitPrice = e.amount;
    e.amount *= q;
  }
}

/** A sale or expense verb in the segment. */
/**
 * A verb of the segment up to its last amount. A cost word trailing the money with none of its own
 * ("…, pakan 1 karung 390rb. listrik kandang nanti aja") is a new thought, not this clause's verb:
 * the carried sale must still meet the clause's goods (costCarried, which keeps any sale word).
 */
function expenseVerbBeforeMoney(a: Analysis, seg: Segment): boolean {
  let last = seg.end - 1;
  while (last > seg.start && a.numIn[last] === -1) last--;
  if (last <= seg.start) return segmentHasVerb(a, seg);
  for (let i = seg.start; i <= last; i++) if (((a.tokens[i] as Token).f & (F_SALE | F_EXPENSE)) !== 0) return true;
  return false;
}

function segmentHasVerb(a: Analysis, seg: Segment): boolean {
  for (let i = seg.start; i < seg.end; i++) if (((a.tokens[i] as Token).f & (F_SALE | F_EXPENSE)) !== 0) return true;
  return false;
}

/** Whether a summary line's sums of a kind (if any) find a line of one of their kinds above (see CK_SUMMARY above). */
function summarises(ck: CheckLine, entries: readonly EntryOut[]): boolean {
  let ofKind = 0;
  for (const p of ck.parts ?? []) {
    if (p.kind !== CK_TOTAL || p.of === null) continue;
    ofKind++;
    if (entries.some((e) => e.kind === p.of || e.notes.includes('kind_guessed'))) return true;
  }
  return ofKind === 0;
}

/** Change words anywhere in the message (else no segment needs the walk below). */
const T_CHANGE = trigger(CHANGE_WORDS);

function mentionsChange(a: Analysis, seg: Segment): boolean {
  if (!present(a, T_CHANGE)) return false;
  // (A change word hidden from this reading, change-given.ts, was read already.)
  for (let i = seg.start; i < seg.end; i++) if (a.marks[i] === 0 && CHANGE_WORDS.has((a.tokens[i] as Token).key)) return true;
  return false;
}

/** Takes "diskon X" off the last sale read; a discount it cannot apply is a problem to ask about. */
function applyDiscount(scan: RecordScan, ex: NumExpr): void {
  let sale: EntryOut | undefined;
  for (let k = scan.entries.length - 1; k >= 0 && !sale; k--) if (scan.entries[k]?.kind === 'sale') sale = scan.entries[k];
  if (!sale || ex.rupiah === null || ex.rupiah >= sale.amount) {
    scan.discountProblem = true;
    return;
  }
  scan.discountOn ??= { entry: sale, before: sale.amount, unitPrice: sale.unitPrice, off: ex.rupiah };
  sale.amount -= ex.rupiah;
  sale.unitPrice = null; // the price per piece after the discount is not what she wrote
  scan.discounted = true;
}
