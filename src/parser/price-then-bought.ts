/**
 * A price per unit said first, often in talk about prices, and how much she bought said after it:
 * "telur hari ini 28rb/kg kemarin masih 26rb, tetep beli 3kg" (3 × 28.000), "harga cabe naik
 * terus, kemarin 60rb skrg 75rb sekilo, beli setengah kilo aja" (½ × 75.000), "harga beras naik
 * 1rb jadi 14rb/kg, beli 10kg" (10 × 14.000), "beli telur kemarin 26rb sekilo hari ini 27.500,
 * beli 2 kilo". Read left to right, the price was her money (or a sale), the old price a second
 * entry and the quantity a line without money — asked about money she never meant.
 *
 * WHY here, on known words only: the price part (the sentence before the buying clause) holds
 * the goods, money amounts and words of price talk only (a past time, "masih", "naik", "jadi",
 * "skrg", "harga"…). An amount after a past time ("kemarin 60rb", "dulu", "biasanya") or "dari"
 * is the old price, an amount right after "naik"/"turun" with another amount later is how much
 * it moved; exactly one amount must be left — the price today — and it (or the old price beside
 * it) must be marked per unit ("/kg", "per kg", "sekilo"). The buying clause: a buying verb and
 * one plain quantity with no money, in the price's unit ("3kg", "2 kilo"), or a fraction of it
 * with no unit ("setengah", "seperempat aja"); goods it names must be the priced ones. The
 * message is written again ("beli 3 kg telur @28000") and read once more, so plans and questions
 * are judged as anywhere. Any other word, a second quantity, another unit ("2 ons" of a price
 * per kg) or two prices of today leave the message as it was (asked).
 *
 * Also: a clause that only says the price rose ("harganya naik", "naik harganya", "harga lagi
 * naik") with no amount is her comment, not a line without money: it is left out
 * ("beli minyak goreng 2 liter 34rb eh salah 36rb, harganya naik" is the corrected 36.000).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { sameUnit } from './same-unit.ts';
import { present, trigger } from './triggers.ts';
import { F_DATE, F_EXPENSE, F_FILLER, F_PRICE, F_SALE, F_UNIT, F_WEAK, G_EACH, G_HALF, G_PER, G_WITHDRAW } from './word-roles.ts';

/** The price moved: "naik", "turun". */
const MOVED = new Set(['naik', 'turun', 'mundak', 'mundhak', 'munggah', 'melonjak', 'nambah']);
/** A past time: the amount after it is the old price. */
const PAST = new Set(['kemarin', 'kemaren', 'kmrn', 'kmren', 'kmaren', 'kemarenan', 'dulu', 'dlu', 'biyen', 'mbiyen', 'wingi', 'biasanya',
  'biasane', 'biasa', 'sebelumnya', 'sblmnya', 'sebelume', 'normalnya', 'lalu', 'minggu lalu', 'bulan lalu', 'lama', 'lawas']);
/** "naik dari 40rb": where it moved from. */
const FROM = new Set(['dari', 'dr', 'teko']);
/** Words of today's price: "hari ini", "skrg", "jadi". */
const NOW = new Set(['hari ini', 'skrg', 'sekarang', 'skg', 'saiki', 'jadi', 'jd', 'dadi', 'now']);
/** Words of price talk that add nothing to the goods. */
const TALK = new Set(['masih', 'msh', 'terus', 'trs', 'lagi', 'lg', 'mulu', 'mahal', 'murah', 'banget', 'bgt', 'udah',
  'sudah', 'wes', 'wis', 'ya', 'yah', 'sih', 'nih', 'tuh', 'kok', 'lho', 'loh', 'bu', 'pas', 'cuma', 'cm', 'mung', 'aja', 'juga', 'jg',
  'per', 'harga', 'harganya', 'hrg', 'regane', 'rego', 'rega', 'lho', 'gila', 'duh', 'aduh', 'wah', 'mak', 'emang', 'memang', 'pasar',
  'di', 'ini']);
/** Words before her buying verb that only say she went ahead: dropped ("tetep beli" read as a person "Tetep"). */
const AHEAD = new Set(['tetep', 'tetap', 'ttp', 'tetp', 'akhirnya', 'akhire', 'terpaksa', 'tapi', 'tp', 'tpi', 'yaudah', 'yowes', 'ya', 'jadi',
  'jd', 'aku', 'saya', 'sy', 'aja', 'tetep aja']);
