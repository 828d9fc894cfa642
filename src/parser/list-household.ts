/**
 * A line of household spending among the business's: "Jualan hari ini 340rb. Keluar buat bahan
 * 120rb, buat jajan anak 20rb", "beli kain 600rb, ongkos becak 15rb, makan siang 20rb pake uang
 * sendiri", "beli beras 5 liter buat makan 50rb". A clause whose purpose is the home ("buat jajan
 * anak", "buat makan", "untuk dapur") or whose money is her own ("pake uang sendiri", "duit
 * pribadi") is not a business expense; the parser does not know her trade (rice is stock for a
 * caterer), so the record is asked ("mixed_use"), never recorded whole as business spending.
 * Clauses that name the business beside the home ("makan siang karyawan", "buat jualan") stay
 * the business's. household-use.ts reads the clear withdrawals first ("pake uang warung buat spp").
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_EXPENSE, F_ITEMISH, F_SALE, F_WEAK, G_CONJ, G_WITHDRAW } from './word-roles.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';

const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'buwat', 'kanggo', 'gawe', 'nggo', 'go', 'keperluan', 'kebutuhan']);
/** The home as a purpose: "buat makan", "buat jajan anak", "untuk dapur". */
const HOME = new Set(['makan', 'mangan', 'jajan', 'anak', 'anak2', 'rumah', 'dapur', 'keluarga', 'pribadi', 'sendiri', 'suami', 'spp',
  'sekolah', 'saku', 'berobat', 'obat', 'dokter', 'masak', 'dirumah', 'bocah', 'cucu', 'lebaran', 'kondangan', 'nyumbang']);
/** Her own money: "pake uang sendiri", "duit pribadi". */
const MONEY = new Set(['uang', 'duit', 'dana']);
const OWN = new Set(['sendiri', 'pribadi', 'pribadiku', 'sendirian', 'rumah', 'dapur', 'belanja']);
/** The business named in the clause: the line stays the business's. */
export const BUSINESS = new Set(['jualan', 'dagangan', 'dagang', 'usaha', 'warung', 'toko', 'kios', 'lapak', 'produksi', 'katering', 'catering',
  'pesanan', 'orderan', 'karyawan', 'pegawai', 'pekerja', 'tukang', 'kuli', 'pelanggan', 'pembeli', 'stok', 'kulakan', 'bahan', 'dijual',
  'jual', 'modal']);

function clauseEnd(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === ';' || t.text === '.' || t.text === '+'));
}

/** Unmistakably the home, whatever her trade ("makan", "masak", "sendiri" may be the business's). */
const SURE_HOME = new Set(['rumah', 'dapur', 'keluarga', 'pribadi', 'jajan', 'spp', 'sekolah', 'berobat', 'obat', 'dokter', 'dirumah']);

/**
 * "kulakan 200rb + beli beras buat rumah 65rb": a clause of a list that buys with a verb of its
 * own, for the home said outright, with one amount — that amount (the clause's whole event) is
 * money taken home, a withdrawal. Returns those amounts; none when any such clause is less clear.
 */
function homePurchases(a: Analysis): number[] {
  const { tokens } = a;
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !clauseEnd(tokens[i] as Token)) continue;
    // "gaji pegawai 50rb sama kasih jajan anak 20rb dari laci": the part paid home out of the purse.
    const part = fromPurse(a, start, i);
    if (part >= 0) {
      for (let j = part; j < i; j++) {
        const k = a.numIn[j] as number;
        if (k >= 0 && (a.nums[k]?.rupiah ?? null) !== null) {
          out.push(a.nums[k]?.rupiah as number);
          break;
        }
      }
      start = i + 1;
      continue;
    }
    let buys = false;
    let home = false;
    let business = false;
    let spoken = false;
    const amounts = new Set<number>();
    for (let j = start; j < i; j++) {
      const t = tokens[j] as Token;
      const k = a.numIn[j] as number;
      if (k >= 0 && (a.nums[k]?.rupiah ?? null) !== null) amounts.add(k);
      if (t.type !== T_WORD) continue;
      if (BUSINESS.has(t.key)) business = true;
      if ((t.f & F_EXPENSE) !== 0 && (t.f & (F_WEAK | F_ITEMISH)) === 0) buys = true;
      if (((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & (F_WEAK | F_ITEMISH)) === 0) || (t.f2 & G_WITHDRAW) !== 0) spoken = true;
      if (buys && PURPOSE.has(t.key)) {
        for (let n = j + 1; n < i && n <= j + 3; n++) if (SURE_HOME.has((tokens[n] as Token).key)) home = true;
      }
    }

    start = i + 1;
    // "beli sayur 25rb untuk masak di rumah, plastik 10rb": a line after the home's that carries
    // its verb may be the home's too: asked.
    if (out.length > 0 && amounts.size > 0 && !spoken) return [];
    if (!buys || !home) continue;
    if (business || amounts.size !== 1) return [];
    out.push(a.nums[[...amounts][0] as number]?.rupiah as number);
  }
  return out;
}

