/**
 * Someone other than her doing the paying, buying, giving or taking: the subject before the money
 * verb is a third person ("dia", "mereka", "beliau", "doi", "dorang", "kalian"), someone else's
 * family ("ibunya", "bapaknya"), a kin word or title not hers ("tante Ona", "adik", "om"), or a
 * role ("orang itu", "pembeli", "tetangga"). The readers see the verb and book her money; this
 * guard (after the readers, beside someone-paid.ts) turns the reading to what the words say:
 *
 * - giving: "tante Ona kasih uang 100rb untuk modal", "dia kasih modal 100rb", "tanteku kasih
 *   modal" — capital given to her (as "suami kasih modal 500rb" already is); with no capital word
 *   ("dia ngasih 100rb buat beli gas") never her expense unasked (`someone_paid`);
 * - paying her: "dia bayar ke aku 50rb", "Tigor transfer ke saya 50rb" — money to her: a sale,
 *   asked whether it is today's goods or an old tab (`buyer_paid`);
 * - buying elsewhere: "mereka pergi beli ikan di pasar 50rb", "dia beli sayur di Indomaret 30rb" —
 *   shopping of theirs, never her sale unasked (`bought_elsewhere`); "dia beli 3 bros @15rb" (a
 *   buyer buying from her) keeps its sale; "adik beli gula 20rb" is not surely hers (`someone_paid`);
 * - taking: "mereka ambil uang 100rb" — not surely her taking money home (`taken_by_someone`).
 *
 * WHY: the reading the verb alone gives is confidently wrong whenever the subject is not she, and
 * her books then hold money that never left her or a sale that never happened. Her own subject
 * ("saya", "aku", "kami", any region's "I") or none keeps the readers' reading.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { BEFORE_PAY, childrensParent, HEAD_KIN, KIN_OF_ANOTHER, NOT_PAYER_NAME, THIRD_PERSON, thirdPerson } from './payer-head.ts';
import { KIN_CUSTOMERS } from './takers.ts';
import { toNumber } from './numeral.ts';
import { BILLS } from './bill-passive.ts';
import { isSmallGoods, STAPLE_WORDS } from './goods-price.ts';
import { knownWares } from './sold-wares.ts';
import { inputKind } from './business-inputs.ts';
import { AD_COSTS, COST_NOUNS, SUPPLY_NOUNS } from './cost-nouns.ts';
import { present, trigger } from './triggers.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from './types.ts';
import { F_DATE, F_PERIOD, G_HONORIFIC } from './word-roles.ts';

// The verbs as the lexer keys them: "ngasih", "kasi", "kase", "beri", "memberikan" are keyed "kasih" (root-forms.ts),
// "byr", "mbayar" "bayar", "bli" "beli", "blanja" "belanja" (Makassar "assare", Bugis "mabbere" read "kasih").
/** Giving verbs said of the giver. */
const GIVE = new Set(['kasih', 'ksh', 'kirim', 'ngirim', 'kirimin']);
/** Paying verbs (regional ones read "bayar": regional-words.ts). */
const PAY = new Set(['bayar', 'membayar', 'transfer', 'tf', 'trf', 'nransfer', 'lunasin', 'lunasi', 'nyicil', 'cicil', 'setor']);
/** Of the paying verbs, sending money: with "modal" it is capital sent to her. */
const SENT = new Set(['transfer', 'tf', 'trf', 'nransfer']);
/** Buying verbs (Javanese "tuku", Sundanese "meuli"). */
const BUY = new Set(['beli', 'membeli', 'tuku', 'nuku', 'meuli', 'belanja', 'shopping', 'borong', 'mborong']);
/** Taking money: "mereka ambil uang". */
const TAKE = new Set(['ambil', 'ngambil', 'ambel', 'mengambil']);
const T_SUBJECT_VERBS = trigger(GIVE, PAY, BUY, TAKE);

/** Words that may open the message before the subject ("tadi dia …", "kemarin mereka …"). */
const OPENERS = new Set(['tadi', 'td', 'barusan', 'kemarin', 'kmrn', 'kemaren', 'alhamdulillah', 'nah', 'eh', 'terus', 'trus', 'trs', 'lalu']);
/** Going, coming: between the subject and the verb ("mereka pergi beli", "dia datang bayar"). */
const GOING = new Set(['pergi', 'pi', 'ke', 'mau', 'datang', 'dateng', 'dtg', 'mampir', 'lagi', 'lg', 'sempat', 'sempet', 'juga', 'jg',
  'itu', 'tsb', 'tersebut']);
