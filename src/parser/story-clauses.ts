/**
 * The story around a record: who bought, where, when and why — words that are no entry.
 *
 * "es lilin laku 50 biji @1rb, anak2 sekolah pada beli pulang ngaji sore tadi", "kulakan cabe
 * 90rb, di pasar deket rumah lagi langka jadi beli yg jauh", "beli benang 3 gulung @4rb, warna
 * merah sama biru": after her amount, a clause with no number that tells who the buyers were
 * ("yang beli", "pada beli"), where or when it happened ("di pasar …", "tadi siang", "sore"),
 * why ("soalnya", "karena", "katanya", "jadi"), or what the goods looked like ("warna",
 * "motif") or how good they were ("bagus", "mahal"). Its verb ("beli" of the buyers, "beli"
 * of the reason) is no second purchase whose price was left out: its words are dropped from the
 * unread lines (record.ts). A clause only counts when one of these listed words stands in it
 * (or it opens with a place word "di"/"ke"/"dari"), no number stands in it, and her money stands
 * before it on the same line: "laku kue 50rb, donat" still asks about the donat.
 *
 * The same clauses carry days that are not the record's day (`storyDates`):
 * - "beli cuko 25rb, soalnya yang kemarin habis": a past day inside a reason clause tells why
 *   she bought, not when; the purchase is of the message's own day.
 * - "beli mentega 32rb buat besok", "bali santan 48rb untuak bisuak": a coming day after "buat"
 *   / "untuk" in a purchase is what it was bought for; the purchase is today's. So when voice
 *   typing puts the money after it: "belanja buat besok telur 56rb", "beli telur buat besok 56rb".
 * - "tapi belum jadi beli" / "liat2 kain buat pesanan minggu depan": a plan clause with no money
 *   after a priced purchase is no entry, and its coming day is not the record's.
 * ("besok beli mentega 32rb" has no purpose word before the day: still a plan, still asked.)
 */
import { inPastPrice, mayHoldPastPrice, pastPriceSpans } from './past-price.ts';
import type { Analysis } from './analyze.ts';
import { S_PLAIN, type NumExpr } from './amount.ts';
import type { DateMention } from './dates.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { EntryOut } from './entry-drafts.ts';
import type { UnresolvedEntry } from './types.ts';
import { F_EXPENSE, F_NEG, F_PAYVERB, F_SALE } from './word-roles.ts';
import { present, trigger } from './triggers.ts';
import { closingSpans } from './work-paid.ts';
import { isClauseEnd, isSentenceEnd } from './clause-ends.ts';

/** Words that tell the story around an entry (see the file comment). */
const STORY = new Set([
  // who bought
  'pembeli', 'pembelinya', 'pelanggan', 'pelanggannya', 'langganan',
  // why
  'soalnya', 'soale', 'soalny', 'karena', 'karna', 'krn', 'krna', 'sebab', 'katanya', 'jadi', 'jd', 'biar', 'supaya',
  // when
  'tadi', 'td', 'pagi', 'siang', 'sore', 'malam', 'malem', 'subuh', 'pas', 'waktu', 'saat', 'ketika', 'sambil',
  'sekalian', 'skalian', 'pulang', 'abis', 'habis',
  // what the goods looked like, how good they were
  'warna', 'warnanya', 'motif', 'motifnya', 'corak', 'bagus', 'bagus-bagus', 'enak', 'mahal', 'murah', 'langka', 'laris', 'seger', 'segar',
  // a plan not carried out
  'belum', 'blm',
  // how she felt doing it ("…, ngantuk bgt")
  'ngantuk', 'capek', 'cape', 'lelah', 'pegel',
]);
/** "yang beli …", "pada beli": the buyers' verb, not hers. */
const BUYERS_LEAD = new Set(['yang', 'yg', 'pada', 'pd']);
const BUYERS_VERB = new Set(['beli', 'borong', 'ambil', 'pesan', 'pesen', 'mesen', 'order']);
/** A clause that opens with a place: where it happened. */
const PLACE = new Set(['di', 'ke', 'dari', 'dr', 'dekat', 'deket']);
/** Words that open a reason. */
export const REASON: ReadonlySet<string> = new Set(['soalnya', 'soale', 'soalny', 'karena', 'karna', 'krn', 'krna', 'sebab', 'gara', 'gara-gara']);
/** Words of a purpose: "buat besok". */
const PURPOSE = new Set(['buat', 'untuk', 'utk', 'bwt', 'tuk', 'gae']);
/** Words of a purchase (her own verb before a purpose). */
const BUYING = new Set(['beli', 'belanja', 'blanja', 'kulakan', 'kulak', 'nyetok', 'tuku', 'tumbas', 'meuli', 'bali', 'mambali', 'mbeli']);

