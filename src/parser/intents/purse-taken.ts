/**
 * The business's money taken for herself or her home, said by its purse: "ambil duit warung 50rb
 * buat bayar arisan PKK", "suami ambil 100rb dari kas buat bayar cicilan motor pribadinya",
 * "njupuk duit dagangan 50rb kanggo arisan", "bayar cicilan hp pribadi 300rb pake uang jualan".
 * A withdrawal: never capital put in (the arisan is where it went, not where it came from), a
 * sale, or an instalment of her business loan (money-direction.ts reads the purse and purpose).
 *
 * `guardPurse` asks where another reader's kind disagrees with the direction and this reader
 * could not be sure: capital out of the business's own purse, an instalment of something
 * "pribadi", a customer's payment from the person she paid.
 */
import type { Analysis } from '../analyze.ts';
import { S_GROUPED, S_MONEY, S_PLAIN } from '../amount.ts';
import { C_CLEAR, C_DOUBT, C_GROUPED, C_MARKED, C_PARTIAL } from '../confidence.ts';
import { T_WORD, type Token } from '../lexer.ts';
import { moneyDirection } from '../money-direction.ts';
import { inputKind } from '../business-inputs.ts';
import { BUSINESS } from '../list-household.ts';
import { CONFIDENT, type ParseResult } from '../types.ts';
import { F_EXPENSE, F_FUTURE, F_NEG, F_REPAY, F_SALE, F_WEAK, G_HONORIFIC } from '../word-roles.ts';

/** The one written amount, or null when there is none, more than one, or a doubtful one. */
function oneAmount(a: Analysis): { rupiah: number; strength: number } | null {
  let amount: { rupiah: number; strength: number } | null = null;
  for (const ex of a.nums) {
    if (ex.rupiah === null || ex.strength === S_PLAIN || ex.ambiguous || ex.approx || amount !== null) return null;
    amount = { rupiah: ex.rupiah, strength: ex.strength };
  }
  return amount;
}

const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'gawe', 'jang', 'for']);
/** Giving money away: "kasih bu Ani 100rb dr uang jualan". */
const GIVING = new Set(['kasih', 'ngasih', 'kasi', 'ngasi', 'kasihin', 'ngasihin', 'kasihkan', 'dikasihkan']);
const PAYING = new Set(['bayar', 'byr', 'membayar', 'bayarin', 'pay']);

/** Borrowing: "suami pinjem uang warung 100rb" — someone else borrowed it, and may pay it back. */
const BORROW = new Set(['pinjam', 'pinjem', 'minjam', 'minjem', 'meminjam', 'ngutang', 'ngebon', 'kasbon']);
/** Before the borrowing verb when she is the one borrowing: her "I", a time, "already". */
const HER_LEAD = new Set(['aku', 'saya', 'sy', 'ku', 'gue', 'gw', 'aq', 'ak', 'tadi', 'td', 'udah', 'udh', 'sudah', 'sdh', 'dah',
  'barusan', 'kemarin', 'kmrn', 'mau', 'terpaksa', 'ya', 'bu']);

/**
 * Whether someone else borrowed the business's money ("suami pinjem uang warung 100rb buat beli
 * ban motor", "anak minjem duit jualan 50rb"): a word before the borrowing verb that is not her
 * own lead. Taken for the home, or lent to be paid back? Asked (`taken_by_someone`).
 */
function borrowedBySomeone(a: Analysis): boolean {
  return a.tokens.some((t, i) => t.type === T_WORD && BORROW.has(t.key) && i > 0 && (a.tokens[i - 1] as Token).type === T_WORD &&
    !HER_LEAD.has((a.tokens[i - 1] as Token).key));
}

/** What it was for, as the entry's item: "… buat bayar arisan PKK" → "arisan pkk"; else "uang usaha". */
function purposeWords(a: Analysis): string {
  const at = a.tokens.findIndex((t) => t.type === T_WORD && PURPOSE.has(t.key));
  const words: string[] = [];
  for (let i = at + 1; at >= 0 && i < a.tokens.length && words.length < 4; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) break;
    if (words.length > 0 || !PAYING.has(t.key)) words.push(t.key);
  }
  return words.length > 0 ? words.join(' ') : 'uang usaha';
}

