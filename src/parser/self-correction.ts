/**
 * An amount taken back in the same message: "beli benang 45rb, eh bukan, 54rb maksudnya",
 * "laku 80rb eh salah 85rb", "tuku benang 45rb dudu, 54rb", "bought thread 45k I mean 54k",
 * "beli benang 45rb eh benang 54rb". The entry after the correction words is no second
 * entry: its amount replaces the one before it (scan-record.ts does the replacing and asks
 * when what was corrected is unclear).
 *
 * It is a correction only when nothing but correction words stands between the two amounts —
 * and the goods named before, said again — with at least one word that takes back on its own
 * ("eh", "salah", "dudu", "I mean"). Words that need such a partner ("bukan", Sundanese
 * "lain", "harusnya") alone are not sure: "laku 45rb bukan 54rb", "dibayar 45rb harusnya 54rb"
 * may be a shortfall as well as a slip, so they are asked. New goods ("45rb, eh sama kancing
 * 10rb") make a second entry, as before.
 */
import type { Analysis } from './analyze.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { F_DATE, F_EXPENSE, F_SALE, F_UNDO } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Words that take back the amount just written on their own: "80rb eh 85rb", "45rb dudu, 54rb" (Javanese), "45k I mean 54k". */
const TAKES_BACK = new Set(['eh', 'ehh', 'eeh', 'salah', 'maksudnya', 'maksud', 'maksudku', 'maksude', 'ralat', 'koreksi', 'sori', 'sorry',
  'maaf', 'maap', 'keliru', 'typo', 'ding', 'deng', 'lho', 'loh', 'dudu', 'mean', 'meant', 'correction', 'oops', 'ups', 'wait']);

/**
 * Sundanese "lain" (not) right after the amount it takes back: "meuli benang 45rb lain, 54rb",
 * "laku 80rb lain 85rb" (wordsBetween writes it so: maybe a slip, asked). Opening a clause after
 * a comma ("bayar listrik 100rb, lain 20rb") it is "other (costs)": a correction only beside
 * "eh" or "salah".
 */
const LAIN_NOT = 'lain:not';

/**
 * Words of a correction that say nothing alone: "eh bukan", "bukan ding", "lho kok", "sorry I
 * meant", "wait no" ("no" is read "nomor"), "eh lain" (Sundanese "not"), "eh yang bener", "salah ketik".
 */
const ALONG = new Set(['bukan', 'lain', 'kok', 'i', 'no', 'nomor', 'saya', 'aku', 'sy', 'yang', 'yg', 'bener', 'benar', 'betul', 'benernya',
  'betulnya', 'harusnya', 'seharusnya', 'ketik', 'tadi', LAIN_NOT]);

/** Of those, the ones that alone may still mean "not" or "should have been": asked, not two entries. */
const ALONE_UNSURE = new Set(['bukan', 'harusnya', 'seharusnya', 'bener', 'benar', 'betul', 'benernya', 'betulnya', LAIN_NOT]);

/**
 * "20rb telur 30rb eh jadi 50rb": "jadi" (so, makes) restates the total (received-total.ts
 * restatedClause), never takes back the amount before it.
 */
const RESTATES = new Set(['jadi', 'jd', 'jdi', 'jadinya', 'total', 'totalnya', 'semua', 'semuanya', 'sum']);

/**
 * The price changed in the same message: "beli gula 20rb, eh ternyata 25rb" (it turned out),
 * "eh naik jadi 25rb", "ganti jadi 22rb". "ternyata" takes back on its own, "ganti" before
 * "jadi" too; "naik" / "turun" / "sekarang" before "jadi" only beside a word that does ("eh"):
 * alone ("beli gula 20rb, sekarang jadi 22rb") which price she paid is asked — never two entries.
 */
