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
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_EXPENSE, F_FILLER, F_ITEMISH, F_NEG, F_REPAY, F_SALE, F_UNIT, F_WEAK, G_CONJ, G_HONORIFIC, G_HOUSEHOLD, G_PER, G_WITHDRAW } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { withTokens } from './token-rewrite.ts';
import { AFTER_FAMILY, FAMILY } from './money-owner.ts';
import { paidPartyAt } from './money-out.ts';
import { textOf } from './per-day.ts';

/** Using or taking her money (not "diambil": goods collected by a customer). */
const USE = new Set(['pakai', 'pake', 'dipakai', 'dipake', 'kepake', 'kepakai', 'terpakai', 'ambil', 'ngambil', 'mengambil', 'ambiak',
  'maambiak']);
/** The business's money: "uang jualan", "duit warung", "hasil dagangan". */
// ("laci warung": the drawer names the till as "kas" does; Minang "pitih kade" is "uang warung".)
const MONEY = new Set(['uang', 'duit', 'hasil', 'kas', 'laci', 'pitih', 'piti']);
const BUSINESS = new Set(['jualan', 'dagangan', 'dagang', 'warung', 'toko', 'usaha', 'kios', 'lapak', 'kade', 'lepau', 'dodolan']);
/**
 * Religious and social duties: "infaq masjid", "zakat fitrah", "sedekah jumat", "iuran sampah",
 * "kondangan", "sumbangan", "arisan". Paid out of the business's money said by name ("dari uang
 * dagang", "pake kas warung") they are the home's, as "buat jajan anak" is; with no business money
 * named ("bayar arisan 50rb") they are her own money's (money-owner.ts asks), never read here.
 */
export const DUTY = new Set(['arisan', 'iuran', 'sumbangan', 'nyumbang', 'kondangan', 'sedekah', 'sodaqoh', 'shodaqoh', 'sodakoh', 'zakat',
  'infak', 'infaq', 'amal', 'kolekte', 'perpuluhan', 'persembahan', 'angpao', 'angpau', 'jimpitan', 'layat', 'melayat', 'takziah']);
/** Marks of the home besides the lexicon's household words. */
// (Minang "dapua" is "dapur".)
const HOME = new Set(['rumah', 'sendiri', 'pribadi', 'dirumah', 'masak', 'obat', 'berobat', 'dokter', 'bidan', 'puskesmas', 'mertua',
  'ortu', 'dapua']);
/**
 * Money going out ("keluar"; Javanese "metu", Sundanese and Manado "kaluar" read so): with her family or a home
 * mark after it ("dhuwit metu 50rb kanggo ibu"), the takings went home, as a using verb's do.
 */
const OUT = new Set(['keluar']);
/** "for" (Javanese "kanggo", "dinggo", Sundanese "keur", Banjar "gasan" read as "untuk"). */
const FOR = new Set(['untuk', 'buat', 'utk', 'bwt', 'dinggo']);
/** Her family as whom the money is for, beyond FAMILY: grandparents, "mamah", "emak". */
// (Not Sundanese "aki", grandfather: it is the battery too, "uang keluar 250rb buat aki".)
const KIN = new Set([...FAMILY, 'mbah', 'simbah', 'embah', 'nenek', 'kakek', 'eyang', 'mamah', 'mamak', 'emak', 'mak', 'nini', 'ema']);
/**
 * After a family word, words that make the person someone else: "anak buah" (her workers), "anak tetangga",
 * "anak kos" (her lodger), "anak magang", "anak orang". Money for them is no home's.
 */
const NOT_HERS = new Set(['buah', 'tetangga', 'kos', 'kost', 'kosan', 'magang', 'didik', 'orang', 'org']);
/** Words that make the clause the business's: what she sells or makes, her workers. */
const FOR_BUSINESS = new Set(['modal', 'kulakan', 'kulak', 'stok', 'stock', 'bahan', 'karyawan', 'pegawai', 'pekerja', 'produksi',
  'pelanggan', 'pembeli']);

function isClauseEnd(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.'));
}

function homeMark(t: Token): boolean {
  return t.type === T_WORD && ((t.f2 & G_HOUSEHOLD) !== 0 || HOME.has(t.key)) && t.key !== 'arisan';
}

