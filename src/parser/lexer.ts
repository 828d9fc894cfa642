/**
 * One pass over the prepared text → tokens. Everything after this works on tokens, never
 * on the raw string, so no regular expression ever runs over user text (no catastrophic
 * backtracking, linear time) and each word is looked up in the lexicon exactly once.
 *
 * Tokens: words (letters), numbers (digits with `.`/`,` between digits: "1.250.000",
 * "1,5"), punctuation that carries meaning (@ / : , + % - ? = & ; # ( ) !) and line breaks.
 * Emoji, symbols and control characters become spaces. Letters and digits are split
 * ("15rb" → "15" "rb", "p12" → "p" "12") and `attached` remembers there was no space.
 */
import { lookupWord } from './lexicon.ts';
import { lookupPhrase } from './phrases.ts';
import { readsAsName, regionalMeaning } from './regional-words.ts';
import { regionalSplit } from './regional-words-java.ts';
import { rootOf } from './root-forms.ts';
import { baVerb } from './ba-verbs.ts';
import { possessiveNoun } from './possessive-nouns.ts';
import { suffixedKindWord } from './kind-suffix.ts';
import { F_CUR_POST, F_DATE, F_EXPENSE, F_NUMWORD, F_PRICE, F_SALE, F_SCALE, F_SLANG, F_UNIT, G_CONJ, G_EACH, G_HUNDRED, G_PER, G_SE_SCALE, type WordInfo, wordInfo } from './word-roles.ts';
import { readNumeral, type Numeral } from './numeral.ts';
import { splitGlued } from './glued-words.ts';
import { gluedPair, knownSpelling, meantWord } from './typo-words.ts';
import { GIVEN_NAMES } from './given-names.ts';
import { withoutAccents } from './spelling-marks.ts';
import { speltAs } from './spelt-as.ts';
import { CROWD_SINGULAR } from './takers.ts';
import { ONE_AFTER_PRICE, ONE_BEFORE_PRICE, ONE_COUNT, ONE_OF_IT, POSSESSIVE, possessiveUnit } from './each-words.ts';

export const T_WORD = 1;
export const T_NUM = 2;
export const T_PUNCT = 3;
export const T_NL = 4;

export interface Token {
  type: number;
  /** As written, lower-cased (for a merged phrase, both words with one space). */
  text: string;
  /** Canonical keyword ("kemarin" for "kmrn"), or the text itself for ordinary words. */
  key: string;
  info: WordInfo | null;
  /** info.flags / info.flags2, or 0: read on every role check, so kept flat. */
  f: number;
  f2: number;
  /** No whitespace between this token and the previous one. */
  attached: boolean;
  /** For numbers: the parsed digit string. */
  num: Numeral | null;
}

/** Beyond this many tokens the rest of the text is ignored (and the result flagged). */
export const MAX_TOKENS = 600;

export interface Lexed {
  tokens: Token[];
  truncated: boolean;
  /** Where a "|" stood: the index of the token after it (tokens.length at the end), ascending. */
  bars: number[];
}

const NO_NUMERAL = null;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/**
 * Whether the "2" at `j`, right after a word, is a count whose space was left out rather than the
 * word doubled: a decimal follows ("emas2,4jt") or, after spaces, a counting unit ("beras2 karung",
 * "gamis2 pcs", "cabe2 kilo"). Only asked at a word with a 2 glued on, which is rare.
 */
function countGlued(text: string, j: number): boolean {
  const after = text.charCodeAt(j + 1);
  if ((after === 44 || after === 46) && isDigit(text.charCodeAt(j + 2))) return true;
  let k = j + 1;
  while (text.charCodeAt(k) === 32) k++;
  if (k === j + 1) return false;
  let e = k;
  while (e < text.length && isAsciiLetter(text.charCodeAt(e))) e++;
  if (e === k) return false;
  const info = lookupWord(text.slice(k, e).toLowerCase());
  return info !== null && (info.flags & F_UNIT) !== 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
const UNICODE_LETTER = /^[\p{L}\p{M}]$/u;
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  if (c >= 0xd800 && c <= 0xdfff) return false; // astral letters are rare here: treat as space
  // An emoji's variation selector ("✂️" is U+2702 U+FE0F) is a mark of the emoji, never of a word.
  if (c >= 0xfe00 && c <= 0xfe0f) return false;
  return UNICODE_LETTER.test(text[i] as string);
}

// Punctuation kept as tokens; other ASCII symbols are spaces. Bullets and dashes become "-".
const PUNCT = new Set(['@', '/', ':', ',', '+', '%', '-', '?', '=', '&', ';', '#', '(', ')', '!', '.', '*']);
const DASHES = new Set(['•', '·', '▪', '◦', '‣', '●', '–', '—', '−', '○', '►', '➤', '→', '✓', '✔', '☑', '➖']);
/** Money trackers' emoji signs: "➕ 50rb" is "+ 50rb" (a "➖" is a dash above). */
const PLUSES = new Set(['➕']);
/** Low surrogates of 📥 (U+1F4E5, inbox tray) and 📤 (U+1F4E4, outbox tray) after 0xD83D: a column each. */
const TRAYS: ReadonlyMap<number, string> = new Map([[0xdce5, 'in'], [0xdce4, 'out']]);

