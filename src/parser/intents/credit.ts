/**
 * A sale on credit inside a record: "laku 3 kerudung @90rb, belum bayar Bu Tin",
 * "dihutang Bu Tin", "bon Bu Tin", "Bu Tin ngutang", "bayar nanti". It becomes the record's
 * `credit` field; the marker and the name are hidden before the entries are read again.
 */
import type { Analysis } from '../analyze.ts';
import { F_PERIOD, G_CREDIT, G_LOAN } from '../word-roles.ts';
import { T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { bareNameAt, customerAt, findCustomer, type Customer } from './customer.ts';
import { hiddenView } from './read-rest.ts';
import { isWordKey } from './shared.ts';

export interface CreditMark {
  /** The customer, or null when the marker names nobody ("belum bayar"). */
  customer: Customer | null;
  /** The marker uses a loan word ("hutang Bu Tin"), which must not make the record a loan mention. */
  loanWord: boolean;
  /** The marker word as known ("dihutang", "ngebon", "belum"). */
  marker: string;
  /** The name is written before the marker ("Mbak Ani ngebon"), not after it ("dihutang Bu Sri"). */
  nameFirst: boolean;
  /** Token range of the marker (with a name next to it): hidden when the entries are read again. */
  start: number;
  end: number;
}

/** The analysis with the credit marker and the customer's name hidden. */
export function withoutCredit(a: Analysis, credit: CreditMark): Analysis {
  const hide = new Uint8Array(a.tokens.length);
  for (let i = credit.start; i < credit.end; i++) hide[i] = 1;
  if (credit.customer) for (let i = credit.customer.start; i < credit.customer.end; i++) hide[i] = 1;
  // "Bu Tin ngutang 2 kerudung @50rb, bayarnya nanti", "…, bayar akhir bulan": the paying-later said
  // again is the same credit, not goods.
  for (let i = 0; i + 1 < a.tokens.length; i++) {
    const end = hide[i] !== 0 ? -1 : payLaterEnd(a.tokens, i);
    for (let k = i; k < end; k++) hide[k] = 1;
  }
  return hiddenView(a, hide);
}

/**
 * The words of the credit, none of them goods nor the sale's day: the marker with the name next to
 * it, and each paying put off ("bayarnya minggu depan", "bayar tgl 25").
 */
export function creditWords(a: Analysis, credit: CreditMark): Uint8Array {
  const words = new Uint8Array(a.tokens.length);
  for (let i = credit.start; i < credit.end; i++) words[i] = 1;
  for (let i = 0; i + 1 < a.tokens.length; i++) {
    const end = payLaterEnd(a.tokens, i);
    for (let k = i; k < end; k++) words[k] = 1;
  }
  return words;
}

/** Her tab named right after "belum bayar": "bon", "utangnya", "kasbonnya" (the lexicon keeps "-nya" apart). */
const TAB_AFTER = new Set(['bonnya', 'kasbonnya', 'utangnya', 'hutangnya']);

/**
 * "Bu Yati belum bayar bon 85rb", "Mbak Ani masih belum bayar utangnya 50rb": a tab already run up,
 * still unpaid — no goods went out now and no money came in. WHY: read as a credit sale it would
 * count the goods owed a second time; the bot asks instead.
 */
export function tabStillUnpaid(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.key !== 'belum' && t.key !== 'masih') || !PAY_WORDS.has((tokens[i + 1] as Token).key)) continue;
    const tab = tokens[i + 2] as Token;
    if (tab.type === T_WORD && ((tab.f2 & G_CREDIT) !== 0 || TAB_AFTER.has(tab.key))) return true;
  }
  return false;
}

/** A paying put off at `pay` after a credit word ("Bu Sri kasbon minyak 36rb, bayar minggu depan"): a sale on credit told. */
export function owedThenPayLater(tokens: readonly Token[], pay: number): boolean {
  if (payLaterEnd(tokens, pay) < 0) return false;
  for (let k = 0; k < pay; k++) if (((tokens[k] as Token).f2 & G_CREDIT) !== 0) return true;
  return false;
}

/**
 * The end of a paying put off at token i — "bayarnya nanti", "bayar akhir bulan", "dibayar pas
 * gajian", "bayar minggu depan", "bayar jumat depan" — or -1 when the paying at i is not put off.
 * WHY: such a clause promises a paying; it is neither money that came in nor her own spending, so
 * it never makes the message a payment received or an expense (debtor-paid.ts, payment-received.ts).
 */
