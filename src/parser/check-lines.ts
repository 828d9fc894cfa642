/**
 * The lines of a day sheet that check the others rather than add to them: "Total: 100rb",
 * "jumlah belanja 80rb", "Subtotal pagi 50rb", "Untung: 55rb", "Sisa untung 70rb", "Omset
 * 300rb" after itemised sales, "Total keluar 45rb". Whatever kind a heading gave the lines
 * above ("Rekap jualan" makes them sales), such a line is never another entry: it is compared
 * with the entries (scan-record.ts), and a disagreement is asked about.
 *
 * Lines that only count goods ("Stok awal 40", "Sisa 12 pcs") are information, not money.
 *
 * A line is a check by the word it opens with (after bullets): its first word decides, so
 * "beli total 3 karung 90rb" is still a purchase.
 */
import type { Analysis } from './analyze.ts';
import type { NumExpr } from './amount.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_UNIT } from './word-roles.ts';
import type { EntryKind } from './types.ts';
import { sectionOf, summaryParts } from './summary-line.ts';

/** A sum of entries: of one kind (when named: "total jual", "jumlah belanja") or of the lines above. */
export const CK_TOTAL = 1;
/** Sales − expenses: "untung", "laba", "bersih", "sisa 70rb". */
export const CK_NET = 2;
/** "Omset", "pendapatan": the day's sales, a check only after sales lines. */
export const CK_TURNOVER = 3;
/** "Stok awal 40", "Sisa 12 pcs": a count of goods, not money. */
export const CK_STOCK = 4;
/**
 * Under a receipt's total, the cash handed over and the change: "TUNAI 60.000 / KEMBALI 5.500".
 * Neither is an entry (the total is what was paid); tender − change must be the total.
 */
export const CK_TENDER = 5;
/** "Diskon 0", "Potongan: 0" on a receipt: nothing taken off, no doubt and no entry. */
export const CK_NOTHING = 6;
/**
 * "masuk 310rb keluar 95rb" closing a sheet: several sums on one line (summary-line.ts), each
 * a check of its own (`parts`: totals of a kind, or a net).
 */
export const CK_SUMMARY = 7;

export interface CheckLine {
  kind: number;
  /** The kind of entries a total names ("total jual" → sale), or null. */
  of: EntryKind | null;
  /** "rugi 50rb": a negative net. */
  loss: boolean;
  /** The amount she stated (the line's last amount), or null when none can be money. */
  amount: number | null;
  /** Every number expression on the line (all are accounted for by the check). */
  nums: NumExpr[];
  /** A tender line's change ("KEMBALI 5.500"), as opposed to the cash handed ("TUNAI 60.000"). */
  change?: boolean;
  /** A summary line's sums, each a CK_TOTAL or CK_NET check (CK_SUMMARY only). */
  parts?: CheckLine[];
}

/** What a receipt says was handed over, under its total. */
const TENDER_WORDS = new Set(['tunai', 'cash', 'bayar', 'dibayar', 'uang', 'diterima', 'terima', 'debit', 'debet', 'qris', 'edc',
  'card', 'kartu', 'paid', 'pembayaran']);
/** Other words a tender line may hold ("Uang tunai: Rp 60.000", "kembalian nya 5rb"). */
const TENDER_FILLER = new Set(['rp', 'nya', 'pas', 'anda', 'customer', 'pelanggan']);
/** What a receipt says was handed back: the change. */
const CHANGE_BACK = new Set(['kembali', 'kembalian', 'kembalinya', 'change', 'susuk', 'susukan', 'angsul']);

const TOTAL_WORDS = new Set(['total', 'totalnya', 'jumlah', 'jumlahnya', 'subtotal', 'sub', 'grand', 'totl', 'totall', 'tital',
  'jumblah', 'jumlh', 'jmlah', 'juml', 'ttl', 'tot', 'jml', 'jmlh', 'rekap', 'rekapan', 'totak', 'toral', 'totsl', 'ttal', 'totalan',
  'jumla', 'jumlaj', 'jumlahh', 'jumalh', 'jumah']);
