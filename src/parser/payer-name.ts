/**
 * Whether the words read as the one who paid her are a name the books can match. A payer is a
 * title and a name-like word ("Bu Ani", "Mbak Rina"), a role word ("pembeli", "warung sebelah")
 * or a proper name — never:
 * - her own "I" of any region opening the words ("nyong wis bayar utang": Banyumas "I already
 *   paid" — her own paying, no customer "Nyong wis");
 * - an "already" word taken for a name ("Nyong wis", "Ibu wes");
 * - a description ("ibu berjilbab merah", "mas kaos kuning", "ibu gendut"): someone not named;
 * - the owner of goods ("jahit baju punya pak RT … bayar ke penjahit"): whose garment, not who paid.
 *
 * WHY: a payment recorded against a made-up customer matches no tab and hides the real payer;
 * asking (or reading her own paying) costs one question.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { G_CREDIT, G_ORDER } from './word-roles.ts';

export type NotAName = 'self' | 'described' | 'owned';

/** "I" across regions: Banyumas "nyong", "inyong", krama "kula", Sundanese "abdi", "aing", "urang", eastern "beta", "sa", Minang "ambo", Malay "awak", Arabic-chat "ana". */
const FIRST_PERSON = new Set(['nyong', 'inyong', 'enyong', 'aku', 'saya', 'sy', 'kula', 'kulo', 'abdi', 'beta', 'sa', 'kita', 'kami', 'awak',
  'ambo', 'ana', 'ane', 'aing', 'urang', 'gue', 'gw', 'aye', 'tiang', 'ulun', 'den']);

/** Already, never a name: "wis", "wes", "udah", "lah", "alah", "su", "wah", "geus" … */
const ALREADY = new Set(['wis', 'uwis', 'wes', 'uwes', 'udah', 'udh', 'sudah', 'sdh', 'dah', 'uda', 'lah', 'alah', 'la', 'su', 'so', 'wah', 'uah',
  'geus', 'tos', 'atos', 'parantos', 'sampun', 'suba', 'sube', 'nunga', 'purani']);

/** Already words that are names too right after a title. */
const NAME_TOO = new Set(['lah', 'la']);

/** Clothes and looks: a customer described, not named. */
const LOOKS = new Set(['jilbab', 'kerudung', 'hijab', 'baju', 'kaos', 'kaus', 'kemeja', 'topi', 'kacamata', 'jaket', 'daster', 'celana', 'rok',
  'sarung', 'peci', 'masker', 'sandal', 'sepatu', 'tas', 'payung', 'rambut', 'kumis', 'jenggot', 'tato', 'motor', 'sepeda', 'mobil', 'gamis',
  'merah', 'putih', 'hitam', 'item', 'biru', 'kuning', 'hijau', 'ijo', 'ungu', 'coklat', 'cokelat', 'pink', 'abu', 'abu-abu', 'oranye', 'orange',
  'krem', 'gendut', 'gemuk', 'kurus', 'tinggi', 'pendek', 'botak', 'gondrong', 'kribo', 'keriting', 'berjilbab', 'berkerudung', 'berhijab',
  'berbaju', 'berkaos', 'bertopi', 'berkacamata', 'berjaket', 'berdaster', 'bermotor', 'berkumis', 'berjenggot', 'bergamis', 'bermasker',
  'yang', 'yg']);

/** Whose goods: "baju punya pak RT", "hp milik bu Ani". */
const OWNS = new Set(['punya', 'punyanya', 'milik', 'miliknya', 'kepunyaan', 'pny']);

function keyAt(a: Analysis, i: number): string {
  const t = a.tokens[i];
  return t !== undefined && t.type === T_WORD ? t.key : '';
}

/** Why the payer at tokens [start, end) is no name, or null when it is one. */
export function payerNotAName(a: Analysis, start: number, end: number): NotAName | null {
  const head = keyAt(a, start);
  for (let i = start + 1; i < end; i++) {
    const k = keyAt(a, i);
    // ("encik Lah", "La Ode": right after a title, Malay "lah" and Madurese "la" are names, as customer.ts reads them.)
    if (FIRST_PERSON.has(head) && ALREADY.has(k)) return 'self';
    if (ALREADY.has(k) && !(i === start + 1 && NAME_TOO.has(k))) return 'described';
    if (LOOKS.has(k)) return 'described';
  }
  // ("Nyong Budi bayar": Ambon's "nyong" before a name is a title; alone it is her.)
  if (end - start === 1 && FIRST_PERSON.has(head)) return 'self';
  // ("bon punya bu Ani dibayar", "pesanan milik bu Ani lunas": her tab or order owned — Bu Ani pays.)
  if (OWNS.has(keyAt(a, start - 1)) && ((a.tokens[start - 2] as Token | undefined)?.f2 ?? 0) & (G_CREDIT | G_ORDER)) return null;
  if (OWNS.has(keyAt(a, start - 1)) && paidElsewhere(a, end)) return 'owned';
  return null;
}

/** Whom or what paying goes to: "bayar ke penjahit", Javanese "nang", "ning". */
const PAID_TO = new Set(['ke', 'kepada', 'kpd', 'nang', 'ning', 'sama']);

/**
 * After the owner of goods, the paying goes to someone ("udah bayar ke penjahit") or for a thing
 * ("bayar sparepart 50rb") — she paid. ("jahit kebaya punya bu Sri 300rb udah bayar": the owner
 * paid her for the work, a name.)
 */
function paidElsewhere(a: Analysis, from: number): boolean {
  for (let i = from; i < a.tokens.length; i++) {
    if (!PAYS.has(keyAt(a, i))) continue;
    const n = a.tokens[i + 1];
    return n !== undefined && n.type === T_WORD && (PAID_TO.has(n.key) || (n.info === null && a.marks[i + 1] === 0));
  }
  return false;
}

/** Her paying verbs after her "I" (regional ones read "bayar": regional-words.ts). */
const PAYS = new Set(['bayar', 'membayar', 'nyicil', 'cicil', 'lunasi', 'lunasin', 'melunasi', 'ngelunasin', 'tf', 'transfer', 'nyaur']);

/**
 * "inyong wis mbayar utang neng warung", "saya bayar utang bu Ani": the message opens with her "I"
 * and her paying — she paid; a person named after it is whom she paid, never a customer paying her.
 */
export function herOwnPaying(a: Analysis): boolean {
  if (FIRST_PERSON.has(keyAt(a, 0))) {
    let i = 1;
    while (i < 3 && ALREADY.has(keyAt(a, i))) i++;
    if (PAYS.has(keyAt(a, i))) return true;
  }
  // "bon di warung pak Darto udah aku lunasi", "utang bu Ani sudah saya bayar": her "I" right before
  // the paying verb later in the message (the object first) — she paid, the person is her payee.
  // ("Bu Tin bayar ke aku": her "I" after the verb is whom it was paid to.)
  for (let i = 1; i + 1 < a.tokens.length; i++) {
    if (FIRST_PERSON.has(keyAt(a, i)) && keyAt(a, i) !== 'kita' && PAYS.has(keyAt(a, i + 1))) return true;
  }
  return false;
}
