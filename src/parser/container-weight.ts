/**
 * Containers counted with the weight one holds: "jual telur 5 peti, per peti 15 kg, harga 26
 * ribu per kilo" is 75 kg at 26.000 a kilo; "beli telur 1 peti 15 kg x 27.500" is 15 kg at
 * 27.500. Eggs, rice, sugar and fruit go by the peti, karung, krat or dus, and are priced by
 * the kilo (docs/PARSING.md, "Counts in dozens, kodi and pairs, and the price of one").
 *
 * Read before amounts (analyze.ts), written again as the weight itself ("75 kg"), so the price
 * per kilo that follows multiplies it as any weight:
 * - N containers, then the weight OF ONE ("per peti 15 kg", "@15 kg", "isi 15 kg", "masing-masing
 *   15 kg", "sepeti 15 kg"): N × that weight.
 * - ONE container and a weight right after it ("1 peti 15 kg", "sekarung 50 kg"): the weight.
 * Two or more containers and a weight with no word for one ("5 peti 75 kg": all of them, or
 * each?) are left as written, and asked as before. Only weights and measures (kg, gram, ons,
 * liter) are read: "1 dus 40 bungkus" counts pieces, not a price per kilo.
 */
import { lookupWord } from './lexicon.ts';
import { mulInt, readNumeral, toNumber, type Dec } from './numeral.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_NUMWORD, F_SCALE, F_UNIT } from './word-roles.ts';

/** Units that hold goods weighed inside them. */
const CONTAINERS: ReadonlySet<string> = new Set(['peti', 'karung', 'krat', 'dus', 'kardus', 'box', 'keranjang', 'sak', 'ember', 'tray',
  'kotak', 'jerigen', 'jeriken', 'jirigen', 'galon', 'bal', 'tong', 'drum']);
/** Words that say the weight after them is of one container: "per peti", "@", "isi", "masing-masing". */
const OF_ONE: ReadonlySet<string> = new Set(['per', 'tiap', 'setiap', '@', 'isi', 'isinya', 'masing-masing', 'masing2', 'mas2', 'each']);

/** A plain count: digits under 1.000 or a number word, its value; else null. */
function countAt(t: Token | undefined): Dec | null {
  if (t === undefined) return null;
  if (t.type === T_NUM) return t.num !== null && t.num.ok && !t.num.grouped && toNumber(t.num.value) < 1000 ? t.num.value : null;
  if (t.type === T_WORD && (t.f & F_NUMWORD) !== 0 && (t.f & F_SCALE) === 0 && typeof t.info?.num === 'number' && Number.isInteger(t.info.num)) {
    return { m: t.info.num, s: 0 };
  }
  return null;
}

/**
 * A unit of weight or volume things are priced by at t: ons, kg, liter, kwintal, ton. Not gram or ml:
 * "1 kotak 500 gram @45rb" is a box of that size at 45rb, never 500 grams at 45rb each.
 */
function weighs(t: Token | undefined): boolean {
  if (t === undefined || t.type !== T_WORD || (t.f & F_UNIT) === 0) return false;
  const size = lookupWord(t.key)?.size;
  return size !== undefined && (size.base === 'g' || size.base === 'ml') && size.n >= 100;
}

/** t is a container word ("peti"), or "se"+container ("sepeti", one of it). */
function container(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && CONTAINERS.has(t.key);
}

/** "sepeti", "sekarung", "sakarung": one container, the weight after it of that one. */
function oneContainer(t: Token | undefined): boolean {
  if (t === undefined || t.type !== T_WORD) return false;
  const rest = t.text.startsWith('se') || t.text.startsWith('sa') ? t.text.slice(2) : '';
  return rest.length > 2 && CONTAINERS.has(rest) && t.info?.perUnit === rest;
}

function numToken(value: Dec, attached: boolean): Token {
  const s = value.s === 0 ? String(value.m) : String(toNumber(value)).replace('.', ',');
  return { type: T_NUM, text: s, key: s, info: null, f: 0, f2: 0, attached, num: readNumeral(s) };
}

/**
 * The weight after a container count at `from` (the token after the container): skips a comma and
 * a word for one ("per peti", "@", "isi"); returns the index of the weight's number and whether a
 * word for one was there, or null.
 */
