/**
 * A part of an amount is never a new entry (issue 15). "beli bahan 150rb tp yg 50rb buat
 * dapur" is 150.000 spent, of which 50.000 went to the kitchen: expense 100.000 and a household
 * withdrawal 50.000 — never 200.000 spent. The clause after an amount names a PART of it when
 * its own amount is marked as one:
 *
 * - `X-nya` ("100rb nya buat jajan anak", "100rbnya"), `yang X` before a purpose or a use
 *   ("tp yg 50rb buat dapur"), `X diantaranya`, `termasuk X`, `sebagian X`, `dari situ X`;
 * - a use of the money ("20rb dipake beli bensin", "50rb kepake buat ongkos");
 * - a source of it ("modal 500rb, 200 dari arisan", "kulakan 1jt, 300rb pake uang pribadi").
 *
 * The clauses before the part are read by the parser on their own (`read`); the part is then
 * placed by what the whole was and what the part was for:
 *
 * | whole     | part for the home              | part for the business          | part's source / goods        |
 * |-----------|--------------------------------|--------------------------------|------------------------------|
 * | expense   | expense − part, withdrawal part| a breakdown: the whole stands  | own money: + capital, asked  |
 * | sale      | + withdrawal part (her takings | + expense part (paid out of    | goods ("300rb nya dari       |
 * |           |   taken home)                  |   the takings)                 |   kerudung"): the whole      |
 * | capital   | —                              | —                              | the whole, capital           |
 *
 * `sisanya buat …` after the part names the rest (W − part) the same way ("belanja pasar 400rb,
 * yg 150rb buat bahan kue sisanya buat makan": expense 150.000, withdrawal 250.000). Anything
 * else marked as a part (a purpose not told, debts, two purposes) is asked with the whole alone
 * (`part_of_amount`): whatever it is, the part is not added to the books unasked.
 */
import type { Analysis } from './analyze.ts';
import { S_PLAIN } from './amount.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';
import { F_EXPENSE, F_FILLER, G_HOUSEHOLD } from './word-roles.ts';

type RecordResult = Extract<ParseResult, { intent: 'record' }>;
export type Purpose = 'home' | 'business' | 'source' | 'goods' | 'debt' | 'unclear';

/** Words that open her next clause ("…150rb tp yg 50rb…", "…400rb terus 100rb nya…"). */
const JOINERS = new Set(['tapi', 'tp', 'tpi', 'tetapi', 'namun', 'terus', 'trus', 'trs', 'lalu', 'tapinya', 'cuma', 'cuman', 'nah']);
/** Money words before a business word that make it the purse ("uang warung", "kas toko"). */
const PURSE = new Set(['uang', 'duit', 'kas', 'laci']);
/** Using or taking the money: the part went somewhere. */
const USE_VERBS = new Set(['dipake', 'dipakai', 'kepake', 'kepakai', 'terpakai', 'dipakek', 'kepakek', 'pake', 'pakai', 'kupake', 'kupakai',
  'diambil', 'ambil', 'kuambil', 'digunakan', 'gunakan', 'dibelikan', 'dibeliin', 'dibeliken', 'dipakein', 'dipakekan', 'kepakek',
  // English in a mixed message: "sales 200k, 50k taken for the kids".
  'used', 'took', 'taken']);
/** A purpose: "buat dapur" (regional forms fold into "untuk" in the lexer). */
const PURPOSE_WORDS = new Set(['buat', 'untuk', 'utk', 'bwt', 'kanggo', 'gawe', 'keur', 'gasan', 'nggo', 'for']);
const USE = new Set([...USE_VERBS, ...PURPOSE_WORDS]);
/** A part "of it": "dari situ 100rb", "termasuk 100rb", "sebagian 50rb", "100rb diantaranya". */
const OF_IT_BEFORE = new Set(['termasuk', 'trmsk', 'sebagian', 'sebagiannya']);
const OF_IT_AFTER = new Set(['diantaranya', 'antaranya', 'di antaranya']);
const THERE = new Set(['situ', 'sana', 'itu', 'tadi', 'tsb']);
/** Where money came from: a source, not a purpose. */
const SOURCE = new Set(['arisan', 'suami', 'tabungan', 'celengan', 'pinjaman', 'pinjam', 'koperasi', 'bank', 'anak', 'ortu', 'mertua',
  'ibu', 'bapak', 'bpk', 'thr', 'gaji', 'pribadi', 'sendiri', 'kantong', 'dompet', 'simpanan', 'bojo', 'bojoku', 'suamiku', 'adik',
  'kakak', 'kakakku', 'saudara', 'keluarga', 'orangtua', 'kur', 'mekaar', 'pnm', 'investor', 'teman', 'temen']);