/** A price that changes: "mau naik jadi 20rb", "katanya turun". */
const PRICE_MOVES = new Set(['naik', 'turun', 'berubah']);
/** Words that report or foretell it: heard, or yet to come. */
const NOT_YET_PAID = new Set(['katanya', 'ktnya', 'kabarnya', 'infonya', 'denger-denger', 'mau', 'bakal', 'akan', 'nanti', 'depan']);

/** The fare of a trip: "ongkos angkot", "bensin", "parkir". */
const FARES = new Set(['ongkos', 'angkot', 'ojek', 'ojol', 'gojek', 'grab', 'becak', 'bentor', 'bensin', 'parkir', 'bajaj', 'bemo']);
/** The errand of that trip, said after its fare: "… 10rb belanja stok", "… 15rb antar pesanan". */
const ERRANDS = new Set(['belanja', 'blanja', 'kulakan', 'kulak', 'nyetok', 'antar', 'anter', 'nganter', 'ngantar', 'jemput']);

const T_STORY = trigger(STORY, BUYERS_VERB, PLACE, REASON, PURPOSE, PRICE_MOVES, ERRANDS);

/** Below this a plain number in a story is a count of people, places or trips, or a clock time. */
const MAX_STORY_COUNT = 1000;

/** The number expression at token j, or undefined. */
function numberAt(a: Analysis, j: number): NumExpr | undefined {
  const k = a.numIn[j];
  return k !== undefined && k >= 0 ? a.nums[k] : undefined;
}
/**
 * A number no story clause may hold: money, or a plain number too large to count. A plain small
 * number ("jam 3 subuh", "ke tiga rumah", "kosong") is a clock time or a count of the story.
 */
function isMoneyLike(a: Analysis, j: number): boolean {
  const ex = numberAt(a, j);
  // (Digits that are no number expression were read as a day or a clock time: "jam 3 subuh".)
  if (ex === undefined) return false;
  if (ex.strength !== S_PLAIN) return true;
  return ex.rupiah !== null && ex.rupiah >= MAX_STORY_COUNT;
}
/** Money (not a count) ends at or before token i, on the same line. */
function moneyBefore(a: Analysis, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = a.tokens[j] as Token;
    if (t.type === T_NL) return false;
    const k = a.numIn[j];
    const ex = k !== undefined && k >= 0 ? a.nums[k] : undefined;
    if (ex !== undefined && ex.rupiah !== null && ex.rupiah >= 1000) return true;
  }
  return false;
}

/** Money (a thousand or more) after token i on its line. */
function moneyAfter(a: Analysis, i: number): boolean {
  for (let j = i; j < a.tokens.length; j++) {
    if ((a.tokens[j] as Token).type === T_NL) return false;
    const k = a.numIn[j];
    const ex = k !== undefined && k >= 0 ? a.nums[k] : undefined;
    if (ex !== undefined && ex.rupiah !== null && ex.rupiah >= 1000) return true;
  }
  return false;
}

/** Her own verbs of an entry: a clause with one is an entry of hers ("tadi laku donat"), not a story. */
const HER_VERBS = new Set(['laku', 'jual', 'terjual', 'kejual', 'payu', 'beli', 'belanja', 'blanja', 'kulak', 'kulakan', 'bayar', 'dapat', 'dapet']);
/** Words before such a verb that make it someone else's, or one not done: "yg beli", "pada beli", "jadi beli", "belum beli". */
const NOT_HERS = new Set(['yang', 'yg', 'pada', 'pd', 'jadi', 'jd', 'belum', 'blm', 'orang', 'org']);

/** Words of paying or owing. */
const OWING = new Set(['bayar', 'dibayar', 'lunas', 'utang', 'hutang', 'ngutang', 'ngebon', 'kasbon', 'bon', 'cicil', 'nyicil', 'dp']);

