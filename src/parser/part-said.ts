/**
 * A part said of the money, but not how much: asked, never the whole recorded unasked.
 *
 * - A purchase paid in part: "beli stok 1jt, bayar separo dulu", "belanja kain 800rb baru bayar
 *   setengah" — what left her purse today is the part, the rest is owed to the seller
 *   ('purchase_part_paid').
 * - Money only partly put into the business: "dapat arisan 1,5jt sebagian buat modal" — how much
 *   is capital, and where the rest went, is not said ('purpose_unplaced').
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_WORD } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';

const PART = new Set(['separo', 'separuh', 'setengah', 'setengahnya', 'separonya', 'sebagian', 'sebagiannya', 'sepertiga', 'seperempat',
  'sebagian2', 'separuhnya']);
const PAY = new Set(['bayar', 'byr', 'dibayar', 'bayarnya', 'tf', 'transfer', 'ditransfer', 'lunasin', 'kasih', 'dikasih']);
/** What the part went to: "buat modal", "untuk modal", "jadi modal". */
const FOR = new Set(['buat', 'untuk', 'utk', 'bwt', 'jadi', 'dijadiin', 'dijadikan', 'masuk', 'gawe', 'kanggo']);
const CAPITAL = new Set(['modal', 'modalnya', 'modal usaha', 'usaha', 'kas']);

const T_PART = trigger(PART);

function ask(r: ParseResult, note: string): ParseResult {
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []), note] } as ParseResult;
}

export function guardPartSaid(a: Analysis, r: ParseResult): ParseResult {
  if (!present(a, T_PART) || r.intent !== 'record' || r.confidence < CONFIDENT) return r;
  // ("patungan beli kain …, saya bayar separo": her share already taken, shared-purchase.ts.)
  if (r.notes?.includes('shared_part')) return r;
  const ks = a.tokens.map((t) => (t.type === T_WORD ? t.key : ''));
  const parts = ks.flatMap((k, i) => (PART.has(k) ? [i] : []));
  // (Only one amount: "bayar separo 500rb" says the part.)
  if (a.nums.filter((n) => n.rupiah !== null).length !== 1) return r;
  if (r.entries.length > 0 && r.entries.every((e) => e.kind === 'expense') &&
    parts.some((i) => PAY.has(ks[i - 1] ?? '') || PAY.has(ks[i - 2] ?? '') || PAY.has(ks[i + 1] ?? ''))) return ask(r, 'purchase_part_paid');
  if (r.entries.some((e) => e.kind === 'capital') && parts.some((i) => FOR.has(ks[i + 1] ?? '') && CAPITAL.has(ks[i + 2] ?? ''))) {
    return ask(r, 'purpose_unplaced');
  }
  return r;
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardPartSaid.words = T_PART;
