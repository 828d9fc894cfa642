/**
 * correction: "ralat 150rb", "salah, harusnya 150rb", "bukan 12 tapi 10", "ralat @15rb",
 * "ralat: laku 10 bros @15rb" — a new amount, quantity, unit price or whole line for the
 * last entry; "ralat no 6: …" for number 6 of the list she last saw; "bukan 5rb tapi 8rb"
 * keeps the old money she named (amountFrom) so the flow can tell price from total; a new
 * day or kind ("ralat, itu jualan kemarin") is read by correction-shape.ts.
 */
import { firstSignificant, type Analysis } from '../analyze.ts';
import { S_PLAIN, type NumExpr } from '../amount.ts';
import { C_DOUBT, C_PARTIAL, Confidence } from '../confidence.ts';
import { F_EXPENSE, F_NEG, F_PRICE, F_SALE, G_CAPITAL, G_CORRECT, G_EACH, G_PER, G_WITHDRAW } from '../word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParsedEntry, ParseResult } from '../types.ts';
import { readShapeChange, shapeCorrection } from './correction-shape.ts';
import { readRest } from './read-rest.ts';
import { capAmount, capBad, capBadReason, exAt, firstAmount, isWordKey, rawInt, scored } from './shared.ts';

const CORRECT_LEAD = new Set(['salah', 'keliru', 'eh', 'maaf', 'sorry', 'ups', 'oops', 'waduh']);
const BUT_WORDS = new Set(['tapi', 'melainkan', 'tetapi']);
const BUKAN = new Set(['bukan']);
const NUMBER_WORDS = new Set(['nomor', 'ke']);

/** "no 6", "nomor 2", "ke-3" at token i (after "yang", punctuation): the list number and where it ends. */
function readIndex(a: Analysis, i: number): { index: number; end: number } | null {
  const { tokens } = a;
  let j = i;
  while (j < tokens.length && ((tokens[j] as Token).type === T_PUNCT || isWordKey(tokens[j], new Set(['yang', 'catatan'])))) j++;
  if (!isWordKey(tokens[j], NUMBER_WORDS)) return null;
  j++;
  while (j < tokens.length && (tokens[j] as Token).type === T_PUNCT && ['.', '#', '-'].includes((tokens[j] as Token).text)) j++;
  const n = rawInt(tokens[j]);
  if (n === null || n < 1 || n > 99) return null;
  // "ralat nomor 2 …": the number is a place in the list, not a quantity — unless money follows it directly ("no 2rb").
  const ex = exAt(a, j);
  if (ex && ex.end > j + 1) return null;
  j++;
  while (j < tokens.length && (tokens[j] as Token).type === T_PUNCT) j++;
  return { index: n, end: j };
}

/** A token that is money beyond doubt (a scale, currency, grouping) or a plain number ≥ 1.000. */
function moneyLike(ex: NumExpr): boolean {
  return ex.rupiah !== null && (ex.strength > S_PLAIN || ex.rupiah >= 1000);
}

/** "@15rb", "harga 15rb", "15rb per biji", "15rb/pcs": the amount is a unit price. */
function isUnitPrice(a: Analysis, ex: NumExpr): boolean {
  const before = a.tokens[ex.start - 1];
  const after = a.tokens[ex.end];
  if (before && ((before.type === T_PUNCT && before.text === '@') || (before.type === T_WORD && (before.f & F_PRICE) !== 0 && before.key !== 'seharga'))) return true;
  if (after && after.type === T_PUNCT && after.text === '/') return true;
  return after !== undefined && after.type === T_WORD && (after.f2 & (G_PER | G_EACH)) !== 0;
}

interface CorrNum {
  ex: NumExpr;
  money: boolean;
}

function corrNum(a: Analysis, i: number): CorrNum | null {
  const ex = exAt(a, i);
  if (!ex || ex.value === null) return null;
  return { ex, money: moneyLike(ex) && !(ex.strength === S_PLAIN && ex.rupiah !== null && ex.rupiah < 1000) };
}

