/**
 * Several days in one message: "Senin 120rb / Selasa 95rb / Rabu 140rb", "1/12 laku 80rb\n2/12
 * laku 95rb", "kemarin laku 5 bros 75rb, hari ini 3 bros 45rb", "tgl 1: beli kain 200rb; tgl 3:
 * jual 4 mukena @90rb", a week's lines typed on Saturday. Each entry is her books of its own
 * day, so the message is cut where a day opens a line or a clause, and each part is given
 * that day.
 *
 * How it is read (so every check of a record still holds): the message is written again with
 * each day's part on lines of its own and the day words left out, and that text is read once
 * as one record (kinds carry from line to line, a closing "total" line is checked against the
 * lines above it, plans and questions are caught as anywhere). Each entry then goes to the
 * day whose lines hold its first number. Whatever does not fit that shape — money before the
 * first day, an entry that belongs to no day's lines, a reading that is no record — is not
 * guessed at: the caller asks (note "per_day_lines").
 *
 * Days: a weekday is the most recent such day before today, as everywhere in the parser, but
 * in a list of days today's own weekday is today when that makes the days run forward as she
 * wrote them ("Jumat 100rb / Sabtu 80rb" typed on a Saturday; "Sabtu … Minggu … Senin" typed on
 * a Saturday is last week's). A day named twice may be one day
 * written twice: asked. A range ("senin-rabu 300rb", "tgl 1-3 laku 500rb") is one sum over
 * several days (`dayRange`), never split: it is asked as a period's sum.
 */
import { addDays, dayOfWeek, type IsoDate } from '../core/dates.ts';
import { barBefore, type Analysis } from './analyze.ts';
import { lastWeeksDay, previousWeekday, type DateMention } from './dates.ts';
import { lookupWord } from './lexicon.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { M_BULLET } from './marks.ts';
import { S_MONEY } from './amount.ts';
import { CHATTER_WORDS, noTradeAt } from './day-lines.ts';

/** Punctuation that ends a clause before a day: "75rb, hari ini …", "200rb; tgl 3 …", "120rb / Selasa …" (and a "|": analyze.ts bars). */
const CLAUSE_END = new Set([',', ';', '/', '.']);
/** Words that may stand between a clause's end and its day: "…, terus hari ini …", "… dan kemarin …". */
const JOINERS = new Set(['dan', 'terus', 'trus', 'trs', 'lalu', 'lanjut', 'sedangkan', 'sementara', 'kalau', 'klo', 'kalo', 'nah', 'untuk', 'utk']);
/** Joiners that make the clause a condition, not a day of her books. */
const CONDITION = new Set(['kalau', 'klo', 'kalo']);
/** Words of a plan or wish (not a condition: "besok kalau laku …" is no plan of hers to leave out). */
const PLANS = new Set(['mau', 'mo', 'akan', 'rencana', 'rencananya', 'pengen', 'pengin', 'pingin', 'ingin', 'niat', 'niatnya', 'target',
  'targetnya', 'semoga', 'insyaallah']);
/** Punctuation right after a day that belongs to it: "Senin: …", "Senin - …", "Senin = …". */
const AFTER_DAY = new Set([':', '-', '=', '>', ')']);
/** Words between two days that make them one span: "senin sampai rabu", "tgl 1 s/d 3". */
const RANGE_WORDS = new Set(['sampai', 'sampe', 'smp', 'sampei', 'hingga', 'sd', 's/d', 'to', 'until']);
/** Lead words of a closing line that sums or checks the days above ("Total 355rb", "untung 200rb"). */
const SUMMARY_WORDS = new Set(['total', 'totalnya', 'jumlah', 'jumlahnya', 'semua', 'semuanya', 'seluruhnya', 'untung', 'laba',
  'keuntungan', 'sisa', 'sisanya', 'bersih', 'omset', 'omzet', 'pendapatan', 'pemasukan']);
