/**
 * A part of a sale restated is never added to it (issue 15): "jual bros 6 pcs 150rb tp bu
 * Endah ngutang 2 pcs (50rb)" is a sale of 150.000 of which 50.000 is owed — not 200.000; and
 * an exchange ("tukar tambah: pembeli balikin 1 gamis (150rb) ganti yg 185rb, nambah 35rb")
 * moves only the money added or given back — never the prices of the two pieces. Until the
 * readers split such a part off exactly, a record that would add or subtract it is asked, not
 * recorded: a wrong amount recorded with confidence is worse than a question.
 */
import type { Analysis } from './analyze.ts';
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import type { ParseResult } from './types.ts';

/** Owing or paying a part: what follows restates part of the sale. */
const PART_WORDS = new Set(['ngutang', 'utang', 'hutang', 'ngebon', 'bon', 'kasbon', 'dibayar', 'bayar', 'byr', 'sisanya', 'sisa',
  'dp', 'nyicil', 'cicil', 'belum', 'blm', 'lunas']);
/** An exchange of pieces: "tukar tambah", "tuker", "ganti", "balikin". */
const EXCHANGE = new Set(['tukar', 'tuker', 'tukeran', 'ditukar', 'dituker', 'nukar', 'nuker']);

/** The note when a record would add a restated part or an exchanged price, else null. */
export function restatedPartNote(a: Analysis, r: ParseResult): string | null {
  if (r.intent !== 'record') return null;
  const tokens = a.tokens;
  if (r.entries.some((e) => e.amount < 0) && tokens.some((t) => t.type === T_WORD && EXCHANGE.has(t.key))) return 'exchange';
  if (r.entries.filter((e) => e.kind === 'sale').length < 2) return null;
  // "… 150rb tp bu Endah ngutang 2 pcs (50rb)": a bracketed amount after a word of owing or paying.
  let seenAmount = false;
  let partWord = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === T_NUM && t.num !== null) {
      const prev = tokens[i - 1];
      if (seenAmount && partWord && prev?.type === T_PUNCT && prev.text === '(') return 'part_of_sale';
      seenAmount = true;
    } else if (seenAmount && t.type === T_WORD && PART_WORDS.has(t.key)) partWord = true;
  }
  return null;
}