const TURNED_OUT = new Set(['ternyata', 'trnyata', 'ternyta', 'tnyata', 'jebule', 'jebul', 'tibake', 'tibakno']);
const CHANGED = new Set(['ganti', 'diganti', 'gnti', 'digantiin']);
const MOVED = new Set(['naik', 'turun', 'sekarang', 'skrg', 'skrng', 'skg', 'saiki', 'berubah', 'mundak', 'mundhak']);
const PRICE_WORDS = new Set(['harga', 'harganya', 'hrg', 'hrgnya', 'regane']);
/** After the new amount, the rest of a change: nothing, or its reason ("soalnya naik"). */
const CHANGE_TAIL = new Set(['soalnya', 'soale', 'karena', 'karna', 'krn', 'sebab', 'ding', 'deng', 'dink', 'aja', 'ya', 'yah']);

/** "laku 50rb eh 30rb lagi", "sold 50k wait 20k more": after the later amount, more of it — a second entry. */
const MORE_AFTER = new Set(['lagi', 'lg', 'more', 'juga', 'jg', 'tambah', 'tambahan', 'again', 'also', 'too', 'maning', 'deui', 'pulo']);

/** "yang lain", "lain lagi": Indonesian "other", never Sundanese "not". */
const OTHER_BEFORE = new Set(['yang', 'yg']);
const OTHER_AFTER = new Set(['lagi', 'lain', 'nya']);

const BUT = new Set(['tapi', 'tp', 'tapinya', 'tetapi', 'melainkan']);

/** How a run of words between two amounts reads. */
export type Correction = 'corrects' | 'unsure' | 'none';

/** Judges the words between the two amounts (`goods`: the words of the goods named before, which may be said again). */
function judge(words: readonly string[], goods: ReadonlySet<string>, tailPlain = true): Correction {
  if (words.length === 0) return 'none';
  let strong = false;
  let unsure = false;
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === 'lain' && (OTHER_BEFORE.has(words[i - 1] ?? '') || OTHER_AFTER.has(words[i + 1] ?? ''))) return 'none';
    // "eh naik jadi 25rb", "ganti jadi 22rb": the price changed to the amount (see TURNED_OUT).
    if ((w === 'jadi' || w === 'jd' || w === 'jdi') && i === words.length - 1 && i > 0 && (MOVED.has(words[i - 1] as string) ||
      CHANGED.has(words[i - 1] as string))) {
      if (CHANGED.has(words[i - 1] as string)) strong = true;
      changed = true;
      continue;
    }
    if (RESTATES.has(w)) return 'none';
    if (TURNED_OUT.has(w)) {
      changed = true;
      strong = true;
    } else if ((MOVED.has(w) || CHANGED.has(w) || PRICE_WORDS.has(w)) && (words[i + 1] === 'jadi' || words[i + 1] === 'jd' ||
      words[i + 1] === 'jdi' || MOVED.has(words[i + 1] ?? '') || CHANGED.has(words[i + 1] ?? ''))) {
      // ("harganya naik jadi": the words before "jadi" are read with it.)
    } else if (TAKES_BACK.has(w)) strong = true;
    else if (ALONE_UNSURE.has(w)) unsure = true;
    else if (!ALONG.has(w) && !goods.has(w)) return 'none';
  }
  // Goods said again with no correction word ("benang 45rb, benang 54rb") are two entries.
  // A changed price with more said after it than its reason ("ternyata 20rb palsu") is asked.
  if (changed) return strong && tailPlain ? 'corrects' : 'unsure';
  if (strong) return 'corrects';
  return unsure && words.every((w) => ALONG.has(w)) ? 'unsure' : 'none';
}

/**
 * The words as written between the number before `e`'s amount and that amount: "45rb lho kok,
 * 54rb" leaves the correction with the first clause, and "yang lain" keeps its "yang", which
 * the goods of an entry drop. Null when they cannot be read (another line, no number before,
 * something else between).
 */
function wordsBetween(a: Analysis, e: EntryOut): string[] | null {
  if (e.at === undefined) return null;
  const words: string[] = [];
  for (let k = e.at - 1; k >= 0; k--) {
    const t = a.tokens[k] as Token;
    if (t.type === T_NL) return null;
    if (a.numIn[k] !== -1) return words.reverse();
    if (t.type === T_WORD) words.push(t.key === 'lain' && (a.numIn[k - 1] ?? -1) !== -1 ? LAIN_NOT : t.key);
    else if (t.type !== T_PUNCT) return null;
  }
  return null;
}

