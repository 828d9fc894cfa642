/**
 * Other money trackers' lines, signed or labelled: "+75000 laundry / -12000 deterjen", "in: 60k
 * (jahit 2 celana)", "exp 18k plastik kresek", "tx: +300k orderan kue", "Senin: +120rb | Selasa:
 * +95rb", "out: 12k plastik, in: 60k kripik". Each part (a line, a stretch between "|", ";" or a
 * spaced " / ", or a clause after a comma that opens with a column word or a sign) is one entry: a sign
 * ("+" in, "-" out; "➕"/"➖" read as them) or a column word (LABELS) before the amount, or a column
 * word right after it, names the kind; the words after are the note. A count in the note ("5
 * pcs", "jahit 2 celana") is how many the line's total was for, never a second amount. A weekday
 * or date opening a part dates that part (and the parts after it, until the next one).
 *
 * WHY a reader of its own: the word-by-word readers take "+75000 laundry" as an unnamed count and
 * "5 pcs" as a left-over number, and ask. This one is strict instead: every part must be of the
 * shape, with one amount each, or nothing is read (the other readers' answer stands). A "-" alone
 * may be a bullet, so a message whose only marks are "-" is left as it was (signed-lines.ts); a
 * minus between two amounts ("50rb - 5rb") or inside a date is in no part's sign place; a lone
 * "+62…" is a phone number, no amount. A verb of the other kind, capital, loans, money taken home,
 * credit, "dari" on money in, a question or a plan: left to the readers that ask about them.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_DOUBT, C_MARKED, C_PLAIN_LARGE, Confidence, round2 } from './confidence.ts';
import { addDays, type IsoDate } from '../core/dates.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { dayLines, L_HEADING } from './day-lines.ts';
import { notFactNotes } from './not-fact.ts';
import { present, trigger } from './triggers.ts';
import type { EntryKind, ParsedEntry, ParseResult } from './types.ts';
import { F_EXPENSE, F_ITEMISH, F_SALE, F_UNIT, F_WEAK, G_CAPITAL, G_CREDIT, G_LOAN, G_WITHDRAW } from './word-roles.ts';

/** Column words and the direction each names (0: a transaction, its sign says which). */
const LABELS: ReadonlyMap<string, number> = new Map([
  ['in', 1], ['masuk', 1], ['pemasukan', 1], ['pemasukkan', 1], ['inc', 1], ['income', 1],
  ['kredit', 1], ['cr', 1],
  ['out', -1], ['keluar', -1], ['pengeluaran', -1], ['exp', -1], ['expense', -1], ['expenses', -1],
  ['debit', -1], ['debet', -1], ['db', -1],
  ['tx', 0], ['trx', 0],
]);
/** "#jual 25000 keripik", "#belanja 40rb gas": another bot's tag names the column (only after a "#"). */
const TAGS: ReadonlyMap<string, number> = new Map([
  ['jual', 1], ['jualan', 1], ['penjualan', 1], ['laku', 1], ['sale', 1], ['sales', 1],
  ['beli', -1], ['belanja', -1], ['pembelian', -1], ['biaya', -1], ['kulakan', -1], ['ongkos', -1],
]);
/** "x" between a count and a price each: "(3 bros x 15k)". */
const TIMES = new Set(['x', '×', 'kali']);
/** Bank words that also mean a loan or a card ("bayar kredit"): a column only with a colon or among other parts. */
const BANK_WORDS = new Set(['kredit', 'cr', 'debit', 'debet', 'db']);
/** The whole words, a cash book's columns as often as a bank's (the abbreviations are a statement's). */
const BOOK_WORDS = new Set(['kredit', 'debit', 'debet']);
const T_TRACKER = trigger(['+', '-', '#'], LABELS.keys());
/** Kept as the record's latest day is: parts older than this are asked (record.ts OLDEST_DAYS_BACK). */
const OLDEST_DAYS_BACK = 60;

interface Part {
  start: number;
  end: number;
}

/**
 * Splits at line breaks, a "|" (analyze.ts bars), ";", a slash with space on both sides, and a
 * comma that opens a clause with a column word or a sign ("out: 12k plastik, in: 60k kripik",
 * "+60k kripik, -12k plastik").
 */
function partsOf(tokens: readonly Token[], bars: readonly number[]): Part[] {
  const parts: Part[] = [];
  let start = 0;
  let b = 0;
  for (let i = 0; i <= tokens.length; i++) {
    // A bar before tokens[i] ends the part at tokens[i - 1].
    while (b < bars.length && (bars[b] as number) < i) b++;
    if (bars[b] === i && i > start) {
      parts.push({ start, end: i });
      start = i;
    }
    const t = tokens[i];
    const next = tokens[i + 1];
    const cut = t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ';' ||
      (t.text === '/' && !t.attached && next !== undefined && !next.attached) ||
      (t.text === ',' && (labelOf(next) !== undefined || signOf(next) !== 0))));
    if (!cut) continue;
    if (i > start) parts.push({ start, end: i });
    start = i + 1;
  }
  return parts;
}

