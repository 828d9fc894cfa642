/**
 * A count of containers with how many pieces each holds, and a price of one piece: "jual kue lumpur
 * 3 dus isi 10, sebiji 2.500" (75000), "beli minyak goreng 1 dus isi 12 @17rb" (204000), "laku 5
 * renteng kopi isi 10 @1.500", "beli rokok 2 slop isi 10 bungkus @25rb", "beli telur 2 tray isi 30,
 * per butir 2rb".
 *
 * WHY: "isi 10" is a second count; read as written it became the count of the sale (10 × 2.500)
 * with the containers' count left over (asked, or lost: "1 dus (isi 12) minyak @17rb" was a
 * confident 17000). The pieces are containers × pieces in each, and a price said of one piece
 * multiplies them.
 *
 * A price is one piece's when it follows the pieces in each ("isi 12 @17rb", "isi 10 bungkus
 * @25rb", "isi 12) minyak @17rb"), or is marked so after a comma ("sebiji", "satunya", "per biji",
 * "per butir", "satuannya", "/pcs"). Then the message is said again with the pieces counted ("3 dus
 * isi 10" → "30 pcs"), which every count-and-price reader knows. A price right after the containers
 * ("2 dus @110rb isi 40") is per container: the "isi" clause is only what each holds, and is left
 * out. Anything else (a bare amount after "isi 10": the total, or one piece's?) is left as written,
 * asked by the readers. Only whole counts; "isi 25 kg" (a weight) is not pieces.
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { textOf } from './per-day.ts';
import { S_PLAIN } from './amount.ts';

/** Containers sold or bought whole with a number of pieces in each. */
const CONTAINERS = new Set(['dus', 'dos', 'doz', 'kardus', 'karton', 'pak', 'pack', 'pax', 'box', 'boks', 'bal', 'renteng', 'ikat', 'slop',
  'krat', 'peti', 'toples', 'kotak', 'kantong', 'bungkus', 'bks', 'tray', 'rak', 'papan', 'sisir', 'blek']);
const FILL = new Set(['isi', 'isinya', 'berisi', 'isine', 'isina']);
/** Words for one piece after the count inside ("isi 10 bungkus"). */
const PIECES = new Set(['pcs', 'pc', 'biji', 'bji', 'buah', 'bh', 'bungkus', 'bks', 'botol', 'btl', 'sachet', 'saset', 'butir', 'btr', 'lembar',
  'lbr', 'batang', 'btg', 'potong', 'cup', 'gelas', 'kaleng', 'pasang', 'psg', 'bungkusan', 'pak', 'pack', 'kotak', 'biji']);
/** A price of one piece said on its own ("sebiji 2.500", "per biji 2.500", "satuannya 2.500"). */
const ONE_PIECE = new Set(['sebiji', 'satunya', 'satuan', 'satuannya', 'perbiji', 'perpcs', 'sebutir', 'sebungkus', 'sebotol', 'sesachet',
  'sesaset', 'selembar', 'sebatang', 'sepotong', 'secup', 'segelas', 'sekaleng', 'sepasang', 'ecer', 'ecerannya', 'eceran']);
/** Marks of a price each right before it. */
const EACH_MARKS = new Set(['@', 'x', '×']);
const T_FILL = trigger(FILL);
const MAX_ITEM_WORDS = 3;

function plainCount(t: Token | undefined): number | null {
  if (t === undefined || t.type !== T_NUM || t.num?.plain !== true || !t.num.ok || !/^[1-9][0-9]{0,3}$/.test(t.text)) return null;
  return Number(t.text);
}
function word(t: Token | undefined): string {
  return t !== undefined && t.type === T_WORD ? t.key : '';
}
function isPunct(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && (t.type === T_PUNCT || t.type === T_WORD) && set.has(t.text.toLowerCase());
}

/** A money amount starting at token i (a scale, or 500 and more). */
function moneyAt(a: Analysis, i: number): boolean {
  const n = a.nums.find((x) => x.start === i);
  return n !== undefined && n.rupiah !== null && (n.strength > S_PLAIN || n.rupiah >= 500);
}

