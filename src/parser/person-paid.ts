/**
 * Paying a person with nothing said of what for: "bayar 75rb ke kak Sarah", "bayar 500rb ke pak Haji",
 * "bayar bu Ani 50rb". Asked (`paid_person_unsaid`), never a confident expense: the money may repay her
 * debt, buy goods, lend, pay her arisan or a wage — a careful bookkeeper asks what it was for.
 *
 * The line: a PERSON is a title ("bu", "pak", "kak", "mas", a regional one) or "si" before a word the
 * lexicon does not know (a name, or "Haji"/"Hajah", said of a person), or a name she capitalised after
 * "ke". A TRADE is a word of the work done for her, alone or after a title — "bayar tukang 50rb", "bayar
 * ojek 15rb", "bayar pak ojek 15rb", "bayar mas kurir 20rb", "bayar bu kos 500rb", "bayar pak RT 20rb":
 * the word says what the money bought (the ride, the delivery, the room, the dues), her expense as read.
 * Anything else said keeps the reading: what for ("… buat kain", "… utk ongkos jahit"), goods counted,
 * her debt ("bayar utang ke bu Ani": repayment), a wage ("gaji pegawai 500rb").
 *
 * Not bare "beli 50rb" / Banjar "tukar 50rb": a purchase is her expense whatever was bought (what is only
 * the item left blank), while paying a person may not be a purchase at all.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { KIN_CUSTOMERS, TAKER_TITLES } from './takers.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';
import { F_DATE, F_FILLER, G_HONORIFIC } from './word-roles.ts';

/** Her paying verbs (regional ones are read as "bayar" by the lexer). */
const PAY = new Set(['bayar', 'byr', 'bayarin', 'bayarkan', 'membayar', 'mbayar', 'ngebayar', 'bayari', 'tf', 'transfer', 'trf']);
/** To whom: "ke kak Sarah", "sama bu Ani", "kepada pak Haji". */
// (Sundanese and Banjar "ka", Javanese "nang", "neng", "ning", "dhateng".)
const TO = new Set(['ke', 'k', 'sama', 'sm', 'ama', 'kpd', 'kepada', 'ka', 'nang', 'neng', 'ning', 'dhateng', 'dateng', 'buat', 'bwt', 'untuk', 'utk']);
/** Said of a person, not of work done: a name even though the lexicon may know the word. */
const PERSON_WORDS = new Set(['haji', 'hajah', 'hajjah', 'hj', 'aji']);
/**
 * Work done for her, after a title — "mas kurir", "bu kos", "pak sopir": a trade, not a name, though the
 * lexicon may not know the word. (Words it knows — "ojek", "parkir", "tukang" — are no names already.)
 */
const TRADES = new Set(['kurir', 'kos', 'kost', 'kontrakan', 'sopir', 'supir', 'satpam', 'hansip', 'security', 'bidan', 'mantri', 'dokter',
  'ustadz', 'ustad', 'ustaz', 'guru', 'montir', 'bengkel', 'ojol', 'gojek', 'grab', 'maxim', 'becak', 'bentor', 'angkot', 'delman', 'kuli',
  'buruh', 'mandor', 'rt', 'rw', 'lurah', 'kades', 'kadus', 'sampah', 'pos', 'jahit', 'penjahit', 'laundry', 'pijat', 'urut', 'cukur',
  'jagal', 'tani', 'sales', 'salesnya', 'kurirnya', 'sopirnya', 'driver', 'pengantar', 'listrik', 'pdam', 'galon', 'gas', 'koran', 'susu',
  'sayur', 'ikan', 'roti', 'bakso', 'tahu', 'tempe', 'es', 'kopi', 'servis', 'service', 'ac', 'tv', 'hp', 'fotokopi', 'potong', 'pangkas',
  // the trader she buys her stock from: Sumatran "toke"/"tauke" (the wholesaler), "juragan", "bos", "agen", "supplier"
  'toke', 'tauke', 'toke2', 'juragan', 'bos', 'boss', 'agen', 'supplier', 'suplier', 'grosir', 'tengkulak', 'pengepul', 'bakul', 'distributor']);
/** Words that change nothing: when, "already", "I", how paid, particles. */
const NOTHING = new Set(['tadi', 'td', 'barusan', 'kemarin', 'kmrn', 'kemaren', 'udah', 'sudah', 'udh', 'sdh', 'dah', 'aku', 'saya', 'sy', 'ku',
  'aq', 'gue', 'gw', 'ulun', 'awak', 'cash', 'tunai', 'cas', 'kes', 'tf', 'transfer', 'via', 'lewat', 'pake', 'pakai', 'ya', 'yah', 'nih', 'tuh',
  'dong', 'deh', 'aja', 'saja', 'juga', 'jg', 'baru', 'br', 'langsung', 'lgsg', 'rp']);

/** A down payment, which the lexer reads as "bayar". */
const DP_WORDS = new Set(['dp', 'panjar', 'persekot', 'uang muka', 'uangmuka']);

const T_PAY = trigger(PAY);

