/**
 * Customers are named with a title ("Bu Tin", "Pak Joko"): a bare word after "bayar" is too
 * often a thing ("bayar sewa"), so only the explicit credit markers accept an untitled name
 * (bareNameAt), and then the bot asks first.
 */
import { KIN_CUSTOMERS, TAKE_WORDS, TAKER_TITLES, WORD_TITLES } from '../takers.ts';
import type { Analysis } from '../analyze.ts';
import {
  F_DATE, F_DURATION, F_EXPENSE, F_FILLER, F_FUTURE, F_NEG, F_NUMWORD, F_PAYVERB, F_PERIOD, F_PRICE, F_QUESTION,
  F_RECAP, F_REPAY, F_SALE, F_SCALE, F_SLANG, F_TOTAL, F_UNDO, F_UNIT, G_CAPITAL, G_CONJ, G_CREDIT, G_EACH,
  G_GREETING, G_HONORIFIC, G_ITEM_FILLER, G_LOAN, G_MONTH, G_ORDER, G_PER, G_THANKS, G_WITHDRAW,
} from '../word-roles.ts';
import { T_WORD, type Token } from '../lexer.ts';

const NAME_STOP = F_SALE | F_EXPENSE | F_REPAY | F_PAYVERB | F_UNIT | F_SCALE | F_NUMWORD | F_FILLER | F_NEG | F_FUTURE |
  F_QUESTION | F_TOTAL | F_PRICE | F_RECAP | F_UNDO | F_DATE | F_PERIOD | F_SLANG | F_DURATION;
const NAME_STOP2 = G_CONJ | G_LOAN | G_CREDIT | G_ORDER | G_WITHDRAW | G_CAPITAL | G_HONORIFIC | G_ITEM_FILLER |
  G_GREETING | G_THANKS | G_PER | G_EACH;
/** Words after a title that end a name although the lexicon does not know them. */
const NOT_NAME = new Set(['sisa', 'dp', 'lunas', 'pelunasan', 'sudah', 'udah', 'belum', 'depan', 'lagi', 'semua', 'ini',
  'itu', 'nya', 'tadi', 'selesai', 'diambil', 'jadi', 'deadline', 'ambil', 'kirim', 'dikirim', 'uang', 'muka', 'panjar',
  'hutangnya', 'utangnya', 'bonnya', 'pesanannya', 'bayarnya', 'ke', 'sama', 'sm', 'yg', 'x', 'kasih', 'kasi', 'yang', 'dulu',
  'dl', 'nanti', 'besok', 'akhir', 'awal', 'tengah', 'gajian', 'abis',
  // Papuan, Maluku and Manado "su", "so" (already), Javanese "wis", "uwis", Sundanese "geus", Minang "alah".
  'so', 'wis', 'uwis', 'geus', 'alah',
  // … Sundanese "tos", "atos", "parantos", chat "udh".
  'tos', 'atos', 'parantos', 'udh',
  // "she" after the name ("kata bu Ida dia udah transfer"): the customer again, not her surname.
  'dia', 'beliau', 'doi']);
/**
 * Madurese "la", Malay and Minang "lah" (already: "ebu' Suni la majar", "uni Ros lah mambayia"):
 * a name's third word never, its first may be ("La Ode", "encik Lah").
 */
// (Sasak "uah", "wah" the same: "Amaq Rudi wah bayar" is Amaq Rudi paying, no "Rudi Wah".)
const NOT_NAME_AFTER = new Set(['la', 'lah', 'ka', 'nunga', 'purani', 'uah', 'wah']);
/** Already, between the name and the act: "Teh Euis tos mayar", "Mama Yuli udah bayar". */
const ALREADY = new Set(['sudah', 'udah', 'udh', 'sdh', 'dah', 'so', 'wis', 'uwis', 'geus', 'tos', 'atos', 'parantos', 'alah',
  'la', 'lah', 'baru', 'tadi', 'td', 'akhirnya', 'uah', 'wah']);

/** Titles that are names too, after a title ("Teh Neng"). */
const NAME_TITLES = new Set(['neng', 'ning', 'nok']);

/** Paying words (canonical keys: Sundanese "mayar" reads "bayar") that make "teh Euis" a person. */
const PAYING_AFTER_TITLE = new Set(['bayar', 'nyicil', 'cicil', 'lunas', 'transfer', 'tf', 'lunasin', 'melunasi', 'lunasi']);

/**
 * A word that can be (part of) a name: one the lexicon does not know, or (after a title,
 * `strict` false) a month name ("Bu Juni", "Bu Mei"). Keywords are never names.
 */
function nameWord(t: Token | undefined, strict: boolean): boolean {
  if (!t || t.type !== T_WORD) return false;
  // "Teh Neng", "Bu Ning": a title that is a name after another title.
  if (!strict && NAME_TITLES.has(t.key)) return true;
  if (t.key.length < 2 || t.key.length > 20 || NOT_NAME.has(t.key) || t.key !== t.text && t.info !== null) return false;
  if (t.info === null) return true;
  if (strict) return false;
  return (t.f & NAME_STOP) === 0 && (t.f2 & NAME_STOP2) === 0 && (t.f2 & G_MONTH) !== 0 && t.f === 0;
}

