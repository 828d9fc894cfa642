/**
 * Money paid in to the business, said with "setor": "suami setor 1jt ke usaha buat tambahan modal
 * katering", "setor 1jt buat nambah modal", "nyetor 500rb jadi modal", "bapak setor 2jt ke usaha".
 *
 * WHY: "setor modal 500rb" was capital (the lexicon's phrase), but with the amount or "ke usaha"
 * between the verb and "modal" the record reader took "setor" for an instalment and read a
 * confident repayment of 1.000.000 — capital put in booked against her loan. "setor" said with
 * the capital ("modal", "tambah modal", "tambahan modal") as its purpose, or into the business
 * ("ke usaha"), is capital put in.
 *
 * Only with: a setor word, then within the message the capital word after a purpose word
 * ("buat/untuk/jadi/ke") or straight after it, or "ke usaha"; one amount; nothing of a loan,
 * savings, a group's cash, a supplier or a person after the verb (household-setor.ts's
 * ELSEWHERE: "setor ke koperasi 500rb buat modal" keeps the other readers' reading), no
 * negation, plan or question.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { ParseResult } from './types.ts';
import { ELSEWHERE, SETOR } from './household-setor.ts';
import { F_FUTURE, F_NEG, G_CAPITAL, G_HONORIFIC, G_LOAN } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Before the capital: "buat modal", "jadi modal", "ke modal". */
const FOR = new Set(['buat', 'bwt', 'untuk', 'utk', 'jadi', 'ke', 'masuk', 'nambah', 'tambah', 'tambahan']);
/** The capital, bare: "modal", "modalnya". */
const MODAL = new Set(['modal', 'modalnya', 'modal usaha']);
/** Into the business: "ke usaha", "ke kas usaha" (business-cash.ts reads the cash box). */
const BUSINESS = new Set(['usaha', 'usahaku', 'usahanya']);

const T_SETOR = trigger(SETOR);

export function detectSetorCapital(a: Analysis): ParseResult | null {
  if (!present(a, T_SETOR) || a.question || a.truncated) return null;
  const { tokens } = a;
  const at = tokens.findIndex((t) => t.type === T_WORD && SETOR.has(t.key));
  if (at < 0) return null;
  let capital = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f & (F_NEG | F_FUTURE)) !== 0) return null;
    if (i <= at) continue;
    if (ELSEWHERE.has(t.key) || (t.f2 & (G_LOAN | G_HONORIFIC)) !== 0) return null;
    if ((t.f2 & G_CAPITAL) !== 0 || (MODAL.has(t.key) && (i === at + 1 || FOR.has(tokens[i - 1]?.key ?? '')))) capital = true;
    if (BUSINESS.has(t.key) && tokens[i - 1]?.key === 'ke') capital = true;
  }
  if (!capital || a.dates.length > 1 || a.dates.some((m) => m.future || m.date === null)) return null;
  const money = a.nums.filter((e) => e.rupiah !== null);
  if (money.length !== 1 || a.nums.length !== 1) return null;
  const ex = money[0];
  if (ex === undefined || ex.strength === S_PLAIN || ex.ambiguous || ex.approx || ex.start < at) return null;
  return { intent: 'record', entries: [{ kind: 'capital', amount: ex.rupiah as number, item: 'modal', quantity: null, unit: null, unitPrice: null }],
    date: a.dates[0]?.date ?? a.today, confidence: 0.9 };
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectSetorCapital.words = T_SETOR;