/** Whether a verb of a sale or a cost stands among tokens [s, e) ("jual", "beli"; not "bensin"). */
function verbAt(a: Analysis, s: number, e: number): boolean {
  for (let m = s; m < e; m++) {
    const t = a.tokens[m] as Token;
    if (t.type === T_WORD && (t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & (F_WEAK | F_ITEMISH)) === 0 && labelOf(t) === undefined) return true;
  }
  return false;
}

function labelOf(t: Token | undefined): number | undefined {
  if (t === undefined || t.type !== T_WORD) return undefined;
  return LABELS.get(t.text) ?? LABELS.get(t.key);
}

function signOf(t: Token | undefined): number {
  return t !== undefined && t.type === T_PUNCT ? (t.text === '+' ? 1 : t.text === '-' ? -1 : 0) : 0;
}

interface Read {
  dir: number;
  /** The direction came from a word or a "+" (not only a "-", which may be a bullet). */
  named: boolean;
  /** Where the sign stands, or -1 (a glued "-" there is the sign, no negative amount). */
  signAt: number;
  /** Nothing but the column and the amount ("in 320k"): a line only among a day's other columns or under its date. */
  bare: boolean;
  entry: ParsedEntry;
  confidence: number;
}

/** One part as a tracker line, or null when it is not one. */
function readPart(a: Analysis, p: Part, many: boolean): Read | null {
  const { tokens } = a;
  let i = p.start;
  const colon = (k: number): boolean => tokens[k]?.type === T_PUNCT && tokens[k]?.text === ':';
  // The label's own token is no verb, loan or bank word of the note.
  let labelAt = -1;
  let dir = 0;
  let named = false;
  if (tokens[i]?.type === T_PUNCT && tokens[i]?.text === '#' && tokens[i + 1]?.attached === true) i++;
  const hashed = i > p.start;
  const tag = hashed && tokens[i]?.type === T_WORD ? TAGS.get((tokens[i] as Token).key) : undefined;
  if (hashed && tag === undefined && labelOf(tokens[i]) === undefined) return null;
  let lab = tag ?? labelOf(tokens[i]);
  // A cash book's "Debit"/"Kredit" are money in and out, a bank's the other way round (bookSides).
  if (lab !== undefined && bookSides && BANK_WORDS.has((tokens[i] as Token).key)) lab = -lab;
  if (lab !== undefined) {
    if (BANK_WORDS.has((tokens[i] as Token).key) && !colon(i + 1) && !many && !hashed) return null;
    labelAt = i;
    dir = lab;
    named = lab !== 0;
    i++;
    if (colon(i)) i++;
  }
  const items: string[] = [];
  let at: number;
  const sign = signOf(tokens[i]);
  if (sign !== 0) {
    if (dir !== 0 && sign !== dir) return null;
    dir = sign;
    named = named || sign > 0 || labelAt >= 0;
    at = i + 1;
  } else if (labelAt >= 0) at = i;
  else {
    // "kue +50rb": words naming it, then a sign glued to the amount.
    for (; i < p.end && tokens[i]?.type === T_WORD && a.marks[i] === 0; i++) items.push((tokens[i] as Token).text);
    const s = signOf(tokens[i]);
    if (items.length > 0 && s !== 0 && tokens[i + 1]?.attached === true) {
      dir = s;
      named = s > 0;
      at = i + 1;
    } else if (items.length === 0 && a.numIn[i] !== undefined && a.numIn[i] !== -1) {
      at = i; // "75rb masuk": the column after the amount
    } else return null;
  }
  const k = a.numIn[at] ?? -1;
  const ex = a.nums[k];
  if (ex === undefined || ex.start !== at || ex.rupiah === null || ex.approx || ex.each) return null;
  if (ex.strength === S_PLAIN && ex.rupiah < 1000) return null;
  let j = ex.end;
  if (dir === 0 || (labelAt < 0 && sign === 0 && items.length === 0)) {
    // The column after the amount: "75rb in", "60k (masuk)".
    const open = tokens[j]?.type === T_PUNCT && tokens[j]?.text === '(';
    const after = labelOf(tokens[open ? j + 1 : j]);
    if (after === undefined || after === 0 || (dir !== 0 && after !== dir)) return null;
    if (open && !(tokens[j + 2]?.type === T_PUNCT && tokens[j + 2]?.text === ')')) return null;
    dir = after;
    named = true;
    labelAt = open ? j + 1 : j;
    j = open ? j + 3 : j + 1;
  }
  // The note: words, brackets, and at most one count of what the total was for.
  let quantity: number | null = null;
  let unit: string | null = null;
  /** A price each that checks the amount, in brackets only ("(3 bros x 15k)"; "5 pcs @15rb" beside the total is asked). */
  let unitPrice: number | null = null;
  let bracket = false;
  for (; j < p.end; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_PUNCT) {
      if (t.text === '(' || t.text === ')') bracket = t.text === '(';
      if (t.text === '(' || t.text === ')' || t.text === ',' || t.text === '.' || t.text === '!') continue;
      if (t.text === '@' && bracket && quantity !== null && unitPrice === null) continue;
      return null;
    }
    if (t.type === T_NUM || a.numIn[j] !== -1) {
      const c = a.nums[a.numIn[j] as number];
      // "in 45k (3 bros x 15k)": in brackets, the count times a price each after "x" or "@" checks the
      // line's amount — one entry, never a second one. A product that differs is asked (read as before).
      const by = tokens[j - 1];
      if (bracket && quantity !== null && unitPrice === null && c !== undefined && c.start === j && c.rupiah !== null && !c.approx &&
        (c.rupiah >= 1000 || c.strength !== S_PLAIN) && by !== undefined && (by.text === '@' || TIMES.has(by.text))) {
        if (quantity * c.rupiah !== ex.rupiah) return null;
        unitPrice = c.rupiah;
        j = c.end - 1;
        continue;
      }
      if (quantity !== null || c === undefined || c.start !== j || c.strength !== S_PLAIN || c.rupiah === null || c.rupiah >= 1000 || c.words) return null;
      // The count names what it counts: a word right after it.
      const w = tokens[c.end];
      // "jual taplak sulam 2": a count closing the note, after a verb and the goods it counts
      // ("deterjen 3" with no verb: 3 what? asked).
      if (c.end === p.end && items.length > 1 && c.rupiah > 0 && verbAt(a, p.start, j)) {
        quantity = c.rupiah;
        j = c.end - 1;
        continue;
      }
      if (w === undefined || w.type !== T_WORD || c.end >= p.end) return null;
      quantity = c.rupiah;
      if ((w.f & F_UNIT) !== 0) {
        unit = w.text;
        j = c.end;
      } else j = c.end - 1;
      continue;
    }
    if (t.type !== T_WORD || a.marks[j] !== 0) return null;
    if (TIMES.has(t.text) && bracket && quantity !== null && unitPrice === null) continue;
    items.push(t.text);
  }
  // Words that make it more than a column line: whose money, credit, another kind, money in from someone.
  for (let m = p.start; m < p.end; m++) {
    const t = tokens[m] as Token;
    if (m === labelAt || t.type !== T_WORD) continue;
    // "+50rb lagi": more of something said before, not a line of its own.
    if (t.key === 'lagi' || t.key === 'tambah') return null;
    if (t.key === 'modal' || (t.f2 & (G_CAPITAL | G_WITHDRAW | G_LOAN | G_CREDIT)) !== 0) return null;
    if (dir > 0 && (t.key === 'dari' || t.text === 'dari')) return null;
    if ((t.f & (F_SALE | F_EXPENSE)) === 0 || (t.f & (F_WEAK | F_ITEMISH)) !== 0) continue;
    if (((t.f & F_SALE) !== 0 ? 1 : -1) !== dir) return null;
    if (labelAt >= 0 && BANK_WORDS.has((tokens[labelAt] as Token).key)) verbAgrees = true;
  }
  // "in 150k", "keluar 40rb": from what, for what? Asked, as "dapat 150rb" is (tracker-columns.ts),
  // unless the lines around it make it a day's column (readLines: `bare`). A sign alone names less.
  if (items.length === 0 && labelAt < 0) return null;
  const amount = ex.rupiah;
  const kind: EntryKind = dir > 0 ? 'sale' : 'expense';
  const each = unitPrice ?? (quantity !== null && quantity > 0 && amount % quantity === 0 ? amount / quantity : null);
  const entry: ParsedEntry = { kind, amount, item: items.length > 0 ? items.join(' ') : null, quantity, unit, unitPrice: each };
  const confidence = ex.strength === S_PLAIN ? C_PLAIN_LARGE : C_MARKED;
  const signAt = signOf(tokens[at - 1]) !== 0 ? at - 1 : -1;
  return { dir, named, signAt, bare: items.length === 0, entry, confidence: ex.ambiguous ? Math.min(confidence, C_DOUBT) : confidence };
}