export function payLaterEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t === undefined || next === undefined || t.type !== T_WORD || !PAY_WORDS.has(t.key) || next.type !== T_WORD) return -1;
  let end: number;
  if (PAY_LATER.has(next.key) || LATER_DAY.has(next.key)) end = i + 2;
  else if (((next.f & F_PERIOD) !== 0 || next.info?.weekday !== undefined) && tokens[i + 2]?.key === 'depan') end = i + 3;
  else return -1;
  while (end < tokens.length && isWordKey(tokens[end], CREDIT_TAIL)) end++;
  return end;
}

/** "she" between "belum" and the paying in Bugis and Makassar ("de'pa na bayar"). */
const SUBJECT_BETWEEN = new Set(['na']);

/** After a paying word: the paying is later ("bayarnya besok"), so the sale is on credit. */
// (Chat "ntar", "entar"; Javanese "sesuk", "besuk" (tomorrow); "mengko", Sundanese "engke" read "nanti".)
export const PAY_LATER = new Set(['nanti', 'besok', 'lusa', 'belakangan', 'nyusul', 'menyusul', 'kapan-kapan', 'tempo', 'ntar', 'entar',
  'ntr', 'sesuk', 'besuk']);

const PAY_WORDS = new Set(['bayar', 'bayarnya', 'dibayar', 'dibayarnya', 'dibayarin']);
/** A later day of paying after a pay word: "akhir bulan", "awal bulan", "gajian", "pas gajian", "abis gajian". */
export const LATER_DAY = new Set(['akhir', 'awal', 'gajian', 'pas', 'abis', 'habis', 'tanggal', 'tgl', 'kapan']);

/** "dulu" after a credit word: owed for now ("utang dulu", "bon dl", "ngutang disik"). */
const FOR_NOW = new Set(['dulu', 'dl', 'dlu']);

/** Words that finish a credit marker: "dulu", "ya", and when ("nanti akhir bulan", "abis gajian"). */
const CREDIT_TAIL = new Set(['dulu', 'dl', 'dlu', 'disik', 'ya', 'yah', 'nanti', 'aja', 'saja', 'ya', 'bu', 'deh', 'akhir', 'awal', 'tengah', 'bulan',
  'abis', 'habis', 'gajian']);

const CREDIT_AFTER_SKIP = new Set(['sama', 'sm', 'ke', 'oleh', 'dari', 'an', 'atas', 'nama', 'punya', 'yang', 'yg', 'si',
  // "bon dulu Bu Ani", "diutangin dulu sama Bu Ani": "first" between the marker and the name
  'dulu', 'dl']);

function nameAfter(a: Analysis, i: number): Customer | null {
  let j = i;
  while (j < a.tokens.length && j < i + 3 && (isWordKey(a.tokens[j], CREDIT_AFTER_SKIP) || a.tokens[j]?.type === T_PUNCT && a.tokens[j]?.text === ':')) j++;
  return customerAt(a, j) ?? bareNameAt(a, j);
}

/** People she sells to without a name: "tetangga ngutang minyak 36rb" (the neighbour owes her). */
const UNNAMED_CUSTOMERS: Record<string, string> = { tetangga: 'Tetangga', tetanggaku: 'Tetangga', langganan: 'Langganan',
  pelanggan: 'Pelanggan', saudara: 'Saudara', sodara: 'Saudara' };

/** "tetangga ambil beras 5kg 65rb, bayar akhir bulan": the one unnamed customer who took the goods. */
function unnamedCustomer(a: Analysis): Customer | null {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    const name = t.type === T_WORD && a.marks[i] === 0 ? UNNAMED_CUSTOMERS[t.key] : undefined;
    if (name !== undefined) return { name, start: i, end: i + 1, titled: true };
  }
  return null;
}

function nameBefore(a: Analysis, i: number): Customer | null {
  for (let s = Math.max(0, i - 3); s < i; s++) {
    const c = customerAt(a, s);
    if (c && c.end === i) return c;
  }
  const prev = a.tokens[i - 1];
  const unnamed = prev?.type === T_WORD ? UNNAMED_CUSTOMERS[prev.key] : undefined;
  if (unnamed !== undefined && a.marks[i - 1] === 0) return { name: unnamed, start: i - 1, end: i, titled: true };
  return null;
}

/**
 * Credit markers: "belum bayar Bu Tin", "Bu Tin belum bayar", "dihutang Bu Tin", "bon Bu Tin",
 * "Bu Tin ngutang", "bayar nanti". Null when there is none.
 */
/**
 * Whether a credit marker with no verb says the customer owes her ("dihutang Bu Sri 50rb",
 * "Mbak Ani ngebon 25rb", "Bu Tin ngutang 30rb"): the passive forms take the name after them,
 * the active ones before. "kasbon", "bon", "hutang" alone may as well be a cash advance or
 * her own debt: asked.
 */