/** Words after her quantity that add nothing ("beli setengah kilo aja"). */
const TAIL = new Set(['aja', 'saja', 'doang', 'dulu', 'dl', 'sih', 'deh', 'ya']);
/** Price words that open the talk ("harga cabe …"). */
const PRICE_WORD = new Set(['harga', 'harganya', 'hrg', 'hrgnya', 'regane', 'rego', 'rega']);
const T_TALK = trigger(MOVED, PAST, NOW);
const T_MOVED = trigger(MOVED);

interface Span {
  start: number;
  end: number;
}

function isEdge(t: Token | undefined, commas: boolean): boolean {
  if (t === undefined) return true;
  if (t.type === T_NL) return true;
  if (t.type !== T_PUNCT) return false;
  return t.text === '.' || t.text === '!' || (commas && (t.text === ',' || t.text === ';'));
}

function spans(tokens: readonly Token[], commas: boolean): Span[] {
  const out: Span[] = [];
  let s = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !isEdge(tokens[i], commas)) continue;
    if (i > s) out.push({ start: s, end: i });
    s = i + 1;
  }
  return out;
}

function numsIn(a: Analysis, s: Span): NumExpr[] {
  return a.nums.filter((n) => n.start >= s.start && n.end <= s.end);
}


function textOf(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    out += t.type === T_NL ? '\n' : `${out === '' || out.endsWith('\n') || t.attached ? '' : ' '}${t.text}`;
  }
  return out;
}

/** The unit the amount is priced per ("/kg", "per kg", "sekilo"), and the tokens that mark it. */
function unitAfter(a: Analysis, n: NumExpr, end: number): { unit: string; to: number } | null {
  const t = a.tokens[n.end];
  const u = a.tokens[n.end + 1];
  if (t === undefined || n.end >= end) return null;
  if (((t.type === T_PUNCT && t.text === '/') || (t.type === T_WORD && (t.f2 & G_PER) !== 0)) && u?.type === T_WORD &&
    (u.f & F_UNIT) !== 0 && n.end + 1 < end) return { unit: u.key, to: n.end + 2 };
  if (t.type === T_WORD && (t.f2 & G_EACH) !== 0 && t.info?.perUnit !== undefined) return { unit: t.info.perUnit, to: n.end + 1 };
  return null;
}

/** The quantity bought in [from, to): its text, unit, and the token after it; null when it is no such clause. */
function quantity(a: Analysis, from: number, to: number, priceUnit: string): { text: string; at: number; after: number } | null {
  const ns = numsIn(a, { start: from, end: to });
  if (ns.length > 1) return null;
  if (ns.length === 0) {
    // "beli sekilo": one of the unit.
    for (let i = from; i < to; i++) {
      const t = a.tokens[i] as Token;
      if (t.type === T_WORD && (t.f2 & G_EACH) !== 0 && t.info?.one === true && t.info.perUnit !== undefined) {
        return sameUnit(t.info.perUnit, priceUnit) ? { text: `1 ${priceUnit}`, at: i, after: i + 1 } : null;
      }
    }
    return null;
  }
  const q = ns[0] as NumExpr;
  if (q.strength !== S_PLAIN || q.approx || q.value === null) return null;
  if (q.rupiah !== null && q.rupiah >= 1000) return null;
  if (q.rupiah === null && q.problem !== 'fraction') return null;
  const qText = textOf(a.tokens, q.start, q.end);
  const u = a.tokens[q.end];
  if (u?.type === T_WORD && (u.f & F_UNIT) !== 0 && q.end < to) {
    return sameUnit(u.key, priceUnit) ? { text: `${qText} ${priceUnit}`, at: q.start, after: q.end + 1 } : null;
  }
  // No unit: only a fraction of the price's unit ("setengah", "seperempat", "1/2").
  if (q.rupiah !== null) return null;
  return { text: `${qText} ${priceUnit}`, at: q.start, after: q.end };
}

