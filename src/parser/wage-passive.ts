/**
 * A wage paid, in the passive, with nobody's work named: "gaji dibayar 2jt", "gaji sudah dibayar 2jt",
 * "thr dibayar 1jt", "gaji wis dibayar", "gaji dibayarkan 2jt", "gaji dibayar bos 2jt". Who was paid is
 * unsaid: her worker, paid by her (her expense), or she or her household, paid by an employer (no money of
 * the business). Never a sale, never her expense unasked: the expense is the draft, asked (`someone_paid`:
 * "Ini Ibu yang bayar, …?" — "ya" keeps it).
 *
 * "upah", "honor", "bayaran" alone are also a fee for work she does (a tailor's "upah", a cook's "honor"):
 * a sale read so is kept as the draft, asked (`work_pay_unclear`: "Ini upah yang Ibu terima, …?").
 *
 * WHY: "dibayar" is a weak sale word, so the wage became her confident takings (issue #15, "who pays is
 * not her"). A worker named ("gaji karyawan dibayar": bill-passive.ts, wages-paid.ts) or her work named
 * ("upah jahit dibayar 50rb") leaves the reading to the readers that know them; a name ("gaji Ani dibayar
 * 1jt") says whose wage, not who paid it: asked as the others.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';
import { F_DATE, F_PERIOD, G_HONORIFIC } from './word-roles.ts';
import { unknownName } from './bill-passive.ts';

/** Pay for being employed: never her takings. */
const SALARY = new Set(['gaji', 'gajinya', 'gajih', 'gajine', 'gajina', 'thr', 'thrnya', 'lembur', 'lemburan', 'salary', 'wage', 'wages']);
/** Pay for work, also a fee for work she does. */
const FEE = new Set(['upah', 'upahnya', 'honor', 'honornya', 'bayaran', 'bayarannya']);
/** The passive paying verbs (regional ones keyed "dibayar" by the lexicon). */
const PASSIVE_PAID = new Set(['dibayar', 'dibayarkan', 'dibayarke', 'dibyr', 'dbyr', 'dbayar', 'terbayar', 'kebayar', 'dilunasi',
  'dilunasin', 'dibayare', 'dibayarna']);
/** Words that say nothing of whose work: already, when, paid off, how, and an employer paying. */
const NOTHING_SAID = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'uda', 'wis', 'wes', 'uwis', 'geus', 'tos', 'atos', 'sampun', 'lah', 'alah',
  'su', 'tadi', 'td', 'barusan', 'baru', 'akhirnya', 'hari', 'ini', 'bulan', 'minggu', 'kemarin', 'kmrn', 'juga', 'jg', 'semua', 'full',
  'lunas', 'tunai', 'cash', 'via', 'lewat', 'tf', 'transfer', 'ya', 'nih', 'alhamdulillah', 'alhamdulilah', 'sama', 'oleh', 'sm', 'karo',
  'bos', 'kantor', 'pabrik', 'perusahaan', 'majikan', 'juragan', 'dulu', 'duluan', 'sekalian', 'langsung']);

const T_WAGE = trigger(SALARY, FEE);

/** The wage word opening the message, then only words of NOTHING_SAID, a passive verb and the amount; the wage word's key or null. */
function wagePassive(a: Analysis): string | null {
  const { tokens } = a;
  let wage: string | null = null;
  let paid = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NUM || a.numIn[i] !== -1) continue;
    if (t.type === T_NL || (t.type === T_PUNCT && /^[,.;!?]$/.test(t.text))) return null;
    if (t.type !== T_WORD) continue;
    if (wage === null) {
      if (NOTHING_SAID.has(t.key)) continue;
      if (!SALARY.has(t.key) && !FEE.has(t.key)) return null;
      wage = t.key;
    } else if (PASSIVE_PAID.has(t.key) || PASSIVE_PAID.has(t.text)) paid = true;
    // "gaji Ani dibayar 1jt", "gaji si Ani", "gaji mbak dibayar", "gaji dibayar Ani": a person named — whose
    // wage, or who paid it — still no sale. (A name only as "si" or a title says, or as she capitalised it:
    // "upah jahit dibayar" names her work. A role — "gaji karyawan" — is read by the readers of workers.)
    else if (t.key === 'si' || (t.f2 & G_HONORIFIC) !== 0 || (a.named !== null && a.named.has(t.text) && unknownName(t)) ||
      (t.info === null && (tokens[i - 1] as Token).key === 'si')) continue;
    else if (!NOTHING_SAID.has(t.key) && (t.f & (F_DATE | F_PERIOD)) === 0) return null;
  }
  return paid ? wage : null;
}

export function guardWagePassive(a: Analysis, r: ParseResult): ParseResult {
  // "gaji mbak Ani dibayar 1jt" read as Mbak Ani paying her: a wage is no customer's payment — the expense, asked.
  if (r.intent === 'payment_received' && r.confidence >= CONFIDENT && present(a, T_WAGE)) {
    const wage = wagePassive(a);
    if (wage === null || r.amount === null) return r;
    const entry: ParsedEntry = { kind: 'expense', amount: r.amount, item: wage, quantity: null, unit: null, unitPrice: null };
    return { intent: 'record', entries: [entry], date: a.today, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'someone_paid'] };
  }
  if (r.intent !== 'record' || r.entries.length !== 1 || !present(a, T_WAGE)) return r;
  const e = r.entries[0];
  // (An asked sale — "gaji bulan ini dibayar 2jt", period_sum — is still no sale of a wage.)
  if (e === undefined || (e.kind !== 'sale' && e.kind !== 'expense') || (r.confidence < CONFIDENT && e.kind !== 'sale')) return r;
  const wage = wagePassive(a);
  if (wage === null) return r;
  const notes = r.notes ?? [];
  // "upah dibayar 500rb" read as her takings: a fee for her work, or a wage she paid? (asked).
  if (FEE.has(wage) && e.kind === 'sale') return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...notes, 'work_pay_unclear'] };
  return { ...r, entries: [{ ...e, kind: 'expense' }], confidence: Math.min(r.confidence, C_DOUBT), notes: [...notes, 'someone_paid'] };
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardWagePassive.words = T_WAGE;
