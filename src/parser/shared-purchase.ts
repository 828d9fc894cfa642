/**
 * A purchase she shared with others: "patungan beli kain sama bu Ela, total 300rb, saya bayar
 * separo", "sewa tenda 250rb dibagi 5 anggota, bagian saya 50rb", "iuran bareng beli etalase
 * 1,2jt, saya kebagian 300rb". Her expense is only what she paid, never the whole price. When
 * her part is written (an amount after "bagian saya", "kebagian", "saya bayar") or is a plain
 * fraction of the one total ("saya bayar separo"), that part is recorded, with the goods of the
 * purchase; otherwise the record is asked ("shared_purchase"), never the total recorded.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { guardPlan } from './plan-guard.ts';
import { guardRange } from './range-guard.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_SALE } from './word-roles.ts';

/** Words of buying together. */
const SHARED = new Set(['patungan', 'patung', 'urunan', 'urun', 'udunan', 'saweran', 'iuran', 'joinan', 'bareng2', 'barengan', 'kongsi',
  'bagi2', 'dibagi', 'dibagi2', 'bagian', 'bagianku', 'bagiannya', 'kebagian', 'kebagianku', 'sharing', 'share', 'split']);
/** "bagi dua", "bagi rata": sharing written as two words. */
const SPLIT_AFTER = new Set(['dua', 'tiga', 'rata', 'bareng', '2', '3']);
/** Her: the payer of her part. */
const SELF = new Set(['saya', 'sy', 'aku', 'ak', 'gue', 'gw', 'q', 'kulo', 'abdi', 'awak', 'sya', 'aq']);
/** Words that mark her part's amount when she is near: "bagian saya 50rb", "saya bayar 100rb". */
const PART = new Set(['bagian', 'bagianku', 'kebagian', 'bayar', 'byr', 'bayarnya', 'keluar', 'nanggung', 'tanggung', 'setor', 'kena', 'urun',
  'patungan', 'iuran']);
/** A fraction of the total that she paid. */
const FRACTION = new Map<string, number>([['separo', 2], ['separuh', 2], ['setengah', 2], ['setengahnya', 2], ['separonya', 2],
  ['separuhnya', 2], ['sepertiga', 3], ['seperempat', 4]]);

function word(t: Token | undefined): string | null {
  return t !== undefined && t.type === T_WORD ? t.key : null;
}

const T_SHARED = trigger(SHARED, ['bagi', 'dibagi']);
/** Whether the message speaks of a purchase shared with others. */
export function sharedPurchase(a: Analysis): boolean {
  if (!present(a, T_SHARED)) return false;
  return a.tokens.some((t, i) => {
    if (t.type !== T_WORD) return false;
    if (SHARED.has(t.key)) return true;
    const next = word(a.tokens[i + 1]) ?? (a.tokens[i + 1]?.type === T_NUM ? a.tokens[i + 1]?.text ?? null : null);
    return (t.key === 'bagi' || t.key === 'dibagi') && next !== null && SPLIT_AFTER.has(next);
  });
}

/** A word of buying ("beli", "belanja") in the message. */
function boughtSaid(a: Analysis): boolean {
  return a.tokens.some((t) => t.type === T_WORD && (t.f & F_EXPENSE) !== 0 && (t.f & F_SALE) === 0);
}

/** The amounts (rupiah) the message writes, in order, with the token index where each starts. */
function amounts(a: Analysis): { at: number; rupiah: number }[] {
  return a.nums.filter((n) => n.rupiah !== null && n.rupiah >= 1000).map((n) => ({ at: n.start, rupiah: n.rupiah as number }));
}

/** Her part as written: an amount within three words after a part word with her named near it. */
function writtenPart(a: Analysis): number | null {
  const found = new Set<number>();
  for (const n of amounts(a)) {
    const before = a.tokens.slice(Math.max(0, n.at - 4), n.at).map(word);
    const part = before.some((w) => w !== null && PART.has(w));
    const self = before.some((w) => w !== null && SELF.has(w)) || before.includes('bagianku') || before.includes('kebagianku');
    if (part && self) found.add(n.rupiah);
  }
  return found.size === 1 ? [...found][0] as number : null;
}

/** Her fraction of the total: "saya bayar separo" → 2; null when none or not hers. */
function writtenFraction(a: Analysis): number | null {
  for (let i = 0; i < a.tokens.length; i++) {
    const k = word(a.tokens[i]);
    const den = k === null ? undefined : FRACTION.get(k);
    if (den === undefined) continue;
    const before = a.tokens.slice(Math.max(0, i - 3), i).map(word);
    if (before.some((w) => w !== null && SELF.has(w)) && before.some((w) => w !== null && PART.has(w))) return den;
  }
  return null;
}

/** The record of a shared purchase: her part recorded when written, else asked. */
export function guardSharedPurchase(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record') return r;
  // "urunan sama tetangga beli tabung gas 180rb": the neighbour is one of the buyers, not her
  // customer — the purchase, her part asked (never a sale of the whole).
  if (r.entries.length > 0 && r.entries.every((e) => e.kind === 'sale') && sharedPurchase(a) && boughtSaid(a)) {
    const notes = (r.notes ?? []).filter((n) => n !== 'kind_guessed');
    return { ...r, entries: r.entries.map((e) => ({ ...e, kind: 'expense' as const })), confidence: Math.min(r.confidence, C_DOUBT), notes: [...notes, 'shared_purchase'] };
  }
  if (!r.entries.some((e) => e.kind === 'expense') || !sharedPurchase(a)) return r;
  const expenses = r.entries.filter((e) => e.kind === 'expense');
  const total = Math.max(...amounts(a).map((n) => n.rupiah));
  const part = writtenPart(a);
  const den = writtenFraction(a);
  // "sewa tenda 250rb …, bagian saya 50rb" is read as two expenses (the part unaccounted): the
  // goods are the entry of the total, and her part replaces both.
  const goods = expenses.find((e) => e.amount === total) ?? (r.confidence >= CONFIDENT ? expenses[0] : undefined);
  if (r.confidence < CONFIDENT && (goods === undefined || (part === null && den === null) || r.unresolved?.length)) return r;
  const only = r.entries.every((e) => e.kind === 'expense');
  let mine: number | null = null;
  if (part !== null && part < total) mine = part;
  else if (part === null && den !== null && amounts(a).length === 1 && total % den === 0) mine = total / den;
  if (mine !== null && only && goods !== undefined) {
    const entry = { ...goods, amount: mine, quantity: null, unit: null, unitPrice: null };
    const rest = (r.notes ?? []).filter((n) => n !== 'unaccounted_number');
    // The number left unaccounted was the total her part came from: with no other doubt she is read.
    const confidence = rest.length === 0 ? Math.max(r.confidence, CONFIDENT) : r.confidence;
    const read: ParseResult = { ...r, confidence, entries: [entry], notes: [...rest, 'shared_part'] };
    // Lifted past the chain's guards: a plan or a range is still asked ("mau patungan …").
    return confidence > r.confidence ? guardRange(a, guardPlan(a, read)) as ParseResult : read;
  }
  const notes = [...(r.notes ?? [])];
  if (!notes.includes('shared_purchase')) notes.push('shared_purchase');
  return { ...r, confidence: C_DOUBT, notes };
}

// Without these words it returns its reading unchanged (both its readings need sharedPurchase, which opens on them): applyGuards skips it (guard-lists.ts).
guardSharedPurchase.words = T_SHARED;
