/**
 * Date expressions in a message and how they resolve against the member's `today`.
 *
 * The one rule that matters: a date never lands after `today`. Members record what has
 * happened; "17/11" written on 20 November 2026 is this year, written on 10 January it is
 * last year. Anything that would still be in the future (or names no real day, such as
 * 29/02 in a non-leap year) resolves to null and the caller lowers its confidence.
 */
import { addDays, dayOfWeek, makeDate, type IsoDate } from '../core/dates.ts';
import { F_DATE, F_DURATION, F_SCALE, F_UNIT, G_AGO, G_MONTH, G_PAST } from './word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { M_DATE, type Marks } from './marks.ts';
import { dashedLineDays } from './dashed-days.ts';

const NO_DASHED: ReadonlySet<number> = new Set();

// ---- resolution (pure functions of `today`) ---------------------------------------------

function parts(today: IsoDate): [number, number, number] {
  return [Number(today.slice(0, 4)), Number(today.slice(5, 7)), Number(today.slice(8, 10))];
}

/** `days` after today (negative = before). */
export function relativeDay(today: IsoDate, days: number): IsoDate {
  return addDays(today, days);
}

/** The most recent `weekday` (0 = Sunday) strictly before today: on a Friday, "jumat" is a week ago. */
export function previousWeekday(today: IsoDate, weekday: number): IsoDate {
  const back = (dayOfWeek(today) - weekday + 7) % 7 || 7;
  return addDays(today, -back);
}

/**
 * "tgl 18": the 18th of this month if that is not after today, else of last month.
 * If the chosen month has no such day (31 in a 30-day month), the previous month is tried
 * once more only when this month's day would be in the future or missing; otherwise null.
 */
/** Days after today's day of the month within which "tgl N" may be a day to come: asked. */
const NEAR_AHEAD = 10;

export function dayOfMonth(today: IsoDate, day: number): IsoDate | null {
  if (!Number.isInteger(day) || day < 1 || day > 31) return null;
  const [y, m] = parts(today);
  const here = makeDate(y, m, day);
  if (here !== null && here <= today) return here;
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  return makeDate(py, pm, day);
}

/**
 * "17/11", "17 nov": this year if that day exists and is not after today, else last year
 * (if it exists there). With an explicit year, that exact day, or null if it is in the future.
 */
export function dayMonth(today: IsoDate, day: number, month: number, year?: number): IsoDate | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== undefined) {
    const d = makeDate(year, month, day);
    return d !== null && d <= today ? d : null;
  }
  const [y] = parts(today);
  const here = makeDate(y, month, day);
  if (here !== null && here <= today) return here;
  return makeDate(y - 1, month, day);
}

// ---- finding date expressions in tokens --------------------------------------------------

export interface DateMention {
  start: number;
  end: number;
  /** Resolved day, or null when it names no real past day. */
  date: IsoDate | null;
  /** Written as a future day ("besok", an explicit future date). */
  future: boolean;
  /** Loose wording ("semalam", "2 minggu lalu"): resolved, but worth confirming. */
  vague: boolean;
}

function plainInt(t: Token | undefined): number | null {
  if (!t || t.type !== T_NUM || !t.num || !t.num.ok || !t.num.plain) return null;
  return t.num.value.m;
}

function isWord(t: Token | undefined, key: string): boolean {
  return t !== undefined && t.type === T_WORD && t.key === key;
}

function isPunct(t: Token | undefined, p: string, attached = true): boolean {
  return t !== undefined && t.type === T_PUNCT && t.text === p && (!attached || t.attached);
}

function year(n: number, digits: number): number | null {
  if (digits === 4 && n >= 1900 && n <= 2200) return n;
  if (digits === 2) return 2000 + n;
  return null;
}

/**
 * Day + month starting at token i ("17/11", "17/11/2026", "17-11-2026", "17 nov", "17 november
 * 2025", "17.11.2026"). Returns the end index and the resolved day, or null if no match.
 */
