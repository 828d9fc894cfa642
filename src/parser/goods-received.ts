/**
 * Goods received, not money: "receive stock 500k", "terima barang 300rb", "dapet kiriman stok
 * 1jt", "got new stock 750k". "receive", "terima", "dapat" are weak sale words (money came in),
 * but what came in here is stock: its worth is what she bought (or took on consignment), never
 * takings. Read as a purchase and asked (`supply_guessed`: "a purchase for the business, not a
 * sale?"). "terima 150rb dari pembeli", "received 200k from customer" name no goods: unchanged.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';

/** Receiving verbs (Indonesian, regional, English). */
const RECEIVING = new Set(['terima', 'nerima', 'diterima', 'dapat', 'dapet', 'receive', 'received', 'receives', 'receiving', 'got', 'get',
  'gets', 'tampi', 'narima', 'nrimo']);
/** Stock words: what arrived is goods. */
const STOCK = new Set(['stock', 'stok', 'stocks', 'barang', 'goods', 'dagangan', 'kulakan', 'restock', 'restok', 'supply', 'supplies',
  'inventory', 'bahan', 'bahannya', 'barangnya', 'stoknya']);
/** Words that may stand between ("terima kiriman barang", "terima titipan barang", "got new stock"). */
const BETWEEN = new Set(['kiriman', 'titipan', 'konsinyasi', 'the', 'new', 'some', 'my', 'baru', 'lagi', 'more', 'delivery', 'shipment', 'of']);

const T_RECEIVED = trigger(RECEIVING);
const T_STOCK = trigger(STOCK);

/** Whether a receiving verb has stock for its object: goods came in, not money. */
export function goodsReceived(a: Analysis): boolean {
  if (!present(a, T_RECEIVED) || !present(a, T_STOCK)) return false;
  const { tokens } = a;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD || !(RECEIVING.has(t.key) || RECEIVING.has(t.text))) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
      const u = tokens[j] as Token;
      if (u.type !== T_WORD) break;
      if (STOCK.has(u.key)) return true;
      if (!BETWEEN.has(u.key)) break;
    }
  }
  return false;
}