/** Words a clause names as goods: no verb, price, unit, filler, date or talk word. */
function goodsWord(a: Analysis, i: number): boolean {
  const t = a.tokens[i] as Token;
  if (t.type !== T_WORD || a.marks[i] !== 0 || a.numIn[i] !== -1) return false;
  if ((t.f & (F_SALE | F_EXPENSE | F_PRICE | F_UNIT | F_FILLER | F_DATE)) !== 0 || (t.f2 & (G_EACH | G_PER | G_HALF)) !== 0) return false;
  return !(MOVED.has(t.key) || PAST.has(t.key) || NOW.has(t.key) || TALK.has(t.key) || FROM.has(t.key));
}

/** "harganya naik", "naik harganya", "harga lagi naik": a clause only saying the price rose. */
function risenClause(a: Analysis, s: Span): boolean {
  let moved = false;
  let price = false;
  for (let i = s.start; i < s.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD || a.numIn[i] !== -1) return false;
    if (MOVED.has(t.key)) moved = true;
    else if (PRICE_WORD.has(t.key)) price = true;
    else if (!TALK.has(t.key) && !NOW.has(t.key)) return false;
  }
  return moved && price;
}

/** The message with the clauses that only say the price rose left out, or null. */
function withoutRisen(a: Analysis): string | null {
  if (!present(a, T_MOVED) || a.nums.length === 0) return null;
  const cl = spans(a.tokens, true);
  const drop = cl.filter((s) => risenClause(a, s));
  if (drop.length === 0 || drop.length === cl.length) return null;
  let out = '';
  let from = 0;
  for (const s of drop) {
    out += textOf(a.tokens, from, s.start);
    from = s.end + 1;
  }
  out += textOf(a.tokens, from, a.tokens.length);
  out = out.replace(/[\s,;]+$/u, '').trim();
  return out === '' ? null : out;
}

