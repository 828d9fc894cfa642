/**
 * Lines copied from a spreadsheet, a money-manager app or another bot, where the columns say what
 * each cell is: a table under a header ("| Tgl | Uraian | Keluar |", "tanggal,keterangan,masuk,keluar",
 * "No⇥Tanggal⇥Uraian⇥Debet⇥Kredit", "| Menu | Qty | Harga | Jumlah |"), rows that open with their
 * kind ("Jual;Keripik tempe;10;5000;50000"), and fields named by key ("Kategori: Penjualan | Jumlah:
 * 85.000 | Catatan: jahit 3 gamis", "{tipe: pemasukan, nominal: 65000, ket: jual pecel}", "MASUK:
 * 275.000 (jualan sayur)"). One reader for all of them: each cell or field is given a role
 * (ROLES: date, note, money in, money out, debet, kredit, count, price, amount, kind, check), and
 * every row or field group becomes one entry whose kind the column (or the row's kind cell, or a
 * heading line such as "Penjualan hari ini:") names.
 *
 * WHY here and not word by word: read as words, "Rp 90.000⇥⇥" loses its column, "10;5000;50000"
 * is three amounts, "Jumlah | 87.000" a third expense, and "kredit" a loan. The columns settle
 * all of it, so the reader is strict: every line must be a header, a heading without numbers,
 * a table rule ("|---|"), a row or a field, or nothing is read (the word readers' answer stands).
 *
 * A row naming a total ("TOTAL", "Jumlah", "Saldo", "Sisa") or a SALDO field is a check, never an
 * entry: compared with the entries' sum (saldo: money in − money out) and asked when it differs.
 * So is a row's count × price beside its amount. "Debet/Kredit" are read as a cash book's
 * (debet money in) unless the rows' own verbs all say the bank's way round; a row whose verb
 * disagrees with its column, a row of capital, a loan, credit or money taken home, and a day
 * older than the record's window (OLDEST_DAYS_BACK) or in the future are read but asked.
 */
import { analyze } from './analyze.ts';
import { C_DOUBT, C_MARKED, Confidence, round2 } from './confidence.ts';
import { addDays, type IsoDate } from '../core/dates.ts';
import { dayMonth } from './dates.ts';
import { T_WORD } from './lexer.ts';
import { parseAmount } from './parse-amount.ts';
import { CONFIDENT, type EntryKind, type ParsedEntry, type ParseResult } from './types.ts';
import { F_EXPENSE, F_ITEMISH, F_SALE, F_WEAK, G_CAPITAL, G_CREDIT, G_LOAN, G_WITHDRAW } from './word-roles.ts';

type Role = 'date' | 'note' | 'in' | 'out' | 'debet' | 'kredit' | 'qty' | 'price' | 'amount' | 'kind' | 'check' | 'no';