/** Her own money paying a part of a business purchase: capital put in. */
const OWN_MONEY = new Set(['pribadi', 'sendiri', 'suami', 'tabungan', 'celengan', 'simpanan', 'kantong', 'dompet']);
/** The rest of the whole: "sisanya buat makan". */
const REST = new Set(['sisanya', 'selebihnya', 'sisa', 'lainnya', 'sisanyo']);
/** Debts, savings and dues: not a purpose this reader places. */
const DEBT = new Set(['utang', 'hutang', 'cicilan', 'angsuran', 'nyicil', 'pinjaman', 'arisan', 'tabungan', 'nabung', 'bon', 'kasbon',
  'ngutang', 'belum', 'blm', 'lunas', 'dp', 'iuran', 'simpanan', 'setor', 'kembalian', 'diskon', 'potongan', 'untung', 'laba', 'modal']);
/** Spending verbs and pronouns before what the part paid for: not its item. */
const SPEND_VERBS = new Set(['beli', 'membeli', 'bayar', 'membayar', 'belanja', 'tuku', 'nuku', 'mbayar', 'isi']);
const NOT_ITEM = new Set(['aku', 'saya', 'sy', 'tak', 'kupake', 'ku', 'q', 'gue', 'gw', 'bu', 'ya', 'dong', 'aja', 'saja']);
/** Ways she was paid: "200rb nya cash", "100rbnya transferan". */
const PAID_BY = new Set(['cash', 'tunai', 'kes', 'transfer', 'transferan', 'tf', 'trf', 'qris', 'ovo', 'dana', 'gopay', 'shopeepay',
  'online', 'offline', 'ecer', 'eceran', 'grosir', 'cod']);
/** What the business spends on; "buat jualan" and her trade's inputs. */
const BUSINESS = new Set(['ongkir', 'ongkos', 'bensin', 'plastik', 'bahan', 'kulakan', 'dagangan', 'jualan', 'usaha', 'warung', 'toko',
  'kios', 'lapak', 'produksi', 'packing', 'kemasan', 'kardus', 'transport', 'transportasi', 'ojek', 'ojol', 'gojek', 'grab', 'parkir',
  'sewa', 'upah', 'karyawan', 'pegawai', 'kurir', 'kirim', 'pengiriman', 'stok', 'stock', 'kain', 'benang', 'gas', 'solar', 'pertalite',
  'bensinnya', 'ongkirnya', 'kresek', 'label', 'stiker', 'bumbu', 'tepung', 'minyak', 'telur', 'gula', 'kemasannya', 'resi', 'bordir',
  'jahit', 'servis', 'service', 'bengkel', 'mesin', 'peralatan', 'alat', 'etalase', 'gerobak', 'promosi', 'iklan', 'pulsa', 'kuota',
  'wifi', 'listrik', 'air', 'galon', 'es', 'kopi', 'beras', 'sayur', 'daging', 'ayam', 'ikan', 'cabe', 'cabai', 'bawang']);
/** Words of the home: G_HOUSEHOLD and a few of the trade's words when the home is named beside them. */
const HOME = new Set(['dirumah', 'masak', 'makan', 'jajan', 'anak', 'anakku', 'sekolah', 'spp', 'rumah', 'dapur', 'keluarga', 'pribadi',
  'sendiri', 'suami', 'istri', 'belanja dapur', 'uang saku', 'saku', 'berobat', 'obat', 'kondangan', 'lebaran', 'baju anak']);
