/**
 * Whether a message states what happened. Plans, targets, wishes and conditions ("target
 * minggu depan 2jt", "semoga laris 1jt", "kalau laku 50 bisa dapat 500rb"), questions
 * ("berapa untung…"), negated or unfinished events ("gak jadi beli", "belum bisa bayar",
 * "cicilan masih kurang 50rb") and amounts written with a minus sign are not facts to
 * record: the bot asks, or lets them pass. Each finding is a note; the caller caps the
 * confidence below the confident line.
 */
import { soldAfterPlanWord } from './story-sold.ts';
import type { Analysis } from './analyze.ts';
import { F_DURATION, F_EXPENSE, F_FUTURE, F_PERIOD, F_NEG, F_PAYVERB, F_QUESTION, F_REPAY, F_SALE, G_CAPITAL, G_WITHDRAW } from './word-roles.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { trigger } from './triggers.ts';
import { remainderClause } from './debt-remainder.ts';

/** Words of plans, targets, wishes and conditions: what follows has not happened. */
const HYPOTHETICAL = new Set(['target', 'targetnya', 'semoga', 'moga', 'moga-moga', 'mudah-mudahan', 'mudahan', 'kalau',
  'kalo', 'klo', 'kl', 'jika', 'jikalau', 'andai', 'andaikan', 'seandainya', 'rencana', 'rencananya', 'harapan',
  'harapannya', 'berharap', 'pengin', 'ingin', 'cita-cita', 'misalnya', 'misal', 'umpama', 'bakal', 'akan',
  // wishes and dreams: "pengen punya modal 10jt", "mimpi saya omzet 5jt"
  'pengen', 'pingin', 'kepingin', 'kepengen', 'pengennya', 'pinginnya', 'pgn', 'pengin', 'ingin', 'inginnya', 'keinginan',
  'mimpi', 'mimpinya', 'mimpiku', 'impian', 'impiannya', 'impianku', 'bermimpi', 'cita', 'citacita', 'cita-citanya',
  'cita-citaku', 'andaikata', 'moga2', 'mugi', 'muga', 'mugo', 'mugo-mugo', 'kapan-kapan']);
/** Without one of these words, no note is 'hypothetical' (plan-guard.ts asks only for that one). */
export const T_HYPOTHETICAL = trigger(HYPOTHETICAL);
/**
 * A story of the past: "dulu jaman awal usaha modal sy cuma 100rb", "waktu pertama buka omzet
 * 50rb". Not today's money. ("dulu" alone is also "first": "bayar dulu 50rb", "DP dulu".)
 */
const PAST_STORY = new Set(['jaman', 'zaman', 'jamannya', 'zamannya', 'jamanku', 'dahulu', 'doeloe', 'biyen', 'baheula', 'bahula']);
/** After "dulu" (or "waktu"), words that open a story: "dulu waktu …", "dulu pas …", "waktu awal …". */
const STORY_OPEN = new Set(['waktu', 'wkt', 'pas', 'jaman', 'zaman', 'awal', 'pertama', 'sebelum', 'tahun', 'thn', 'masih', 'sblm']);
const STORY_START = new Set(['awal', 'pertama', 'mula', 'mulai']);

/**
 * Hearsay: "ongkir ke bima 45rb katanya", "kata orang harga cabe 80rb", "infonya sewa lapak
 * 300rb". What someone said a thing costs is a quote, not money that moved. ("katanya mau
 * pesan lagi" after a done sale is the buyer's plan: a future word right after it is not
 * hearsay about the amount.)
 */
const HEARSAY = new Set(['katanya', 'ktnya', 'katane', 'jarene', 'cenah', 'ceunah', 'infonya', 'kabarnya', 'denger-denger',
  'dengar-dengar', 'konon', 'kononnya', 'rumornya', 'isunya']);
/** "kata orang", "kata tetangga", "kata temen": "kata" then who said it. */
const SAYERS = new Set(['orang', 'org', 'tetangga', 'teman', 'temen', 'temenku', 'temanku', 'dia', 'mereka', 'suami', 'suamiku',
  'ibu', 'bu', 'pak', 'mbak', 'mas', 'bapak', 'kakak', 'adik', 'adek', 'penjual', 'pedagang', 'kurir', 'sopir', 'supir']);
