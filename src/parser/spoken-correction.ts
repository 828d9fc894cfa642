/**
 * A count corrected as she speaks (voice typing): "laku nasi kuning 20 bungkus eh salah bukan
 * 20 tapi 25 bungkus @5rb", "laku nasi kuning dua puluh eh salah dua puluh lima bungkus". The
 * later count replaces the earlier one: the earlier count, the correction words (and a unit
 * the new count repeats) are hidden, so "laku nasi kuning 25 bungkus @5rb" is read.
 *
 * Only a count (a plain number, not money: money corrections are scan-record.ts's
 * self-correction) — or money when "bukan X" names the old amount exactly ("laku 3 bros 45rb
 * eh salah bukan 45rb tapi 54rb") — only one correction in the message, and the old number
 * named after "bukan" must be the last one written before. Otherwise the correction is unclear and asked
 * (`self_correction_unclear`): which number she meant is never guessed.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { withoutTokens } from './stated-price.ts';
import { present, trigger } from './triggers.ts';
import { F_PRICE, F_TOTAL, F_UNIT } from './word-roles.ts';
import { addsMore, CLOSES_CORRECTION, countBehindPrice, trailingTakeBack } from './count-past-price.ts';

/** Words that open a spoken correction: "eh", "eh salah", "salah", "maksudnya", "ralat", "sori". */
const OPEN = new Set(['eh', 'ehh', 'eeh', 'salah', 'maksudnya', 'maksud', 'ralat', 'sori', 'sorry', 'koreksi']);
/** Words that may follow the opening before the new number. */
const MORE = new Set(['eh', 'salah', 'maksudnya', 'maksud', 'saya', 'aku', 'yg', 'yang', 'bener', 'benar', 'betul', 'betulnya', 'benernya',
  'harusnya', 'seharusnya', 'tadi', 'ding', 'deng', 'dink', 'ya', 'maaf', 'sori', 'nya', 'jadi']);
const BUT = new Set(['tapi', 'tp', 'tapinya', 'tetapi', 'melainkan']);
/** "salah satu(nya)": one of them. */
const ONE_OF = new Set(['satu', 'satunya', 'seorang', 'sijine', 'hiji']);

export interface SpokenCorrection {
  view: Analysis | null;
  /** The correction could not be applied safely: asked. */
  unclear: boolean;
}

function plainCount(a: Analysis, x: number): boolean {
  const ex = a.nums[x];
  return ex !== undefined && ex.strength === S_PLAIN && ex.rupiah !== null && ex.rupiah > 0 && ex.rupiah < 1000;
}

/** The value of the last number before token `m` on its line, or null. */
function lastBefore(a: Analysis, m: number): number | null {
  for (let k = m - 1; k >= 0; k--) {
    if ((a.tokens[k] as Token).type === T_NL) return null;
    const x = a.numIn[k] as number;
    if (x >= 0) return a.nums[x]?.rupiah ?? null;
  }
  return null;
}