/**
 * A meal, the only home word of a purpose: "50rb buat makan siang" may be her lunch at the stall
 * (a cost of the day's trading, as many keep it) or the family's: offered as taken home, asked.
 * Another home word beside it ("makan anak", "makan di rumah") says the home.
 */
const MEALS = new Set(['makan', 'maem', 'mangan', 'sarapan', 'maksi', 'masak']);
/** Goods bought for the trade that are also the home's staples: the home only when named. */
const STAPLES = new Set(['listrik', 'air', 'galon', 'gas', 'minyak', 'beras', 'gula', 'telur', 'kopi', 'sayur', 'daging', 'ayam', 'ikan',
  'cabe', 'cabai', 'bawang', 'bumbu', 'pulsa', 'kuota', 'wifi', 'es', 'tepung']);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

function edge(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.'));
}

/** First token of the clause holding token `i` (after its edge or joining word), and where the text before it ends. */
function clauseOf(a: Analysis, i: number): { start: number; cut: number } {
  let s = i;
  while (s > 0) {
    const p = a.tokens[s - 1] as Token;
    if (edge(p)) return { start: s, cut: s - 1 };
    if (isWord(p) && JOINERS.has(p.key)) return { start: s, cut: s - 1 };
    s--;
  }
  return { start: 0, cut: 0 };
}

/** The text of tokens [0, end), spaced as written. */
function textOf(tokens: readonly Token[], end: number): string {
  let out = '';
  for (let i = 0; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NL) out += '\n';
    else out += (out === '' || t.attached || out.endsWith('\n') ? '' : ' ') + t.text;
  }
  return out.trim();
}

/** The keys of the words in [from, to). */
function keysIn(a: Analysis, from: number, to: number): string[] {
  const keys: string[] = [];
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_WORD) keys.push(t.key);
  }
  return keys;
}

/** What a clause's words say the money was for (or came from). */
export function purposeOf(a: Analysis, from: number, to: number): Purpose {
  const keys = keysIn(a, from, to);
  if (keys.length === 0) return 'unclear';
  // "200 dari arisan", "300rb nya dari kerudung".
  const dari = keys.indexOf('dari');
  if (dari >= 0 && keys.slice(0, dari).every((k) => k === 'nya' || OF_IT_AFTER.has(k) || k === 'itu' || k === 'tu')) {
    const next = keys[dari + 1];
    if (next !== undefined && (next === 'uang' || next === 'duit') && keys[dari + 2] !== undefined && SOURCE.has(keys[dari + 2] as string)) return 'source';
    if (next !== undefined && SOURCE.has(next)) return 'source';
    if (next !== undefined && !THERE.has(next)) return 'goods';
  }
  // "300rb pake uang pribadi", "pakai duit suami".
  for (let k = 0; k + 1 < keys.length; k++) {
    if ((keys[k] === 'uang' || keys[k] === 'duit') && OWN_MONEY.has(keys[k + 1] as string) && k > 0 && USE.has(keys[k - 1] as string)) return 'source';
  }
  // "300rb nya cash", "100rbnya transferan": how it was paid — a breakdown of the takings.
  if (keys.some((k) => PAID_BY.has(k))) return keys.some((k) => USE_VERBS.has(k) || PURPOSE_WORDS.has(k)) ? 'unclear' : 'goods';
  if (keys.some((k) => DEBT.has(k))) return 'debt';
  let home = false;
  let business = false;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    // A staple ("beras", "gas", "listrik") is the trade's or the home's: the words beside it say which.
    if (STAPLES.has(t.key)) continue;
    // "pake uang warung": the purse it came out of, no purpose of the business.
    if (i > from && PURSE.has((a.tokens[i - 1] as Token).key)) continue;
    if (HOME.has(t.key) || ((t.f2 & G_HOUSEHOLD) !== 0 && t.key !== 'arisan' && t.key !== 'kebutuhan' && t.key !== 'keperluan')) home = true;
    else if (BUSINESS.has(t.key)) business = true;
  }
  if (home && business) return 'unclear';
  if (home) return 'home';
  if (business) return 'business';
  // "dipake beli beras", "buat gas", "buat bu Ani": not said.
  return 'unclear';
}