function dayMonthAt(tokens: Token[], i: number, today: IsoDate): { end: number; date: IsoDate | null } | null {
  const t = tokens[i];
  if (!t || t.type !== T_NUM || !t.num) return null;
  // "17.11.2026": the lexer keeps it as one number token (the numeral is malformed).
  if (!t.num.ok || t.num.decimal || t.num.grouped) {
    const bits = t.text.split('.');
    if (bits.length === 3 && t.text.indexOf(',') < 0) {
      const [a, b, c] = bits as [string, string, string];
      const y = year(Number(c), c.length);
      if (a.length <= 2 && b.length <= 2 && y !== null) {
        return { end: i + 1, date: dayMonth(today, Number(a), Number(b), y) };
      }
    }
    return null;
  }
  const d = plainInt(t);
  if (d === null || d < 1 || d > 31 || t.text.length > 2) return null;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  // 17/11 or 17-11-2026 (a lone "17-11" is more often a range than a date).
  if (a && a.type === T_PUNCT && (a.text === '/' || a.text === '-') && a.attached && b && b.attached) {
    const m = plainInt(b);
    if (m !== null && m >= 1 && m <= 12 && b.text.length <= 2) {
      const after = tokens[i + 3];
      // "1/2 kg" is half a kilo, not 1 February.
      if (a.text === '/' && after && after.type === T_WORD && (after.f & (F_UNIT | F_SCALE)) !== 0) return null;
      const ySep = tokens[i + 3];
      const yTok = tokens[i + 4];
      if (ySep && isPunct(ySep, a.text) && yTok && yTok.attached) {
        const y = plainInt(yTok);
        const yy = y === null ? null : year(y, yTok.text.length);
        if (yy !== null) return { end: i + 5, date: dayMonth(today, d, m, yy) };
      }
      if (a.text === '/') return { end: i + 3, date: dayMonth(today, d, m) };
    }
    return null;
  }
  // 17 nov [2026]
  if (a && a.type === T_WORD && (a.f2 & G_MONTH) !== 0 && a.info?.month !== undefined) {
    const yTok = tokens[i + 2];
    const y = plainInt(yTok);
    const yy = y === null || !yTok ? null : year(y, yTok.text.length === 4 ? 4 : 0);
    if (yy !== null) return { end: i + 3, date: dayMonth(today, d, a.info.month, yy) };
    return { end: i + 2, date: dayMonth(today, d, a.info.month) };
  }
  return null;
}

/**
 * Finds every date expression, marks its tokens as M_DATE (so none of its numbers can
 * become money) and returns the mentions in order.
 */
