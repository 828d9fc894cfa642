/**
 * How a total was paid, written after it: "Total 85.000 / Tunai 100.000 / Kembali 15.000",
 * "belanja pasar total 85rb tunai 100rb kembali 15rb", "TOTAL Rp 120.500 CASH Rp 150.000 CHANGE
 * Rp 29.500", "Grand total 74rb / Dibayar 100rb / Sisa 26rb", "… = 300rb, tunai 300rb". The cash
 * handed over and the change are never entries — they check the total: handed − change = total
 * (or handed ≥ total when no change is written). The tender is hidden from the rest of the
 * message, which then reads as the total (and the lines above it) alone; when the check fails,
 * the record is asked.
 *
 * The tender must follow the total's amount with only separators between, and hold only
 * tender words and its amount: "total 85rb, bayar listrik 50rb" is a bill, "total 85rb, tf
 * 100rb ke supplier" money sent on — neither is read here.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { withoutTokens } from './stated-price.ts';
import { present, trigger } from './triggers.ts';
import { numStarting } from './number-at.ts';

/** Words that open a total: "Total", "TOTAL BELANJA", "Grand total", "jumlah", "jml". */
const TOTAL_OPEN = new Set(['total', 'totalnya', 'jumlah', 'jumlahnya', 'jml', 'jmlh', 'ttl', 'grand', 'subtotal']);
/** Words between a total word and its amount: "total belanja Rp", "jumlah semua :", "total bayar". */
const TOTAL_BETWEEN = new Set(['total', 'belanja', 'belanjaan', 'semua', 'semuanya', 'nya', 'rp', 'harga', 'tagihan', 'bayar',
  'pembayaran', 'akhir', 'jadi', 'yg', 'yang', 'harus', 'dibayar', 'item', 'qty']);
/** What was handed over: cash, a transfer, a card, a wallet. */
const HANDED = new Set(['tunai', 'cash', 'bayar', 'dibayar', 'bayarnya', 'byr', 'uang', 'uangnya', 'duit', 'duitnya', 'diterima',
  'terima', 'debit', 'debet', 'qris', 'edc', 'card', 'kartu', 'paid', 'pembayaran', 'payment', 'transfer', 'tf', 'trf', 'ditransfer',
  'ovo', 'gopay', 'dana', 'shopeepay', 'linkaja', 'dibayarkan', 'tunainya', 'cashnya']);
/** Words a tender or change line may also hold ("Uang tunai: Rp 60.000", "bayar pake QRIS", "kembalian nya"). */
const FILLER = new Set(['rp', 'nya', 'pake', 'pakai', 'pakek', 'via', 'dgn', 'dengan', 'pas', 'anda', 'customer', 'pelanggan',
  'pembeli', 'pembelinya', 'orangnya', 'dia', 'sy', 'saya', 'aku', 'ku', 'kasih', 'kasi', 'ngasih', 'idr']);
/** The change handed back. */
const CHANGE = new Set(['kembali', 'kembalian', 'kembalinya', 'kembaliannya', 'change', 'susuk', 'susukan', 'susuke', 'susuknya',
  'angsul', 'angsulan', 'kembaliane', 'kembalianya']);
/** "Dibayar 100rb / Sisa 26rb": after a tender, "sisa" is the change when the arithmetic says so. */
const REST = new Set(['sisa', 'sisanya']);
/** Separators allowed between the total, the tender and the change. */
const SEPARATORS = new Set([',', '/', '.', ';', '|', '-', ':', '(', ')', '=', '>', '*']);

/**
 * A debt or an instalment named in the message: "hutang bu Ani total 500rb, bayar 200rb", "cicilan motor total
 * 12jt, bayar 1jt". The total is what is owed and the payment a part of it — a repayment, never a tender.
 */
const OWED = new Set(['utang', 'hutang', 'utangnya', 'hutangnya', 'ngutang', 'ngutange', 'cicilan', 'cicil', 'nyicil', 'dicicil', 'angsuran',
  'ngangsur', 'kredit', 'pinjaman', 'pinjam', 'kasbon', 'bon', 'tunggakan', 'nunggak']);

const T_TENDER = trigger(HANDED);

export interface TenderRead {
  /** The analysis without the tender and the change. */
  view: Analysis;
  /** 'tender_mismatch' when handed − change is not the total, else null. */
  doubt: string | null;
}

/** "0" ("Kembali 0", "Kembalian Rp0"): read as nothing back. */
function valueOf(ex: NumExpr): number | null {
  if (ex.rupiah !== null) return ex.rupiah;
  return ex.problem === 'zero' ? 0 : null;
}

