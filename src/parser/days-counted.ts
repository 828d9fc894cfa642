/**
 * Takings over a count of days: "omset 3 hari ini 2.4jt", "laku 3 hari 900rb", "penjualan 2 hari
 * kemarin 800rb", Javanese "payu 3 dina 500 ewu". A plain count of two or more, then a word of days,
 * weeks or months: the money is a sum over that many days, not one day's sale.
 *
 * WHY: booked on today, several days' takings land on one day (the recap and the day's books both
 * wrong); which days, or whether earlier ones are already in her books, only she knows — asked
 * (`period_sum`, as "omzet seminggu 2jt" is: period-sum.ts).
 *
 * Only takings (every entry a sale) and never a rental or service priced by its days ("nyewain tenda
 * 3 hari 300rb" is one payment for a 3-day rental) nor a rate ("3 hari @300rb": time-rate.ts). A count
 * of days ago ("3 hari lalu", "3 hari yang lalu") is one day, which the dates reader reads.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';

/** Days, weeks, months — alone, or merged with "ini" by the lexer ("hari ini"). */
const SPANS = new Set(['hari', 'hr', 'hari ini', 'hr ini', 'dina', 'dino', 'dinten', 'poe', 'minggu', 'pekan', 'bulan', 'bln', 'minggu ini',
  'bulan ini']);
/** After the span: days ago, or days ahead — one day, not a sum. */
const ONE_DAY = new Set(['lalu', 'yang lalu', 'yg lalu', 'kepungkur', 'lagi', 'lg', 'kedepan', 'ke depan', 'mendatang']);
/** A priced span or the work's own pay: one payment for the days, not takings summed. */
const PRICED = new Set(['sewa', 'sewain', 'nyewain', 'disewa', 'disewain', 'rental', 'rent', 'jasa', 'ongkos', 'upah', 'gaji', 'honor',
  'kontrak', 'per', 'tiap', 'setiap', '@', 'x', 'kali', 'perhari', 'sehari', 'harian', 'dp', 'catering', 'katering']);
const T_SPANS = trigger(SPANS);

/**
 * A plain whole count at token i — digits (a count of days is often marked a duration, no number
 * expression of its own) or a number in words — as [value, end], or null.
 */
function countAt(a: Analysis, i: number): [number, number] | null {
  const t = a.tokens[i] as Token;
  if (t.type === T_NUM) {
    const v = t.num;
    return v !== null && v.ok && v.plain && v.value.s === 0 ? [v.value.m, i + 1] : null;
  }
  const k = a.numIn[i] as number;
  const ex = k >= 0 ? a.nums[k] : undefined;
  if (ex === undefined || ex.start !== i || ex.strength !== S_PLAIN || ex.value === null || ex.value.s !== 0) return null;
  return [ex.value.m, ex.end];
}

export function daysCounted(a: Analysis): boolean {
  // (Days named one by one — "Senin 120rb, Selasa 95rb, … total 3 hari" — make the total a check.)
  if (!present(a, T_SPANS) || a.dates.length >= 2) return false;
  const { tokens } = a;
  if (tokens.some((t) => PRICED.has(t.key) || PRICED.has(t.text))) return false;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const n = countAt(a, i);
    if (n === null) continue;
    const end = n[1];
    const span = tokens[end];
    if (n[0] < 2 || n[0] > 366 || span === undefined || span.type !== T_WORD || !SPANS.has(span.key)) continue;
    const next = tokens[end + 1] as Token | undefined;
    if (next !== undefined && (ONE_DAY.has(next.key) || ONE_DAY.has(`${next.key} ${tokens[end + 2]?.key ?? ''}`))) continue;
    return true;
  }
  return false;
}