export function findDates(tokens: Token[], marks: Marks, today: IsoDate): DateMention[] {
  const out: DateMention[] = [];
  /** The weekday mentions and the day of the week each names, for sameDayNamedTwice below. */
  let weekdays: Map<DateMention, number> | undefined;
  /** The notebook days "5-12 …" opening lines, found at the first number that is no other date. */
  let dashed: ReadonlySet<number> | undefined;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (marks[i] !== 0) continue;
    const t = tokens[i] as Token;
    if (t.type === T_NL) continue;
    let m: DateMention | null = null;
    if (t.type === T_WORD) {
      if (t.key === 'tanggal') {
        // tgl 18 / tgl. 18 / tanggal 18 nov / tgl 18/11
        let j = i + 1;
        while (isPunct(tokens[j], '.', false) || isPunct(tokens[j], ':', false)) j++;
        const dm = dayMonthAt(tokens, j, today);
        if (dm) m = { start: i, end: dm.end, date: dm.date, future: false, vague: false };
        else {
          const d = plainInt(tokens[j]);
          if (d !== null && d >= 1 && d <= 31 && (tokens[j] as Token).text.length <= 2) {
            // "tgl 25" on the 20th: last month's 25th, or a bill due in five days? A day just
            // ahead of today is resolved to last month but confirmed with the day shown.
            const ahead = d - Number(today.slice(8, 10));
            m = { start: i, end: j + 1, date: dayOfMonth(today, d), future: false, vague: ahead > 0 && ahead <= NEAR_AHEAD };
          }
        }
      } else if ((t.f2 & G_MONTH) !== 0 && t.info?.month !== undefined && t.key.length >= 3) {
        // "nov 17" / "november 17, 2026" (English order). The number must not be money.
        const d = plainInt(tokens[i + 1]);
        const after = tokens[i + 2];
        if (d !== null && d >= 1 && d <= 31 && !(after && after.type === T_WORD && (after.f & (F_SCALE | F_UNIT)) !== 0)) {
          m = { start: i, end: i + 2, date: dayMonth(today, d, t.info.month), future: false, vague: false };
        }
      } else if ((t.f & F_DATE) !== 0 && t.info?.relDays !== undefined) {
        const rel = t.info.relDays;
        // "wingi sabtu", "kemarin hari sabtu", "kamari Saptu": the weekday just past, one day — not
        // yesterday and a Saturday beside it (weekdayAt takes the yesterday word in).
        const day = rel === -1 ? weekdayAfterYesterday(tokens, i, today) : null;
        if (day !== null) {
          m = day;
          (weekdays ??= new Map()).set(m, (tokens[m.end - 1] as Token).info?.weekday as number);
        } else {
          const vague = t.key === 'semalam';
          m = { start: i, end: i + 1, date: rel > 0 ? null : relativeDay(today, rel), future: rel > 0, vague };
        }
      } else if (t.info?.weekday !== undefined) {
        m = weekdayAt(tokens, i, today);
        if (m !== null) (weekdays ??= new Map()).set(m, t.info.weekday);
      } else if (t.key === 'seminggu' && agoAt(tokens, i + 1) > 0) {
        m = { start: i, end: agoAt(tokens, i + 1), date: relativeDay(today, -7), future: false, vague: false };
      }
    } else if (t.type === T_NUM) {
      const dm = dayMonthAt(tokens, i, today);
      if (dm) m = { start: i, end: dm.end, date: dm.date, future: false, vague: false };
      // "5-12 laku 250rb\n6-12 laku 310rb": a notebook's days opening its lines (dashed-days.ts).
      else if ((dashed ??= dashedLineDays(tokens) ?? NO_DASHED).has(i)) {
        m = { start: i, end: i + 3, date: dayMonth(today, plainInt(t) as number, plainInt(tokens[i + 2]) as number), future: false, vague: false };
      }
      else {
        // ISO 2026-11-18
        const y = plainInt(t);
        if (y !== null && t.text.length === 4 && isPunct(tokens[i + 1], '-') && isPunct(tokens[i + 3], '-')) {
          const mo = plainInt(tokens[i + 2]);
          const d = plainInt(tokens[i + 4]);
          // ("0812-3456-7890", "1234-01-000123": a phone or an account, no year-month-day.)
          if (mo !== null && d !== null && (tokens[i + 2] as Token).attached && (tokens[i + 4] as Token).attached && t.text.charCodeAt(0) !== 48 &&
            (tokens[i + 2] as Token).text.length <= 2 && (tokens[i + 4] as Token).text.length <= 2) {
            m = { start: i, end: i + 5, date: dayMonth(today, d, mo, y), future: false, vague: false };
          }
        }
        // "3 hari lalu", "2 hari yang lalu", "2 minggu lalu"
        const next = tokens[i + 1];
        if (!m && y !== null && next && next.type === T_WORD && (next.f & F_DURATION) !== 0) {
          const end = agoAt(tokens, i + 2);
          if (end > 0 && y <= 366) {
            const unit = next.key === 'minggu' || next.key === 'pekan' || next.key === 'week' || next.key === 'weeks' ? 7
              : next.key === 'hari' || next.key === 'days' || next.key === 'day' ? 1 : 0;
            if (unit > 0) m = { start: i, end, date: relativeDay(today, -y * unit), future: false, vague: unit === 7 };
          }
        }
      }
    }
    if (t.type === T_WORD && t.key === 'hari' && !m) {
      // "hari minggu kmrn": last Sunday ("minggu kemarin" alone is last week, merged by the lexer).
      const next = tokens[i + 1];
      if (next && next.type === T_WORD && SUNDAY_PAST.has(next.key) && marks[i + 1] === 0) {
        m = { start: i, end: i + 2, date: previousWeekday(today, 0), future: false, vague: false };
      }
    }
    if (m && m.date !== null && m.date < today && m.end - m.start >= 2) {
      // "tgl 28 kmrn", "tanggal 2 kemarin": the word says the day just past, it is no second day.
      const next = tokens[m.end];
      if (next && next.type === T_WORD && marks[m.end] === 0 && (next.key === 'kemarin' || next.key === 'lalu')) m.end++;
    }
    if (m) {
      for (let k = m.start; k < m.end; k++) marks[k] = M_DATE;
      out.push(m);
      i = m.end - 1;
    }
  }
  return weekdays === undefined ? out : sameDayNamedTwice(tokens, out, weekdays, today);
}

/**
 * "CATATAN SENIN 7/12", "Senin, 7 Des", "7/12 (senin)": a weekday beside a date that falls on
 * that weekday names one day, the date's — not last week's Monday beside today. The two become
 * one mention. A weekday that disagrees with the date beside it stays two days (`several_dates`).
 */
