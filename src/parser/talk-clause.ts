/**
 * Talk about the reporting itself, beside a record: "…, tolong dicatat ya bu soalnya aku suka
 * lupa kalo ga langsung lapor", "…\nmaaf baru lapor, td sibuk ngurus anak", "…, alhamdulillah
 * walau capek, semoga besok lebih rame lagi aamiin", "…\nmaaf kalo typo ya bu", "…, kalo ada
 * yg salah tolong dikoreksi", "…, capek tapi seneng", "…, ngantuk bgt". Such a clause holds no
 * money and says nothing about whether the money moved; its "kalo", "semoga", "besok" or
 * "salah" made every reader doubt the record beside it (hypothetical, future_date, undo_word,
 * no_amount). The message is read again without it, by every reader.
 *
 * A clause is parted by a comma, a full stop, "!", ";" or a line. It is talk when it has no
 * number, no "?", no day before today (that day may be the record's), and every word is one of
 * the classes below — an unknown word is goods or a name, so the clause stays — with at least
 * one marker word (apology, asking her to note or correct it, learning, thanks, blessing, wish,
 * feeling, being busy). Guards, each by word class:
 * - a condition ("kalo") only about the reporting: "kalo ada yg salah tolong dikoreksi",
 *   "maaf kalo typo"; "kalo rame" (a condition on trade) stays;
 * - "salah" only when she asks to be corrected; "maaf kalo salah" may doubt the amount: stays;
 * - "typo" only under a condition ("kalo typo"); "maaf typo" may mean the amount: stays;
 * - a bare "maaf", "sorry" between two amounts takes the first back ("laku 80rb, maaf, 85rb"): stays;
 * - a money verb only in a wish ("semoga besok laku lagi"); "semoga laku 500rb" has a number;
 * - a "not" before "jadi" or a word of the reporting ("maaf ga jadi", "ga dicatat ya"): the record
 *   called off or not to be written, stays;
 * - a day ahead beside a word of the reporting, outside a wish ("tolong dicatat besok aja"): the
 *   record's day, maybe — stays.
 *
 * Her story, second pass (Dec 2026): the tails of a fresh set were full of words no list holds
 * ("maaf bu baru lapor soalnya td repot ngurus anak yg lagi rewel", "ini sy ketik pake suara jadi
 * maaf kalo tulisannya berantakan", "td sempet mati lampu jadi baru sempet ngabarin sekarang").
 * Such a clause is judged by its shape, not its words (isStory): a strong marker (sorry, telling,
 * noting, typing, correcting, thanks, blessing, wish) with a reason joiner ("soalnya", "jadi",
 * "sambil"), a word of telling or typing, or thanks or a blessing leading it; and nothing of money
 * in it — no word the lexicon flags as money, a kind or an amount (a taking word beside her phone,
 * "hp nya dipake anak", and a cost she waited on after a reason, "sambil nunggu angkot", are her
 * story), no money still owed or amounts named (MONEY_NOUNS), no word right after a word of noting
 * ("catat sebagai utang"), no time gone by, and a condition only about the telling ("maaf kalo ga
 * pas" stays). Its other words are the story of why she is late, not goods. Also: the clause
 * after such talk when it opens with a reason or "tadi" ("maaf baru lapor, tadi hp dicas"), talk
 * led by a marker after the record's words in one clause ("… lunas alhamdulillah rejeki", "…
 * 250rb gitu bu"), and her calling before the talk ("… ya bu, tolong dicatet").
 */
import { forgetsDay } from './day-unsure.ts';
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { textOf } from './per-day.ts';
import { present, trigger } from './triggers.ts';
import { CHANGE_WORDS } from './money-owner.ts';
import { notToRecordAt } from './record-instruction.ts';
import {
  F_CUR_POST, F_CUR_PRE, F_DATE, F_EXPENSE, F_FUTURE, F_ITEMISH, F_NUMWORD, F_PAYVERB, F_PERIOD, F_PRICE, F_PROFIT, F_QUESTION, F_REPAY, F_SALE, F_SCALE,
  F_SLANG, F_TOTAL, F_UNDO, F_WEAK, G_AGO, G_APPROX, G_CAPITAL, G_CORRECT, G_CREDIT, G_EACH, G_HALF, G_LOAN, G_MULT, G_ORDER, G_PAST, G_PER,
  G_SE_SCALE, G_WITHDRAW,
} from './word-roles.ts';

/** Sorry: "maaf baru lapor", Javanese "ngapunten", "sepurane", Sundanese "punten". */
const APOLOGY = ['maaf', 'maap', 'mf', 'mohon', 'sorry', 'sori', 'sorri', 'afwan', 'ngapunten', 'ngapura', 'nyuwun', 'punten',
  'sepurane', 'sepuntene', 'ampun', 'ampuni'];
