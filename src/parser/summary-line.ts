/**
 * The closing line of a day sheet that sums its sections: "masuk 310rb keluar 95rb",
 * "pemasukan 310rb, pengeluaran 95rb, sisa 215rb", "total omset 310rb / belanja 95rb" — under
 * "masuk:" and "keluar:" sections, or after a separator line ("==", "--", "___"). It restates
 * what the lines above add up to: a check (check-lines.ts, compared in check-sums.ts), never
 * more entries. Agreeing, the lines are recorded as read; disagreeing, the sheet is asked.
 *
 * WHY: "…\nkeluar:\nbelanja sayur 85rb\nbeli es batu 10rb\n==\nmasuk 310rb keluar 95rb" recorded
 * the summary as a sale of 310.000 and an expense of 95.000 more, with confidence: "masuk" and
 * "keluar" are also the words of money coming in and going out.
 *
 * Only known words decide: every word of the line is a sum word below or a filler, every
 * figure follows a sum word and is money. A line of one figure is a summary only after a
 * separator or under section headings ("masuk 310rb" alone is still a sale); two or more
 * figures on the line are one anywhere at the end of a sheet. No number may follow it.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { EntryKind } from './types.ts';

/** What came in: a sum of her sales. */
const IN_WORDS = new Set(['masuk', 'pemasukan', 'pemasukkan', 'omset', 'omzet', 'omsetnya', 'pendapatan', 'penjualan', 'jual', 'jualan',
  'laku', 'terjual', 'payu', 'payune', 'adol', 'dodol', 'ical', 'income', 'sales', 'penghasilan', 'hasil', 'hasilnya', 'dapat', 'kotor']);
/** What went out: a sum of her spending. */
const OUT_WORDS = new Set(['keluar', 'pengeluaran', 'pengeluran', 'belanja', 'belanjaan', 'blanja', 'beli', 'biaya', 'kulakan',
  'tuku', 'blonjo', 'kulak', 'meuli', 'beuli', 'balanjo',
  'expense', 'expenses']);
/** What is left: sales − spending. */
const NET_WORDS = new Set(['sisa', 'sisanya', 'untung', 'untungnya', 'laba', 'labanya', 'keuntungan', 'bersih', 'bersihnya', 'profit',
  'net', 'netto', 'saldo', 'rugi']);
/** A sum that names no kind. */
const TOTAL_WORDS = new Set(['total', 'totalnya', 'jumlah', 'jumlahnya', 'jml', 'ttl', 'tot', 'rekap', 'grand', 'subtotal']);
/** Words a summary line may hold around its sums ("uang masuk hari ini", "total semua"). */
const FILLERS = new Set(['uang', 'duit', 'hari', 'ini', 'hr', 'rp', 'semua', 'semuanya', 'dan', 'sama', 'n', 'the', 'nya', 'jadi', 'jd']);
/** Punctuation between the sums. */
const SEPARATING = new Set([':', ',', '=', '/', '|', '-', '+', ';', '.', '(', ')', '&']);

/** The kind a section heading's word names ("masuk:", "PENGELUARAN"), or null. */
export function sectionOf(t: Token): EntryKind | null {
  return wordIn(t, IN_WORDS) ? 'sale' : wordIn(t, OUT_WORDS) ? 'expense' : null;
}

export interface SummaryPart {
  kind: 'total' | 'net';
  of: EntryKind | null;
  loss: boolean;
  amount: number;
}

function wordIn(t: Token, set: ReadonlySet<string>): boolean {
  return set.has(t.key) || set.has(t.text);
}

/**
 * The sums stated on line [s, e), or null when it is no summary line (a word that is not a
 * sum word or filler, a figure with no sum word before it, a figure that is no money).
 */
export function summaryParts(a: Analysis, s: number, e: number): { parts: SummaryPart[]; nums: NumExpr[] } | null {
  const parts: SummaryPart[] = [];
  const nums: NumExpr[] = [];
  let label: { of: EntryKind | null; net: boolean; loss: boolean; total: boolean } | null = null;
  for (let i = s; i < e; i++) {
    const k = a.numIn[i] as number;
    if (k >= 0) {
      const ex = a.nums[k] as NumExpr;
      if (label === null || (label.of === null && !label.net && !label.total) || ex.rupiah === null || ex.rupiah < 1000 || ex.each || ex.approx || ex.end > e) return null;
      nums.push(ex);
      parts.push({ kind: label.net ? 'net' : 'total', of: label.net ? null : label.of, loss: label.loss, amount: ex.rupiah });
      label = null;
      i = ex.end - 1;
      continue;
    }
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && SEPARATING.has(t.text)) continue;
    if (t.type === T_NUM) {
      // A numbered bullet ("3.") marked as no number of the line.
      if (a.marks[i] !== 0) continue;
      return null;
    }
    if (t.type !== T_WORD) return null;
    label ??= { of: null, net: false, loss: false, total: false };
    if (wordIn(t, IN_WORDS)) label.of = label.of === 'expense' ? null : 'sale';
    else if (wordIn(t, OUT_WORDS)) label.of = label.of === 'sale' ? null : 'expense';
    else if (wordIn(t, NET_WORDS)) {
      label.net = true;
      if (t.key.startsWith('rugi') || t.text.startsWith('rugi')) label.loss = true;
    } else if (wordIn(t, TOTAL_WORDS)) label.total = true;
    else if (!FILLERS.has(t.key) && !FILLERS.has(t.text)) return null;
  }
  // A sum word after the last figure ("masuk 310rb keluar") leaves a figure unsaid: no summary.
  if (label !== null || parts.length === 0) return null;
  return { parts, nums };
}