/** Whether the item is nothing but words of a correction, one of them taking back on its own ("eh maksudnya"). */
function onlyCorrectionWords(item: string | null): boolean {
  if (item === null) return false;
  const words = item.split(' ');
  return words.some((w) => TAKES_BACK.has(w)) && words.every((w) => TAKES_BACK.has(w) || ALONG.has(w));
}

/** Whether a word of MORE_AFTER follows `e`'s amount ("30rb lagi", "20k more"): an entry added, not one taken back. */
function moreAfter(a: Analysis, e: EntryOut): boolean {
  if (e.at === undefined) return false;
  const end = a.nums[a.numIn[e.at] as number]?.end;
  if (end === undefined) return false;
  const t = a.tokens[end];
  return t !== undefined && t.type === T_WORD && MORE_AFTER.has(t.key);
}

/** Whether `e`'s clause ends after its amount or goes on with a reason only ("25rb soalnya naik"). */
function plainTail(a: Analysis, e: EntryOut): boolean {
  if (e.at === undefined) return false;
  const end = a.nums[a.numIn[e.at] as number]?.end;
  if (end === undefined) return false;
  const t = a.tokens[end];
  return t === undefined || t.type === T_PUNCT || t.type === T_NL || (t.type === T_WORD && CHANGE_TAIL.has(t.key));
}

const T_CORRECTION = trigger([...TAKES_BACK, ...ALONE_UNSURE, 'lain', ...TURNED_OUT, ...CHANGED, ...MOVED]);

/**
 * Whether `e` only takes back the amount of the entry before it (`prev`, when there is one):
 * 'corrects' — its amount is the one she meant; 'unsure' — maybe, asked; 'none' — an entry of its own.
 */
export function selfCorrection(a: Analysis, e: EntryOut, prev: EntryOut | undefined): Correction {
  if (!present(a, T_CORRECTION)) return 'none';
  // "laku 40 bungkus lontong seceng eh maksudnya 2500 sekilo": a counted or priced entry of another
  // unit whose only "goods" are the correction's words takes something back — what is asked. (Of the
  // same unit, "… eh satu biji lima ribu", it may be a check of the price each: left to the readers.)
  if (e.quantity !== null || e.unitPrice !== null) {
    const otherUnit = prev !== undefined && prev.unit !== null && e.unit !== null && prev.unit !== e.unit;
    return otherUnit && onlyCorrectionWords(e.item) ? 'unsure' : 'none';
  }
  const goods = new Set(prev?.item?.split(' ') ?? []);
  if (moreAfter(a, e)) return 'none';
  const between = wordsBetween(a, e);
  if (between !== null) {
    // "5rb eh salah bukan 45rb tapi 54rb": the amount after "bukan" is the old one named, not
    // the one she meant — which old one is spoken-correction.ts's to find, or asked.
    if (between[between.length - 1] === 'bukan' && BUT.has(a.tokens[a.nums[a.numIn[e.at as number] as number]?.end ?? -1]?.key ?? '')) {
      return 'unsure';
    }
    return judge(between, goods, plainTail(a, e));
  }
  // (A changed price needs an amount before it: "laku 50rb eh ternyata laku lagi 20rb" has none before its 50rb.)
  return e.item === null || (prev === undefined && e.item.split(' ').some((w) => TURNED_OUT.has(w) || CHANGED.has(w) || MOVED.has(w))) ?
    'none' : judge(e.item.split(' '), goods, plainTail(a, e));
}

/**
 * Words that take back what was just *said* (not an amount): "eh bukan", "eh salah", "salah",
 * "maksudnya", "maksud saya", "ralat", "koreksi", "typo", "keliru". "eh" alone is not one: in
 * speech it is a pause as often ("beli apa namanya eh manik manik 30rb").
 */
