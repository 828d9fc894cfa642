/**
 * Whose instalment it is. "cicilan" alone is her business loan's instalment (a repayment: "bayar
 * cicilan 500rb", "angsuran mekaar 200rb", "setor ke koperasi cicilan"). Two kinds of instalment
 * are not, and the instalment word must not make them one:
 *
 * - Her home's goods bought on credit: "cicilan motor 650rb kebayar pake duit jualan dulu",
 *   "angsuran kulkas 300rb", "arisan panci 50rb". Paid out of the business's purse it is money
 *   taken home (a withdrawal); with no purse said it is asked ('personal_instalment'), never her
 *   loan's repayment unasked. A lender named ("cicilan motor dari leasing", "angsuran bank") keeps
 *   the loan's reading: that loan may be the one she keeps in the bot.
 * - Her supplier paid for stock by instalments or settling its tab: "bayar ke supplier jilbab,
 *   cicilan ke-2 750rb (utang stok bulan lalu)", "lunasin bon ke supplier kain 1jt (sisa bulan
 *   kemarin)". Paying for stock is the business's expense when it is paid.
 *
 * Only known words decide: the goods word right after the instalment word, the supplier's trade word.
 */
import type { Analysis } from './analyze.ts';
import { S_GROUPED, S_MONEY, S_PLAIN } from './amount.ts';
import { C_CLEAR, C_DOUBT, C_GROUPED, C_MARKED } from './confidence.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { moneyDirection } from './money-direction.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParseResult } from './types.ts';

const INSTALMENT = new Set(['cicilan', 'cicilannya', 'angsuran', 'angsurannya', 'kreditan', 'kreditannya', 'nyicil', 'cicil', 'dicicil',
  'mencicil', 'angsur', 'ngangsur', 'kredit', 'nyicilin', 'arisan']);
/** Goods of a home bought on credit (never a trade's tools: "mesin jahit", "etalase", "gerobak" stay out). */
const HOME_GOODS = new Set(['motor', 'montor', 'motornya', 'hp', 'handphone', 'henpon', 'hape', 'kulkas', 'kulkasnya', 'rumah', 'rmh',
  'kpr', 'panci', 'tv', 'televisi', 'lemari', 'kasur', 'springbed', 'sofa', 'sepeda', 'magicom', 'ac', 'emas']);
/** "arisan barang", "arisan panci": an arisan paid in goods for the home (plain "arisan" is her dues). */
const ARISAN_GOODS = new Set(['barang', 'panci', 'perabot', 'perabotan', 'piring', 'gelas', 'emas', 'kulkas', 'tv', 'kasur', 'sprei', 'seprei']);
/** A lender named: the loan may be the one she keeps in the bot (its repayment stands). */
const LENDER = new Set(['leasing', 'bank', 'koperasi', 'kop', 'mekaar', 'pnm', 'kur', 'bri', 'bpr', 'bmt', 'pinjol', 'finance', 'ulamm',
  'dealer', 'adira', 'fif', 'pegadaian', 'kredivo', 'akulaku', 'paylater', 'spaylater', 'pinjaman']);
/** Her suppliers by their trade (a toko or an agen may sell her home's goods, or lend: left out). */
const SUPPLIER = new Set(['supplier', 'suplier', 'suplayer', 'supplaier', 'grosir', 'grosiran', 'distributor', 'pemasok', 'konveksi',
  'tengkulak', 'pengepul']);
/**
 * Her tab with the supplier, said as goods bought on it: "cicilan ke-2", "lunasin bon", "utang stok".
 * ("bayar utang ke supplier 200rb" names no goods nor tab: her debt repaid, as before.)
 */
const SETTLE = new Set(['nyicil', 'cicilan', 'cicil', 'angsuran', 'nyicilin', 'bon', 'bonnya', 'kasbon', 'stok', 'stock', 'kulakan',
  'belanjaan', 'bahan']);