/** "kata orang", "kata kurirnya", "kata bu Tin": "kata" then who said it (any person word). */
function saidBy(t: Token | undefined): boolean {
  if (t === undefined || t.type !== T_WORD) return false;
  if (SAYERS.has(t.key)) return true;
  // "kurirnya", "penjualnya": someone's, with "-nya"; or a word the lexicon does not know (a name).
  return t.info === null || (t.key.endsWith('nya') && t.key.length > 5);
}
/** After a hearsay word, words of the speaker's own plan: "katanya mau pesan lagi". */
const PLAN_AFTER = new Set(['mau', 'mo', 'pengen', 'pengin', 'akan', 'bakal', 'minta', 'besok', 'nanti', 'suka', 'enak', 'puas']);

/** A shortfall or debt still open ("masih kurang 50rb", "kurang bayar"): not money that moved. */
const SHORTFALL = new Set(['kurang', 'kekurangan', 'nunggak', 'tunggakan']);
/**
 * A promise to pay or do: "dia janji bayar utang 100rb", "aku janji bayar cicilan 500rb", "janjinya
 * mau transfer 200rb" — not yet done. Only right before the verb (a word of "mau"/"akan" between):
 * "bayar sesuai janji 100rb", "nepatin janji bayar 100rb" (the promise kept) are facts.
 */
const PROMISE = new Set(['janji', 'berjanji', 'janjinya', 'janjine', 'promised', 'promise', 'promises']);
/**
 * What she thought, not what happened: "tak pikir laku 100rb", "kirain laku 100rb", Javanese "tak kiro
 * payu 100rb", "nyangka untung 50rb" — right before the verb, as a promise is. ("kira", "kira-kira" are
 * also "about": the amount's hedge, read elsewhere.)
 */
const BELIEF = new Set(['pikir', 'mikir', 'kirain', 'kirein', 'kiraen', 'kirane', 'ngira', 'ngiro', 'kiro', 'kukira', 'kupikir',
  'nyangka', 'sangka', 'kusangka', 'thought']);
const PROMISE_KEPT = new Set(['sesuai', 'tepati', 'tepatin', 'nepati', 'nepatin', 'menepati', 'ditepati', 'kept', 'keep']);

/**
 * Asking whether it happened, not saying it did: "masuk gak ya 50rb", "udah masuk belum ya 50rb", "50rb
 * masuk nggak sih", "transferan bu Ani 100rb masuk kah", "apakah 50rb sudah masuk", "udah bayar atau
 * belum". WHY: a yes-or-no question about money coming in names an amount and a verb, so the record
 * reader booked it; it is a question (asked back), never a record. Only these shapes: a negation
 * right before a question particle, after "atau/apa" (or-not), or "belum" closing a "sudah …"
 * clause; the particle "kah" alone, "apakah", or a verb with "-kah" the list holds. ("gak laku ya"
 * — the negation before its verb — stays a negated fact; "laku 50rb ya" is no question.)
 */
const TAG_PARTICLES = new Set(['ya', 'yah', 'yaa', 'yo', 'sih', 'kah', 'toh', 'tah', 'to', 'gitu', 'nih']);
const OR_WORDS = new Set(['atau', 'ato', 'atao', 'apa', 'opo', 'pa']);
const ALREADY_WORDS = new Set(['sudah', 'udah', 'sdh', 'udh', 'dah', 'wis', 'wes', 'uwis']);
const ASKING_WORDS = new Set(['kah', 'apakah', 'apakh', 'masukkah', 'sudahkah', 'udahkah', 'adakah', 'benarkah', 'betulkah', 'bisakah',
  'lakukah', 'bayarkah', 'sampaikah', 'cairkah', 'diterimakah', 'dibayarkah', 'lunaskah', 'transferkah']);

/** Money arriving: "masuk", "cair", "sampai" — "masuk gak?" asks whether it came. */
const ARRIVED = new Set(['masuk', 'cair', 'sampai', 'sampe', 'nyampe', 'nyampai', 'diterima', 'ditransfer', 'dibayar', 'lunas']);

/** A yes-or-no question about whether money moved, anywhere in the message (payment readers ask it too). */
export function asksWhether(a: Analysis): boolean {
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (ASKING_WORDS.has(t.key) || ((t.f & F_NEG) !== 0 && tagQuestionAt(tokens, i))) return true;
  }
  return false;
}

