/**
 * The business's money used for the home, written as the spending it paid for: "uang jualan
 * kepake 100rb bayar spp anak", "…, 100rb sy pake bayar listrik rumah", "sisa 20rb dipake beli
 * sayur buat masak di rumah", "beli pulsa hp sendiri 20rb pake uang warung". The bill or the
 * shopping is only what the money went to; the event is that she took the business's money
 * home: a withdrawal, never a sale ("uang jualan" names the money, not a sale) nor a business
 * expense.
 *
 * Read per clause (a line, or the part between commas): a using or taking verb ("pake",
 * "dipake", "kepake", "ambil" and their regional forms) or the business's money named as the
 * source ("uang warung", "duit jualan"), a household mark after the amount's verb ("rumah",
 * "anak", "spp", "sendiri", "jajan"…), and exactly one amount. Then the spending verbs of the
 * clause are only its purpose: the view returned shows them as plain words, and the money
 * source words ("uang jualan") as no sale. Anything less clear is left to the other readers
 * (household-bill.ts asks about a home bill paid with no source said).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_EXPENSE, F_FILLER, F_ITEMISH, F_SALE, F_WEAK, G_CONJ, G_HONORIFIC, G_HOUSEHOLD, G_WITHDRAW } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { withTokens } from './token-rewrite.ts';

/** Using or taking her money (not "diambil": goods collected by a customer). */
const USE = new Set(['pakai', 'pake', 'dipakai', 'dipake', 'kepake', 'kepakai', 'terpakai', 'ambil', 'ngambil', 'mengambil', 'ambiak',
  'maambiak']);
/** The business's money: "uang jualan", "duit warung", "hasil dagangan". */
const MONEY = new Set(['uang', 'duit', 'hasil', 'kas']);
const BUSINESS = new Set(['jualan', 'dagangan', 'dagang', 'warung', 'toko', 'usaha', 'kios', 'lapak']);
/** Marks of the home besides the lexicon's household words. */
const HOME = new Set(['rumah', 'sendiri', 'pribadi', 'dirumah', 'masak', 'obat', 'berobat', 'dokter', 'bidan', 'puskesmas', 'mertua',
  'ortu']);
/** Words that make the clause the business's: what she sells or makes, her workers. */
const FOR_BUSINESS = new Set(['modal', 'kulakan', 'kulak', 'stok', 'stock', 'bahan', 'karyawan', 'pegawai', 'pekerja', 'produksi',
  'pelanggan', 'pembeli']);

function isClauseEnd(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.'));
}

function homeMark(t: Token): boolean {
  return t.type === T_WORD && ((t.f2 & G_HOUSEHOLD) !== 0 || HOME.has(t.key)) && t.key !== 'arisan';
}

const T_MONEY = trigger(MONEY);
/**
 * A view of the analysis in which the clauses that spend the business's money on the home
 * read as withdrawals; null when there is none.
 */
export function householdUse(a: Analysis): Analysis | null {
  if ((a.f2 & G_WITHDRAW) === 0 && !present(a, T_MONEY)) return null;
  if ((a.f2 & G_WITHDRAW) === 0 && !a.tokens.some((t) => MONEY.has(t.key))) return null;
  const { tokens } = a;
  // "Bu Ani pake uang …": someone else's money. A title after the money's use is whom it was
  // spent on ("kepake buat beli obat ibu"): her family, still the home.
  if ((a.f2 & G_HONORIFIC) !== 0) {
    const used = tokens.findIndex((t) => t.type === T_WORD && (USE.has(t.key) || MONEY.has(t.key)));
    if (used < 0 || tokens.some((t, i) => i < used && t.type === T_WORD && (t.f2 & G_HONORIFIC) !== 0)) return null;
  }
  let changed: Token[] | null = null;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !isClauseEnd(tokens[i] as Token)) continue;
    const view = clause(a, start, i);
    if (view) {
      changed ??= tokens.slice();
      for (const [k, t] of view) changed[k] = t;
    }
    start = i + 1;
  }
  if (!changed) return null;
  return withTokens(a, changed);
}

