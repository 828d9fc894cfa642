/**
 * The intents other than `record`: report, lead_interest, recap, undo, help. Each detector
 * looks at the analysed message and returns a result or null; index.ts decides the order.
 *
 * They are deliberately strict about what surrounds their keyword: "minat" at the start
 * of a short reply is an answer to a lead, "minat" in the middle of a chat is a question
 * for a human; "salah" alone is "undo that", "jangan salah paham" is not.
 */
import { addDays, startOfMonth, startOfWeek, type IsoDate } from '../core/dates.ts';
import { firstSignificant, isSoft, type Analysis } from './analyze.ts';
import { S_MONEY, S_PLAIN, type NumExpr } from './amount.ts';
import { C_PARTIAL, Confidence } from './confidence.ts';
import {
  F_EXPENSE, F_HELP, F_HELP_WEAK, F_LEAD, F_LEAD_WEAK, F_NEG, F_PERIOD, F_PROFIT, F_QUESTION, F_RECAP,
  F_REP_ASSET, F_REP_EMPLOYEE, F_REP_TURNOVER, F_SALE, F_UNDO, G_CONJ, G_PAST, type Period,
} from './lexicon.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { ParseResult } from './types.ts';

function exAt(a: Analysis, i: number): NumExpr | null {
  const k = a.numIn[i];
  return k === undefined || k < 0 ? null : (a.nums[k] as NumExpr);
}

function withNotes<T extends ParseResult>(r: T, c: Confidence): T {
  r.confidence = Math.round(c.value * 100) / 100;
  if (c.notes.length > 0) r.notes = c.notes;
  return r;
}

// ---- report: "aset 3jt omset 2jt karyawan 0" ------------------------------------------------

const REPORT_FIELDS = F_REP_ASSET | F_REP_TURNOVER | F_REP_EMPLOYEE;

/** The value written after a report keyword, skipping fillers and ":"; stops at the next keyword. */
function reportValue(a: Analysis, i: number, employees: boolean): number | null {
  const { tokens } = a;
  for (let j = i + 1, steps = 0; j < tokens.length && steps < 5; j++, steps++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) return null;
    const ex = exAt(a, j);
    if (ex) {
      if (ex.value === null || ex.value.s !== 0) return null;
      if (employees) return ex.strength === S_MONEY || ex.value.m > 100_000 ? null : ex.value.m;
      return ex.rupiah ?? (ex.value.m === 0 ? 0 : null);
    }
    if (t.type === T_PUNCT) continue;
    if (t.type === T_NUM) return null; // a marked number (date, time…) is not the value
    if ((t.f & REPORT_FIELDS) !== 0) return null;
    // "karyawan tidak ada", "belum ada karyawan" → 0
    if (employees && ((t.f & F_NEG) !== 0 || t.key === 'nol' || t.key === 'none' || t.key === 'kosong')) return 0;
    if (!isSoft(t) && t.key !== 'usaha' && t.key !== 'saya' && t.key !== 'ada') return null;
  }
  return null;
}

/** "2 karyawan", "2 orang karyawan", "tidak ada karyawan". */
function countBefore(a: Analysis, i: number): number | null {
  const { tokens } = a;
  let j = i - 1;
  if (j >= 0 && (tokens[j] as Token).key === 'orang') j--;
  const ex = j >= 0 ? exAt(a, j) : null;
  if (ex && ex.value && ex.value.s === 0 && ex.strength !== S_MONEY && ex.value.m <= 100_000) return ex.value.m;
  const t1 = tokens[i - 1];
  const t2 = tokens[i - 2];
  if (t1?.key === 'ada' && t2 && (t2.f & F_NEG) !== 0) return 0;
  return null;
}

export function detectReport(a: Analysis): ParseResult | null {
  if ((a.f & (F_REP_ASSET | F_REP_EMPLOYEE)) === 0) return null;
  let assets: number | null = null;
  let turnover: number | null = null;
  let employees: number | null = null;
  let keys = 0;
  let found = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || (t.f & REPORT_FIELDS) === 0) continue;
    keys++;
    if ((t.f & F_REP_ASSET) !== 0) {
      const v = reportValue(a, i, false);
      if (v !== null && assets === null) assets = v;
      if (v !== null) found++;
    } else if ((t.f & F_REP_EMPLOYEE) !== 0) {
      const v = reportValue(a, i, true) ?? countBefore(a, i);
      if (v !== null && employees === null) employees = v;
      if (v !== null) found++;
    } else {
      const v = reportValue(a, i, false);
      if (v !== null && turnover === null) turnover = v;
      if (v !== null) found++;
    }
  }
  if (found === 0) return null;
  const c = new Confidence(0.95);
  if (found < keys) c.cap(0.6, 'report_field_missing');
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  return withNotes({ intent: 'report', assets, turnover, employees, confidence: 0 }, c);
}

