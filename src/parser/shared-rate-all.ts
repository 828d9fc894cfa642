/**
 * One rate she SAYS is for every line, whatever the goods (docs/PARSING.md, "One rate said to be
 * for all"): "laku klepon 40 biji lemper 35 nagasari 25 semua @2rb", "kunir asem 12 gelas, beras
 * kencur 9 gelas. sak gelas telungewu", "bakwan 50\ntahu isi 40\nsemua sewu an\ntotal 90rb".
 * shared-rate.ts asks when the counted lines name different goods (the price may be one line's
 * only); a word that shares the rate out — `semua`, `rata`, `kabeh`, `sadayana`, Javanese `sak
 * gelas`, or `@` opening a clause of its own after the list — settles it. Said again as
 * "N unit @X" for each count, so every later guard still judges it, and kept only when that reads
 * plainly (index.ts). A total line after it is a check: agreeing, it goes; else nothing is said again.
 */
import type { Analysis } from './analyze.ts';
import { S_MONEY, S_PLAIN, type NumExpr } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { FLOOR, isCount, textOf, unitAfter } from './shared-rate.ts';
import {
  F_FUTURE, F_NEG, F_PRICE, F_PROFIT, F_QUESTION, F_SALE, F_TOTAL, F_UNIT, F_WEAK, G_APPROX, G_CAPITAL, G_CREDIT, G_EACH, G_PER, G_PERCENT,
} from './word-roles.ts';

/** Words that share one rate out to every line ("semua @2rb", "rata 2rb", "kabeh 3 ewu", "sadayana 5rb"). */
const SHARE_WORDS = new Set(['semua', 'semuanya', 'smua', 'smuanya', 'semuane', 'rata', 'rata2', 'rata-rata', 'kabeh', 'kabehe', 'kabeh e',
  'sadayana', 'sedanten', 'sadaya']);
/** Words that may stand beside the rate and its share word: "sama semua", "harga", "per biji semua". */
const BESIDE_RATE = new Set(['sama', 'sm', 'podo', 'podho', 'padha', 'pada', 'harga', 'hrg', 'harganya', 'hargane', 'regane', 'rego', 'dihargai', 'jadi']);
/** Places a count before the sale verb may count ("titip di 3 warung laku …"): no goods sold. */
const PLACES = new Set(['warung', 'toko', 'kios', 'lapak', 'kantin', 'tempat', 'titik', 'outlet', 'cabang', 'sekolah', 'pasar', 'agen']);
/** Words that make a closing amount the check of the list, not a rate. */
const TOTAL_KEYS = new Set(['total', 'totalnya', 'jumlah', 'jumlahnya', 'jml', 'tot']);

function isEdge(t: Token | undefined): boolean {
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '.'));
}

/** "sak gelas", "sak biji": Javanese one-of, read as "satu gelas" each-words. */
function isSakUnit(t: Token): boolean {
  return (t.f2 & G_EACH) !== 0 && t.text.startsWith('sak');
}

interface Rate {
  num: NumExpr;
  /** First and past-last token of the rate's words (share word, marks, the amount, "an"). */
  from: number;
  to: number;
  unit: string;
  shared: boolean;
  /** A word shares it out (not "@" alone). */
  said: boolean;
  /** Marked as a price each by itself: "@", an each-word, "/kg", "per biji". */
  marked: boolean;
}