const RETELLS = new Set(['salah', 'maksudnya', 'maksud', 'maksudku', 'maksude', 'ralat', 'koreksi', 'typo', 'keliru']);
const PAUSES = new Set(['eh', 'ehh', 'eeh', 'sori', 'sorry', 'maaf', 'maap']);
/** Words that may go with them: "eh bukan maksudnya", "maksud saya", "salah ketik", "eh salah sebut". */
const RETELL_ALONG = new Set(['bukan', 'saya', 'aku', 'sy', 'ketik', 'sebut', 'ngomong', 'tulis', 'nulis', 'ding', 'deng', 'ya', 'tadi', 'yang', 'yg',
  'bener', 'benar', 'benernya', 'betulnya']);

/**
 * A wording taken back before any amount: "ongkos jahit eh bukan maksudnya aku terima ongkos
 * permak celana 35rb", "jual eh salah beli gula 20rb". The words before the correction (from the
 * start, no number among them) are what she took back, and are hidden with the correction words,
 * so the rest is read alone. Only when the rest says again what happened (a money verb of its
 * own, a strong or a weak one: "terima", "bayar") and has an amount: "beli gula eh maksudnya gula aren 20rb" keeps "beli" and is read as
 * written. Null when the message has no such correction.
 */
export function wordsTakenBack(a: Analysis): Uint8Array | null {
  if (!present(a, T_CORRECTION)) return null;
  const { tokens } = a;
  for (let m = 1; m < tokens.length; m++) {
    const t = tokens[m] as Token;
    if (t.type === T_NUM || t.type === T_NL || a.numIn[m] !== -1) return null;
    if (t.type !== T_WORD || !(RETELLS.has(t.key) || (PAUSES.has(t.key) && retellsNext(tokens, m)))) continue;
    let j = m;
    let retell = false;
    while (j < tokens.length && (tokens[j] as Token).type === T_WORD && a.numIn[j] === -1 &&
      (RETELLS.has((tokens[j] as Token).key) || PAUSES.has((tokens[j] as Token).key) || RETELL_ALONG.has((tokens[j] as Token).key))) {
      if (RETELLS.has((tokens[j] as Token).key) || (tokens[j] as Token).key === 'bukan') retell = true;
      j++;
    }
    if (!retell) return null;
    // What she took back began an entry (a money word: "ongkos jahit", "jual") and points at no
    // entry before ("catatan kemarin salah, harusnya jual 50rb" corrects the books: intents/correction.ts).
    let began = false;
    for (let k = 0; k < m; k++) {
      const u = tokens[k] as Token;
      if (u.type !== T_WORD) continue;
      if (POINTS_BACK.has(u.key) || (u.f & (F_DATE | F_UNDO)) !== 0) return null;
      if ((u.f & (F_SALE | F_EXPENSE)) !== 0) began = true;
    }
    if (!began) return null;
    let verb = false;
    let money = false;
    for (let k = j; k < tokens.length; k++) {
      const u = tokens[k] as Token;
      if (u.type === T_WORD && (u.f & (F_SALE | F_EXPENSE)) !== 0) verb = true;
      if (a.numIn[k] !== -1) money = true;
    }
    if (!verb || !money) return null;
    const hide = new Uint8Array(tokens.length);
    hide.fill(1, 0, j);
    return hide;
  }
  return null;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
wordsTakenBack.words = T_CORRECTION;

/** Words that point at an entry already written: "yang tadi", "catatan kemarin", "itu". */
const POINTS_BACK = new Set(['yang', 'yg', 'tadi', 'td', 'itu', 'catatan', 'catetan', 'entry', 'entri', 'terakhir', 'sebelumnya', 'kemarin']);

/** "eh bukan", "eh salah", "sori maksudnya": a pause word followed by one that takes back. */
function retellsNext(tokens: readonly Token[], m: number): boolean {
  const n = tokens[m + 1];
  return n !== undefined && n.type === T_WORD && (RETELLS.has(n.key) || n.key === 'bukan');
}
