/**
 * Someone else paid FOR something: "bu Sumi yg bayarin 100rb", "yang bayarin bu Sumi 100rb",
 * "bensin dibayarin suami 20rb", "ibu mertua yang bayarin listrik 100rb". The applicative
 * paying verbs (`bayarin`, `dibayarin`, Javanese `mbayari`/`dibayari`, `nraktir`, `nalangin`)
 * say who paid on whose behalf; with a person other than her as the payer, the money is not
 * her expense, and not surely a customer paying her either (her own costs paid by family or a
 * friend are no business money at all; a customer settling is written "Bu Sumi bayar 100rb").
 * Never recorded, never a payment taken unasked: `unknown` with `paid_by_other`, and the bot
 * says how to write each reading.
 *
 * A buyer as the payer ("pembeli yg bayarin ongkirnya") is postage.ts's and money-owner.ts's;
 * she herself as the payer ("saya bayarin ongkirnya 15rb") is her own spending, read as usual.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT, C_PARTIAL } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import { TAKER_TITLES } from './takers.ts';
import { agentIsPerson, billBefore, unknownName } from './bill-passive.ts';
import { isBuyerWord } from './money-owner.ts';
import type { ParseResult } from './types.ts';
import { G_HONORIFIC } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Paying for someone: the active forms (payer before) and the passive ones (payer after). */
const ACTIVE = new Set(['bayarin', 'bayarain', 'bayari', 'mbayari', 'mbayarin', 'nraktir', 'traktir', 'nalangin', 'talangin', 'nalangi',
  'nomboki', 'nombokin', 'bayarkan', 'membayarkan', 'mbayarke']);
const PASSIVE = new Set(['dibayarin', 'dibayarain', 'dibayari', 'ditraktir', 'ditalangin', 'ditalangi', 'dibayarke', 'dibayarkan', 'dibayarno']);
/** People who are not she: family, friends, a named person. Buyers are other readers'. */
const PEOPLE = new Set(['suami', 'suamiku', 'misua', 'anak', 'anakku', 'mertua', 'mertuaku', 'ibu', 'ibuku', 'bapak',
  'bapakku', 'adik', 'adikku', 'adek', 'kakak', 'kakakku', 'ortu', 'orangtua', 'keluarga', 'saudara', 'sodara', 'teman', 'temen',
  'temenku', 'temanku', 'kawan', 'tetangga', 'tetanggaku', 'orang', 'dia', 'beliau', 'bos', 'majikan', 'pacar', 'ipar', 'om', 'tante',
  'bude', 'pakde', 'paklik', 'bulik', 'mbah', 'nenek', 'kakek', 'sepupu', 'ponakan', 'keponakan', 'cucu', 'mama', 'papa', 'mamah',
  'abah', 'umi', 'ayah', 'bunda']);
const SELF = new Set(['saya', 'sy', 'aku', 'ak', 'gue', 'gw', 'kami', 'kita', 'abdi', 'awak', 'q']);
/** Words between the payer and the verb: "bu Sumi yg bayarin", "suami udah bayarin". */
const BETWEEN = new Set(['yang', 'yg', 'udah', 'sudah', 'sdh', 'tadi', 'td', 'lagi', 'juga', 'jg', 'dah', 'wis', 'mau']);

function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/** A person at token j (a people word, or a title before a name), or null: 'self' for her. */
function personAt(tokens: readonly Token[], j: number): 'self' | 'other' | null {
  const t = tokens[j];
  if (!isWord(t)) return null;
  if (SELF.has(t.key)) return 'self';
  if (PEOPLE.has(t.key)) return 'other';
  if (((t.f2 & G_HONORIFIC) !== 0 || TAKER_TITLES.has(t.key)) && isWord(tokens[j + 1])) return 'other';
  // "ibu mertua", "bu Sumi": the name after a title, read back from the name.
  const p = tokens[j - 1];
  if (isWord(p) && ((p.f2 & G_HONORIFIC) !== 0 || TAKER_TITLES.has(p.key))) return 'other';
  return null;
}

/**
 * The plain passive, someone else's paying only with a bill as its subject and a person after it: "listrik
 * dibayar bu Tin 100rb", "wifi dibayar bapak 300rb" — her bill paid by another (or a tenant's share paid to
 * her): never her expense, a sale or a payment taken unasked (issue #15). ("pesanan dibayar bu Tin" is a
 * customer paying for an order: payment-received.ts's; "token listrik dibayar bu Tin" opens with goods.)
 */