/** The business's purse after "dari": "dari laci", "dari kas", "dari uang warung", "dari hasil jualan". */
const FROM = new Set(['dari', 'dr']);
const PURSE = new Set(['laci', 'kas', 'kasir', 'lacinya', 'kasnya']);
const PURSE_MONEY = new Set(['uang', 'duit', 'hasil']);
/** Joining one amount's part to the next: "50rb sama …", "50rb dan …", "50rb terus …". */
const AND = new Set(['sama', 'sm', 'ama', 'dan', 'dn', 'plus', 'terus', 'trus', 'trs', 'lalu', 'sambil']);
const PURSE_OF = new Set(['warung', 'dagangan', 'jualan', 'usaha', 'toko', 'kios', 'lapak']);

/**
 * Where the part of tokens [from, to) that pays the home out of the business's purse starts, or -1:
 * a sure home word and "dari <purse>" after the last amount joined by "sama"/"dan" ("gaji pegawai
 * 50rb sama kasih jajan anak 20rb dari laci": the part after "50rb sama"), with one amount and no
 * business word but the purse's own.
 */
function fromPurse(a: Analysis, from: number, to: number): number {
  const { tokens } = a;
  let purse = -1;
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    const n = tokens[j + 1];
    if (t.type === T_WORD && FROM.has(t.key) && n !== undefined && (PURSE.has(n.key) || (PURSE_MONEY.has(n.key) && PURSE_OF.has(tokens[j + 2]?.key ?? '')))) purse = j;
  }
  if (purse < 0) return -1;
  let part = from;
  for (let j = purse - 1; j > from; j--) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && ((t.f2 & G_CONJ) !== 0 || AND.has(t.key)) && (a.numIn[j - 1] ?? -1) >= 0) {
      part = j + 1;
      break;
    }
  }
  let home = false;
  const amounts = new Set<number>();
  for (let j = part; j < to; j++) {
    const t = tokens[j] as Token;
    const k = a.numIn[j] as number;
    if (k >= 0 && (a.nums[k]?.rupiah ?? null) !== null) amounts.add(k);
    if (t.type !== T_WORD) continue;
    if (SURE_HOME.has(t.key)) home = true;
    if (BUSINESS.has(t.key) && (j < purse || j > purse + 2)) return -1;
  }
  return home && amounts.size === 1 ? part : -1;
}

const T_PURPOSE = trigger(PURPOSE);
const T_HOME = trigger(HOME);
const T_MONEY = trigger(MONEY);
const T_OWN = trigger(OWN);
const T_FROM = trigger(FROM);
/** Whether one clause of the message spends for the home or with her own money. */
export function householdClause(a: Analysis): boolean {
  return householdClauses(a) > 0;
}