/** A home mark at i that is not someone else's kin ("anak buah", "anak tetangga"). */
function homeAt(tokens: readonly Token[], i: number): boolean {
  return homeMark(tokens[i] as Token) && !(KIN.has((tokens[i] as Token).key) && NOT_HERS.has(tokens[i + 1]?.key ?? ''));
}

/**
 * "kanggo ibu", "buat mbah", "keur indung": one of her family right after "for", as the person (at the
 * clause's end or before "saya", "sendiri"…), not a title before a name ("buat ibu Sri" is someone else).
 */
function forKin(tokens: readonly Token[], i: number, to: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD || !KIN.has(t.key) || !FOR.has(tokens[i - 1]?.key ?? '')) return false;
  const n = tokens[i + 1];
  return i + 1 >= to || n === undefined || n.type !== T_WORD || AFTER_FAMILY.has(n.key);
}

const T_MONEY = trigger(MONEY, OUT);
/**
 * A view of the analysis in which the clauses that spend the business's money on the home
 * read as withdrawals; null when there is none.
 */
export function householdUse(a: Analysis): Analysis | null {
  if ((a.f2 & G_WITHDRAW) === 0 && !present(a, T_MONEY)) return null;
  if ((a.f2 & G_WITHDRAW) === 0 && !a.tokens.some((t) => MONEY.has(t.key) || OUT.has(t.key))) return null;
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

/**
 * "zakat fitrah 4 orang, 45rb per orang, ambil dari kas dagang", "infaq 20rb, ambil dari uang dagang":
 * a last clause that only says where the money came from, with no amount of its own, is the source
 * of the clauses before it on its line. The message written again without those commas, when the
 * line so joined reads as the business's money used for the home; null otherwise.
 */
export function sourceClauseJoined(a: Analysis): string | null {
  if ((a.f2 & G_WITHDRAW) === 0 && !present(a, T_MONEY)) return null;
  const { tokens } = a;
  const drop = new Set<number>();
  let lineStart = 0;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && !isClauseEnd(t)) continue;
    const lineEnd = t === undefined || t.type === T_NL;
    if (lineEnd && start > lineStart && namesSourceOnly(a, start, i) && clause(a, start, i) === null && clause(a, lineStart, i) !== null) {
      for (let k = lineStart; k < start; k++) if (isClauseEnd(tokens[k] as Token)) drop.add(k);
    }
    start = i + 1;
    if (lineEnd) lineStart = i + 1;
  }
  return drop.size === 0 ? null : textOf(tokens, 0, tokens.length, (k) => drop.has(k));
}

/**
 * Whether the duty word at token i is paid out of the business's money named in its clause ("laku 200rb,
 * bayar arisan 50rb pake uang warung"): the home's purpose of a withdrawal, no savings or dues of her own
 * money to leave out (record-owner.ts).
 */
export function dutyFromBusinessAt(tokens: readonly Token[], i: number): boolean {
  if (!DUTY.has((tokens[i] as Token).key)) return false;
  let from = i;
  while (from > 0 && !isClauseEnd(tokens[from - 1] as Token)) from--;
  for (let k = from; k < tokens.length && !isClauseEnd(tokens[k] as Token); k++) {
    if (!MONEY.has((tokens[k] as Token).key) || !BUSINESS.has(tokens[k + 1]?.key ?? '')) continue;
    let negated = false;
    for (let n = Math.max(from, k - 3); n < k; n++) if (((tokens[n] as Token).f & F_NEG) !== 0) negated = true;
    if (!negated) return true;
  }
  return false;
}

/** An amount at token i that is money, not a count: "4 orang" before "45rb per orang" is no second amount. */
function moneyAmountAt(a: Analysis, i: number): boolean {
  const ex = a.nums[a.numIn[i] as number];
  if (!ex || ex.rupiah === null) return false;
  const next = a.tokens[ex.end];
  return !(next !== undefined && next.type === T_WORD && (next.f & F_UNIT) !== 0 && (next.f2 & G_PER) === 0);
}