// ---- lead interest: "minat 20", "minat P12 50", "saya bisa 30 pcs", "sanggup 40" ------------

const INSTRUCTION_WORDS = new Set(['jawab', 'balas', 'ketik', 'kirim', 'reply', 'silakan', 'silahkan', 'format']);

/** Lead codes are 1–3 letters glued to 1–5 digits ("P12", "L7"), not keywords. */
function leadCode(a: Analysis): { code: string; numToken: number } | null {
  const { tokens } = a;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (t.type === T_WORD && t.info === null && t.text.length <= 3 && /^[a-z]+$/.test(t.text) &&
      n.type === T_NUM && n.attached && n.num?.plain && n.text.length <= 5) {
      const after = tokens[i + 2];
      if (after && after.attached && (after.type === T_WORD || after.type === T_NUM)) continue;
      return { code: (t.text + n.text).toUpperCase(), numToken: i + 1 };
    }
  }
  return null;
}

function leadQuantity(a: Analysis, from: number, skipToken: number): { qty: number | null; moneyOnly: boolean } {
  let moneyOnly = false;
  for (const ex of a.nums) {
    if (ex.start < from || (skipToken >= ex.start && skipToken < ex.end)) continue;
    if (ex.value === null || ex.value.s !== 0) continue;
    if (ex.strength === S_MONEY) {
      moneyOnly = true;
      continue;
    }
    if (ex.value.m >= 1 && ex.value.m <= 1_000_000) return { qty: ex.value.m, moneyOnly: false };
  }
  return { qty: null, moneyOnly };
}

export function detectLead(a: Analysis): ParseResult | null {
  const { tokens } = a;
  let idx = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (((tokens[i] as Token).f & F_LEAD) !== 0) {
      idx = i;
      break;
    }
  }
  const hasVerbMoney = (a.f & (F_SALE | F_EXPENSE)) !== 0 && a.nums.some((e) => e.strength === S_MONEY && e.rupiah !== null);
  if (idx >= 0) {
    if (hasVerbMoney) return null;
    const before = tokens[idx - 1];
    if (before && before.type === T_WORD && (before.f & F_NEG) !== 0) return null; // "tidak minat"
    const code = leadCode(a);
    const { qty, moneyOnly } = leadQuantity(a, 0, code ? code.numToken : -1);
    const c = new Confidence(0.95);
    const first = firstSignificant(a);
    if (first !== idx && !(code && first === code.numToken - 1)) {
      // "minat" after other words: still a lead answer only if what precedes is short.
      c.cap(idx <= 3 ? 0.8 : 0.6, 'lead_word_not_first');
    }
    if (moneyOnly && qty === null) c.cap(C_PARTIAL, 'amount_not_quantity');
    // "yang minat silakan jawab MINAT 50": the facilitator's instructions, not an answer.
    if (tokens.some((t) => INSTRUCTION_WORDS.has(t.key))) c.cap(C_PARTIAL, 'instructions');
    if (a.question) c.cap(C_PARTIAL, 'question');
    if (a.wordCount > 12) c.cap(C_PARTIAL, 'long_message');
    return withNotes({ intent: 'lead_interest', quantity: qty, leadCode: code ? code.code : null, confidence: 0 }, c);
  }
  // Weak lead words need a plain number right after them ("sanggup 40", "bisa 30 pcs").
  if ((a.f & F_LEAD_WEAK) === 0 || (a.f & (F_SALE | F_EXPENSE)) !== 0) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.f & F_LEAD_WEAK) === 0) continue;
    const ex = exAt(a, i + 1) ?? exAt(a, i + 2);
    if (ex && ex.strength === S_PLAIN && ex.value && ex.value.s === 0 && ex.value.m >= 1 && ex.value.m <= 1_000_000) {
      const c = new Confidence(0.85);
      if (firstSignificant(a) < i - 2) c.cap(0.6, 'lead_word_not_first');
      if (a.question) c.cap(C_PARTIAL, 'question');
      const code = leadCode(a);
      return withNotes({ intent: 'lead_interest', quantity: ex.value.m, leadCode: code ? code.code : null, confidence: 0 }, c);
    }
    // "sanggup" alone answers a lead; "siap" / "bisa" alone are everyday acknowledgements.
    if (t.key === 'sanggup' && a.nums.length === 0 && a.wordCount <= 3 && !a.question) {
      const c = new Confidence(0.6);
      c.cap(0.6, 'no_quantity');
      return withNotes({ intent: 'lead_interest', quantity: null, leadCode: null, confidence: 0 }, c);
    }
  }
  return null;
}