/** Going words proper: the subject went out to buy ("pergi beli", Manado and Papuan "pigi"). */
const WENT = new Set(['pergi', 'pi']);
/** Shops and markets: "di pasar", "ke Indomaret" — somewhere other than her stall. */
const SHOPS = new Set(['pasar', 'pajak', 'toko', 'warung', 'supermarket', 'swalayan', 'minimarket', 'indomaret', 'alfamart', 'alfa', 'mall',
  'grosir', 'agen', 'shopee', 'tokopedia', 'online', 'kota', 'kios', 'pasaran', 'pasarnya']);
/** A stall word that is usually her own ("beli kue di warung" may be at hers): somewhere else only after a going word. */
const OWN_STALL = new Set(['toko', 'warung', 'kios']);
const AT = new Set(['di', 'ke', 'dari', 'dr', 'dri']);
/** Her, after "ke"/"sama": the money came to her. */
const ME = new Set(['aku', 'saya', 'sy', 'aq', 'ak', 'ku', 'gue', 'gw', 'kami', 'beta', 'sa', 'awak', 'abdi']);
/** Toward her ("bayar ke aku"). Not "buat"/"untuk": "dia bayar buat aku" is paying for her, not to her. */
const TO = new Set(['ke', 'kepada', 'kpd', 'sama', 'sm', 'ama']);
/** Capital named: "kasih modal", "buat modal". */
const CAPITAL = new Set(['modal', 'modalnya', 'permodalan']);
/** Before a capital word that names the money's purpose ("kasih uang 100rb untuk modal"). */
const FOR = new Set(['buat', 'bwt', 'untuk', 'utk', 'tuk', 'jadi', 'sebagai', 'tambah', 'nambah', 'tambahan']);
/** Roles and someone unnamed that stand as the subject: "orang itu", "pembeli", "tetangga". */
const ROLES = new Set(['orang', 'org', 'orangnya', 'orgnya', 'pembeli', 'pelanggan', 'langganan', 'tetangga', 'customer', 'cust', 'konsumen', 'seseorang']);
/** Her own household: the readers already read their giving and paying as hers ("suami kasih modal" is capital). */
const OWN_KIN = new Set(['suami', 'istri', 'bini', 'mertua', 'ortu', 'orangtua', 'mama', 'mamah', 'mamak', 'emak', 'ibu', 'bapak', 'ayah',
  'papa', 'anak', 'misua', 'bojo']);

/**
 * 'other': a third person, someone else's family, a title or a role; 'own_kin': her own family
 * ("tanteku", "suami"); 'bare': one word the lexicon does not know ("Tigor") — a name or any first
 * word (phones capitalise it): trusted only where the words after say the money came to her.
 */
type Subject = 'other' | 'own_kin' | 'bare';

function word(t: Token | undefined): t is Token {
  return t !== undefined && t.type === T_WORD;
}

/** Her own "I" or her possessive ("tanteku", "kakak saya"): the subject is she or hers. */
function mine(t: Token | undefined): boolean {
  return word(t) && (ME.has(t.key) || (NOT_PAYER_NAME.has(t.key) && !THIRD_PERSON.has(t.key) && t.key !== 'ko' && t.key !== 'kau'));
}

