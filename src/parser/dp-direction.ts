/**
 * A down payment with nothing saying which way it went: "DP kebaya 200rb", "DP bordir 150rb",
 * "panjar tenda 300rb", "uang muka kerudung 250rb".
 *
 * WHY: the lexicon reads "DP" as a customer's payment (a weak sale word), so these were confident
 * sales. But she pays DPs too — to her tailor, for a tent, for her own kebaya — and the words say
 * neither. With no word of direction in the message the sale is asked (`dp_direction`: "DP diterima
 * dari pembeli, atau Ibu yang bayar DP?"), never recorded unasked.
 *
 * Direction words, any of which leaves the reading as it was: received (`terima DP`, `dapat`, `masuk`,
 * `dibayar`), a payer (`dari`, a titled person, a customer's name, `pelanggan`, `pembeli`), the passive
 * `di-DP`, an order received (`pesanan`, `orderan`), a party after `ke`/`ka`/`nang` (down-payment-way.ts
 * decides those), and her own paying or giving verb (read as her expense by the other readers).
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';
import { F_PAYVERB, G_HONORIFIC, G_ORDER } from './word-roles.ts';
import { findCustomer } from './intents/customer.ts';

/** The down payment's words, as written or folded (the lexer folds "terima dp" into one word). */
const DOWN = new Set(['dp', 'depe', 'panjar', 'panjer', 'persekot', 'uang muka', 'muka', 'jadi']);
/** Words that say which way the money went (see the file comment). */
const DIRECTION = new Set(['terima dp', 'terima', 'trima', 'nerima', 'diterima', 'menerima', 'dapat', 'dapet', 'dpt', 'oleh', 'masuk',
  'received', 'got', 'dibayar', 'dibayarin', 'ditransfer', 'ditf', 'dari', 'dr', 'ti', 'tina', 'from',
  'pelanggan', 'langganan', 'pembeli', 'customer', 'cust', 'konsumen', 'pemesan', 'tetangga', 'orang', 'org', 'ke', 'ka', 'kepada', 'kpd',
  'nang', 'neng', 'ning', 'marang', 'to', 'didp', 'di-dp', 'kasih', 'ngasih', 'kasi', 'ngasi', 'kirim', 'ngirim', 'titip', 'nitip',
  'rekening', 'rek']);

const T_DOWN = trigger(['dp', 'depe', 'panjar', 'panjer', 'persekot', 'muka', 'tanda']);

/** Whether tokens hold a DP word: "dp", "panjar", "uang muka", "tanda jadi". */
function hasDown(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !DOWN.has(t.key)) continue;
    if (t.key === 'muka' && tokens[i - 1]?.key !== 'uang' && tokens[i - 1]?.key !== 'duit') continue;
    if (t.key === 'jadi' && tokens[i - 1]?.key !== 'tanda') continue;
    return true;
  }
  return false;
}

/** Whether the message names a DP and no word of which way it went. */
export function dpWithoutDirection(a: Analysis): boolean {
  if (!present(a, T_DOWN)) return false;
  const { tokens } = a;
  if (!hasDown(tokens)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (DIRECTION.has(t.key) || DIRECTION.has(t.text)) return false;
    // "kebaya di-DP 200rb", "di dp": the passive, paid to her.
    if (t.key === 'di' && DOWN.has(tokens[i + 1]?.key ?? '')) return false;
    if ((t.f2 & (G_HONORIFIC | G_ORDER)) !== 0 || (t.f & F_PAYVERB) !== 0) return false;
  }
  return findCustomer(a) === null;
}

/** A confident sale or expense read from a DP with no direction: asked. */
export function guardDpDirection(a: Analysis, r: ParseResult): ParseResult {
  // ("DP sewa tenda 300rb": read as her renting, an expense — her tent hired out is as likely. Asked too.)
  if (r.intent !== 'record' || r.confidence < CONFIDENT || !r.entries.some((e) => e.kind === 'sale' || e.kind === 'expense') ||
    !dpWithoutDirection(a)) return r;
  return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'dp_direction'] };
}

// Without these words it returns its reading unchanged (dpWithoutDirection opens on them): applyGuards skips it (guard-lists.ts).
guardDpDirection.words = T_DOWN;