/** Telling her: "mau lapor", "nanti sy kabarin", "segitu dulu". */
const TELLING = ['lapor', 'ngelapor', 'melapor', 'laporin', 'lapornya', 'laporannya', 'ngabarin', 'kabarin', 'dikabarin', 'ngabari',
  'kabari', 'dikabari', 'ngelaporin', 'segitu', 'sekian'];
/** Asking her to note it: "tolong dicatat", "nyatetnya", "diinput". */
const NOTE_IT = ['catat', 'dicatat', 'dicatet', 'catet', 'nyatet', 'nyatat', 'nyatetnya', 'nyatatnya', 'mencatat', 'dicatatkan',
  'dicatetin', 'catetin', 'catatin', 'catatnya', 'catetnya', 'input', 'diinput'];
/** Typing it, or saying it by voice: "ngetiknya sambil nunggu angkot", "sy ketik pake suara", "vn". */
const TYPING = ['ngetik', 'ketik', 'diketik', 'ngetiknya', 'ketikan', 'ketikannya', 'mengetik', 'tulisan', 'tulisannya', 'nulis',
  'nulisnya', 'voice', 'vn', 'voicenote', 'rekaman', 'dikte', 'didikte'];
const REPORTING = [...TELLING, ...NOTE_IT, ...TYPING];
/** Inviting her to correct it, and being new to it: "tolong dikoreksi", "masih belajar", "suka lupa". */
const CORRECT_ME = ['koreksi', 'dikoreksi', 'koreksinya', 'benerin', 'dibenerin', 'betulin', 'dibetulin', 'dibetulkan', 'ingetin',
  'diingetin', 'ingatkan', 'diingatkan', 'bimbing', 'dibimbing', 'ajarin', 'diajarin', 'ajari', 'diajari', 'tegur', 'ditegur'];
const LEARNING = ['belajar', 'lupa', 'lupaan', 'pelupa', 'gaptek', 'pemula', 'ngerti', 'paham'];
/** A possible typing slip she apologises for ("kalo typo"): only under a condition. */
const TYPO = ['typo', 'tipo', 'typonya'];
/** Thanks, in the regions' words: "matur nuwun", "hatur nuhun", "makasih". */
const THANKS = ['makasih', 'makasi', 'makasii', 'mksh', 'mksih', 'makasihh', 'terimakasih', 'trimakasih', 'trims', 'tengkyu', 'thanks',
  'thx', 'tks', 'tq', 'nuwun', 'suwun', 'matur', 'nuhun', 'hatur', 'tarimo', 'kasiah'];
/** Blessings and prayers. */
const BLESSING = ['alhamdulillah', 'alhamdulilah', 'alhamdulillaah', 'bismillah', 'aamiin', 'amin', 'amiin', 'aamin', 'insyaallah',
  'insya', 'inshaallah', 'masyaallah', 'barakallah', 'syukur', 'bersyukur', 'berkah', 'barokah', 'rezeki', 'rejeki', 'rizki',
  'doakan', 'doain', 'doanya', 'didoain', 'allah', 'gusti', 'tuhan'];
/** Wishes: "semoga besok lebih rame", Javanese "mugo-mugo", "mugi". */
const WISH = ['semoga', 'moga', 'moga-moga', 'mudah-mudahan', 'mudahan', 'mugo', 'mugo-mugo', 'mugi', 'mugi-mugi', 'muga', 'muga-muga'];
/** Trade going well, in a wish or a feeling: "makin laris", "lancar terus". */
const TRADE_WELL = ['laris', 'rame', 'ramai', 'rami', 'lancar', 'sukses', 'manis', 'berkembang', 'maju', 'sehat'];
/**
 * Feelings and her day: tired (Javanese "kesel", Sundanese "cape pisan", Minang "panek"), sleepy,
 * glad, relieved, busy. Busy also says why the report is late ("td sibuk ngurus anak").
 */
const FEELING = ['capek', 'cape', 'capai', 'lelah', 'letih', 'kesel', 'panek', 'loja', 'pegel', 'pegal', 'ngantuk', 'ngantuknya',
  'seneng', 'senang', 'senengnya', 'bahagia', 'happy', 'bungah', 'gembira', 'sanang', 'lega', 'lego', 'plong', 'puas', 'bangga',
  'terharu', 'semangat', 'pusing', 'sedih', 'bete', 'sibuk', 'repot', 'riweuh', 'rempong', 'keteteran', 'hujan', 'panas',
  'kehujanan', 'kepanasan', 'keringetan', 'ngos-ngosan', 'lemot', 'hehe', 'hihi', 'wkwk', 'wkwkwk', 'hadeh', 'huhu', 'duh', 'aduh'];
