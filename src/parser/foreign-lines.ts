/**
 * Whose money, line by line: in "jual nasi 150rb, dikasih anak 50rb" or "jual nasi 150rb /
 * setor arisan 50rb" one line is her business and another is not. money-owner.ts judges a
 * whole message; this finds the lines (segments) that on their own are savings, arisan or
 * money from her family, so record.ts reads the rest without them and says what was left out.
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { splitSegments } from './lines.ts';
import { AFTER_FAMILY, FAMILY, FAMILY_TITLES, FOR_BUSINESS, GIFT_WORDS, NOT_BUSINESS, notBusinessAt } from './money-owner.ts';
import { F_SALE, F_WEAK, G_CAPITAL, G_LOAN, G_WITHDRAW } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Words before a family member that make her the one receiving ("transfer ke anak"), not giving. */
const TO_WORDS = new Set(['ke', 'kepada', 'buat', 'untuk', 'utk']);

/** Why the segment [s, e) is not the business's money, or null. */
function foreignSegment(tokens: Token[], s: number, e: number): 'not_business_money' | 'personal_money' | null {
  let notBiz = false;
  let gift = false;
  let family = false;
  for (let i = s; i < e; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    // Her own sale, money taken out ("ambil 50rb buat arisan") or capital: a business line.
    if (((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0) || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0 || FOR_BUSINESS.has(t.key)) return null;
    if (notBusinessAt(tokens, i)) notBiz = true;
    if (GIFT_WORDS.has(t.key)) gift = true;
    if (FAMILY.has(t.key) && !(i > s && TO_WORDS.has((tokens[i - 1] as Token).key))) {
      const n = i + 1 < e ? tokens[i + 1] : undefined;
      if (!FAMILY_TITLES.has(t.key) || n === undefined || n.type === T_NUM || n.type === T_NL || n.type === T_PUNCT ||
        (n.type === T_WORD && AFTER_FAMILY.has(n.key))) family = true;
    }
  }
  if (notBiz) return 'not_business_money';
  return gift && family ? 'personal_money' : null;
}

const T_FOREIGN = trigger(NOT_BUSINESS, FAMILY);
/**
 * The message without its lines of money that is not the business's, as text to read again,
 * and why they were left out; null unless some money lines are the business's and some not.
 */
export function withoutForeignLines(a: Analysis): { text: string; note: 'not_business_money' | 'personal_money' } | null {
  if (!present(a, T_FOREIGN)) return null;
  // Most messages name no savings nor family: nothing to split (the parser must stay fast).
  if (!a.tokens.some((t) => t.type === T_WORD && (NOT_BUSINESS.has(t.key) || FAMILY.has(t.key)))) return null;
  const { segments } = splitSegments(a);
  if (segments.length < 2) return null;
  const hide = new Uint8Array(a.tokens.length);
  let note: 'not_business_money' | 'personal_money' | null = null;
  let kept = 0;
  for (const seg of segments) {
    if (!seg.hasNum) continue;
    const why = foreignSegment(a.tokens, seg.start, seg.end);
    if (why === null) {
      kept++;
      continue;
    }
    note ??= why;
    hide.fill(1, seg.start, seg.end);
  }
  if (note === null || kept === 0) return null;
  return { text: keptText(a, hide), note };
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
withoutForeignLines.words = T_FOREIGN;

/**
 * A day's message with a loan on one of its lines ("laku kue 25 potong @3rb / beli tepung 30rb /
 * pinjam uang tetangga 50rb / ongkos 10rb"): a loan is never her sale or expense, but it must not
 * lose the other lines either (read whole, the message was only a "loan mention"). The lines
 * with a loan word are left out and the rest is read again; the caller asks before recording
 * and says what was left out. Null unless some lines with a number have no loan word.
 */
export function withoutLoanLines(a: Analysis): string | null {
  if ((a.f2 & G_LOAN) === 0 || !a.tokens.some((t) => t.type === T_NL)) return null;
  const hide = new Uint8Array(a.tokens.length);
  let kept = 0;
  let left = 0;
  let start = 0;
  for (let i = 0; i <= a.tokens.length; i++) {
    if (i < a.tokens.length && (a.tokens[i] as Token).type !== T_NL) continue;
    let loan = false;
    let num = false;
    for (let k = start; k < i; k++) {
      const t = a.tokens[k] as Token;
      if (t.type === T_WORD && (t.f2 & G_LOAN) !== 0) loan = true;
      if (a.numIn[k] !== -1) num = true;
    }
    if (loan) {
      hide.fill(1, start, i);
      left++;
    } else if (num) kept++;
    start = i + 1;
  }
  return left > 0 && kept > 0 ? keptText(a, hide) : null;
}

/** The text again from the tokens not hidden (a token written attached to the one before stays so). */
export function keptText(a: Analysis, hide: Uint8Array): string {
  let text = '';
  for (let i = 0; i < a.tokens.length; i++) {
    if (hide[i] !== 0) continue;
    const t = a.tokens[i] as Token;
    text += t.type === T_NL ? '\n' : `${t.attached || text === '' || text.endsWith('\n') ? '' : ' '}${t.text}`;
  }
  return text;
}