/** Header and field names and the role of their column. */
const ROLES: ReadonlyMap<string, Role> = new Map([
  ['tanggal', 'date'], ['tgl', 'date'], ['date', 'date'], ['hari', 'date'],
  ['uraian', 'note'], ['keterangan', 'note'], ['ket', 'note'], ['catatan', 'note'], ['deskripsi', 'note'], ['description', 'note'],
  ['note', 'note'], ['notes', 'note'], ['menu', 'note'], ['item', 'note'], ['barang', 'note'], ['nama barang', 'note'], ['produk', 'note'],
  ['nama', 'note'], ['keperluan', 'note'], ['transaksi', 'note'],
  ['masuk', 'in'], ['pemasukan', 'in'], ['pemasukkan', 'in'], ['in', 'in'], ['income', 'in'], ['uang masuk', 'in'], ['kas masuk', 'in'],
  ['keluar', 'out'], ['pengeluaran', 'out'], ['out', 'out'], ['expense', 'out'], ['uang keluar', 'out'], ['kas keluar', 'out'],
  ['debet', 'debet'], ['debit', 'debet'], ['kredit', 'kredit'], ['credit', 'kredit'],
  ['qty', 'qty'], ['jml', 'qty'], ['banyak', 'qty'], ['porsi', 'qty'], ['pcs', 'qty'], ['kuantitas', 'qty'], ['jumlah barang', 'qty'],
  ['harga', 'price'], ['harga satuan', 'price'], ['@', 'price'], ['price', 'price'],
  ['jumlah', 'amount'], ['total', 'amount'], ['nominal', 'amount'], ['nilai', 'amount'], ['subtotal', 'amount'], ['amount', 'amount'],
  ['rp', 'amount'], ['jumlah (rp)', 'amount'], ['total (rp)', 'amount'],
  ['kategori', 'kind'], ['tipe', 'kind'], ['jenis', 'kind'], ['type', 'kind'], ['category', 'kind'],
  ['saldo', 'check'], ['sisa', 'check'], ['sisa saldo', 'check'], ['balance', 'check'],
  ['no', 'no'], ['no.', 'no'], ['#', 'no'],
]);
/** Kind words of a kind cell, a row's first cell or a heading line. */
const KINDS: ReadonlyMap<string, EntryKind> = new Map([
  ['jual', 'sale'], ['penjualan', 'sale'], ['jualan', 'sale'], ['pemasukan', 'sale'], ['pemasukkan', 'sale'], ['masuk', 'sale'],
  ['in', 'sale'], ['income', 'sale'], ['pendapatan', 'sale'], ['terjual', 'sale'], ['laku', 'sale'], ['sale', 'sale'], ['sales', 'sale'],
  ['beli', 'expense'], ['pembelian', 'expense'], ['belanja', 'expense'], ['pengeluaran', 'expense'], ['keluar', 'expense'], ['out', 'expense'],
  ['expense', 'expense'], ['biaya', 'expense'], ['kulakan', 'expense'], ['ongkos', 'expense'],
]);
/** A row's note that makes it a check: "TOTAL", "Jumlah", "Saldo akhir". */
const CHECK_NOTES = /^(grand\s*)?(total|jumlah|jml|subtotal|sub total|saldo|sisa|sisa saldo|saldo akhir|total (masuk|keluar|penjualan|pengeluaran))\b/;
const RULE = /^:?-{2,}:?$/;
/** A cell holding only a total's name: "Total", "TOTAL:", "Jumlah", "Grand total". */
const TOTAL_CELL = /^(grand\s*)?(total|jumlah|jml|subtotal|sub total)$/;
/** A field's key before its colon (readFields's shape, the colon cut off). */
const FIELD_KEY = /^[{\s|;]*([a-z .]+?)\s*$/;
/** A day written as a cell (dateOf's shape). */
const DATE_CELL = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/;
/** Kept as the record's latest day is (record.ts OLDEST_DAYS_BACK). */
const OLDEST_DAYS_BACK = 60;

interface Row {
  kind: EntryKind | null;
  /** A debet/kredit cell or a headerless pair: 1 debet (first), -1 kredit (second). */
  side: number;
  amount: number;
  note: string;
  date: IsoDate | null;
  badDate: boolean;
  qty: number | null;
  price: number | null;
}

const clean = (s: string): string => s.trim().replace(/\s+/g, ' ').replace(/:$/, '').trim();

/** The role a header or key names, or undefined. */
function roleOf(s: string): Role | undefined {
  const k = clean(s).replace(/^[*_]+|[*_]+$/g, '');
  return ROLES.get(k) ?? ROLES.get(k.replace(/[.:]$/, ''));
}

/** A pasted spreadsheet formula of plain numbers: "=30*12000", "= 2 x 15000", "=150000+60000". */
const FORMULA = /^=\s*\d+(?:\s*[*x+]\s*\d+)+$/;

/**
 * The value of a formula cell ("=30*12000" is 360.000, as the sheet showed it), its factors when it
 * is one product of two (30 and 12.000: a count and its price), or null when the cell is no formula.
 * (A sum or product of several terms is only its value.)
 */
function formulaOf(cell: string): { value: number; factors: [number, number] | null } | null {
  const s = clean(cell);
  if (!FORMULA.test(s)) return null;
  const terms = s.slice(1).split('+').map((t) => t.split(/[*x]/).map((f) => Number(f.trim())));
  const value = terms.reduce((sum, t) => sum + t.reduce((p, f) => p * f, 1), 0);
  const only = terms.length === 1 ? terms[0] as number[] : null;
  return { value, factors: only !== null && only.length === 2 ? [only[0] as number, only[1] as number] : null };
}

/** A cell's amount: digits with "Rp", dots or "rb", or a formula's value; null when empty or not one amount. */
function amountOf(cell: string): number | null {
  const s = clean(cell);
  if (s === '' || !/\d/.test(s)) return null;
  const f = formulaOf(s);
  if (f !== null) return f.value > 0 && Number.isSafeInteger(f.value) ? f.value : null;
  const v = parseAmount(s);
  return v !== null && v > 0 ? v : null;
}

/** A date cell "12/03", "15/03/2024", "3-4": the day (null when not one), or undefined when not a date. */
function dateOf(cell: string, today: IsoDate): IsoDate | null | undefined {
  const m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(clean(cell));
  if (m === null) return undefined;
  const y = m[3] === undefined ? undefined : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return dayMonth(today, Number(m[1]), Number(m[2]), y);
}

/** The kind a word names (a heading, a kind cell): the first kind word among its words. */
function kindOf(text: string): EntryKind | null {
  for (const w of clean(text).split(/[^a-z]+/)) {
    const k = KINDS.get(w);
    if (k !== undefined) return k;
  }
  return null;
}

/** What a row's note says of its kind: its verb's direction (1 sale, -1 expense, 0 none) and whether it is of another kind. */
function noteWords(note: string, today: IsoDate): { dir: number; other: boolean } {
  const a = analyze(note, today, false);
  let dir = 0;
  let other = false;
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    if (t.key === 'modal' || (t.f2 & (G_CAPITAL | G_LOAN | G_WITHDRAW | G_CREDIT)) !== 0) other = true;
    if ((t.f & (F_SALE | F_EXPENSE)) === 0 || (t.f & (F_WEAK | F_ITEMISH)) !== 0) continue;
    const d = (t.f & F_SALE) !== 0 ? 1 : -1;
    if (dir === 0) dir = d;
    else if (dir !== d) other = true;
  }
  return { dir, other };
}

