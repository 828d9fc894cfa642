/**
 * A record of several days ("Senin 120rb / Selasa 95rb / Rabu 140rb"): the message as
 * per-day.ts wrote it again is read once as a record, and each entry is given the day of the
 * lines its first number stands on. The record's own `date` is the latest of those days.
 *
 * Never a guess about which day: an entry that cannot be placed on a day's lines, money
 * before the first day, a credit sale, or a reading that is no record is asked as before
 * (note "per_day_lines": one message per day). A day named twice ('day_repeated'), a day with
 * no amount ('day_without_amount'), a future, impossible, old or loose day are asked as a
 * yes/no about the whole list, each entry shown on its day.
 */
import { addDays, type IsoDate } from '../../core/dates.ts';
import { analyze, type Analysis } from '../analyze.ts';
import { C_DOUBT, C_GUESS, C_MARKED, C_NOT_FACT, C_PARTIAL, Confidence, round2 } from '../confidence.ts';
import { dayLines, L_CHATTER, PURCHASE_HEADS, SALES_HEADS } from '../day-lines.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { F_EXPENSE, F_PERIOD, F_RECAP, F_REPAY, G_CAPITAL, G_CREDIT, G_HOUSEHOLD, G_LOAN, G_WITHDRAW } from '../word-roles.ts';
import { textOf, type PerDaySplit } from '../per-day.ts';
import type { ParsedEntry, ParseResult } from '../types.ts';
import { OLDEST_DAYS_BACK } from './record.ts';
import { planNote } from '../plan-guard.ts';
import { M_BULLET } from '../marks.ts';

/** Reads a record, telling for each entry read from the text the token of its first number. */
export type RecordReader = (a: Analysis, at: Map<ParsedEntry, number>) => ParseResult | null;

const ASK: ParseResult = { intent: 'unknown', confidence: C_PARTIAL, notes: ['per_day_lines'] };

/**
 * The split with its planned days left out ("besok mau belanja terigu 200rb, hari ini laku
 * 150rb"): a day still to come with a plan word is a plan in a clause of its own, when another
 * day is a real day of hers (today or before). Otherwise the split as it was (the plan read in
 * place is asked, as before).
 */
function withoutPlans(split: PerDaySplit): PerDaySplit {
  const keep = split.parts.map((p, k) => split.planned[k] !== true);
  if (keep.every(Boolean) || !split.parts.some((p, k) => keep[k] === true && p.date !== null)) return split;
  const lines = split.text.split('\n');
  const drop = new Set<number>();
  split.parts.forEach((_, k) => {
    if (keep[k] === true) return;
    const range = split.lines[k] as { from: number; to: number };
    for (let l = range.from; l < range.to; l++) drop.add(l);
  });
  const newIndex: number[] = [];
  const written: string[] = [];
  lines.forEach((l, i) => {
    newIndex[i] = written.length;
    if (!drop.has(i)) written.push(l);
  });
  newIndex[lines.length] = written.length;
  const pick = <T>(xs: readonly T[]): T[] => xs.filter((_, k) => keep[k] === true);
  return { ...split, parts: pick(split.parts), quiet: pick(split.quiet), planned: pick(split.planned),
    lines: pick(split.lines).map((r) => ({ from: newIndex[r.from] as number, to: newIndex[r.to] as number })), text: written.join('\n') };
}

/**
 * Whether the days are her takings by the shape of the list: a heading that recaps ("rekap kue
 * bu:", "laporan minggu ini") and names no purchase, over days that each hold one amount and
 * nothing else ("senin 60rb / selasa 45rb / rabu 70rb"), read as guessed sales and nothing else
 * in doubt. WHY: what a seller recaps day by day with one figure a day is what each day took in;
 * she writes her buying as "belanja". Any word on a day's line (goods, a kind, a note), no
 * heading, or a purchase heading leaves the kind as read.
 */
const TAKINGS_NOTES = new Set(['kind_guessed', 'day_sheet', 'chatter_line', 'subtotal_check', 'profit_check']);
/**
 * Heading words that name a figure other than what the days took in: what was left or cleared
 * ("rekap sisa", "rekap bersih"), goods left with her by others ("titipan"), money or goods taken
 * ("ambilan": out of the till, or on credit). Known words of the home, a tab, a loan, money taken
 * out or put in do the same (their word classes, below).
 */
const NOT_TAKINGS = new Set(['sisa', 'sisanya', 'bersih', 'bersihnya', 'netto', 'net', 'titipan', 'titip', 'nitip', 'ambilan', 'ambil']);
const OTHER_MONEY = G_HOUSEHOLD | G_CREDIT | G_LOAN | G_WITHDRAW | G_CAPITAL;
/** A line's bullet: "- Senin 175rb", "• Selasa 160rb", "* Rabu 90rb". */
const DASH_BULLETS = new Set(['-', '•', '*', '–', '>']);
/** "senin +60rb / selasa -45rb": signed figures are money in and out, not each day's takings. */
const SIGNS = new Set(['-', '+', '−']);