const NET_WORDS = new Set(['untung', 'untungnya', 'untng', 'utung', 'untug', 'unrung', 'laba', 'labanya', 'keuntungan', 'profit',
  'untunh', 'untungg', 'uuntung', 'bersih', 'bersihnya', 'net', 'netto', 'rugi', 'ruginya', 'sisa', 'sisanya', 'sisah', 'saldo']);
/** Turnover words that become a net line with "bersih" ("pendapatan bersih", "hasil bersih"). */
const TURNOVER_WORDS = new Set(['omset', 'omzet', 'omsetnya', 'omzetnya', 'pendapatan', 'penghasilan', 'pemasukan', 'hasil',
  'hasilnya', 'penjualan', 'pemasukkan']);
const SALE_OF = new Set(['jual', 'jualan', 'penjualan', 'masuk', 'pemasukan', 'pemasukkan', 'pendapatan', 'omset', 'omzet', 'laku',
  'terjual', 'dapat', 'dapet', 'uang masuk', 'penghasilan', 'hasil']);
const EXPENSE_OF = new Set(['belanja', 'beli', 'keluar', 'pengeluaran', 'biaya', 'modal', 'ongkos', 'belanjaan', 'blanja',
  'pengeluran', 'uang keluar']);
const NET_AFTER = new Set(['bersih', 'bersihnya', 'untung', 'untungnya', 'laba', 'keuntungan', 'net', 'profit']);
/** "sisa utang Bu Ani 30rb", "sisanya nanti 50rb": what a buyer still owes, not the day's net (left to the credit rules). */
const OWED_WORDS = new Set(['utang', 'hutang', 'utangnya', 'hutangnya', 'bon', 'kasbon', 'nanti', 'belum', 'blm', 'kurang',
  'cicil', 'cicilan', 'nyicil', 'piutang', 'tagihan', 'dp']);
/** Words that say a "sisa"/"stok" line counts goods. */
const STOCK_WORDS = new Set(['stok', 'stock', 'stoknya', 'barang', 'pcs', 'biji', 'bungkus', 'buah', 'porsi', 'potong', 'bks',
  'awal', 'akhir']);

/** The first word of a line after its bullet ("- ", "1.", "a)", "•"), or -1. */
function firstWord(tokens: readonly Token[], a: Analysis, s: number, e: number): number {
  for (let i = s; i < e; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_WORD) {
      // "a) untung 50rb": a lettered bullet.
      const n = tokens[i + 1];
      if (t.text.length === 1 && n && n.type === T_PUNCT && (n.text === ')' || n.text === '.')) {
        i++;
        continue;
      }
      return i;
    }
    if (t.type === T_NUM && a.numIn[i] === -1 && a.marks[i] !== 0) continue;
    if (t.type === T_NUM) return -1;
  }
  return -1;
}

/** Per line of a message of several lines: its check, or null. A one-line message has none. */
export function checkLines(a: Analysis): Array<CheckLine | null> {
  const { tokens } = a;
  const out: Array<CheckLine | null> = [];
  let s = 0;
  let several = false;
  for (const t of tokens) if (t.type === T_NL) several = true;
  if (!several) return out;
  let totalSeen = false;
  /** A separator line ("==", "----") was seen above. */
  let ruled = false;
  /** Section headings seen above: 1 money in ("masuk:", "PEMASUKAN"), 2 money out ("keluar:", "BELANJA"). */
  let sections = 0;
  const ends: number[] = [];
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && (tokens[i] as Token).type !== T_NL) continue;
    ends.push(i);
    const line = summaryLine(a, s, i, ruled || (sections & 3) === 3) ?? readLine(a, s, i) ?? summaryLine(a, s, i, ruled || (sections & 3) === 3, true) ??
      zeroDiscount(a, s, i);
    out.push(totalSeen && line === null ? tenderLine(a, s, i) : line);
    if (line !== null && line.kind === CK_TOTAL) totalSeen = true;
    if (separatorLine(tokens, s, i)) ruled = true;
    sections |= sectionHeading(a, s, i);
    s = i + 1;
  }
  // A summary is the sheet's close: no figure but other checks may follow it ("…\nuntung 215rb");
  // below a line of goods or money it is read as the lines are.
  let numberAfter = false;
  for (let k = out.length - 1; k >= 0; k--) {
    const ck = out[k];
    if (ck && ck.kind === CK_SUMMARY && numberAfter) out[k] = null;
    if (out[k] !== null) continue;
    const from = k === 0 ? 0 : (ends[k - 1] as number) + 1;
    for (let i = from; i < (ends[k] as number) && !numberAfter; i++) if (a.numIn[i] !== -1) numberAfter = true;
  }
  return out;
}

