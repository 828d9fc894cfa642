/**
 * Splits a message into segments, each of which may become one entry.
 *
 * Separators: line breaks, commas, ";", "+", "&", "|", "dan"/"and"/"serta", and ":" (so
 * that "pengeluaran: plastik 10rb" is a heading segment and an entry segment). Separators
 * inside a number expression ("1,5jt", "Rp15.000,-") or inside a phone/date/time never
 * split. Bullets ("-", "•", "*", "1.") are simply skipped by later stages.
 *
 * A segment with no number at all that is followed on the same line by another segment
 * (through a comma or "dan") is merged into it: in "laku bros dan kalung total 50rb" the
 * words belong to the one amount, and in "laku 5 bros @15rb, beli manik 20rb" nothing is
 * merged because both parts have numbers.
 */
import { opensDeduction } from './deducted-net.ts';
import { isSoft, type Analysis } from './analyze.ts';
import { F_NUMWORD, F_PRICE, F_UNIT, G_CONJ, G_EACH, G_PER } from './word-roles.ts';
import { unitForUse } from './purpose-units.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { CHANGE_WORDS } from './money-owner.ts';

export const SEP_START = 0;
export const SEP_NL = 1;
export const SEP_COMMA = 2;
export const SEP_CONJ = 3;
export const SEP_COLON = 4;

export interface Segment {
  start: number;
  end: number;
  line: number;
  /** What separated this segment from the previous one. */
  sep: number;
  /** Has at least one number expression. */
  hasNum: boolean;
}

/** At most this many segments are considered; the rest of a long message is ignored. */
export const MAX_SEGMENTS = 60;

function sepKind(t: Token): number {
  if (t.type === T_NL) return SEP_NL;
  if (t.type === T_PUNCT) {
    switch (t.text) {
      case ',':
      case ';':
        return SEP_COMMA;
      case '+':
      case '&':
      case '|':
        return SEP_CONJ;
      case ':':
        return SEP_COLON;
      default:
        return -1;
    }
  }
  if (t.type === T_WORD && (t.f2 & G_CONJ) !== 0) return SEP_CONJ;
  return -1;
}

/**
 * Words that open a profit or net line ("untung 250rb", "laba bersih 100rb"): after an
 * amount they start a new segment even without a comma, so "omset 400rb untung 250rb" is a
 * turnover and a stated profit (a check, scan-record.ts), not two sales.
 */
/** "So" words that may open a profit line: "jadi untung 250rb", "berarti sisa 70rb". */
export const SO_WORDS = new Set(['jadi', 'jd', 'jdi', 'berarti', 'brarti', 'artinya', 'sehingga', 'dadi', 'dados']);

export const PROFIT_CHECK_WORDS = new Set(['untung', 'untungnya', 'laba', 'keuntungan', 'profit', 'rugi', 'ruginya', 'net',
  // Javanese "bathi"/"bati" (profit).
  'bathi', 'bathine', 'bati', 'batine']);

/**
 * "bersih" (net) is also an adjective ("cuci bersih", "laku 300rb bersih"), so it opens a net
 * clause only when an amount follows it at once: "masuk 300rb keluar 120rb bersih 200rb",
 * "… hasil bersih 200rb", "… sisa bersih 180rb" (the word before it then opens the clause).
 */
const NET_ADJ = new Set(['bersih', 'bersihnya', 'netto']);
/** Words "bersih" makes a net: "hasil bersih", "sisa bersih", "uang bersih". */
const BEFORE_NET_ADJ = new Set(['hasil', 'hasilnya', 'sisa', 'sisanya', 'pendapatan', 'penghasilan', 'pemasukan', 'uang', 'duit',
  'laba', 'untung', 'keuntungan', 'omset', 'omzet', 'dapat', 'dapet']);

/** Whether the net word at `i` is followed by its amount (after at most a colon or "=" ). */
function netAmountNext(a: Analysis, i: number): boolean {
  for (let j = i + 1; j < a.tokens.length && j <= i + 2; j++) {
    if (a.numIn[j] !== -1) return true;
    const t = a.tokens[j] as Token;
    if (!(t.type === T_PUNCT && (t.text === ':' || t.text === '='))) return false;
  }
  return false;
}

/**
 * "sekilonya 40rb", "per kg 40rb", "harga sekilo 40rb", "120rb sekilo", "120rb/kg": the
 * segment is a price per unit (it opens with the unit, or is an amount and then the unit).
 */