/** One sentence written again with the quantity priced, or null. */
function sentencePriced(a: Analysis, sent: Span): string | null {
  // The buying verb, after some money in the sentence, its clause with no money.
  let verb = -1;
  for (let i = sent.start; i < sent.end; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && (t.f & F_EXPENSE) !== 0 && (t.f & F_WEAK) === 0 && a.numIn[i] === -1 &&
      numsIn(a, { start: sent.start, end: i }).some((n) => n.strength !== S_PLAIN)) verb = i;
  }
  if (verb < 0) return null;
  let clauseEnd = verb + 1;
  while (clauseEnd < sent.end && !isEdge(a.tokens[clauseEnd], true)) clauseEnd++;
  // Words right before the verb: a word of going ahead (dropped) or her day ("kemarin beli 3kg", kept).
  let buyStart = verb;
  const kept: string[] = [];
  for (; buyStart > sent.start && !isEdge(a.tokens[buyStart - 1], true) && a.numIn[buyStart - 1] === -1; buyStart--) {
    const t = a.tokens[buyStart - 1] as Token;
    if (t.type === T_WORD && (t.f & F_DATE) !== 0 && a.numIn[buyStart - 1] === -1 && (t.f2 & G_EACH) === 0) kept.unshift(t.text);
    else if (!AHEAD.has(t.key)) break;
  }
  // No other number after her quantity in the sentence ("…, beli 3kg, bayar 100rb": what she handed over?).
  if (numsIn(a, { start: verb, end: sent.end }).length > 1) return null;
  // The price part: the sentence before the buying clause (its comma, if any, left out).
  let priceEnd = buyStart;
  if (priceEnd > sent.start && isEdge(a.tokens[priceEnd - 1], true)) priceEnd--;
  if (priceEnd <= sent.start) return null;
  const part: Span = { start: sent.start, end: priceEnd };
  const amounts = numsIn(a, part);
  if (amounts.length === 0 || amounts.length > 3) return null;
  // Each amount: old, a move, or today's.
  let today: NumExpr | null = null;
  let todayUnit: string | null = null;
  let otherUnit: string | null = null;
  const used = new Set<number>();
  let prevEnd = part.start;
  for (let k = 0; k < amounts.length; k++) {
    const n = amounts[k] as NumExpr;
    if (n.strength === S_PLAIN || n.rupiah === null || n.rupiah < 100 || n.approx || n.ambiguous) return null;
    let old = false;
    let now = false;
    for (let i = prevEnd; i < n.start; i++) {
      const key = (a.tokens[i] as Token).key;
      if (PAST.has(key)) old = true;
      if (NOW.has(key)) {
        now = true;
        old = false;
      }
    }
    const before = a.tokens[n.start - 1];
    if (before !== undefined && FROM.has(before.key)) old = true;
    const moveBy = before !== undefined && MOVED.has(before.key) && k + 1 < amounts.length;
    const mark = unitAfter(a, n, part.end);
    prevEnd = mark?.to ?? n.end;
    for (let i = n.start; i < prevEnd; i++) used.add(i);
    if (moveBy && !now) continue;
    if (old && !now) {
      if (mark !== null) otherUnit ??= mark.unit;
      continue;
    }
    if (today !== null) return null;
    today = n;
    todayUnit = mark?.unit ?? null;
  }
  if (today === null) return null;
  // Today's price unmarked: only at its clause's end, beside an old price marked per unit.
  if (todayUnit === null) {
    if (!isEdge(a.tokens[today.end], true) && today.end !== part.end) return null;
    todayUnit = otherUnit;
  }
  if (todayUnit === null) return null;
  // Every other word of the price part: goods (one run, first), or price talk.
  const goods: string[] = [];
  let goodsDone = false;
  for (let i = part.start; i < part.end; i++) {
    const t = a.tokens[i] as Token;
    if (used.has(i)) {
      goodsDone ||= goods.length > 0;
      continue;
    }
    if (goodsWord(a, i)) {
      if (goodsDone) return null;
      goods.push(t.text);
      continue;
    }
    goodsDone ||= goods.length > 0;
    if (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '/')) continue;
    if (t.type !== T_WORD) return null;
    if ((t.f & (F_SALE | F_UNIT)) !== 0 || (t.f2 & G_WITHDRAW) !== 0) return null;
    if ((t.f & F_EXPENSE) !== 0 && i !== part.start) return null;
  }
  // The buying clause: verb, goods named (the priced ones) or none, the quantity, words of nothing, or a purpose after.
  const q = quantity(a, verb + 1, clauseEnd, todayUnit);
  if (q === null) return null;
  const named: string[] = [];
  for (let i = verb + 1; i < q.at; i++) {
    if (!goodsWord(a, i)) return null;
    named.push((a.tokens[i] as Token).text);
  }
  if (named.length > 0 && goods.length > 0 && named.join(' ').toLowerCase() !== goods.join(' ').toLowerCase()) return null;
  if (named.length === 0 && goods.length === 0) return null;
  let tailFrom = q.after;
  while (tailFrom < clauseEnd && TAIL.has((a.tokens[tailFrom] as Token).key)) tailFrom++;
  const tail = tailFrom < clauseEnd ? (a.tokens[tailFrom] as Token) : undefined;
  if (tail !== undefined && !PURPOSE.has(tail.key)) return null;
  const what = named.length > 0 ? named.join(' ') : goods.join(' ');
  const rest = textOf(a.tokens, tailFrom, sent.end);
  return `${kept.length > 0 ? `${kept.join(' ')} ` : ''}${(a.tokens[verb] as Token).text} ${q.text} ${what} @${today.rupiah}${rest === '' ? '' : ` ${rest}`}`;
}

/** Her purpose after the quantity: "beli 10kg buat nasi bungkus". */
const PURPOSE = new Set(['buat', 'bwt', 'untuk', 'utk', 'kanggo', 'gawe', 'nggo', 'dipake', 'dipakai']);

/** The message written again with the price of the quantity she bought, or null when it is no such message. */
export function priceThenBought(a: Analysis): string | null {
  if ((a.f & F_EXPENSE) === 0 || a.nums.length === 0) return null;
  const marked = (a.f2 & (G_EACH | G_PER)) !== 0 || a.tokens.some((t) => t.text === '/');
  if (!marked && !present(a, T_TALK)) return null;
  const risen = withoutRisen(a);
  if (!marked) return risen;
  let out = '';
  let changed = false;
  let from = 0;
  for (const sent of spans(a.tokens, false)) {
    const again = sentencePriced(a, sent);
    if (again === null) continue;
    out += textOf(a.tokens, from, sent.start);
    out += `${out === '' || out.endsWith('\n') ? '' : ' '}${again}`;
    from = sent.end;
    changed = true;
  }
  if (!changed) return risen;
  out += textOf(a.tokens, from, a.tokens.length).replace(/^(?=[^\s.,\n])/u, ' ');
  return out;
}