function weightAfter(tokens: readonly Token[], from: number): { at: number; ofOne: boolean } | null {
  let k = from;
  if (tokens[k]?.type === T_PUNCT && tokens[k]?.text === ',') k++;
  let ofOne = false;
  while (tokens[k] !== undefined && OF_ONE.has((tokens[k] as Token).key)) {
    ofOne = true;
    k++;
    if (container(tokens[k])) k++; // "per peti"
  }
  if (oneContainer(tokens[k])) {
    ofOne = true; // "sepeti 15 kg"
    k++;
  }
  if (countAt(tokens[k]) === null && !(tokens[k]?.type === T_NUM && tokens[k]?.num?.ok === true && tokens[k]?.num?.grouped === false)) return null;
  return weighs(tokens[k + 1]) ? { at: k, ofOne } : null;
}

/** Below this a kilo (or litre), a price for a whole container of them is no price: it is per kilo. */
const MIN_PER_KILO = 2_500;
/** A price each after one container's weight that may be per container: asked (record.ts). */
const UNSURE_WEIGHT = new WeakSet<Token>();

/** One container's weight and a price each after it that may be the container's (see `settleContainerWeights`). */
export function unsureContainerPrice(tokens: readonly Token[]): boolean {
  // Only a weight's unit word is ever put in the set (`weighs`): numbers and marks, most of a
  // message, pass on their type without a WeakSet lookup (one ran on every token of every record).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD && UNSURE_WEIGHT.has(t)) return true;
  }
  return false;
}

/** "@ 20rb", "x 27.500" at k: the rupiah of a price each not tied to a unit; else null. */
function eachPriceAfter(tokens: readonly Token[], k: number): number | null {
  const mark = tokens[k];
  if (mark === undefined || !(mark.text === '@' || mark.text === 'x')) return null;
  const n = tokens[k + 1];
  if (n?.type !== T_NUM || n.num === null || !n.num.ok) return null;
  const after = tokens[k + 2];
  // A unit named after the price ("@20rb/kg", "x 20rb per kilo") ties it: no doubt.
  const scale = after?.type === T_WORD && (after.f & F_SCALE) !== 0 ? after.info?.scale ?? 1 : 1;
  const tied = tokens[k + (scale > 1 ? 3 : 2)];
  if (tied !== undefined && (tied.text === '/' || tied.text === 'per' || tied.info?.perUnit !== undefined)) return null;
  return toNumber(n.num.value) * scale;
}

/** Rewrites, in place, a count of containers and the weight each holds as that weight. */
export function settleContainerWeights(tokens: Token[]): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    const one = oneContainer(tokens[i]);
    const n = one ? { m: 1, s: 0 } : countAt(tokens[i]);
    if (n === null || (!one && !container(tokens[i + 1]))) continue;
    const w = weightAfter(tokens, one ? i + 1 : i + 2);
    if (w === null) continue;
    const count = toNumber(n);
    // "5 peti 75 kg": the weight of them all, or of each? Left as written (asked).
    if (count !== 1 && !w.ofOne) continue;
    const weight = (tokens[w.at] as Token).type === T_NUM ? ((tokens[w.at] as Token).num as { value: Dec }).value : countAt(tokens[w.at]);
    if (weight === null) continue;
    const total = mulInt(weight, count);
    if (total === null) continue;
    // "1 dus 5 kg @20rb": 20rb a kilo, or for the box? Asked unless a box at that price would be
    // under MIN_PER_KILO a kilo ("1 peti 15 kg x 27.500": Rp1.833 a kilo of eggs is no price).
    if (count === 1 && !w.ofOne) {
      const each = eachPriceAfter(tokens, w.at + 2);
      const kilos = toNumber(weight) * ((lookupWord((tokens[w.at + 1] as Token).key)?.size?.n ?? 1000) / 1000);
      if (each !== null && kilos > 0 && each / kilos >= MIN_PER_KILO) UNSURE_WEIGHT.add(tokens[w.at + 1] as Token);
    }
    tokens.splice(i, w.at + 1 - i, numToken(total, (tokens[i] as Token).attached));
  }
}