/** Whether the negation at i asks (a tag question): "gak ya", "atau belum", "sudah masuk belum 50rb". */
function tagQuestionAt(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  if (n !== undefined && n.type === T_WORD && TAG_PARTICLES.has(n.key)) return true;
  const p = tokens[i - 1];
  if (p !== undefined && p.type === T_WORD && OR_WORDS.has(p.key) && i >= 2) return true;
  // "transferan masuk gak 50rb", "laku gak 50rb": the negation AFTER its verb (Indonesian negates before
  // it), nothing but an amount or the end after — "or not?".
  if (p !== undefined && p.type === T_WORD && (isVerb(p) || ARRIVED.has(p.key)) &&
    (n === undefined || n.type === T_NUM || n.type === T_NL || (n.type === T_PUNCT && n.text !== '-'))) return true;
  // "udah masuk belum 50rb": "belum" after "sudah"'s verb, no verb after it ("sudah laku 3, belum laku 2" is a fact).
  if (tokens[i]?.key !== 'belum' || (n !== undefined && n.type === T_WORD && isVerb(n))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const u = tokens[k] as Token;
    if (u.type !== T_WORD) return false;
    if (ALREADY_WORDS.has(u.key)) return k < i - 1;
  }
  return false;
}

/**
 * Every key the loop of `notFactNotes` asks about by name: a word outside it (and without a
 * question, negation or future flag, nor a hearsay text) is passed in one lookup instead of five.
 */
const ASKED_KEYS = new Set([...HYPOTHETICAL, ...HEARSAY, ...PAST_STORY, ...SHORTFALL, ...PROMISE, ...BELIEF, 'kata', 'dulu', 'waktu', 'depan', 'lagi',
  ...ASKING_WORDS]);
/**
 * Makassar and Bugis person marks written apart before the verb: "tena pa na bayara" (he has not
 * paid yet), "tena ku bayara" (I did not pay) — between a negation and its verb they are the verb's.
 */
const PERSON_MARKS = new Set(['na', 'ku']);
/** "gak jadi", "nggak jadi", "batal beli": the event did not happen. */
// "gak usah bayar 50rb", "tidak perlu bayar", "tak mampu bayar 500rb", "ga sanggup bayar": no need or
// no means to pay — nothing paid (a modal between the negation and the verb, as "belum bisa bayar").
const CALLED_OFF = new Set(['jadi', 'sempat', 'bisa', 'ada', 'usah', 'perlu', 'mampu', 'sanggup', 'kuat', 'harus']);

/** Whether the promise (or belief) word at i stands right before a verb (a word of intent between), not kept. */
function promisedAt(a: Analysis, i: number): boolean {
  const { tokens } = a;
  if (PROMISE_KEPT.has(tokens[i - 1]?.key ?? '')) return false;
  let j = i + 1;
  for (let n = 0; n < 2 && (ABOUT_TO.has(tokens[j]?.key ?? '') || tokens[j]?.key === 'to'); n++) j++;
  const v = tokens[j];
  return v !== undefined && isVerb(v);
}

/**
 * A plan word that only names what the money is for: "nambah modal 300rb pake duit pribadi,
 * rencananya buat beli bahan". Said after the amount on its line, right before a purpose word,
 * with no amount after it: the plan is the purpose, the money itself moved. ("rencananya beli
 * bahan 200rb" has its own amount: a plan; "rencananya nambah modal 300rb" is before it: a plan.)
 */
const PLAN_OF_PURPOSE = new Set(['rencana', 'rencananya', 'rencanane', 'niatnya', 'pengennya']);
const PURPOSE_AFTER = new Set(['buat', 'untuk', 'utk', 'bwt', 'bt', 'dipake', 'dipakai', 'dipakek']);
const ABOUT_TO = new Set(['mau', 'mo', 'arep', 'akan']);

function planOfPurpose(a: Analysis, i: number): boolean {
  const { tokens } = a;
  if (!PLAN_OF_PURPOSE.has((tokens[i] as Token).key)) return false;
  let j = i + 1;
  if (ABOUT_TO.has(tokens[j]?.key ?? '')) j++;
  if (!PURPOSE_AFTER.has(tokens[j]?.key ?? '')) return false;
  let amountBefore = false;
  for (let k = i - 1; k >= 0 && (tokens[k] as Token).type !== T_NL; k--) if ((tokens[k] as Token).type === T_NUM) amountBefore = true;
  return amountBefore && !a.nums.some((ex) => ex.start > i);
}

function isVerb(t: Token): boolean {
  return t.type === T_WORD && ((t.f & (F_SALE | F_EXPENSE | F_REPAY)) !== 0 || (t.f2 & (G_WITHDRAW | G_CAPITAL)) !== 0);
}

/** Adds note `n` once. A module function, not a named closure: see unknown-hints.ts's `has`. */
function addNote(notes: string[], n: string): void {
  if (!notes.includes(n)) notes.push(n);
}

