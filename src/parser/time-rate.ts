/**
 * A rate per unit of time, and how many of those units: "ongkos tukang cap 2 hari, 150rb/hari",
 * "sewa tenda 2 hari 100rb per hari", "ojek langganan 5 hari 20rb sehari", "bayar tukang 2 minggu,
 * seminggu 400rb". The money is the count times the rate (300rb, 200rb, 100rb, 800rb), paid today.
 *
 * WHY it is read only when every number is accounted for (one count of days, weeks or months and
 * one amount marked as that span's rate): a rate alone would record one day's pay for two days'
 * work, and a period word would otherwise ask (period-sum.ts). When a count of time stands beside
 * a rate but the numbers do not fit (two counts, a second amount, other spans), it is asked.
 */
import type { Analysis } from './analyze.ts';
import { S_MONEY } from './amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';

/** A span word and the span it counts (weeks and "pekan" are one span). */
const SPANS = new Map<string, string>([['hari', 'hari'], ['minggu', 'minggu'], ['pekan', 'minggu'], ['bulan', 'bulan'], ['bln', 'bulan']]);
/** One whole span written as one word, standing as "per …" beside an amount: "seminggu 400rb", "400rb seminggu". */
const ONE_SPAN = new Map<string, string>([['sehari', 'hari'], ['perhari', 'hari'], ['seminggu', 'minggu'], ['sepekan', 'minggu'],
  ['perminggu', 'minggu'], ['sebulan', 'bulan'], ['perbulan', 'bulan']]);
/** Words after "2 hari" that make it a date, not a count: "2 hari lalu", "2 hari lagi". */
const DATE_AFTER = new Set(['lalu', 'yang', 'yg', 'lagi', 'kemarin', 'kmrn', 'kedepan', 'depan', 'sebelumnya']);
/** Largest count of spans taken as worked/hired time (a year of days). */
const MAX_COUNT = 366;

export interface TimeRate {
  /** The rate times the count, or null when the numbers do not fit: asked. */
  amount: number | null;
  rate: number;
  count: number;
  span: string;
}

function key(t: Token | undefined): string {
  return t === undefined ? '' : t.key;
}

/** The span of a rate marked at the money expression `start`..`end`, or null. */
function rateSpan(tokens: readonly Token[], start: number, end: number): string | null {
  const after = tokens[end];
  const after2 = tokens[end + 1];
  // "150rb/hari", "100rb per hari", "20rb sehari" (lexed "per hari"), "400rb seminggu".
  if (after !== undefined && (key(after) === '/' || key(after) === 'per') && after2?.type === T_WORD) {
    const s = SPANS.get(after2.key);
    if (s !== undefined) return s;
  }
  if (after?.type === T_WORD && ONE_SPAN.has(after.key)) return ONE_SPAN.get(after.key) ?? null;
  // "seminggu 400rb", "sehari 20rb" ("per hari 20rb"), "@50rb" after the count.
  const before = tokens[start - 1];
  if (before?.type === T_WORD && ONE_SPAN.has(before.key)) return ONE_SPAN.get(before.key) ?? null;
  if (before?.type === T_WORD && key(tokens[start - 2]) === 'per') return SPANS.get(before.key) ?? null;
  if (key(before) === '@' && tokens[start - 2]?.type === T_WORD) return SPANS.get(key(tokens[start - 2])) ?? null;
  return null;
}

/**
 * A count of spans and a rate per that span in a one-line message, or null when no amount is
 * marked as a span's rate or no count of time stands beside it (cheap: only the amounts' neighbours are looked at first).
 */
export function timeRate(a: Analysis): TimeRate | null {
  const { tokens, nums } = a;
  let m: (typeof nums)[number] | undefined;
  let span: string | null = null;
  let money = 0;
  for (const n of nums) {
    if (n.strength !== S_MONEY || n.rupiah === null) continue;
    money++;
    const s = rateSpan(tokens, n.start, n.end);
    if (s !== null && span === null) {
      m = n;
      span = s;
    }
  }
  if (m === undefined || m.rupiah === null || span === null) return null;
  let count = -1;
  let counts = 0;
  let others = money !== 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) others = true;
    if (t.type !== T_NUM || (i >= m.start && i < m.end)) continue;
    const s = SPANS.get(key(tokens[i + 1]));
    if (s === undefined || !/^\d{1,3}$/.test(t.text) || DATE_AFTER.has(key(tokens[i + 2]))) {
      others = true;
      continue;
    }
    counts++;
    if (s !== span) others = true;
    else count = Number(t.text);
  }
  if (counts === 0) return null;
  // A second amount, a "/" that is no rate's slash ("2/12"), a second count, a count of another span: asked.
  if (others || counts !== 1 || count < 1 || count > MAX_COUNT || tokens.some((t) => t.type === T_PUNCT && t.key === '/' && t !== tokens[m.end])) {
    return { amount: null, rate: m.rupiah, count, span };
  }
  const amount = count * m.rupiah;
  return { amount: Number.isSafeInteger(amount) ? amount : null, rate: m.rupiah, count, span };
}