/** Who the first word of the subject is, or null when it is she, nobody, or a word that names no person. */
function subjectKind(a: Analysis, i: number): Subject | null {
  const t = a.tokens[i];
  if (!word(t) || a.marks[i] !== 0 || mine(t)) return null;
  const k = t.key;
  const n = a.tokens[i + 1];
  // "suami kasih modal", "mama bayar utang": her household, which the readers already read (money-owner.ts
  // FAMILY) — unless a name follows ("ibu Ani": a title). "bapaknya anak-anak" is her husband.
  if (OWN_KIN.has(k) && !(word(n) && n.info === null && !mine(n) && !isVerb(n.key) && !GOING.has(n.key) && !BEFORE_PAY.has(n.key))) return null;
  if (childrensParent(a.tokens, i)) return null;
  if (thirdPerson(t) || KIN_OF_ANOTHER.includes(t.text) || ROLES.has(k)) return 'other';
  // "tanteku", "kakak saya": her own family — giving to her is capital, paying is theirs for her.
  const kin = HEAD_KIN.has(k) || KIN_CUSTOMERS.has(k) || OWN_KIN.has(k) || (t.f2 & G_HONORIFIC) !== 0;
  const stem = k.slice(0, -2);
  const ownEnding = /^[a-z]{3,}ku$/.test(k) && (HEAD_KIN.has(stem) || KIN_CUSTOMERS.has(stem));
  if (ownEnding || (kin && mine(n))) return 'own_kin';
  if (kin) return 'other';
  return t.info === null && /^[a-z]{3,12}$/.test(k) && !isVerb(k) ? 'bare' : null;
}

/** A money verb of this guard's lists: never part of a subject's name. */
function isVerb(k: string): boolean {
  return GIVE.has(k) || PAY.has(k) || BUY.has(k) || TAKE.has(k);
}

interface SubjectVerb {
  subject: Subject;
  verb: number;
  /** A going word stood between ("mereka pergi beli"). */
  went: boolean;
  /** The subject is a kin word or title ("adik", "tante Ona"), not a pronoun or a role. */
  kin: boolean;
}

/**
 * The subject opening the message and its money verb: at most a title and two name words, then
 * "sudah"-words or going words, then the verb. Null when she is the subject or none is.
 */
function subjectAtHead(a: Analysis, start = 0): SubjectVerb | null {
  const { tokens } = a;
  let i = start;
  while (i < 2 && OPENERS.has(tokens[i]?.key ?? '')) i++;
  const subject = subjectKind(a, i);
  if (subject === null) return null;
  let j = i + 1;
  // The rest of the subject: a name or two after a title ("tante Ona", "bu Tin Sari"), her possessive.
  while (subject !== 'bare' && j < i + 3 && word(tokens[j]) && a.marks[j] === 0 && (tokens[j] as Token).info === null && !mine(tokens[j]) &&
    !isVerb((tokens[j] as Token).key) && !GOING.has((tokens[j] as Token).key) && !BEFORE_PAY.has((tokens[j] as Token).key)) j++;
  if (mine(tokens[j])) j++;
  let went = false;
  for (let n = 0; n < 3 && word(tokens[j]) && (BEFORE_PAY.has((tokens[j] as Token).key) || GOING.has((tokens[j] as Token).key)); n++) {
    if (WENT.has((tokens[j] as Token).key)) went = true;
    // "pergi ke pasar beli …": the place between.
    if (AT.has((tokens[j] as Token).key) && SHOPS.has(tokens[j + 1]?.key ?? '')) { went = true; j++; }
    j++;
  }
  const v = tokens[j];
  if (!word(v) || !isVerb(v.key)) return null;
  const first = tokens[i] as Token;
  const kin = !thirdPerson(first) && !ROLES.has(first.key);
  return { subject, verb: j, went, kin };
}

/** Whether, within a few words after the verb, money goes to her ("ke aku", "sama saya"). */
function toHer(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length && k <= verb + 4; k++) {
    if (TO.has(tokens[k]?.key ?? '') && ME.has(tokens[k + 1]?.key ?? '')) return true;
  }
  return false;
}

/** Whether after the verb a shop or market is named as where it was bought ("di pasar", "ke Indomaret"). */
function atShop(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length && k <= verb + 6; k++) {
    const place = tokens[k + 1]?.key ?? '';
    if (AT.has(tokens[k]?.key ?? '') && SHOPS.has(place) && !OWN_STALL.has(place)) return true;
  }
  return false;
}

/**
 * Whether capital is the money's purpose: "kasih modal", "uang 100rb untuk modal" — the capital word
 * right after the verb or after a purpose word. Not a price ("kirim kerudung 300rb harga modal": goods
 * at cost, never capital given).
 */
function capitalNamed(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== T_WORD || !CAPITAL.has(t.key)) continue;
    if (k === verb + 1 || FOR.has(tokens[k - 1]?.key ?? '')) return true;
  }
  return false;
}