/** The end of a person named at i (title or "si", then a name; or a capitalised name after "ke"), else -1. */
function personAt(a: Analysis, i: number): number {
  const t = a.tokens[i] as Token;
  const n = a.tokens[i + 1];
  const title = t.type === T_WORD && (t.key === 'si' || TAKER_TITLES.has(t.key) || (t.f2 & G_HONORIFIC) !== 0);
  if (title && n !== undefined && n.type === T_WORD && !TRADES.has(n.key) &&
    (PERSON_WORDS.has(n.key) || (n.info === null && n.key.length >= 3 && /^[a-z]+$/.test(n.key)))) {
    return i + 2;
  }
  // "mambayar ka acil 50rb", "bayar ke uni 50rb": a regional word of address alone names a person (takers.ts KIN_CUSTOMERS).
  if (t.type === T_WORD && KIN_CUSTOMERS.has(t.key) && (TO.has(a.tokens[i - 1]?.key ?? '') || PAY.has(a.tokens[i - 1]?.key ?? ''))) return i + 1;
  // "ke Sarah": a word she capitalised mid-sentence, after a "to" word.
  if (t.type === T_WORD && t.info === null && !TRADES.has(t.key) && TO.has(a.tokens[i - 1]?.key ?? '') && a.named?.has(t.key) === true) return i + 1;
  return -1;
}

/**
 * The amount when the tokens [from, to) are only her paying one amount to a person named, nothing of
 * what for; else null.
 */
function personOnlyIn(a: Analysis, from: number, to: number): number | null {
  const { tokens } = a;
  let pay = false;
  let person = false;
  let amount: number | null = null;
  let amounts = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    const k = a.numIn[i] as number;
    if (k >= 0) {
      const ex = a.nums[k];
      if (ex === undefined || ex.rupiah === null || ex.strength === S_PLAIN) return null;
      amounts++;
      amount = ex.rupiah;
      i = ex.end - 1;
      continue;
    }
    if (t.type === T_PUNCT || t.type === T_NL) continue;
    if (t.type === T_NUM) return null;
    // ("DP nang pak Slamet 100rb": a down payment says what for — towards goods or work bought.)
    if (PAY.has(t.key) && DP_WORDS.has(t.text.toLowerCase())) return null;
    if (PAY.has(t.key) && !pay) {
      pay = true;
      continue;
    }
    const end = person ? -1 : personAt(a, i);
    if (end > 0) {
      person = true;
      i = end - 1;
      continue;
    }
    if (TO.has(t.key) && !['buat', 'bwt', 'untuk', 'utk'].includes(t.key)) continue;
    if (NOTHING.has(t.key) || (t.f & F_DATE) !== 0 || (t.f & F_FILLER) !== 0) continue;
    return null;
  }
  return pay && person && amounts === 1 ? amount : null;
}

/** Where a clause ends: a line break, a comma, a full stop, a semicolon (not one inside an amount). */
function clauseEnd(a: Analysis, i: number): boolean {
  const t = a.tokens[i] as Token;
  return a.numIn[i] === -1 && (t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';')));
}

/**
 * A later clause that is only her paying a person ("beli gas 22rb, bayar 50rb ke bu Ani"): the amount
 * of the first such clause after another clause, or null. Its money may be the cash she handed over
 * for what the clause before bought, her debt to that person, or one more cost — never summed unasked.
 */
function personClauseAfter(a: Analysis): number | null {
  const { tokens } = a;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !clauseEnd(a, i)) continue;
    if (start > 0 && i > start) {
      const amount = personOnlyIn(a, start, i);
      if (amount !== null) return amount;
    }
    start = i + 1;
  }
  return null;
}

export function guardPersonPaid(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || !present(a, T_PAY)) return r;
  if (r.entries.length === 1 && r.entries[0]?.kind === 'expense' && personOnlyIn(a, 0, a.tokens.length) !== null) {
    return { ...r, entries: r.entries.map(unnamed), confidence: C_DOUBT, notes: [...(r.notes ?? []), 'paid_person_unsaid'] };
  }
  if (r.entries.length < 2) return r;
  const amount = personClauseAfter(a);
  const paid = amount === null ? -1 : r.entries.findIndex((e) => e.kind === 'expense' && e.amount === amount);
  if (paid < 0) return r;
  // After her purchase ("beli gas 22rb, …"), the money may be what she handed over for it: asked as such.
  const bought = r.entries.some((e, j) => j !== paid && e.kind === 'expense');
  const entries = r.entries.map((e, j) => (j === paid ? unnamed(e) : e));
  return { ...r, entries, confidence: C_DOUBT, notes: [...(r.notes ?? []), bought ? 'paid_after_purchase' : 'paid_person_unsaid'] };
}

/**
 * The payment with no goods: its clause says nothing but the paying, the amount and the person, so any
 * item read from it is the person's words ("ke pak Joko" read "pak", a pack) — never shown to her as goods.
 */
function unnamed(e: ParsedEntry): ParsedEntry {
  return e.item === null ? e : { ...e, item: null };
}