function word(text: string, attached: boolean, prev?: Token): Token {
  // A regional everyday word reads as the Indonesian word it means (regional-words.ts); one
  // that is also a name keeps its text after a title ("bu Meli").
  // A form of a putting-in or giving verb reads as its root ("nambihan" → "tambah": root-forms.ts).
  let meaning = regionalMeaning(text, prev?.type === T_WORD ? prev.text : undefined) ?? rootOf(text);
  let info = lookupWord(meaning ?? text);
  // An eastern "ba-" form of a money verb no list holds ("babelanja", "baambe": ba-verbs.ts) reads as its stem.
  if (info === null && meaning === null) {
    meaning = baVerb(text);
    if (meaning !== null) info = lookupWord(meaning);
  }
  // "bensinnya", "ongkose": a cost or household noun with its possessive ending (possessive-nouns.ts).
  // (A regional word is read as the Indonesian it means: Betawi "modalnye" as "modalnya".)
  if (info === null) info = possessiveNoun(meaning ?? text);
  // "lakunya 210rb", "dapetnya", "pengeluarannya": a kind word with its ending is the kind word (kind-suffix.ts).
  if (info === null) info = suffixedKindWord(meaning ?? text);
  return {
    type: T_WORD, text, key: info ? info.canon : meaning ?? text, info,
    f: info ? info.flags : 0, f2: info ? info.flags2 : 0, attached, num: NO_NUMERAL,
  };
}

/** A word token as read from its letters alone (`attached` is the caller's). */
type WordRead = Pick<Token, 'text' | 'key' | 'info' | 'f' | 'f2'>;

/**
 * What each word written has been read as, so that a word seen before costs one lookup.
 * WHY: reading a word takes up to five lookups (the lexicon, its slow path for typos and
 * units, regional words, twice) and, for a word the lexicon lacks, an attempt to split it
 * into glued words; chat repeats the same few hundred words endlessly. The reading depends
 * on the word's letters alone, so the cached one is the same. Cleared when full, so that no
 * text can make it grow without end (as lexicon.ts's NOT_KEYWORDS).
 */
const WORD_READS = new Map<string, readonly WordRead[]>();
const MAX_WORD_READS = 20_000;

function wordTokens(w: string): readonly WordRead[] {
  let read = WORD_READS.get(w);
  if (read === undefined) {
    read = readWord(w).map(interned);
    if (WORD_READS.size >= MAX_WORD_READS) WORD_READS.clear();
    WORD_READS.set(w, read);
  }
  return read;
}

/**
 * The read with its text and key as V8's one shared copy of those letters (an object's property
 * name is that copy). WHY: every reader asks sets and maps about `key` and `text` (thousands of
 * lookups a message, the largest single cost of a parse); a word sliced from the message is a
 * fresh string, so each hit compared it letter by letter with the set's own copy, and a miss
 * beside a word of the same length did too. Two shared copies compare by identity. Done once a
 * distinct word (the reads are cached), so a message pays nothing for it.
 */
function interned(r: WordRead): WordRead {
  return { ...r, text: internedText(r.text), key: internedText(r.key) };
}

function internedText(s: string): string {
  for (const name in { [s]: true }) if (name === s) return name;
  return s;
}

/** A street amount ("gopek", "seceng", "samceng"), as the lexicon reads it. */
function slangWord(w: string): boolean {
  const info = lookupWord(w);
  return info !== null && (info.flags & F_SLANG) !== 0 && !w.includes('-');
}

/** Whether some list reads the word as written: the lexicon's, a reader's, a regional word, a verb form, a name. */
function readAsWritten(w: string): boolean {
  return knownSpelling(w) || regionalMeaning(w) !== null || rootOf(w) !== null || baVerb(w) !== null || speltAs(w) !== null ||
    GIVEN_NAMES.has(w);
}

function readWord(w: string): WordRead[] {
  // "gajih", "dhuwit": an everyday spelling of a known money noun is that noun (spelt-as.ts).
  const spelt = speltAs(w);
  if (spelt !== null) return readWord(spelt);
  // "mellè", "majâr", "ollè": Madurese spelt with its accents is the word typed plain (spelling-marks.ts),
  // when only the plain spelling is known; unknown goods keep their letters ("berrâs").
  const plain = withoutAccents(w);
  if (plain !== w && lookupWord(w) === null && regionalMeaning(w) === null &&
    (lookupWord(plain) !== null || regionalMeaning(plain) !== null || rootOf(plain) !== null)) return readWord(plain);
  // "susuki": one regional word for two Indonesian ones, "kasih kembalian" (regional-words-java.ts).
  const said = regionalSplit(w);
  if (said !== null) return said.map((p) => word(p, false));
  // "seeeekor", "kmbali", "yagn": a slip of the thumb in a word nothing reads as written is the
  // one known word it was meant as (typo-words.ts).
  if (!readAsWritten(w)) {
    const meant = meantWord(w, lookupWord(w) !== null, readAsWritten);
    if (meant !== null) return readWord(meant);
  }
  // "rb-an", "ribu-an" (roughly): the suffix is its own word so the amount stays readable.
  const dash = w.lastIndexOf('-');
  if (dash > 0 && w.slice(dash + 1) === 'an' && lookupWord(w) === null) return [word(w.slice(0, dash), false), word('an', true)];
  // "gopekan", "gocengan", "cebanan": a street amount with "-an" glued on is "gopek-an" (amount.ts
  // reads it as the price each after a count of goods, roughly otherwise).
  if (w.length > 5 && w.endsWith('an') && lookupWord(w) === null && slangWord(w.slice(0, -2))) return [word(w.slice(0, -2), false), word('an', true)];
  // "limabelas", "rongewu", "juallapis": words typed without their spaces (glued-words.ts).
  // A regional word is a word of its own, not two glued ones ("njupuk" is not "n" + "jupuk").
  const parts = lookupWord(w) === null && regionalMeaning(w) === null && rootOf(w) === null && baVerb(w) === null ? splitGlued(w) : null;
  if (parts) return parts.map((p) => word(p, false));
  // "udahbayar", "bungkusdapat": two known words typed without their space (typo-words.ts).
  const pair = readAsWritten(w) || lookupWord(w) !== null ? null : gluedPair(w);
  return pair ? [...readWord(pair[0]), ...readWord(pair[1])] : [word(w, false)];
}

