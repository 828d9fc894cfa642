/**
 * A sold-out word heading a list: "kue basah hari ini habis semua:" / "gorengan ludes" / "dagangan
 * entek kabeh", then lines (or comma clauses after the colon) of goods and a count each, with a
 * price each on the lines or said once for all ("semuanya @2.500", "semua 2rb-an"). Goods counted
 * at a price each under "all gone" are goods sold — nobody lists what she used up by the piece
 * under that heading. Read before "habis" is taken for money spent (its other meaning), which
 * made every line an expense.
 *
 * Settled in context-words.ts with the other sold-out shapes; the caller gives the sold-out
 * word's neighbours' word lists so both readers judge "all", "spent on" and "used up" alike.
 */
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { knownWares } from './sold-wares.ts';
import { F_DATE, F_EXPENSE, F_FILLER, F_SALE, F_SCALE, F_SLANG, G_EACH } from './word-roles.ts';

export interface SoldOutWords {
  /** The sold-out words themselves ("habis", "ludes", "entek"…). */
  soldOut: ReadonlySet<string>;
  /** What may follow the sold-out word in its heading: "semua", "kabeh", "alhamdulillah", "hari ini"… */
  allGone: ReadonlySet<string>;
  /** Money or stock that is spent or used up, not sold: "uang", "modal", "stok", "bahan"… */
  moneyGone: ReadonlySet<string>;
  /** A purpose or a buying word: "buat", "beli", "bayar"… */
  spentOn: ReadonlySet<string>;
  /** Goods she uses up: gas, fuel, plastic bags… */
  usedUp: ReadonlySet<string>;
}

/**
 * 'sure' when the sold-out word at i heads a priced list of her wares; 'unsure' when the list is
 * priced but its goods are not known wares (read as sales, asked); null when this is not the shape.
 */
export function soldOutHeading(tokens: readonly Token[], i: number, w: SoldOutWords): 'sure' | 'unsure' | null {
  // The heading: from the start of its line, no number before the sold-out word, nothing spent.
  let lineStart = 0;
  for (let j = i - 1; j >= 0; j--) if ((tokens[j] as Token).type === T_NL) { lineStart = j + 1; break; }
  const heading: string[] = [];
  for (let j = lineStart; j < i; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NUM) return null;
    if (t.type !== T_WORD) continue;
    if (spent(t, w)) return null;
    if ((t.f & (F_FILLER | F_SALE | F_DATE)) === 0) heading.push(t.text);
  }
  // After it, only "semua", a day or a selling word, up to the line's end or a colon.
  let j = i + 1;
  let all = false;
  for (; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && t.text === ':')) break;
    if (t.type === T_PUNCT && (t.text === '!' || t.text === '.')) continue;
    if (t.type !== T_WORD) return null;
    if (w.allGone.has(t.key) || w.allGone.has(t.text)) { all = true; continue; }
    if ((t.f & (F_SALE | F_DATE)) === 0 || spent(t, w)) return null;
  }
  if (j >= tokens.length) return null;
  // Bare "habis:" over a list may be "spent:"; "habis semua:" or goods named before it is sold out.
  if (heading.length === 0 && !all) return null;
  // The list: goods then a plain count, at least two of them, and a price each somewhere.
  let items = 0;
  let each = false;
  const goods: string[] = [];
  let words: string[] = [];
  for (let k = j + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';'))) { words = []; continue; }
    if (t.type === T_PUNCT && t.text === '@') { each = true; continue; }
    if (t.type === T_WORD) {
      if (spent(t, w) || w.soldOut.has(t.text)) return null;
      if ((t.f2 & G_EACH) !== 0 || /(?:ribu|rb|rebu|ewu)an$/.test(t.text)) each = true;
      if ((t.f & (F_FILLER | F_SCALE | F_SLANG)) === 0) words.push(t.text);
      continue;
    }
    if (t.type === T_NUM && t.num?.plain === true && words.length > 0 && !scaled(tokens[k + 1])) {
      items++;
      goods.push(words.join(' '));
      words = [];
    }
  }
  if (items < 2 || !each) return null;
  // Her wares by the heading ("kue basah … habis semua") or by every line; else sales, asked.
  return knownWares(heading) || goods.every((g) => knownWares(g.split(' '))) ? 'sure' : 'unsure';
}

/** Money spent or goods used up: "uang", "bensin", "beli", an expense word that is not a sold-out word. */
function spent(t: Token, w: SoldOutWords): boolean {
  return w.moneyGone.has(t.key) || w.usedUp.has(t.key) || w.spentOn.has(t.key) || ((t.f & F_EXPENSE) !== 0 && !w.soldOut.has(t.text));
}

/** The token after a count makes it money: "30rb", "30 ribu". */
function scaled(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && (t.f & (F_SCALE | F_SLANG)) !== 0;
}
