/**
 * One price each closing several counts of the same unit: "kemarin jual rengginang 18 bungkus,
 * hari ini 22 bungkus, @7rb" is 18 × 7.000 yesterday and 22 × 7.000 today (docs/PARSING.md,
 * "Counts in dozens, kodi and pairs, and the price of one").
 *
 * Read before amounts (analyze.ts): when the last clause of a line is only a price each (`@7rb`,
 * `sebungkus 7rb`, `7rb sebungkus`, `masing-masing 7rb`) and the two or more clauses before it
 * each count the same unit with no money of their own, the price is written again into each of
 * them ("… 18 bungkus @7rb, hari ini 22 bungkus @7rb"), a shape the day lines and the entries
 * already read. Counts of different units ("18 bungkus, 3 kalung, @7rb"), a clause with money,
 * or a price that names another unit are left as written (and asked as before).
 */
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_NUMWORD, F_PRICE, F_SCALE, F_SLANG, F_UNIT, G_EACH, G_HUNDRED, G_TENS, G_TEENS } from './word-roles.ts';

/** Clause bounds [start, end) of the line starting at `from`, split at commas; and where the line ends. */
function clausesOf(tokens: readonly Token[], from: number): { clauses: [number, number][]; end: number } {
  const clauses: [number, number][] = [];
  let start = from;
  let k = from;
  for (; k < tokens.length && (tokens[k] as Token).type !== T_NL; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_PUNCT && (t.text === ',' || t.text === ';')) {
      clauses.push([start, k]);
      start = k + 1;
    }
  }
  clauses.push([start, k]);
  return { clauses, end: k };
}

/** [s, e) is only a price each: "@7rb", "sebungkus 7rb", "7rb masing-masing"; the unit it names or '' (none), or null. */
function eachPrice(tokens: readonly Token[], s: number, e: number): string | null {
  let each = false;
  let money = false;
  let unit = '';
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_PUNCT && t.text === '@') each = true;
    else if (t.type === T_NUM) money ||= (t.num?.grouped ?? false) || ((tokens[k + 1]?.f ?? 0) & F_SCALE) !== 0;
    else if (t.type === T_WORD && (t.f2 & G_EACH) !== 0) {
      each = true;
      unit = t.info?.perUnit ?? '';
    } else if (t.type === T_WORD && (t.f & (F_SCALE | F_SLANG)) !== 0) money ||= (t.f & F_SLANG) !== 0 || k > s;
    else if (!(t.type === T_WORD && ((t.f & (F_PRICE | F_NUMWORD)) !== 0 || (t.f2 & (G_HUNDRED | G_TENS | G_TEENS)) !== 0))) return null;
  }
  return each && money ? unit : null;
}

/** [s, e) counts one unit with no money: the unit's key, or null. */
function countedUnit(tokens: readonly Token[], s: number, e: number): string | null {
  let unit: string | null = null;
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_NUM) {
      if (t.num === null || !t.num.ok || !t.num.plain || t.num.value.m >= 1000) return null;
      const u = tokens[k + 1];
      if (unit !== null || u === undefined || k + 1 >= e || u.type !== T_WORD || (u.f & F_UNIT) === 0) return null;
      unit = u.key;
    } else if (t.type === T_WORD && ((t.f & (F_SCALE | F_SLANG)) !== 0 || (t.f2 & G_EACH) !== 0)) return null;
    else if (t.type === T_PUNCT && t.text === '@') return null;
  }
  return unit;
}

/**
 * The shape can be there: two clause commas and a price-each mark ("@" or an each word), which
 * `clausesOf` and `eachPrice` need. WHY: most messages have neither, and walking them clause by
 * clause allocated an array a clause (about 2 % of a parse's garbage) to find nothing.
 */
function mayShareEachPrice(tokens: readonly Token[]): boolean {
  let commas = 0;
  let each = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_PUNCT) {
      if (t.text === ',' || t.text === ';') commas++;
      else if (t.text === '@') each = true;
    } else if (t.type === T_WORD && (t.f2 & G_EACH) !== 0) each = true;
  }
  return commas >= 2 && each;
}

/** Rewrites, in place, a price each closing several counts of one unit into each of them. */
export function settleSharedEachPrice(tokens: Token[]): void {
  if (!mayShareEachPrice(tokens)) return;
  for (let from = 0; from < tokens.length;) {
    const { clauses, end } = clausesOf(tokens, from);
    const last = clauses[clauses.length - 1] as [number, number];
    const priceUnit = clauses.length >= 3 ? eachPrice(tokens, last[0], last[1]) : null;
    if (priceUnit !== null) {
      const counted = clauses.slice(0, -1).map(([s, e]) => countedUnit(tokens, s, e));
      const unit = counted[0];
      if (unit !== null && unit !== undefined && counted.every((u) => u === unit) && (priceUnit === '' || priceUnit === unit)) {
        const price = tokens.slice(last[0], last[1]);
        // Drop the price clause and its comma; then put a copy at each counted clause's end, last first.
        tokens.splice(last[0] - 1, last[1] - last[0] + 1);
        for (let c = clauses.length - 2; c >= 0; c--) {
          const at = (clauses[c] as [number, number])[1];
          tokens.splice(at, 0, ...price.map((t, n) => ({ ...t, attached: n === 0 ? false : t.attached })));
        }
        return;
      }
    }
    from = end + 1;
  }
}
