/**
 * "1 kodi jilbab instan laku, 1 nya 30rb": a price said for one piece after a bundle count
 * (docs/PARSING.md, "One rate said to be for all"). `satunya`, `1nya`, `sebiji`, `sak biji`,
 * `satuan`, `per biji`, `/pcs` after a kodi, dozen or gross counted price one piece: said again
 * as "20 biji … @30rb" (1 kodi = 20 pieces) and kept only when that reads plainly (index.ts).
 * A price per bundle (`sekodi`, `per kodi`, `/lusin`) is no piece price: left as written.
 */
import type { Analysis } from './analyze.ts';
import { S_MONEY } from './amount.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { isCount, textOf, unitAfter } from './shared-rate.ts';
import { F_FUTURE, F_NEG, F_QUESTION, F_TOTAL, F_UNIT, G_APPROX, G_CREDIT, G_EACH, G_PER } from './word-roles.ts';

/** Units of one piece an each-word may name ("sebiji", "sebuah", "sak biji"). */
const PIECES = new Set(['biji', 'pcs', 'pc', 'buah', 'bh', 'bj']);
/** "per biji", "/biji": only the word that is never a pair or a pack ("per pasang", "1rb/pcs" stay asked, cases-trust-amounts). */
const PER_PIECE = new Set(['biji', 'bji', 'bj']);

/** A word or pair that says "one piece" at `i`: [first, past-last] or null; `bundle` when it names the bundle. */
function pieceWord(a: Analysis, i: number, one: boolean): { from: number; to: number } | 'bundle' | null {
  const t = a.tokens[i];
  if (t?.type !== T_WORD) return null;
  if ((t.f2 & G_EACH) !== 0) {
    const per = t.info?.perUnit;
    // "satunya", "1nya", "each" name no unit: one piece only after ONE bundle ("2 kodi mukena, satunya
    // 150rb" may be one kodi: asked, bundle_each_or_piece).
    if (per === undefined || per === null) return one ? { from: i, to: i + 1 } : 'bundle';
    return PIECES.has(per) ? { from: i, to: i + 1 } : 'bundle';
  }
  if ((t.f2 & G_PER) !== 0) {
    const u = a.tokens[i + 1];
    if (u?.type !== T_WORD || (u.f & F_UNIT) === 0) return null;
    return PER_PIECE.has(u.key) ? { from: i, to: i + 2 } : 'bundle';
  }
  return null;
}

/** The message said again as pieces at the price each, or null. */
export function bundlePiecePrice(a: Analysis): string | null {
  if (a.nums.length !== 2 || a.question || (a.f & (F_FUTURE | F_QUESTION | F_NEG | F_TOTAL)) !== 0 || (a.f2 & (G_APPROX | G_CREDIT)) !== 0) return null;
  const [count, price] = a.nums as [typeof a.nums[0], typeof a.nums[0]];
  if (!isCount(a, count) || (count.value as { s: number }).s !== 0) return null;
  if (price.strength !== S_MONEY || price.rupiah === null || price.rupiah < 100 || price.approx || price.ambiguous) return null;
  const unit = unitAfter(a, count, price.start);
  const size = unit?.info?.size ?? null;
  if (unit === null || size === null || size.base !== 'pc' || size.n < 2) return null;
  // The piece word right before the price ("1 nya 30rb", "per biji 30rb") or right after ("30rb sebiji", "30rb/pcs").
  const one = (count.value as { m: number }).m === 1;
  let said = pieceWord(a, price.start - 1, one) ?? pieceWord(a, price.start - 2, one);
  if (said !== null && said !== 'bundle' && said.to !== price.start) said = null;
  if (said === null) {
    const slash = a.tokens[price.end];
    const u = a.tokens[price.end + 1];
    if (slash?.type === T_PUNCT && slash.text === '/' && u?.type === T_WORD && (u.f & F_UNIT) !== 0) {
      said = PER_PIECE.has(u.key) ? { from: price.end, to: price.end + 2 } : 'bundle';
    } else said = pieceWord(a, price.end, one);
  }
  if (said === null || said === 'bundle') return null;
  // Nothing else after the price: "1nya 30rb, sisanya 25rb" is another story.
  for (let i = Math.max(price.end, said.to); i < a.tokens.length; i++) if ((a.tokens[i] as Token).type !== T_PUNCT) return null;
  const drop = new Uint8Array(a.tokens.length);
  for (let i = said.from; i < said.to; i++) drop[i] = 1;
  const pieces = (count.value as { m: number }).m * size.n;
  for (let i = count.start; i <= count.end; i++) drop[i] = 1;
  return textOf(a.tokens, drop, new Map(), new Map([[count.start, `${pieces} biji`], [price.start, '@']]));
}