function titleCase(words: string[]): string {
  return words.map((w) => (w.length > 0 ? (w[0] as string).toUpperCase() + w.slice(1) : w)).join(' ');
}

export interface Customer {
  name: string;
  /** Token range of the title and name. */
  start: number;
  end: number;
  /** Written with a title ("Bu Tin"), not a bare word. */
  titled: boolean;
}

/** A possessive written apart after a tab: Sundanese "bon na", Javanese "utang e", "utang nya". */
const OWNER_APART = new Set(['na', 'nya', 'e']);

/** Her tab just before token i: "hutang teh Euis", "bon na teh Euis", "kasbonnya mb Rina". */
function tabBefore(a: Analysis, i: number): boolean {
  const p = a.tokens[i - 1];
  if (p === undefined || p.type !== T_WORD) return false;
  if ((p.f2 & G_CREDIT) !== 0 || TAB_NAMED.has(p.key)) return true;
  return OWNER_APART.has(p.key) && ((a.tokens[i - 2]?.f2 ?? 0) & G_CREDIT) !== 0;
}
/** Her tab with its owner's ending. */
const TAB_NAMED = new Set(['kasbonnya', 'bonnya', 'hutangnya', 'utangnya', 'utange', 'hutange', 'utangna', 'hutangna']);

/** "Bu Tin", "pak joko", "Mbak Rina Sari" at token i (a title and one or two name words). */
export function customerAt(a: Analysis, i: number, tabLine = false): Customer | null {
  const t = a.tokens[i];
  if (!t || t.type !== T_WORD || a.marks[i] !== 0) return null;
  const n1 = a.tokens[i + 1];
  // "Ading manukar 3 bungkus, balum bayar": a word of address alone before the buying or owing.
  if (KIN_CUSTOMERS.has(t.key) && n1 !== undefined && kinActs(n1)) return { name: titleCase([t.text]), start: i, end: i + 1, titled: true };
  if (!nameWord(n1, false) || a.marks[i + 1] !== 0) return null;
  // "cek stok bayar …": "cek" is "check" before a known word (takers.ts WORD_TITLES).
  if (WORD_TITLES.has(t.key) && (n1 as Token).info !== null) return null;
  // "mb Rina ambil …", "teh Euis ngambil …": a title that is also a word ("teh" is tea) is one
  // only when the name is followed by taking goods.
  // So is one followed by paying ("Teh Euis mayar bros nu kamari"): tea does not pay.
  // So is one followed by owing ("Teh Neng ngutang kupat tahu"): tea owes nothing.
  const act = a.tokens[i + 2];
  // (The act may come after "already": "Teh Euis tos mayar".)
  const verb = ALREADY.has(act?.key ?? '') ? a.tokens[i + 3] : act;
  // So is one opening a line of a tab list under a credit heading ("kasbon hari ini: Teh Lilis
  // gula 2kg 34rb", `tabLine`): each line there is a person's tab.
  // (One goods word must follow the name there, then the count: "teh manis 2 gelas 10rb",
  // "teh manis gelas besar 10rb" are tea.)
  // So is one right after her tab ("bon na teh Euis dibayar", "hutang teh Euis udah lunas"): tea runs no tab.
  if ((t.f2 & G_HONORIFIC) === 0 && !(TAKER_TITLES.has(t.key) && (tabBefore(a, i) || (tabLine && act?.type === T_WORD && a.numIn[i + 3] !== undefined && a.numIn[i + 3] !== -1) ||
    TAKE_WORDS.has(verb?.key ?? '') || PAYING_AFTER_TITLE.has(verb?.key ?? '') || (verb !== undefined && (verb.f2 & G_CREDIT) !== 0)))) return null;
  const words = [t.text, (n1 as Token).text];
  let end = i + 2;
  if (nameWord(a.tokens[end], true) && a.marks[end] === 0 && !NOT_NAME_AFTER.has(a.tokens[end]?.key ?? '')) {
    words.push((a.tokens[end] as Token).text);
    end++;
  }
  return { name: titleCase(words), start: i, end, titled: true };
}

/** Buying, taking, owing or paying right after a word of address (KIN_CUSTOMERS). */
const KIN_BUYS = new Set(['beli', 'membeli', 'borong', 'belanja', 'tuku', 'nuku', 'tumbas', 'meuli', 'mbeli', 'mambali', 'bali', 'belum']);

function kinActs(t: Token): boolean {
  return t.type === T_WORD && (KIN_BUYS.has(t.key) || TAKE_WORDS.has(t.key) || PAYING_AFTER_TITLE.has(t.key) || (t.f2 & G_CREDIT) !== 0);
}

/** The first titled customer in the message. */
export function findCustomer(a: Analysis): Customer | null {
  for (let i = 0; i < a.tokens.length; i++) {
    const c = customerAt(a, i);
    if (c) return c;
  }
  return null;
}

/** A bare name right after a credit marker ("dihutang Tina"): an unknown word. */
export function bareNameAt(a: Analysis, i: number): Customer | null {
  const t = a.tokens[i];
  if (!nameWord(t, true) || a.marks[i] !== 0) return null;
  return { name: titleCase([(t as Token).text]), start: i, end: i + 1, titled: false };
}