/** Whether the clause [from, to) tells the story (a listed word, the buyers' verb, or a place first). */
function tellsStory(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (first?.type === T_WORD && PLACE.has(first.key)) return true;
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD) continue;
    // ("bagus-bagus", "seger-seger": a doubled word is its word.)
    if (STORY.has(t.key) || STORY.has(t.text) || STORY.has(t.key.split('-')[0] as string)) return true;
    const next = tokens[j + 1];
    // (The buyers' "beli" is read "laku" in a view of her sale: its written text is looked at too.)
    if (BUYERS_LEAD.has(t.key) && next?.type === T_WORD && (BUYERS_VERB.has(next.key) || BUYERS_VERB.has(next.text))) return true;
  }
  return false;
}

/**
 * Words of a part ("…, baru separo", "sisanya nanti"), and "all" under "not yet" ("…, maaf belum
 * semua"): the clause says the money is not the whole of it, so it is about the entry, never a
 * story beside it. ("pembelinya anak kos semua", "yang lama abis dipake semua": all, no "not": a story.)
 */
const PART = new Set(['sebagian', 'separo', 'separuh', 'setengah', 'setengahnya', 'sisanya', 'kurang']);
const ALL = new Set(['semua', 'semuanya', 'smua']);
const NOT_YET = new Set(['belum', 'blm', 'ga', 'gak', 'nggak', 'ngga', 'tidak', 'tdk', 'ora']);

/** Whether the words [from, to) hold a verb of hers, a word of paying or of how much of it: then they are no story. */
function holdsEntryVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    const before = tokens[j - 1];
    if (t.type === T_WORD && (HER_VERBS.has(t.key) || HER_VERBS.has(t.text)) && !(j > from && before?.type === T_WORD && NOT_HERS.has(before.key))) return true;
    // "…, belum dibayar", "…, mau bayar besok": who owes what is no story (credit readers).
    if (t.type === T_WORD && ((t.f & F_PAYVERB) !== 0 || OWING.has(t.key))) return true;
    if (t.type === T_WORD && (PART.has(t.key) || (ALL.has(t.key) && before?.type === T_WORD && NOT_YET.has(before.key)))) return true;
  }
  return false;
}

/**
 * Token spans [from, to) of story clauses: from a clause that tells the story to its sentence's
 * end, with no money in it (a count or a clock time may stand in it), after her money on the
 * same line.
 */
function storySpans(a: Analysis): Array<[number, number]> {
  const { tokens } = a;
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && !isClauseEnd(t)) continue;
    const start = from;
    from = i + 1;
    // (After a comma: a new sentence — "…22rb. Tadi laku 4 kerudung" — is a line of its own.)
    const opens = tokens[start - 1];
    if (i <= start || opens?.type !== T_PUNCT || (opens.text !== ',' && opens.text !== ';')) continue;
    if (!tellsStory(tokens, start, i) || !moneyBefore(a, start)) continue;
    // The story runs on to the sentence's end, through clauses of its own ("warna pink, ungu sama hijau").
    let end = i;
    while (end < tokens.length && !isSentenceEnd(tokens[end] as Token)) end++;
    let numbered = false;
    for (let j = start; j < end && !numbered; j++) numbered = isMoneyLike(a, j);
    if (numbered || holdsEntryVerb(tokens, start, end)) continue;
    spans.push([start, end]);
    i = end;
    from = end + 1;
  }
  return spans;
}

function spellings(t: Token): string[] {
  const out = [t.text, t.key];
  // "ibu2" is read "ibu-ibu", "liat2" "liat".
  for (const w of [t.text, t.key]) {
    const bare = w.replace(/2$/, '');
    out.push(bare, `${bare}-${bare}`, ...w.split('-'));
  }
  return out;
}

/**
 * "ongkos angkot ke pasar PP 10rb belanja stok": right after the fare of a trip (a fare word opens
 * the line), the errand it was paid for, with no number to the clause's end — no purchase unpriced.
 */
