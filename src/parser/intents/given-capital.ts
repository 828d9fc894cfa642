/**
 * Capital given, said with a giving verb: "suami kasih modal 500rb", "ibu kasih modal 300rb",
 * "bapak ngasih modal 1jt", "mertua beri modal 2jt", "dikasih modal sama kakak 500rb".
 *
 * WHY: "kasih" is also her paying someone, so "ibu kasih modal 300rb" was read as an expense
 * while "suami kasih modal" was capital. Capital given with nobody named after it goes into her
 * own business, whoever gave it ("ibu" may be her mother or herself: capital either way).
 * Capital she gives on ("kasih modal ke bu Ani 300rb", "ngasih modal buat usaha adik",
 * "kasih modal anak 200rb") funds somebody else's business: asked, never an expense.
 * One amount, no date, question or loan word (a loan given is business-cash.ts's).
 */
import type { Analysis } from '../analyze.ts';
import { S_PLAIN } from '../amount.ts';
import { C_GUESS } from '../confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import type { ParseResult } from '../types.ts';
import { G_HONORIFIC, G_HOUSEHOLD, G_LOAN } from '../word-roles.ts';
import { present, trigger } from '../triggers.ts';

/** By root (root-forms.ts): "kasih" is every form of kasih, kasi, beri, bere, weneh; "tambah" is "nambahin". */
const GIVE = new Set(['kasih', 'tambah']);
/** Given to her: "dikasih modal sama ibu" ("dikasih" is "diberi", "dibere", "diwenehi" too). */
const GIVEN = new Set(['dikasih', 'dapat', 'nerima', 'terima']);
const CAPITAL = new Set(['modal', 'modal usaha', 'modal usahanya']);
/** Between "modal" and the amount or the end: her own business named, or fillers. */
const OWN_BUSINESS = new Set(['usaha', 'usahaku', 'warung', 'warungku', 'jualan', 'jualanku', 'dagangan', 'toko', 'saya', 'aku', 'ku', 'sy',
  'lagi', 'lg', 'tambahan', 'awal', 'nih', 'ya', 'dong', 'deh', 'sih', 'kemarin', 'td', 'tadi', 'hari', 'ini', 'uang', 'duit', 'sebesar', 'senilai']);
/** Family who give capital, beyond the titles the lexicon knows: regional words for parents and in-laws. */
const GIVERS = new Set(['emak', 'mamak', 'mama', 'mami', 'ayah', 'papa', 'papi', 'abah', 'ambu', 'umak', 'nyak', 'babe', 'bokap',
  'nyokap', 'simbok', 'mbah', 'ortu', 'orangtua', 'orang', 'tua', 'mertua', 'suami', 'istri', 'keluarga', 'saya', 'aku', 'sy', 'ku',
  'tadi', 'td', 'barusan', 'udah', 'sudah', 'baru',
  // Eastern Indonesia: "bapa dong" (father and his), "mama dorang"; "tete", "nene", "opa", "oma" (grandparents).
  'dong', 'dorang', 'tete', 'nene', 'opa', 'oma']);
/** Of OWN_BUSINESS, the words that name no business. */
const FILLER = new Set(['saya', 'aku', 'ku', 'sy', 'lagi', 'lg', 'tambahan', 'awal', 'nih', 'ya', 'dong', 'deh', 'sih', 'kemarin', 'td', 'tadi',
  'hari', 'ini', 'uang', 'duit', 'sebesar', 'senilai']);
/**
 * Purposes that are no business: "modal nikah", "buat beli hp". Said with them the money is a family
 * gift for her own life, not capital: asked.
 */
const PERSONAL = new Set(['nikah', 'menikah', 'nikahan', 'kawin', 'kawinan', 'pernikahan', 'resepsi', 'lamaran', 'hp', 'hape', 'handphone',
  'ponsel', 'umroh', 'umrah', 'haji', 'liburan', 'kuliah', 'wisuda', 'lahiran', 'melahirkan', 'sunatan', 'khitanan']);
/** A return owed: "tapi harus dibalikin", "nanti dicicil" — a loan, not capital: asked. */
const PAY_BACK = new Set(['dibalikin', 'balikin', 'dibalikkan', 'dikembalikan', 'dikembaliin', 'kembalikan', 'kembaliin', 'balikan',
  'dicicil', 'cicil', 'nyicil', 'mencicil', 'pinjam', 'pinjem', 'minjam', 'minjem', 'dipinjam', 'dipinjemin', 'dipinjamkan', 'pinjaman',
  'diganti', 'gantiin', 'digantiin', 'dibayar', 'ngembaliin', 'ngebalikin', 'mbalikin']);