/** How many clauses of the message spend for the home or with her own money. */
function householdClauses(a: Analysis): number {
  // (None without a purpose word and a home word, or money and an own word.)
  if (!(present(a, T_PURPOSE) && present(a, T_HOME)) && !(present(a, T_MONEY) && present(a, T_OWN)) && !(present(a, T_FROM) && present(a, T_HOME))) return 0;
  const { tokens } = a;
  let n = 0;
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !clauseEnd(tokens[i] as Token)) continue;
    const words = tokens.slice(start, i).filter((t) => t.type === T_WORD).map((t) => t.key);
    const from = start;
    start = i + 1;
    if (fromPurse(a, from, i) >= 0) {
      n++;
      continue;
    }
    if (words.some((w) => BUSINESS.has(w))) continue;
    for (let j = 0; j < words.length; j++) {
      const w = words[j] as string;
      const next = words.slice(j + 1, j + 4);
      // ("buat masak jajan": snacks cooked to sell, read "bikin jajan" in context-words.ts — made, not the home's.)
      if ((PURPOSE.has(w) && next.some((x, n) => HOME.has(x) && words[j + n] !== 'bikin')) || (MONEY.has(w) && OWN.has(words[j + 1] ?? ''))) {
        n++;
        break;
      }
    }
  }
  return n;
}

/**
 * Her own eating named as a bought line beside the business's: "beli bahan 120rb sama jajan 30rb",
 * "belanja tepung 80rb, ngopi 5rb", "kulakan 300rb + makan siang 20rb". Snacking or a meal with no
 * one named may be hers at the stall (a cost some keep) or the home's: the list is asked
 * ("mixed_use"), never all recorded as the business's. Alone ("beli jajan 30rb": snacks to sell
 * as likely) or with goods counted ("jajanan 20 biji") it is left as read.
 */
const SNACKING = new Set(['jajan', 'ngopi', 'nyemil', 'ngemil', 'ngeteh', 'sarapan', 'makan', 'mangan', 'maksi']);
/** The time of a meal, which may follow it in the line's item: "makan siang". */
const MEAL_TIME = new Set(['siang', 'pagi', 'malam', 'malem', 'sore', 'awan', 'bengi', 'isuk']);

/** An expense whose item is only eating ("jajan", "makan siang", "jajan anak"), with no count. */
function snackLine(e: ParsedEntry): boolean {
  const words = (e.item ?? '').split(' ');
  return e.kind === 'expense' && e.quantity === null && SNACKING.has(words[0] ?? '') && words.slice(1).every((w) => MEAL_TIME.has(w) || HOME.has(w));
}

/** A home or an own word (householdClauses needs one: each of its three pairs holds HOME or OWN), or an eating word (snackLine). */
const T_HOME_OWN_OR_EATING = trigger(HOME, OWN, SNACKING);

/** A confident record with business spending where a clause is the home's: asked. */
export function guardListHousehold(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || !r.entries.some((e) => e.kind === 'expense')) return r;
  if (r.entries.length >= 2 && r.entries.some(snackLine) && !r.entries.every(snackLine)) {
    return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []).filter((n) => n !== 'mixed_use'), 'mixed_use'] };
  }
  // Her own money put into the business ("uang pribadi 150rb ke kas") is capital, read already.
  if (r.entries.some((e) => e.kind === 'withdrawal' || e.kind === 'capital') || !householdClause(a)) return r;
  // A list's line bought for the home, said outright, is a withdrawal; the rest stands.
  const home = r.entries.length >= 2 ? homePurchases(a) : [];
  const hits = home.map((amount) => r.entries.filter((e) => e.kind === 'expense' && e.amount === amount));
  if (home.length > 0 && hits.every((h) => h.length === 1)) {
    const entries = r.entries.map((e) => (hits.some((h) => h[0] === e) ? { ...e, kind: 'withdrawal' as const } : e));
    const view = { ...r, entries };
    // Another home clause the lines above did not read stays asked.
    return entries.some((e) => e.kind === 'expense') && householdClauses(a) > home.length ? { ...view, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'mixed_use'] } : view;
  }
  const notes = [...(r.notes ?? [])];
  if (!notes.includes('mixed_use')) notes.push('mixed_use');
  return { ...r, confidence: C_DOUBT, notes };
}

// Without these words it returns its reading unchanged (householdClauses needs a home or an own word, snackLine an eating word): applyGuards skips it (guard-lists.ts).
guardListHousehold.words = T_HOME_OWN_OR_EATING;
