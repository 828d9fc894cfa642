/**
 * Whose wage it is. "gaji karyawan sebulan 1,5jt", "upah tukang jahit seminggu", "gaji bibi yg
 * bantu jaga warung" pay someone who works for her business: her expense. But a wage to the
 * household's staff — "gaji ART sebulan 1,5jt", "gaji pembantu", "gaji bibi", "gaji baby sitter",
 * "gaji suster", "gaji tukang kebun", "gaji satpam komplek" — is her home's money (a withdrawal,
 * asked), and "gaji saya", "gajiku", "gaji suami" is her own or her husband's pay, no cost at all.
 *
 * WHY: a wage word read every payee as her staff and recorded the home's wages as the
 * business's costs with confidence. A business task or place beside the household word ("ART
 * yg bantu jaga warung", "bibi bantu jahit") still makes the wage hers to book.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT, C_PARTIAL } from './confidence.ts';
import { T_NL, T_WORD, type Token } from './lexer.ts';
import { isServiceWord } from './service-work.ts';
import { present, trigger } from './triggers.ts';
import type { ParseResult } from './types.ts';
import { F_SALE } from './word-roles.ts';

/** Pay for work. */
const WAGES = new Set(['gaji', 'gajian', 'gajinya', 'gajih', 'upah', 'upahnya', 'honor', 'honornya', 'bayaran', 'bayarannya', 'thr',
  'thrnya', 'bayarane']);
/** The household's staff, one word: "ART", "pembantu", "bibi", "suster", "satpam". */
const HOUSEHOLD_STAFF = new Set(['art', 'prt', 'pembantu', 'pembokat', 'babu', 'bibi', 'bi', 'mbok', 'inem', 'babysitter', 'baby-sitter',
  'sitter', 'suster', 'susternya', 'pengasuh', 'pengasuhnya', 'nanny', 'emban', 'satpam', 'security', 'sekuriti', 'hansip', 'ronda',
  'tukang-kebun', 'pembantunya', 'artnya']);
/** Two words: "tukang kebun", "baby sitter", "asisten rumah (tangga)", "sopir pribadi". */
const STAFF_PAIRS: Record<string, ReadonlySet<string>> = {
  tukang: new Set(['kebun', 'taman', 'sampah', 'sapu']),
  baby: new Set(['sitter', 'siter']),
  asisten: new Set(['rumah', 'rt']),
  sopir: new Set(['pribadi', 'keluarga', 'anak']),
  supir: new Set(['pribadi', 'keluarga', 'anak']),
};
/** Her own pay or her husband's, right after the wage word: "gaji saya", "gaji suami". */
const OWN_PAY = new Set(['saya', 'sy', 'aku', 'aq', 'ku', 'gue', 'gw', 'sendiri', 'suami', 'suamiku', 'bapak', 'bapaknya', 'papah',
  'papa', 'ayah', 'misua', 'laki', 'lakiku']);
const OWN_PAY_WORDS = new Set(['gajiku', 'gajimu', 'upahku', 'honorku']);
/** A task or place of the business beside the staff word: "bantu jaga warung", "ART laundry", "bibi bantu jahit". */
const BUSINESS_TASK = new Set(['warung', 'toko', 'kios', 'lapak', 'usaha', 'jualan', 'dagangan', 'dagang', 'jaga', 'produksi', 'dapur-usaha',
  'katering', 'catering', 'salon', 'bengkel', 'konter', 'gerai', 'olshop', 'packing', 'ngepack', 'masak', 'bungkus', 'ngebungkus',
  'kirim', 'antar', 'nganter', 'kurir', 'pesanan', 'orderan',
  // Work of a small trade a helper is paid for: frying, sewing, serving, carrying the water gallons she sells.
  'anter', 'ngantar', 'nganterin', 'goreng', 'ngegoreng', 'gorengin', 'jahitin', 'ngejahit', 'layanin', 'ngelayanin', 'melayani',
  'bungkusin', 'galon',
  // A batik maker's work: drawing the wax, printing the cap.
  'mbatik', 'membatik', 'nyanting', 'ngecap', 'nglorod']);

/** Words before a business word that make it the purse paid from: "uang warung", "dari toko". */
const PURSE_BEFORE = new Set(['uang', 'duit', 'doku', 'kas', 'laci', 'dari', 'dr', 'pake', 'pakai', 'hasil', 'modal']);