// ---- recap: "rekap minggu ini", "berapa untung hari ini", "/rekap" ----------------------------

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
  const profit = (a.f & F_PROFIT) !== 0;
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
  return withNotes(r, c);
}

// ---- undo: "batal", "hapus yang tadi", "salah", "/undo" ------------------------------------

export function detectUndo(a: Analysis, leadingOnly: boolean): ParseResult | null {
  const { tokens } = a;
  let idx = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (((tokens[i] as Token).f & F_UNDO) !== 0 && a.marks[i] === 0) {
      idx = i;
      break;
    }
  }
  if (idx < 0) return null;
  const first = firstSignificant(a);
  if (leadingOnly && idx !== first) return null;
  const t = tokens[idx] as Token;
  const before = tokens[idx - 1];
  if (before && before.type === T_WORD && (before.f & F_NEG) !== 0 && t.key !== 'jadi') return null; // "jangan salah paham"
  const money = a.nums.some((e) => e.rupiah !== null && e.strength > S_PLAIN);
  const c = new Confidence(0.95);
  if (idx !== first) c.cap(a.wordCount <= 5 ? 0.8 : C_PARTIAL, 'undo_word_not_first');
  else if (a.wordCount > 4) c.cap(0.8);
  if (t.key === 'salah' && a.wordCount > 3) c.cap(C_PARTIAL, 'salah_in_sentence');
  if (money) c.cap(0.6, 'has_amount');
  if (a.question) c.cap(C_PARTIAL, 'question');
  return withNotes({ intent: 'undo', confidence: 0 }, c);
}

// ---- help: "tolong", "bantuan", "cara pakai", "gimana caranya", "menu", "?" ------------------

export function detectHelp(a: Analysis): ParseResult | null {
  const { tokens } = a;
  if ((a.f & F_HELP) !== 0) {
    const c = new Confidence(0.95);
    let idx = -1;
    for (let i = 0; i < tokens.length; i++) {
      if (((tokens[i] as Token).f & F_HELP) !== 0) {
        idx = i;
        break;
      }
    }
    if (idx !== firstSignificant(a)) c.cap(a.wordCount <= 6 ? 0.8 : C_PARTIAL, 'help_word_not_first');
    if (a.nums.length > 0) c.cap(C_PARTIAL, 'has_number');
    return withNotes({ intent: 'help', confidence: 0 }, c);
  }
  // Only help-ish words, fillers and question marks: "tolong", "tolong bu", "gimana caranya?"
  let helpish = false;
  let other = false;
  let onlyQuestionMarks = true;
  for (const t of tokens) {
    if (t.type === T_WORD) {
      onlyQuestionMarks = false;
      if ((t.f & F_HELP_WEAK) !== 0) helpish = true;
      else if ((t.f & F_QUESTION) !== 0 || isSoft(t) || (t.f2 & G_CONJ) !== 0) continue;
      else other = true;
    } else if (t.type === T_NUM) {
      other = true;
      onlyQuestionMarks = false;
    } else if (t.type === T_PUNCT && t.text !== '?' && t.text !== '!' && t.text !== '.') {
      onlyQuestionMarks = false;
    }
  }
  if (helpish && !other) return withNotes({ intent: 'help', confidence: 0 }, new Confidence(0.85));
  if (onlyQuestionMarks && a.question) return withNotes({ intent: 'help', confidence: 0 }, new Confidence(0.8));
  return null;
}


