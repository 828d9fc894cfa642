/**
 * A sum or a rate over a period ("total jualan seminggu 1.250.000", "minggu lalu belanja
 * 400rb", "bulan lalu omzet 3jt", "tiap hari laku 100rb"): not one day's entry. Booked on
 * today it would put a week's or a month's money on one day, so the record is asked about.
 */
import { inPastPrice, pastPriceSpans } from './past-price.ts';
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_PERIOD, G_PAST } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { businessWageAt, wageOf } from './household-wage.ts';
import { isWorker } from './wages-paid.ts';

/** One word that names a whole period: "seminggu", "sebulan", "mingguan", "setahun". */
const PERIOD_WORDS = new Set(['seminggu', 'sepekan', 'sebulan', 'setahun', 'mingguan', 'bulanan', 'tahunan', 'weekly',
  'monthly', 'sehari', 'sehari-hari', 'seharian', 'rata-rata', 'rata2', 'rerata', 'perhari', 'perminggu', 'perbulan']);
/** "tiap hari", "setiap minggu", "per bulan": a rate. */
// Javanese "saben", Sundanese "unggal": "saben dina payu 50 ewu", "unggal poe payu 50 rebu" are rates too.
const EVERY = new Set(['tiap', 'setiap', 'per', 'tiap-tiap', 'saben', 'saben-saben', 'saban', 'unggal']);
// Javanese "dina"/"dino", krama "dinten", Sundanese "poe"; "wulan", "sasi" (month).
const SPANS = new Set(['hari', 'minggu', 'pekan', 'bulan', 'tahun', 'bln', 'thn', 'dina', 'dino', 'dinten', 'poe', 'wulan', 'sasi']);
/** The words the scan below opens on; a merged phrase with a period carries F_PERIOD. */
const T_PERIOD_SUM = trigger(PERIOD_WORDS, EVERY);

/**
 * A wage, and the whole spans it is paid for: "gaji ponakan yg bantu seminggu 150rb" is one payment,
 * today — when it is paid to someone who works for the business (a worker's word, "yg bantu", a
 * business task: household-wage.ts). "gaji ART sebulan", "gaji saya seminggu", "gaji sari seminggu"
 * (nobody's task named) stay asked.
 */
const WAGES = new Set(['gaji', 'gajinya', 'upah', 'upahnya', 'honor', 'honornya', 'bayaran', 'bayarannya']);
const WHOLE = new Set(['seminggu', 'sepekan', 'sebulan']);

/** Whether the whole span at `at` is what a wage before it was paid for (the pay is today's). */
function wageFor(tokens: readonly Token[], at: number): boolean {
  if (!WHOLE.has((tokens[at] as Token).key)) return false;
  for (let i = at - 1; i >= 0 && (tokens[i] as Token).type !== T_NL; i--) {
    // ("bayar ponakan yg jaga warung 300rb seminggu": paying a helper of hers for the business.)
    if (businessWageAt(tokens, i)) return true;
    if (!WAGES.has((tokens[i] as Token).key)) continue;
    const of = wageOf(tokens, i);
    if (of !== null) return of === 'business';
    for (let j = i + 1; j < tokens.length && (tokens[j] as Token).type !== T_NL; j++) if (isWorker(tokens, j)) return true;
    return false;
  }
  return false;
}

/**
 * Rent for one whole span: "sewa lapak sebulan 300rb", "bayar kontrakan sebulan 1jt" is one month's
 * rent paid today, not a month's sum of spending. Only when the rent word stands just before the
 * span (its object between) and an entry names what was paid.
 */
const RENT = new Set(['sewa', 'sewanya', 'nyewa', 'kontrak', 'kontrakan', 'ngontrak']);
/** How far before the span word its rent word may stand ("sewa lapak pasar sebulan"). */
const RENT_REACH = 3;

function rentFor(tokens: readonly Token[], at: number): boolean {
  if (!WHOLE.has((tokens[at] as Token).key)) return false;
  for (let i = at - 1; i >= 0 && i >= at - RENT_REACH; i--) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) return false;
    if (RENT.has(t.key)) return true;
  }
  return false;
}