const T_SPOKEN = trigger(OPEN);
/** The correction applied, or unclear; null when the message has no spoken count correction. */
export function spokenCorrection(a: Analysis): SpokenCorrection | null {
  if (!present(a, T_SPOKEN)) return null;
  const { tokens } = a;
  let found: SpokenCorrection | null = null;
  for (let m = 1; m < tokens.length; m++) {
    const t = tokens[m] as Token;
    if (t.type !== T_WORD || !OPEN.has(t.key) || a.numIn[m] !== -1) continue;
    let j = m + 1;
    while (j < tokens.length && (tokens[j] as Token).type === T_WORD && MORE.has((tokens[j] as Token).key)) j++;
    // "eh salah satu bros cacat": "salah satu" is "one of them", never a count corrected to one.
    if (ONE_OF.has(tokens[j]?.key ?? '') && tokens[j - 1]?.key === 'salah') continue;
    // "eh bukan, 3 pcs", "eh salah, 12 biji": "bukan" closed by a comma is "no", not the old count named.
    while (tokens[j]?.text === ',' || (tokens[j]?.key === 'bukan' && tokens[j + 1]?.text === ',')) j++;
    // "bukan 20 tapi 25": the old count named.
    let named: number | null = null;
    if (tokens[j]?.key === 'bukan') {
      const x = a.numIn[j + 1] as number;
      if (x < 0) continue;
      const ex = a.nums[x];
      // "bukan 20 tapi 25", and money named exactly: "bukan 45rb tapi 54rb".
      if (!ex || ex.rupiah === null || ex.start !== j + 1) continue;
      named = ex.rupiah;
      j = ex.end;
      if (!BUT.has(tokens[j]?.key ?? '')) {
        // "45rb eh bukan 54rb": "bukan" is "no", and the money after it the one she meant —
        // scan-record.ts's self-correction. Naming the old money again without "tapi" is unclear.
        if (ex.strength !== S_PLAIN && named !== lastBefore(a, m)) continue;
        // "12 bungkus eh bukan 11 bungkus": after "eh" (or "salah") "bukan" is "no", and a count
        // other than the one before it is the one she meant (as for money).
        const old = lastBefore(a, m);
        if (ex.strength !== S_PLAIN || old === null || named === old) return { view: null, unclear: true };
        j = ex.start;
        named = null;
      } else j++;
    }
    const y = a.numIn[j] as number;
    if (y < 0 || a.nums[y]?.start !== j) continue;
    // A money correction ("eh salah 85rb") is scan-record.ts's; not a count — unless the old
    // money is named ("bukan 45rb tapi 54rb"): then the one named is replaced, whatever it is.
    const yEx = a.nums[y];
    if (named === null ? !plainCount(a, y) : !yEx || yEx.rupiah === null || (yEx.strength === S_PLAIN) !== plainCount(a, y)) continue;
    if (found) return { view: null, unclear: true };
    // "laku 5 bros eh 3 kalung 30rb": other goods after the new count — not the same count
    // corrected (or is it?): asked.
    const newEnd = (a.nums[y] as { end: number }).end;
    // "eh 4 dink", "12 biji maksudnya": the correction closed after the new count (count-past-price.ts).
    const tail = trailingTakeBack(a, newEnd);
    if (addsMore(a, newEnd)) return { view: null, unclear: true };
    const after = tokens[newEnd];
    if (tail === newEnd && after !== undefined && after.type === T_WORD && after.info === null && !tokens.slice(0, m).some((w) => w.key === after.key)) {
      return { view: null, unclear: true };
    }
    // "laku 10 kerudung @50rb eh 5 di shopee", "eh 2 buat adik", "eh 5 kemarin": a count with a
    // clause of its own after it (a known word that is no unit, price or total) tells of part of
    // them, not the count corrected: asked, never recorded as the count replaced.
    if (tail === newEnd && after !== undefined && after.type === T_WORD && after.info !== null && (after.f & (F_UNIT | F_PRICE | F_TOTAL)) === 0) {
      return { view: null, unclear: true };
    }
    // The count corrected: the last number before the opening word, on the same line.
    let old = -1;
    for (let k = m - 1; k >= 0; k--) {
      if ((tokens[k] as Token).type === T_NL) break;
      const x = a.numIn[k] as number;
      if (x >= 0) {
        old = x;
        break;
      }
    }
    // "bros 10 @12rb, eh salah 12 biji": the count stands before the price (count-past-price.ts).
    if (named === null && old >= 0 && !plainCount(a, old)) {
      const behind = countBehindPrice(a, old, y, tail);
      if (behind === null) return { view: null, unclear: true };
      const hide = new Uint8Array(tokens.length);
      hide.fill(1, m, behind.tail);
      found = { view: withoutTokens(behind.view, hide), unclear: false };
      m = behind.tail;
      continue;
    }
    const oldEx = old >= 0 ? a.nums[old] : undefined;
    if (!oldEx || (named === null ? !plainCount(a, old) : named !== oldEx.rupiah || (oldEx.strength === S_PLAIN) !== (yEx?.strength === S_PLAIN))) {
      return { view: null, unclear: true };
    }
    // "20 bungkus eh bukan, 20": the same count said again corrects nothing she can see: asked.
    if (named === null && oldEx.rupiah === yEx?.rupiah) return { view: null, unclear: true };
    const hide = new Uint8Array(tokens.length);
    for (let k = oldEx.start; k < oldEx.end; k++) hide[k] = 1;
    // "20 bungkus eh salah 25 bungkus": the unit is written again after the new count.
    for (let k = oldEx.end; k < m; k++) {
      const w = tokens[k] as Token;
      if (w.type === T_WORD && tokens[newEnd]?.key === w.key) hide[k] = 1;
      // Other words between the old count and the correction ("20 bungkus terus eh …") are kept.
    }
    for (let k = m; k < j; k++) hide[k] = 1;
    for (let k = newEnd; k < tail; k++) if (CLOSES_CORRECTION.has((tokens[k] as Token).key)) hide[k] = 1;
    // "laku 4 eh 5 ding, 5 toples": the new count said again at once is one count.
    let next = tail;
    while ((tokens[next] as Token | undefined)?.type === T_PUNCT) next++;
    const again = a.numIn[next] as number;
    if (tail > newEnd && again >= 0 && a.nums[again]?.start === next && a.nums[again]?.rupiah === yEx?.rupiah) hide.fill(1, j, next);
    found = { view: withoutTokens(a, hide), unclear: false };
    m = j;
  }
  return found;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
spokenCorrection.words = T_SPOKEN;
