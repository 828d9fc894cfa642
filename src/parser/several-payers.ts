/**
 * Several named people paying or buying in one message: "bu Sri sama bu Yuni bayar utang, masing2
 * 25rb", "bu Ani, bu Rina, bu Tuti nyicil utang @20rb", "bu Ani sama bu Sri bayar, total 70rb",
 * "bu A sama bu B beli bros masing2 2 @15rb".
 *
 * WHY: the payment reader took the first name as the one payer and the amount said "each" as
 * the whole ("bu Sri sama bu Yuni bayar utang, masing2 25rb" was Bu Sri paying 25.000: 25.000 of
 * the 50.000 lost, and Bu Yuni's part put on Bu Sri's tab). A customer's payment names one
 * customer, so money from several is never recorded unasked: the amount is the total (the
 * amount × the payers when said "each": masing-masing, per orang, tiap orang, "@"), the payers
 * named together, and the bot asks (note `several_payers`). Buyers buying "each" the same goods
 * ("beli bros masing2 2 @15rb") are one sale of all the pieces: read again as the first buyer
 * buying the count × the buyers (a reshape, index.ts RESHAPES).
 *
 * Only titled names ("bu", "pak", "mbak"…: the lexicon's honorifics) joined by "sama/dan/&/,",
 * right before the paying or buying verb (an "already" word may stand between).
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { ParseResult } from './types.ts';
import { F_FUTURE, F_NEG, G_CREDIT, G_HONORIFIC } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Joining two payers: "bu Sri sama bu Yuni", "bu Sri dan bu Yuni", "bu Sri & bu Yuni", "bu Sri, bu Yuni". */
const JOIN = new Set(['sama', 'sm', 'ama', 'dan', 'dn', 'ma', '&', ',', '+']);
/** Their paying verb: "bayar", "nyicil", "lunasin", "tf". */
const PAYS = new Set(['bayar', 'byr', 'membayar', 'nyicil', 'cicil', 'mencicil', 'nyicilin', 'lunasin', 'lunasi', 'melunasi', 'ngelunasin',
  'transfer', 'tf', 'trf', 'nyaur', 'mayar', 'mbayar', 'setor', 'nyetor', 'lunas', 'pelunasan', 'dilunasi']);
/** Paid in full. */
const SETTLED = new Set(['lunas', 'lunasin', 'lunasi', 'melunasi', 'ngelunasin', 'pelunasan', 'dilunasi']);
/** Their buying verb: "beli", "ambil", "borong". */
const BUYS = new Set(['beli', 'membeli', 'ambil', 'ngambil', 'borong', 'order', 'pesan', 'pesen']);
/** Between the names and the verb: "bu Sri sama bu Yuni udah bayar". */
const ALREADY = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'tadi', 'td', 'baru', 'barusan', 'juga', 'pada', 'wis', 'wes']);
/** "each": said after the amount or before it. */
const EACH_ONE = new Set(['masing-masing', 'masing', 'masing2', 'msg2', 'msing2', 'sendiri-sendiri']);
const EACH_PER = new Set(['per', 'tiap', 'setiap', 'perorang', 'seorang']);
const PERSON = new Set(['orang', 'org', 'kepala', 'orangnya']);

const T_JOIN = trigger(JOIN);

interface Payers {
  start: number;
  /** The end of the first payer's name. */
  firstEnd: number;
  /** The end of the last payer's name. */
  end: number;
  names: string[];
  /** The verb after them. */
  verb: number;
  /** Each payer's own amount, in order, when said after each name; else empty. */
  own: number[];
}

function titled(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  return t?.type === T_WORD && (t.f2 & G_HONORIFIC) !== 0 && n?.type === T_WORD && (n.f2 & G_HONORIFIC) === 0 && !JOIN.has(n.key);
}

function up(w: string): string {
  return `${w[0]?.toUpperCase()}${w.slice(1)}`;
}

function nameAt(tokens: readonly Token[], i: number): string {
  return `${up((tokens[i] as Token).text)} ${up((tokens[i + 1] as Token).text)}`;
}

/** The money amount starting at token `k` ("bu Sri 25rb sama bu Yuni 30rb"), or null. */
function amountAt(a: Analysis, k: number): { end: number; rupiah: number } | null {
  const e = a.nums.find((n) => n.start === k);
  return e === undefined || e.rupiah === null || e.strength === S_PLAIN ? null : { end: e.end, rupiah: e.rupiah };
}

/**
 * Two or more titled names joined, then (after "already" and "each" words) a verb of `verbs`; null when not
 * so said. Each name may have its own amount right after it ("bu Sri 25rb sama bu Yuni 30rb bayar utang").
 */