/** Clause [from, to) names the business's money as a source and holds no amount: "ambil dari kas dagang". */
function namesSourceOnly(a: Analysis, from: number, to: number): boolean {
  let source = false;
  for (let i = from; i < to; i++) {
    // ("…, bukan uang jualan": the money it did not come from.)
    if (a.numIn[i] !== -1 || ((a.tokens[i] as Token).f & F_NEG) !== 0) return false;
    if (MONEY.has((a.tokens[i] as Token).key) && BUSINESS.has(a.tokens[i + 1]?.key ?? '')) source = true;
  }
  return source;
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
    // (An amount said in words starts with a word: "tujuh puluh lima ribu" counts as "75rb" does.)
    if (a.numIn[i] !== -1 && (i === from || a.numIn[i - 1] !== a.numIn[i]) && moneyAmountAt(a, i)) amounts++;
    // "beli benang & ambil buat rumah": two events, which money went where is not said.
    if (t.type === T_PUNCT && (t.text === '&' || t.text === '+')) return null;
    if (t.type !== T_WORD) continue;
    if ((t.f2 & G_CONJ) !== 0) return null;
    if (FOR_BUSINESS.has(t.key)) business = true;
    if ((USE.has(t.key) || OUT.has(t.key)) && use < 0) use = i;
    if (MONEY.has(t.key) && BUSINESS.has(tokens[i + 1]?.key ?? '')) source = i;
    else if ((t.f & F_SALE) !== 0 && (t.f & F_WEAK) === 0 && !(i > from && MONEY.has((tokens[i - 1] as Token).key))) strongSale = true;
  }
  // "artos kanggo mamah 100rb": the money itself, for one of her family, is taken as a using verb would be.
  let moneyFor = -1;
  if (use < 0 && source < 0) {
    const money = a.tokens.findIndex((t, i) => i >= from && i < to && MONEY.has(t.key));
    if (money >= 0 && tokens.some((_, i) => i > money && i < to && forKin(tokens, i, to))) moneyFor = money;
  }
  if (moneyFor >= 0) use = moneyFor;
  if (amounts !== 1 || strongSale || (use < 0 && source < 0)) return null;
  // "bayar spp 150rb bukan dari uang jualan": the business's money named as where it did not come from.
  for (let i = Math.max(from, source - 3); i < source; i++) if (((tokens[i] as Token).f & F_NEG) !== 0) return null;
  // A purchase before the taking, with no money named as its means, is an event of its own.
  if (source < 0) for (let i = from; i < use; i++) if (((tokens[i] as Token).f & F_EXPENSE) !== 0) return null;
  if (business) return use >= 0 && source >= 0 ? spentOnBusiness(a, from, to) : null;
  // The home must be named after the taking (or anywhere, with the money's source named):
  // "ambil 50rb buat dapur", "beli pulsa hp sendiri pake uang warung".
  const after = use >= 0 && source < 0 ? use : from;
  let home = false;
  const duties: number[] = [];
  for (let i = after; i < to; i++) {
    if (homeAt(tokens, i) || forKin(tokens, i, to)) home = true;
    else if (source >= 0 && DUTY.has((tokens[i] as Token).key)) duties.push(i);
  }
  if (duties.length > 0) home = true;
  if (!home) return use >= 0 && OUT.has((tokens[use] as Token).key) ? forSomeone(tokens, use, to) : null;
  const out = new Map<number, Token>();
  // "beli nasi bungkus … 45rb pake duit jualan": with the taking said only after the amount, a
  // line of a day sheet would carry the line before's kind to the amount ("laku …" above it): the
  // spending verb before the amount says the taking instead.
  const amountAt = firstAmount(a, from, to);
  const takenAfter = (use < 0 || use > amountAt) && (source < 0 || source > amountAt);
  let said = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (takenAfter && !said && i < amountAt && (t.f & F_EXPENSE) !== 0 && (t.f2 & G_WITHDRAW) === 0 && (t.f & F_ITEMISH) === 0) {
      said = true;
      out.set(i, { ...t, f: (t.f & ~(F_EXPENSE | F_WEAK)), f2: t.f2 | G_WITHDRAW, info: t.info ? { ...t.info, kind: 'withdrawal' } : t.info });
      continue;
    }
    // The spending is the purpose; "jualan" after "uang" names the money. So is paying in to a duty:
    // "buat setor arisan" is no instalment of hers.
    const spend = ((t.f & F_EXPENSE) !== 0 || ((t.f & F_REPAY) !== 0 && duties.includes(i + 1))) && (t.f2 & G_WITHDRAW) === 0;
    const moneyOf = (t.f & F_SALE) !== 0 && i > from && MONEY.has((tokens[i - 1] as Token).key);
    // A verb that is only a verb ("bayar", "beli") is no part of the purpose's name; one that
    // is also the thing ("listrik") stays in it.
    if (spend || moneyOf) out.set(i, { ...t, key: t.text, info: null, f: spend && (t.f & F_ITEMISH) === 0 ? F_FILLER : 0, f2: 0 });
  }
  // No taking verb ("beli pulsa hp sendiri 20rb pake uang warung" has one; "uang warung 20rb
  // buat jajan anak" does not): the money's own word says it was taken.
  // … and neither has money going out, or the money for her family: its word says it was taken.
  const taken = use < 0 ? source : OUT.has(tokens[use]?.key ?? '') || use === moneyFor ? use : -1;
  if (taken >= 0) {
    const t = tokens[taken] as Token;
    out.set(taken, { ...t, f: (t.f & ~F_EXPENSE) | F_WEAK, f2: t.f2 | G_WITHDRAW, info: t.info ? { ...t.info, kind: 'withdrawal' } : { canon: t.key, flags: F_WEAK, flags2: G_WITHDRAW, kind: 'withdrawal' } });
  }
  // "laku 200rb, infak 20rb dari uang jualan": with no spending verb before the amount to say the
  // taking, the duty before it says it (else the sale before would carry to the amount).
  // (Only then: as a verb it leaves the item, "infak masjid" naming "masjid" alone.)
  const dutyFirst = duties.find((i) => i < amountAt);
  const saleBefore = tokens.some((t, i) => i < from && t.type === T_WORD && (t.f & F_SALE) !== 0);
  if (takenAfter && !said && dutyFirst !== undefined && saleBefore) {
    const t = tokens[dutyFirst] as Token;
    out.set(dutyFirst, { ...t, f: (t.f & ~F_EXPENSE) | F_WEAK, f2: t.f2 | G_WITHDRAW | G_HOUSEHOLD,
      info: t.info ? { ...t.info, kind: 'withdrawal' } : { canon: t.key, flags: F_WEAK, flags2: G_WITHDRAW | G_HOUSEHOLD, kind: 'withdrawal' } });
  }
  // The duty is the home's purpose here, as "dapur" is: the taking is no guess.
  for (const i of duties) {
    const t = out.get(i) ?? (tokens[i] as Token);
    out.set(i, { ...t, f2: t.f2 | G_HOUSEHOLD });
  }
  return out.size > 0 ? out : null;
}