/** Whether the purpose in [from, to) is home only by a meal word ("buat makan siang"): see MEALS. */
export function mealOnly(a: Analysis, from: number, to: number): boolean {
  let meal = false;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (MEALS.has(t.key)) meal = true;
    else if (HOME.has(t.key) || (t.f2 & G_HOUSEHOLD) !== 0) return false;
  }
  return meal;
}

/** The words after the purpose word, as an entry's item ("jajan anak", "bensin", "listrik rumah"). */
export function itemOf(a: Analysis, from: number, to: number): string | null {
  const words: string[] = [];
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_NUM) continue;
    if (t.type !== T_WORD) {
      if (words.length > 0) break;
      continue;
    }
    // "bayar listrik" may be one phrase token: its verb is no part of the item.
    const parts = t.text.split(' ').filter((w) => !SPEND_VERBS.has(w));
    if (USE.has(t.key) || t.key === 'nya' || OF_IT_AFTER.has(t.key) || NOT_ITEM.has(t.key) || NOT_ITEM.has(t.text) || parts.length === 0) continue;
    if ((t.f & F_FILLER) !== 0 && !HOME.has(t.key)) continue;
    words.push(...parts);
    if (words.length >= 3) break;
  }
  const item = words.slice(0, 3).join(' ').trim();
  return item === '' ? null : item.slice(0, 60);
}

interface PartMark {
  /** Token range of the part's amount. */
  start: number;
  end: number;
  amount: number;
  whole: number;
  /** The part's number was written without its scale ("200" after "500rb"). */
  scaled: boolean;
  /** A use of the money was named ("dipake", "buat", "saya ambil"). */
  used: boolean;
  /** The part is marked as one ("-nya", "yang", "diantaranya", "termasuk"…), not only by a use or a source. */
  marked: boolean;
  /** Only a source follows it ("200 dari arisan"). */
  sourced: boolean;
  clause: { start: number; cut: number };
}

/** Half of it, in words: "separuh buat rumah", "setengahnya buat dapur". */
const HALF = new Set(['separuh', 'separuhnya', 'setengah', 'setengahnya', 'separo', 'separonya', 'sepalih', 'saparo']);

/** "belanja 200rb, separuh buat rumah": half the amount before, in its own clause, for a purpose. */
function halfPart(a: Analysis, wholeEx: Analysis['nums'][number]): PartMark | null {
  const w = wholeEx.rupiah;
  if (w === null || w % 2 !== 0) return null;
  for (let i = wholeEx.end; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (!isWord(t) || !HALF.has(t.text)) continue;
    const clause = clauseOf(a, i);
    if (clause.start <= wholeEx.start || a.numIn[i] !== -1) return null;
    let purposed = false;
    for (let j = i + 1; j < a.tokens.length; j++) if (isWord(a.tokens[j]) && (PURPOSE_WORDS.has((a.tokens[j] as Token).key) || USE_VERBS.has((a.tokens[j] as Token).key))) purposed = true;
    if (!purposed) return null;
    return { start: i, end: i + 1, amount: w / 2, whole: w, scaled: false, used: true, marked: true, sourced: false, clause };
  }
  return null;
}

function isColon(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_PUNCT && t.text === ':';
}

/**
 * Whether a clause after `from` (the part's amount, then its words) opens with the rest
 * ("…, sisanya sayur buat makan", "300rb kain sisanya buat jajan"), with no number of its own.
 */
function restClauseAfter(a: Analysis, from: number): boolean {
  let between = false;
  for (let i = from; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (!isWord(t) || !REST.has(t.key)) {
      between ||= edge(t) || isWord(t);
      continue;
    }
    if (!between) return false;
    // (What the rest was for decides the reading, or asks: "sisanya lupa" is still the whole's rest.)
    for (let j = i + 1; j < a.tokens.length; j++) if (a.numIn[j] !== -1) return false;
    return true;
  }
  return false;
}