export type WageOf = 'business' | 'household' | 'own' | null;

/**
 * "bayar ponakan yg jaga warung", "bayar anak tetangga bantu antar galon": paying a person of her
 * circle, named right after the paying verb, is a wage as "upah ponakan" is — whose, the task beside
 * it says (wageOf). A bill or goods after the verb ("bayar spp anak", "bayar listrik") is no wage.
 */
const PAY = new Set(['bayar', 'bayarin', 'ngegaji', 'gajiin', 'upahin']);
const PAID_PEOPLE = new Set(['ponakan', 'keponakan', 'ponakanku', 'keponakanku', 'anak', 'adik', 'adek', 'adikku', 'adekku', 'sepupu',
  'sepupuku', 'tetangga', 'cucu', 'cucuku', 'ipar']);

/** Whether token i is a wage word: a pay word, or a paying verb with a person of her circle after it. */
function wageWordAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD) return false;
  if (WAGES.has(t.key) || OWN_PAY_WORDS.has(t.key)) return true;
  if (!PAY.has(t.key)) return false;
  // "bayar pembantu 600rb", "bayar satpam komplek": the household's staff right after the paying verb;
  // "bayar mbak yang bantu jualan": a helper by title, described by her help.
  return PAID_PEOPLE.has(tokens[i + 1]?.key ?? '') || (tokens[i + 1] !== undefined && staffAt(tokens, i + 1)) || helperAt(tokens, i + 1);
}

/** Titles of a helper: "mbak", "bibi", "mas", "teh". */
// ("bu Sri sing mbantu mbatik": an older helper by title and name, in Javanese "sing" for "yang".)
const HELPER_TITLES = new Set(['mbak', 'mba', 'mb', 'mbk', 'mas', 'teh', 'teteh', 'kang', 'bang', 'uni', 'kak', 'dik', 'dek', 'bu', 'budhe',
  'bude', 'lik', 'mbok']);
const WHO = new Set(['yang', 'yg']);
/** Helping: "bantu", "bantuin", "ngebantu", "membantu"; Javanese "mbantu", "ngewangi", "rewang". */
const HELP = new Set(['bantu', 'bantuin', 'ngebantu', 'membantu', 'bantu2', 'mbantu', 'ngewangi', 'rewang']);
/** "mbak yang bantu …", "bu Sri sing mbantu …" at i: a helper by title (and one name) and her help. */
function helperAt(tokens: readonly Token[], i: number): boolean {
  if (!HELPER_TITLES.has(tokens[i]?.key ?? '')) return false;
  const named = tokens[i + 1]?.type === T_WORD && WHO.has(tokens[i + 2]?.key ?? '') ? 1 : 0;
  return WHO.has(tokens[i + 1 + named]?.key ?? '') && HELP.has(tokens[i + 2 + named]?.key ?? '');
}

/** Whether token i opens a wage of someone who works for the business ("bayar ponakan yg jaga warung"). */
export function businessWageAt(tokens: readonly Token[], i: number): boolean {
  return wageWordAt(tokens, i) && wageOf(tokens, i) === 'business';
}

export const T_WAGE = trigger(WAGES, OWN_PAY_WORDS, PAY);

/** The words of the line around token `at`. */
function lineOf(tokens: readonly Token[], at: number): Token[] {
  let from = at;
  while (from > 0 && (tokens[from - 1] as Token).type !== T_NL) from--;
  let to = at;
  while (to < tokens.length && (tokens[to] as Token).type !== T_NL) to++;
  return tokens.slice(from, to).filter((t) => t.type === T_WORD);
}

function staffAt(words: readonly Token[], i: number): boolean {
  const t = words[i] as Token;
  if (HOUSEHOLD_STAFF.has(t.key) || HOUSEHOLD_STAFF.has(t.text)) return true;
  return STAFF_PAIRS[t.key]?.has(words[i + 1]?.key ?? '') === true;
}

/**
 * Whose wage the wage word at token `at` pays, read on its line: 'own' (her or her husband's pay),
 * 'household' (the home's staff with no business task beside), 'business' (a business task or place
 * is said), or null (nobody named: other readers decide).
 */
