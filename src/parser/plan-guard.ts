/**
 * Plans are not records, whichever reader read the message (issue 15). "bulan depan rencana
 * pinjam KUR 10jt", "besok mau belanja kain 500rb", "andai punya modal 10jt": a reader that
 * knows its own family well (outside capital, business cash, family buying, …) may still
 * not know that the whole message is a plan. So this guard sits in the chain itself
 * (index.ts): every result that would change her books is checked here after its reader
 * returned it, and a confident one whose message opens with a plan is capped below the
 * confident line — a new reader added to the chain cannot skip it (a property test runs the
 * plan openings over every reader's family).
 *
 * What counts as a plan: a word of a wish, plan or condition ("rencana", "andai", "kalau",
 * "pengen", "akan") anywhere, as not-fact.ts reads them; or a future word ("mau", "besok",
 * "nanti", "bulan depan") *before the first amount*. After the amount a future word is about
 * when she is paid ("laku 3 kerudung 150rb, bayarnya minggu depan") or what the buyer will do
 * ("katanya mau pesan lagi"), and the record readers already judge those. "mau lapor", "mau
 * catat" is telling the bot, not a plan.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT, C_NOT_FACT } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { notFactNotes, T_HYPOTHETICAL } from './not-fact.ts';
import { present, trigger } from './triggers.ts';
import { othersTakings } from './other-owner.ts';
import { restatedPartNote } from './part-restated.ts';
import { soldAfterPlanWord } from './story-sold.ts';
import { purposeOffered } from './undecided-use.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { F_DURATION, F_NUMWORD, F_PERIOD, F_SCALE, F_SLANG } from './word-roles.ts';

/** Words that put what follows in the future when they come before the amount. */
const PLAN_OPENERS = new Set(['mau', 'mo', 'mao', 'akan', 'bakal', 'besok', 'besuk', 'sesuk', 'isukan', 'nanti', 'ntar', 'entar',
  'rencana', 'rencananya', 'lusa', 'pengen', 'pingin', 'pengin', 'ingin']);
/** Results that would change her books when confident. */
const BOOK_INTENTS = new Set<ParseResult['intent']>(['record', 'repayment', 'payment_received']);

/** After "mau": telling the bot, not a plan ("mau lapor, laku 10 bros @12rb"). */
export const TELLING = new Set(['lapor', 'laporan', 'laporin', 'melapor', 'ngelapor', 'catat', 'catet', 'nyatet', 'nyatat', 'mencatat',
  'input', 'info', 'ngabarin', 'kabarin', 'kabari', 'update', 'apdet', 'share', 'cerita', 'tanya', 'nanya', 'ralat', 'koreksi']);
/** Words of paying: a day next to one says when she is paid ("bayar nanti", "besok bayar"), not a plan. */
const PAY_WORDS = new Set(['bayar', 'bayarnya', 'dibayar', 'byr', 'lunas', 'dilunasi', 'dilunasin', 'nyicil', 'dicicil',
  'utang', 'hutang', 'ngutang', 'bon', 'ngebon', 'kasbon', 'transfer', 'tf']);

/** After a paying word: the way the money moves ("transfer ke/masuk/dari …"). */
const MOVED_WAY = new Set(['ke', 'masuk', 'dari', 'dr']);
/** After a paying word: a bill of hers ("nanti tf tagihan wifi 350rb") — her own paying to come, a plan (bill-side.ts). */
const HER_BILLS = new Set(['tagihan', 'tagihannya', 'nota', 'invoice', 'listrik', 'pln', 'token', 'wifi', 'indihome', 'pdam']);