/** Period words of a heading over the days ("Jualan minggu ini:"): the days say which days; dropped from the reading. */
const HEADING_PERIOD = new Set(['minggu ini', 'pekan ini', 'seminggu', 'sepekan', 'mingguan', 'minggu kemarin', 'minggu lalu',
  'pekan lalu', 'bulan ini']);

export interface DayPart {
  /** The day as resolved (null: a future or impossible day). */
  date: IsoDate | null;
  mention: DateMention;
  /** Token range of the part (from its day to the next day or the closing lines). */
  start: number;
  end: number;
}

/** A heading naming last week: "Rekap minggu lalu:", "Laporan pekan kemarin". */
const LAST_WEEK_HEADS = new Set(['minggu lalu', 'minggu kemarin', 'minggu kemaren', 'pekan lalu', 'last week']);

export interface PerDaySplit {
  parts: DayPart[];
  /** The message written again: a heading line, each day's part on lines of its own, closing lines last. */
  text: string;
  /** For each part, the first and last+1 line of `text` it was written on. */
  lines: Array<{ from: number; to: number }>;
  /** Per part: a day with no number and words of chatter ("Selasa libur", "Rabu sepi"): nothing to record, nothing to ask. */
  quiet: boolean[];
  /**
   * Per part: a day still to come with a plan word ("besok mau belanja terigu 200rb"): a plan
   * in its own clause under its own day, left out when another day holds her facts (record-days.ts).
   */
  planned: boolean[];
  /** Two parts name the same day. */
  repeated: boolean;
  /**
   * Days named by their weekday whose dates do not run one way ("Senin … Selasa … Rabu … Kamis"
   * typed on a Wednesday: this Monday and Tuesday, but last Wednesday and Thursday): the list
   * crosses today, so this week's days or last week's is not said — asked ('week_unclear').
   */
  weekUnclear: boolean;
  /** Money before the first day, or no reading possible: ask, do not guess. */
  unclear: boolean;
}

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/**
 * "terus yang kemarin belum dicatat 180rb": "yang" (that of) right before the day, after a joiner
 * or an amount, is part of the joining ("and the one of yesterday"). Elsewhere ("utang yang kemarin")
 * it ties the day to the goods before it, and the day opens nothing.
 */
const THAT_OF = new Set(['yang', 'yg']);

/** Whether token `i` ends an amount that is surely money ("150rb", "seratus lima puluh ribu"). */
function endsMoney(a: Analysis, i: number): boolean {
  const x = a.numIn[i] ?? -1;
  const ex = x === -1 ? undefined : a.nums[x];
  return ex !== undefined && ex.end === i + 1 && ex.strength === S_MONEY;
}

/** Whether the mention opens a line or a clause: only bullets, a clause's end or a joiner before it. */
function opensClause(a: Analysis, m: DateMention): boolean {
  const { tokens } = a;
  let i = m.start - 1;
  const that = i >= 0 && word(tokens[i]) && THAT_OF.has((tokens[i] as Token).key);
  if (that) i--;
  const before = i;
  while (i >= 0 && (word(tokens[i]) && JOINERS.has((tokens[i] as Token).key))) {
    if (CONDITION.has((tokens[i] as Token).key)) return false;
    i--;
  }
  if (that && i === before && !endsMoney(a, i)) return false;
  // Spoken or voice-typed, no punctuation: "kemarin belanja bahan 150rb hari ini laku 230rb",
  // "wingi payu 150rb terus dino iki payu 120rb". A day right after money (or after money and a
  // joiner), with more said after the day, opens the next clause; a day that closes the message
  // or its clause ("laku 50rb hari ini", "laku 50rb kemarin, …") belongs to the clause before.
  const next = tokens[m.end];
  if (i >= 0 && endsMoney(a, i) && next !== undefined && (next.type === T_WORD || next.type === T_NUM)) return true;
  while (i >= 0 && a.marks[i] === M_BULLET) i--;
  // "Senin: +120rb | Selasa: +95rb": the bar before the day (or its joiner) ends the clause.
  if (i < 0 || barBefore(a, i + 1)) return true;
  const t = tokens[i] as Token;
  if (t.type === T_NL) return true;
  if (t.type !== T_PUNCT) return false;
  // "- Kamis: …", "• Jumat …": a bullet at the start of a line.
  if (!CLAUSE_END.has(t.text)) return i === 0 || (tokens[i - 1] as Token).type === T_NL;
  return true;
}