/** The rate's span around `num`: only share words, price marks and each-words beside it. */
function rateSpan(a: Analysis, num: NumExpr): Rate | null {
  let unit = '';
  let said = false;
  let marked = false;
  let from = num.start;
  for (let i = num.start - 1; i >= 0; i--) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && t.text === '@') marked = true;
    else if (t.type !== T_WORD) break;
    else if (SHARE_WORDS.has(t.key) || SHARE_WORDS.has(t.text)) said = true;
    else if (isSakUnit(t)) { said = true; marked = true; unit = t.info?.perUnit ?? unit; }
    else if ((t.f & F_UNIT) !== 0 && (a.tokens[i - 1]?.f2 ?? 0) & G_PER) { unit = t.key; marked = true; i--; from = i; continue; }
    else if ((t.f2 & G_EACH) !== 0) { unit = t.info?.perUnit ?? unit; marked = true; }
    else if (!BESIDE_RATE.has(t.key) && (t.f & F_PRICE) === 0) break;
    from = i;
  }
  // "@2rb" opening a clause of its own after the list: the rate for every line.
  const atAlone = marked && isEdge(a.tokens[from - 1]) && a.tokens[from]?.text === '@';
  let to = num.end;
  for (let i = num.end; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && t.text === '/' && (a.tokens[i + 1]?.f ?? 0) & F_UNIT) { unit = (a.tokens[i + 1] as Token).key; marked = true; i++; }
    else if (t.type !== T_WORD) break;
    else if (SHARE_WORDS.has(t.key) || SHARE_WORDS.has(t.text)) said = true;
    else if (isSakUnit(t)) { said = true; marked = true; unit = t.info?.perUnit ?? unit; }
    else if ((t.f2 & G_PER) !== 0 && (a.tokens[i + 1]?.f ?? 0) & F_UNIT) { unit = (a.tokens[i + 1] as Token).key; marked = true; i++; }
    else if ((t.f2 & G_EACH) !== 0) { unit = t.info?.perUnit ?? unit; marked = true; }
    else if (!(t.key === 'an' && i === num.end)) break;
    to = i + 1;
  }
  // ("sewu an": the "-an" marks a price each.)
  if (a.tokens[num.end - 1]?.key === 'an') marked = true;
  return { num, from, to, unit, shared: said || atAlone, said, marked };
}

/** Where the rate goes after a count: past the goods named after it ("5 bros,"), when none came before it in its clause. */
function goodsAfter(a: Analysis, n: NumExpr, at: number, limit: number): number {
  for (let i = n.start - 1; i >= 0 && !isEdge(a.tokens[i]); i--) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || t.info === null) return at;
  }
  let end = at;
  for (let i = at + 1; i < limit && !isEdge(a.tokens[i]); i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) return at;
    end = i;
  }
  return end;
}

/** The rate as the readers price it each: "@2rb", "@1500". */
function rateWord(rupiah: number): string {
  return rupiah % 1000 === 0 ? `@${rupiah / 1000}rb` : `@${rupiah}`;
}

/** Any word that makes the amounts other than a rate and its check: a plan, a question, profit, credit. */
function otherMoneyWords(a: Analysis, skipFrom: number, skipTo: number): boolean {
  if (a.question) return true;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || (i >= skipFrom && i < skipTo) || SHARE_WORDS.has(t.key) || SHARE_WORDS.has(t.text)) continue;
    if ((t.f & (F_PROFIT | F_FUTURE | F_QUESTION | F_NEG | F_TOTAL)) !== 0 || (t.f2 & (G_CAPITAL | G_CREDIT | G_PERCENT | G_APPROX)) !== 0) {
      if (t.key === 'an') continue;
      return true;
    }
  }
  return false;
}

/** A cheap look first: a share word, a Javanese "sak unit", or an "@", and three numbers or more. */
function worthALook(a: Analysis): boolean {
  if (a.nums.length < 3) return false;
  for (const t of a.tokens) {
    if (t.type === T_PUNCT ? t.text === '@' : SHARE_WORDS.has(t.key) || SHARE_WORDS.has(t.text) || isSakUnit(t)) return true;
  }
  return false;
}