export function lex(text: string): Lexed {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let attached = false;
  let truncated = false;
  while (i < n) {
    if (tokens.length >= MAX_TOKENS) {
      truncated = true;
      break;
    }
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 46 || d === 44) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) j += 2;
        else break;
      }
      const s = text.slice(i, j);
      tokens.push({ type: T_NUM, text: s, key: s, info: null, f: 0, f2: 0, attached, num: readNumeral(s) });
      i = j;
      attached = true;
      continue;
    }
    if (isLetterAt(text, i)) {
      let j = i + 1;
      while (j < n) {
        if (isLetterAt(text, j)) j++;
        // Keep "masing-masing" and "jum'at" whole: a hyphen or apostrophe between letters.
        else if ((text[j] === '-' || text[j] === "'") && j + 1 < n && isLetterAt(text, j + 1) && isLetterAt(text, j - 1)) j += 2;
        else break;
      }
      let w = text.slice(i, j);
      // Reduplication written with a 2 ("kue2", "masing2", "ibu2") is the word itself. Only for
      // words of 4+ letters, or 3 the lexicon knows ("ibu2"), so that short lead codes such as
      // "p2" stay codes.
      // (The "2" is tested first: a lexicon lookup for every word was ~2 % of a parse.)
      // Not when the 2 is a count with its space left out (issue #15): a unit after it ("beras2 karung",
      // "gamis2 pcs") or a decimal ("emas2,4jt") — "kue-kue karung" is never meant.
      if (text.charCodeAt(j) === 50 && (w.length >= 4 || (w.length === 3 && lookupWord(w) !== null)) && !isDigit(text.charCodeAt(j + 1)) &&
        (j + 1 >= n || !isLetterAt(text, j + 1)) && (w === 'masing' || !countGlued(text, j))) {
        const info = lookupWord(w);
        if (!info || (info.flags & (F_SALE | F_EXPENSE | F_UNIT | F_SCALE)) === 0) {
          if (w === 'masing') w = 'masing-masing';
          // "ibu2", "bapak2", "emak2": people in the plural, read as "ibu-ibu" is (takers.ts CROWD_BUYERS):
          // several of them buy from her, never "ibu" (her addressee, a title).
          else if (CROWD_SINGULAR.has(w)) w = `${w}-${w}`;
          else if (info && (info.flags & F_SLANG) !== 0) w = `${w}-${w}`; // "goceng2": five thousand each
          j += 1;
        }
      } else if (text.charCodeAt(j) === 50 && text.startsWith('an', j + 1) && slangWord(w) && (j + 3 >= n || !isLetterAt(text, j + 3))) {
        // "seceng2an", "gocap2an": the doubled street amount with "-an" is still the price each, as "seceng-seceng" is.
        w = `${w}-${w}`;
        j += 3;
      }
      // A word that is also a name reads as the name after a title ("bu Meli": regional-words.ts):
      // that reading depends on the word before, so it is not the cached one of its letters alone.
      const prev = tokens[tokens.length - 1];
      if (prev !== undefined && prev.type === T_WORD && readsAsName(w, prev.text)) {
        tokens.push(word(w, attached, prev));
        i = j;
        attached = true;
        continue;
      }
      const read = wordTokens(w);
      for (let k = 0; k < read.length; k++) {
        const r = read[k] as WordRead;
        tokens.push({ type: T_WORD, text: r.text, key: r.key, info: r.info, f: r.f, f2: r.f2, attached: k === 0 ? attached : true, num: NO_NUMERAL });
      }
      i = j;
      attached = true;
      continue;
    }
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) {
      const last = tokens[tokens.length - 1];
      if (last && last.type !== T_NL) tokens.push({ type: T_NL, text: '\n', key: '\n', info: null, f: 0, f2: 0, attached: false, num: null });
      i++;
      attached = false;
      continue;
    }
    if (c === 64 /* @ */ && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1))) {
      // "@dampingi_bot": a mention, not a price marker. Skip it like whitespace.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isAsciiLetter(d) || isDigit(d) || d === 95 /* _ */) j++;
        else break;
      }
      // "@rb"-like typos are not mentions; only names of 3+ characters are.
      if (j - i - 1 >= 3 && !lookupWord(text.slice(i + 1, j))) {
        i = j;
        attached = false;
        continue;
      }
    }
    const ch = text[i] as string;
    if (c === 0xd7 /* × */) {
      tokens.push(word('x', attached));
      i++;
      attached = true;
      continue;
    }
    // "± 200rb", "~200rb": roughly. Between two numbers a tilde is a range ("200~250rb"), read
    // as a dash (range-guard.ts).
    if (c === 0xb1 /* ± */ || (c === 126 /* ~ */ && !isDigit(text.charCodeAt(i - 1)))) {
      tokens.push(word('sekitar', attached));
      i++;
      attached = false;
      continue;
    }
    // "____" under a sheet's lines: a rule, read as dashes (check-lines.ts), not spaces.
    if (c === 95 /* _ */ && text.charCodeAt(i + 1) === 95) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 95) j++;
      for (let k = 0; k < 2; k++) tokens.push({ type: T_PUNCT, text: '-', key: '-', info: null, f: 0, f2: 0, attached: k > 0 || attached, num: null });
      i = j;
      attached = false;
      continue;
    }
    if (c === 126 /* ~ */) {
      tokens.push({ type: T_PUNCT, text: '-', key: '-', info: null, f: 0, f2: 0, attached, num: null });
      i++;
      attached = true;
      continue;
    }
    // "bros | 5 | 75rb", "Senin: +120rb | Selasa: +95rb": a table's or a tracker's bar. Kept
    // through the merges (no phrase joins two cells), then taken out by withoutBars.
    if (c === 124 /* | */) {
      tokens.push({ type: T_PUNCT, text: '|', key: '|', info: null, f: 0, f2: 0, attached, num: null });
      i++;
      attached = false;
      continue;
    }
    // "📥 75.000 laundry / 📤 18.000 deterjen": a money app's inbox and outbox trays are its
    // in and out columns, read as the words (tracker-lines.ts, label-kind.ts).
    const tray = c === 0xd83d ? TRAYS.get(text.charCodeAt(i + 1)) : undefined;
    if (tray !== undefined) {
      tokens.push(word(tray, false, tokens[tokens.length - 1]));
      i += 2;
      attached = false;
      continue;
    }
    if (PUNCT.has(ch) || DASHES.has(ch) || PLUSES.has(ch)) {
      const p = DASHES.has(ch) ? '-' : PLUSES.has(ch) ? '+' : ch;
      tokens.push({ type: T_PUNCT, text: p, key: p, info: null, f: 0, f2: 0, attached, num: null });
      i++;
      attached = true;
      continue;
    }
    // Whitespace, emoji, other symbols, control characters, lone surrogates.
    i++;
    attached = false;
  }
  return withoutBars(withTierPrices(withSaleLabels(mergeEach(withoutPriceParticles(mergePhrases(spokenPunctuation(tokens)))))), truncated);
}