function sameDayNamedTwice(tokens: readonly Token[], out: DateMention[], weekdays: ReadonlyMap<DateMention, number>, today: IsoDate): DateMention[] {
  for (let k = out.length - 2; k >= 0; k--) {
    const p = out[k] as DateMention;
    const q = out[k + 1] as DateMention;
    const wd = weekdays.get(p) ?? weekdays.get(q);
    if (wd === undefined || weekdays.has(p) === weekdays.has(q)) continue;
    const dated = weekdays.has(p) ? q : p;
    if (dated.date === null || !onlyJoinersBetween(tokens, p.end, q.start)) continue;
    // "tadi malam (Senin)", "semalam, senin": last night, with yesterday's weekday — yesterday, one day.
    const yesterday = addDays(today, -1);
    if (dated === p && NIGHT.has((tokens[p.start] as Token).key) && dayOfWeek(yesterday) === wd) {
      out.splice(k, 2, { start: p.start, end: q.end, date: yesterday, future: false, vague: false });
      continue;
    }
    if (dayOfWeek(dated.date) !== wd) continue;
    out.splice(k, 2, { start: p.start, end: q.end, date: dated.date, future: dated.future, vague: dated.vague });
  }
  return out;
}
/** Last night: "tadi malam" (one token, phrases.ts), "semalam". */
const NIGHT = new Set(['tadi malam', 'semalam']);

/** Nothing but a comma, dash or bracket between two mentions ("senin, 7/12", "7/12 (senin)"). */
function onlyJoinersBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_PUNCT || !(t.text === ',' || t.text === '-' || t.text === '(' || t.text === ')')) return false;
  }
  return true;
}

/** "minggu kemarin" / "minggu lalu" after "hari": last Sunday. */
const SUNDAY_PAST = new Set(['minggu lalu', 'minggu kemarin', 'minggu kemaren']);

/** Index after "lalu" / "yang lalu" / "ago" starting at i, or -1. */
function agoAt(tokens: Token[], i: number): number {
  let j = i;
  if (isWord(tokens[j], 'yang')) j++;
  const t = tokens[j];
  return t && t.type === T_WORD && (t.f2 & G_AGO) !== 0 ? j + 1 : -1;
}

/** Words for "day" before a weekday: Indonesian "hari", Javanese "dino"/"dina", krama "dinten", Sundanese "poe". */
const DAY_WORDS = new Set(['hari', 'dino', 'dina', 'dinten', 'poe']);

/**
 * A yesterday word (kemarin, kemaren, wingi, kamari, semalam) at i right before a weekday, with
 * "hari"/"dino"/"dinten"/"poe" between or not: "wingi sabtu", "kemarin hari kamis". The mention runs
 * from the yesterday word through the weekday and names the weekday's most recent day. Null when no
 * weekday follows ("kemarin laku 50rb") or the weekday is one ahead ("kemarin jumat depan").
 */
function weekdayAfterYesterday(tokens: Token[], i: number, today: IsoDate): DateMention | null {
  let j = i + 1;
  const dayWord = tokens[j];
  if (dayWord !== undefined && dayWord.type === T_WORD && DAY_WORDS.has(dayWord.key)) j++;
  const w = tokens[j];
  if (w === undefined || w.type !== T_WORD || w.info?.weekday === undefined) return null;
  // ("kemarin minggu" is last week as often as Sunday: Sunday only with a day word, as weekdayAt reads it.)
  if (w.key === 'minggu' && j === i + 1) return null;
  // ("kemarin sabtu" typed on a Saturday: yesterday was Friday — last Saturday, or a slip? Left to
  // the two dates' question, as before.)
  if (w.info?.weekday === dayOfWeek(today)) return null;
  const m = weekdayAt(tokens, j, today);
  if (m === null) return null;
  return { start: i, end: m.end, date: m.date, future: false, vague: false };
}

/** After a weekday: the one ahead ("rabu depan", "jumat nanti", "kamis besok"). */
const AHEAD = new Set(['depan', 'nanti', 'ntar', 'besok', 'besuk', 'mendatang', 'ngarep', 'ngajeng']);

/**
 * A weekday name: "senin", "rabu kemarin", "hari kamis", "last monday". "minggu" alone is a
 * week far more often than Sunday ("rekap minggu", "2 minggu"), so it is Sunday only after
 * "hari" ("hari minggu") — "ahad" or "sunday" always are.
 */