function findPart(a: Analysis): PartMark | null {
  const money = a.nums.filter((e) => e.rupiah !== null);
  const last = money[money.length - 1];
  if (money.length === 1 && last !== undefined) return halfPart(a, last);
  if (money.length < 2) return null;
  const ex = money[money.length - 1] as (typeof money)[number];
  const wholeEx = money[money.length - 2] as (typeof money)[number];
  let clause = clauseOf(a, ex.start);
  // Voice-typed, no comma: "belanja pasar 500rb yg 200rb buat stok": only joining or marking
  // words between the whole and the part make the part's clause start there.
  // "belanja pasar 230rb: 180rb bahan kue, …": a colon after the whole opens its breakdown.
  const colon = wholeEx.end > clause.start && isColon(a.tokens[wholeEx.end]) && wholeEx.end + 1 === ex.start;
  if (wholeEx.end > clause.start && !colon) {
    for (let i = wholeEx.end; i < ex.start; i++) {
      const x = a.tokens[i] as Token;
      if (!isWord(x) || !(JOINERS.has(x.key) || x.key === 'yang' || OF_IT_BEFORE.has(x.key) || THERE.has(x.key) || x.key === 'dari')) return null;
    }
    clause = { start: wholeEx.end, cut: wholeEx.end };
  } else if (colon) clause = { start: ex.start, cut: wholeEx.end };
  const whole = wholeEx.rupiah as number;
  let amount = ex.rupiah as number;
  let scaled = false;
  const t = a.tokens;
  const after = t[ex.end];
  const before = t[ex.start - 1];
  const before2 = t[ex.start - 2];
  // The markers of a part.
  const nya = isWord(after) && after.key === 'nya';
  const yang = isWord(before) && before.key === 'yang' && ex.start - 1 >= clause.start;
  const ofIt = (isWord(before) && OF_IT_BEFORE.has(before.key)) || (isWord(after) && OF_IT_AFTER.has(after.key)) ||
    (isWord(t[ex.end + 1]) && OF_IT_AFTER.has((t[ex.end + 1] as Token).key)) ||
    (isWord(before) && THERE.has(before.key) && isWord(before2) && before2.key === 'dari') ||
    (isWord(before) && before.key === 'darinya');
  let used = false;
  let purposed = false;
  let source = false;
  for (let i = ex.end; i < t.length; i++) {
    const x = t[i] as Token;
    if (isWord(x) && REST.has(x.key)) break;
    if (isWord(x) && USE_VERBS.has(x.key)) used = true;
    if (isWord(x) && PURPOSE_WORDS.has(x.key)) purposed = true;
    if (isWord(x) && x.key === 'dari' && i === ex.end + (nya ? 1 : 0)) source = true;
  }
  // The clause holds nothing but the part: no other verb of a sale or a new purchase before the
  // amount, and no "sisanya" (what was left of the day's money is household-use.ts's).
  for (let i = clause.start; i < ex.start; i++) {
    const x = t[i] as Token;
    if (x.type === T_NUM) return null;
    if (isWord(x) && ((x.f & F_EXPENSE) !== 0 || REST.has(x.key))) return null;
  }
  // "…, 180rb bahan kue, sisanya sayur buat makan": the rest named in a clause after it makes
  // the amount a part of the whole, marked or not (the rest is the whole less the part).
  const restNamed = restClauseAfter(a, ex.end);
  // ("laku 200rb, yang 50rb tunai", "…, yang 50rb bu Yati bayar": "yang" before the amount right
  // after the whole marks a part of it even with no use said — never a second sale on top.)
  if (!(nya || ofIt || yang || used || purposed || source || restNamed)) return null;
  if (ex.strength === S_PLAIN && amount < 1000) {
    // "modal 500rb, 200 dari arisan": the part written without the whole's scale.
    if (amount < 50 || amount * 1000 >= whole) return null;
    amount *= 1000;
    scaled = true;
  }
  const marked = nya || ofIt || (yang && (used || purposed || source)) || restNamed;
  return { start: ex.start, end: ex.end, amount, whole, scaled, used: used || purposed, marked, sourced: source && !marked && !used, clause };
}