function namedPayers(a: Analysis, verbs: ReadonlySet<string>): Payers | null {
  if (!present(a, T_JOIN)) return null;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    if (!titled(tokens, i)) continue;
    const names = [nameAt(tokens, i)];
    const own: number[] = [];
    let k = i + 2;
    let firstEnd = k;
    const first = amountAt(a, k);
    if (first !== null) {
      own.push(first.rupiah);
      k = first.end;
      firstEnd = k;
    }
    for (;;) {
      const j = tokens[k];
      if (j === undefined || !JOIN.has(j.key) || !titled(tokens, k + 1)) break;
      names.push(nameAt(tokens, k + 1));
      k += 3;
      const next = amountAt(a, k);
      if (next !== null) {
        own.push(next.rupiah);
        k = next.end;
      }
    }
    if (names.length < 2 || (own.length > 0 && own.length !== names.length)) return null;
    // ("bu Ani sama bu Sri masing2 beli 2 bros": "each" before the verb too.)
    let v = k;
    while (ALREADY.has(tokens[v]?.key ?? '') || EACH_ONE.has(tokens[v]?.key ?? '')) v++;
    if (tokens[v]?.type !== T_WORD || !verbs.has((tokens[v] as Token).key)) return null;
    return { start: i, firstEnd, end: k, names, verb: v, own };
  }
  return null;
}

/** Where "each" is said (its first token), from token `from` on; -1 when it is not. */
function eachAt(tokens: readonly Token[], from: number, at: boolean): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (EACH_ONE.has(t.key)) return i;
    if (t.key === 'perorang' || (EACH_PER.has(t.key) && PERSON.has(tokens[i + 1]?.key ?? ''))) return i;
    if (at && t.type === T_PUNCT && t.text === '@') return i;
  }
  return -1;
}

/**
 * "bu Sri sama bu Yuni bayar utang, masing2 25rb": several payers — the total, asked. Null when the
 * message is not so said, has more than one amount, or is not a fact (a promise, "belum bayar").
 */
export function detectSeveralPayers(a: Analysis): ParseResult | null {
  const p = namedPayers(a, PAYS);
  if (p === null) return null;
  const { tokens } = a;
  if (tokens.some((t) => t.type === T_WORD && (t.f & (F_NEG | F_FUTURE)) !== 0) || a.dates.some((m) => m.future)) return null;
  if (a.nums.some((e) => e.start >= p.verb && e.rupiah === null)) return null;
  const money = a.nums.filter((e) => e.start > p.verb && e.rupiah !== null && e.strength !== S_PLAIN);
  const settled = tokens.some((t) => SETTLED.has(t.key));
  const customer = p.names.join(' & ');
  const asked = { intent: 'payment_received' as const, customer, settled, order: false, confidence: C_DOUBT, notes: ['several_payers'] };
  // "bu Sri 25rb sama bu Yuni 30rb bayar utang": each one's own, added.
  if (p.own.length > 0) return money.length === 0 ? { ...asked, amount: p.own.reduce((sum, n) => sum + n, 0) } : null;
  // "bu Sri sama bu Yuni lunas": settled, no amount — each one's tab, asked.
  if (money.length === 0) return a.nums.length === 0 ? { ...asked, amount: null } : null;
  const values = new Set(money.map((e) => e.rupiah));
  if (values.size !== 1) return null;
  const value = money[0]?.rupiah as number;
  const each = eachAt(tokens, p.end, true) >= 0;
  return { ...asked, amount: each ? value * p.names.length : value };
}

/**
 * "bu A sama bu B beli bros masing2 2 @15rb" → "bu A beli bros 4 @15rb": buyers buying the same count
 * each, said again as one buyer buying all the pieces (the count × the buyers). Null when not so said.
 */
export function severalBuyersShape(a: Analysis): string | null {
  const p = namedPayers(a, BUYS);
  if (p === null) return null;
  const { tokens } = a;
  const each = eachAt(tokens, p.end, false);
  if (each < 0) return null;
  // ("…, belum bayar", "ngebon", "bayar nanti": whose tab each is cannot be one buyer's — left as read.)
  if (p.own.length > 0 || tokens.some((t) => t.type === T_WORD && ((t.f & (F_NEG | F_FUTURE)) !== 0 || (t.f2 & G_CREDIT) !== 0 || PAYS.has(t.key)))) return null;
  const eachEnd = PERSON.has(tokens[each + 1]?.key ?? '') ? each + 2 : each + 1;
  // The count after "each" ("masing2 2 @15rb", "masing2 beli 2 bros @15rb"), a plain whole number, and a price for one after it.
  const n = a.nums.find((e) => e.strength === S_PLAIN && e.rupiah !== null && e.start >= eachEnd);
  if (n === undefined || n.end - n.start !== 1 || tokens[n.start]?.type !== T_NUM) return null;
  const count = n.rupiah as number;
  if (!Number.isInteger(count) || count <= 0 || count > 999) return null;
  if (!tokens.some((t, k) => k > n.start && t.type === T_PUNCT && t.text === '@')) return null;
  if (a.nums.filter((e) => e.strength === S_PLAIN).length !== 1 || tokens.some((t) => t.type === T_NL)) return null;
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    if ((i >= p.firstEnd && i < p.end) || (i >= each && i < eachEnd)) continue;
    const t = tokens[i] as Token;
    const text = i === n.start ? String(count * p.names.length) : t.text;
    out += `${t.attached || out === '' ? '' : ' '}${text}`;
  }
  return out;
}
