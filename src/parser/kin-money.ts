/**
 * Money from her people, in the words money-owner.ts's FAMILY does not hold: English kin ("got
 * 500k from my sister", "received 200k from my mom", "my friend gave me 200k"), friends ("dapat
 * 500rb dari teman", Javanese "konco", Sundanese "batur") and regional kin ("dari abang",
 * "seko mbakyu", Minang "amak", Betawi "nyak", "babe").
 *
 * WHY: "got", "received", "dapat" are weak sale words, so such a line was a confident sale of
 * 500000. Money from family or a friend with no goods, order or payment named is a gift, a loan
 * or capital: not turnover. It is read as the Indonesian family words already are
 * ("dapat 200rb dari ibu": not recorded, `personal_money`, the bot says how to write capital).
 * A customer paying ("bu Ani transfer 50rb", "dari pembeli", "from a customer") stays a sale,
 * and so does anything sold ("sold cakes to my sister 50k") or ordered ("… for the cake order").
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { AFTER_FAMILY, FAMILY } from './money-owner.ts';
import type { ParsedEntry } from './types.ts';
import { F_EXPENSE, F_SALE, F_WEAK } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Her people beyond FAMILY: English kin, friends, regional words for kin. */
export const KIN = new Set(['mom', 'mum', 'mommy', 'mummy', 'mother', 'mama', 'dad', 'daddy', 'father', 'papa', 'parents', 'sister',
  'brother', 'husband', 'hubby', 'wife', 'son', 'daughter', 'aunt', 'auntie', 'aunty', 'uncle', 'grandma', 'grandpa', 'grandmother',
  'grandfather', 'cousin', 'niece', 'nephew', 'in-law', 'in-laws', 'family', 'friend', 'friends', 'bestie', 'teman', 'temen', 'kawan', 'sahabat',
  'sobat', 'konco', 'kanca', 'batur', 'mbakyu', 'kakang', 'abang', 'amak', 'ambu', 'abah', 'umak', 'enyak', 'nyak', 'babe', 'bokap',
  'nyokap', 'nenek', 'kakek', 'mbah', 'simbah', 'paklik', 'bulik', 'pakde', 'bude', 'budhe', 'om', 'tante', 'uda', 'uni', 'teteh',
  'akang', 'nyokapku', 'temenku', 'temanku', 'abangku',
  // in-laws and cousins; the eastern "kaka" (elder sibling), "ade" / "adek" (younger), the chat "kk"
  'ipar', 'iparku', 'sepupu', 'sepupuku', 'besan', 'kaka', 'kk', 'ade', 'adek', 'adekku']);
/** Of KIN, the words that are also a title before a name ("om Budi", "tante Rina", "bang Ucok"). */
const KIN_TITLES = new Set(['abang', 'om', 'tante', 'uda', 'uni', 'teteh', 'akang', 'kakang', 'mbakyu', 'mama', 'papa', 'kaka', 'kk', 'ade', 'adek']);
/** The money came from someone: "from", "dari", "dikasih"; Javanese "seko", Sundanese "ti". */
const GIVEN = new Set(['from', 'dari', 'dr', 'seko', 'soko', 'teko', 'ti', 'given', 'dikasih', 'dikirim', 'transferan', 'kiriman',
  'ditransfer']);
/** Giving verbs: from her people only when one of them comes first ("my sister sent me", not "I sent my sister"). */
const GAVE = new Set(['gave', 'give', 'sent', 'send', 'transferred', 'transfer', 'tf', 'kasih', 'kirim', 'kase', 'agiah', 'sare']);
/** Capital named: "got 300k from mom as modal" is money put in. */
const CAPITAL = new Set(['modal', 'capital']);
/** Words that name why money came in: an order, a debt, a payment, goods. Then it stays a sale. */
const FOR_WHAT = new Set(['dp', 'pesanan', 'pesenan', 'orderan', 'order', 'utang', 'hutang', 'bon', 'kasbon', 'cicilan', 'pelunasan',
  'lunas', 'bayar', 'paid', 'pay', 'payment', 'owed', 'debt', 'loan', 'for', 'buat', 'untuk', 'utk', 'jualan', 'dagangan']);