function weekdayAt(tokens: Token[], i: number, today: IsoDate): DateMention | null {
  const t = tokens[i] as Token;
  const wd = t.info?.weekday;
  if (wd === undefined) return null;
  const prev = tokens[i - 1];
  const hasHari = prev !== undefined && prev.type === T_WORD && DAY_WORDS.has(prev.key);
  if (t.key === 'minggu' && !hasHari) return null;
  let start = hasHari || (prev !== undefined && prev.type === T_WORD && prev.key === 'last') ? i - 1 : i;
  let end = i + 1;
  const next = tokens[end];
  if (start < 0) start = 0;
  // "rabu depan", "jumat nanti", "hari sabtu besok": a day ahead, never last week's. Not a
  // day of the money: before the amount it makes the message a plan (plan-guard.ts), after it
  // it says when she is paid or delivers ("bayar jumat depan"), as "minggu depan" does.
  if (next && next.type === T_WORD && AHEAD.has(next.key)) return null;
  // "sabtu kemarin", "Saptu kamari", "setu wingi", "sabtu lalu": the weekday just past, one day.
  if (next && next.type === T_WORD && (((next.f2 & G_PAST) !== 0 && next.key !== 'yang') || next.info?.relDays === -1)) end++;
  // "senin minggu lalu", "minggu kemarin hari rabu", "pekan lalu senin": that weekday of last week.
  const after = lastWeekAt(tokens, i + 1);
  const before = after === 0 ? lastWeekBefore(tokens, start) : 0;
  if (after > 0 || before > 0) {
    end = Math.max(end, i + 1 + after);
    start -= before;
    const date = lastWeeksDay(today, wd);
    // (On a Sunday a week begun on Sunday and one begun on Monday name different days: asked.)
    return { start, end, date, future: false, vague: dayOfWeek(today) === 0 && date !== previousWeekday(today, wd) };
  }
  return { start, end, date: previousWeekday(today, wd), future: false, vague: false };
}

/** "minggu lalu" (one token, phrases.ts), "minggu wingi" (a week word, then a past word) at i: how many tokens, or 0. */
function lastWeekAt(tokens: Token[], i: number): number {
  const w = tokens[i];
  if (w === undefined || w.type !== T_WORD) return 0;
  if (LAST_WEEK.has(w.key)) return 1;
  const p = tokens[i + 1];
  return (w.key === 'minggu' || w.key === 'pekan') && p !== undefined && p.type === T_WORD && ((p.f2 & G_PAST) !== 0 || p.info?.relDays === -1) &&
    p.key !== 'yang' ? 2 : 0;
}

/** The same, ending right before `start`: "minggu lalu senin", "minggu wingi hari rebo". */
function lastWeekBefore(tokens: Token[], start: number): number {
  if (start >= 1 && lastWeekAt(tokens, start - 1) === 1) return 1;
  return start >= 2 && lastWeekAt(tokens, start - 2) === 2 ? 2 : 0;
}
const LAST_WEEK = new Set(['minggu lalu', 'minggu kemarin', 'minggu kemaren', 'pekan lalu', 'last week']);

/** The weekday `wd` of the week before this one (weeks from Monday): "senin minggu lalu" on a Wednesday is nine days back. */
export function lastWeeksDay(today: IsoDate, wd: number): IsoDate {
  const monday = addDays(today, -((dayOfWeek(today) + 6) % 7));
  return addDays(monday, -7 + ((wd + 6) % 7));
}

// ---- due dates: the next such day on or after today ----------------------------------------

/** "15 Des" for an order: this year if not before today, else next year. */
export function nextDayMonth(today: IsoDate, day: number, month: number, year?: number): IsoDate | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== undefined) {
    const d = makeDate(year, month, day);
    return d !== null && d >= today ? d : null;
  }
  const [y] = parts(today);
  const here = makeDate(y, month, day);
  if (here !== null && here >= today) return here;
  return makeDate(y + 1, month, day);
}

/** "tgl 15" for an order: this month if not before today, else next month. */
export function nextDayOfMonth(today: IsoDate, day: number): IsoDate | null {
  if (!Number.isInteger(day) || day < 1 || day > 31) return null;
  const [y, m] = parts(today);
  const here = makeDate(y, m, day);
  if (here !== null && here >= today) return here;
  return makeDate(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, day);
}