/** Notes of a plain reading that say the money is the home's or the family's, not the business's. */
const HOME_NOTES = new Set(['personal_money', 'not_business_money', 'change_given', 'withdrawal_guessed']);
type LoneRow = Extract<ParseResult, { intent: 'repayment' | 'payment_received' }>;
/** Her husband or wife: their things and money are the home's, not the business's. */
const SPOUSE = new Set(['suami', 'istri', 'isteri', 'bini', 'misua', 'laki']);

/**
 * A row's note and amount read as the plain message she might have typed ("jajan anak 20.000",
 * "Modal dari suami 1.000.000"), so a column never makes a household, kin or arisan row a sale or
 * an expense on its own: the plain reading's own intent when confident and not a record (a
 * repayment, a customer's payment), 'withdrawal' or 'capital' when it says so confidently, 'ask'
 * when it is the home's or the family's money (asked there too); null: the column's kind stands.
 * (A plain guess of the other kind, "makan siang" a sale, "gas 3kg" a purchase, is no reason:
 * the column knows better than a guess.)
 */
// (Only her repayment and a customer paying her tab stand for a lone row: an order's row stays the column's.)
function rowReading(r: Row, plain: (text: string) => ParseResult): LoneRow | 'withdrawal' | 'capital' | 'ask' | null {
  // (The amount written as she would, "20.000": a bare 20000 reads as no money.)
  const p = plain(`${r.note} ${String(Math.round(r.amount)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`);
  const sure = (p.confidence ?? 0) >= CONFIDENT;
  const notes = p.notes ?? [];
  if (notes.some((x) => HOME_NOTES.has(x))) return 'ask';
  // "rokok suami", "pulsa istri": a spouse's things on a guessed reading are the home's, asked.
  if (!sure && r.note.split(/[^a-z]+/).some((w) => SPOUSE.has(w))) return 'ask';
  if (p.intent === 'repayment' || p.intent === 'payment_received') return sure && p.amount === r.amount ? p : null;
  if (p.intent !== 'record') return null;
  const kinds = new Set((p.entries ?? []).map((e) => e.kind));
  if (kinds.size !== 1) return null;
  const k = [...kinds][0] as EntryKind;
  if (k === 'withdrawal' || k === 'capital') return sure ? k : 'ask';
  return null;
}

