/**
 * The eastern Malay "ba-" verb prefix (Manado, Ambon, Kupang, Papua, North Maluku; Banjar and
 * Malay too): "babeli" (buys), "bajual" (sells), "babayar" (pays), "babelanja" (shops), "baambe"
 * (takes), "bakirim" (sends), "bapinjam" (borrows). The prefix marks the verb as an activity;
 * the meaning is the stem's. WHY a rule and not a list: every money verb takes it, and a
 * form nobody listed ("babelanja", "batransfer") was an unknown word, so the message lost its
 * verb ("babelanja di pasar 75rb" was a guessed sale).
 *
 * Only a stem that is itself a money verb is read (a sale or spending word, or one of the
 * taking, giving, lending and sending verbs below): "barang", "bawang", "bahan", "bakar",
 * "banyak", "bapak" have stems that are no verb and stay what they are. Words the lexicon or
 * the regional list knows keep their own reading ("bali" is Minang and eastern "buy" already,
 * "bautang" owes). Pure: one lookup of the stem, done once per distinct word (lexer.ts caches).
 */
import { lookupWord } from './lexicon.ts';
import { regionalMeaning } from './regional-words.ts';
import { rootOf } from './root-forms.ts';
import { F_EXPENSE, F_SALE } from './word-roles.ts';

/** Stems that are money verbs without a sale or spending role of their own. */
const MONEY_VERBS = new Set(['ambil', 'kasih', 'dikasih', 'pinjam', 'ngutang', 'utang', 'terima', 'kirim', 'transfer', 'setor', 'tambah']);

/** The key the stem of a "ba-" form reads as ("babelanja" → "belanja", "baambe" → "ambil"), or null. */
export function baVerb(word: string): string | null {
  if (word.length < 5 || word.charCodeAt(0) !== 98 /* b */ || word.charCodeAt(1) !== 97 /* a */) return null;
  const stem = word.slice(2);
  const meaning = regionalMeaning(stem) ?? rootOf(stem) ?? stem;
  if (MONEY_VERBS.has(meaning)) return meaning;
  const info = lookupWord(meaning);
  if (info === null || (info.flags & (F_SALE | F_EXPENSE)) === 0) return null;
  return info.canon;
}