/** A condition: allowed only with words of the reporting ("kalo ada yg salah tolong dikoreksi"). */
const CONDITION = ['kalo', 'kalau', 'klo', 'kl', 'kalu', 'jika', 'jikalau', 'misal'];
/** "salah", "keliru": allowed only when she asks to be corrected. */
const WRONG = ['salah', 'keliru', 'salahnya'];

/**
 * Words that may stand in such a clause without making it one: who, to whom, particles,
 * joiners, "still", "already", "not", degrees, days ahead, her household's busy hours.
 */
const GLUE = new Set(['aku', 'saya', 'sy', 'aq', 'ak', 'gue', 'gw', 'kulo', 'kula', 'abdi', 'awak', 'ambo', 'sya', 'ku', 'kami', 'kita',
  'bu', 'buk', 'ibu', 'bunda', 'bun', 'mbak', 'mba', 'mbk', 'kak', 'kakak', 'teh', 'teteh', 'uni', 'mak', 'bude', 'budhe', 'pak', 'mas',
  'ya', 'yah', 'yaa', 'yaaa', 'iya', 'nggih', 'nggeh', 'ngih', 'geh', 'sih', 'deh', 'dong', 'donk', 'kok', 'lho', 'loh', 'nih', 'ni',
  'tuh', 'kan', 'mah', 'atuh', 'euy', 'toh', 'to', 'lah', 'kah', 'pun', 'jg', 'juga', 'ok', 'oke', 'okey', 'sekali', 'pisan',
  'nian', 'bgt', 'banget', 'bngt', 'bener', 'beneran', 'sangat', 'amat', 'lebih', 'makin', 'semakin', 'tambah', 'terus', 'trus',
  'trs', 'selalu', 'lagi', 'lg', 'tapi', 'tp', 'tpi', 'walau', 'walaupun', 'meski', 'meskipun', 'biar', 'biarpun', 'jadi', 'jd',
  'soalnya', 'soale', 'karena', 'karna', 'krn', 'dan', 'sama', 'yg', 'yang', 'ada', 'ini', 'itu', 'iki', 'kuwi', 'td', 'tadi',
  'baru', 'br', 'skrg', 'sekarang', 'saiki', 'masih', 'msh', 'udah', 'udh', 'sudah', 'sdh', 'dah', 'belum', 'blm', 'ga', 'gak',
  'nggak', 'ngga', 'enggak', 'gk', 'tidak', 'tdk', 'ndak', 'nda', 'ora', 'suka', 'sering', 'langsung', 'lgsg', 'langsng', 'tolong',
  'tlg', 'minta', 'bisa', 'bs', 'mau', 'mo', 'dulu', 'dl', 'aja', 'saja', 'ajah', 'wae', 'bae', 'besok', 'besuk', 'nanti', 'nnti',
  'ntar', 'hari', 'hr', 'seharian', 'banyak', 'byk', 'sedikit', 'dikit', 'agak', 'rada', 'lumayan', 'sambil', 'kalian',
  'semua', 'semuanya', 'nya', 'anak', 'anak-anak', 'anakku', 'masak', 'nyuci', 'ngurus', 'ngurusin', 'momong', 'jemput', 'nganter',
  'pulang', 'sekolah', 'rumah', 'pagi', 'siang', 'sore', 'malam', 'malem', 'subuh', 'kasih', 'terima', 'ditunggu', 'nunggu',
  'bantuannya', 'bimbingannya', 'ngerepotin', 'merepotkan', 'kaya', 'kayak', 'biasa', 'gendong', 'nggendong', 'dibantu',
  'bantu', 'telat', 'terlambat', 'kelupaan', 'tenan', 'temen', 'bana', 'ko', 'dalu', 'wengi', 'sempat', 'sempet', 'dari',
  // (Merged by the lexicon into one token.)
  'hari ini', 'tadi pagi', 'tadi siang', 'tadi sore', 'tadi malam', 'sesuk', 'nembe', 'lagek', 'mentas',
  // Her phone, typing: "hp lagi lemot" says why the report is late, never what was sold.
  'hp', 'hpnya', 'sinyal', 'sinyalnya',
  // "sekian laporan hari ini": the report named in a closing; alone ("laporan hari ini") it heads a day's lines.
  'laporan']);