/** The message said again with the shared rate beside every count, or null. */
export function sharedRateAll(a: Analysis, first = false): string | null {
  if (!worthALook(a)) return null;
  const nums = a.nums;
  // A closing total: "total 165rb" after the rate, a check of the list.
  let check: NumExpr | null = null;
  let checkFrom = a.tokens.length;
  let last = nums[nums.length - 1] as NumExpr;
  const beforeLast = a.tokens[last.start - 1];
  if (beforeLast?.type === T_WORD && TOTAL_KEYS.has(beforeLast.key) && last.strength === S_MONEY && last.rupiah !== null) {
    check = last;
    checkFrom = last.start - 1;
    // (The edge before the total word goes with it.)
    if (isEdge(a.tokens[checkFrom - 1])) checkFrom--;
    for (let i = last.end; i < a.tokens.length; i++) if (!isEdge(a.tokens[i])) return null;
    last = nums[nums.length - 2] as NumExpr;
  }
  const price = last;
  if (price.strength === S_PLAIN || price.rupiah === null || price.rupiah < 100 || price.ambiguous) return null;
  const rate = rateSpan(a, price);
  if (rate === null || !rate.shared) return null;
  // "semua @ 3.000": digits grouped in thousands are money after a price mark.
  if (price.strength !== S_MONEY && !rate.marked) return null;
  // The rate opens after an edge, a word or a count, never inside a range ("70-87rb semuanya").
  const opener = a.tokens[rate.from - 1];
  if (opener?.type === T_PUNCT && !isEdge(opener)) return null;
  for (let i = 0; i < rate.from; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && (t.text === '-' || t.text === '~' || t.text === '–' || t.text === 'x' || t.text === '=')) return null;
  }
  // Approximate only by its "-an" ("sewu an": a thousand each), and nothing after the rate but its check.
  if (price.approx && a.tokens[price.end - 1]?.key !== 'an' && a.tokens[price.end]?.key !== 'an') return null;
  for (let i = rate.to; i < checkFrom; i++) if (!isEdge(a.tokens[i])) return null;
  const counts = nums.filter((n) => n !== price && n !== check);
  if (counts.some((n) => n.end > rate.from || !isCount(a, n))) return null;
  // Counts before the sale verb that count places ("titip di 3 warung"): left out of the sales.
  let verb = -1;
  for (let i = 0; i < rate.from; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0) { verb = i; break; }
  }
  const drop = new Uint8Array(a.tokens.length);
  const sold: NumExpr[] = [];
  for (const n of counts) {
    if (verb >= 0 && n.start < verb) {
      const next = a.tokens[n.end];
      if (next?.type !== T_WORD || !PLACES.has(next.key)) return null;
      for (let i = n.start; i < n.end; i++) drop[i] = 1;
    } else sold.push(n);
  }
  if (sold.length < 2) return null;
  // One unit for every line, the rate's own when it names one: "10 bungkus, 5 kg, semua @7rb" stays asked.
  let unit: string | null = null;
  const after = new Map<number, string>();
  const word = rateWord(price.rupiah);
  let sum = 0;
  for (const n of sold) {
    const u = unitAfter(a, n, rate.from);
    if (u !== null && unit !== null && u.key !== unit) return null;
    // "@7rb" alone after the list: every count in the same unit, or none ("rengginang 18 bungkus, kalung 3, @7rb" asked).
    if (!rate.said && sold[0] !== n && (u?.key ?? null) !== unit) return null;
    if (u !== null && rate.unit !== '' && u.key !== rate.unit) return null;
    unit ??= u?.key ?? null;
    const v = n.value as { m: number; s: number };
    if ((v.m * price.rupiah) % 10 ** v.s !== 0) return null;
    sum += (v.m * price.rupiah) / 10 ** v.s;
    const at = goodsAfter(a, n, u === null ? n.end - 1 : n.end, rate.from);
    // (A comma after the rate parts run-on lines: "klepon 40 biji @2rb, lemper 35 @2rb".)
    after.set(at, isEdge(a.tokens[at + 1]) || at + 1 >= rate.from ? word : `${word},`);
  }
  if (check !== null && check.rupiah !== sum) return null;
  // "semua 10rb-an" alone may be about the total (asked, cases-trust-sources); a total that agrees settles it each.
  const an = price.approx || price.each || a.tokens[price.end - 1]?.key === 'an' || a.tokens[price.end]?.key === 'an';
  if (an && check === null) return null;
  // Before any reading only "semua 2rb" with no mark of its own, which the readers take for the total
  // of every piece: kept when that total leaves a piece under the floor no goods sell for.
  if (first && (rate.marked || price.rupiah / (sum / price.rupiah) >= FLOOR)) return null;
  if (otherMoneyWords(a, rate.from, a.tokens.length)) return null;
  // The rate's words go, with the edge that parted them from the list; so does the check.
  for (let i = rate.from; i < a.tokens.length; i++) drop[i] = 1;
  for (let i = rate.from - 1; i >= 0 && isEdge(a.tokens[i]); i--) drop[i] = 1;
  return textOf(a.tokens, drop, after, new Map());
}