/** The business's period words said of the debt ("sisa bulan kemarin", "utang stok bulan lalu"), not of the paying. */
const DEBT_ORIGIN = new Set(['sisa', 'utang', 'hutang', 'bon', 'kasbon', 'stok', 'dari']);

const T_INSTALMENT = trigger(INSTALMENT, SUPPLIER);

function word(a: Analysis, i: number): Token | undefined {
  const t = a.tokens[i];
  return t !== undefined && t.type === T_WORD ? t : undefined;
}

/** The one written amount with its confidence, or null. */
function oneAmount(a: Analysis): { rupiah: number; confidence: number } | null {
  let found: { rupiah: number; confidence: number } | null = null;
  for (const ex of a.nums) {
    if (ex.rupiah === null) continue;
    if (ex.strength === S_PLAIN || ex.ambiguous || ex.approx || found !== null) return null;
    found = { rupiah: ex.rupiah, confidence: ex.strength === S_MONEY ? C_CLEAR : ex.strength === S_GROUPED ? C_GROUPED : C_MARKED };
  }
  return found;
}

/** The home's goods the instalment is for ("cicilan motor", "angsuran hp", "arisan panci"), as the item, or null. */
function homeGoods(a: Analysis): string | null {
  for (let i = 0; i < a.tokens.length; i++) {
    const t = word(a, i);
    if (t === undefined || !INSTALMENT.has(t.key)) continue;
    const n = word(a, i + 1);
    // "arisan" is an instalment only for goods ("arisan panci", "arisan barang"): "arisan" alone is her dues.
    if (n === undefined || !(t.key === 'arisan' ? ARISAN_GOODS : HOME_GOODS).has(n.key)) continue;
    return `${t.key} ${n.key}`;
  }
  return null;
}

function ask(r: ParseResult, note: string): ParseResult {
  const notes = [...(r.notes ?? [])];
  if (!notes.includes(note)) notes.push(note);
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes } as ParseResult;
}

/**
 * The home's goods paid by instalment: out of the business's purse, money taken home; with no
 * purse said, the withdrawal is the guess, asked ("Uang ini diambil untuk keperluan rumah?").
 */
function homeInstalment(a: Analysis, r: ParseResult, goods: string): ParseResult {
  const amount = oneAmount(a);
  // (Its day: the record's, or the one day written — "kemarin bayar cicilan motor 600rb"; several or none real, asked.)
  const day = r.intent === 'record' ? r.date : a.dates.length === 0 ? a.today : a.dates.length === 1 ? a.dates[0]?.date ?? null : null;
  if (amount === null || day === null) return ask(r, 'personal_instalment');
  const taken: ParseResult = { intent: 'record', entries: [{ kind: 'withdrawal', amount: amount.rupiah, item: goods, quantity: null, unit: null,
    unitPrice: null }], date: day, confidence: Math.min(r.confidence, amount.confidence) };
  return moneyDirection(a).from === 'business' ? taken : ask(taken, 'withdrawal_guessed');
}

/** Whether the supplier is the one paid: her settling words with the supplier's trade word. */
function paysSupplier(a: Analysis): boolean {
  let supplier = false;
  let settle = false;
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    if (SUPPLIER.has(t.key)) supplier = true;
    if (SETTLE.has(t.key)) settle = true;
  }
  if (!supplier || !settle) return false;
  // Paid TO the supplier ("ke supplier", "bayar supplier"): "dari supplier", "supplier bayar" are someone else's money.
  const at = a.tokens.findIndex((t) => t.type === T_WORD && SUPPLIER.has(t.key));
  const before = word(a, at - 1)?.key ?? '';
  return before === 'ke' || before === 'kepada' || before === 'sama' || before === 'bayar' || before === 'byr' || before === 'lunasin';
}