/** Taking money out ("took 100k for stock") or setting it aside: not yet spent on what it is for. */
const SET_ASIDE = new Set(['took', 'take', 'taken', 'taking', 'sisihkan', 'disisihkan', 'nyisihin', 'disisihin', 'sisihin', 'simpan',
  'disimpan', 'nyimpen', 'disimpen', 'kept', 'keep', 'saved', 'save', 'put']);

function setAside(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWord(a.tokens[i]) && SET_ASIDE.has((a.tokens[i] as Token).key)) return true;
  return false;
}

function entry(kind: ParsedEntry['kind'], amount: number, item: string | null): ParsedEntry {
  return { kind, amount, item, quantity: null, unit: null, unitPrice: null };
}

function asked(r0: RecordResult, extra: ParsedEntry[] = []): RecordResult {
  const notes = [...(r0.notes ?? []).filter((n) => n !== 'part_split'), 'part_of_amount'];
  return { ...r0, entries: [...r0.entries, ...extra], confidence: Math.min(r0.confidence, C_DOUBT), notes };
}

/**
 * The message read with its part placed, or null when no clause is a part of the amount
 * before it. `read` parses a text as the parser does (without this reader).
 */
export function readPartClause(a: Analysis, r: ParseResult, read: (text: string) => ParseResult): ParseResult | null {
  if (r.intent !== 'record' && r.intent !== 'unknown' && r.intent !== 'repayment') return null;
  const part = findPart(a);
  if (part === null) return null;
  const prefix = textOf(a.tokens, part.clause.cut);
  const r0 = prefix === '' ? null : read(prefix);
  if (r0 === null || r0.intent !== 'record' || r0.entries.length === 0 || r0.entries.some((e) => e.date !== undefined)) {
    if (r.intent !== 'record') return r.intent === 'repayment' && r.confidence >= CONFIDENT ? { ...r, confidence: C_DOUBT } : null;
    return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []), 'part_of_amount'] };
  }
  const whole = [...r0.entries].reverse().find((e) => e.amount === part.whole);
  if (whole === undefined || part.amount >= part.whole) return part.marked ? asked(r0) : null;
  // Unmarked, a use is of her takings ("laku 200rb tapi 20rb dipake beli bensin"), and a source
  // is of capital ("modal 500rb, 200 dari arisan"); otherwise the other readers' reading stands.
  const modal = a.tokens.slice(0, part.clause.start).some((x) => x.key === 'modal' || x.key === 'tambah modal');
  // The part's words, and the rest's ("sisanya buat makan") when named.
  let restAt = -1;
  for (let i = part.end; i < a.tokens.length; i++) if (isWord(a.tokens[i]) && REST.has((a.tokens[i] as Token).key)) restAt = i;
  const partEnd = restAt >= 0 ? restAt : a.tokens.length;
  const purpose = purposeOf(a, part.end, partEnd);
  // "kulakan 1jt, 300rb pake uang pribadi": her own money into the purchase — capital, asked.
  if (whole.kind === 'expense' && purpose === 'source' && restAt < 0 && !modal) return asked(r0, [entry('capital', part.amount, null)]);
  if (!part.marked && part.sourced && !(whole.kind === 'capital' || modal)) return null;
  if (!part.marked && !part.sourced && whole.kind !== 'sale' && whole.kind !== 'withdrawal') return null;
  const rest = restAt >= 0 ? purposeOf(a, restAt + 1, a.tokens.length) : null;
  const partItem = itemOf(a, part.end, partEnd);
  const restItem = restAt >= 0 ? itemOf(a, restAt + 1, a.tokens.length) : null;
  const doubt = part.scaled ? C_DOUBT : 1;
  // ("…, 50rb buat makan siang": her lunch at the stall or the family's meal — asked, see MEALS;
  // money taken from the till is taken whatever it fed.)
  const meal = whole.kind !== 'withdrawal' && ((purpose === 'home' && mealOnly(a, part.end, partEnd)) || (rest === 'home' && mealOnly(a, restAt + 1, a.tokens.length)));
  const done = (entries: ParsedEntry[], confidence = r0.confidence): RecordResult => {
    const notes = [...(r0.notes ?? []), 'part_split'];
    if (doubt < CONFIDENT && !notes.includes('part_of_amount')) notes.push('part_of_amount');
    if (meal && entries.some((e) => e.kind === 'withdrawal') && !notes.includes('withdrawal_guessed')) notes.push('withdrawal_guessed');
    return { ...r0, entries, confidence: Math.min(confidence, doubt, meal ? C_DOUBT : 1), notes };
  };
  const others = r0.entries.filter((e) => e !== whole);
  const reduce = (amount: number): ParsedEntry => ({ ...whole, amount, unitPrice: null, quantity: whole.unitPrice !== null ? null : whole.quantity });

  // Capital whose source is told ("modal 500rb, 200 dari arisan"): the whole is capital.
  if ((whole.kind === 'capital' || (whole.kind === 'expense' && modal && (r0.notes ?? []).includes('kind_unclear'))) &&
    (purpose === 'source' || purpose === 'goods') && rest === null) {
    const onlyKind = (r0.notes ?? []).every((n) => n === 'kind_unclear');
    const notes = (r0.notes ?? []).filter((n) => n !== 'kind_unclear');
    const capital: ParsedEntry = { ...whole, kind: 'capital' };
    const base = whole.kind === 'capital' ? r0.confidence : onlyKind ? 0.9 : r0.confidence;
    const res = done([...others, capital], base);
    res.notes = [...notes, 'part_split', ...(doubt < CONFIDENT ? ['part_of_amount'] : [])];
    return res;
  }
  if (whole.kind === 'expense') {
    if (purpose === 'home' && (rest === null || rest === 'business')) {
      return done([...others, reduce(part.whole - part.amount), entry('withdrawal', part.amount, partItem)]);
    }
    if (purpose === 'home' && rest === 'home') return done([...others, { ...entry('withdrawal', part.whole, partItem) }]);
    if (purpose === 'business' && rest === 'home') {
      return done([...others, { ...reduce(part.amount), item: partItem ?? whole.item }, entry('withdrawal', part.whole - part.amount, restItem)]);
    }
    if ((purpose === 'business' || purpose === 'goods') && (rest === null || rest === 'business')) return done(r0.entries);
    return asked(r0);
  }
  // "tarik 500rb dari kas, 200rb buat beli bahan": money out of the till, part of it spent on the
  // business — not all of it taken home. How much went home is hers to confirm.
  if (whole.kind === 'withdrawal' && rest === null) {
    if (purpose === 'business') return asked({ ...r0, entries: [...others, reduce(part.whole - part.amount)] }, [entry('expense', part.amount, partItem)]);
    if (purpose === 'home' || purpose === 'goods') return done(r0.entries);
    return asked(r0);
  }
  if (whole.kind === 'sale' && (rest === null || (purpose === 'goods' && rest === 'goods'))) {
    // Out of the takings: taken home, or spent on the business.
    if (purpose === 'home') return done([...r0.entries, entry('withdrawal', part.amount, partItem)]);
    // "sales 400k, took 100k for stock": money set aside to buy stock with, not yet spent: asked.
    if (purpose === 'business' && part.used && setAside(a, part.clause.start, partEnd)) {
      return asked(r0, [entry('expense', part.amount, partItem)]);
    }
    if (purpose === 'business' && part.used) return done([...r0.entries, entry('expense', part.amount, partItem)]);
    if (purpose === 'goods') return done(r0.entries);
    if (part.used && purpose !== 'debt') return asked(r0, [entry('expense', part.amount, partItem)]);
    return asked(r0);
  }
  return asked(r0);
}