/** A closing after the amount: "… 250rb gitu bu", "…, gitu aja". Only with known words around it. */
const CLOSING = ['gitu', 'gituh', 'begitu', 'gitu aja', 'gitu doang', 'gtu'];
/** "soalnya", "jadi", "sambil": what follows (or, before "jadi", what went before) is why she is late. */
const REASON = new Set(['soalnya', 'soale', 'soalnye', 'karena', 'karna', 'krn', 'krna', 'jadi', 'jd', 'sambil', 'makanya', 'mangkanya',
  'gara-gara', 'garagara', 'gegara', 'polae', 'mergo', 'margi', 'pedah']);
/** How the clause after talk tells why, with no marker of its own: "…, tadi hp dicas", "…, lagi nemenin anak", "…, nembe uih". */
const HANGS = new Set([...REASON, 'td', 'tadi', 'tadi pagi', 'tadi siang', 'tadi sore', 'tadi malam', 'lagi', 'lg', 'masih', 'msh',
  'baru', 'br', 'nembe', 'lagek', 'mentas']);
/** Thanks, blessings, wishes: leading a clause, her words to the reader. */
const GREETING = new Set([...THANKS, ...BLESSING, ...WISH]);
/** Her phone: what it is used for ("hp nya dipake anak") is no money taken. */
// (Not "pulsa", "kuota": she may sell them.)
const PHONE = new Set(['hp', 'hpnya', 'hape', 'hapenya', 'handphone', 'henpon', 'ponsel', 'sinyal', 'sinyalnya', 'batre', 'baterai',
  'batrenya']);
/**
 * Money named without a flag in the lexicon: what is still owed or left ("sisanya besok"), change,
 * cash in hand. A clause with one says something about the money: it is never mere talk.
 */
const MONEY_NOUNS = new Set([...CHANGE_WORDS, 'sisa', 'sisanya', 'sisane', 'kurangnya', 'kurange', 'kekurangannya', 'nyusul',
  'menyusul', 'tunai', 'cash', 'kontan', 'utangnya', 'hutangnya', 'nombok', 'tombok', 'gratis', 'kas', 'nota', 'struk',
  // The amounts themselves: "maaf kalo angkanya ga pas" doubts them.
  'angka', 'angkanya', 'nominal', 'nominalnya', 'itungan', 'itungannya', 'hitungan', 'hitungannya', 'harganya', 'duit', 'uang',
  // Money on its way: "soalnya nunggu transferan dari pembeli" says the sale is not paid yet.
  'transferan', 'transferannya', 'tfan', 'bayaran', 'bayarannya', 'pembayaran', 'pembayarannya', 'pelunasan',
  // A part of it, or goods left with her by someone: "soalnya sebagian masih di bu Ani", "soalnya titipan".
  'sebagian', 'separo', 'separuh', 'panjar', 'persekot', 'titip', 'titipan', 'nitip', 'dititip', 'dititipin', 'konsinyasi',
  // Haggling is about the price: "soalnya pembeli nawar terus".
  'nawar', 'ditawar', 'tawar', 'tawaran', 'nego', 'dinego']);

const MARKER_LISTS = [APOLOGY, REPORTING, CORRECT_ME, LEARNING, TYPO, THANKS, BLESSING, WISH, TRADE_WELL, FEELING, CLOSING];
const MARKERS = new Set(MARKER_LISTS.flat());
/**
 * Markers that make a clause talk even with words no list holds (the story of why she is late):
 * sorry, telling, noting, typing, correcting, thanks, blessings, wishes. Not feelings or trade
 * going well ("capek abis nganter kue" may be the work she is paid for), nor a closing.
 */
