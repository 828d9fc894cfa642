/**
 * Money lost or won is no sale: "uang jualan hilang 50rb", "kecopetan di pasar 200rb", "ketipu
 * pembeli 150rb uang palsu", "dompet jatuh isinya 100rb hasil jualan"; "dapet uang kaget 1jt
 * dari giveaway", "menang undian 500rb", "dapat hadiah 200rb dari lomba". The amount is real
 * but nothing was sold: the sale words there name the money ("uang jualan", "hasil jualan"),
 * not an event. Alone, such a message records nothing and she is told why in one line; beside
 * a sale she wrote ("laku 10 kue 50rb, tapi 20rb hilang") the whole is asked. A prize beside a
 * sale or purchase is goods ("beli hadiah buat pelanggan 50rb"), not a windfall.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { F_EXPENSE, F_SALE, F_WEAK } from './word-roles.ts';
import { present, trigger } from './triggers.ts';

/** Money gone: lost, stolen, cheated out of, counterfeit. */
const LOST = new Set(['hilang', 'kehilangan', 'kecopetan', 'dicopet', 'kecopet', 'copet', 'kecurian', 'dicuri', 'kemalingan',
  'dimaling', 'maling', 'ketipu', 'tertipu', 'ditipu', 'penipuan', 'dirampok', 'kerampokan', 'raib', 'dijambret', 'kejambret',
  'jambret', 'palsu', 'scam', 'kena scam', 'digondol', 'ical']);
/** "kena tipu": the word after "kena". */
const AFTER_KENA = new Set(['tipu', 'copet', 'jambret', 'maling', 'rampok', 'hipnotis', 'gendam']);
/** "dompet jatuh": money dropped, with a purse or money named. */
const DROPPED = new Set(['jatuh', 'jatoh', 'tercecer', 'ketinggalan']);
const PURSE = new Set(['dompet', 'uang', 'duit', 'uangnya', 'duitnya', 'dompetku']);
/** Money won or given by chance: a prize, a lottery, a giveaway. */
const WON = new Set(['giveaway', 'giveway', 'undian', 'hadiah', 'doorprize', 'doorprise', 'lotre', 'lotere', 'kuis', 'sayembara', 'nomplok']);
/** "uang kaget", "menang lomba". */
const WON_AFTER = new Map([['uang', 'kaget'], ['duit', 'kaget'], ['menang', '*']]);
/** Words before a sale word that make it the money's name: "uang jualan", "hasil jualan". */
/** The words without which no note is found below ("uang kaget" needs its "kaget"). */
const T_LOST_WON = trigger(LOST, ['kena'], DROPPED, WON, ['menang', 'kaget']);
const MONEY_OF = new Set(['uang', 'duit', 'hasil', 'dari', 'dr', 'modal', 'isinya', 'buat', 'untuk', 'utk']);

export interface LostOrWon {
  note: 'money_lost' | 'windfall';
  /** No sale or purchase written beside it: nothing to record. */
  alone: boolean;
}

export function lostOrWon(a: Analysis): LostOrWon | null {
  if (!present(a, T_LOST_WON)) return null;
  const { tokens } = a;
  let note: LostOrWon['note'] | null = null;
  let event = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    const next = tokens[i + 1]?.key ?? '';
    const prev = tokens[i - 1]?.key ?? '';
    if (LOST.has(t.key) || (t.key === 'kena' && AFTER_KENA.has(next)) || (DROPPED.has(t.key) && PURSE.has(prev))) note ??= 'money_lost';
    else if (WON.has(t.key) || (WON_AFTER.has(t.key) && (WON_AFTER.get(t.key) === '*' || WON_AFTER.get(t.key) === next))) note ??= 'windfall';
    // A sale or purchase she wrote as an event ("laku 10 kue", "beli gas"), not the money's name.
    if ((t.f & (F_SALE | F_EXPENSE)) !== 0 && (t.f & F_WEAK) === 0 && !MONEY_OF.has(prev)) event = true;
  }
  if (note === null) return null;
  // "beli hadiah buat pelanggan 50rb", "jual hampers hadiah": the prize is goods, no windfall.
  if (note === 'windfall' && event) return null;
  return { note, alone: !event };
}