/** What may stand before a clause's label: nothing, a break, a clause's punctuation or a bullet. */
const SALE_OPENERS = new Set([',', ';', ':', '-', '.', '*']);

/**
 * English "sale" opening its clause right before an amount is the label of her takings, as
 * "sales" is: "Sabtu: sale 250k, belanja 90k", "today: sale 300k, buy flour 50k". 
 *
 * WHY only there: anywhere else "sale" is a discount ("beli baju sale 35rb", "flash sale"), and
 * a bought thing on sale is no sale of hers. A weekday or day word may stand before it
 * ("kemarin sale 200k").
 */
/** Words of a price cut: "promo: sale 80rb", "harga normal 100rb, sale 80rb". */
const CUT_WORDS = new Set(['promo', 'diskon', 'disc', 'discount', 'potongan', 'harga', 'hrg', 'normal', 'price', 'flash']);

/**
 * Whether the line before `k` makes "sale" a price cut: a number on it ("laku 3 baju, sale 80rb",
 * "beli baju 100rb, sale 80rb": the price on sale of the goods just named) or a word of a price cut.
 */
function saleIsDiscount(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) return false;
    if (t.type === T_NUM || (t.type === T_WORD && ((t.f & F_NUMWORD) !== 0 || CUT_WORDS.has(t.key)))) return true;
  }
  return false;
}

/** English commands of other bots before their "sale" label: "add sale …", "new sale …", "log sale …". */
const SALE_COMMANDS = new Set(['add', 'new', 'log', 'record', 'catat']);

function withSaleLabels(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || t.text !== 'sale' || tokens[i + 1]?.type !== T_NUM) continue;
    let k = i - 1;
    while (k >= 0 && (tokens[k] as Token).type === T_WORD && ((tokens[k] as Token).f & F_DATE) !== 0) k--;
    // "add sale 2 loyang brownies @85rb", "new sale 150k": another bot's command opening the line.
    // The command is "catat", as the bot's own word ("catat sales 150k") is.
    if (k >= 0 && SALE_COMMANDS.has((tokens[k] as Token).text) && (k === 0 || (tokens[k - 1] as Token).type === T_NL)) {
      const rec = lookupWord('catat');
      const c = tokens[k] as Token;
      if (rec !== null) tokens[k] = { ...c, key: rec.canon, info: rec, f: rec.flags, f2: rec.flags2 };
      k--;
    }
    const p = tokens[k];
    if (p !== undefined && p.type !== T_NL && !(p.type === T_PUNCT && SALE_OPENERS.has(p.text))) continue;
    if (saleIsDiscount(tokens, k)) continue;
    const info = lookupWord('sales');
    if (info === null) continue;
    tokens[i] = { ...t, key: info.canon, info, f: info.flags, f2: info.flags2 };
  }
  return tokens;
}

/** The price tiers a seller keeps: "harga reseller", "harga grosir", "harga agen", "harga ecer". */
const PRICE_TIERS = new Set(['reseller', 'reseler', 'resseller', 'agen', 'grosir', 'grosiran', 'ecer', 'eceran', 'member', 'distributor',
  'dropship', 'dropshipper', 'dropshiper', 'langganan']);

/**
 * "ambil keripik 10 bks, harga reseller 8rb": a tier of her price list is a price each — nobody keeps
 * a tier price for a whole lot — so the tier word reads as "satuan" ("harga satuan 8rb"), its text
 * kept. Only between a price word and a number, "harga reseller 8rb"; "reseller beli 10 pcs" is untouched.
 */
function withTierPrices(tokens: Token[]): Token[] {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const p = tokens[i - 1] as Token;
    if (t.type !== T_WORD || !PRICE_TIERS.has(t.key) || p.type !== T_WORD || p.key !== 'harga' || tokens[i + 1]?.type !== T_NUM) continue;
    const info = lookupWord('satuan');
    if (info !== null) tokens[i] = { ...t, key: info.canon, info, f: info.flags, f2: info.flags2 };
  }
  return tokens;
}

/**
 * The bars out of the tokens, their places kept. WHY not a break or a punctuation token: a bar
 * between the cells of one entry ("laku 5 | 75rb", "jual | kue | 10 | 50rb") reads as the space
 * it stands for, as it did before trackers' lines were read; only the readers that part lines
 * at it (tracker-lines.ts) look at `bars`.
 */
function withoutBars(tokens: Token[], truncated: boolean): Lexed {
  let kept: Token[] | null = null;
  const bars: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT && t.text === '|') {
      kept ??= tokens.slice(0, i);
      if (bars[bars.length - 1] !== kept.length) bars.push(kept.length);
      continue;
    }
    if (kept) kept.push(t);
  }
  return { tokens: kept ?? tokens, truncated, bars };
}

/** Punctuation said aloud by a voice keyboard: "koma", "titik". */
const SPOKEN_PUNCT = new Map([['koma', ','], ['titik', '.']]);

function numberish(t: Token | undefined): boolean {
  return t !== undefined && (t.type === T_NUM || (t.type === T_WORD && (t.f & F_NUMWORD) !== 0));
}