function startsWithUnitPrice(a: Analysis, seg: Segment): boolean {
  let i = seg.start;
  const t0 = a.tokens[i];
  if (t0 && t0.type === T_WORD && (t0.f & F_PRICE) !== 0) i++;
  if (i < seg.end && a.numIn[i] !== -1) {
    // An amount first: the rest of the segment must be just its unit.
    const k = a.numIn[i] as number;
    i = (a.nums[k] as Analysis['nums'][number]).end;
    if (i >= seg.end) return false;
    const t = a.tokens[i] as Token;
    // "35k each. beli cat 45k": a full stop ends the price's sentence (the next one is read on its own).
    let end = seg.end;
    for (let j = i; j < end; j++) {
      const u = a.tokens[j] as Token;
      if (u.type === T_PUNCT && u.text === '.' && a.numIn[j] === -1) {
        end = j;
        break;
      }
    }
    // "60rb sekilo bah", "25rb/kg ya bu": a closing particle or word of address after the price is no goods.
    while (end - 1 > i && isSoft(a.tokens[end - 1] as Token)) end--;
    const isPer = (t.type === T_WORD && (t.f2 & G_PER) !== 0) || (t.type === T_PUNCT && t.text === '/');
    if (t.type === T_WORD && (t.info?.perUnit !== undefined || (t.f2 & G_EACH) !== 0)) return i + 1 === end;
    const u = a.tokens[i + 1];
    return isPer && perWhat(a.tokens, u, seg.start) && i + 2 === end;
  }
  const t = a.tokens[i];
  if (!t || t.type !== T_WORD || i >= seg.end) return false;
  // "satunya 85rb", "1 nya 85rb", "masing-masing 10rb": a price for each, as "sekilonya" is.
  // "…, sekilo buat dagangan sekilo buat dapur": one unit FOR a use splits what she bought, it
  // prices nothing (purpose-units.ts).
  if (t.info?.perUnit !== undefined || (t.f2 & G_EACH) !== 0) return !unitForUse(a.tokens, i);
  const u = a.tokens[i + 1];
  return (t.f2 & G_PER) !== 0 && perWhat(a.tokens, u, seg.start);
}

/**
 * What a "per" prices: a counting unit, or the very goods counted before `before` ("jahitan 3
 * baju, 75rb per baju", "gamis 2, per gamis 125rb": per-counted.ts reads it as each).
 */
function perWhat(tokens: readonly Token[], u: Token | undefined, before: number): boolean {
  if (u === undefined || u.type !== T_WORD) return false;
  if ((u.f & F_UNIT) !== 0) return true;
  if (u.info !== null || u.text.length < 3) return false;
  for (let j = 0; j < before; j++) {
    const w = tokens[j] as Token;
    if (w.type !== T_WORD || w.text !== u.text) continue;
    if (tokens[j - 1]?.type === T_NUM || ((tokens[j - 1]?.f ?? 0) & F_NUMWORD) !== 0 || tokens[j + 1]?.type === T_NUM) return true;
  }
  return false;
}