function dayTakings(a: Analysis, split: PerDaySplit, r: ParseResult & { intent: 'record' }, closing: ReadonlySet<ParsedEntry>): boolean {
  // (A chatter line skipped beside the days, "alhamdulillah rame", is no doubt about them; nor a
  // closing total or what is left that agrees with them, "Total 985rb", "sisa 235rb": `subtotal_check`,
  // `profit_check` — one that disagrees is `total_mismatch` and asks.)
  if (!(r.notes ?? []).includes('kind_guessed') || (r.notes ?? []).some((n) => !TAKINGS_NOTES.has(n))) return false;
  // (A closing line of her spending with its own verb, "Belanja bahan seminggu 420rb", is the week's
  // other side: readDays placed it; it does not make the days' figures anything but takings.)
  if (!r.entries.every((e) => closing.has(e) || (e.kind === 'sale' && e.item === null && e.quantity === null))) return false;
  const first = split.parts[0];
  if (first === undefined || split.parts.length < 2) return false;
  let recap = false;
  for (let i = 0; i < first.mention.start; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f & F_EXPENSE) !== 0 || PURCHASE_HEADS.has(t.key) || PURCHASE_HEADS.has(t.text)) return false;
    // "rekap jajan anak:", "laporan piutang:", "rekap bersih:": the days' figures are not what they took in.
    if ((t.f2 & OTHER_MONEY) !== 0 || (t.f & F_REPAY) !== 0 || NOT_TAKINGS.has(t.key)) return false;
    // ("Laporan saminggu:", "Omzet minggu ini:", "Penjualan:": a report or a word of her sales.)
    if ((t.f & F_RECAP) !== 0 || SALES_HEADS.has(t.key)) recap = true;
  }
  if (!recap) return false;
  // Each day's line: its day, then only its amount (and punctuation). Lines below it must be
  // chatter ("alhamdulillah rame", day-lines.ts); goods there ("kue lapis") may be what a day's
  // figure was for, and leave it asked.
  const role = dayLines(a).role;
  // ("Rabu libur", "Selasa tutup": a quiet day, no entry, no doubt.)
  return split.parts.every((p, k) => {
    if (split.quiet[k] === true) return true;
    let amount = false;
    let below = false;
    for (let i = p.mention.end; i < p.end; i++) {
      const t = a.tokens[i] as Token;
      // ("- Senin: 175rb\n- Selasa: 160rb": the next day's bullet is no word of this day.)
      if (a.marks[i] === M_BULLET || (t.type === T_PUNCT && DASH_BULLETS.has(t.text) && a.tokens[i - 1]?.type === T_NL)) continue;
      if (t.type === T_NL && amount) below = true;
      if (below) {
        if (t.type !== T_NL && role[i] !== L_CHATTER) return false;
      } else if (a.numIn[i] !== -1) amount = true;
      else if (t.type === T_WORD || t.type === T_NUM || SIGNS.has(t.text)) return false;
    }
    return amount;
  });
}

/** Whether the line of token `pos` says her spending in words ("belanja", "beli", "bayar", "biaya"): no guessed kind. */
function spendingLine(view: Analysis, lineOf: Int32Array, pos: number): boolean {
  const line = lineOf[pos] as number;
  for (let i = 0; i < view.tokens.length; i++) {
    if (lineOf[i] !== line) continue;
    const t = view.tokens[i] as Token;
    if (t.type === T_WORD && ((t.f & F_EXPENSE) !== 0 || PURCHASE_HEADS.has(t.key))) return true;
  }
  return false;
}

/** A week's words: "seminggu", "minggu ini", "sepekan". */
const WEEK_WORDS = new Set(['seminggu', 'sepekan', 'mingguan', 'minggu ini', 'pekan ini']);

/** Whether every period word of the reading is a week's word on the closing lines (from line `from`). */
function weekOnClosing(view: Analysis, lineOf: Int32Array, from: number): boolean {
  let week = false;
  for (let i = 0; i < view.tokens.length; i++) {
    const t = view.tokens[i] as Token;
    if (t.type !== T_WORD || (t.f & F_PERIOD) === 0 || t.key === 'hari' || t.key === 'minggu') continue;
    if ((lineOf[i] as number) < from || !WEEK_WORDS.has(t.key)) return false;
    week = true;
  }
  return week;
}