/** Whether, after the verb, it goes to someone other than her ("tante kasih uang ke tukang"). */
function toAnother(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb + 1; k < tokens.length && k <= verb + 4; k++) {
    const n = tokens[k + 1];
    if ((tokens[k]?.key === 'ke' || tokens[k]?.key === 'kepada') && word(n) && !ME.has(n.key)) return true;
  }
  return false;
}

/** Words after a paying verb that say nothing of what was paid: when, how, "already", "just". */
const NOT_PAID_FOR = new Set(['tadi', 'td', 'barusan', 'tunai', 'cash', 'kes', 'lunas', 'aja', 'saja', 'ya', 'yah', 'kok', 'juga', 'jg',
  'dulu', 'doang', 'sih', 'deh', 'nih', 'pake', 'pakai', 'via', 'lewat', 'qris', 'tf', 'transfer', 'rp', 'hari', 'ini', 'mi', 'mo']);

/**
 * Whether the clause after the paying verb names nothing paid for: only the amount (its words are
 * in `a.numIn`), days, and the words of NOT_PAID_FOR, up to the clause's end.
 */
function nothingPaidFor(a: Analysis, verb: number): boolean {
  const { tokens } = a;
  for (let k = verb + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type !== T_WORD) {
      if (t.type === T_NUM || a.numIn[k] !== -1) continue;
      return t.type !== T_NL && !(t.type === T_PUNCT && /^[,.;!?]$/.test(t.text)) ? false : true;
    }
    if (a.numIn[k] !== -1 || NOT_PAID_FOR.has(t.key) || (t.f & (F_DATE | F_PERIOD)) !== 0) continue;
    return false;
  }
  return true;
}

/**
 * Whether a word before the verb names goods or a cost the books know ("beras bayar 120rb", "cilok bayar
 * 20rb", "bensin bayar 30rb"): the thing paid for, said first — her expense as read.
 */
function goodsAtHead(a: Analysis, verb: number, start = 0): boolean {
  for (let k = start; k < verb; k++) {
    const w = (a.tokens[k] as Token).key;
    // (Her own "…ku" — "utangku udah kubayar" — is hers, and the bills read from the passive are bills.)
    if (STAPLE_WORDS.has(w) || knownWares([w]) || isSmallGoods(w) || inputKind(w) !== null || COSTS.has(w) || BILLS.has(w) || w.endsWith('ku')) return true;
  }
  return false;
}
const COSTS = new Set([...COST_NOUNS, ...SUPPLY_NOUNS, ...AD_COSTS]);

function asked(r: ParseResult, note: string): ParseResult {
  return { ...r, confidence: Math.min(r.confidence, C_DOUBT), notes: [...(r.notes ?? []), note] };
}

type RecordResult = Extract<ParseResult, { intent: 'record' }>;

function onlyKind(r: ParseResult, kind: ParsedEntry['kind']): r is RecordResult {
  return r.intent === 'record' && r.entries.length > 0 && r.entries.every((e) => e.kind === kind);
}

/** Where a clause ends: a line break, a comma, a full stop, a semicolon. */
function clauseEnd(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === ';'));
}

/**
 * "laku 200rb, dia bayar 50rb", "beli gas 22rb. Tigor bayar 50rb": a later clause whose subject is a
 * third person, or a bare name with nothing paid for, paying with an amount of its own — someone else's
 * paying read as one of her expenses (the head's rules, in any clause).
 */
function otherPaysInClause(a: Analysis, expenses: ReadonlySet<number>): boolean {
  const { tokens } = a;
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (!clauseEnd(tokens[k] as Token)) continue;
    const s = subjectAtHead(a, k + 1);
    if (s === null || s.subject === 'own_kin' || !PAY.has((tokens[s.verb] as Token).key) || toHer(tokens, s.verb)) continue;
    if (s.subject === 'bare' && (!nothingPaidFor(a, s.verb) || goodsAtHead(a, s.verb, k + 1))) continue;
    if (s.subject === 'other' && s.kin) continue;
    // The clause's amount read as an expense of hers ("cust tf 240rb" read as her sale is right; "dia bayar
    // pake qris" pays nothing the books read).
    for (let j = s.verb + 1; j < tokens.length && !clauseEnd(tokens[j] as Token); j++) {
      const value = a.numIn[j] === -1 ? null : a.nums[a.numIn[j] as number]?.value ?? null;
      if (value !== null && expenses.has(Math.round(toNumber(value)))) return true;
    }
  }
  return false;
}