/** Whether the time word at i is next to a word of paying. */
function whenPaid(line: readonly Token[], i: number): boolean {
  // "jumat nanti Kasbon: Bu Sri …": a credit word heading a list (a colon after it) is no
  // paying later; the time word before it opens a plan.
  // ("kasbon tgl 3:" too: a colon within a few words.)
  const heading = line.slice(i + 2, i + 6).some((t) => t.type === T_PUNCT && t.text === ':');
  // "jumat nanti transfer ke rekening …": paying *to* somewhere is her own act to come, a plan;
  // so is money moved in or from somewhere ("jumat nanti transfer masuk 85rb", "… transfer dari
  // tabungan 1jt ke kas"): a transfer named by its way is no one paying her later.
  const toSomewhere = MOVED_WAY.has(line[i + 2]?.key ?? '') || HER_BILLS.has(line[i + 2]?.key ?? '');
  return PAY_WORDS.has(line[i - 1]?.key ?? '') || (PAY_WORDS.has(line[i + 1]?.key ?? '') && !heading && !toSomewhere);
}
/**
 * Words that move money as well as tell the bot: telling only when no amount follows them in
 * their clause ("mau setor, laku 3 bros" tells; "mau setor 100rb", "mau masukin 500rb ke kas",
 * "mau setor ke kas usaha 200rb" are plans).
 */
// ("masukin" reads as its root "masukkan": root-forms.ts.)
const TELLING_WITHOUT_AMOUNT = new Set(['masukin', 'masukkan', 'setor']);

/** Future days and times (not wishes): after a purpose word they date the purpose, not the act. */
const TIME_WORDS = new Set(['besok', 'besuk', 'sesuk', 'isukan', 'nanti', 'ntar', 'entar', 'lusa', 'depan']);
const PURPOSE_WORDS = new Set(['buat', 'bwt', 'untuk', 'utk', 'gawe']);

/**
 * Whether the word at i belongs to a purpose clause ("belanja sayur buat katering besok
 * 185rb": bought today for tomorrow's catering): a purpose word at most four words before it.
 */
function inPurpose(line: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = line[j] as Token;
    if (t.type !== T_WORD) return false;
    if (PURPOSE_WORDS.has(t.key)) return true;
  }
  return false;
}

/** "mau kasih tau, laku 3 bros": giving news, not money. */
const GIVING = new Set(['kasih', 'ngasih', 'kasi', 'ngasi']);
const NEWS = new Set(['tau', 'tahu', 'info', 'kabar']);

function tellsTheBot(line: readonly Token[], i: number): boolean {
  const next = line[i + 1];
  if (next === undefined || next.type !== T_WORD) return false;
  if (TELLING.has(next.key)) return true;
  if (GIVING.has(next.key) && NEWS.has(line[i + 2]?.key ?? '')) return true;
  return TELLING_WITHOUT_AMOUNT.has(next.key) && !amountInClause(line, i + 2);
}

/**
 * An amount before the clause ends ("mau setor ke kas usaha 200rb": a plan; "mau setor, laku 3
 * bros": telling). Not only right after the verb: a place may come first.
 */
function amountInClause(line: readonly Token[], from: number): boolean {
  for (let k = from; k < line.length; k++) {
    const t = line[k] as Token;
    if (t.type === T_NUM || (t.type === T_WORD && (t.f & (F_NUMWORD | F_SCALE)) !== 0)) return true;
    if (t.type === T_PUNCT && (t.text === ',' || t.text === ':' || t.text === ';' || t.text === '.')) return false;
  }
  return false;
}

/**
 * The note saying why the message is a plan, or null when it states what happened. Read line
 * by line, and only lines with an amount: a chatter line of a day's message ("semoga besok
 * laris") says nothing about the others.
 */