/**
 * The message as a tracker's signed or labelled lines (see the file comment), or null when any
 * part is not one.
 */
export function readTrackerLines(a: Analysis): ParseResult | null {
  if (!present(a, T_TRACKER) || a.question || a.nums.length === 0) return null;
  bookSides = false;
  const bank = readLines(a);
  // "Debit 250.000 kue / Kredit 90.000 mentega": no verb says which way round the book is. Asked.
  if (bank !== null && bank.intent === 'record' && !verbAgrees && a.tokens.some((t) => t.type === T_WORD && BOOK_WORDS.has(t.key))) {
    return { ...bank, confidence: Math.min(bank.confidence, C_DOUBT), notes: [...(bank.notes ?? []), 'bank_side_unclear'] };
  }
  if (bank !== null || !a.tokens.some((t) => t.type === T_WORD && BANK_WORDS.has(t.key))) return bank;
  // "Debit 300.000 Penjualan Sembako / Kredit 180.000 Kulakan Beras": read the bank's way round,
  // a verb disagreed; a cash book's way round, where each part's verb must then agree (below).
  bookSides = true;
  const book = readLines(a);
  bookSides = false;
  return book !== null && verbAgrees ? book : null;
}

/** Whether "Debit"/"Kredit" are read as a cash book's columns (debit money in). Set only by readTrackerLines. */
let bookSides = false;
/** Whether some part's own verb agreed with its bank word read as a cash book's (set by readPart). */
let verbAgrees = false;