const STRONG = new Set([...APOLOGY, ...REPORTING, ...CORRECT_ME, ...THANKS, ...BLESSING, ...WISH]);
/** Markers that may lead talk in the middle of a clause, after its amount ("… lunas alhamdulillah rejeki"). */
const LEADS_MID = new Set([...STRONG, ...CLOSING]);
/** Words of the reporting itself: the only company a condition may keep in such a clause. */
const ABOUT_REPORT = new Set([...APOLOGY, ...REPORTING, ...CORRECT_ME, ...LEARNING, ...TYPO]);
/** The same without "sorry": a condition beside unknown words must be about telling, noting, typing or correcting. */
const ABOUT_TELLING = new Set([...REPORTING, ...CORRECT_ME]);
/** She tells why with a reason, or tells/types: unknown words are then her story. */
const OPENS_STORY = new Set([...APOLOGY, ...REPORTING, ...CORRECT_ME]);
/** ("maaf bu telat kirim laporan": the report named is the telling here, though alone it heads a day's lines.) */
const TELLS = new Set([...TELLING, ...TYPING, 'laporan']);
const NOTES = new Set(NOTE_IT);
const TYPES = new Set(TYPING);
const CONDITIONS = new Set(CONDITION);
const WRONGS = new Set(WRONG);
const CORRECTS = new Set(CORRECT_ME);
const TYPOS = new Set(TYPO);
const WISHES = new Set(WISH);
const SORRY = new Set(APOLOGY);
const BLESSINGS = new Set(BLESSING);
/** Asking, before the word of noting: "tolong dicatat" led from "tolong". */
const ASKING = new Set(['tolong', 'tlg', 'tulung', 'minta', 'mohon']);
/** Calling her, and particles: "… sayur ya bu, tolong dicatet" — said to lead into the talk after them. */
const ADDRESS = new Set(['ya', 'yah', 'yaa', 'iya', 'bu', 'buk', 'ibu', 'bun', 'bunda', 'mbak', 'mba', 'mbk', 'kak', 'teh', 'teteh', 'uni',
  'mak', 'pak', 'mas', 'nggih', 'nggeh', 'ngih', 'geh', 'dong', 'deh', 'nih', 'tuh', 'sih', 'lho', 'loh', 'mah', 'atuh', 'euy', 'toh']);

/** Words of a plan or a day ahead (plan-guard.ts's openers). */
const LEAD_PLAN = new Set(['mau', 'mo', 'mao', 'akan', 'bakal', 'besok', 'besuk', 'sesuk', 'isukan', 'nanti', 'nnti', 'ntar', 'entar',
  'lusa', 'depan', 'rencana', 'rencananya', 'pengen', 'pingin', 'pengin', 'ingin']);
const T_TALK = trigger(MARKERS);
/** Not: "maaf ga jadi" calls the record off, "ga dicatat" asks it not be written — never talk. */
const NOT = new Set(['ga', 'gak', 'nggak', 'ngga', 'enggak', 'gk', 'tidak', 'tdk', 'ndak', 'nda', 'ora']);
/** "jadi" after a "not" ("ga jadi"): called off. */
const GOES_AHEAD = new Set(['jadi', 'jd']);
const ALL = new Set(['semua', 'semuanya']);
const REPORTS = new Set(REPORTING);
/** A day ahead in the clause ("tolong dicatat besok aja", "nanti aja lapornya"): maybe the record's day, unless in a wish. */
const DAY_AHEAD = new Set(['besok', 'besuk', 'sesuk', 'nanti', 'nnti', 'ntar']);

/** Flags of money, its kinds and its amounts: a word with one says something about the money. */
const MONEY_F = F_SALE | F_EXPENSE | F_REPAY | F_PAYVERB | F_PROFIT | F_TOTAL | F_PRICE | F_SLANG | F_NUMWORD | F_SCALE | F_CUR_PRE |
  F_CUR_POST | F_UNDO;
const MONEY_G = G_WITHDRAW | G_CAPITAL | G_LOAN | G_CREDIT | G_ORDER | G_CORRECT | G_APPROX | G_SE_SCALE | G_EACH | G_PER | G_MULT |
  G_HALF;

function parts(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === '!' || t.text === ';'));
}