/**
 * "jual jamu lima botol koma satu botol lima ribu titik": "koma" and "titik" between words are
 * the comma and the full stop she dictated. Between two numbers ("satu koma lima juta") "koma"
 * stays the decimal mark amount.ts reads.
 */
function spokenPunctuation(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const p = t.type === T_WORD ? SPOKEN_PUNCT.get(t.key) : undefined;
    if (p === undefined || (numberish(tokens[i - 1]) && numberish(tokens[i + 1]))) continue;
    tokens[i] = { type: T_PUNCT, text: p, key: p, info: null, f: 0, f2: 0, attached: t.attached, num: null };
  }
  return tokens;
}

/** Merges two-word phrases ("terima kasih", "hari ini", "tenaga kerja") into one token. */
function mergePhrases(tokens: Token[]): Token[] {
  let merged: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (t.type === T_WORD && next && next.type === T_WORD) {
      const info = lookupPhrase(t.key, next.key) ?? (t.key !== t.text || next.key !== next.text ? lookupPhrase(t.text, next.text) : null);
      if (info) {
        merged ??= tokens.slice(0, i);
        merged.push({ type: T_WORD, text: `${t.text} ${next.text}`, key: info.canon, info, f: info.flags,
          f2: info.flags2, attached: t.attached, num: null });
        i++;
        continue;
      }
    }
    if (merged) merged.push(t);
  }
  return merged ?? tokens;
}

/** "one" said after a price (Indonesian, Javanese, Sundanese, Minang): the price is for each. */
// Betawi "atu" is "satu": "goceng atu" (five thousand for one).
const TRAILING_ONE = new Set(['satu', 'siji', 'hiji', 'ciek', 'sasiji', 'sahiji', 'atu']);

/** A token that ends a money amount with a scale (`digitsOnly`: its digits written as digits) ("15ewu", "15 ribu", "15.000"), not a bare count. */
function trailsAmount(prev: Token | undefined, before: Token | undefined, digitsOnly: boolean): boolean {
  if (prev === undefined) return false;
  // "sembilan ribu satu" all in words is a number (9.001, asked by amount.ts); "9rb satu" is each
  // (and so is a price in words after a price word or a unit: spokenPriceOfOne).
  // A slang price ("goceng satu", "ceban atu") is a whole amount already: "one" after it is each.
  if (prev.type === T_WORD) return ((prev.f & F_SCALE) !== 0 && (!digitsOnly || before?.type === T_NUM)) || (prev.f & F_SLANG) !== 0;
  return prev.type === T_NUM && prev.num !== null && prev.num.ok && (!prev.num.plain || prev.num.value.m >= 1000);
}

/**
 * "harganya dua ribu satu", "3 bungkus tujuh ribu satu": a price said in words after a price
 * word or a counted unit, then "one" — the price of one; nobody prices at Rp2.001. ("laku
 * sembilan ribu satu" with no price word stays the number 9.001; "seribu satu" stays 1.001.)
 */
function spokenPriceOfOne(tokens: readonly Token[], i: number): boolean {
  const scale = tokens[i - 1];
  if (scale?.type !== T_WORD) return false;
  if ((scale.f & F_SCALE) !== 0 && (scale.f2 & G_SE_SCALE) === 0) {
    let k = i - 2;
    while (k >= 0 && tokens[k]?.type === T_WORD && ((tokens[k] as Token).f & F_NUMWORD) !== 0) k--;
    if (k === i - 2) return false;
    const lead = tokens[k];
    return lead?.type === T_WORD && ((lead.f & (F_PRICE | F_UNIT)) !== 0);
  }
  // "12 siki, dua rebu lima ratus sahiji", "harganya dua ribu lima ratus satu": a whole price
  // in words after a counted unit (past its comma) or a price word.
  if (!endsSpokenAmount(tokens, i - 1)) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]?.type === T_WORD && ((tokens[k] as Token).f & (F_NUMWORD | F_SCALE)) !== 0) k--;
  return afterUnit(tokens, k + 1) || (tokens[k]?.type === T_WORD && (((tokens[k] as Token).f & F_PRICE) !== 0));
}

/** The end of an event: the message, a line or a clause ends, or the next event starts. */
function closesEvent(next: Token | undefined): boolean {
  return next === undefined || next.type === T_PUNCT || next.type === T_NL ||
    (next.type === T_WORD && ((next.f & (F_SALE | F_EXPENSE)) !== 0 || (next.f2 & G_CONJ) !== 0 || GO_ON.has(next.key)));
}

/**
 * Words a speaker closes a line with that say nothing of its money: "… lima ribu satu bungkus
 * alhamdulillah", "… 15ewu siji nggih bu". Passed over before asking whether the event ends.
 */
const CLOSING_REMARKS = new Set(['alhamdulillah', 'alhamdulilah', 'hamdalah', 'amin', 'aamiin', 'ya', 'yah', 'yaa', 'deh',
  'bu', 'buk', 'kak', 'mbak', 'mba', 'sis', 'say', 'nggih', 'njih', 'geh', 'hehe', 'wkwk', 'makasih', 'lho', 'loh',
  // Makassar "tawwa" (look at that!, said proudly) and "ces" (bro, sis): "… 300rb mi tawwa".
  'tawwa', 'tawa', 'ces']);

/** Whether the event ends at token k, past any closing remarks ("… satu bungkus alhamdulillah"). */
function closesAt(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j < k + 3 && (tokens[j] as Token).type === T_WORD && CLOSING_REMARKS.has((tokens[j] as Token).key)) j++;
  return closesEvent(tokens[j]);
}