function errandSpans(a: Analysis): Array<[number, number]> {
  const { tokens } = a;
  const out: Array<[number, number]> = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const k = a.numIn[i - 1];
    const ex = k !== undefined && k >= 0 ? a.nums[k] : undefined;
    if (t.type !== T_WORD || !ERRANDS.has(t.key) || ex === undefined || ex.end !== i || ex.rupiah === null || ex.rupiah < 1000) continue;
    let open = ex.start - 1;
    while (open >= 0 && (tokens[open] as Token).type !== T_NL) open--;
    if (!FARES.has(tokens[open + 1]?.key ?? '')) continue;
    let end = i + 1;
    while (end < tokens.length && !isClauseEnd(tokens[end] as Token) && numberAt(a, end) === undefined) end++;
    if (end < tokens.length && numberAt(a, end) !== undefined) continue;
    out.push([i, end]);
  }
  return out;
}

/** The unread lines left once those standing inside a story clause are dropped. */
export function withoutStoryClauses(a: Analysis, unresolved: UnresolvedEntry[]): UnresolvedEntry[] {
  if (unresolved.length === 0) return unresolved;
  // ("…, uangnya udah dikasih", "masuk 175rb dr jualan gorengan": the money handed over, the goods it came from: work-paid.ts.)
  const spans = [...(present(a, T_STORY) ? [...storySpans(a), ...errandSpans(a)] : []), ...closingSpans(a)];
  if (spans.length === 0) return unresolved;
  const words = new Set<string>();
  for (const [from, to] of spans) {
    for (let j = from; j < to; j++) {
      const t = a.tokens[j] as Token;
      if (t.type === T_WORD) for (const w of spellings(t)) words.add(w);
    }
  }
  // (A count may stand with them: "jam 3 subuh", "ke lima rumah pelanggan" — every word of the line is the story's.)
  return unresolved.filter((u) => !(u.reason === 'no_amount' && u.item !== null &&
    u.item.split(/\s+/).every((w) => words.has(w))));
}

/** Whether a purchase word stands before token i on its line. */
function boughtBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.type === T_NL) return false;
    if (t.type === T_WORD && BUYING.has(t.key)) return true;
  }
  return false;
}

/** Events and orders a purchase or a rent is for: "buat acara besok", "untuk hajatan lusa". */
const EVENTS = new Set(['acara', 'acaranya', 'hajatan', 'hajat', 'hajatane', 'pesanan', 'pesenan', 'orderan', 'pengajian', 'kondangan',
  'nikahan', 'resepsi', 'syukuran', 'bazar', 'bazaar', 'event', 'pameran', 'katering', 'catering', 'selametan', 'slametan', 'tahlilan']);
/** Her paying or renting verbs, besides BUYING: the money is out, whatever day the event is. */
const PAYING = new Set(['bayar', 'byr', 'sewa', 'nyewa', 'booking', 'mbayar', 'nyewo']);

/**
 * A coming day right after "buat/untuk <event>" (one or two words of the event: "buat acara besok",
 * "untuk hajatan nikahan lusa") in a line with her own buying, paying or renting verb before the
 * purpose and money in the line: the event is then, the money went out today. "besok bayar sewa
 * tenda 350rb" (the day first: a plan) and "bayar sewa tenda besok 350rb" (no purpose) stay asked.
 */
function forComingEvent(a: Analysis, start: number): boolean {
  const { tokens } = a;
  let p = start - 1;
  let words = 0;
  while (p >= 0 && words < 2 && (tokens[p] as Token).type === T_WORD && !PURPOSE.has((tokens[p] as Token).key)) {
    p--;
    words++;
  }
  if (words === 0 || p < 0 || !PURPOSE.has((tokens[p] as Token).key) || !EVENTS.has(tokens[p + 1]?.key ?? '')) return false;
  let verb = false;
  for (let j = p - 1; j >= 0 && (tokens[j] as Token).type !== T_NL; j--) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && (BUYING.has(t.key) || PAYING.has(t.key))) verb = true;
  }
  if (!verb) return false;
  for (let j = 0; j < tokens.length; j++) {
    const k = a.numIn[j];
    const ex = k !== undefined && k >= 0 ? a.nums[k] : undefined;
    if (ex !== undefined && ex.rupiah !== null && ex.rupiah >= 1000) return true;
  }
  return false;
}

/**
 * "laku lempok yg kemarin 5 batang @45rb": goods, "the ones of yesterday", then their count — which
 * goods were sold (made or left from that day), not the day of the sale. Only right after goods (a
 * word that is no verb of buying or selling), right before a number, and beside another day.
 */