export function wageOf(tokens: readonly Token[], at: number): WageOf {
  const words = lineOf(tokens, at);
  const w = words.findIndex((t) => t === tokens[at]);
  const t = tokens[at] as Token;
  if (OWN_PAY_WORDS.has(t.key)) return 'own';
  if (OWN_PAY.has(words[w + 1]?.key ?? '')) return 'own';
  // ("pake uang warung", "dari laci warung": the purse it was paid from is no task of the staff.)
  const task = words.some((x, i) => (BUSINESS_TASK.has(x.key) || isServiceWord(x.key)) && !PURSE_BEFORE.has(words[i - 1]?.key ?? ''));
  for (let i = w + 1; i < words.length && i <= w + 3; i++) if (staffAt(words, i)) return task ? 'business' : 'household';
  return task ? 'business' : null;
}

/** The first wage word in the message and whose it is, or null. */
export function firstWage(a: Analysis): WageOf {
  if (!present(a, T_WAGE)) return null;
  for (let i = 0; i < a.tokens.length; i++) {
    if (wageWordAt(a.tokens, i)) {
      const of = wageOf(a.tokens, i);
      if (of !== null) return of;
    }
  }
  return null;
}

/**
 * A confident expense of a wage the household pays ("gaji ART sebulan 1,5jt") becomes a withdrawal,
 * asked (`household_wage`); her own or her husband's pay read as an expense or a sale ("gaji saya
 * seminggu 500rb") is no record, asked (`personal_money`), as "gaji suami 3jt" is.
 */
export function guardHouseholdWage(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record') return r;
  const of = firstWage(a);
  // (No wage word: nothing below applies, and the walk for a sale word is skipped.)
  if (of === null) return r;
  // (One entry, and no sale said beside: "laku 3 bros 45rb, gaji suami masuk 2jt" keeps its sale.)
  const sold = a.tokens.some((t) => t.type === T_WORD && (t.f & F_SALE) !== 0 && !WAGES.has(t.key));
  if (of === 'own' && !sold && r.entries.length === 1 && r.entries.every((e) => e.kind === 'expense' || e.kind === 'sale')) {
    return { intent: 'unknown', confidence: C_PARTIAL, notes: ['personal_money'] };
  }
  // "bayar mbak yang bantu jualan 500rb": the sale word only says what she helps with — her wage, an expense.
  // ("laku 500rb, bayar mbak yang bantu jualan 100rb": the helper's amount is the wage; the takings stay.)
  const wage = of === 'business' ? helperWage(a) : null;
  if (wage !== null && r.entries.filter((e) => e.kind === 'sale' && e.amount === wage).length === 1) {
    return { ...r, entries: r.entries.map((e) => (e.kind === 'sale' && e.amount === wage ? { ...e, kind: 'expense' as const } : e)) };
  }
  if (of !== 'household' || !r.entries.some((e) => e.kind === 'expense')) return r;
  const notes = [...(r.notes ?? [])];
  if (!notes.includes('household_wage')) notes.push('household_wage');
  const entries = r.entries.length === 1 ? r.entries.map((e) => ({ ...e, kind: 'withdrawal' as const })) : r.entries;
  return { ...r, entries, confidence: Math.min(r.confidence, C_DOUBT), notes };
}

// Without these words it returns its reading unchanged (firstWage opens on them): applyGuards skips it (guard-lists.ts).
guardHouseholdWage.words = T_WAGE;

/**
 * The amount paid to a helper by title ("bayar mbak yang bantu jualan 100rb"): the first amount after the
 * paying verb in its clause, when every sale word between follows a helping word — what she helps with.
 */
function helperWage(a: Analysis): number | null {
  const { tokens } = a;
  const pay = tokens.findIndex((t, i) => PAY.has(t.key) && helperAt(tokens, i + 1));
  if (pay < 0) return null;
  for (let i = pay + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL || (t.type !== T_WORD && t.text === ',')) return null;
    const ex = a.nums[a.numIn[i] as number];
    if (ex !== undefined && ex.rupiah !== null) return ex.rupiah;
    if (t.type === T_WORD && (t.f & F_SALE) !== 0 && !HELP.has(tokens[i - 1]?.key ?? '')) return null;
  }
  return null;
}