/** Words for "one" before a unit: "satu bungkus", Javanese "sak bungkus" / "siji". */
const ONE_WORDS = new Set(['satu', 'sak', 'siji', 'se', 'sa', 'setunggal', 'setunggil']);
const EACH_ONE = new Map<string, WordInfo>();
const GO_ON = new Set(['terus', 'trus', 'lalu', 'kemudian', 'habis', 'abis', 'terus', 'trs', 'lanjut', 'jadi', 'jd']);
/** Particles between a price and its "one": Makassar "2rb ji satu", "5rb mi satu". */
const PRICE_PARTICLES = new Set(['ji', 'mi', 'ja']);

/**
 * "laku 4 bungkus keripik 1 bungkus 10rb": a digit 1 before a unit already counted earlier
 * in the message is the price's unit, not a second count.
 */
function countedBefore(tokens: Token[], i: number, unit: Token | undefined): boolean {
  if (!unit || unit.type !== T_WORD) return false;
  for (let j = i - 2; j >= 0; j--) {
    const u = tokens[j] as Token;
    if (u.type === T_WORD && u.key === unit.key && tokens[j - 1]?.type === T_NUM) return true;
  }
  return false;
}

/** The unit `unit` was counted earlier in the message ("5 porsi … porsinya 15rb"). */
function countedUnitBefore(tokens: Token[], i: number, unit: string): boolean {
  for (let j = i - 1; j > 0; j--) {
    const u = tokens[j] as Token;
    if (u.type === T_WORD && u.key === unit && (tokens[j - 1]?.type === T_NUM || ((tokens[j - 1]?.f ?? 0) & F_NUMWORD) !== 0)) return true;
  }
  return false;
}

/** The word before tokens[i] (past one comma) is a counting unit: "4 bungkus, ciek 15 ribu". */
function afterUnit(tokens: readonly Token[], i: number): boolean {
  let prev = tokens[i - 1];
  if (prev?.type === T_PUNCT && prev.text === ',') prev = tokens[i - 2];
  return prev !== undefined && prev.type === T_WORD && (prev.f & F_UNIT) !== 0;
}

/** A price ends here: a scale word ("ribu", "sarebu", "ewu") or a number of at least 100. */
function endsPrice(t: Token | undefined): boolean {
  if (t === undefined) return false;
  if (t.type === T_WORD) return (t.f & (F_SCALE | F_CUR_POST)) !== 0;
  return t.type === T_NUM && /^\d{3,}$/.test(t.text.replace(/[.,]/g, '')) && !/^0/.test(t.text);
}

/** A price in words starts here: "sewu", "rong ewu", "sarebu", "goceng". */
function startsSpokenPrice(t: Token | undefined): boolean {
  return t !== undefined && t.type === T_WORD && ((t.f2 & G_SE_SCALE) !== 0 || (t.f & (F_NUMWORD | F_SLANG)) !== 0);
}

/** A number (digits or words) starts here. */
function endsAmountStart(t: Token | undefined): boolean {
  return t !== undefined && (t.type === T_NUM || (t.type === T_WORD && ((t.f2 & G_SE_SCALE) !== 0 || (t.f & (F_NUMWORD | F_SLANG)) !== 0)));
}

/** "mendoan 30, siji sewu": a plain count and a comma before the word for one. */
function afterCount(tokens: readonly Token[], i: number): boolean {
  const comma = tokens[i - 1];
  const count = tokens[i - 2];
  return comma?.type === T_PUNCT && comma.text === ',' && count?.type === T_NUM && count.num !== null && count.num.plain;
}

/**
 * "gas 3kg loro, siji 22ewu", "bros dua, satu 5rb": a count said in a word (two or more,
 * a free number word) just before the comma — "one" after it is one of those, at the price.
 */
function afterCountWord(tokens: readonly Token[], i: number): boolean {
  const comma = tokens[i - 1];
  const count = tokens[i - 2];
  const n = count?.info?.num;
  return comma?.type === T_PUNCT && comma.text === ',' && count?.type === T_WORD && (count.f & F_NUMWORD) !== 0 &&
    count.info?.bound !== true && n !== undefined && Number.isInteger(n) && n >= 2 && n < 100 &&
    // "… dua puluh, satu 5rb" is not a count word alone: the word before it is no number either.
    !(tokens[i - 3]?.type === T_WORD && ((tokens[i - 3] as Token).f & F_NUMWORD) !== 0);
}

function endsAmount(t: Token | undefined): boolean {
  // ("dua ribu lima ratus ji satunya": a spoken amount may end in its hundreds.)
  return t !== undefined && (t.type === T_NUM || (t.type === T_WORD && ((t.f & (F_SCALE | F_CUR_POST)) !== 0 || (t.f2 & G_HUNDRED) !== 0)));
}

/**
 * An amount said in words ends at tokens[i]: "sewu limang atus", "dua ribu lima ratus" — a
 * run of number words holding a scale ("ribu", "sewu") or a hundred ("atus"). "dua puluh" alone
 * is a count, never a price.
 */
function endsSpokenAmount(tokens: readonly Token[], i: number): boolean {
  let scaled = false;
  let k = i;
  for (; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.type !== T_WORD || (t.f & (F_NUMWORD | F_SCALE)) === 0) break;
    if ((t.f & F_SCALE) !== 0 || (t.f2 & G_HUNDRED) !== 0) scaled = true;
  }
  return k < i && scaled && (tokens[i] as Token).type === T_WORD && ((tokens[i] as Token).f & F_NUMWORD) !== 0;
}

/**
 * "5000 satu bungkus", "5ewu sak bungkus", ", satu bungkus 10rb", "1 nya 85rb": the words for
 * one unit next to an amount say the amount is for each, exactly as "sebungkus" does (one
 * token with the each role). "beli satu bungkus rokok 25rb" keeps its quantity: the unit
 * must touch the amount, or end the sentence after it.
 */
/** "doang", "aja", "saja", Javanese "tok"/"wae", Sundanese "hungkul", Makassar "ji": only (that much). */
const ONLY_STRESS = new Set(['doang', 'aja', 'saja', 'tok', 'wae', 'hungkul', 'bae', 'ji']);