const PLAIN_PASSIVE = new Set(['dibayar', 'dibyr', 'dbyr', 'dbayar', 'dilunasi', 'dilunasin', 'terbayar', 'ditransfer', 'ditf']);

const T_PAID_BY = trigger(ACTIVE, PASSIVE, PLAIN_PASSIVE);
/** "By", after the passive: Indonesian, Banjar "ulih", Javanese "karo", Sundanese "ku". */
// (… and "bareng", "bersama" — together with: "wifi dibayar bareng tetangga" is the neighbour's paying too.)
const AGENT = new Set(['sama', 'sm', 'ama', 'oleh', 'olh', 'ulih', 'olih', 'karo', 'ku', 'kalawan', 'bareng', 'barengan', 'bersama']);
/** Who paid for the thing: 'other' when a person not she is the payer, else null. */
export function paidByOther(a: Analysis): boolean {
  if (!present(a, T_PAID_BY)) return false;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t)) continue;
    const active = ACTIVE.has(t.text) || ACTIVE.has(t.key);
    const passive = PASSIVE.has(t.text) || PASSIVE.has(t.key) || (PLAIN_PASSIVE.has(t.key) && billBefore(tokens, i) >= 0);
    if (!active && !passive) continue;
    let payer: 'self' | 'other' | null = null;
    if (active) {
      // The payer before the verb ("bu Sumi yg bayarin"), or named after "yang bayarin".
      let j = i - 1;
      while (j >= 0 && isWord(tokens[j]) && BETWEEN.has((tokens[j] as Token).key)) j--;
      if (j >= 0) payer = personAt(tokens, j);
      if (payer === null && (tokens[i - 1]?.key === 'yang') && (i - 1 === 0 || !isWord(tokens[i - 2]))) payer = personAt(tokens, i + 1);
    } else {
      // "dibayarin suami", "dibayarin sama bu Ani", "dibayari karo bojoku".
      let j = i + 1;
      while (j < tokens.length && isWord(tokens[j]) && AGENT.has((tokens[j] as Token).key)) j++;
      payer = personAt(tokens, j);
      // "listrik dibayar Tigor 100rb": a name the lexicon does not know, right after the bill's passive; "wifi
      // dibayar ulih acil Imah": anyone not she after an agent word.
      // ("listrik dibayar si Butet": "si" before the name.)
      if (payer === null && tokens[j]?.key === 'si' && isWord(tokens[j + 1]) && unknownName(tokens[j + 1] as Token)) payer = 'other';
      if (payer === null && !PASSIVE.has(t.text) && !PASSIVE.has(t.key) && isWord(tokens[j])) {
        // ("listrik dibayar sama air 150rb", "ama duit jualan": with another bill or her money, no person.)
        if ((j === i + 1 && unknownName(tokens[j] as Token)) || (j > i + 1 && !isBuyerWord((tokens[j] as Token).key) && agentIsPerson(tokens[j]))) payer = 'other';
      }
    }
    if (payer === 'other') return true;
  }
  return false;
}

/** Paying or buying for someone, with her (or nobody said) as the payer: "nalangin belanjaan bu Tini". */
const FOR_SOMEONE = new Set(['bayarin', 'bayarain', 'nalangin', 'talangin', 'nalangi', 'beliin', 'belanjain', 'belikan', 'nombokin',
  'nomboki', 'mbayari', 'bayari', 'traktir', 'nraktir']);
/** Not her household (whose buying is a withdrawal) and not her buyer (whose postage she may bear). */
const OUTSIDERS = new Set(['teman', 'temen', 'temenku', 'temanku', 'kawan', 'tetangga', 'tetanggaku', 'orang', 'saudara', 'sodara']);
/** Leaving money with her: "tetangga nitip uang 100rb", "dititipin duit 50rb sama bu Ani". */
const LEAVE = new Set(['nitip', 'titip', 'dititip', 'dititipin', 'dititipkan', 'titipin', 'nitipin']);

