/**
 * A lower price she actually let the goods go for, after a price already written on the
 * same line: "laku 2 taplak 150rb sepasang, kukasih 140rb aja", "jual bros 20rb, tak kasih
 * 18rb", "daster 85rb dilepas 75rb aja". The later amount replaces the earlier one (it is
 * what changed hands): it never adds to it. When the reading is not that one amount alone,
 * the caller asks (never a sum of both).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { numAt } from './number-at.ts';

/** "I gave it for": Indonesian, Javanese "tak kei / tak wenehi" read "kasih" (regional-words.ts). */
const GAVE = new Set(['kasih', 'kukasih', 'kasi', 'kukasi', 'dikasih', 'dikasi', 'ngasih', 'ngasi', 'kasihkan', 'lepas', 'dilepas',
  'kulepas', 'lepasin', 'kulepasin', 'dilepasin', 'kukasihkan', 'kuberi', 'diberi', 'beri', 'kasihin', 'kukasihin']);
/** "jadi 140rb aja", "cuma 140rb": a result only when "aja / saja / doang" closes it. */
const RESULT = new Set(['jadi', 'jd', 'jdi']);
/** Words that may stand between the giving word and the amount: "kukasih cuma 140rb", "dikasih harga 140rb". */
const BETWEEN = new Set(['cuma', 'cuman', 'cm', 'hanya', 'harga', 'jadi', 'jd', 'aja', 'saja', 'sama', 'ke', 'dia', 'beliau']);
/** "aja", "saja", "doang": only that much. */
const ONLY = new Set(['aja', 'saja', 'ja', 'doang', 'tok', 'wae', 'bae', 'hungkul']);
/** The words the reading opens on (it runs on every record, and finds none in most). */
const T_GIVEN = trigger(GAVE, RESULT);

/** The amount she let the goods go for after an earlier price on its line, or null. */
export function givenPrice(a: Analysis): number | null {
  if (!present(a, T_GIVEN)) return null;
  const { tokens } = a;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    const gave = GAVE.has(t.key) || GAVE.has(t.text);
    if (!gave && !RESULT.has(t.key)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 2 && tokens[j]?.type === T_WORD && BETWEEN.has((tokens[j] as Token).key)) j++;
    const ex = numAt(a, j);
    if (ex === null || ex.rupiah === null || ex.rupiah < 1000) continue;
    // "jadi 140rb" is her total as often as a lower price: only "jadi 140rb aja" is the latter.
    if (!gave && !ONLY.has(tokens[ex.end]?.key ?? '')) continue;
    // An earlier price on the same line (higher, or an each price times a count: either way
    // the given amount is what changed hands, not a second sale).
    let earlier = false;
    for (let k = i - 1; k >= 0; k--) {
      const u = tokens[k] as Token;
      if (u.type === T_NL) break;
      const before = u.type === T_NUM ? numAt(a, k) : null;
      if (before !== null && before.rupiah !== null && before.rupiah >= 1000) {
        earlier = true;
        break;
      }
    }
    if (earlier) return ex.rupiah;
  }
  return null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
givenPrice.words = T_GIVEN;