function isMoneyVerb(t: Token): boolean {
  return (t.f & (F_SALE | F_EXPENSE | F_REPAY)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0;
}

function has(set: ReadonlySet<string>, t: Token): boolean {
  return set.has(t.key) || set.has(t.text);
}

/**
 * Whether a word with a money flag is, in a story told beside the record, no money: her phone
 * used by someone ("hp nya dipake anak", "ketik pake suara": a taking word with no money cue),
 * or a cost named as what she was waiting on after a reason ("sambil nunggu angkot", "soalnya
 * listrik mati").
 */
function storyWord(t: Token, phone: boolean, afterReason: boolean): boolean {
  const weak = (t.f & F_WEAK) !== 0;
  if (weak && phone && (t.f2 & G_WITHDRAW) !== 0 && (t.f & MONEY_F) === 0 && (t.f2 & (MONEY_G & ~G_WITHDRAW)) === 0) return true;
  return weak && afterReason && (t.f & F_ITEMISH) !== 0 && (t.f & (MONEY_F & ~(F_EXPENSE | F_SALE))) === 0 && (t.f2 & MONEY_G) === 0;
}

/** A word some list of this file holds (a marker, glue, a condition or "salah"). */
function listed(t: Token): boolean {
  return has(MARKERS, t) || has(GLUE, t) || has(CONDITIONS, t) || has(WRONGS, t);
}

/**
 * Whether the clause is led by thanks, a blessing or a wish and goes on with a listed word
 * ("makasih bu udah sabar nungguin", "alhamdulillah hari ini cuaca cerah"): her words to the
 * reader. "alhamdulillah bebek juga" goes on with goods: not led so.
 */
function ledByGreeting(a: Analysis, from: number, to: number): boolean {
  let i = from;
  while (i < to && (a.tokens[i] as Token).type === T_WORD && ADDRESS.has((a.tokens[i] as Token).key)) i++;
  const first = a.tokens[i] as Token | undefined;
  if (i >= to || first === undefined || first.type !== T_WORD) return false;
  if (first.key === 'terima' && a.tokens[i + 1]?.key === 'kasih') i++;
  else if (!has(GREETING, first)) return false;
  i++;
  while (i < to && (a.tokens[i] as Token).type === T_WORD && ADDRESS.has((a.tokens[i] as Token).key)) i++;
  const next = a.tokens[i] as Token | undefined;
  return i >= to || next === undefined || next.type !== T_WORD || listed(next);
}

/**
 * Whether tokens [from, to) are talk about the reporting beside a record, told with words no list
 * holds: a strong marker, and a reason or her phone beside sorry, noting or correcting ("maaf
 * baru lapor soalnya td repot ngurus anak yg lagi rewel", "maaf bu baru buka hp"), a word of telling or typing ("nanti kalo ada yg kelewat sy kabarin lagi"), or thanks, a
 * blessing or a wish leading it (ledByGreeting); or, `hanging`, the reason told in the clause after
 * such talk ("maaf baru lapor, tadi hp dicas di rumah tetangga"). Nothing of money in it: no money,
 * kind or amount word, no money still owed or amounts named, no word right after a word of noting
 * ("tolong catat sebagai utang", "dicatat atas nama bu Ani": how to record it). (The checks shared
 * with the known-word path — number, "?", a past day, a condition — are isTalk's.)
 */
function isStory(a: Analysis, from: number, to: number, hanging: boolean): boolean {
  let strong = false;
  let opens = false;
  let tells = false;
  let reason = false;
  let phone = false;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (has(STRONG, t)) strong = true;
    if (has(OPENS_STORY, t)) opens = true;
    if (has(TELLS, t)) tells = true;
    if (has(REASON, t)) reason = true;
    if (has(PHONE, t) || has(TYPES, t)) phone = true;
  }
  if (hanging) {
    const first = a.tokens[from] as Token | undefined;
    if (first?.type !== T_WORD || !has(HANGS, first)) return false;
  } else if (!strong || !(tells || (opens && (reason || phone)) || ledByGreeting(a, from, to))) return false;
  let afterReason = hanging;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (has(REASON, t)) afterReason = true;
    if (has(MONEY_NOUNS, t)) return false;
    const thanks = (t.key === 'terima' && a.tokens[i + 1]?.key === 'kasih') || (t.key === 'kasih' && a.tokens[i - 1]?.key === 'terima');
    const known = has(MARKERS, t) || has(GLUE, t) || thanks;
    if (!known && isMoneyWord(t) && !storyWord(t, phone, afterReason)) return false;
    // "tolong catat sebagai utang", "dicatat atas nama bu Ani": how to record it, not talk.
    const next = a.tokens[i + 1];
    if (has(NOTES, t) && i + 1 < to && next?.type === T_WORD && !has(GLUE, next) && !has(MARKERS, next)) return false;
  }
  return true;
}

/**
 * Whether tokens [from, to) are a clause of talk about the reporting; `hanging`: the clause right
 * after such talk, which may tell why without a marker of its own (isStory).
 */
