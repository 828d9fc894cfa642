/**
 * A shop's or supplier's receipt copied out: "nota toko kain:\nkatun 3m x 25rb = 75rb\nfuring
 * 2m x 15rb = 30rb\ntotal 105rb", "struk grosir: minyak 2 x 18rb, gula 3 x 14rb", "kuitansi
 * dari agen: kerudung 10 x 25rb". A receipt (`nota`, `struk`, `kuitansi`) from a seller is what
 * she bought: the lines under it are her expenses.
 *
 * WHY: priced lines with no verb had their kind guessed as sales (what a member lists with a
 * price each is mostly what she sold), so a receipt she copied was asked as sales. Only when the
 * heading, before the first amount, names the receipt and where it came from (a shop, an agent,
 * a wholesaler, "dari …") and nothing of a sale or a customer; only entries whose kind was a
 * guess change (a line with its own verb keeps it). Her own receipt to a customer ("nota
 * pesanan bu Sri", "nota penjualan") is no purchase and is left alone.
 */
import type { Analysis } from './analyze.ts';
import { kindNamed } from './confidence.ts';
import type { EntryOut } from './entry-drafts.ts';
import { T_NL, T_NUM, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_SALE, G_CREDIT, G_HONORIFIC, G_ORDER } from './word-roles.ts';

const RECEIPT = new Set(['nota', 'notanya', 'struk', 'struknya', 'kuitansi', 'kwitansi', 'kuitansinya', 'kwitansinya', 'faktur', 'invoice']);
/** Where goods are bought. */
const SELLER = new Set(['toko', 'agen', 'grosir', 'grosiran', 'supplier', 'suplier', 'distributor', 'pabrik', 'konveksi', 'sales',
  'juragan', 'tengkulak', 'pasar', 'minimarket', 'indomaret', 'alfamart', 'swalayan', 'supermarket', 'apotek', 'bengkel', 'kulakan',
  'belanja', 'belanjaan', 'pembelian', 'dari', 'dr']);
/** Her own receipts to others: a sale, an order, a customer. */
const HERS = new Set(['penjualan', 'jualan', 'pesanan', 'orderan', 'pembeli', 'pelanggan', 'customer', 'cust', 'konsumen', 'buat', 'untuk', 'utk',
  // "nota kirim ke toko Sinar", "nota titipan ke toko Maju": goods going out to a shop she supplies, not a purchase.
  'ke', 'kirim', 'kiriman', 'ngirim', 'dikirim', 'pengiriman', 'titip', 'titipan', 'nitip', 'dititip', 'konsinyasi', 'setor', 'setoran',
  'antar', 'anter', 'drop', 'droping', 'dropping', 'surat', 'jalan']);

const T_RECEIPT = trigger(RECEIPT);

/** Whether the message opens with a seller's receipt as its heading (see the file comment). */
function sellersReceipt(a: Analysis): boolean {
  let receipt = false;
  let seller = false;
  for (const t of a.tokens as readonly Token[]) {
    if (t.type === T_NUM || t.type === T_NL || (t.type === T_PUNCT && t.text === ':')) break;
    if (t.type !== T_WORD) continue;
    if (HERS.has(t.key) || (t.f & F_SALE) !== 0 || (t.f2 & (G_HONORIFIC | G_CREDIT | G_ORDER)) !== 0) {
      // "nota dari bu Ani": a supplier named by her title is still where she bought.
      if (!((t.f2 & G_HONORIFIC) !== 0 && seller)) return false;
    }
    if (RECEIPT.has(t.key)) receipt = true;
    else if (receipt && SELLER.has(t.key)) seller = true;
  }
  return receipt && seller;
}

/** Under a seller's receipt, the lines whose kind was guessed are her purchases. */
export function receiptKind(a: Analysis, entries: EntryOut[]): void {
  if (!present(a, T_RECEIPT) || !entries.some((e) => e.notes.includes('kind_guessed')) || !sellersReceipt(a)) return;
  for (const e of entries) {
    if (!e.notes.includes('kind_guessed')) continue;
    e.kind = 'expense';
    kindNamed(e);
  }
}
