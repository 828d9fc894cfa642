/**
 * Someone else's takings are not her record (issue 15): "jualan temen saya laku 500rb hari ini,
 * seneng liatnya", "dagangan tetangga laku 300rb", "adik saya omzetnya 2jt". The seller is
 * another person: the goods are theirs ("jualan temen", "warung tetangga") or they are the
 * subject of the selling at the head of the message ("temen saya laku 500rb"). A friend who
 * *buys* ("temen saya beli 3 bros 45rb", "laku ke tetangga 300rb") is her buyer: those have a
 * buying verb or a "ke" before the person, and are not touched here.
 *
 * A person outside her house doing business at the head of the message is theirs too: "tetangga
 * saya jualan pulsa juga, katanya untungnya cuma 2rb per transaksi", "temen jual bros 3 @15rb",
 * "sodaraku dagang sayur, sehari dapet 300rb". Only people who never sell for her (`OUTSIDERS`):
 * kin who help in her stall ("adik saya jualin", family-sellers.ts) stay her sale.
 */
import { isSoft, type Analysis } from './analyze.ts';
import { T_NUM, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { G_HONORIFIC } from './word-roles.ts';

/** People who are not her: friends, neighbours, relatives, other sellers (others-goods.ts reads them as owners too). */
export const OTHERS = new Set(['temen', 'teman', 'temenku', 'temanku', 'tetangga', 'tetanggaku', 'sodara', 'saudara', 'saudaraku', 'sodaraku',
  'ipar', 'iparku', 'sepupu', 'sepupuku', 'kakak', 'kakakku', 'kaka', 'adik', 'adikku', 'adek', 'adekku', 'ponakan', 'keponakan',
  'mertua', 'besan', 'rekan', 'kawan', 'kawanku', 'sahabat', 'sahabatku', 'orang', 'org', 'pesaing', 'saingan', 'dia', 'mereka']);
const T_OTHERS = trigger(OTHERS);
/** Her goods or shop, as somebody's: "jualan temen", "warung tetangga". */
const GOODS_OF = new Set(['jualan', 'jualannya', 'dagangan', 'dagangannya', 'warung', 'warungnya', 'toko', 'tokonya', 'lapak',
  'lapaknya', 'usaha', 'usahanya', 'kios', 'kiosnya']);
/** Selling as what happened to the goods, not buying. */
const SOLD = new Set(['laku', 'laris', 'terjual', 'omzet', 'omzetnya', 'omset', 'omsetnya', 'untung', 'untungnya', 'dapet', 'dapat']);
/** Of OTHERS, people who do not sell her wares for her (family-sellers.ts's SELLERS do): their selling is theirs. */
const OUTSIDERS = new Set(['temen', 'teman', 'temenku', 'temanku', 'tetangga', 'tetanggaku', 'sodara', 'saudara', 'saudaraku', 'sodaraku',
  'ipar', 'iparku', 'sepupu', 'sepupuku', 'besan', 'rekan', 'kawan', 'kawanku', 'sahabat', 'sahabatku', 'pesaing', 'saingan']);
/** Selling as their business: "jualan pulsa", "jual bros", "dagang sayur", "buka warung". */
const SELLS = new Set(['jualan', 'jual', 'jualin', 'dagang', 'berdagang', 'dagangan', 'buka', 'usaha', 'adol', 'dodolan', 'dodol',
  'ngedol', 'bakul', 'mbakul', 'nyambi']);
/** Words after the person that still name them: "temen saya", "tetangga sebelah". */
const OF_HER = new Set(['saya', 'sy', 'aku', 'ku', 'gue', 'gw', 'sebelah', 'depan', 'kios', 'rumah']);

/** Whether the money of the message is another person's takings. */
export function othersTakings(a: Analysis): boolean {
  if (!present(a, T_OTHERS)) return false;
  const words: Token[] = [];
  for (const t of a.tokens) {
    if (t.type === T_NUM) break; // the head of the message, before its first amount
    if (t.type === T_WORD) words.push(t);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    if (!OTHERS.has(w.key)) continue;
    if (i > 0 && GOODS_OF.has((words[i - 1] as Token).key)) return true; // "jualan temen"
    let j = i + 1;
    while (j < words.length && OF_HER.has((words[j] as Token).key)) j++;
    // "temen saya laku 500rb": the person at the head, then the selling.
    if (i === 0 && j < words.length && SOLD.has((words[j] as Token).key)) return true;
    // "tetangga saya jualan pulsa juga": an outsider's own selling at the head.
    if (i === 0 && OUTSIDERS.has(w.key) && j < words.length && SELLS.has((words[j] as Token).key)) return true;
  }
  return false;
}

/** Praise of someone's luck ("selamat ya", "hebat", "keren"): said about another, not her own books. */
export const PRAISE = new Set(['selamat', 'congrats', 'hebat', 'keren', 'mantap', 'mantul', 'salut', 'iri', 'ngiri', 'kagum']);
const T_PRAISE = trigger(PRAISE);

/**
 * Another person's takings told as praise: "selamat ya bu ani jualannya laris 1jt sehari",
 * "Bu Sri kemarin laku 50 bros lho, hebat". The seller is a titled name ("bu Ani") or another
 * person ("temen", "tetangga") standing as the subject: the selling word or their goods follow
 * at once, or after day and filler words only, with no comma between ("makasih bu Ani, hari ini
 * laku 20" thanks her mentor and tells her own sales). Without the praise a titled name before
 * "laku" may be her buyer or her mentor, so this reader needs both.
 */
export function othersPraised(a: Analysis): boolean {
  if (!present(a, T_PRAISE) || !a.tokens.some((t) => t.type === T_WORD && PRAISE.has(t.key))) return false;
  const { tokens } = a;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i] as Token;
    if (w.type !== T_WORD) continue;
    let j = i + 1;
    if ((w.f2 & G_HONORIFIC) !== 0) {
      const name = tokens[j];
      // "bu Ani": a name after the title; "bu, laku 20" speaks to her mentor.
      if (name === undefined || name.type !== T_WORD || isSoft(name) || SOLD.has(name.key) || GOODS_OF.has(name.key)) continue;
      j++;
    } else if (!OTHERS.has(w.key)) continue;
    while (j < tokens.length && isSoft(tokens[j] as Token)) j++;
    const k = tokens[j];
    if (k !== undefined && k.type === T_WORD && (SOLD.has(k.key) || GOODS_OF.has(k.key))) return true;
  }
  return false;
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
othersPraised.words = T_PRAISE;
