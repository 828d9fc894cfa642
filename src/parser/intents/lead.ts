/**
 * lead_interest: an answer to a facilitator's lead — "minat 20", "minat P12 50",
 * "saya bisa 30 pcs", "sanggup 40". "minat" at the start of a short reply is an answer;
 * "minat" in the middle of a chat is a question for a human.
 */
import { firstSignificant, type Analysis } from '../analyze.ts';
import { S_MONEY, S_PLAIN } from '../amount.ts';
import { C_PARTIAL, Confidence } from '../confidence.ts';
import { F_EXPENSE, F_LEAD, F_LEAD_WEAK, F_NEG, F_SALE } from '../word-roles.ts';
import { T_NUM, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { exAt, scored } from './shared.ts';
import { namedTaker } from '../entry-elements.ts';

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

/** The first plain count in the message (not the lead code's number); money alone is noted. */
function leadQuantity(a: Analysis, skipToken: number): { qty: number | null; moneyOnly: boolean } {
  let moneyOnly = false;
  for (const ex of a.nums) {
    if (skipToken >= ex.start && skipToken < ex.end) continue;
    if (ex.value === null || ex.value.s !== 0) continue;
    if (ex.strength === S_MONEY) {
      moneyOnly = true;
      continue;
    }
    if (ex.value.m >= 1 && ex.value.m <= 1_000_000) return { qty: pieces(a, ex.end, ex.value.m), moneyOnly: false };
  }
  return { qty: null, moneyOnly };
}

/** "sanggup 2 kodi" = 40 pieces, "minat 3 lusin" = 36: a lead counts pieces (the unit after the count at `end`). */
export function pieces(a: Analysis, end: number, count: number): number {
  const unit = a.tokens[end];
  const size = unit !== undefined && unit.type === T_WORD ? unit.info?.size : undefined;
  const n = size !== undefined && size.base === 'pc' ? count * size.n : count;
  return n <= 1_000_000 ? n : count;
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
    const { qty, moneyOnly } = leadQuantity(a, code ? code.numToken : -1);
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
    return scored({ intent: 'lead_interest', quantity: qty, leadCode: code ? code.code : null, confidence: 0 }, c);
  }
  // Weak lead words need a plain number right after them ("sanggup 40", "bisa 30 pcs").
  if ((a.f & F_LEAD_WEAK) === 0 || (a.f & (F_SALE | F_EXPENSE)) !== 0) return null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if ((t.f & F_LEAD_WEAK) === 0) continue;
    // "tidak bisa 30", "belum sanggup": a no, never a count of interest.
    const before = tokens[i - 1];
    if (before !== undefined && before.type === T_WORD && (before.f & F_NEG) !== 0) return null;
    // "Bu Yati ambil 3 bungkus": her customer takes goods, no answer of hers to a lead.
    if (namedTaker(a, i)) return null;
    const ex = exAt(a, i + 1) ?? exAt(a, i + 2);
    if (ex && ex.strength === S_PLAIN && ex.value && ex.value.s === 0 && ex.value.m >= 1 && ex.value.m <= 1_000_000) {
      const c = new Confidence(0.85);
      if (firstSignificant(a) < i - 2) c.cap(0.6, 'lead_word_not_first');
      if (a.question) c.cap(C_PARTIAL, 'question');
      const code = leadCode(a);
      return scored({ intent: 'lead_interest', quantity: pieces(a, ex.end, ex.value.m), leadCode: code ? code.code : null,
        confidence: 0 }, c);
    }
    // "sanggup" alone answers a lead; "siap" / "bisa" alone are everyday acknowledgements.
    if (t.key === 'sanggup' && a.nums.length === 0 && a.wordCount <= 3 && !a.question) {
      const c = new Confidence(0.6);
      c.cap(0.6, 'no_quantity');
      return scored({ intent: 'lead_interest', quantity: null, leadCode: null, confidence: 0 }, c);
    }
  }
  return null;
}