/** Words an item may hold and still name only the giver and the giving. */
// ("for", "buat", "untuk", "sebagai": only reach here beside a capital word — "from my brother for capital".)
const GLUE = new Set(['my', 'me', 'i', 'to', 'the', 'a', 'as', 'saya', 'sy', 'aku', 'ku', 'in', 'law', 'yesterday', 'today', 'tadi', 'td',
  'for', 'buat', 'untuk', 'utk', 'bwt', 'sebagai', 'jadi']);

/** Of KIN, friends: not family, and often her customers too. */
const FRIENDS = new Set(['friend', 'friends', 'bestie', 'teman', 'temen', 'kawan', 'sahabat', 'sobat', 'konco', 'kanca', 'batur',
  'temenku', 'temanku']);
/**
 * Sending by transfer: "temen transfer 150rb", "teman tf 85rb". A friend transferring is as
 * often a customer paying as a gift: left to the other readers (asked as before), not personal.
 */
const TRANSFERS = new Set(['transfer', 'tf', 'transferred', 'transferan', 'ditransfer', 'trf', 'sent', 'send', 'kirim', 'dikirim', 'kiriman']);

const T_KIN = trigger(KIN);

/** A kin word that names the person, not a title before a name (FAMILY_TITLES' rule in money-owner.ts). */
function kinAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.type !== T_WORD || !KIN.has(t.key)) return false;
  if (!KIN_TITLES.has(t.key)) return true;
  const n = tokens[i + 1];
  return n === undefined || n.type === T_NUM || n.type === T_NL || n.type === T_PUNCT || (n.type === T_WORD && AFTER_FAMILY.has(n.key));
}

/**
 * Whether the sales read are money from her people for nothing named: 'personal' (not recorded,
 * as FAMILY's are), 'capital' when she calls it capital ("got 300k from mom as modal"), or null.
 */
export function kinMoney(a: Analysis, entries: readonly ParsedEntry[]): 'personal' | 'capital' | null {
  if (!present(a, T_KIN)) return null;
  if (entries.length === 0 || !entries.every((e) => e.kind === 'sale' && e.quantity === null)) return null;
  const { tokens } = a;
  const first = tokens.findIndex((_, i) => kinAt(tokens, i));
  if (first < 0) return null;
  const words = tokens.filter((t) => t.type === T_WORD);
  const given = tokens.some((t, i) => t.type === T_WORD && (GIVEN.has(t.key) || GIVEN.has(t.text) || (GAVE.has(t.key) && i > first)));
  if (!given) return null;
  // ("temen transfer 150rb": a friend's transfer may be a customer's payment — see TRANSFERS.)
  const kinWords = tokens.filter((t, i) => kinAt(tokens, i));
  if (kinWords.every((t) => FRIENDS.has(t.key)) && tokens.some((t) => t.type === T_WORD && TRANSFERS.has(t.key))) return null;
  const capital = words.some((t) => CAPITAL.has(t.key));
  // A strong sale or spending word ("sold", "laku", "bought") or what it was for: her trade.
  if (words.some((t) => ((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0) || (!capital && (FOR_WHAT.has(t.key) || FOR_WHAT.has(t.text))))) return null;
  // Goods named in the item ("dari adik 2 kue"): a sale to her people, kept.
  const itemWords = entries.flatMap((e) => (e.item ?? '').split(' ').filter((w) => w !== ''));
  if (!itemWords.every((w) => KIN.has(w) || FAMILY.has(w) || GIVEN.has(w) || GAVE.has(w) || GLUE.has(w) || CAPITAL.has(w) || w.endsWith('-law') || w.endsWith('-laws'))) return null;
  return capital ? 'capital' : 'personal';
}