/** Notes saying why the message is not a statement of fact; empty when it is one. */
export function notFactNotes(a: Analysis, skip?: Uint8Array, creditSale = false): string[] {
  const notes: string[] = [];
  const { tokens } = a;
  // "nyicil utang koperasi 300rb, kurang 4x lagi": what is left to pay, after the amount paid (debt-remainder.ts).
  let rest: Uint8Array | null | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A heading or a chatter line of a whole day's message ("besok libur") says nothing
    // about the other lines (day-lines.ts).
    if (skip !== undefined && skip[i] !== 0) continue;
    if (t.type === T_WORD) {
      if ((t.f & (F_QUESTION | F_NEG | F_FUTURE)) === 0 && !ASKED_KEYS.has(t.key) && !HEARSAY.has(t.text)) continue;
      const prev = tokens[i - 1];
      if (HYPOTHETICAL.has(t.key)) {
        if (!planOfPurpose(a, i)) addNote(notes, 'hypothetical');
      }
      else if ((HEARSAY.has(t.key) || HEARSAY.has(t.text) || (t.key === 'kata' && saidBy(tokens[i + 1]))) &&
        !PLAN_AFTER.has(tokens[i + 1]?.key ?? '') && !PLAN_AFTER.has(tokens[i + 2]?.key ?? '')) addNote(notes, 'not_a_fact');
      else if (PROMISE.has(t.key) || BELIEF.has(t.key)) {
        if (promisedAt(a, i)) addNote(notes, 'not_a_fact');
      }
      else if (PAST_STORY.has(t.key) || (t.key === 'dulu' && (i === 0 || STORY_OPEN.has(tokens[i + 1]?.key ?? ''))) ||
        (t.key === 'waktu' && STORY_START.has(tokens[i + 1]?.key ?? ''))) addNote(notes, 'past_story');
      else if ((t.key === 'depan' || t.key === 'lagi') && prev?.type === T_WORD && (prev.f & (F_PERIOD | F_DURATION)) !== 0 &&
        (t.key === 'depan' || tokens[i - 2]?.type === T_NUM)) {
        // ("… 500rb, sisa 10 bulan lagi": the loan's months left, no day of this payment.)
        if (t.key === 'lagi' && rest === undefined) rest = remainderClause(a);
        if (t.key === 'depan' || rest === null || rest === undefined || rest[i] === 0) addNote(notes, 'future_date'); // "minggu depan", "bulan depan", "3 hari lagi"
      } else if (SHORTFALL.has(t.key)) {
        if (rest === undefined) rest = remainderClause(a);
        if (rest === null || rest[i] === 0) addNote(notes, 'shortfall');
      }
      else if ((t.f & F_QUESTION) !== 0 || ASKING_WORDS.has(t.key)) addNote(notes, 'question');
      else if ((t.f & F_NEG) !== 0 && tagQuestionAt(tokens, i)) addNote(notes, 'question');
      // ("mau adol rujak payu 14 porsi": a story told, the goods sold: story-sold.ts.)
      else if ((t.f & (F_NEG | F_FUTURE)) !== 0 && t.key !== 'bukan' && !soldAfterPlanWord(tokens, i)) {
        // "belum bisa bayar", "gak jadi beli", "nggak ada yang laku": a negation shortly before a verb.
        for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
          const u = tokens[j] as Token;
          if (u.type === T_NUM || u.type === T_NL || (u.type === T_PUNCT && u.text !== '-')) break;
          if (isVerb(u)) {
            // "laku 3 kerudung, belum bayar Bu Tin" is a sale on credit, not a negated one.
            if ((u.f & F_PAYVERB) !== 0 && ((a.f & F_SALE) !== 0 || creditSale)) break;
            addNote(notes, 'not_a_fact');
            break;
          }
          if (!(u.type === T_WORD && (CALLED_OFF.has(u.key) || u.key === 'yang' || u.key === 'yg' || PERSON_MARKS.has(u.key) ||
            (u.f & (F_NEG | F_FUTURE)) !== 0))) break;
        }
      }
    } else if (t.type === T_PUNCT && t.text === '-' && !t.attached && tokens[i + 1]?.type === T_NUM && tokens[i + 1]?.attached) {
      // "-50rb", "laku -5000": a minus sign on an amount (a bullet "- 50rb" has a space after
      // it; a range "10-20rb" or "ke-3" has no space before it).
      const prev = tokens[i - 1];
      if (prev !== undefined && prev.type !== T_NL && prev.type !== T_NUM) addNote(notes, 'negative_amount');
    }
  }
  return notes;
}
