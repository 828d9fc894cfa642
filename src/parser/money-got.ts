/**
 * Words that say "the money she got", in the regions' words, settled by the message around them
 * (called from context-words.ts, before amounts are read). Sellers tell what the goods brought in
 * without a selling verb: Sundanese "rangginang seep, kenging artos 240 rebu", Manado "kukis so
 * abis, dapa doi 120 rebu", Balinese "canang 30 tanding, pipis ne 45 ribu", Javanese "dagangan
 * pecelku oleh rongatus seket ewu", Batak "hepengna 60 ribu", Madurese "pesse olle 96 ebu".
 * The plain regional words (kenging, olle, hepeng, ajuwal…) are in regional-words.ts; here are the
 * ones with a second meaning:
 *
 * - Javanese `oleh` (got) is Indonesian "by" ("dibeli oleh Bu Ani") and "oleh-oleh" (souvenirs):
 *   it is "dapat" only right before an amount, or before a money word and an amount ("oleh
 *   250 ewu", "oleh duit 95rb"), and not after a passive verb.
 * - Balinese `pipis` (money) is Indonesian "pee": money only before an amount ("pipis ne 45
 *   ribu", "pipis 45rb").
 * - Balinese `ngadep` (sells; also `madagang`, trades) is Javanese "faces": a sale only in a
 *   message with a Balinese word ("tiang", "suba", "pipis"…).
 * - Sundanese `ti` (from) is also a name: "dari" only before her family ("ti pun bapa", "ti salaki").
 * - Madurese `ebu` (thousand) is also a slip for "ibu": a thousand only right after a number
 *   ("96 ebu", "sapolo ebu").
 */
import { retag } from './retag.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_DATE, F_FILLER, F_NUMWORD, F_SALE, F_SCALE, F_SLANG, G_GREETING, G_HALF, G_HONORIFIC, G_HUNDRED, G_TEENS, G_TENS } from './word-roles.ts';
import { knownWares } from './sold-wares.ts';

/** Balinese words that are not Indonesian: I (tiang, titiang), already (suba, sube), not (tusing), money (pipis). */
const BALINESE = new Set(['tiang', 'titiang', 'suba', 'sube', 'tusing', 'pipis', 'pipisne', 'canang', 'kaadep', 'mebelanja', 'meli',
  // … "jaja" (cakes: "ngadep jaja 40 biji"), "endek" (Balinese weaving), "uling" (from), "mayah" (pays).
  'jaja', 'endek', 'uling', 'mayah',
  // … "ibi" (yesterday), "tipat" (Balinese ketupat: "ibi ngadep tipat 50 biji").
  'ibi', 'tipat']);
/** Her family, as the regional words read (regional-words.ts): who "ti" can be from. */
const KIN = new Set(['suami', 'ibu', 'bapak', 'anak', 'mertua', 'kakak', 'adik', 'ema', 'abah', 'apa', 'biang']);
/** Money words that may stand between "oleh" and the amount: "oleh duit 95rb". */
const MONEY = new Set(['uang', 'duit', 'uangnya', 'duitnya', 'doi']);
/** "ne", "e", "na": the Balinese, Javanese and Batak "the/its" after a noun ("pipis ne"). */
const ITS = new Set(['ne', 'nė', 'e', 'na', 'nya']);

/** A number (digits or a number word) is at token i. */
function numberAt(t: Token | undefined): boolean {
  return t !== undefined && (t.type === T_NUM || (t.type === T_WORD && ((t.f & (F_NUMWORD | F_SCALE | F_SLANG)) !== 0 ||
    (t.f2 & (G_HUNDRED | G_TENS | G_TEENS)) !== 0)));
}

/** The index of the first token after i that is not a money word or "ne"; the amount must start there. */
function amountAfter(tokens: readonly Token[], i: number, skip: ReadonlySet<string>): boolean {
  let j = i + 1;
  while (j < tokens.length && j <= i + 2 && (tokens[j] as Token).type === T_WORD && skip.has((tokens[j] as Token).text)) j++;
  return numberAt(tokens[j]);
}

/*
 * Money said to come FROM her goods, her orders or her trade, with no sale verb: "sejuta setengah
 * dari pesanan nasi kotak", "ceban dari es lilin sore tadi", "Alhamdulillah laris bu, 320rb hari
 * ini dari sate lilit". "dari" right after the amount (a day word may stand between) and before
 * an order or trade word (pesanan, orderan, catering, jualan…) or her known wares (sold-wares.ts)
 * says what the money is: her takings, read as "hasil" ("320rb hasil sate lilit"). Only with
 * nothing but her lead-in words before the amount (a greeting, a title, "alhamdulillah", "laris",
 * "dapat", "hasil", a day): "bayar listrik 150rb dari jualan" is paid out OF the takings, "ambil
 * 200rb dari jualan" taken from them. Money from a person ("300rb dari bu Ani"), "dari suami",
 * "dari arisan", "dari koperasi", "dari tabungan" names no goods and stays as it was read.
 */
/** Orders and her trade, after "dari": what the money came from. */
const TRADE_FROM = new Set(['pesanan', 'pesenan', 'psnan', 'orderan', 'order', 'jualan', 'dagangan', 'daganganku', 'jualanku', 'catering',
  'katering', 'ketering', 'dodolan', 'daganganmu']);
/** Words that may open her line before the amount: thanks, "laris", money got, already. */
const LEAD_IN = new Set(['alhamdulillah', 'alhamdulilah', 'alhamdullilah', 'alhamdulillh', 'puji', 'tuhan', 'syukur', 'laris', 'manis',
  'lumayan', 'dapat', 'hasil', 'hasilnya', 'udah', 'sudah', 'sdh', 'udh', 'dah', 'wis', 'ya', 'nih', 'ni', 'total', 'jadi', 'jd', 'semua',
  'semuanya', 'omset', 'omzet']);