const T_OTHERS_MONEY = trigger(FOR_SOMEONE, LEAVE);
/** Her paying for, or holding the money of, someone not of her household. */
export function othersMoney(a: Analysis): boolean {
  if (!present(a, T_OTHERS_MONEY)) return false;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t)) continue;
    if (FOR_SOMEONE.has(t.text)) {
      const before = tokens[i - 1];
      if (i > 0 && !(isWord(before) && (SELF.has(before.key) || BETWEEN.has(before.key)))) continue;
      for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
        const x = tokens[j] as Token;
        if (!isWord(x)) break;
        if (OUTSIDERS.has(x.key) || (((x.f2 & G_HONORIFIC) !== 0 || TAKER_TITLES.has(x.key)) && isWord(tokens[j + 1]) && !SELF.has((tokens[j + 1] as Token).key))) return true;
      }
    }
    if (LEAVE.has(t.text)) {
      const n = tokens[i + 1];
      const p = tokens[i - 1];
      const money = isWord(n) && (n.key === 'uang' || n.key === 'duit');
      const who = isWord(p) && (OUTSIDERS.has(p.key) || PEOPLE.has(p.key) || personAt(tokens, i - 1) === 'other');
      if (money && who) return true;
    }
  }
  return false;
}

/** Someone's money in hers: "titipan bu Ani", "sebagian uang bu Ani", "separo punya mbak Rina". */
const HELD = new Set(['titipan', 'titipannya', 'titipane']);
const PART = new Set(['sebagian', 'sebagiannya', 'separo', 'separuh', 'setengah', 'setengahnya', 'termasuk']);
const OWNED = new Set(['uang', 'duit', 'punya', 'punyanya', 'milik']);

const T_OTHERS_PART = trigger(HELD, PART);
/**
 * Money she sent out that is, in whole or part, someone else's ("tf ke suplier 300rb, tp sebagian
 * titipan bu Ani"): not all her expense, and how much is hers is not said — asked (`others_part`).
 */
function othersPart(a: Analysis): boolean {
  if (!present(a, T_OTHERS_PART)) return false;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t)) continue;
    if (HELD.has(t.text) && personAt(tokens, i + 1) === 'other') return true;
    if (PART.has(t.text)) {
      const n = tokens[i + 1];
      if (isWord(n) && (HELD.has(n.text) || OWNED.has(n.key)) && personAt(tokens, i + 2) === 'other') return true;
    }
  }
  return false;
}

/** "beli bahan 300rb, yg bayar suami": a purchase her family paid — capital in as well, asked. */
const T_PAID_WORD = trigger(['bayar', 'membayar', 'bayarnya']);
/** The words of all four of guardPaidByOther's questions (paidByOther, othersMoney, othersPart, familyPaid). */
const T_PAID_BY_OTHER = trigger(ACTIVE, PASSIVE, PLAIN_PASSIVE, FOR_SOMEONE, LEAVE, HELD, PART, ['bayar', 'membayar', 'bayarnya']);
function familyPaid(a: Analysis): boolean {
  if (!present(a, T_PAID_WORD)) return false;
  const { tokens } = a;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!isWord(t) || (t.key !== 'bayar' && t.key !== 'membayar' && t.text !== 'bayarnya')) continue;
    if (tokens[i - 1]?.key !== 'yang' && t.text !== 'bayarnya') continue;
    const n = tokens[i + 1] as Token;
    if (isWord(n) && PEOPLE.has(n.key) && !OUTSIDERS.has(n.key) && n.key !== 'dia' && n.key !== 'beliau') return true;
  }
  return false;
}

/** The result for a message whose money someone else paid: never a record or a payment taken unasked. */
export function guardPaidByOther(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' && r.intent !== 'payment_received') return r;
  if (paidByOther(a)) return { intent: 'unknown', confidence: C_PARTIAL, notes: ['paid_by_other'] };
  if (othersMoney(a)) return { intent: 'unknown', confidence: C_PARTIAL, notes: ['others_money'] };
  // (A sale of goods left with her, "laku titipan bu Ani 25rb", is consigned takings: read elsewhere.)
  if (r.intent === 'record' && r.entries.length > 0 && r.entries.every((e) => e.kind === 'expense') && othersPart(a)) {
    return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []), 'others_part'] };
  }
  if (r.intent === 'record' && r.entries.length > 0 && r.entries.every((e) => e.kind === 'expense') && familyPaid(a)) {
    const sum = r.entries.reduce((s, e) => s + e.amount, 0);
    return {
      ...r, entries: [...r.entries, { kind: 'capital', amount: sum, item: null, quantity: null, unit: null, unitPrice: null }],
      confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []), 'named_spender'],
    };
  }
  return r;
}

// Without these words it returns its reading unchanged (each of its four questions opens on its own words, all of them here): applyGuards skips it (guard-lists.ts).
guardPaidByOther.words = T_PAID_BY_OTHER;