export function readDays(a: Analysis, whole: PerDaySplit, read: RecordReader): ParseResult {
  if (whole.unclear) return { ...ASK, notes: ['per_day_lines'] };
  const split = withoutPlans(whole);
  const view = analyze(split.text, a.today, a.truncated);
  const at = new Map<ParsedEntry, number>();
  const r = read(view, at);
  // A plan, a question, money that is not hers: the reading's own answer stands.
  if (r?.intent === 'unknown' && (r.notes ?? []).length > 0) return r;
  if (r?.intent !== 'record' || r.credit !== undefined || r.entries.length === 0) return { ...ASK, notes: ['per_day_lines'] };
  // The line of each token of the text read, and the day's part each line belongs to.
  const lineOf = new Int32Array(view.tokens.length);
  let line = 0;
  for (let i = 0; i < view.tokens.length; i++) {
    lineOf[i] = line;
    if (view.tokens[i]?.type === T_NL) line++;
  }
  const partOf = (l: number): number => split.lines.findIndex((p) => l >= p.from && l < p.to);
  // "…\nSabtu 250rb\nTotal 985rb\nBelanja bahan seminggu 420rb": a closing line below the days of
  // her spending with its own verb (no guess, no other doubt) is the period's spending, booked on
  // the list's last day. Any other entry there (a guessed kind, a sale) belongs to no day: asked.
  const lastLine = split.lines.length > 0 ? (split.lines[split.lines.length - 1] as { to: number }).to : 0;
  const closing = new Set<ParsedEntry>();
  for (const e of r.entries) {
    const pos = at.get(e);
    if (pos !== undefined && (lineOf[pos] as number) >= lastLine && e.kind === 'expense' && spendingLine(view, lineOf, pos)) closing.add(e);
  }
  // ("Belanja bahan seminggu 420rb" there: the week it names is the week of the days above, no
  // period's sum in doubt.)
  const seen = closing.size > 0 && (r.notes ?? []).includes('period_sum') && weekOnClosing(view, lineOf, lastLine)
    ? { ...r, notes: (r.notes ?? []).filter((n) => n !== 'period_sum') } : r;
  // "rekap kue:\nsenin 60rb\nselasa 45rb": each day's lone amount under a recap is that day's takings.
  const takings = dayTakings(a, split, seen, closing);
  const c = new Confidence(takings ? C_MARKED : r.confidence);
  c.notes.push(...(seen.notes ?? []).filter((n) => !takings || n !== 'kind_guessed'));
  const used = new Set<number>();
  const entries: ParsedEntry[] = [];
  const oldest = addDays(a.today, -OLDEST_DAYS_BACK);
  const late: ParsedEntry[] = [];
  for (const e of r.entries) {
    if (closing.has(e)) {
      late.push(e);
      continue;
    }
    const pos = at.get(e);
    const k = pos === undefined ? -1 : partOf(lineOf[pos] as number);
    const part = split.parts[k];
    if (part === undefined) return { ...ASK, notes: ['per_day_lines'] };
    used.add(k);
    let date: IsoDate = a.today;
    if (part.date !== null) date = part.date;
    // As for a single day: a day still to come, or one that does not exist, is asked (and "ya"
    // puts it on today, as there).
    else c.cap(part.mention.future ? C_GUESS : C_NOT_FACT, part.mention.future ? 'future_date' : 'invalid_date');
    if (part.mention.vague) c.cap(0.7, 'vague_date');
    if (date < oldest) c.cap(C_DOUBT, 'old_date');
    entries.push({ ...e, date });
  }
  // A day with something written and no entry ("Selasa laku 5 bros", "Rabu ?"): what was its money?
  for (let k = 0; k < split.parts.length; k++) if (!used.has(k) && split.quiet[k] !== true) c.cap(C_DOUBT, 'day_without_amount');
  if ((r.unresolved ?? []).length > 0) c.cap(C_DOUBT, 'day_without_amount');
  // "Senin 100rb / Senin 100rb": the same day twice may be one day sent twice.
  if (split.repeated) c.cap(C_DOUBT, 'day_repeated');
  // "Senin … Kamis" typed on a Wednesday: the weekdays' dates jump back a week mid-list — asked.
  if (split.weekUnclear) c.cap(C_DOUBT, 'week_unclear');
  if (entries.length === 0) return { ...ASK, notes: ['per_day_lines'] };
  let latest = entries[0]?.date as IsoDate;
  for (const e of entries) if ((e.date as IsoDate) > latest) latest = e.date as IsoDate;
  for (const e of late) entries.push({ ...e, date: latest });
  // "besok mau belanja terigu 200rb, hari ini laku 150rb": the plan under its own day was left out; she is told.
  // (What is left is checked as the plan guard would check a whole message: index.ts lets the
  // guard pass a record that says its plan was left out.)
  if (split !== whole) {
    // The message as she wrote it, day words and all, less the planned days' parts: a plan
    // there ("rabu depan hari ini laku 95rb, …") still asks.
    const planned = whole.parts.filter((_, k) => whole.planned[k] === true);
    const kept = textOf(a.tokens, 0, a.tokens.length, (i) => planned.some((p) => i >= p.start && i < p.end));
    const rest = planNote(analyze(kept, a.today, false));
    if (rest !== null) c.cap(C_NOT_FACT, rest);
    c.notes.push('plan_left_out');
  }
  const out: ParseResult = { intent: 'record', entries, date: latest, confidence: round2(c.value) };
  if (c.notes.length > 0) out.notes = c.notes;
  return out;
}