/** The token at i ends a sum of money: "150rb", "sejuta setengah", "ceban", "dua ratus lima puluh ribu", "Rp 150.000". */
function moneyEndsAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (t.type === T_NUM) return t.num !== null && t.num.ok && (!t.num.plain || t.num.value.m >= 1000);
  if (t.type !== T_WORD) return false;
  if ((t.f & (F_SCALE | F_SLANG)) !== 0) return true;
  // ("sejuta setengah", "dua ratus setengah": a half after a scale word.)
  return (t.f2 & G_HALF) !== 0 && ((tokens[i - 1]?.f ?? 0) & F_SCALE) !== 0;
}

/** Whether the "dari" at i says the money before it came from her goods or trade (see above). */
export function fromHerTrade(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k] as Token).type === T_WORD && (((tokens[k] as Token).f & F_DATE) !== 0 || DAY_WORDS.has((tokens[k] as Token).key))) k--;
  if (!moneyEndsAt(tokens, k)) return false;
  // Back over the amount to the words before it.
  while (k >= 0 && (numberAt(tokens[k]) || ((tokens[k] as Token).f2 & G_HALF) !== 0 || (tokens[k] as Token).text === 'rp')) k--;
  for (; k >= 0; k--) {
    const w = tokens[k] as Token;
    if (w.type === T_NL || (w.type === T_PUNCT && w.text !== ':')) break;
    if (w.type !== T_WORD) return false;
    if (!(LEAD_IN.has(w.key) || LEAD_IN.has(w.text) || (w.f & F_DATE) !== 0 || (w.f2 & (G_GREETING | G_HONORIFIC)) !== 0 ||
      ((w.f & F_FILLER) !== 0 && (w.f & F_SALE) === 0 && !MONEY.has(w.key)))) return false;
  }
  const next = tokens[i + 1];
  if (next === undefined || next.type !== T_WORD) return false;
  if (TRADE_FROM.has(next.key) || TRADE_FROM.has(next.text)) return true;
  const words: string[] = [];
  for (let j = i + 1; j < tokens.length && j <= i + 3 && (tokens[j] as Token).type === T_WORD; j++) words.push((tokens[j] as Token).text);
  return knownWares(words);
}
/** Her trade after Balinese "pipis" (money): "pipis dagang", "pipis warung" is the business's money. */
const TRADE_PURSE = new Set(['dagang', 'dagangan', 'jualan', 'warung', 'toko', 'dodolan', 'madagang']);
/** Day words that may stand between the amount and "dari": "320rb hari ini dari sate lilit". */
const DAY_WORDS = new Set(['hari', 'ini', 'hr', 'td', 'tadi', 'sore', 'pagi', 'siang', 'malam', 'kemarin', 'kmrn']);

/** Gives `oleh`, `pipis` and `ebu` the meaning their message says, in place (see the file comment). */
export function settleMoneyGot(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.text === 'ebu' || t.text === 'ebuh') {
    if (!numberAt(tokens[i - 1])) return false;
    retag(t, 'ribu');
    return true;
  }
  if (t.text === 'pipis') {
    // "ngambil pipis dagang 150rb": the money of her trade, as "uang dagang" is.
    const n0 = tokens[i + 1];
    if (n0 !== undefined && n0.type === T_WORD && TRADE_PURSE.has(n0.key)) {
      retag(t, 'uang');
      return true;
    }
    if (!amountAfter(tokens, i, ITS)) return false;
    // "pipis ne 45 ribu": "the money", as "uangnya" is.
    const n = tokens[i + 1];
    const its = n !== undefined && n.type === T_WORD && ITS.has(n.text);
    retag(t, its ? 'uangnya' : 'uang');
    if (its) retag(n, 'nya');
    return true;
  }
  if (t.text === 'ti' || t.text === 'tina') {
    // Sundanese "ti" (from) is also a name: "from" only before her family ("kenging artos ti pun
    // bapa", "ti salaki"), so money from them is read as family money, never takings.
    let j = i + 1;
    if (tokens[j]?.text === 'pun') j++;
    const who = tokens[j];
    if (who === undefined || who.type !== T_WORD || !KIN.has(who.key)) return false;
    retag(t, 'dari');
    return true;
  }
  if (t.text === 'ngadep' || t.text === 'madagang') {
    // Balinese "ngadep" (sells) is Javanese "faces": a sale only in a Balinese message.
    if (!tokens.some((u, j) => j !== i && u.type === T_WORD && BALINESE.has(u.text))) return false;
    retag(t, 'jual');
    return true;
  }
  if (t.text === 'dari' || t.text === 'dr') {
    if (!fromHerTrade(tokens, i)) return false;
    retag(t, 'hasil');
    return true;
  }
  if (t.text === 'oleh' || t.text === 'olehe' || t.text === 'olih') {
    const p = tokens[i - 1];
    // "dibeli oleh Bu Ani 50rb": the agent of a passive verb.
    if (p !== undefined && p.type === T_WORD && p.text.startsWith('di') && p.info !== null) return false;
    if (!amountAfter(tokens, i, MONEY)) return false;
    retag(t, 'dapat');
    return true;
  }
  return false;
}

/** Words settleMoneyGot reads (a quick test before calling it). */
export const MONEY_GOT_WORDS: ReadonlySet<string> = new Set(['ebu', 'ebuh', 'pipis', 'oleh', 'olehe', 'olih', 'ngadep', 'madagang', 'ti', 'tina', 'dari', 'dr']);
