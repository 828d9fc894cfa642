/**
 * delete_entry: "hapus 3", "hapus no. 3", "hapus catatan ke-3", "hapus yang nomor 4",
 * "/hapus 3" (a number from the list she last saw); "yang no 5 dihapus aja dobel" (free order).
 */
import { firstSignificant, isSoft, type Analysis } from '../analyze.ts';
import { S_MONEY } from '../amount.ts';
import { C_PARTIAL, Confidence } from '../confidence.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from '../lexer.ts';
import { M_ORDINAL } from '../marks.ts';
import type { ParseResult } from '../types.ts';
import { exAt, isWordKey, rawInt, scored } from './shared.ts';

const DELETE_WORDS = new Set(['hapus', 'hapuskan', 'delete', 'hps']);
const DELETE_SKIP = new Set(['nomor', 'no', 'nomer', 'nmr', 'yang', 'yg', 'catatan', 'entri', 'baris', 'item', 'ke', 'urutan']);
const NUMBER_WORDS = new Set(['nomor', 'no', 'nomer', 'nmr']);

/** Deleting, in any place of the sentence: "yang no 5 dihapus aja", "no 3 tolong diapus". */
const DELETE_ANYWHERE = new Set([...DELETE_WORDS, 'dihapus', 'hapusin', 'dihapusin', 'apus', 'diapus', 'apusin', 'diapusin', 'ngapus',
  'ngehapus', 'menghapus']);

/**
 * "yang no 5 dihapus aja dobel", "no 3 diapus ya salah": the list number named with "no"/"nomor"
 * and a deleting word anywhere, the number the message's only one (no amount beside it).
 */
function numberedAnywhere(a: Analysis): ParseResult | null {
  const { tokens } = a;
  if (!tokens.some((t) => t.type === T_WORD && DELETE_ANYWHERE.has(t.key))) return null;
  const nums = tokens.map((t, i) => (t.type === T_NUM ? i : -1)).filter((i) => i >= 0);
  if (nums.length !== 1) return null;
  const j = nums[0] as number;
  if (!isWordKey(tokens[j - 1], NUMBER_WORDS) && !(tokens[j - 1]?.text === '.' && isWordKey(tokens[j - 2], NUMBER_WORDS))) return null;
  const n = rawInt(tokens[j]);
  if (n === null || n < 1 || n > 99) return null;
  const ex = exAt(a, j);
  if (ex && ex.end > j + 1) return null; // "no 5 3 bros dihapus": goods after it
  const c = new Confidence(0.9);
  if (a.question) c.cap(C_PARTIAL, 'question');
  return scored({ intent: 'delete_entry', index: n, confidence: 0 }, c);
}

export function detectDeleteEntry(a: Analysis, command: boolean): ParseResult | null {
  const { tokens } = a;
  const first = firstSignificant(a);
  const head = tokens[first];
  if (!head || head.type !== T_WORD) return null;
  const isDelete = DELETE_WORDS.has(head.key) || (command && (head.key === 'batal' || head.key === 'batalkan'));
  const batalWithNumber = (head.key === 'batal' || head.key === 'batalkan') && isWordKey(tokens[first + 1], NUMBER_WORDS);
  if (!isDelete && !batalWithNumber) return command ? null : numberedAnywhere(a);
  let j = first + 1;
  let ordinal = false;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && DELETE_SKIP.has(t.key)) {
      // "nomor 3", "ke-3": a place in the list, never an amount.
      if (NUMBER_WORDS.has(t.key) || t.key === 'ke') ordinal = true;
      j++;
    } else if (t.type === T_PUNCT && (t.text === '.' || t.text === '#' || t.text === ':' || t.text === '-')) j++;
    else break;
  }
  const numTok = tokens[j];
  const n = rawInt(numTok);
  if (n === null) return null;
  if (n < 1 || n > 99) {
    // "hapus 100": the list is numbered 1–99; do not guess which entry is meant.
    return exAt(a, j)?.strength === S_MONEY ? null : { intent: 'unknown', confidence: C_PARTIAL, notes: ['index_out_of_range'] };
  }
  // A money amount or a quantity of goods is not a list number ("hapus 50rb", "hapus 3 bros").
  const ex = exAt(a, j);
  if (ex && ex.end > j + 1) return null;
  for (let k = j + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_PUNCT || t.type === T_NL) continue;
    if (t.type === T_WORD && (isSoft(t) || t.key === 'ya' || t.key === 'aja')) continue;
    return null;
  }
  const c = new Confidence(command || ordinal || a.marks[j] === M_ORDINAL ? 0.95 : 0.9);
  if (a.question) c.cap(C_PARTIAL, 'question');
  return scored({ intent: 'delete_entry', index: n, confidence: 0 }, c);
}