/** The message with one "<N> <container> isi <M>" counted as pieces (or its fill left out), or null. */
export function containerFill(a: Analysis): string | null {
  if (!present(a, T_FILL)) return null;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const n = plainCount(tokens[i]);
    if (n === null || !CONTAINERS.has(word(tokens[i + 1]))) continue;
    // A money amount right after the containers: "2 dus @110rb isi 40" — per container.
    let j = i + 2;
    const items: number[] = [];
    while (j < tokens.length && items.length < MAX_ITEM_WORDS && tokens[j]?.type === T_WORD && !FILL.has(word(tokens[j])) && (tokens[j] as Token).f === 0) items.push(j++);
    let priceFirst = -1;
    if (isPunct(tokens[j], EACH_MARKS) && moneyAt(a, j + 1)) {
      priceFirst = j;
      const ex = a.nums.find((x) => x.start === j + 1);
      j = ex === undefined ? j + 2 : ex.end;
    }
    const open = tokens[j]?.type === T_PUNCT && tokens[j]?.text === '(' ? 1 : 0;
    if (!FILL.has(word(tokens[j + open]))) continue;
    const m = plainCount(tokens[j + open + 1]);
    if (m === null || m < 2) continue;
    let end = j + open + 2;
    let unit = 'pcs';
    if (PIECES.has(word(tokens[end]))) unit = (tokens[end++] as Token).text.toLowerCase();
    // "isi 25 kg", "isi 5 liter": a weight or measure, not pieces.
    else if (tokens[end]?.type === T_WORD && (tokens[end] as Token).info?.size !== undefined) continue;
    if (open === 1) {
      if (tokens[end]?.type !== T_PUNCT || tokens[end]?.text !== ')') continue;
      end++;
    }
    const fillFrom = j;
    if (priceFirst >= 0) {
      // The price is the container's: what each holds is said in passing.
      return textOf(tokens, 0, tokens.length, (k) => k >= fillFrom && k < end);
    }
    // After the fill: item words, then "@17rb"; or ", sebiji 2.500", "per biji 2.500", "2.500/pcs".
    let k = end;
    const after: number[] = [];
    while (k < tokens.length && after.length < MAX_ITEM_WORDS && tokens[k]?.type === T_WORD && (tokens[k] as Token).f === 0 &&
      !ONE_PIECE.has(word(tokens[k]))) after.push(k++);
    let each = false;
    if (isPunct(tokens[k], EACH_MARKS) && moneyAt(a, k + 1)) each = true;
    else {
      if (after.length === 0 && tokens[k]?.type === T_PUNCT && tokens[k]?.text === ',') k++;
      if (ONE_PIECE.has(word(tokens[k])) && moneyAt(a, k + 1 + (word(tokens[k + 1]) === 'nya' ? 1 : 0))) each = true;
      else if ((word(tokens[k]) === 'per' || word(tokens[k]) === 'harga') && (PIECES.has(word(tokens[k + 1])) || word(tokens[k + 1]) === 'satuan') && moneyAt(a, k + 2)) each = true;
      else if (moneyAt(a, k)) {
        const ex = a.nums.find((x) => x.start === k);
        const t = ex === undefined ? undefined : tokens[ex.end];
        const t2 = ex === undefined ? undefined : tokens[ex.end + 1];
        if (ONE_PIECE.has(word(t)) || (t?.text === '/' && PIECES.has(word(t2))) || (word(t) === 'per' && PIECES.has(word(t2)))) each = true;
      }
    }
    if (!each) continue;
    // "3 dus isi 10" → "30 pcs", the goods named inside kept after it.
    const said = `${n * m} ${unit}${items.length > 0 ? ` ${items.map((x) => (tokens[x] as Token).text).join(' ')}` : ''}`;
    const before = textOf(tokens, 0, i);
    const rest = textOf(tokens, end, tokens.length);
    const glue = rest === '' || (tokens[end] as Token).attached ? '' : ' ';
    return `${before}${before === '' ? '' : ' '}${said}${glue}${rest}`;
  }
  return null;
}
