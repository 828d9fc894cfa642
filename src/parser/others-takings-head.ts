/**
 * Other people's takings reported to her: the message opens with a titled person — or two joined
 * by "sama"/"dan" — who got or sold something: "Bu Narti sama Bu Ijah, hari ini dapet 80rb sama
 * 95rb", "bu Narti tadi dapet 80rb, bu Ijah 95rb", "Bu Sumi sama Bu Ijah laku 80rb sama 95rb".
 *
 * WHY: a facilitator or a group member passes on members' results; read as her own sales the
 * books gain money that was never hers. One titled member before a seller's verb is on_behalf
 * (behalf.ts, `member_implicit`); that reader takes one member and the seller's verbs, so two
 * members, and "dapet" (got: their takings, not a sale to them), reach the record — asked here
 * (`others_goods`: "someone else's goods or money — all of it yours?"). A buying verb after the
 * person ("Bu Tin beli 3 bros") is her buyer and is not this.
 */
import type { Analysis } from './analyze.ts';
import { T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { customerAt } from './intents/customer.ts';
import { F_DATE, F_FILLER } from './word-roles.ts';

/** Got or sold: the person's own result ("dapet 80rb", "laku 80rb", "omset 80rb", "hasilnya 80rb"). */
const RESULT = new Set(['dapet', 'dapat', 'dpt', 'dapatnya', 'dapetnya', 'entuk', 'oleh', 'meunang', 'hasil', 'hasilnya', 'laku', 'terjual',
  'omset', 'omzet', 'pemasukan', 'nitip', 'titip']);
/** "and" between two people. */
const JOIN = new Set(['sama', 'sm', 'ama', 'dan', 'dgn', 'dengan', '&']);
/** Words that may stand between the people and the result: "tadi", "hari ini", "nitip ke saya,". */
const BETWEEN = new Set(['tadi', 'td', 'barusan', 'hari', 'ini', 'hr', 'kemarin', 'kmrn', 'udah', 'sudah', 'udh', 'sdh', 'juga', 'jg', 'ke',
  'saya', 'sy', 'aku', 'katanya', 'lapor', 'laporan', 'bilang']);
/** A request: the person is spoken to ("Bu Sumi tolong catat laku 50rb": her own sale, for the facilitator to note). */
const ASKING = new Set(['tolong', 'catat', 'dicatat', 'catatkan', 'catatin', 'mohon', 'minta']);
/** Titles that are also her family's words: "bapak ngojek hari ini dapet 85rb" is her husband, the household's trade. */
const KIN_TITLES = new Set(['bapak', 'ibu', 'mama', 'mamah', 'papa', 'papah', 'ayah', 'emak', 'mak', 'abah', 'umi', 'abi']);
/** How many words may stand between the people and the result. */
const REACH = 6;

/** The message opens with titled people (two joined, or one) and their result follows: the number of people, or 0. */
export function othersTakingsAtHead(a: Analysis): number {
  const { tokens } = a;
  const first = customerAt(a, 0);
  if (first === null || !first.titled || KIN_TITLES.has(tokens[0]?.key ?? '')) return 0;
  let people = 1;
  let j = first.end;
  if (JOIN.has(tokens[j]?.key ?? tokens[j]?.text ?? '')) {
    const second = customerAt(a, j + 1);
    if (second === null || !second.titled) return 0;
    people = 2;
    j = second.end;
  }
  for (let k = j; k < tokens.length && k < j + REACH; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_PUNCT) continue;
    if (t.type !== T_WORD || ASKING.has(t.key)) return 0;
    // (As typed: "Bu Tin beli …" is retagged a sale to her buyer — buyer-buys.ts — and is not this.)
    if (RESULT.has(t.text)) return people;
    if (!BETWEEN.has(t.key) && (t.f & (F_FILLER | F_DATE)) === 0) return 0;
  }
  return 0;
}
