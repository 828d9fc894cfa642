/**
 * recap: "rekap minggu ini", "berapa untung hari ini", "rekap kemarin", "/rekap".
 */
import { addDays, startOfMonth, startOfWeek, type IsoDate } from '../../core/dates.ts';
import { firstSignificant, type Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { C_PARTIAL, Confidence } from '../confidence.ts';
import { F_NEG, F_PERIOD, F_PROFIT, F_QUESTION, F_RECAP, G_PAST } from '../word-roles.ts';
import { T_NUM, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult, Period } from '../types.ts';
import { scored } from './shared.ts';

const SHOW_WORDS = new Set(['cek', 'check', 'lihat', 'liat', 'show', 'tampilkan', 'kirim', 'minta']);

export function detectRecap(a: Analysis, forced: boolean): ParseResult | null {
  const { tokens } = a;
  let recapIdx = -1;
  let show = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (recapIdx < 0 && (t.f & F_RECAP) !== 0) recapIdx = i;
    if (SHOW_WORDS.has(t.key)) show = true;
  }
  // "hari ini ga jualan dulu": a day without selling is news, not a question about her sales.
  const profit = tokens.some((t, i) => (t.f & F_PROFIT) !== 0 && ((tokens[i - 1]?.f ?? 0) & F_NEG) === 0);
  const asks = (a.f & F_QUESTION) !== 0 || a.question || show;
  const moneyNums = a.nums.some((e) => e.rupiah !== null && e.strength > S_PLAIN);
  const profitPeriod = profit && (a.f & F_PERIOD) !== 0 && a.nums.length === 0;
  if (!forced && recapIdx < 0 && !(profit && asks) && !profitPeriod) return null;

  let period: Period | null = null;
  let date: IsoDate | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.f & F_PERIOD) === 0 || t.info?.period === undefined) continue;
    // "2 minggu" is a duration, not "this week".
    if (i > 0 && (tokens[i - 1] as Token).type === T_NUM) continue;
    period = t.info.period;
    const next = tokens[i + 1];
    const past = (t.f2 & G_PAST) !== 0 || (next !== undefined && next.type === T_WORD && (next.f2 & G_PAST) !== 0 && next.key !== 'yang');
    if (past && period === 'week') date = addDays(startOfWeek(a.today), -7);
    else if (past && period === 'month') date = startOfMonth(addDays(startOfMonth(a.today), -1));
    else if (past && period === 'day') date = addDays(a.today, -1);
    break;
  }
  if (period === null || period === 'day') {
    const m = a.dates[0];
    if (m && m.date !== null && m.date !== a.today) {
      period = 'day';
      date = m.date;
    }
  }
  const c = new Confidence(forced ? 0.99 : 0.95);
  if (!forced) {
    const first = firstSignificant(a);
    if (recapIdx < 0) c.cap(profitPeriod && !asks ? 0.7 : 0.85, 'no_recap_word');
    else if (recapIdx !== first) c.cap(0.85);
    if (moneyNums) c.cap(0.6, 'has_amount');
    if (a.wordCount > 10) c.cap(C_PARTIAL, 'long_message');
  }
  const m0 = a.dates[0];
  if (m0 && m0.date === null) c.cap(C_PARTIAL, m0.future ? 'future_date' : 'invalid_date');
  const r: ParseResult = { intent: 'recap', period, confidence: 0 };
  if (date !== undefined) r.date = date;
  return scored(r, c);
}