/** The message's lines split into cells by its separator, or null when it has none. */
function cellsOf(lines: readonly string[]): { sep: string; rows: string[][] } | null {
  const sep = lines.some((l) => l.includes('|')) ? '|' : lines.some((l) => l.includes('\t')) ? '\t'
    : lines.filter((l) => l.includes(';')).length >= 1 ? ';' : ',';
  const rows = lines.map((l) => {
    // (A tab sheet keeps its empty leading cells: "⇥⇥⇥Total⇥310000" is the total under its own column.)
    let s = sep === '\t' ? l.replace(/^ +| +$/g, '') : l.trim();
    if (sep === '|') s = s.replace(/^\|/, '').replace(/\|$/, '');
    return s.includes(sep) ? s.split(sep).map((c) => c.trim()) : [s];
  });
  return rows.some((r) => r.length >= 2) ? { sep, rows } : null;
}

/** How many cells of a row hold something (a tab sheet's line may end in empty cells). */
const filled = (r: readonly string[]): number => r.reduce((n, c) => n + (c === '' ? 0 : 1), 0);

interface Sheet {
  rows: Row[];
  checks: Array<{ role: Role | 'net'; amount: number }>;
  /** Rows whose kind no column, cell or heading names may take their note's verb, or a guessed sale (asked). */
  kindMayBeGuessed?: true;
  /** Read by position (positionalSheet): a note with a verb of its own is left to the word readers. */
  positional?: true;
}

/**
 * Whether the message's start can open a sheet at all, without splitting it into cells: most
 * chat has a comma, and splitting every message's lines into cells cost ~3 % of a parse.
 * Exact, never narrower than the readers: a table's first line is a heading or a header (no
 * digit: no column name has one), a rule, or a row opening with a date or a kind word (kindRow;
 * neither holds a separator, so the text before the first separator of any kind is that cell);
 * fields open with a key that names a column ("kategori: …", readFields).
 */
function mayOpenSheet(text: string): boolean {
  // (Written for speed, as it runs on most messages: the key's colon is the text's first, as
  // no character before it can be one; a cell with a space inside is no kind word and no date.)
  const colon = text.indexOf(':');
  if (colon >= 0) {
    const field = FIELD_KEY.exec(text.slice(0, colon));
    if (field !== null && roleOf(field[1] as string) !== undefined) return true;
  }
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  // (A tab opens rows read by position, positionalSheet: only a pasted sheet has one.)
  if (!/\d/.test(first) || /^[\s|:\-\t;,]*$/.test(first) || first.includes('\t')) return true;
  let row = first.trimStart();
  if (row.charCodeAt(0) === 124 /* | */) row = row.slice(1);
  const sep = row.search(/[|\t;,]/);
  let cell = (sep < 0 ? row : row.slice(0, sep)).trim();
  if (cell.endsWith(':')) cell = cell.slice(0, -1).trim();
  return !/\s/.test(cell) && (KINDS.has(cell) || DATE_CELL.test(cell));
}