export function splitSegments(a: Analysis): { segments: Segment[]; capped: boolean } {
  const raw: Segment[] = [];
  const { tokens, numIn, marks } = a;
  let start = 0;
  let line = 0;
  let sep = SEP_START;
  let hasNum = false;
  let capped = false;
  // (Segments are pushed inline, not by a named closure: tsx's keepNames gives each closure a
  // defineProperty per call, a measurable share of a parse.)
  for (let i = 0; i < tokens.length; i++) {
    if (numIn[i] !== -1) {
      hasNum = true;
      continue;
    }
    if (marks[i] !== 0) continue;
    const tok = tokens[i] as Token;
    const k = sepKind(tok);
    // A word that opens a segment of its own inside a line: the profit or change word
    // ("kembalian 5rb"), or the list's total ("…120rb. total 325rb", "…@ 4.000 total 336rb":
    // the list's, not this line's; checked in scan-record.ts).
    const opensSegment = k < 0 && hasNum &&
      ((tok.type === T_WORD && (PROFIT_CHECK_WORDS.has(tok.key) || CHANGE_WORDS.has(tok.key))) ||
        (tok.type === T_WORD && NET_ADJ.has(tok.key) && netAmountNext(a, i)) ||
        // "laku 150rb dikurangi modal jadi 60rb": the costs taken off open the net's clause (deducted-net.ts).
        opensDeduction(tokens, i) ||
        opensListTotal(tokens, start, i, raw.some((r) => r.line === line && r.hasNum)));
    if (opensSegment) {
      // "… 150rb jd untung 250rb": the "so" before the profit word opens the profit line with it.
      const prev = tokens[i - 1] as Token;
      let at = PROFIT_CHECK_WORDS.has(tok.key) && i - 1 > start && prev.type === T_WORD && SO_WORDS.has(prev.key) ? i - 1 : i;
      // "… hasil bersih 200rb", "… jadi bersih 200rb": the word before "bersih" opens the net clause with it.
      if (NET_ADJ.has(tok.key) && i - 1 > start && prev.type === T_WORD && (BEFORE_NET_ADJ.has(prev.key) || SO_WORDS.has(prev.key))) {
        at = i - 1;
      }
      if (at > start) raw.push({ start, end: at, line, sep, hasNum });
      if (raw.length >= MAX_SEGMENTS) {
        capped = true;
        break;
      }
      sep = SEP_COMMA;
      start = at;
      hasNum = false;
      continue;
    }
    if (k < 0 || (k !== SEP_NL && inAside(tokens, i))) continue;
    // "laku 200rb. beli jahe dan kunir 35rb": a sentence's full stop before "dan" ends the priced
    // sentence, so the goods after it join the ones "dan" adds (merged below, as after a comma).
    const stop = k === SEP_CONJ && hasNum ? stopBeforeConj(a, start, i) : -1;
    if (stop > start) {
      raw.push({ start, end: stop, line, sep, hasNum });
      sep = SEP_COMMA;
      start = stop + 1;
      hasNum = false;
    }
    if (i > start) raw.push({ start, end: i, line, sep, hasNum });
    if (raw.length >= MAX_SEGMENTS) {
      capped = true;
      break;
    }
    // A separator right after another one (", dan") keeps the stronger, earlier kind.
    if (!(i === start && sep !== SEP_START)) sep = k;
    else if (k === SEP_NL) sep = k;
    if (k === SEP_NL) line++;
    start = i + 1;
    hasNum = false;
  }
  if (!capped && tokens.length > start) raw.push({ start, end: tokens.length, line, sep, hasNum });

  // Merge number-less segments into the following one on the same line, and a price for a
  // unit into the line it prices ("5 ons cabe, sekilonya 40rb").
  const out: Segment[] = [];
  for (let s = 0; s < raw.length; s++) {
    const seg = raw[s] as Segment;
    const next = raw[s + 1];
    const prev = out[out.length - 1];
    if (prev && seg.sep === SEP_COMMA && prev.line === seg.line && prev.hasNum && startsWithUnitPrice(a, seg)) {
      prev.end = seg.end;
      prev.hasNum ||= seg.hasNum;
      continue;
    }
    if (!seg.hasNum && next && next.line === seg.line && (next.sep === SEP_COMMA || next.sep === SEP_CONJ)) {
      next.start = seg.start;
      next.sep = seg.sep;
      continue;
    }
    out.push(seg);
  }
  return { segments: out, capped };
}

/**
 * The full stop of the segment start..conj after its last amount, with words (no amount) between it
 * and the conjunction at `conj`: "laku 200rb. beli jahe | dan kunir 35rb". -1 when there is none.
 */
function stopBeforeConj(a: Analysis, start: number, conj: number): number {
  const { tokens, numIn, marks } = a;
  for (let j = conj - 1; j > start; j--) {
    const t = tokens[j] as Token;
    if (numIn[j] !== -1) return -1;
    if (t.type === T_PUNCT && t.text === '.' && marks[j] === 0) return j + 1 < conj ? j : -1;
  }
  return -1;
}

/** Words that open a stated total of a list ("total 325rb", "jumlahnya 725rb"). */
const LIST_TOTAL_WORDS = new Set(['total', 'totalnya', 'ttl', 'jumlah', 'jumlahnya']);

/**
 * A total word at `i` after a sentence stop ("…120rb. total 325rb") or after a price each in
 * a segment that follows other priced segments of the line (`listBefore`: "soto 23 porsi @
 * 12.000, es teh 15 gelas @ 4.000 total 336rb"): it totals the list, so it opens a segment of
 * its own. Otherwise ("laku 5 bros total 75rb") it stays the line's own total.
 */
function opensListTotal(tokens: readonly Token[], start: number, i: number, listBefore: boolean): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD || !LIST_TOTAL_WORDS.has(t.key)) return false;
  const before = tokens[i - 1];
  if (before !== undefined && before.type === T_PUNCT && before.text === '.') return true;
  // "laku 3 mukena @150rb total 400rb" alone: the line's own total (a mismatch asked as it stands).
  if (!listBefore) return false;
  for (let j = start; j < i; j++) {
    const u = tokens[j] as Token;
    if (u.type === T_PUNCT && u.text === '@') return true;
  }
  return false;
}

/**
 * A separator inside an aside ("80rb (plastik+gas)", "(kain, benang)") that closes on the same
 * line does not split: the aside says what the amount was, it is not a line of its own.
 */
function inAside(tokens: readonly Token[], i: number): boolean {
  let open = false;
  for (let j = i - 1; j >= 0 && j > i - 12; j--) {
    const t = tokens[j] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && t.text === ')')) return false;
    if (t.type === T_PUNCT && t.text === '(') {
      open = true;
      break;
    }
  }
  if (!open) return false;
  for (let j = i + 1; j < tokens.length && j < i + 12; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && t.text === '(')) return false;
    if (t.type === T_PUNCT && t.text === ')') return true;
  }
  return false;
}