/**
 * The withdrawal, when the record reader (`read`, asked only here) would read the money as
 * anything but spending: capital, a sale, an instalment, or nothing. Its withdrawals and its
 * expenses stand ("suami beliin benang 50rb pake uang warung" is the business's purchase).
 */
export function detectPurseTaken(a: Analysis, read: () => ParseResult | null): ParseResult | null {
  const dir = moneyDirection(a);
  if (dir.from !== 'business' || !dir.taken || !dir.personal) return null;
  if (a.question || a.truncated || a.dates.length > 0) return null;
  // A sale said beside it ("laku 200rb, ambil 50rb dari kas …"), a denial or a plan: not this reader's.
  // (The purse's own word, "duit jualan", "duit dodolan", sells nothing.)
  const [from, to] = dir.purse;
  if (a.tokens.some((t, i) => (t.f & (F_NEG | F_FUTURE)) !== 0 || ((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0 && (i < from || i >= to)))) return null;
  const amount = oneAmount(a);
  if (amount === null) return null;
  const r = read();
  // (A withdrawal the record reader only guessed — "mama ambil 100rb dari jualan buat bayar listrik
  // rumah" — is this reader's: its purse is said.)
  // (Nor one it only guessed an expense of, when her own things are named: "… beli pulsa HP sendiri".)
  if (r?.intent === 'record' && r.entries.every((e) => e.kind === 'withdrawal' || e.kind === 'expense') &&
    (r.confidence >= CONFIDENT || (r.entries.some((e) => e.kind === 'expense') && !dir.ownWord))) return null;
  // (As sure as the amount is: "50rb" as a record's verb and amount would be.)
  const taken: ParseResult = { intent: 'record', entries: [{ kind: 'withdrawal', amount: amount.rupiah, item: purposeWords(a), quantity: null,
    unit: null, unitPrice: null }], date: a.today, confidence: amount.strength === S_MONEY ? C_CLEAR : amount.strength === S_GROUPED ? C_GROUPED : C_MARKED };
  return borrowedBySomeone(a) ? ask(taken, 'taken_by_someone') : taken;
}

/**
 * "pindahin 300rb dari kas ke tabungan usaha", "tf 1jt dari rekening usaha ke kas": money moved
 * between the business's own purses never left it — no withdrawal, no capital, no sale. Nothing
 * is recorded; the bot asks (`own_purse_move`) in case a home or a payment was meant.
 */
export function detectPurseMoved(a: Analysis): ParseResult | null {
  const dir = moneyDirection(a);
  if (!dir.within || a.nums.length === 0) return null;
  // A sale or a cost said beside it ("laku 200rb, pindahin 100rb dari laci ke kas"): not only a move.
  const [from, to] = dir.purse;
  if (a.tokens.some((t, i) => (t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0 && (i < from || i >= to) && !MOVING.has(t.key))) return null;
  return { intent: 'unknown', confidence: C_PARTIAL, notes: ['own_purse_move'] };
}
/** Verbs of moving money that the lexicon may read as paying: "setor", "bayar" are no cost here. */
const MOVING = new Set(['setor', 'setorin', 'nyetor', 'transfer', 'tf', 'trf', 'transferin', 'kirim', 'kirimin', 'masukin', 'masuk']);

/** Whether an instalment word is written ("cicilan", "angsuran", "kreditan"). */
function instalment(a: Analysis): boolean {
  return a.tokens.some((t) => (t.f & F_REPAY) !== 0);
}

/** Loan words: "cicilan pinjaman pribadi" is her personal loan, not a thing she owns. */
const LOAN_WORDS = new Set(['pinjaman', 'pinjam', 'utang', 'hutang', 'loan', 'yang', 'yg', 'saya', 'aku', 'sy']);

/**
 * Whether a thing she owns stands between the instalment word and "pribadi" ("cicilan motor pribadi",
 * "angsuran hp pribadinya"): an instalment on her own goods, not her personal loan in the bot.
 */
function ownedThing(a: Analysis): boolean {
  const repay = a.tokens.findIndex((t) => (t.f & F_REPAY) !== 0);
  if (repay < 0) return false;
  for (let i = repay + 1; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) return false;
    if (t.key.startsWith('pribadi')) return i > repay + 1;
    if (!LOAN_WORDS.has(t.key)) continue;
  }
  return false;
}

function ask(r: ParseResult, note: string): ParseResult {
  const notes = [...(r.notes ?? [])];
  if (!notes.includes(note)) notes.push(note);
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes } as ParseResult;
}