/** A table: heading lines, one header row, rules, data rows and check rows. Null when not that shape. */
function readTable(lines: readonly string[], today: IsoDate): Sheet | null {
  const split = cellsOf(lines);
  if (split === null) return null;
  const { rows: cells } = split;
  const h = cells.findIndex((r) => r.length >= 2 && r.every((c) => c === '' || roleOf(c) !== undefined) &&
    r.some((c) => { const x = roleOf(c); return x === 'in' || x === 'out' || x === 'debet' || x === 'kredit' || x === 'amount'; }));
  let heading: EntryKind | null = null;
  for (let i = 0; i < (h < 0 ? cells.length : h); i++) {
    // Lines above the header: headings without numbers ("Penjualan hari ini:").
    if (h < 0) break;
    const line = lines[i] as string;
    if (/\d/.test(line) || filled(cells[i] as string[]) > 1) return null;
    heading ??= kindOf(line);
  }
  const roles: Array<Role | undefined> = h >= 0 ? (cells[h] as string[]).map(roleOf) : [];
  const sheet: Sheet = { rows: [], checks: [] };
  for (let i = h < 0 ? 0 : h + 1; i < cells.length; i++) {
    const r = cells[i] as string[];
    if (r.every((c) => c === '' || RULE.test(c))) continue;
    const row = h >= 0 ? tableRow(r, roles, heading, today, sheet) : kindRow(r, today);
    // "Snack box A⇥30⇥=30*12000⇥360000": rows of a spreadsheet pasted without its header, read by position.
    if (row === null) return h < 0 && split.sep === '\t' ? positionalSheet(lines, cells, today) : null;
    if (row !== 'check') sheet.rows.push(row);
  }
  // A column of money with no kind named ("Barang⇥Qty⇥Harga⇥Jumlah"): the notes' verbs, or a guess, asked.
  sheet.kindMayBeGuessed = true;
  // One headerless row ("beli | plastik | 20rb") is a tracker's line, read there with its counts (tracker-lines.ts).
  return sheet.rows.length > (h < 0 ? 1 : 0) ? sheet : null;
}

/**
 * Tab-separated rows pasted with no header, each a day (optional), its goods, then one to three
 * numbers: the amount; a count and the amount; a count, a price and the amount ("Snack box
 * A⇥30⇥=30*12000⇥360000": a formula cell followed by the value it showed is that value, once, and
 * its two factors are the count and the price). A row named TOTAL/Jumlah with one number is a
 * check; lines above without numbers are headings (one may name the kind). Two rows or more, or
 * nothing: one pasted row is as likely any line typed with tabs.
 */
function positionalSheet(lines: readonly string[], cells: readonly string[][], today: IsoDate): Sheet | null {
  const sheet: Sheet = { rows: [], checks: [], kindMayBeGuessed: true, positional: true };
  let heading: EntryKind | null = null;
  let i = 0;
  for (; i < cells.length && filled(cells[i] as string[]) === 1 && !/\d/.test(lines[i] as string); i++) heading ??= kindOf(lines[i] as string);
  for (; i < cells.length; i++) {
    const r = cells[i] as string[];
    if (r.every((c) => c === '' || RULE.test(c))) continue;
    const row = positionalRow(r.filter((c) => c !== ''), today, sheet);
    if (row === null) return null;
    if (row === 'check') continue;
    row.kind = heading;
    sheet.rows.push(row);
  }
  return sheet.rows.length > 1 ? sheet : null;
}

/** One row read by position (positionalSheet), its non-empty cells in order; 'check' for a total row. */
function positionalRow(r: readonly string[], today: IsoDate, sheet: Sheet): Row | 'check' | null {
  const row: Row = { kind: null, side: 0, amount: 0, note: '', date: null, badDate: false, qty: null, price: null };
  let c = 0;
  const d = dateOf(r[0] ?? '', today);
  if (d !== undefined) {
    row.date = d;
    row.badDate = d === null;
    c++;
  }
  row.note = clean(r[c] ?? '');
  if (row.note === '' || amountOf(row.note) !== null || /^=/.test(row.note)) return null;
  const nums: number[] = [];
  let factors: [number, number] | null = null;
  for (let k = c + 1; k < r.length; k++) {
    const cell = r[k] as string;
    const f = formulaOf(cell);
    const v = amountOf(cell);
    if (v === null) return null;
    // The formula and the value the sheet showed for it, side by side: one number.
    if (f !== null) {
      factors = f.factors;
      if (k + 1 < r.length && amountOf(r[k + 1] as string) === v) continue;
    }
    nums.push(v);
  }
  if (CHECK_NOTES.test(row.note)) {
    if (nums.length !== 1 || row.date !== null) return null;
    sheet.checks.push({ role: 'amount', amount: nums[0] as number });
    return 'check';
  }
  if (nums.length === 0 || nums.length > 3) return null;
  row.amount = nums[nums.length - 1] as number;
  if (nums.length >= 2) {
    row.qty = nums[0] as number;
    // (A count is a whole number below its amount: "30⇥360000", never two amounts side by side.)
    if (!Number.isInteger(row.qty) || row.qty >= row.amount || row.qty > 9999) return null;
  }
  if (nums.length === 3) row.price = nums[1] as number;
  else if (factors !== null && row.qty !== null && factors.includes(row.qty)) row.price = factors[0] === row.qty ? factors[1] : factors[0];
  return row;
}

