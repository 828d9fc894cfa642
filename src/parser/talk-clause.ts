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
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { textOf } from './per-day.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_FUTURE, F_QUESTION, F_REPAY, F_SALE, G_CAPITAL, G_WITHDRAW } from './word-roles.ts';

/** Sorry: "maaf baru lapor", Javanese "ngapunten", "sepurane", Sundanese "punten". */
const APOLOGY = ['maaf', 'maap', 'mf', 'mohon', 'sorry', 'sori', 'sorri', 'afwan', 'ngapunten', 'ngapura', 'nyuwun', 'punten',
  'sepurane', 'sepuntene', 'ampun', 'ampuni'];
/** Telling her, asking her to note it: "tolong dicatat", "mau lapor", "nyatetnya", "segitu dulu". */
const REPORTING = ['lapor', 'ngelapor', 'melapor', 'laporin', 'lapornya', 'laporannya', 'catat', 'dicatat', 'dicatet', 'catet',
  'nyatet', 'nyatat', 'nyatetnya', 'nyatatnya', 'mencatat', 'dicatatkan', 'dicatetin', 'catetin', 'catatin', 'catatnya', 'catetnya',
  'input', 'diinput', 'ngabarin', 'kabarin', 'dikabarin', 'segitu', 'sekian', 'ngetik', 'ketik', 'diketik', 'ngetiknya', 'ketikan'];
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

const MARKER_LISTS = [APOLOGY, REPORTING, CORRECT_ME, LEARNING, TYPO, THANKS, BLESSING, WISH, TRADE_WELL, FEELING];
const MARKERS = new Set(MARKER_LISTS.flat());
/** Words of the reporting itself: the only company a condition may keep in such a clause. */
const ABOUT_REPORT = new Set([...APOLOGY, ...REPORTING, ...CORRECT_ME, ...LEARNING, ...TYPO]);
const CONDITIONS = new Set(CONDITION);
const WRONGS = new Set(WRONG);
const CORRECTS = new Set(CORRECT_ME);
const TYPOS = new Set(TYPO);
const WISHES = new Set(WISH);
const SORRY = new Set(APOLOGY);
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

function parts(t: Token): boolean {
  return t.type === T_NL || (t.type === T_PUNCT && (t.text === ',' || t.text === '.' || t.text === '!' || t.text === ';'));
}

function isMoneyVerb(t: Token): boolean {
  return (t.f & (F_SALE | F_EXPENSE | F_REPAY)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0;
}

/** Whether tokens [from, to) are a clause of talk about the reporting. */
function isTalk(a: Analysis, from: number, to: number): boolean {
  let marker = false;
  let condition = false;
  let aboutReport = false;
  let wrong = false;
  let correct = false;
  let typo = false;
  let wish = false;
  let verb = false;
  let onlySorry = true;
  let reporting = false;
  let ahead = false;
  // Before any amount, a day ahead, a plan or a condition would put the record after it in the
  // future ("besok mau catat, beli tepung 45rb"): plan-guard.ts judges those, as before.
  const lead = !a.nums.some((ex) => ex.end <= from);
  for (let i = from; i < to; i++) {
    const t = a.tokens[i] as Token;
    if (a.numIn[i] !== -1) return false;
    if (t.type !== T_WORD) {
      // A question, or a heading ("Laporan hari ini:").
      if (t.type === T_PUNCT && (t.text === '?' || t.text === ':')) return false;
      continue;
    }
    if ((t.f & F_QUESTION) !== 0) return false;
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
      if (CORRECTS.has(k)) correct = true;
      if (TYPOS.has(k)) typo = true;
      if (WISHES.has(k)) wish = true;
    } else if (CONDITIONS.has(k)) condition = true;
    else if (WRONGS.has(k)) wrong = true;
    else if (!moneyVerb && !GLUE.has(k) && !GLUE.has(t.text)) return false;
  }
  if (!marker) return false;
  if (condition && !aboutReport) return false;
  if (wrong && !correct) return false;
  if (typo && !condition) return false;
  if (verb && !wish) return false;
  // "tolong dicatat besok aja": when to write it may be the record's day; "semoga besok rame" is a wish.
  if (reporting && ahead && !wish) return false;
  // "laku 80rb, maaf, 85rb": a bare "sorry" between amounts takes the first one back.
  if (onlySorry && a.nums.some((ex) => ex.end <= from) && a.nums.some((ex) => ex.start >= to)) return false;
  // A day before today may be the record's own ("maaf baru lapor yg kemarin"): the clause stays.
  for (const m of a.dates) if (m.start >= from && m.start < to && !m.future && m.date !== a.today) return false;
  return true;
}

/**
 * The message without its clauses of talk about the reporting, or null when it has none (or no
 * amount outside them to record).
 */
export function withoutReportTalk(a: Analysis): string | null {
  if (a.nums.length === 0 || !present(a, T_TALK)) return null;
  const { tokens } = a;
  let hide: Uint8Array | null = null;
  for (let from = 0; from < tokens.length;) {
    let to = from;
    while (to < tokens.length && !parts(tokens[to] as Token)) to++;
    if (to > from && isTalk(a, from, to)) {
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
    }
    from = to + 1;
  }
  if (hide === null) return null;
  const kept = hide;
  if (!a.nums.some((ex) => kept[ex.start] === 0 && ex.rupiah !== null)) return null;
  const text = textOf(tokens, 0, tokens.length, (i) => kept[i] === 1).trim();
  return text === '' ? null : text;
}