export function creditSaysSale(credit: CreditMark, goods = false): boolean {
  if (credit.customer === null || !credit.customer.titled) return false;
  // "bu Yati kasbon beras 5kg 70rb": the name, the marker, then goods: she owes for them.
  if (goods && credit.nameFirst) return true;
  if (credit.marker === 'dihutang' || credit.marker === 'dibon') return !credit.nameFirst;
  if (credit.marker === 'ngutang' || credit.marker === 'ngebon') return credit.nameFirst;
  return false;
}

export function findCredit(a: Analysis): CreditMark | null {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    let markEnd: number;
    const markStart = i;
    let strong: boolean;
    // "de'pa na bayar" (Bugis), "tena pa na bayara" (Makassar): "na" (she) between "not yet" and the paying.
    const her = t.key === 'belum' && SUBJECT_BETWEEN.has(tokens[i + 1]?.key ?? '') ? 1 : 0;
    const next = tokens[i + 1 + her];
    if ((t.key === 'belum' || t.key === 'masih') && next && next.type === T_WORD &&
      (next.key === 'bayar' || next.key === 'dibayar' || next.key === 'lunas' || next.key === 'membayar' ||
        (t.key === 'masih' && (next.f2 & G_CREDIT) !== 0))) {
      markEnd = i + 2 + her;
      strong = true;
      if (tokens[markEnd]?.key === 'nya') markEnd++;
    } else if ((t.key === 'bayar' || t.key === 'bayarnya' || t.key === 'dibayar') && next !== undefined && PAY_LATER.has(next.key)) {
      // "bayarnya nanti", "bayar besok", "dibayar belakangan": the paying comes later.
      markEnd = i + 2;
      strong = true;
    } else if (PAY_WORDS.has(t.key) && next !== undefined && LATER_DAY.has(next.key)) {
      // "bayar akhir bulan", "bayarnya pas gajian", "dibayar awal bulan": paid on a later day.
      markEnd = i + 2;
      while (markEnd < tokens.length && isWordKey(tokens[markEnd], CREDIT_TAIL)) markEnd++;
      strong = true;
    } else if (PAY_LATER.has(t.key) && next !== undefined && PAY_WORDS.has(next.key) && i > 0) {
      // "… 150rb nanti dibayar", "besok bayar": the paying comes later, said the other way round.
      markEnd = i + 2;
      strong = true;
    } else if ((t.key === 'bayar' || t.key === 'bayarnya' || t.key === 'dibayar') && next !== undefined && ((next.f & F_PERIOD) !== 0 ||
      next.info?.weekday !== undefined) && tokens[i + 2]?.key === 'depan') {
      // "bayarnya minggu depan", "dibayar bulan depan", "bayar jumat depan": the day she will be paid, not of the sale.
      markEnd = i + 3;
      strong = true;
    } else if ((t.f2 & G_CREDIT) !== 0) {
      markEnd = i + 1;
      // "…, utang dulu", "…, bon dl": owed for now — the sale's customer may be named anywhere.
      strong = t.key === 'dihutang' || t.key === 'ngutang' || t.key === 'dibon' || t.key === 'ngebon' || t.key === 'kasbon' ||
        (next !== undefined && FOR_NOW.has(next.key));
    } else continue;
    const after = nameAfter(a, markEnd);
    // "dihutang dulu", "bayarnya nanti ya": the words after the marker belong to it.
    if (after === null) while (markEnd < tokens.length && isWordKey(tokens[markEnd], CREDIT_TAIL)) markEnd++;
    // A titled name before the marker beats a bare word after it: in "mbak Rina hutang pulsa
    // 25rb" the word after is the goods.
    const customer = (after?.titled ? after : null) ?? nameBefore(a, markStart) ?? after;
    // "Bu Sri bon dulu beras 5kg": with the name before the marker, "dulu" after it is the marker's, not goods.
    if (after !== null && customer !== after) while (markEnd < tokens.length && isWordKey(tokens[markEnd], CREDIT_TAIL)) markEnd++;
    const loanWord = (t.f2 & G_LOAN) !== 0 || (next !== undefined && (next.f2 & G_LOAN) !== 0);
    if (customer) {
      return { customer, loanWord, marker: t.key, nameFirst: customer.start < markStart, start: Math.min(markStart, customer.start),
        end: Math.max(markEnd, customer.end) };
    }
    if (strong) {
      const anywhere = findCustomer(a) ?? unnamedCustomer(a);
      return { customer: anywhere, loanWord, marker: t.key, nameFirst: anywhere !== null && anywhere.start < markStart, start: markStart,
        end: markEnd };
    }
    i = markEnd - 1;
  }
  return null;
}