function isTalk(a: Analysis, from: number, to: number, hanging = false): boolean {
  let marker = hanging;
  let condition = false;
  let aboutReport = false;
  let aboutTelling = false;
  let wrong = false;
  let correct = false;
  let typo = false;
  let wish = false;
  let verb = false;
  let unknown = false;
  let blessing = false;
  let onlySorry = !hanging;
  let reporting = false;
  let ahead = false;
  // Before any amount, a day ahead, a plan or a condition would put the record after it in the
  // future ("besok mau catat, beli tepung 45rb"): plan-guard.ts judges those, as before.
  const lead = !a.nums.some((ex) => ex.end <= from);
  // ", lupa", "lupa harinya": her doubt of the day, not talk (day-unsure.ts asks it).
  if (forgetsDay(a.tokens, from, to)) return false;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (a.numIn[i] !== -1) return false;
    if (t.type !== T_WORD) {
      // A question, or a heading ("Laporan hari ini:").
      if (t.type === T_PUNCT && (t.text === '?' || t.text === ':')) return false;
      continue;
    }
    // A question; a time gone by ("soalnya minggu lalu sakit": the record may be of then).
    // ("yang" carries G_PAST for "minggu yang lalu": only a period or a day with it counts.)
    if ((t.f & F_QUESTION) !== 0 || (t.f2 & G_AGO) !== 0 || ((t.f2 & G_PAST) !== 0 && (t.f & (F_PERIOD | F_DATE)) !== 0)) return false;
    const k = t.key;
    // "maaf ga jadi", "ga dicatat ya": the record called off, or not to be written.
    const next = a.tokens[i + 1];
    if (NOT.has(k) && next?.type === T_WORD && (GOES_AHEAD.has(next.key) || REPORTS.has(next.key))) return false;
    // "maaf belum semua": not all of it (paid? sold? said?) — about the money beside it.
    if ((NOT.has(k) || k === 'belum' || k === 'blm') && next?.type === T_WORD && ALL.has(next.key)) return false;
    if (REPORTS.has(k)) reporting = true;
    if (DAY_AHEAD.has(k)) ahead = true;
    // "terima kasih": thanks, not money received.
    const thanks = (k === 'terima' && a.tokens[i + 1]?.key === 'kasih') || (k === 'kasih' && a.tokens[i - 1]?.key === 'terima');
    if (thanks) {
      marker = true;
      onlySorry = false;
      continue;
    }
    // ("laris" is a sale word too: "gak laris hari ini, cuma 5 porsi" names the sale.)
    const moneyVerb = isMoneyVerb(t);
    if (moneyVerb) verb = true;
    if (lead && (LEAD_PLAN.has(k) || CONDITIONS.has(k) || WISHES.has(k) || (t.f & F_FUTURE) !== 0)) return false;
    if (MARKERS.has(k) || MARKERS.has(t.text)) {
      marker = true;
      if (!SORRY.has(k)) onlySorry = false;
      if (ABOUT_REPORT.has(k)) aboutReport = true;
      if (ABOUT_TELLING.has(k)) aboutTelling = true;
      if (CORRECTS.has(k)) correct = true;
      if (TYPOS.has(k)) typo = true;
      if (WISHES.has(k)) wish = true;
      if (BLESSINGS.has(k)) blessing = true;
    } else if (CONDITIONS.has(k)) condition = true;
    else if (WRONGS.has(k)) wrong = true;
    else if (!moneyVerb && !GLUE.has(k) && !GLUE.has(t.text)) unknown = true;
  }
  if (!marker) return false;
  // An unknown word is goods or a name — unless the clause is her story, told around a strong
  // marker with nothing of money in it (isStory); a condition there must be about the telling
  // ("maaf kalo ga pas" may doubt the amount).
  const story = (unknown || verb) && isStory(a, from, to, hanging);
  if (unknown && (!story || (condition && !aboutTelling))) return false;
  if (condition && !aboutReport) return false;
  if (wrong && !correct) return false;
  if (typo && !condition) return false;
  if (verb && !wish && !story) return false;
  // "tolong dicatat besok aja": when to write it may be the record's day; "semoga besok rame" is a wish,
  // "nanti kalo ada yg kelewat sy kabarin lagi" a promise under a condition.
  if (reporting && ahead && !wish && !condition) return false;
  // "laku 80rb, maaf, 85rb": a bare "sorry" between amounts takes the first one back.
  if (onlySorry && a.nums.some((ex) => ex.end <= from) && a.nums.some((ex) => ex.start >= to)) return false;
  // A day before today may be the record's own ("maaf baru lapor yg kemarin"): the clause stays.
  for (const m of a.dates) {
    if (m.start >= from && m.start < to && !m.future && m.date !== a.today && !(blessing && todaysWeekday(a, m.start, m.end))) return false;
  }
  return true;
}

/**
 * Whether tokens [start, end) are only the name of today's weekday: "alhamdulillah berkah jumat"
 * said on a Friday blesses today (a date reader takes a bare weekday for the last one before today).
 */
function todaysWeekday(a: Analysis, start: number, end: number): boolean {
  const t = a.tokens[start] as Token;
  if (end !== start + 1 || t.info?.weekday === undefined) return false;
  return new Date(`${a.today}T00:00:00Z`).getUTCDay() === t.info.weekday;
}

/**
 * Where talk led by a marker begins inside a clause that is not talk as a whole, after its words
 * of the record ("… langsung dibayar lunas alhamdulillah rejeki", "… 250rb gitu bu"), or -1.
 * (An asking word just before a word of noting goes with it: "… 38.500 tolong dicatat".)
 */