/** "==", "----", "***", "___" (the lexer reads a run of underscores as dashes): a rule across the sheet. */
function separatorLine(tokens: readonly Token[], s: number, e: number): boolean {
  if (e - s < 2) return false;
  for (let i = s; i < e; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_PUNCT || !RULE_MARKS.has(t.text)) return false;
  }
  return true;
}
const RULE_MARKS = new Set(['=', '-', '*']);

/** "masuk:", "PENGELUARAN", "uang keluar :": a line of only a sum word, heading a section — 1 money in, 2 money out, else 0. */
function sectionHeading(a: Analysis, s: number, e: number): number {
  let side = 0;
  for (let i = s; i < e; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && t.text === ':') continue;
    if (t.type !== T_WORD) return 0;
    const of = sectionOf(t);
    if (of !== null) side |= of === 'sale' ? 1 : 2;
    else if (t.key !== 'uang' && t.key !== 'duit') return 0;
  }
  return side === 3 ? 0 : side;
}

/**
 * "masuk 310rb keluar 95rb": several sums on one line anywhere, or one ("masuk 310rb") below a
 * separator or section headings (`ruled`) — a summary check, or null (summary-line.ts).
 */
function summaryLine(a: Analysis, s: number, e: number, ruled: boolean, one = false): CheckLine | null {
  let figures = 0;
  for (const ex of a.nums) if (ex.start >= s && ex.end <= e) figures++;
  // One figure ("total 310rb") is first the other checks' (readLine), then a summary's when ruled.
  if (one ? figures !== 1 || !ruled : figures < 2) return null;
  const read = summaryParts(a, s, e);
  if (read === null) return null;
  const parts: CheckLine[] = read.parts.map((p) => p.kind === 'net'
    ? { kind: CK_NET, of: null, loss: p.loss, amount: p.amount, nums: [] }
    : { kind: CK_TOTAL, of: p.of, loss: false, amount: p.amount, nums: [] });
  return { kind: CK_SUMMARY, of: null, loss: false, amount: null, nums: read.nums, parts };
}

/** Words of a receipt's line of money taken off or added that may read 0. */
const ZERO_LINES = new Set(['diskon', 'discount', 'disc', 'potongan', 'voucher', 'promo', 'ongkir', 'biaya', 'pajak', 'ppn', 'pb1',
  'service', 'admin', 'rounding', 'pembulatan']);

/** "Diskon 0", "Ongkir Rp0", "PPN 0": a receipt line of nothing, or null. */
function zeroDiscount(a: Analysis, s: number, e: number): CheckLine | null {
  const w = firstWord(a.tokens, a, s, e);
  if (w < 0 || !ZERO_LINES.has((a.tokens[w] as Token).key)) return null;
  const nums: NumExpr[] = [];
  for (const ex of a.nums) if (ex.start >= s && ex.end <= e) nums.push(ex);
  if (nums.length !== 1 || (nums[0] as NumExpr).problem !== 'zero') return null;
  return { kind: CK_NOTHING, of: null, loss: false, amount: 0, nums };
}