/** The tokens to change in clause [from, to), or null when it is not money used for the home. */
function clause(a: Analysis, from: number, to: number): Map<number, Token> | null {
  const { tokens } = a;
  let use = -1;
  let source = -1;
  let amounts = 0;
  let strongSale = false;
  let business = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NUM && a.numIn[i] !== -1 && (i === from || a.numIn[i - 1] !== a.numIn[i])) {
      const ex = a.nums[a.numIn[i] as number];
      if (ex && ex.rupiah !== null) amounts++;
    }
    // "beli benang & ambil buat rumah": two events, which money went where is not said.
    if (t.type === T_PUNCT && (t.text === '&' || t.text === '+')) return null;
    if (t.type !== T_WORD) continue;
    if ((t.f2 & G_CONJ) !== 0) return null;
    if (FOR_BUSINESS.has(t.key)) business = true;
    if (USE.has(t.key) && use < 0) use = i;
    if (MONEY.has(t.key) && BUSINESS.has(tokens[i + 1]?.key ?? '')) source = i;
    else if ((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0 && !(i > from && MONEY.has((tokens[i - 1] as Token).key))) strongSale = true;
  }
  if (amounts !== 1 || strongSale || (use < 0 && source < 0)) return null;
  // A purchase before the taking, with no money named as its means, is an event of its own.
  if (source < 0) for (let i = from; i < use; i++) if (((tokens[i] as Token).f & F_EXPENSE) !== 0) return null;
  if (business) return use >= 0 && source >= 0 ? spentOnBusiness(a, from, to) : null;
  // The home must be named after the taking (or anywhere, with the money's source named):
  // "ambil 50rb buat dapur", "beli pulsa hp sendiri pake uang warung".
  const after = use >= 0 && source < 0 ? use : from;
  let home = false;
  for (let i = after; i < to; i++) if (homeMark(tokens[i] as Token)) home = true;
  if (!home) return null;
  const out = new Map<number, Token>();
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    // The spending is the purpose; "jualan" after "uang" names the money.
    const spend = (t.f & F_EXPENSE) !== 0 && (t.f2 & G_WITHDRAW) === 0;
    const moneyOf = (t.f & F_SALE) !== 0 && i > from && MONEY.has((tokens[i - 1] as Token).key);
    // A verb that is only a verb ("bayar", "beli") is no part of the purpose's name; one that
    // is also the thing ("listrik") stays in it.
    if (spend || moneyOf) out.set(i, { ...t, key: t.text, info: null, f: spend && (t.f & F_ITEMISH) === 0 ? F_FILLER : 0, f2: 0 });
  }
  // No taking verb ("beli pulsa hp sendiri 20rb pake uang warung" has one; "uang warung 20rb
  // buat jajan anak" does not): the money's own word says it was taken.
  if (use < 0 && source >= 0) {
    const t = tokens[source] as Token;
    out.set(source, { ...t, f: t.f | F_WEAK, f2: t.f2 | G_WITHDRAW, info: t.info ? { ...t.info, kind: 'withdrawal' } : { canon: t.key, flags: F_WEAK, flags2: G_WITHDRAW, kind: 'withdrawal' } });
  }
  return out.size > 0 ? out : null;
}

/**
 * "pake uang jualan 40rb buat beli bahan kue": the business's money spent on the business —
 * its expense, not money taken home. The using verb and the money's name are hidden, so the
 * buying verb names the entry. Only with a buying verb of its own; otherwise null.
 */
function spentOnBusiness(a: Analysis, from: number, to: number): Map<number, Token> | null {
  const { tokens } = a;
  const out = new Map<number, Token>();
  let buys = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f & F_EXPENSE) !== 0 && (t.f & F_WEAK) === 0) buys = true;
    const moneyOf = (t.f & F_SALE) !== 0 && i > from && MONEY.has((tokens[i - 1] as Token).key);
    if (USE.has(t.key) || moneyOf) out.set(i, { ...t, key: t.text, info: null, f: F_FILLER, f2: 0 });
  }
  return buys ? out : null;
}