/**
 * Every word a branch of `mergeEach` asks about as the token itself: a known word outside
 * them, not an each word, fires none (every branch needs one of these, a "1", an each word or
 * a word the lexicon does not know), so it is passed on with one lookup instead of eight.
 * Built at the first message (each-words.ts's sets are imported).
 */
let MERGE_WORDS: Set<string> | null = null;

function mergeWords(): Set<string> {
  const all = new Set<string>();
  for (const set of [ONLY_STRESS, PRICE_PARTICLES, TRAILING_ONE, ONE_OF_IT, ONE_BEFORE_PRICE, ONE_AFTER_PRICE, ONE_COUNT, ONE_WORDS]) {
    for (const w of set) all.add(w);
  }
  return all;
}

/**
 * Regional particles a speaker ends a price with: Makassar/Bugis "ji", "mi", "pi", Manado "mo",
 * Sabah/Kaltim "bah", Javanese "toh", "lho", Bugis "tabe" — "3rb satu mi", "gopek bah", "2rb ji".
 * They stress the price and say nothing else; left in, "mi" read as goods (noodles) and kept
 * "satu" from naming the price each, so "3rb satu mi" was the number 3.001. Dropped only
 * right after a price (or a price and its "one") and closing the clause.
 */
const END_PARTICLES = new Set(['ji', 'mi', 'pi', 'mo', 'bah', 'toh', 'lho', 'tabe']);
/** "mi" is also noodles and "mo" also "will": only after a price's "one" or after a count of goods. */
const GOODS_PARTICLES = new Set(['mi', 'mo']);

function withoutPriceParticles(tokens: Token[]): Token[] {
  let kept: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // ("… 300rb mi tawwa alhamdulillah": closing remarks after the particle still close the clause.)
    if (t.type === T_WORD && END_PARTICLES.has(t.key) && closesAt(tokens, i + 1) && particleAfterPrice(tokens, i)) {
      kept ??= tokens.slice(0, i);
      continue;
    }
    if (kept) kept.push(t);
  }
  return kept ?? tokens;
}

function particleAfterPrice(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const one = prev?.type === T_WORD && TRAILING_ONE.has(prev.key) && i >= 2 &&
    (trailsAmount(tokens[i - 2], tokens[i - 3], false) || endsSpokenAmount(tokens, i - 2));
  if (one) return true;
  if (!(trailsAmount(prev, tokens[i - 2], false) || endsSpokenAmount(tokens, i - 1))) return false;
  return !GOODS_PARTICLES.has((tokens[i] as Token).key) || countOnLine(tokens, i - 2);
}

/** A plain count (under a thousand) earlier on the line than token `from`: "20 biji, 3rb mi". */
function countOnLine(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.type === T_NL) return false;
    if (t.type === T_NUM && t.num !== null && t.num.ok && t.num.plain && t.num.value.s === 0 && t.num.value.m < 1000) return true;
  }
  return false;
}

