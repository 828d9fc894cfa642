/**
 * Work or goods collected by the customer: "bordir jilbab 4 biji udah diambil orangnya,
 * @12,5rb", "dpt jahitan 3 potong udah diambil, 1 potong 35rb", "jahitan yg diambil & dibayar
 * hr ini: …", "ambil jahitan 4 baju seragam, ongkos jahitnya 60rb per baju", and consignment
 * settled ("titip kue di warung, tadi diambil uangnya 68rb dari yang laku"). "diambil" there is
 * the customer (or the shop) taking what she made — never her taking money home. The taking
 * words are shown as plain fillers, so the work or the sale verb names the entry.
 *
 * Only with a sign of whose it is: her paid work named (service-work.ts), a taker after the
 * verb ("orangnya", "pelanggan"), or goods left on consignment ("titip"). "ambil 50rb buat
 * dapur" and "uang diambil 50rb" stay withdrawals.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { isServiceWord } from './service-work.ts';
import { F_FILLER } from './word-roles.ts';

/** Who collects: "diambil orangnya", "diambil pelanggan". */
const TAKERS = new Set(['orangnya', 'orgnya', 'pemiliknya', 'yg punya', 'pelanggan', 'pelanggannya', 'customer', 'customernya', 'pembeli',
  'pembelinya', 'konsumen', 'pemesan', 'pemesannya']);
/** Goods left at a shop to sell, paid for when sold. */
const CONSIGN = new Set(['titip', 'titipan', 'nitip', 'dititip', 'dititipkan', 'konsinyasi', 'konsinyasinya']);
/** Her work, besides the service words: "jahitan", "orderan", "pesanan" collected. */
const WORK = new Set(['jahitan', 'jaitan', 'orderan', 'pesanan', 'cucian', 'bordiran', 'setrikaan']);
const TAKE = new Set(['ambil', 'diambil', 'ngambil']);

function shown(t: Token): Token {
  return { ...t, key: t.text, info: null, f: F_FILLER, f2: 0 };
}

/** A view in which a customer's collecting is no withdrawal; null when there is none. */
export function collectedWork(a: Analysis): Analysis | null {
  const { tokens } = a;
  if (!tokens.some((t) => TAKE.has(t.key))) return null;
  const work = tokens.some((t) => t.type === T_WORD && (isServiceWord(t.key) || WORK.has(t.key)));
  const consign = tokens.some((t) => CONSIGN.has(t.key));
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !TAKE.has(t.key)) continue;
    const next = tokens[i + 1];
    const taker = next !== undefined && TAKERS.has(next.key);
    // "diambil" with her work or a consignment in the message; "ambil jahitan …": work taken in.
    const passive = t.key === 'diambil' && (work || consign || taker);
    const active = t.key !== 'diambil' && next !== undefined && (WORK.has(next.key) || isServiceWord(next.key));
    if (!passive && !active) continue;
    out ??= tokens.slice();
    out[i] = shown(t);
    if (taker && next) out[i + 1] = shown(next);
  }
  if (!out) return null;
  let f = 0;
  let f2 = 0;
  for (const t of out) if (t.type === T_WORD) {
    f |= t.f;
    f2 |= t.f2;
  }
  return { ...a, tokens: out, f, f2 };
}