/** A data row under a header; 'check' when it is a total row (added to the sheet's checks). */
function tableRow(r: readonly string[], roles: ReadonlyArray<Role | undefined>, heading: EntryKind | null, today: IsoDate, sheet: Sheet): Row | 'check' | null {
  if (r.length > roles.length && r.slice(roles.length).some((c) => c !== '')) return null;
  const row: Row = { kind: null, side: 0, amount: 0, note: '', date: null, badDate: false, qty: null, price: null };
  const notes: string[] = [];
  const money: Array<{ role: Role; amount: number }> = [];
  for (let c = 0; c < r.length; c++) {
    const cell = r[c] as string;
    const role = roles[c];
    if (cell === '') continue;
    // "⇥⇥⇥Total⇥310000": the total's name written in the column before its amount, not in the note's.
    if (role !== 'note' && TOTAL_CELL.test(clean(cell))) notes.push(clean(cell));
    else if (role === 'date') {
      const d = dateOf(cell, today);
      if (d === undefined) return null;
      row.date = d;
      row.badDate = d === null;
    } else if (role === 'note') notes.push(clean(cell));
    else if (role === 'kind') row.kind = kindOf(cell);
    else if (role === 'no') {
      if (!/^\d{1,3}\.?$/.test(clean(cell))) return null;
    } else if (role === 'qty' || role === 'price') {
      const v = role === 'qty' ? Number(clean(cell).replace(/[^\d]/g, '') || NaN) : amountOf(cell);
      if (v === null || !Number.isFinite(v)) return null;
      if (role === 'qty') row.qty = v;
      else row.price = v;
    } else if (role === 'in' || role === 'out' || role === 'debet' || role === 'kredit' || role === 'amount' || role === 'check') {
      const v = amountOf(cell);
      if (v === null) return null;
      money.push({ role, amount: v });
    } else return null;
  }
  row.note = notes.join(' ');
  if (CHECK_NOTES.test(row.note) || (row.note === '' && row.date === null && money.length === 1)) {
    // "Saldo" stands in whichever column: money in less money out.
    const net = /^(saldo|sisa)/.test(row.note);
    for (const m of money) sheet.checks.push({ role: net ? 'net' : m.role, amount: m.amount });
    return money.length > 0 ? 'check' : null;
  }
  if (money.length !== 1 || row.note === '') return null;
  const m = money[0] as { role: Role; amount: number };
  row.amount = m.amount;
  if (m.role === 'in') row.kind = 'sale';
  else if (m.role === 'out') row.kind = 'expense';
  else if (m.role === 'debet' || m.role === 'kredit') row.side = m.role === 'debet' ? 1 : -1;
  else if (m.role === 'check') return null;
  else row.kind ??= heading;
  return row;
}