/** The index of the clause's first amount in rupiah, or `to`. */
function firstAmount(a: Analysis, from: number, to: number): number {
  for (let i = from; i < to; i++) if (a.numIn[i] !== -1 && a.nums[a.numIn[i] as number]?.rupiah != null) return i;
  return to;
}

/**
 * "dhuwit metu 50rb kanggo bu Sri", "uang keluar 50rb buat pak RT": money out for a person named by a title,
 * with nothing bought or paid said. Her supplier, a debt, a gift, the neighbourhood's dues: which, only she
 * knows. The going-out word loses its spending meaning, so the kind is asked. A bare name ("uang keluar 40rb
 * kanggo Sri") is written like goods the lexicon does not know ("uang keluar 30rb buat plastik"): both are asked
 * when the money is named before the going-out word, the cash book's way; "keluar 30rb buat plastik" stays her expense.
 */
function forSomeone(tokens: readonly Token[], out: number, to: number): Map<number, Token> | null {
  let person = -1;
  for (let i = out + 1; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    // (A payee by trade, "buat supplier", "buat pak Budi tukang": her expense, as before.)
    if ((t.f & (F_EXPENSE | F_SALE)) !== 0 || paidPartyAt(tokens, i)) return null;
    if (!FOR.has(tokens[i - 1]?.key ?? '')) continue;
    if ((t.f2 & G_HONORIFIC) !== 0 && tokens[i + 1]?.type === T_WORD && i + 1 < to) person = i;
    // A word no list knows, alone after "for" at the clause's end, with the money named ("dhuwit metu 40rb kanggo Sri"):
    // a name or goods, not said which.
    else if (t.info === null && i + 1 === to && MONEY.has(tokens[out - 1]?.key ?? '')) person = i;
  }
  if (person < 0) return null;
  const t = tokens[out] as Token;
  return new Map([[out, { ...t, key: t.text, info: null, f: 0, f2: 0 }]]);
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
