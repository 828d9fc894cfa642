/**
 * "Not many sold, only …": "sonde laku banyak hari ini, cuma 3 piring nasi kuning @ 10rb" (Kupang
 * "sonde" = not), "gak laku banyak, cuma 5 bungkus 25rb", "ora akeh sing payu, mung 6 bungkus @5rb",
 * "teu loba nu laku, ngan 4 @10rb", "belum laku banyak, baru 3 bungkus @5rb".
 *
 * WHY: the negation before the selling verb made the whole message "not a fact" (asked), though it
 * negates only "many": the limiting word and the count after it state what did sell. Said again as
 * the sale it states ("laku hari ini, 3 piring nasi kuning @ 10rb") and read as usual.
 *
 * Only a negation, then within three words a selling word and a "many" word (either order, "yang"
 * between), and after it, within four words, a limiting word the list knows followed by a number.
 * "gak laku hari ini" (nothing sold) and "gak laku, cuma bayar parkir 5rb" (no count after the
 * limiting word) are left as they were.
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { textOf } from './per-day.ts';
import { present, trigger } from './triggers.ts';
import { F_NEG, F_SALE, F_WEAK } from './word-roles.ts';

/** Many, and selling well: Indonesian, Javanese "akeh", Sundanese "loba", "laris", "rame". */
const MANY = new Set(['banyak', 'byk', 'bnyk', 'banyk', 'akeh', 'okeh', 'loba', 'laris', 'rame', 'ramai', 'pati']);
/** Only, so far: "cuma", "hanya", "baru", Javanese "mung", "mek", "namung", Sundanese "ngan", "mung". */
const ONLY = new Set(['cuma', 'cuman', 'cm', 'cmn', 'hanya', 'hny', 'cuma2', 'baru', 'br', 'mung', 'mek', 'ngan', 'ukur', 'kur',
  'mong']);
/** Words that may stand between: "yang", Javanese "sing", Sundanese "nu", "hari ini", "sih". */
const BETWEEN = new Set(['yang', 'yg', 'sih', 'lah', 'terlalu', 'begitu', 'gitu', 'sangat']);

const T_MANY = trigger(MANY);
const T_ONLY = trigger(ONLY);

function isSell(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0;
}

/** The message said again without "not many" and the limiting word; null when it is not that shape. */
export function soldFewOnly(a: Analysis): string | null {
  if (!present(a, T_MANY) || !present(a, T_ONLY)) return null;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || (t.f & F_NEG) === 0) continue;
    // The negated phrase: a selling word and a "many" word within three words after the negation.
    let sell = -1;
    let many = -1;
    let j = i + 1;
    for (; j < tokens.length && j <= i + 4; j++) {
      const u = tokens[j] as Token;
      if (u.type !== T_WORD) break;
      if (isSell(u) && sell < 0) sell = j;
      else if (MANY.has(u.key) && many < 0) many = j;
      else if (!BETWEEN.has(u.key)) break;
    }
    // ("gak laris": selling well, negated, with no verb of its own.)
    if (many < 0 || (sell < 0 && tokens[many]?.key !== 'laris')) continue;
    // The limiting word, a few words on (past "hari ini", a comma), then a number.
    for (let k = j; k < tokens.length && k <= j + 4; k++) {
      const u = tokens[k] as Token;
      if (u.type === T_WORD && ONLY.has(u.key)) {
        const n = tokens[k + 1];
        const n2 = tokens[k + 2];
        const counted = n?.type === T_NUM || (isSell(n) && n2?.type === T_NUM) || (n !== undefined && (a.numIn[k + 1] ?? -1) >= 0);
        if (!counted) return null;
        // The rest has its own selling verb ("cuma laku 4 porsi"): drop the negated phrase; else it becomes "laku".
        const keepSell = !isSell(n) && sell >= 0;
        const drop = (x: number): boolean => x === i || x === many || (x === sell && !keepSell) || x === k ||
          (x > i && x < j && tokens[x]?.type === T_WORD && BETWEEN.has((tokens[x] as Token).key));
        const said = textOf(tokens, 0, tokens.length, drop);
        return sell < 0 ? `laku ${said}` : said;
      }
      if (u.type !== T_WORD && !(u.type === T_PUNCT && u.text === ',')) break;
    }
  }
  return null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
soldFewOnly.words = T_MANY;