function leftoverGoods(a: Analysis, m: DateMention): boolean {
  const { tokens } = a;
  const that = tokens[m.start - 1];
  const goods = tokens[m.start - 2];
  if (that?.type !== T_WORD || (that.key !== 'yang' && that.key !== 'yg')) return false;
  if (goods?.type !== T_WORD || HER_VERBS.has(goods.key) || BUYERS_VERB.has(goods.key) || (goods.f & (F_SALE | F_EXPENSE)) !== 0) return false;
  return tokens[m.end]?.type === T_NUM;
}

/**
 * The day mentions that are no day of the record: a coming day a purchase was made for
 * ("buat besok"), a day inside a story clause (see the file comment).
 */
export function storyDates(a: Analysis, dates: readonly DateMention[]): DateMention[] {
  // (An old price's day, "…, kemarin masih 15rb", needs no story word: past-price.ts.)
  if (dates.length === 0 || (!present(a, T_STORY) && !mayHoldPastPrice(a))) return [...dates];
  const { tokens } = a;
  let spans: Array<[number, number]> | null = null;
  return dates.filter((m) => {
    const before = tokens[m.start - 1];
    if (m.future && before?.type === T_WORD && PURPOSE.has(before.key) && boughtBefore(tokens, m.start - 1) && moneyBefore(a, m.start)) return false;
    // Voice-typed, the money after the purpose: "belanja buat besok telur 2 kilo 56000", "beli telur buat besok 56rb".
    if (m.future && before?.type === T_WORD && PURPOSE.has(before.key) && boughtBefore(tokens, m.start - 1) && moneyAfter(a, m.end)) return false;
    // ("bayar sewa alat prasmanan buat acara besok 350rb": paid today for tomorrow's event.)
    if (m.future && forComingEvent(a, m.start)) return false;
    // (Only beside another day of the message: alone, "laku donat yg kemarin 10 biji" keeps its day.)
    if (!m.future && m.date !== null && dates.length > 1 && leftoverGoods(a, m)) return false;
    // ("minggu lalu masih 11rb": the day of an old price compared with today's, past-price.ts.)
    if (inPastPrice(pastPriceSpans(a), m.start)) return false;
    spans ??= storySpans(a);
    const inside = spans.find(([from, to]) => m.start >= from && m.end <= to);
    if (inside === undefined) return true;
    // A past day only inside a reason ("soalnya yang kemarin habis"); a coming day in any story clause.
    if (m.future || m.date === null) return false;
    for (let j = inside[0]; j < m.start; j++) {
      const t = tokens[j] as Token;
      if (t.type === T_WORD && (REASON.has(t.key) || (t.key === 'yang' || t.key === 'yg') && tokens[j + 1]?.key === 'lama')) return false;
    }
    return true;
  });
}

/**
 * The plain numbers standing in a story clause ("muter ke tiga rumah pelanggan", "yg biasa lagi
 * kosong"): a count of the story, no number of the record left unread (scan-record.ts's self-check).
 */
export function storyCounts(a: Analysis): Set<NumExpr> {
  const out = new Set<NumExpr>();
  if (a.nums.length < 2 || !present(a, T_STORY)) return out;
  for (const [from, to] of storySpans(a)) {
    for (let j = from; j < to; j++) {
      const ex = numberAt(a, j);
      if (ex !== undefined) out.add(ex);
    }
  }
  return out;
}

/** Wishes and conditions: a story clause holding one still says what may not have happened. */
const IF_WORDS = new Set(['kalau', 'kalo', 'klo', 'kl', 'jika', 'andai', 'seandainya', 'misal', 'misalnya', 'semoga', 'moga', 'rencana', 'rencananya']);
/** "sekalian liat kain …, tapi belum jadi beli": what she only looked at is what was not bought. */
const LOOKED = new Set(['liat', 'lihat', 'liat-liat', 'lihat-lihat', 'nanya', 'tanya', 'cek', 'survei', 'survey']);

/**
 * Tokens of story clauses whose hearsay, plans and days say nothing of the record ("yg beli ibu2
 * pengajian, katanya mau pesen lagi", "sekalian liat kain buat minggu depan tapi belum jadi beli"):
 * marked 1, for not-fact.ts to skip; undefined when there are none. A clause with a wish or a
 * condition, or a negation of what she did ("…, di warung tapi gak jadi"), is not marked: a
 * negation counts only after a word of looking.
 */
