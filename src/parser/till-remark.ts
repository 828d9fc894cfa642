/**
 * A closing remark that says where the money now sits, in the business's till: "suami ngasih
 * 500rb buat tambah modal usaha bordir, udh aku masukin ke kas usaha", "ibu kasih modal 300rb,
 * udah masuk kas", "laku 200rb, udah aku masukin ke laci". It is no new event and holds no
 * amount of its own: the capital given or the takings are what the money was (an amount in it,
 * "laku 200rb, udah aku masukin ke laci 150rb", is part of the money put away: read so, and asked). Read as a clause of its own,
 * "masukin" put a second capital entry without an amount (asked), or turned the takings into
 * capital, or the capital into an expense.
 *
 * Only a last clause (after a comma, "terus", "dan" or the amount) made of known words: "already", who put it,
 * a verb of putting in, "to/in", the till and whose till. The message is read again without it;
 * the caller keeps that reading only when it is capital or sales.
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { textOf } from './per-day.ts';

/** Verbs of putting money in: Indonesian, Javanese "lebokke", Sundanese "asupkeun". */
const PUT_IN = new Set(['masukin', 'masukkan', 'masukan', 'dimasukin', 'dimasukkan', 'dimasukan', 'masuk', 'taruh', 'taro', 'ditaruh',
  'ditaro', 'simpan', 'simpen', 'disimpan', 'disimpen', 'nyimpen', 'lebokke', 'lebokne', 'dilebokke', 'dilebokne', 'asupkeun',
  'diasupkeun', 'setor', 'setorin', 'disetor', 'disetorin']);
const T_PUT_IN = trigger(PUT_IN);
/** The business's till: "kas", "laci", "brankas", "rekening usaha". */
const TILLS = new Set(['kas', 'laci', 'brankas', 'rekening', 'rek', 'kotak']);
/** Whose till it is, after it: "kas usaha", "laci warung". */
const OWNERS = new Set(['usaha', 'warung', 'toko', 'jualan', 'dagangan', 'bisnis', 'lapak', 'kios', 'bordir', 'jahit', 'olshop']);
/** Words that may stand around the verb: already, who, to/in, a particle. */
const AROUND = new Set(['sudah', 'udah', 'udh', 'dah', 'sdh', 'wis', 'uwis', 'wes', 'tos', 'langsung', 'aku', 'saya', 'sy', 'ku', 'kami',
  'tak', 'ke', 'di', 'dalam', 'dalem', 'ya', 'yah', 'kok', 'kak', 'bu', 'semua', 'semuanya', 'kabeh',
  // Put in later: the takings or the capital are still what the money was ("laku 200rb, nanti aku setor ke kas").
  'nanti', 'ntar', 'entar', 'mau', 'besok', 'sekalian']);
const JOINERS = new Set(['terus', 'trus', 'trs', 'lalu', 'dan', 'terus']);

/** Where the remark clause starts (its first word), or -1; `part` the amount the clause itself holds, or null. */
interface Remark { start: number; part: number | null }
const NONE: Remark = { start: -1, part: null };

function remarkStart(a: Analysis): Remark {
  const { tokens } = a;
  let verb = false;
  let till = false;
  let part: number | null = null;
  let i = tokens.length - 1;
  for (; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.type === T_PUNCT && t.text === ',') break;
    const n = a.numIn[i] as number;
    if (n >= 0) {
      // "…, udah aku masukin ke laci 150rb", "…, 150rb masuk laci": part of the money put away, said
      // after or beside the putting verb — one amount only, and never the clause's first money word.
      const ex = a.nums[n];
      if (!verb && part === null && ex !== undefined && ex.rupiah !== null) { part = ex.rupiah; i = ex.start; continue; }
      // "laku 200rb, 150rb masuk laci": the amount opening the clause is the part put away.
      const before = ex === undefined ? undefined : tokens[ex.start - 1];
      if (verb && till && part === null && ex !== undefined && ex.rupiah !== null && ex.start > 0 && before !== undefined &&
        ((before.type === T_PUNCT && before.text === ',') || (before.type === T_WORD && JOINERS.has(before.key)))) {
        return { start: ex.start - 1, part: ex.rupiah };
      }
      // "laku 200rb masukin ke kas": the amount before it ends the clause before.
      return verb && till ? { start: i + 1, part } : NONE;
    }
    if (t.type !== T_WORD) return NONE;
    if (JOINERS.has(t.key)) break;
    if (PUT_IN.has(t.key) || PUT_IN.has(t.text)) verb = true;
    else if (TILLS.has(t.key)) till = true;
    else if (!OWNERS.has(t.key) && !AROUND.has(t.key) && !AROUND.has(t.text)) return NONE;
  }
  return i > 0 && verb && till ? { start: i, part } : NONE;
}

/**
 * The message without its closing till remark, and the amount the remark named (null when none), or
 * null when it has none (or no money before it). An amount in the remark is where part of the money
 * sits, never a second sale: the caller asks unless it is the whole of what came before.
 */
export function withoutTillRemark(a: Analysis): { text: string; part: number | null } | null {
  if (!present(a, T_PUT_IN)) return null;
  const { start: at, part } = remarkStart(a);
  if (at < 0) return null;
  if (!a.nums.some((ex) => ex.end <= at && ex.rupiah !== null && (a.tokens[ex.start] as Token).type === T_NUM)) return null;
  return { text: textOf(a.tokens, 0, at), part };
}

// Without these words it reads nothing (its first test): its caller does not call it (guard-lists.ts says why).
withoutTillRemark.words = T_PUT_IN;