/** "bukan 12 tapi 10" / "harusnya 10 bukan 12" / "dari 12 jadi 10": [from, to] number tokens. */
function fromTo(a: Analysis, start: number): { from: CorrNum; to: CorrNum } | null {
  const { tokens } = a;
  const numAfter = (i: number, limit: number): { n: CorrNum; end: number } | null => {
    for (let j = i; j < tokens.length && j < i + limit; j++) {
      const n = corrNum(a, j);
      if (n) return { n, end: n.ex.end };
      const t = tokens[j] as Token;
      if (t.type === T_NUM || t.type === T_NL) return null;
    }
    return null;
  };
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (t.key === 'bukan' || (t.key === 'dari' && i <= start + 2)) {
      const x = numAfter(i + 1, 3);
      if (!x) continue;
      for (let j = x.end; j < tokens.length && j < x.end + 5; j++) {
        const b = tokens[j] as Token;
        if (b.type === T_WORD && (BUT_WORDS.has(b.key) || (t.key === 'dari' && (b.key === 'jadi' || b.key === 'ke')))) {
          const y = numAfter(j + 1, 4);
          if (y) return { from: x.n, to: y.n };
        }
      }
    } else if ((t.f2 & G_CORRECT) !== 0 || t.key === 'jadi') {
      // "harusnya 10 bukan 12"
      const y = numAfter(i + 1, 3);
      if (!y) continue;
      for (let j = y.end; j < tokens.length && j < y.end + 4; j++) {
        const b = tokens[j] as Token;
        if (b.type === T_WORD && b.key === 'bukan') {
          const x = numAfter(j + 1, 3);
          if (x) return { from: x.n, to: y.n };
        }
      }
    }
  }
  return null;
}