/**
 * The message's days, and "Minggu" opening a line or a clause: alone it is a week more often
 * than Sunday ("rekap minggu"), so dates.ts leaves it, but in a list of days ("Sabtu 100rb /
 * Minggu 80rb") it is Sunday, and left unread its money would go to Saturday.
 */
function withSundays(a: Analysis): DateMention[] {
  const extra: DateMention[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (!word(t) || t.info?.weekday === undefined || a.marks[i] !== 0) continue;
    const m: DateMention = { start: i, end: i + 1, date: previousWeekday(a.today, t.info.weekday), future: false, vague: false };
    if (opensClause(a, m)) extra.push(m);
  }
  return extra.length === 0 ? a.dates : [...a.dates, ...extra].sort((x, y) => x.start - y.start);
}

/** `hide` (made at the first need) with tokens from..to hidden. A module function, not a named closure: see unknown-hints.ts's `has`. */
function hidden(hide: Uint8Array | null, length: number, from: number, to: number): Uint8Array {
  const h = hide ?? new Uint8Array(length);
  h.fill(1, from, to);
  return h;
}

/**
 * "senin-rabu 300rb", "senin sampai rabu", "tgl 1-3", "1 s/d 3 Des": one sum over several days.
 * It is never split into days (how much was each day's is not written): asked as a period's sum.
 * The tokens of the range, or null when there is none (they are no goods and no day of their own).
 */
export function dayRange(a: Analysis): Uint8Array | null {
  const { tokens } = a;
  let hide: Uint8Array | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!word(t) || !t.key.includes('-')) continue;
    const [x, y, ...rest] = t.key.split('-');
    if (rest.length === 0 && x && y && lookupWord(x)?.weekday !== undefined && lookupWord(y)?.weekday !== undefined) hide = hidden(hide, tokens.length, i, i + 1);
  }
  for (let k = 0; k < a.dates.length; k++) {
    const m = a.dates[k] as DateMention;
    const next = tokens[m.end];
    const after = a.dates[k + 1];
    // "tgl 1-3", "tgl 1 - 3 des", "senin - rabu": a day and a second day after a dash.
    if (next?.type === T_PUNCT && next.text === '-') {
      const n = tokens[m.end + 1];
      if (after?.start === m.end + 1) hide = hidden(hide, tokens.length, m.start, after.end);
      else if (n?.type === T_NUM && n.num?.ok === true && n.num.plain && n.num.value.m >= 1 && n.num.value.m <= 31 && n.text.length <= 2) {
        hide = hidden(hide, tokens.length, m.start, m.end + 2);
      }
      continue;
    }
    // "senin sampai rabu", "tgl 1 s/d 3".
    let j = m.end;
    while (j < tokens.length && word(tokens[j]) && RANGE_WORDS.has((tokens[j] as Token).key)) j++;
    if (j === m.end) continue;
    if (after?.start === j) hide = hidden(hide, tokens.length, m.start, after.end);
    else if (tokens[j]?.type === T_NUM && a.numIn[j] !== -1 && (tokens[j] as Token).text.length <= 2) hide = hidden(hide, tokens.length, m.start, j + 1);
  }
  return hide;
}

/** A night named ("tadi malam", "semalam", "mlm"): which day it was depends on when she writes. */
function atNight(said: string): boolean {
  return said.split(/\s+/).some((w) => w === 'malam' || w === 'malem' || w === 'mlm' || w === 'semalam' || w === 'semalem');
}