/** The next `weekday` strictly after today ("jumat" said on a Friday is a week ahead). */
export function nextWeekday(today: IsoDate, weekday: number): IsoDate {
  const ahead = (weekday - dayOfWeek(today) + 7) % 7 || 7;
  return addDays(today, ahead);
}

/**
 * A date written at token i read as a due date, never before today: "15 des", "15/12",
 * "tgl 15", "besok", "lusa", "minggu depan", "jumat", "hari sabtu", "3 hari lagi",
 * "hari ini". Returns the resolved day and the index after the expression, or null.
 */
export function dueDateAt(tokens: Token[], i: number, today: IsoDate): { date: IsoDate | null; end: number } | null {
  const t = tokens[i];
  if (!t) return null;
  const next = tokens[i + 1];
  if (t.type === T_WORD) {
    if (t.key === 'tanggal') {
      let j = i + 1;
      while (isPunct(tokens[j], '.', false) || isPunct(tokens[j], ':', false)) j++;
      const dm = dueDateAt(tokens, j, today);
      if (dm && tokens[j]?.type === T_NUM) return dm;
      const d = plainInt(tokens[j]);
      if (d !== null && d >= 1 && d <= 31 && (tokens[j] as Token).text.length <= 2) return { date: nextDayOfMonth(today, d), end: j + 1 };
      return null;
    }
    if (t.key === 'hari ini') return { date: today, end: i + 1 };
    if ((t.f & F_DATE) !== 0 && t.info?.relDays !== undefined && t.info.relDays > 0) {
      return { date: addDays(today, t.info.relDays), end: i + 1 };
    }
    if ((t.key === 'minggu' || t.key === 'pekan' || t.key === 'bulan') && isWord(next, 'depan')) {
      return { date: addDays(today, t.key === 'bulan' ? 30 : 7), end: i + 2 };
    }
    if (t.key === 'hari' && next && next.type === T_WORD && next.info?.weekday !== undefined) {
      return { date: nextWeekday(today, next.info.weekday), end: isWord(tokens[i + 2], 'depan') ? i + 3 : i + 2 };
    }
    if (t.info?.weekday !== undefined && t.key !== 'minggu') {
      return { date: nextWeekday(today, t.info.weekday), end: isWord(next, 'depan') ? i + 2 : i + 1 };
    }
    if ((t.f2 & G_MONTH) !== 0 && t.info?.month !== undefined && t.key.length >= 3) {
      const d = plainInt(next);
      if (d !== null && d >= 1 && d <= 31) return { date: nextDayMonth(today, d, t.info.month), end: i + 2 };
    }
    return null;
  }
  if (t.type !== T_NUM) return null;
  const n = plainInt(t);
  // "3 hari lagi", "2 minggu lagi"
  if (n !== null && n >= 1 && n <= 366 && next && next.type === T_WORD && isWord(tokens[i + 2], 'lagi')) {
    const unit = next.key === 'hari' ? 1 : next.key === 'minggu' || next.key === 'pekan' ? 7 : 0;
    if (unit > 0) return { date: addDays(today, n * unit), end: i + 3 };
  }
  if (n === null || n < 1 || n > 31 || t.text.length > 2) return null;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  if (a && a.type === T_PUNCT && (a.text === '/' || a.text === '-') && a.attached && b && b.attached) {
    const m = plainInt(b);
    if (m === null || m < 1 || m > 12 || b.text.length > 2) return null;
    const ySep = tokens[i + 3];
    const yTok = tokens[i + 4];
    if (ySep && isPunct(ySep, a.text) && yTok && yTok.attached) {
      const y = plainInt(yTok);
      const yy = y === null ? null : year(y, yTok.text.length);
      if (yy !== null) return { date: nextDayMonth(today, n, m, yy), end: i + 5 };
    }
    return a.text === '/' ? { date: nextDayMonth(today, n, m), end: i + 3 } : null;
  }
  if (a && a.type === T_WORD && (a.f2 & G_MONTH) !== 0 && a.info?.month !== undefined) {
    const yTok = tokens[i + 2];
    const y = plainInt(yTok);
    const yy = y === null || !yTok ? null : year(y, yTok.text.length === 4 ? 4 : 0);
    if (yy !== null) return { date: nextDayMonth(today, n, a.info.month, yy), end: i + 3 };
    return { date: nextDayMonth(today, n, a.info.month), end: i + 2 };
  }
  return null;
}
