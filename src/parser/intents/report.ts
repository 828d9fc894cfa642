/**
 * report: the business's size for the programme — "aset 3jt omset 2jt karyawan 0".
 * "omset" here is a field, not a sale.
 */
import { isSoft, type Analysis } from '../analyze.ts';
import { S_GROUPED, S_MONEY } from '../amount.ts';
import { C_PARTIAL, Confidence } from '../confidence.ts';
import { F_DURATION, F_NEG, F_REP_ASSET, F_REP_EMPLOYEE, F_REP_TURNOVER } from '../word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { exAt, scored } from './shared.ts';

const REPORT_FIELDS = F_REP_ASSET | F_REP_TURNOVER | F_REP_EMPLOYEE;

/**
 * Wages she pays: "gaji karyawan 2 orang @600rb", "bayar karyawan harian 2 org x 75rb" are
 * expenses. A report states figures; it has no pay word.
 */
const PAY_WORDS = new Set(['gaji', 'gajinya', 'gajian', 'digaji', 'menggaji', 'nggaji', 'upah', 'upahnya', 'bayar', 'dibayar',
  'bayarin', 'honor', 'honornya', 'ongkos', 'transfer', 'kasih', 'ngasih']);

/** The value written after a report keyword, skipping fillers and ":"; stops at the next keyword. */
function reportValue(a: Analysis, i: number, employees: boolean): number | null {
  const { tokens } = a;
  for (let j = i + 1, steps = 0; j < tokens.length && steps < 5; j++, steps++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) return null;
    const ex = exAt(a, j);
    if (ex) {
      if (ex.value === null || ex.value.s !== 0) return null;
      // "karyawan 6 hari @70rb": days of work paid, not how many people.
      const unit = tokens[ex.end];
      if (employees && unit !== undefined && unit.type === T_WORD && (unit.f & F_DURATION) !== 0) return null;
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
  if (a.tokens.some((t) => t.type === T_WORD && PAY_WORDS.has(t.key))) return null;
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
  // Only a head count, beside money no field took ("karyawan 2 orang @600rb", "karyawan 3 x
  // 50rb"): what the workers cost, not the business's size.
  if (assets === null && turnover === null && a.nums.some((ex) => ex.strength >= S_GROUPED)) return null;
  const c = new Confidence(0.95);
  if (found < keys) c.cap(0.6, 'report_field_missing');
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');
  return scored({ intent: 'report', assets, turnover, employees, confidence: 0 }, c);
}
