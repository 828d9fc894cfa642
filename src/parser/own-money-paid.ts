/**
 * A cost of the business paid with her own money: "boost ig 50rb pake uang pribadi", "beli
 * plastik 50rb pakai duit pribadi", "bensin 20rb dari uang sendiri". The money left her own
 * purse, but for the business: never money taken out of the business (a withdrawal), which is
 * what "pake" and "pribadi" read as word by word. As for her own money paying part of a purchase
 * ("kulakan 1jt, 300rb pake uang pribadi", part-amount.ts), the record is the expense with the
 * same amount put in as capital, and asked with `named_spender` ("Ini belanja untuk usaha Ibu?"),
 * the question of a purchase her family paid (paid-by-other.ts), which has the same shape: she may
 * rather keep her own money out of the books, or the cost may be her home's after all.
 *
 * Only a single withdrawal or expense read beside a word of a business cost (a buying verb, a cost
 * noun: `beli`, `kulakan`, `iklan`, `bensin`, `ongkir`) and her own money named as how it was paid
 * (`kulakan dari grosir 1jt pake uang pribadi` was a confident expense, its capital never booked);
 * a home purpose said (`buat makan`, `jajan anak`, `rumah`) leaves the record as read.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';
import { G_HOUSEHOLD } from './word-roles.ts';

/** Paying with: "pake", "pakai", "make", "dari", "dr". */
const WITH = new Set(['pake', 'pakai', 'make', 'makai', 'dari', 'dr', 'pakek']);
const MONEY = new Set(['uang', 'duit', 'dana', 'tabungan']);
const OWN = new Set(['pribadi', 'pribadiku', 'sendiri', 'sndiri', 'sendri']);

const T_OWN_PAID = trigger(OWN);

/** Her own money as how it was paid: "pake uang pribadi", "dari duit sendiri"; the tokens it spans, or null. */
function ownMoney(tokens: readonly Token[]): [number, number] | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!WITH.has(tokens[i]?.key ?? '')) continue;
    let j = i + 1;
    if (MONEY.has(tokens[j]?.key ?? '')) j++;
    if (j > i + 1 && OWN.has(tokens[j]?.key ?? '')) return [i, j + 1];
  }
  return null;
}

export function guardOwnMoneyPaid(a: Analysis, r: ParseResult): ParseResult {
  const kind = r.intent === 'record' && r.entries.length === 1 ? r.entries[0]?.kind : undefined;
  if (r.intent !== 'record' || (kind !== 'withdrawal' && kind !== 'expense')) return r;
  if (!present(a, T_OWN_PAID)) return r;
  const span = ownMoney(a.tokens);
  if (span === null) return r;
  let cost = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || (i >= span[0] && i < span[1])) continue;
    if ((t.f2 & G_HOUSEHOLD) !== 0) return r; // a home purpose: the withdrawal stands
    if (t.info?.kind === 'expense') cost = true;
  }
  if (!cost) return r;
  const e = r.entries[0];
  if (e === undefined) return r;
  const notes = (r.notes ?? []).filter((n) => n !== 'withdrawal_guessed');
  if (!notes.includes('named_spender')) notes.push('named_spender');
  return {
    ...r,
    entries: [{ ...e, kind: 'expense' }, { kind: 'capital', amount: e.amount, item: null, quantity: null, unit: null, unitPrice: null }],
    confidence: Math.min(r.confidence, C_DOUBT),
    notes,
  };
}

// Without these words it returns its reading unchanged (its third line): applyGuards skips it (guard-lists.ts).
guardOwnMoneyPaid.words = T_OWN_PAID;