export function storyMask(a: Analysis): Uint8Array | undefined {
  if (!present(a, T_STORY) && !mayHoldPastPrice(a)) return undefined;
  let mask: Uint8Array | undefined;
  for (const [from, to] of reportedPriceSpans(a)) {
    mask ??= new Uint8Array(a.tokens.length);
    for (let j = from; j < to; j++) mask[j] = 1;
  }
  for (const [from, to] of storySpans(a)) {
    let looked = false;
    let plain = true;
    for (let j = from; j < to && plain; j++) {
      const t = a.tokens[j] as Token;
      if (t.type !== T_WORD) continue;
      if (LOOKED.has(t.key) || LOOKED.has(t.text.replace(/2$/, ''))) looked = true;
      if (IF_WORDS.has(t.key) || ((t.f & F_NEG) !== 0 && !looked)) plain = false;
    }
    if (!plain) continue;
    mask ??= new Uint8Array(a.tokens.length);
    for (let j = from; j < to; j++) mask[j] = 1;
  }
  return mask;
}

/** "naik jadi 20rb", "naik 20rb": the price moves to an amount ("naik angkot 5rb" is a ride). */
function movesTo(a: Analysis, j: number): boolean {
  const next = a.tokens[j];
  if (next?.type === T_WORD && (next.key === 'jadi' || next.key === 'jd' || next.key === 'ke')) return true;
  return numberAt(a, j) !== undefined;
}

/**
 * Clauses after a comma that report a price she did not pay: "bayar sewa lapak 15rb, katanya bulan
 * depan mau naik jadi 20rb". A price-moving word (`naik`, `turun`) and a word of hearsay or of what
 * is to come stand before its one amount. Token spans [from, to).
 */
function reportedPriceSpans(a: Analysis): Array<[number, number]> {
  const { tokens } = a;
  const out: Array<[number, number]> = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i - 1] as Token;
    if (t.type !== T_PUNCT || t.text !== ',' || !moneyBefore(a, i - 1)) continue;
    let end = i;
    while (end < tokens.length && !isClauseEnd(tokens[end] as Token)) end++;
    let moves = false;
    let told = false;
    const amounts = new Set<NumExpr>();
    for (let j = i; j < end; j++) {
      const u = tokens[j] as Token;
      const ex = numberAt(a, j);
      if (ex !== undefined && isMoneyLike(a, j)) {
        if (!moves || !told) break;
        amounts.add(ex);
      } else if (u.type === T_WORD && PRICE_MOVES.has(u.key) && movesTo(a, j + 1)) moves = true;
      else if (u.type === T_WORD && NOT_YET_PAID.has(u.key)) told = true;
    }
    if (moves && told && amounts.size === 1) out.push([i, end]);
  }
  // "kedele naik lagi / kulakan kedele 25 kg @11.800 / minggu lalu masih 11rb": the old price (past-price.ts).
  out.push(...pastPriceSpans(a));
  return out;
}

/**
 * The entries read from a reported price (see `reportedPriceSpans`), when another entry remains:
 * no money that changed hands. Their clause is marked in `storyMask` too.
 */
export function reportedPriceEntries(a: Analysis, entries: readonly EntryOut[]): EntryOut[] {
  if (entries.length < 2 || (!present(a, T_STORY) && !mayHoldPastPrice(a))) return [];
  const spans = reportedPriceSpans(a);
  if (spans.length === 0) return [];
  const out = entries.filter((e) => e.at !== undefined && spans.some(([from, to]) => (e.at as number) >= from && (e.at as number) < to));
  return out.length < entries.length ? out : [];
}

/**
 * Tokens of every story clause marked 1 ("…, yang lama udah abis dipake semua kemarin"): a verb
 * there is no event of hers (chain-parts.ts). Undefined when there are none.
 */
export function storyTokens(a: Analysis): Uint8Array | undefined {
  if (!present(a, T_STORY) && !mayHoldPastPrice(a)) return undefined;
  let mask: Uint8Array | undefined;
  for (const [from, to] of storySpans(a)) {
    mask ??= new Uint8Array(a.tokens.length);
    for (let j = from; j < to; j++) mask[j] = 1;
  }
  return mask;
}
