/**
 * set_price: a line of the group's price list — "/harga emping 80rb/kg", "harga emping 80rb per kg".
 * "harga bros 15rb" without "/harga" or "per …" only states a price.
 */
import { isSoft, type Analysis } from '../analyze.ts';
import { S_PLAIN, type NumExpr } from '../amount.ts';
import { C_PARTIAL, Confidence } from '../confidence.ts';
import { F_EXPENSE, F_PRICE, F_SALE, F_UNIT, G_EACH, G_PER } from '../word-roles.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { capBad, scored } from './shared.ts';

/**
 * Words of market news ("harga cabe naik jd 80rb sekilo", "bawang lagi mahal 40rb sekilo"):
 * a sentence about prices moving is news, never a group price; only "/harga …" or the bare
 * list line ("harga emping 80rb per kg") sets one.
 */
const NEWS = new Set(['naik', 'turun', 'mahal', 'murah', 'mahalan', 'murahan', 'melonjak', 'anjlok', 'meroket', 'merosot',
  'jatuh', 'melambung', 'pasar', 'katanya', 'kabarnya', 'sekarang', 'skrg', 'lagi', 'udah', 'sudah', 'sdh', 'mulai', 'jadi',
  'jd', 'banget', 'bgt', 'nih', 'lho', 'loh', 'wah', 'aduh', 'duh', 'gila', 'kok', 'makin', 'semakin', 'tambah', 'naiknya',
  'turunnya', 'mahalnya', 'murahnya', 'kemarin', 'kmrn', 'tadi', 'dari']);

export function detectSetPrice(a: Analysis, command: boolean): ParseResult | null {
  if (!command && (a.f & F_PRICE) === 0) return null;
  const { tokens } = a;
  if (!command && tokens.some((t) => t.type === T_WORD && NEWS.has(t.key))) return null;
  let first = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && (t.key === 'harga' || t.key === 'price')) {
      first = i;
      break;
    }
    if (!(t.type === T_PUNCT || isSoft(t))) break;
  }
  if (command && first < 0) first = 0; // "/harga": the command word is the first token
  if (first < 0) return null;
  if (a.question || (a.f & (F_SALE | F_EXPENSE)) !== 0) return null;
  const money = a.nums.filter((e) => e.value !== null);
  if (money.length !== 1) return command ? { intent: 'unknown', confidence: 0.5, notes: ['price_not_read'] } : null;
  const ex = money[0] as NumExpr;
  // Item: the words between "harga" and the amount (or after the amount when none before).
  const words: string[] = [];
  let unit: string | null = null;
  let perSeen = false;
  for (let i = first + 1; i < ex.start; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && ((t.f2 & G_PER) !== 0)) {
      perSeen = true;
      continue;
    }
    if (t.type === T_WORD && (t.f & F_UNIT) !== 0 && (perSeen || words.length > 0 && (tokens[i - 1]?.f2 ?? 0) & G_PER)) {
      unit = t.text;
      continue;
    }
    if (t.type === T_NUM) return null;
    if (t.type === T_WORD && !isSoft(t)) words.push(t.text);
  }
  // After the amount: "80rb/kg", "80rb per kg", "80rb sekilo".
  let j = ex.end;
  const after = tokens[j];
  if (after && ((after.type === T_PUNCT && after.text === '/') || (after.type === T_WORD && (after.f2 & G_PER) !== 0))) {
    const u = tokens[j + 1];
    if (u && u.type === T_WORD && (u.f & F_UNIT) !== 0) {
      unit = u.text;
      perSeen = true;
      j += 2;
    } else if (u && u.type === T_WORD && u.info === null) {
      unit = u.text;
      perSeen = true;
      j += 2;
    }
  } else if (after && after.type === T_WORD && (after.f2 & G_EACH) !== 0) {
    perSeen = true;
    if (after.key.startsWith('per') && after.key.length > 3) unit = after.key.slice(3);
    j++;
  }
  if (words.length === 0) {
    for (let i = j; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.type === T_WORD && !isSoft(t)) words.push(t.text);
      else if (t.type === T_NUM) return null;
    }
  }
  if (!command && !perSeen) return null; // "harga bros 15rb" states a price; only "/harga" or "per kg" sets one
  if (words.length === 0) return command ? { intent: 'unknown', confidence: 0.5, notes: ['no_item'] } : null;
  const c = new Confidence(command ? 0.95 : 0.9);
  if (ex.rupiah === null) return scored({ intent: 'unknown', confidence: 0 }, capBad(c, ex));
  if (ex.strength === S_PLAIN && ex.rupiah < 100) c.cap(C_PARTIAL, 'small_plain_number');
  else if (ex.strength === S_PLAIN && ex.rupiah < 1000) c.cap(0.6, 'small_plain_number');
  if (ex.ambiguous) c.cap(0.6, 'ambiguous_amount');
  let item = words.join(' ');
  if (item.length > 60) item = item.slice(0, 60).trimEnd();
  return scored({ intent: 'set_price', item, unitPrice: ex.rupiah, unit, confidence: 0 }, c);
}