/** "Senin" on a Saturday is five days back; today's own weekday may be today (see the top). */
function weekdayOf(a: Analysis, m: DateMention): number | null {
  for (let i = m.start; i < m.end; i++) {
    const wd = (a.tokens[i] as Token).info?.weekday;
    if (wd !== undefined) return wd;
  }
  return null;
}

/** Whether a day's part holds nothing but its day (and punctuation). */
function emptyPart(a: Analysis, p: DayPart): boolean {
  for (let i = p.mention.end; i < p.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD || t.type === T_NUM) return false;
  }
  return true;
}

function onlyPunct(tokens: readonly Token[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) if ((tokens[i] as Token).type !== T_PUNCT) return false;
  return true;
}

/** The order of the days as written: 1 ascending, -1 descending, 0 neither (or only one day). */
function order(days: readonly (IsoDate | null)[]): number {
  const known = days.filter((d): d is IsoDate => d !== null);
  let up = true;
  let down = true;
  for (let k = 1; k < known.length; k++) {
    if ((known[k] as IsoDate) <= (known[k - 1] as IsoDate)) up = false;
    if ((known[k] as IsoDate) >= (known[k - 1] as IsoDate)) down = false;
  }
  return known.length < 2 ? 0 : up ? 1 : down ? -1 : 0;
}

/** The text of tokens [s, e), as written (lower-cased), a token written attached staying so. */
export function textOf(tokens: readonly Token[], s: number, e: number, skip?: (i: number) => boolean): string {
  let out = '';
  for (let i = s; i < e; i++) {
    if (skip?.(i)) continue;
    const t = tokens[i] as Token;
    if (t.type === T_NL) {
      out += '\n';
      continue;
    }
    out += `${t.attached || out === '' || out.endsWith('\n') ? '' : ' '}${t.text}`;
  }
  return out;
}

/** Lines of tokens [s, e) as ranges, without empty ones. */
function linesIn(tokens: readonly Token[], s: number, e: number): Array<{ s: number; e: number }> {
  const out: Array<{ s: number; e: number }> = [];
  let from = s;
  for (let i = s; i <= e; i++) {
    if (i === e || (tokens[i] as Token).type === T_NL) {
      if (i > from) out.push({ s: from, e: i });
      from = i + 1;
    }
  }
  return out;
}

/** Whether a line sums or checks the days above it ("Total jualan 3 hari 355rb", "untung 200rb"). */
function summaryLine(tokens: readonly Token[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT) continue;
    return word(t) && SUMMARY_WORDS.has(t.key);
  }
  return false;
}

/**
 * The days of a message of several days, or null when it is not one (fewer than two days open
 * a line or a clause, or a range of days is written).
 */