function readLines(a: Analysis): ParseResult | null {
  verbAgrees = false;
  const { tokens } = a;
  // "rekap hr ini", "Laporan hari ini bun": a first line that only heads the lines under it.
  const roles = dayLines(a).role;
  const all = partsOf(tokens, a.bars);
  const head = all[0] !== undefined && all.length > 1 && roles[all[0].start] === L_HEADING ? all[0] : null;
  const parts = head === null ? all : all.slice(1);
  if (parts.length === 0 || parts.length > 30) return null;
  // The heading's own day ("rekap kemarin") dates every line under it; more than one, or a plan's, is asked.
  const headDates = head === null ? [] : a.dates.filter((m) => m.start >= head.start && m.start < head.end);
  const headDay = headDates[0];
  if (headDates.length > 1 || (headDay !== undefined && (headDay.future || headDay.vague))) return null;
  const lineDates = a.dates.length - headDates.length;
  const reads: Read[] = [];
  const entries: ParsedEntry[] = [];
  const days: (IsoDate | null)[] = [];
  const c = new Confidence(1);
  let named = false;
  let day: IsoDate | null = headDay?.date ?? null;
  let dated = false;
  let bareUndated = 0;
  const signs = new Uint8Array(tokens.length);
  for (const p of parts) {
    // "Senin:", "12/6 -": a day opening the part dates it.
    const d = a.dates.find((m) => m.start >= p.start && m.start < p.end);
    let from = p.start;
    if (d !== undefined) {
      if (d.start !== p.start || d.future || d.vague || a.dates.some((m) => m !== d && m.start >= p.start && m.start < p.end)) return null;
      from = d.end;
      if (tokens[from]?.type === T_PUNCT && (tokens[from]?.text === ':' || tokens[from]?.text === ',')) from++;
      day = d.date;
      dated = true;
    }
    if (from >= p.end) return null;
    const r = readPart(a, { start: from, end: p.end }, parts.length > 1);
    if (r === null) return null;
    // An undated part before the first day: whose day it is would be a guess.
    if (d === undefined && !dated && lineDates > 0) return null;
    // "Tgl 5: in 180rb": a column with nothing named is that day's money in or out, among other lines.
    if (r.bare && !(parts.length > 1 && dated)) bareUndated++;
    reads.push(r);
    named = named || r.named;
    if (r.signAt >= 0) signs[r.signAt] = 1;
    c.cap(r.confidence);
    entries.push(r.entry);
    days.push(day);
  }
  // Only "-" marks: bullets perhaps (signed-lines.ts, record.ts minusLed read those).
  if (!named) return null;
  // "in 320k / out 85k (belanja sayur)": undated bare columns only in a day's in and out together
  // (as "masuk 200rb keluar 50rb" is); "in 150k" alone, or only ins, asks from what.
  if (bareUndated > 0 && !(parts.length > 1 && reads.some((r) => r.dir > 0) && reads.some((r) => r.dir < 0))) return null;
  if (notFactNotes(a, signs).length > 0) return null;
  c.notes.push('tracker_lines');
  // One day for all: the record's day; several: each entry its own, the record the latest.
  const seen = [...new Set(days.map((x) => x ?? a.today))].sort();
  const date = seen[seen.length - 1] as IsoDate;
  if (seen.length > 1) entries.forEach((e, n) => { e.date = days[n] ?? a.today; });
  if (seen.some((x) => x < addDays(a.today, -OLDEST_DAYS_BACK))) c.cap(C_DOUBT, 'old_date');
  return { intent: 'record', entries, date, confidence: round2(c.value), notes: c.notes };
}