/** Someone's own people: "anak", "adik", named persons are people she could fund. */
const PEOPLE = new Set(['anak', 'anakku', 'adik', 'adek', 'adikku', 'keponakan', 'ponakan', 'tetangga', 'teman', 'temen', 'sodara', 'saudara']);

function oneAmount(a: Analysis): number | null {
  let amount: number | null = null;
  for (const ex of a.nums) {
    if (ex.rupiah === null || ex.strength === S_PLAIN || ex.ambiguous || ex.approx || amount !== null) return null;
    amount = ex.rupiah;
  }
  return amount;
}

/** Whether the words after the capital name someone else as who got it. */
function toSomeoneElse(words: readonly Token[], from: number, giverBefore: boolean): boolean {
  // ("buat usaha", "ke warung" alone are her own business, "buat beli oven" what for; a person
  // named after them is not hers.)
  for (let i = from; i < words.length; i++) {
    const w = words[i] as Token;
    if ((w.f2 & G_HONORIFIC) !== 0 || PEOPLE.has(w.key) || ((w.f2 & G_HOUSEHOLD) !== 0 && !OWN_BUSINESS.has(w.key))) {
      // "dikasih modal sama ibu": the giver, after a passive verb.
      if (!giverBefore && i > 0 && ['sama', 'sm', 'ama', 'dari', 'dr'].includes((words[i - 1] as Token).key)) continue;
      return true;
    }
    // "kasih modal ke …": handed to somewhere; only her own business may follow.
    if (w.key === 'ke' || w.key === 'kepada') {
      const rest = words.slice(i + 1);
      // ("ke warung sebelah" is a neighbour's stall.)
      if (rest.length === 0 || !rest.every((t) => OWN_BUSINESS.has(t.key))) return true;
    }
  }
  return false;
}

const T_GIVE = trigger(GIVE, GIVEN);
const T_CAPITAL = trigger(CAPITAL);
export function detectGivenCapital(a: Analysis): ParseResult | null {
  if (!present(a, T_GIVE) || !present(a, T_CAPITAL)) return null;
  if (a.question || a.truncated || a.dates.length > 0 || (a.f2 & G_LOAN) !== 0) return null;
  if (a.tokens.some((t) => t.type === T_NUM && t.num === null)) return null;
  // One clause only: "suami kasih modal 200rb, beli benang" has a second event, left to the record reader.
  if (a.tokens.some((t, i) => (t.type === T_PUNCT || t.type === T_NL) && i < a.tokens.length - 1)) return null;
  const amount = oneAmount(a);
  if (amount === null) return null;
  // (Words that are part of the amount, "300 rb", "dua ratus ribu", are no words here.)
  const inAmount = (i: number): boolean => a.nums.some((ex) => i >= ex.start && i < ex.end);
  const words = a.tokens.filter((t, i) => t.type === T_WORD && !inAmount(i));
  const cap = words.findIndex((t, i) => CAPITAL.has(t.key) && i > 0 && (GIVE.has((words[i - 1] as Token).key) || GIVEN.has((words[i - 1] as Token).key)));
  if (cap < 0) return null;
  const verb = words[cap - 1] as Token;
  // Only words before the giver's verb are who gave: "suami", "ibu saya", "mertua".
  for (let i = 0; i < cap - 1; i++) {
    const w = words[i] as Token;
    if ((w.f2 & (G_HONORIFIC | G_HOUSEHOLD)) === 0 && !PEOPLE.has(w.key) && !GIVERS.has(w.key)) return null;
  }
  if (toSomeoneElse(words, cap + 1, GIVE.has(verb.key))) return { intent: 'unknown', confidence: C_GUESS };
  // "modal nikah", "buat beli hp": a personal purpose; "tapi harus dibalikin": a loan. Asked.
  if (words.slice(cap + 1).some((t) => PERSONAL.has(t.key) || PAY_BACK.has(t.key) || PAY_BACK.has(t.text))) {
    return { intent: 'unknown', confidence: C_GUESS };
  }
  const giver = words.slice(0, cap - 1).map((t) => t.key).join(' ');
  // "kasih modal 500rb" with nobody giving it and no business of hers named: to whom? Asked.
  if (giver === '' && GIVE.has(verb.key) && !words.slice(cap + 1).some((t) => OWN_BUSINESS.has(t.key) && !FILLER.has(t.key))) {
    return { intent: 'unknown', confidence: C_GUESS };
  }
  return { intent: 'record', entries: [{ kind: 'capital', amount, item: giver === '' ? 'modal' : giver, quantity: null, unit: null, unitPrice: null }],
    date: a.today, confidence: 0.9 };
}

// Without these words it reads nothing (its first test): readIntent does not call it (index.ts, guard-lists.ts).
detectGivenCapital.words = T_GIVE;
