/**
 * Working out what one piece costs and earns is not money spent or earned (issue 15): "barusan
 * calculate HPP risol: 1 biji modal 1.800, jual 3.000, margin 1.200", "hitung hpp bakwan: modal
 * 800 per biji, jual 1.500, untung 700", "ngitung modal risol sebiji 1.800 dijual 3rb". Read
 * amount by amount, the piece's cost became an expense and its price (and the margin) sales,
 * recorded with confidence — sums she did on paper, not her day.
 *
 * Costing talk is all of:
 * - a word of working it out ("hitung", "ngitung", "itung", "hitungan", "kalkulasi", "calculate",
 *   "simulasi"), or the costing words themselves ("hpp", "margin") with the sums said for one piece;
 * - the sums said for one piece: "1 biji", "satu porsi", "per biji", "sebiji", "satuan", "/pcs";
 * - no event of hers: no sale done ("laku", "terjual", "payu", "dapat"), no buying or paying verb,
 *   no count of pieces above one ("jual 5 gelas @5rb margin 2rb" keeps its reading).
 * Such a message is unknown with the note 'money_talk' ("a plan or a sum: not recorded").
 * Untouched: "hpp 30rb jual 45rb laku 1" (sold), "hitung uang di dompet 350rb" (a cash count,
 * cash_count), "HPP risol 1.800 jual 3.000" (no working-out word, no one piece: read as before).
 */
import type { Analysis } from './analyze.ts';
import { C_PARTIAL } from './confidence.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import type { ParseResult } from './types.ts';
import { F_EXPENSE, F_UNIT, G_EACH, G_PER, G_WITHDRAW } from './word-roles.ts';

/** Working it out: Indonesian, Javanese, English in a mixed message. */
const WORKING = new Set(['hitung', 'ngitung', 'itung', 'ngitungin', 'menghitung', 'hitungan', 'itungan', 'perhitungan', 'kalkulasi',
  'calculate', 'calculated', 'calc', 'simulasi', 'ngetung', 'etung', 'etungan']);
/** The costing words: with the sums for one piece they are enough. */
const COSTING = new Set(['hpp', 'margin', 'marginnya']);
/** One piece said in one word: "sebiji", "satuan", "perbiji". */
const ONE_WORDS = new Set(['sebiji', 'satuan', 'perbiji', 'perpcs', 'perporsi', 'sepotong', 'sebungkus', 'seporsi', 'sepcs', 'sak', 'siji',
  'satu', 'per', 'perbuah', 'sebuah']);
/** A sale done, or money got: her event, not a sum. */
const DONE = new Set(['laku', 'lakunya', 'terjual', 'kejual', 'payu', 'dapat', 'dapet', 'oleh', 'entuk', 'omzet', 'omset', 'habis', 'abis',
  'ludes', 'laris', 'pendapatan', 'pemasukan', 'sold']);

const T_WORKING = trigger(WORKING, COSTING);

/** Whether the sums are said for one piece ("1 biji", "per biji", "sebiji", "/pcs"). */
function onePiece(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NUM && t.num?.plain === true && t.num.value.m === 1 && t.num.value.s === 0 && ((tokens[i + 1]?.f ?? 0) & F_UNIT) !== 0) return true;
    if (t.type === T_WORD && (ONE_WORDS.has(t.key) || (t.f2 & (G_EACH | G_PER)) !== 0)) return true;
  }
  return false;
}

/** A count of pieces above one ("5 gelas", "10 biji"): pieces she sold or made, an event. */
function manyPieces(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NUM && t.num?.plain === true && (t.num.value.m > 1 || t.num.value.s > 0) && ((tokens[i + 1] as Token).f & F_UNIT) !== 0) return true;
  }
  return false;
}

/** Whether the message is her costing sums (see the file comment). */
export function costingTalk(a: Analysis): boolean {
  if (!present(a, T_WORKING)) return false;
  let working = false;
  let costing = false;
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    if (WORKING.has(t.key)) working = true;
    if (COSTING.has(t.key)) costing = true;
    if (DONE.has(t.key) || (t.f2 & G_WITHDRAW) !== 0) return false;
    // ("modal" reads as a cost verb, and "hitung" may be flagged so: neither is her buying.)
    if ((t.f & F_EXPENSE) !== 0 && t.key !== 'modal' && t.key !== 'modalnya' && !WORKING.has(t.key) && !COSTING.has(t.key)) return false;
  }
  if (!working && !costing) return false;
  return onePiece(a.tokens) && !manyPieces(a.tokens);
}

/** Results that would change her books. */
const GUARDED = new Set<ParseResult['intent']>(['record', 'repayment', 'payment_received']);

/** The result as unknown with the note 'money_talk' when the message is costing sums; any other result unchanged. */
export function guardCostingTalk(a: Analysis, r: ParseResult): ParseResult {
  if (!GUARDED.has(r.intent) || !costingTalk(a)) return r;
  return { intent: 'unknown', confidence: C_PARTIAL, notes: ['money_talk'] };
}

// Without these words it returns its reading unchanged (costingTalk opens on them): applyGuards skips it (guard-lists.ts).
guardCostingTalk.words = T_WORKING;