export function detectCorrection(a: Analysis, command: boolean): ParseResult | null {
  const { tokens } = a;
  let first = firstSignificant(a);
  let index: number | undefined;
  // "no 2 salah, harusnya 25rb", "yang nomor 3 harusnya 25rb": the number first, then the cue.
  const leading = first >= 0 ? readIndex(a, first) : null;
  if (leading && leading.end < tokens.length) {
    index = leading.index;
    first = leading.end;
  }
  const head = tokens[first];
  if (!head) return null;
  // The cue: "ralat", "koreksi", "harusnya" first; or "salah/keliru/eh" first and a
  // correction word, "bukan", or a number soon after; or "bukan X tapi Y" anywhere early.
  let cueEnd = -1;
  if (command || (head.type === T_WORD && (head.f2 & G_CORRECT) !== 0)) cueEnd = first + 1;
  else if (head.type === T_WORD && CORRECT_LEAD.has(head.key)) {
    for (let j = first + 1; j < tokens.length && j < first + 5; j++) {
      const t = tokens[j] as Token;
      if (t.type === T_WORD && ((t.f2 & G_CORRECT) !== 0 || t.key === 'bukan')) {
        cueEnd = j + 1;
        break;
      }
      if (exAt(a, j) && head.key !== 'eh' && head.key !== 'maaf') {
        cueEnd = j;
        break;
      }
    }
  } else if (head.type === T_WORD && head.key === 'bukan') cueEnd = first;
  if (cueEnd < 0) return null;
  // "salah input 50rb, harusnya 5rb": what follows the last correction word is the new value.
  for (let j = cueEnd; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && (t.f2 & G_CORRECT) !== 0 && !isWordKey(tokens[j + 2], BUKAN)) cueEnd = j + 1;
  }
  if (tokens.slice(0, first).some((t) => t.type === T_WORD && (t.f & F_NEG) !== 0 && t.key !== 'bukan')) return null;
  // "ralat no 6: laku 5 bros 50rb": number 6 of the list she last saw.
  // Where a new day or kind would start: right after the cue word ("salah, itu pengeluaran bukan …").
  let shapeFrom = head.key === 'bukan' ? first : first + 1;
  if (index === undefined && head.key !== 'bukan') {
    const after = readIndex(a, cueEnd);
    if (after) {
      index = after.index;
      cueEnd = after.end;
      shapeFrom = after.end;
    }
  }
  const withIndex = <T extends Extract<ParseResult, { intent: 'correction' }>>(r: T): T => {
    if (index !== undefined) r.index = index;
    return r;
  };

  const c = new Confidence(0.9);
  if (a.question) c.cap(C_PARTIAL, 'question');
  if (a.truncated) c.cap(C_PARTIAL, 'truncated');

  // 0. A new day or kind, nothing else: "ralat, itu jualan kemarin", "bukan jualan tapi belanja".
  const shape = readShapeChange(a, shapeFrom);
  if (shape) return shapeCorrection(shape, c, index);

  // 1. "bukan 12 tapi 10", "harusnya 10 bukan 12", "ralat dari 150rb jadi 120rb".
  const ft = fromTo(a, index !== undefined ? cueEnd : first);
  if (ft) {
    if (ft.to.money || ft.from.money) {
      if (ft.to.ex.rupiah === null) return withIndex(scored({ intent: 'correction', amount: null, quantity: null, confidence: 0 }, capBad(c, ft.to.ex)));
      capAmount(c, ft.to.ex);
      const r: Extract<ParseResult, { intent: 'correction' }> = { intent: 'correction', amount: ft.to.ex.rupiah, quantity: null, confidence: 0 };
      // The old money she named: the flow matches it to the price or the total it equals.
      if (ft.from.money && ft.from.ex.rupiah !== null) r.amountFrom = ft.from.ex.rupiah;
      else c.cap(C_DOUBT, 'from_not_money'); // "bukan 4 tapi 8rb": a count became money?
      return withIndex(scored(r, c));
    }
    const to = ft.to.ex.value;
    const from = ft.from.ex.value;
    if (to === null || to.s !== 0 || to.m <= 0 || to.m > 1_000_000) return null;
    const fromN = from !== null && from.s === 0 ? from.m : null;
    return withIndex(scored({ intent: 'correction', amount: null, quantity: { from: fromN, to: to.m }, confidence: 0 }, c));
  }
  if (head.key === 'bukan' && !command) return null;

  // 2. A full new line after the cue: "ralat: laku 10 bros @15rb".
  let hasVerb = false;
  for (let j = cueEnd; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && t.info?.kind !== undefined && ((t.f & (F_SALE | F_EXPENSE)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0)) {
      hasVerb = true;
      break;
    }
  }
  const read = readRest(a, cueEnd, hasVerb ? null : 'sale');
  if (hasVerb && read.entries.length > 0) {
    const entries: ParsedEntry[] = [];
    for (const e of read.entries) {
      c.cap(e.confidence);
      for (const n of e.notes) if (!c.notes.includes(n)) c.notes.push(n);
      entries.push({ kind: e.kind, amount: e.amount, item: e.item, quantity: e.quantity, unit: e.unit, unitPrice: e.unitPrice });
    }
    return withIndex(scored({ intent: 'correction', amount: null, quantity: null, entries, confidence: 0 }, c));
  }

  // 3. A lone number: money when it looks like money, else a quantity ("ralat 10", "jumlahnya 10");
  //    a unit price when marked as one ("harusnya 15rb per biji", "ralat @15rb").
  const lone = firstAmount(a, cueEnd);
  if (lone && a.nums.filter((e) => e.start >= cueEnd).length === 1) {
    if (moneyLike(lone) || (lone.rupiah !== null && isUnitPrice(a, lone))) {
      capAmount(c, lone);
      if (isUnitPrice(a, lone)) {
        return withIndex(scored({ intent: 'correction', amount: null, quantity: null, unitPrice: lone.rupiah as number, confidence: 0 }, c));
      }
      return withIndex(scored({ intent: 'correction', amount: lone.rupiah, quantity: null, confidence: 0 }, c));
    }
    const v = lone.value;
    if (v !== null && v.s === 0 && v.m > 0 && v.m < 1000) {
      const r: Extract<ParseResult, { intent: 'correction' }> = { intent: 'correction', amount: null, quantity: { from: null, to: v.m }, confidence: 0 };
      // "ralat no 2: laku 3 kerudung": the goods named say which entry she means (the flow checks).
      const named = read.unresolved[0]?.item;
      if (named) r.item = named;
      return withIndex(scored(r, c));
    }
    return withIndex(scored({ intent: 'correction', amount: null, quantity: null, confidence: 0 }, capBad(c, lone)));
  }

  // 4. "koreksi 10 bros @15rb", "ralat 2 mukena 500rb".
  const entry = read.entries[0];
  if (entry && !hasVerb) {
    c.cap(entry.confidence);
    for (const n of entry.notes) if (n !== 'kind_guessed' && n !== 'quantity_missing' && !c.notes.includes(n)) c.notes.push(n);
    const quantity = entry.quantity !== null && entry.quantity > 0 && Number.isInteger(entry.quantity) ? { from: null, to: entry.quantity } : null;
    if (read.entries.length > 1) c.cap(C_DOUBT, 'several_amounts');
    const r: Extract<ParseResult, { intent: 'correction' }> = { intent: 'correction', amount: entry.amount, quantity, confidence: 0 };
    if (entry.item) r.item = entry.item;
    return withIndex(scored(r, c));
  }
  const q = read.unresolved[0];
  if (q && q.quantity !== null && q.quantity > 0 && Number.isInteger(q.quantity) && q.quantity <= 1_000_000) {
    // "ralat no 2: laku 3 kerudung": the goods named say which entry she means (the flow checks).
    const r: Extract<ParseResult, { intent: 'correction' }> = { intent: 'correction', amount: null, quantity: { from: null, to: q.quantity }, confidence: 0 };
    if (q.item) r.item = q.item;
    return withIndex(scored(r, c));
  }
  if (read.badReason !== null) return withIndex(scored({ intent: 'correction', amount: null, quantity: null, confidence: 0 }, capBadReason(c, read.badReason)));
  return null;
}