/** Whether the party she paid (tokens [from, to)) is the customer the payment names. */
function paidIsPayer(a: Analysis, [from, to]: [number, number], customer: string): boolean {
  const named = customer.toLowerCase();
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (t !== undefined && t.type === T_WORD && (t.f2 & G_HONORIFIC) === 0 && named.includes(t.text)) return true;
  }
  return false;
}

/** A word of the business's own use outside the words naming its purse ("duit jualan" names the purse only). */
function namesBusinessUse(a: Analysis, [from, to]: [number, number]): boolean {
  return a.tokens.some((t, i) => (i < from || i >= to) && BUSINESS.has(t.key));
}

export function guardPurse(a: Analysis, r: ParseResult): ParseResult {
  if (r.confidence < CONFIDENT || (r.intent !== 'record' && r.intent !== 'repayment' && r.intent !== 'payment_received')) return r;
  const dir = moneyDirection(a);
  // "bayar cicilan motor pribadi 500rb": her own instalment, from which purse? Asked.
  // ("bayar cicilan pribadi 100rb", "angsuran pinjaman pribadi" name her personal loan the bot keeps: no question.)
  if (r.intent === 'repayment') return dir.ownWord && instalment(a) && ownedThing(a) ? ask(r, 'personal_instalment') : r;
  // "ongkos 40rb udah dibayar ke bang Ucok": the one paid is no customer paying.
  // Only when the one she paid is the one named as paying: "bu Ani bayar 100rb, barangnya dikirim ke
  // bu Tini" is Bu Ani paying (review: a payee elsewhere in the message is someone else).
  if (r.intent === 'payment_received') return dir.paidTo !== null && paidIsPayer(a, dir.paidTo, r.customer) ? ask(r, 'payee_not_payer') : r;
  // "duit warung kepake 50rb buat arisan" read as money put in: out of the business's own purse, it is not.
  // ("modal sendiri 500rb …, sisanya pake uang usaha": her capital beside the business's money, kept.)
  if (dir.from === 'business' && r.entries.every((e) => e.kind === 'capital')) return ask(r, 'purse_direction');
  // "kasih bu Ani 100rb dr uang jualan": money given or taken out of the business's purse, read as a sale
  // only because the purse's own word ("jualan") sells: no sale was said. Asked (where did it go?).
  const [from, to] = dir.purse;
  // ("narik 300rb dari dagangan" is what the selling brought in: only a giving verb says it left.)
  if (dir.from === 'business' && a.tokens.some((t) => t.type === T_WORD && GIVING.has(t.key)) && r.entries.every((e) => e.kind === 'sale') &&
    !a.tokens.some((t, i) => (i < from || i >= to) && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0)) return ask(r, 'purse_direction');
  // "td beli beras 5kg 70rb buat makan rumah pake duit jualan": bought for her home with the business's
  // money — one purchase, the purse and the home both said — is money taken home, not the business's cost.
  // (Goods the business uses — "suami beliin benang 50rb pake uang warung", "belanja bahan" — stay its cost.)
  const bought = r.entries[0];
  if (dir.from === 'business' && dir.personal && r.entries.length === 1 && bought !== undefined && bought.kind === 'expense' &&
    inputKind(bought.item ?? '') !== 'input' && !namesBusinessUse(a, dir.purse)) {
    return { ...r, entries: [{ ...bought, kind: 'withdrawal' }] };
  }
  return r;
}
