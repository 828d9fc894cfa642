/**
 * Goods picked up by whoever ordered them, then paid for: "kebaya wisuda sampun dipendhet,
 * dibayar 250 ewu" (krama: the graduation kebaya has been collected, paid 250.000), "jahitan
 * sudah diambil, dibayar 150rb", "pesenan tumpeng wis dijupuk, lunas 300 ewu". The taking verb
 * says the goods left her hands — no money taken out of the business — and the paying clause
 * after it carries the amount; read alone, "diambil … 250 ewu" was her own withdrawal.
 *
 * Only a passive taking verb at the end of a clause with no number and no money word in it
 * ("duit warung diambil, 50rb" stays a withdrawal), and a clause right after that opens with a
 * paid word and an amount. The verb is then read as a particle; the paid clause decides.
 */
import { T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';

/** Passive taking verbs, by their key (regional ones read as "diambil": regional-words.ts). */
/** The taking verbs (by key) this reads on: settleContextWords' loop wakes on them. */
export const TAKEN: ReadonlySet<string> = new Set(['diambil']);
/** Money, not goods: what is taken is hers to spend ("pesse dâghângan èkala'", "kas diambil"). */
const MONEY = new Set(['uang', 'duit', 'uangnya', 'duitnya', 'kas', 'modal', 'tabungan', 'saldo', 'setoran', 'laba', 'untung', 'dana']);
/** Paid words that open the clause after: "dibayar 250 ewu", "lunas 300 ewu", "bayar 150rb". */
const PAID = new Set(['dibayar', 'lunas', 'bayar', 'dilunasi']);

/** Whether the word at i is a taking verb to read as a particle (see the file comment). */
export function pickedUpGoods(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (!TAKEN.has(t.key)) return false;
  const after = tokens[i + 1];
  if (after === undefined || after.type !== T_PUNCT || after.text !== ',') return false;
  const paid = tokens[i + 2];
  if (paid === undefined || paid.type !== T_WORD || !PAID.has(paid.key) || tokens[i + 3]?.type !== T_NUM) return false;
  let goods = false;
  for (let j = i - 1; j >= 0; j--) {
    const u = tokens[j] as Token;
    if (u.type === T_PUNCT || u.type === T_NUM) return false;
    if (u.type !== T_WORD) break;
    if (MONEY.has(u.key)) return false;
    if (u.info === null) goods = true;
  }
  return goods;
}