const T_PLAN = trigger(PLAN_OPENERS, ['depan']);
export function planNote(a: Analysis, whole = false): string | null {
  // No plan word and no word of a condition: no note (and no slicing of lines to learn that).
  const hypothetical = present(a, T_HYPOTHETICAL);
  if (!hypothetical && !present(a, T_PLAN)) return null;
  const tokens = a.tokens;
  const skip = new Uint8Array(tokens.length);
  let note: string | null = null;
  for (let start = 0; start < tokens.length;) {
    let end = start;
    while (end < tokens.length && (tokens[end] as Token).type !== T_NL) end++;
    const line = tokens.slice(start, end);
    // The first amount, in digits or in words ("nanti mau laku sepuluh kerudung …": a spoken
    // number is an amount too, or the opener before it would go unseen).
    // (Slang amounts too: "goceng", "ceban".)
    const found = line.findIndex((t) => (t.type === T_NUM && t.num !== null) || (t.type === T_WORD && (t.f & (F_NUMWORD | F_SCALE | F_SLANG)) !== 0));
    // (`whole`: a reading with no amount at all, "andai Bu Tin lunas" — its one line is the clause.)
    const first = found < 0 && whole ? line.length : found;
    if (first < 0) skip.fill(1, start, end);
    for (let i = 0; i < first && note === null; i++) {
      const t = line[i] as Token;
      if (t.type !== T_WORD) continue;
      // "mau catat …" tells the bot; "jumat nanti catat …", "besok catat …" dates the act to come.
      // ("mau adol rujak payu 14 porsi": a story told, the goods sold: story-sold.ts.)
      if (PLAN_OPENERS.has(t.key) && !soldAfterPlanWord(line, i) && !(tellsTheBot(line, i) && !TIME_WORDS.has(t.key)) && !(TIME_WORDS.has(t.key) && (inPurpose(line, i) || whenPaid(line, i)))) note = 'future_plan';
      const prev = line[i - 1];
      // "bulan depan", "minggu depan", "tahun depan".
      // "rabu depan", "hari jumat depan": a weekday ahead.
      if (t.key === 'depan' && prev?.type === T_WORD && ((prev.f & (F_PERIOD | F_DURATION)) !== 0 || prev.info?.weekday !== undefined) &&
        !inPurpose(line, i)) note = 'future_plan';
    }
    start = end + 1;
  }
  if (hypothetical && notFactNotes(a, skip).includes('hypothetical')) return 'hypothetical';
  return note;
}

/**
 * The reader's result, capped below the confident line when the message is a plan or
 * another person's takings ("jualan temen saya laku 500rb": other-owner.ts), or would add a
 * part of a sale restated ("… 150rb tp bu Endah ngutang 2 pcs (50rb)": part-restated.ts).
 */
export function guardPlan(a: Analysis, r: ParseResult): ParseResult;
export function guardPlan(a: Analysis, r: ParseResult | null): ParseResult | null;
export function guardPlan(a: Analysis, r: ParseResult | null): ParseResult | null {
  if (r === null || r.confidence < CONFIDENT || !BOOK_INTENTS.has(r.intent)) return r;
  // "besok mau belanja terigu 200rb, hari ini laku 150rb": the plan under its own day was left
  // out and the rest checked for plans already (record-days.ts); the plan there is no reason to ask.
  const leftOut = r.intent === 'record' && (r.notes ?? []).includes('plan_left_out');
  // (A tab settled in full names no amount — "kalau Bu Tin lunas" is read whole for its plan.)
  const whole = r.intent === 'payment_received' && r.amount === null && a.nums.length === 0 && !a.tokens.some((t) => t.type === T_NL);
  const note = othersTakings(a) ? 'others_takings' : restatedPartNote(a, r) ?? (leftOut ? null : planNote(a, whole));
  // "… keluar 2jt, mau buat modal atau buat rumah ya bingung": capital whose use is undecided, asked (undecided-use.ts).
  if (note === null && r.intent === 'record' && r.entries.some((e) => e.kind === 'capital') && purposeOffered(a)) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'purpose_unplaced'] };
  }
  if (note === null) return r;
  const notes = [...(r.notes ?? [])];
  if (!notes.includes(note)) notes.push(note);
  return { ...r, confidence: C_NOT_FACT, notes } as ParseResult;
}