function talkInside(a: Analysis, from: number, to: number): number {
  let record = false;
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (!record) {
      record = a.numIn[i] !== -1 || (t.type === T_WORD && isMoneyWord(t));
      continue;
    }
    if (t.type !== T_WORD || !has(LEADS_MID, t)) continue;
    let start = i;
    if (has(ASKING, a.tokens[start - 1] as Token)) start--;
    // Right after the record's words, or after calling her ("… 50rb ya bu makasih"); "mau lapor",
    // "ga usah dicatat" are no record's words.
    const before = a.tokens[start - 1] as Token;
    if (!(a.numIn[start - 1] !== -1 || (before.type === T_WORD && (isMoneyWord(before) || ADDRESS.has(before.key))))) continue;
    if (isTalk(a, start, to)) return start;
  }
  return -1;
}

/** Whether tokens [from, to) hold sorry, telling, noting, typing or correcting: talk that a reason may follow. */
function opensStory(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (has(OPENS_STORY, tokens[i] as Token)) return true;
  return false;
}

function isMoneyWord(t: Token): boolean {
  return (t.f & MONEY_F) !== 0 || (t.f2 & MONEY_G) !== 0;
}

/**
 * Hides the words calling her at the end of the clause before hidden talk at `at` ("… gerobak sayur
 * ya bu, tolong dicatet, …"): they lead into the talk, and left behind they stood after the goods
 * as if more of them. Not across a line, and never the clause's every word.
 */
function hideAddressBefore(tokens: readonly Token[], hide: Uint8Array, at: number): void {
  let j = at - 1;
  while (j >= 0 && (tokens[j] as Token).type === T_PUNCT && parts(tokens[j] as Token)) j--;
  let k = j;
  while (k >= 0 && (tokens[k] as Token).type === T_WORD && hide[k] === 0 && ADDRESS.has((tokens[k] as Token).key)) k--;
  if (k === j || k < 0) return;
  const before = tokens[k] as Token;
  if (before.type === T_NL || hide[k] === 1 || (before.type === T_PUNCT && parts(before))) return;
  hide.fill(1, k + 1, j + 1);
}

/**
 * The message without its clauses of talk about the reporting, or null when it has none (or no
 * amount outside them to record).
 */
export function withoutReportTalk(a: Analysis): string | null {
  if (a.nums.length === 0 || !present(a, T_TALK)) return null;
  // "ga usah dicatat": record-instruction.ts keeps it out of the books, whatever talk is beside it.
  if (notToRecordAt(a) >= 0) return null;
  const { tokens } = a;
  let hide: Uint8Array | null = null;
  let storyOpen = false;
  for (let from = 0; from < tokens.length;) {
    let to = from;
    while (to < tokens.length && !parts(tokens[to] as Token)) to++;
    let at = -1;
    if (to > from) at = isTalk(a, from, to) || (storyOpen && isTalk(a, from, to, true)) ? from : talkInside(a, from, to);
    // Talk of the reporting that ends at a comma (not a line): the clause after it may say why.
    storyOpen = at >= from && (tokens[to] as Token | undefined)?.type === T_PUNCT && opensStory(tokens, at, to);
    if (at === from) {
      hide ??= new Uint8Array(tokens.length);
      hide.fill(1, from, to);
      // The separator goes with it: the one after it when the clause opens its line (all before it
      // hidden), else the one before it — one separator stays between the clauses around it.
      let k = from - 1;
      while (k >= 0 && hide[k] === 1 && (tokens[k] as Token).type !== T_NL) k--;
      if (k < 0 || (tokens[k] as Token).type === T_NL) {
        let j = to;
        while (j < tokens.length && (tokens[j] as Token).type === T_PUNCT && parts(tokens[j] as Token)) hide[j++] = 1;
        // A line that was all talk: its own line break goes too.
        if (tokens[j]?.type === T_NL) hide[j] = 1;
      } else {
        for (let j = from - 1; j >= 0 && (tokens[j] as Token).type === T_PUNCT && parts(tokens[j] as Token); j--) hide[j] = 1;
      }
      hideAddressBefore(tokens, hide, from);
    } else if (at > from) {
      // Talk after the record's words in the same clause: it goes, the clause's separator stays.
      hide ??= new Uint8Array(tokens.length);
      hide.fill(1, at, to);
      hideAddressBefore(tokens, hide, at);
    }
    from = to + 1;
  }
  if (hide === null) return null;
  const kept = hide;
  if (!a.nums.some((ex) => kept[ex.start] === 0 && ex.rupiah !== null)) return null;
  const text = textOf(tokens, 0, tokens.length, (i) => kept[i] === 1).trim();
  return text === '' ? null : text;
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
withoutReportTalk.words = T_TALK;