/** Skips separators, newlines and fillers from `i`; the next token index. */
function skipSeparators(tokens: readonly Token[], i: number): number {
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.type === T_NL || (t.type === T_PUNCT && SEPARATORS.has(t.text))) i++;
    else break;
  }
  return i;
}

/**
 * A tender or change clause from `i`: words of `heads` (at least one), fillers and
 * separators, then one amount. Null unless so.
 */
function clause(a: Analysis, i: number, heads: ReadonlySet<string>): { from: number; ex: NumExpr; word: string } | null {
  const { tokens } = a;
  let head: string | null = null;
  const from = i;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // ("Rp 60.000": the amount may open with its currency word.)
    if (t.type === T_NUM || (a.numIn[i] ?? -1) >= 0) break;
    if (t.type === T_NL) return null;
    if (t.type === T_PUNCT) {
      if (SEPARATORS.has(t.text)) continue;
      return null;
    }
    if (heads.has(t.key)) head ??= t.key;
    else if (!FILLER.has(t.key) && !HANDED.has(t.key)) return null;
  }
  if (head === null || i >= tokens.length) return null;
  const ex = numStarting(a, i);
  if (!ex || valueOf(ex) === null) return null;
  return { from, ex, word: head };
}

/** Whether nothing but separators (",-", ".") and the line's end follow `i` before the next clause. */
function clauseEnds(a: Analysis, i: number): boolean {
  const t = a.tokens[i];
  return t === undefined || t.type === T_NL || (t.type === T_PUNCT && SEPARATORS.has(t.text)) || (t.type === T_WORD &&
    (HANDED.has(t.key) || CHANGE.has(t.key) || REST.has(t.key) || FILLER.has(t.key)));
}

/** The total's amount opened at `i` (a total word, or "=" of a stated sum), or null. */
function totalAt(a: Analysis, i: number): NumExpr | null {
  const { tokens } = a;
  const t = tokens[i] as Token;
  const eq = t.type === T_PUNCT && t.text === '=';
  if (!eq && (t.type !== T_WORD || !TOTAL_OPEN.has(t.key))) return null;
  for (let j = i + 1; j < tokens.length && j <= i + 5; j++) {
    const u = tokens[j] as Token;
    if (u.type === T_NUM || (a.numIn[j] ?? -1) >= 0) {
      const ex = numStarting(a, j);
      return ex && ex.rupiah !== null && ex.rupiah >= 1000 ? ex : null;
    }
    if (u.type === T_NL) return null;
    if (eq) return null;
    if (u.type === T_PUNCT ? !SEPARATORS.has(u.text) : !TOTAL_BETWEEN.has(u.key)) return null;
  }
  return null;
}

/** The tender and change written after a total, hidden and checked; null when there are none. */
export function tenderAfterTotal(a: Analysis): TenderRead | null {
  if (!present(a, T_TENDER)) return null;
  const { tokens } = a;
  if (tokens.some((t) => t.type === T_WORD && (OWED.has(t.key) || OWED.has(t.text)))) return null;
  for (let i = 0; i < tokens.length; i++) {
    const total = totalAt(a, i);
    if (!total) continue;
    const sum = total.rupiah as number;
    const paid = clause(a, skipSeparators(tokens, total.end), HANDED);
    if (!paid || !clauseEnds(a, paid.ex.end)) continue;
    let handed = valueOf(paid.ex) as number;
    let end = paid.ex.end;
    // "total 450rb, tunai 300rb, transfer 150rb": paid in several ways, their sum is what was handed.
    for (;;) {
      const more = clause(a, skipSeparators(tokens, end), HANDED);
      if (!more || !clauseEnds(a, more.ex.end)) break;
      handed += valueOf(more.ex) as number;
      end = more.ex.end;
    }
    let back: number | null = null;
    const next = skipSeparators(tokens, end);
    const rest = clause(a, next, REST);
    // "total 85rb, bayar 50rb, sisa 35rb (nanti)": part paid, the rest owed — the credit rules' to read.
    if (rest && handed + (valueOf(rest.ex) as number) === sum) return null;
    const change = clause(a, next, CHANGE) ?? rest;
    if (change && clauseEnds(a, change.ex.end)) {
      back = valueOf(change.ex) as number;
      if (REST.has(change.word) && handed - back !== sum) return null;
      end = change.ex.end;
    }
    const hide = new Uint8Array(tokens.length);
    for (let x = total.end; x < end; x++) if ((tokens[x] as Token).type !== T_NL) hide[x] = 1;
    // With no change written, cash over the total is change not mentioned; under it, part paid — asked.
    const agrees = back === null ? handed >= sum : handed - back === sum;
    return { view: withoutTokens(a, hide), doubt: agrees ? null : 'tender_mismatch' };
  }
  return null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
tenderAfterTotal.words = T_TENDER;