export function guardOtherSubject(a: Analysis, r: ParseResult): ParseResult {
  if (r.confidence < CONFIDENT || (r.intent !== 'record' && r.intent !== 'repayment') || !present(a, T_SUBJECT_VERBS)) return r;
  const head = subjectAtHead(a);
  if (head === null) {
    // (Only a reading with an expense of hers: a sale beside it may hold the payer's money already.)
    if (r.intent !== 'record' || !r.entries.some((e) => e.kind === 'expense')) return r;
    const expenses = new Set(r.entries.filter((e) => e.kind === 'expense').map((e) => e.amount));
    return otherPaysInClause(a, expenses) ? asked(r, 'someone_paid') : r;
  }
  const { tokens } = a;
  const verb = (tokens[head.verb] as Token).key;
  // "Tigor bayar ke aku 50rb": a bare word counts as the payer only where the money came to her.
  if (head.subject === 'bare') {
    if (!PAY.has(verb) || !onlyKind(r, 'expense')) return r;
    if (toHer(tokens, head.verb)) return asked({ ...r, entries: r.entries.map((e) => ({ ...e, kind: 'sale' as const })) }, 'buyer_paid');
    // "Tigor bayar 50rb", "Sari sudah bayar 50rb": nothing after the verb says what was paid, so the unknown
    // word is the only thing the expense could be for — a person paying (asked), or a filler ("Wkwk bayar
    // 50rb", which without it is "bayar 50rb": asked, no_object, anyway). "Ona bayar utang 40rb", "beras
    // bayar 120rb" (a known word) keep her reading: the wave2 review's rows.
    return nothingPaidFor(a, head.verb) && !goodsAtHead(a, head.verb) ? asked(r, 'someone_paid') : r;
  }
  if (GIVE.has(verb)) {
    if (!onlyKind(r, 'expense')) return r;
    if (toAnother(tokens, head.verb)) return asked(r, 'someone_paid');
    // "tante Ona kasih uang 100rb untuk modal": capital given to her.
    if (capitalNamed(tokens, head.verb)) return { ...r, entries: r.entries.map((e) => ({ ...e, kind: 'capital' as const })) };
    return asked(r, 'someone_paid');
  }
  if (head.subject !== 'other') return r;
  if (PAY.has(verb)) {
    // "dia transfer 200rb buat modal": capital sent to her, as given.
    if (SENT.has(verb) && onlyKind(r, 'expense') && !toAnother(tokens, head.verb) && capitalNamed(tokens, head.verb)) {
      return { ...r, entries: r.entries.map((e) => ({ ...e, kind: 'capital' as const })) };
    }
    // "dia bayar ke aku 50rb": money to her — a sale, or an old tab paid? (asked).
    if (toHer(tokens, head.verb) && onlyKind(r, 'expense')) {
      return asked({ ...r, entries: r.entries.map((e) => ({ ...e, kind: 'sale' as const })) }, 'buyer_paid');
    }
    return onlyKind(r, 'expense') || r.intent === 'repayment' ? asked(r, 'someone_paid') : r;
  }
  if (BUY.has(verb)) {
    // "mereka pergi beli ikan di pasar 50rb": their shopping, not a buyer at her stall.
    if (onlyKind(r, 'sale') && (head.went || atShop(tokens, head.verb))) return asked(r, 'bought_elsewhere');
    // "adik beli gula 20rb", "dia beli beras 50rb": their buying — hers only if she sent them (asked).
    return onlyKind(r, 'expense') ? asked(r, 'someone_paid') : r;
  }
  // "mereka ambil uang 100rb": taken by someone — for the home, or what? (asked). Her family taking the
  // stall's money ("adik ambil uang warung 30rb") is the withdrawal the readers read.
  return onlyKind(r, 'withdrawal') && !head.kin ? asked(r, 'taken_by_someone') : r;
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardOtherSubject.words = T_SUBJECT_VERBS;