/**
 * `named`: an entry names goods or a purpose. Then "bulan ini" / "minggu ini" qualify the thing
 * ("bayar sewa lapak bulan ini 300rb" is this month's rent, paid today), not a sum; a past
 * period ("minggu lalu belanja bahan 400rb") and a whole period ("seminggu") are always asked.
 */
export function periodSum(a: Analysis, named: boolean): boolean {
  if ((a.f & F_PERIOD) === 0 && !present(a, T_PERIOD_SUM)) return false;
  const { tokens, marks } = a;
  const heading = headingEnd(tokens);
  // ("… / minggu lalu masih 11rb": the day of an old price compared with today's, past-price.ts.)
  const old = pastPriceSpans(a);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || marks[i] !== 0 || inPastPrice(old, i)) continue;
    // "sehari ini" (this one day) heads a day sheet: today, not a rate or a period.
    if (PERIOD_WORDS.has(t.key) && !(t.key === 'sehari' && tokens[i + 1]?.key === 'ini') && !wageFor(tokens, i) &&
      !(named && rentFor(tokens, i))) return true;
    // "minggu lalu", "bulan ini", "minggu kemarin" (merged phrases carrying a period). In a
    // heading over lines of money ("pengeluaran minggu ini\nbensin 40rb\n…") it spans them
    // all, however plainly each line names its goods.
    if (t.key.includes(' ') && (t.info?.period === 'week' || t.info?.period === 'month') &&
      (!named || (t.f2 & G_PAST) !== 0 || i < heading)) return true;
    const n = tokens[i + 1];
    if (EVERY.has(t.key) && n !== undefined && n.type === T_WORD && SPANS.has(n.key)) return true;
  }
  return false;
}

/** The end of a first line with no number that has lines after it (a heading), or 0. */
function headingEnd(tokens: readonly Token[]): number {
  const nl = tokens.findIndex((t) => t.type === T_NL);
  if (nl <= 0 || nl === tokens.length - 1) return 0;
  return tokens.slice(0, nl).some((t) => t.type === T_NUM) ? 0 : nl;
}

/**
 * A period's total beside a day's amount: "Penjualan minggu ini 1,2jt, hari ini 200rb", "total
 * sebulan 5jt, kemarin 300rb". This week's or month's total already holds the day's money, so
 * both are never recorded: the period's clause is left out and the rest asked
 * ('period_total_left_out'). Only a current or whole period ("minggu ini", "bulan ini",
 * "seminggu", "sebulan"): a past one ("minggu lalu 1jt") holds no day of this week, and a rate
 * ("tiap hari", "rata-rata") is no total. The day must be written in a clause of its own.
 * Returns the period clause's tokens [from, to), or null.
 */
const TOTALS = new Set(['seminggu', 'sepekan', 'sebulan', 'setahun']);
const isClauseBreak = (t: Token): boolean => t.type === T_NL || (t.type === T_PUNCT && t.text !== '/' && t.text !== '-' && t.text !== '.');
export function periodBesideDay(a: Analysis, dayStarts: readonly number[]): { from: number; to: number } | null {
  if (dayStarts.length === 0 || ((a.f & F_PERIOD) === 0 && !present(a, T_PERIOD_SUM))) return null;
  const { tokens, marks } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || marks[i] !== 0) continue;
    const current = t.key.includes(' ') && (t.info?.period === 'week' || t.info?.period === 'month') && (t.f2 & G_PAST) === 0;
    if (!current && !TOTALS.has(t.key)) continue;
    let from = i;
    while (from > 0 && !isClauseBreak(tokens[from - 1] as Token)) from--;
    let to = i + 1;
    while (to < tokens.length && !isClauseBreak(tokens[to] as Token)) to++;
    // The period's own money in its clause, and a day written outside it.
    if (!tokens.slice(from, to).some((u) => u.type === T_NUM)) continue;
    if (dayStarts.some((d) => d < from || d >= to)) return { from, to };
  }
  return null;
}