/** A headerless row opening with its kind: "Jual;Keripik tempe;10;5000;50000", "Beli;Tempe;;;20000". */
function kindRow(r: readonly string[], today: IsoDate): Row | null {
  let c = 0;
  const row: Row = { kind: null, side: 0, amount: 0, note: '', date: null, badDate: false, qty: null, price: null };
  const d = dateOf(r[0] ?? '', today);
  if (d !== undefined) {
    row.date = d;
    row.badDate = d === null;
    c++;
  }
  const k = clean(r[c] ?? '');
  row.kind = KINDS.get(k) ?? null;
  if (row.kind === null) return null;
  row.note = clean(r[c + 1] ?? '');
  if (row.note === '' || /\d/.test(row.note) && amountOf(row.note) !== null) return null;
  const nums: number[] = [];
  for (const cell of r.slice(c + 2)) {
    if (clean(cell) === '') continue;
    const v = amountOf(cell);
    if (v === null) return null;
    nums.push(v);
  }
  if (nums.length === 0 || nums.length === 2 || nums.length > 3) return null;
  row.amount = nums[nums.length - 1] as number;
  if (nums.length === 3) {
    row.qty = nums[0] as number;
    row.price = nums[1] as number;
  }
  return row;
}

/** Fields named by key, one or several a line ("Kategori: Penjualan | Jumlah: 85.000", "MASUK: 275.000 (jualan sayur)"). */
function readFields(text: string, today: IsoDate): Sheet | null {
  const body = text.trim().replace(/^\{/, '').replace(/\}$/, '');
  if (!body.includes(':')) return null;
  const fields = body.split(/\n|\||;|,(?=\s*[a-z ]+:)/).map((f) => f.trim()).filter((f) => f !== '');
  const sheet: Sheet = { rows: [], checks: [] };
  let kind: EntryKind | null = null;
  let amount: number | null = null;
  let note = '';
  let date: IsoDate | null = null;
  let badDate = false;
  for (const f of fields) {
    const m = /^([a-z .]+?)\s*:\s*(.*)$/.exec(f);
    if (m === null) return null;
    const role = roleOf(m[1] as string);
    const value = (m[2] as string).trim();
    if (role === undefined || value === '') return null;
    if (role === 'date') {
      const d = dateOf(value, today);
      if (d === undefined) return null;
      date = d;
      badDate = d === null;
    } else if (role === 'kind') {
      kind = kindOf(value);
      if (kind === null) return null;
    } else if (role === 'note') note = clean(value);
    else if (role === 'amount' || role === 'check') {
      const v = amountOf(value);
      if (v === null) return null;
      if (role === 'amount') amount = v;
      else sheet.checks.push({ role: 'net', amount: v });
    } else if (role === 'in' || role === 'out') {
      // "MASUK: 275.000 (jualan sayur)": the amount, its note in brackets or after it.
      const p = /^(.+?)\s*(?:\((.+)\)|(?:-|–)\s*(.+))?$/.exec(value);
      const v = p === null ? null : amountOf(p[1] as string);
      const n = clean(p?.[2] ?? p?.[3] ?? '');
      if (v === null || n === '') return null;
      sheet.rows.push({ kind: role === 'in' ? 'sale' : 'expense', side: 0, amount: v, note: n, date: null, badDate: false, qty: null, price: null });
    } else return null;
  }
  if (amount !== null) {
    if (kind === null || note === '' || sheet.rows.length > 0) return null;
    sheet.rows.push({ kind, side: 0, amount, note, date: null, badDate: false, qty: null, price: null });
  } else if (kind !== null) return null;
  if (sheet.rows.length === 0 || (fields.length < 2)) return null;
  for (const r of sheet.rows) {
    r.date = date;
    r.badDate = badDate;
  }
  return sheet;
}

/**
 * The message as a sheet or fields (see the file comment), or null when it is not one.
 * `text` is the prepared (lower-cased) message.
 */