/** "TUNAI 60.000", "KEMBALI 5.500", "Bayar: 100.000" after a total line: a tender line, or null. */
function tenderLine(a: Analysis, s: number, e: number): CheckLine | null {
  const w = firstWord(a.tokens, a, s, e);
  if (w < 0) return null;
  const key = (a.tokens[w] as Token).key;
  const change = CHANGE_BACK.has(key);
  if (!change && !TENDER_WORDS.has(key)) return null;
  const nums: NumExpr[] = [];
  for (const ex of a.nums) if (ex.start >= s && ex.end <= e) nums.push(ex);
  if (nums.length !== 1 || (nums[0] as NumExpr).rupiah === null) return null;
  // Only tender words on the line: "bayar listrik 50rb" under a total is a bill paid, not cash handed.
  for (let i = w + 1; i < e; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD && a.numIn[i] === -1 && !TENDER_WORDS.has(t.key) && !CHANGE_BACK.has(t.key) && !TENDER_FILLER.has(t.key)) return null;
  }
  return { kind: CK_TENDER, of: null, loss: false, amount: (nums[0] as NumExpr).rupiah, nums, change };
}

/** Whether any of `words` is in `set`. */
function anyIn(words: readonly string[], set: ReadonlySet<string>): boolean {
  return words.some((k) => set.has(k));
}

// (No named closures in here: tsx's keepNames gives each a defineProperty per call; see unknown-hints.ts's `has`.)
function readLine(a: Analysis, s: number, e: number): CheckLine | null {
  const { tokens } = a;
  const w = firstWord(tokens, a, s, e);
  if (w < 0) return null;
  const nums: NumExpr[] = [];
  for (const ex of a.nums) if (ex.start >= s && ex.end <= e) nums.push(ex);
  if (nums.length === 0) return null;
  const first = (tokens[w] as Token).key;
  // The words before the first number: what the line is about.
  const words: string[] = [];
  let unitAfter = false;
  for (let i = w; i < e; i++) {
    const t = tokens[i] as Token;
    if (a.numIn[i] !== -1) {
      const nx = tokens[(a.nums[a.numIn[i] as number] as NumExpr).end];
      if (nx && nx.type === T_WORD && (nx.f & F_UNIT) !== 0) unitAfter = true;
      if (nx && nx.type === T_WORD && STOCK_WORDS.has(nx.key)) unitAfter = true;
      continue;
    }
    if (t.type === T_WORD && words.length < 6 && nums[0] !== undefined && i < nums[0].start) words.push(t.key);
  }
  let amount: number | null = null;
  for (const ex of nums) if (ex.rupiah !== null) amount = ex.rupiah;
  const last = nums[nums.length - 1] as NumExpr;
  const money = amount !== null && amount >= 1000 && !unitAfter && !last.each;
  if (anyIn(words, OWED_WORDS)) return null;
  if (first === 'stok' || first === 'stock' || first === 'stoknya') return money ? null : { kind: CK_STOCK, of: null, loss: false, amount, nums };
  if (first === 'sisa' || first === 'sisanya' || first === 'sisah') {
    // "Sisa 12 pcs", "sisa kue 5": goods left; "sisa 70rb", "sisa untung 70rb": money left.
    if (!money || anyIn(words, STOCK_WORDS)) return { kind: CK_STOCK, of: null, loss: false, amount, nums };
    return { kind: CK_NET, of: null, loss: false, amount, nums };
  }
  if (NET_WORDS.has(first)) return money || amount !== null ? { kind: CK_NET, of: null, loss: first.startsWith('rugi'), amount, nums } : null;
  if (TOTAL_WORDS.has(first)) {
    if (anyIn(words, NET_AFTER)) return { kind: CK_NET, of: null, loss: false, amount, nums };
    if (!money && amount !== null && amount < 1000 && nums.length === 1) return null; // "jumlah 3 bungkus": a count
    return { kind: CK_TOTAL, of: anyIn(words, EXPENSE_OF) ? 'expense' : anyIn(words, SALE_OF) ? 'sale' : null, loss: false, amount, nums };
  }
  if (TURNOVER_WORDS.has(first)) {
    if (anyIn(words, NET_AFTER)) return { kind: CK_NET, of: null, loss: false, amount, nums };
    return { kind: CK_TURNOVER, of: 'sale', loss: false, amount, nums };
  }
  return null;
}