export function splitPerDay(a: Analysis): PerDaySplit | null {
  const { tokens } = a;
  const mentions = withSundays(a);
  if (mentions.length < 2) return null;
  // A day written twice over ("Senin, 30/11: …", "Senin 30 Nov …") is one label: the mention
  // right after a day, with only punctuation between, joins it (its written date wins).
  const openers: DateMention[] = [];
  let clash = false;
  for (const m of mentions) {
    const prev = openers[openers.length - 1];
    if (prev !== undefined && onlyPunct(tokens, prev.end, m.start)) {
      // The written date says which day; a weekday beside it must be that day's.
      const wd = weekdayOf(a, prev) ?? weekdayOf(a, m);
      const exact = weekdayOf(a, m) === null ? m : prev;
      if (wd !== null && exact.date !== null && dayOfWeek(exact.date) !== wd) clash = true;
      // "Senin, Selasa: 200rb", "1/12, 2/12 laku 200rb": two days, one sum: not split.
      if ((weekdayOf(a, prev) !== null) === (weekdayOf(a, m) !== null) && prev.date !== m.date) clash = true;
      openers[openers.length - 1] = { ...exact, start: prev.start, end: m.end };
      continue;
    }
    if (opensClause(a, m)) openers.push({ ...m });
  }
  // "laku gorengan hari ini 230rb terus yang kemarin 180rb", "mau nyatet bu, wingi aku dodolan
  // payu 150rb terus dino iki payu 120rb": the first day inside the opening clause, with no money
  // and no line before it, is that clause's day; the words before it are its part (`lead`).
  const m0 = mentions[0] as DateMention;
  let lead = false;
  const o0 = openers[0];
  // ("kalau senin laku 100rb, …": a condition opening the message is no day of her books.)
  if (o0 !== undefined && m0.end <= o0.start && !tokens.slice(0, m0.start).some((t, i) => a.numIn[i] !== -1) &&
    !(word(tokens[m0.start - 1]) && CONDITION.has((tokens[m0.start - 1] as Token).key)) &&
    !tokens.slice(0, o0.start).some((t) => t.type === T_NL) && mentions.every((m) => m.start >= o0.start || m.date === m0.date)) {
    openers.unshift({ ...m0 });
    lead = true;
  }
  if (openers.length < 2 || dayRange(a) !== null) return null;
  // The days, with today's own weekday as today when that keeps the order she wrote.
  const past = openers.map((m) => m.date);
  const todays = openers.map((m) => {
    const wd = weekdayOf(a, m);
    return wd !== null && wd === dayOfWeek(a.today) && m.date === addDays(a.today, -7) ? a.today : m.date;
  });
  let dates = todays.some((d, k) => d !== past[k]) && order(todays) === 1 ? todays : past;
  // "Rekap minggu lalu:\nSenin …\nSelasa …": each weekday of the week before this one (typed on a
  // Wednesday, Senin is nine days back, not this Monday). On a Sunday a week counted from Sunday and
  // one counted from Monday name different days: asked.
  const lastWeekHead = tokens.slice(0, (openers[0] as DateMention).start).some((t) => word(t) && LAST_WEEK_HEADS.has(t.key)) &&
    openers.some((m) => weekdayOf(a, m) !== null);
  if (lastWeekHead) {
    dates = openers.map((m, k) => {
      const wd = weekdayOf(a, m);
      return wd === null ? (dates[k] ?? null) : lastWeeksDay(a.today, wd);
    });
  }
  // (A day named twice, "Senin … Senin", is asked as such: day_repeated.)
  const weekUnclear = (lastWeekHead && dayOfWeek(a.today) === 0) ||
    (openers.some((m) => weekdayOf(a, m) !== null) && order(dates) === 0 && new Set(dates).size === dates.length);
  // The parts: from each day to the next; after the last, lines that sum the days close the message.
  const parts: DayPart[] = [];
  let closing = tokens.length;
  const last = openers[openers.length - 1] as DateMention;
  for (const l of linesIn(tokens, last.end, tokens.length)) {
    if (l.s > last.end && (tokens[l.s - 1] as Token).type === T_NL && summaryLine(tokens, l.s, l.e)) {
      closing = l.s;
      break;
    }
  }
  for (let k = 0; k < openers.length; k++) {
    const m = openers[k] as DateMention;
    const end = k + 1 < openers.length ? (openers[k + 1] as DateMention).start : closing;
    parts.push({ date: dates[k] ?? null, mention: m, start: k === 0 && lead ? 0 : m.start, end });
  }
  // "3 Des⏎hari ini jual 150rb", "Senin 30/11⏎kemarin laku …": a first day alone on its line over
  // one other day is the message's heading, not a day of its own: one day's record, read as ever.
  if (parts.length === 2 && emptyPart(a, parts[0] as DayPart)) return null;
  // Before the first day: a heading with no number ("Jualan minggu ini:"), or nothing.
  const first = openers[0] as DateMention;
  let unclear = false;
  for (let i = 0; i < first.start; i++) if (a.numIn[i] !== -1) unclear = true;
  // Tokens left out of the reading: each day and what joins it to the clause before (", dan",
  // "/", "Senin:"), the heading's period words (the days say which days).
  const skip = new Uint8Array(tokens.length);
  for (const m of openers) {
    for (let i = m.start; i < m.end; i++) skip[i] = 1;
    let j = m.end;
    while (j < tokens.length && (tokens[j] as Token).type === T_PUNCT && AFTER_DAY.has((tokens[j] as Token).text)) skip[j++] = 1;
    let b = m.start - 1;
    if (b >= 0 && word(tokens[b]) && THAT_OF.has((tokens[b] as Token).key) && (b === 0 || (word(tokens[b - 1]) && JOINERS.has((tokens[b - 1] as Token).key)) ||
      endsMoney(a, b - 1))) skip[b--] = 1;
    while (b >= 0 && ((word(tokens[b]) && JOINERS.has((tokens[b] as Token).key)) || a.marks[b] === M_BULLET ||
      ((tokens[b] as Token).type === T_PUNCT && (CLAUSE_END.has((tokens[b] as Token).text) || (tokens[b] as Token).text === '-' ||
        (tokens[b] as Token).text === '•')))) skip[b--] = 1;
  }
  for (let i = 0; i < first.start; i++) if (word(tokens[i]) && HEADING_PERIOD.has((tokens[i] as Token).key)) skip[i] = 1;
  const isSkipped = (i: number): boolean => skip[i] === 1;
  const written: string[] = [];
  const heading = lead ? '' : textOf(tokens, 0, first.start, isSkipped).trim();
  if (heading !== '') written.push(...heading.split('\n').filter((l) => l.trim() !== ''));
  const lines: Array<{ from: number; to: number }> = [];
  const quiet: boolean[] = [];
  const planned: boolean[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as DayPart;
    const from = written.length;
    for (const l of textOf(tokens, p.start, p.end, isSkipped).split('\n')) if (l.trim() !== '') written.push(l.trim());
    lines.push({ from, to: written.length });
    let number = false;
    let chatter = false;
    let words = 0;
    let plan = false;
    for (let i = p.start; i < p.end; i++) {
      if (a.numIn[i] !== -1) number = true;
      const t = tokens[i] as Token;
      if (word(t) && skip[i] === 0) {
        words++;
        if (CHATTER_WORDS.has(t.key) || noTradeAt(tokens, i)) chatter = true;
        if (PLANS.has(t.key)) plan = true;
      }
    }
    // With money of its own ("besok mau, …" with none may open a plan over what follows), the
    // plan word right after the day ("besok mau", "lusa rencana"), and no other day inside
    // ("besok mau tgl 17 kemarin laku …" is not one plan).
    const next = tokens[p.mention.end];
    const planFirst = word(next) && PLANS.has(next.key);
    const otherDay = a.dates.some((m) => m.start >= p.mention.end && m.start < p.end);
    planned.push(p.mention.future && plan && number && planFirst && !otherDay);
    // "Selasa libur", "Rabu sepi", "Kamis ga jualan": that day had nothing to record. A day with anything else and no amount is asked.
    quiet.push(!number && chatter && words > 0);
  }
  for (const l of textOf(tokens, closing, tokens.length).split('\n')) if (l.trim() !== '') written.push(l.trim());
  // "Senin 100rb / Senin 100rb": one day sent twice? But today named by two different words ("hari
  // ini laku … terus tadi beli …") is her day told in steps, no day sent twice.
  const seen = new Map<string, string>();
  let repeated = false;
  for (const p of parts) {
    const key = p.date ?? `?${p.mention.start}`;
    const said = textOf(tokens, p.mention.start, p.mention.end).trim().toLowerCase();
    const before = seen.get(key);
    // ("tadi malam" beside "hari ini": last night, said in the morning, is yesterday — still asked.)
    if (before !== undefined && (key !== a.today || before === said || atNight(before) || atNight(said))) repeated = true;
    if (before === undefined) seen.set(key, said);
  }
  return { parts, text: written.join('\n'), lines, quiet, planned, repeated, weekUnclear, unclear: unclear || clash };
}