export function readColumnSheet(text: string, today: IsoDate, plain?: (text: string) => ParseResult): ParseResult | null {
  // Cheap gate: a separator or a key's colon, and a digit.
  if (!/\d/.test(text) || !/[|\t;:,]/.test(text) || text.length > 3000 || !mayOpenSheet(text)) return null;
  // (Tabs are kept at the ends: a tab sheet's empty first cells are cells, cellsOf.)
  const lines = text.split('\n').map((l) => l.replace(/^[ \r]+|[ \r]+$/g, '')).filter((l) => l.trim() !== '');
  if (lines.length === 0 || lines.length > 40) return null;
  const sheet = readTable(lines, today) ?? readFields(text, today);
  if (sheet === null) return null;
  const c = new Confidence(C_MARKED);
  const words = sheet.rows.map((r) => noteWords(r.note, today));
  // ("laku kue⇥20rb\nbeli gula⇥15rb": lines typed with tabs, each saying its kind — read as words, as before.)
  if (sheet.positional === true && words.some((w) => w.dir !== 0)) return null;
  // Debet/kredit: a cash book's (debet in) unless every verb says the bank's way round.
  const sided = sheet.rows.map((r, n) => (r.side !== 0 ? r.side * (words[n] as { dir: number }).dir : 0));
  const bank = sided.some((x) => x < 0) && !sided.some((x) => x > 0);
  for (const [n, r] of sheet.rows.entries()) {
    if (r.side !== 0) r.kind = (r.side > 0) !== bank ? 'sale' : 'expense';
    const w = words[n] as { dir: number; other: boolean };
    if (r.kind === null) {
      // No column, cell or heading names the kind: the note's own verb ("beli tepung"), else the
      // goods are guessed sold, as a verb-less line of goods is, and asked.
      if (sheet.kindMayBeGuessed !== true) return null;
      r.kind = w.dir < 0 ? 'expense' : 'sale';
      if (w.dir === 0) c.cap(C_DOUBT, 'kind_guessed');
    }
    // The note read as a plain message would be (household, kin money, arisan, capital, purse).
    const own = plain === undefined ? null : rowReading(r, plain);
    if (own !== null && typeof own === 'object') {
      // One row that is a whole message of another intent ("bayar utang bank", "bu Ani bayar
      // kasbon"): the plain reading is the answer; among other rows it is asked.
      // (Those intents carry no day: a row dated another day is asked.)
      if (sheet.rows.length === 1 && (r.date === null || r.date === today)) return own;
      c.cap(C_DOUBT, 'column_other_kind');
      continue;
    }
    if (own === 'withdrawal' || own === 'capital') {
      r.kind = own;
      continue;
    }
    if (own === 'ask') {
      c.cap(C_DOUBT, 'column_other_kind');
      continue;
    }
    if (w.other) c.cap(C_DOUBT, 'column_other_kind');
    else if (w.dir !== 0 && (w.dir > 0) !== (r.kind === 'sale')) c.cap(C_DOUBT, 'label_kind_differs');
    if (r.qty !== null && r.price !== null && r.qty * r.price !== r.amount) c.cap(C_DOUBT, 'row_check_differs');
    if (r.badDate) c.cap(C_DOUBT, 'future_date');
  }
  const entries: ParsedEntry[] = sheet.rows.map((r) => ({
    kind: r.kind as EntryKind, amount: r.amount, item: r.note, quantity: r.qty, unit: null,
    unitPrice: r.price ?? (r.qty !== null && r.qty > 0 && r.amount % r.qty === 0 ? r.amount / r.qty : null),
  }));
  // Total and saldo rows: checks of the entries, never entries.
  const sum = (k: EntryKind | null): number => entries.reduce((s, e) => s + (k === null || e.kind === k ? e.amount : 0), 0);
  for (const ch of sheet.checks) {
    const ok = ch.role === 'net' || ch.role === 'check' ? ch.amount === sum('sale') - sum('expense') || ch.amount === sum(null)
      : ch.role === 'in' ? ch.amount === sum('sale') : ch.role === 'out' ? ch.amount === sum('expense') : ch.amount === sum(null) ||
        ch.amount === sum('sale') - sum('expense');
    if (!ok) c.cap(C_DOUBT, 'total_mismatch');
  }
  const days = sheet.rows.map((r) => r.date ?? today);
  const seen = [...new Set(days)].sort();
  const date = seen[seen.length - 1] as IsoDate;
  if (seen.length > 1) entries.forEach((e, n) => { e.date = days[n] as IsoDate; });
  if (seen.some((x) => x < addDays(today, -OLDEST_DAYS_BACK))) c.cap(C_DOUBT, 'old_date');
  c.notes.push('column_sheet');
  return { intent: 'record', entries, date, confidence: round2(c.value), notes: c.notes };
}