function mergeEach(tokens: Token[]): Token[] {
  let merged: Token[] | null = null;
  const words = (MERGE_WORDS ??= mergeWords());
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NUM ? t.text !== '1' : t.type !== T_WORD || (t.info !== null && (t.f2 & G_EACH) === 0 && !words.has(t.key))) {
      if (merged) merged.push(t);
      continue;
    }
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    let info: WordInfo | null = null;
    const one = (t.type === T_NUM && t.text === '1') || (t.type === T_WORD && ONE_COUNT.has(t.key));
    // "goceng doang sebiji", "5rb aja per biji": "only" between a price and its each word
    // stresses the price; left in, it cuts the price from the each word (a total of 5rb).
    // Makassar "dua ribu lima ratus ji satunya", "2.500 mi sebiji": the particle stresses the price the same way.
    if (t.type === T_WORD && (ONLY_STRESS.has(t.key) || PRICE_PARTICLES.has(t.key)) &&
      (endsAmount(prev) || endsSpokenAmount(tokens, i - 1) || ((prev?.f ?? 0) & F_SLANG) !== 0) && next?.type === T_WORD &&
      ((next.f2 & (G_EACH | G_PER)) !== 0 || ONE_OF_IT.has(next.key) ||
        // "10rb ji satu porsi": the particle before "one" and a unit, the same.
        (PRICE_PARTICLES.has(t.key) && ONE_WORDS.has(next.key) && ((tokens[i + 2]?.f ?? 0) & F_UNIT) !== 0))) {
      merged ??= tokens.slice(0, i);
      continue;
    }
    const perUnit = one && next && next.type === T_WORD && next.key === next.text ? possessiveUnit(next.text) : null;
    if (t.type === T_WORD && (t.f2 & G_EACH) !== 0 && t.info?.perUnit !== undefined && next && next.type === T_WORD &&
      POSSESSIVE.has(next.key) && next.key !== 'nya') {
      // "sabungkus e 5 ewu": the possessive written apart is still "per bungkus".
      info = wordInfo(`${t.key}nya`, 0, G_EACH, { perUnit: t.info.perUnit });
    } else if (t.type === T_WORD && PRICE_PARTICLES.has(t.key) && next?.type === T_WORD && TRAILING_ONE.has(next.key) &&
      (trailsAmount(prev, tokens[i - 2], false) || endsSpokenAmount(tokens, i - 1)) && closesEvent(tokens[i + 2])) {
      // "2rb ji satu", "lima ribu mi satu": the particle only stresses the price; "one" after it
      // is each (with a particle between them, "ribu … satu" is no 5.001).
      info = lookupWord('satunya');
    } else if (t.type === T_WORD && TRAILING_ONE.has(t.key) && (trailsAmount(prev, tokens[i - 2], t.key === 'satu' || t.key === 'atu') ||
      spokenPriceOfOne(tokens, i)) && closesAt(tokens, i + 1)) {
      // "regane 15ewu siji", "20 rebu hiji", "50ribu ciek": "one" after an amount names what
      // the amount is for (each), it is not a last digit (15.001).
      info = lookupWord('satunya');
      merged ??= tokens.slice(0, i);
      merged.push({ ...t, key: 'satunya', info, f: info?.flags ?? 0, f2: info?.flags2 ?? 0 });
      continue;
    } else if (t.type === T_WORD && ONE_OF_IT.has(t.key)) {
      info = lookupWord('satunya'); // "sijine 3 ewu", "hijina 3 rebu"
      merged ??= tokens.slice(0, i);
      merged.push({ ...t, key: 'satunya', info, f: info?.flags ?? 0, f2: info?.flags2 ?? 0 });
      continue;
    } else if (t.type === T_WORD && ONE_BEFORE_PRICE.has(t.key) && ((next?.type === T_NUM && (afterUnit(tokens, i) || afterCountWord(tokens, i))) ||
      (startsSpokenPrice(next) && afterCountWord(tokens, i)) ||
      (t.key !== 'satu' && startsSpokenPrice(next) && afterCount(tokens, i)))) {
      info = lookupWord('satunya'); // "4 bungkus, ciek 15 ribu": one (of those) at the price
      merged ??= tokens.slice(0, i);
      merged.push({ ...t, key: 'satunya', info, f: info?.flags ?? 0, f2: info?.flags2 ?? 0 });
      continue;
    } else if (t.type === T_WORD && ONE_AFTER_PRICE.has(t.key) && endsPrice(prev) &&
      !(next && next.type === T_WORD && ((next.f & F_UNIT) !== 0 || POSSESSIVE.has(next.key)))) {
      info = lookupWord('satunya'); // "sarebu hiji", "15 ribu ciek": the price of one
      merged ??= tokens.slice(0, i);
      merged.push({ ...t, key: 'satunya', info, f: info?.flags ?? 0, f2: info?.flags2 ?? 0 });
      continue;
    } else if (next && next.type === T_WORD && (next.key === 'nya' || (POSSESSIVE.has(next.key) && t.type === T_WORD && t.key !== 'sa' &&
      t.key !== 'se')) && one) {
      info = lookupWord('satunya'); // "1 nya 85rb", "satu nya 85rb", "hiji na 3 rebu", "siji ne"
    } else if (t.type === T_WORD && t.info === null && (prev === undefined || (prev.f2 & G_PER) !== 0 || next?.type === T_NUM ||
      ((next?.f ?? 0) & (F_NUMWORD | F_SLANG)) !== 0) && possessiveUnit(t.text) !== null && countedUnitBefore(tokens, i, possessiveUnit(t.text) as string)) {
      // "laku 5 porsi, porsinya 15rb", "per porsinya lima belas ribu": per the unit counted before.
      const unit = possessiveUnit(t.text) as string;
      merged ??= tokens.slice(0, i);
      const each: WordInfo = wordInfo(`${unit}nya`, 0, G_EACH, { perUnit: unit });
      merged.push({ ...t, key: each.canon, info: each, f: 0, f2: G_EACH });
      continue;
    } else if (one && next?.type === T_WORD && (next.f & F_UNIT) !== 0 && tokens[i + 2]?.type === T_WORD &&
      POSSESSIVE.has((tokens[i + 2] as Token).key) && endsAmountStart(tokens[i + 3])) {
      // "1 kg nya 12rb", "satu bungkus e 5 ewu": per one such unit, its possessive written apart.
      const each: WordInfo = wordInfo(`satu ${next.key}nya`, 0, G_EACH, { perUnit: next.key });
      merged ??= tokens.slice(0, i);
      merged.push({ type: T_WORD, text: `${t.text} ${next.text} ${(tokens[i + 2] as Token).text}`, key: each.canon, info: each,
        f: 0, f2: G_EACH, attached: t.attached, num: null });
      i += 2;
      continue;
    } else if (perUnit !== null) {
      // "1 potongnya 5rb", "satu bungkusnya 10rb", "sak porsine 12 ewu": per one such unit.
      info = wordInfo(`satu ${perUnit}nya`, 0, G_EACH, { perUnit });
    } else if (((t.type === T_WORD && ONE_WORDS.has(t.key)) || (t.type === T_NUM && t.text === '1' && countedBefore(tokens, i, next))) &&
      next && next.type === T_WORD && (next.f & F_UNIT) !== 0) {
      const after = tokens[i + 2];
      // "… 5000 satu bungkus terus beli gas": a word that goes on to the next event closes it too.
      // "… 5000 satu bungkus alhamdulillah": a closing remark after it, too.
      const closes = closesAt(tokens, i + 2);
      const opens = after !== undefined && (after.type === T_NUM || startsSpokenPrice(after)) && (prev === undefined || prev.type === T_PUNCT || prev.type === T_NL || prev.type === T_WORD);
      // "sewu limang atus sak bungkus": a price said in words ends before the unit's "one" as digits do.
      // Makassar "10rb ji satu porsi": past the particle that stresses the price (dropped above).
      const stressed = prev?.type === T_WORD && PRICE_PARTICLES.has(prev.key);
      const priced = endsAmount(prev) || endsSpokenAmount(tokens, i - 1) ||
        (stressed && (endsAmount(tokens[i - 2]) || endsSpokenAmount(tokens, i - 2)));
      if ((priced && closes) || (opens && !priced)) {
        info = EACH_ONE.get(next.key) ?? null;
        if (!info) {
          info = wordInfo(`satu ${next.key}`, 0, G_EACH, { perUnit: next.key, one: true });
          if (EACH_ONE.size < 256) EACH_ONE.set(next.key, info);
        }
      }
    }
    if (info && next) {
      merged ??= tokens.slice(0, i);
      merged.push({ type: T_WORD, text: `${t.text} ${next.text}`, key: info.canon, info, f: info.flags, f2: info.flags2,
        attached: t.attached, num: null });
      i++;
      continue;
    }
    if (merged) merged.push(t);
  }
  return merged ?? tokens;
}