/** Whether every period word in the message says when the debt arose ("(sisa bulan kemarin)"), not when she paid. */
function periodOfDebt(a: Analysis): boolean {
  let depth = 0;
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i] as Token;
    if (t.type === T_PUNCT && t.text === '(') depth++;
    if (t.type === T_PUNCT && t.text === ')') depth--;
    if (t.type !== T_WORD || !/bulan|bln|minggu|mgg/.test(t.key)) continue;
    if (depth > 0) continue;
    const p = word(a, i - 1)?.key ?? '';
    const q = word(a, i - 2)?.key ?? '';
    if (!DEBT_ORIGIN.has(p) && !DEBT_ORIGIN.has(q)) return false;
  }
  return true;
}

const DROPPED = new Set(['own_debt', 'period_sum']);

/** Paying off by instalments, right before her debt word: "nyicil utang", "cicil hutang". */
const BY_INSTALMENTS = new Set(['nyicil', 'cicil', 'nyicilin', 'mencicil', 'ngangsur', 'angsur', 'mengangsur']);
const DEBT = new Set(['utang', 'hutang', 'utangnya', 'hutangnya', 'utangku', 'hutangku']);

/**
 * "nyicil utang ke supplier kain 200rb": her debt ("utang") paid off bit by bit is asked as "bayar utang ke
 * supplier" is (tab-paid.ts, note own_debt: she may have recorded the stock when she took it) — the
 * instalment word changes nothing of whose debt it is. ("nyicil ke supplier 500rb", "lunasin bon ke supplier
 * kain" name no debt word: the supplier paid for stock, her expense as below.)
 */
function debtByInstalments(a: Analysis): boolean {
  return a.tokens.some((t, i) => t.type === T_WORD && DEBT.has(t.key) && BY_INSTALMENTS.has(a.tokens[i - 1]?.key ?? ''));
}

/**
 * The instalment read again by whose it is (see the head of this file); `r` as it was otherwise.
 * Only a confident repayment, or a supplier's tab asked only as her debt, is read again.
 */
export function guardInstalmentOwner(a: Analysis, r: ParseResult): ParseResult {
  if (!present(a, T_INSTALMENT) || a.question) return r;
  if (a.tokens.some((t) => t.type === T_WORD && LENDER.has(t.key))) return r;
  if (r.intent === 'repayment' && r.confidence >= CONFIDENT) {
    const goods = homeGoods(a);
    if (goods !== null) return homeInstalment(a, r, goods);
    if (!paysSupplier(a) || !periodOfDebt(a)) return r;
    const amount = oneAmount(a);
    if (amount === null) return r;
    return { intent: 'record', entries: [{ kind: 'expense', amount: amount.rupiah, item: 'supplier', quantity: null, unit: null, unitPrice: null }],
      date: a.today, confidence: Math.min(r.confidence, amount.confidence) };
  }
  // "bayar kreditan kulkas 300rb" read as the business's expense: the home's goods, as above.
  const goods = r.intent === 'record' && r.confidence >= CONFIDENT && r.entries.length === 1 && r.entries[0]?.kind === 'expense' ? homeGoods(a) : null;
  if (goods !== null) return homeInstalment(a, r, goods);
  // "lunasin bon ke supplier kain 1jt (sisa bulan kemarin)": her tab paid, asked only as a debt of hers
  // and a month's sum — the supplier paid for stock is her expense today.
  if (r.intent === 'record' && r.confidence < CONFIDENT && a.dates.length === 0 && r.entries.length === 1 && r.entries[0]?.kind === 'expense' &&
    (r.notes ?? []).includes('own_debt') && (r.notes ?? []).every((n) => DROPPED.has(n)) && r.unresolved === undefined &&
    paysSupplier(a) && periodOfDebt(a) && homeGoods(a) === null && !debtByInstalments(a)) {
    const amount = oneAmount(a);
    if (amount === null || amount.rupiah !== r.entries[0].amount) return r;
    const { notes: _notes, ...rest } = r;
    return { ...rest, confidence: amount.confidence };
  }
  return r;
}
