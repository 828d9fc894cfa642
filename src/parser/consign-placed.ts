/**
 * Goods left at a shop to sell, only placed: "titip jual bros di toko bu Yanti 20 biji @10rb",
 * "nitip keripik 30 bungkus ke warung pak Budi @5rb", "naruh donat di kantin sekolah 40 biji
 * @2rb", Javanese "nitip rengginang nang warung Yu Sarmi".
 *
 * WHY: consigned goods are sold only when the shop sells them (and pays or reports it). The count
 * × price was read as a sale of all the goods the day they were placed — a confident sale of money
 * that may never come. With no word saying any sold or was paid, nothing is recorded and she is told
 * to write what sold (`consignment_placed`). "titipan di toko bu Yanti laku 12, @10rb", "titip 50
 * keripik di warung, sisanya 10" (the rest came back) and "narik hasil titipan …" stay her sales.
 *
 * Only with a placing word the list knows, then "di/ke/nang/ning/ka" and a shop or a titled person
 * within a few words — "titip 20 bros" alone (whose? where?) is left as it was read.
 */
import type { Analysis } from './analyze.ts';
import { C_PARTIAL } from './confidence.ts';
import { T_WORD, type Token } from './lexer.ts';
import type { ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';
import { G_HONORIFIC } from './word-roles.ts';

/** Placing goods to be sold by others: "titip (jual)", "nitip", "dititipkan", "naruh", "taruh". */
const PLACE = new Set(['titip', 'nitip', 'dititip', 'dititipkan', 'titipkan', 'titipin', 'nitipin', 'menitipkan', 'nitipke', 'nitipne',
  'taruh', 'naruh', 'ditaruh', 'naro', 'taro', 'ditaro', 'konsinyasi', 'titipjual']);
/** "at" or "to" the place: Indonesian, Javanese, Sundanese. */
const AT = new Set(['di', 'ke', 'nang', 'neng', 'ning', 'ka', 'ring']);
/** Where consigned goods are sold. */
const SHOPS = new Set(['warung', 'toko', 'kantin', 'kios', 'koperasi', 'minimarket', 'lapak', 'cafe', 'kafe', 'warkop', 'lapo',
  'lepau', 'gerai', 'swalayan', 'toserba', 'outlet', 'butik', 'counter', 'konter', 'warungnya', 'tokonya', 'kantinnya']);
/**
 * Words saying some sold or money came: sold, the rest back, takings, collecting, paid. Keys as the
 * lexicon folds them (regional "lakumi", "payu" read "laku").
 */
const SOLD = new Set(['laku', 'terjual', 'payu', 'sold', 'abis', 'habis', 'ludes', 'laris', 'sisa', 'sisanya', 'hasil', 'hasilnya',
  'uang', 'uangnya', 'duit', 'duitnya', 'setor', 'setoran', 'nyetor', 'narik', 'tarik', 'nagih', 'tagih', 'bayar', 'dibayar', 'dibayarin',
  'tf', 'transfer', 'ditransfer', 'dapat', 'dapet', 'dpt', 'masuk', 'terima', 'diterima', 'untung', 'omset', 'omzet', 'kembali', 'balik',
  'retur', 'lunas', 'cair']);

const T_PLACE = trigger(PLACE);

/** Whether the message only places goods at a shop or with a titled person (see the file comment). */
export function consignPlaced(a: Analysis): boolean {
  if (!present(a, T_PLACE)) return false;
  const { tokens } = a;
  let place = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (SOLD.has(t.key) || SOLD.has(t.text)) return false;
    if (place < 0 && PLACE.has(t.key)) place = i;
  }
  if (place < 0) return false;
  for (let j = place + 1; j < tokens.length && j <= place + 6; j++) {
    const t = tokens[j] as Token;
    if (t.type !== T_WORD || !AT.has(t.key)) continue;
    const n = tokens[j + 1];
    if (n !== undefined && n.type === T_WORD && (SHOPS.has(n.key) || (n.f2 & G_HONORIFIC) !== 0)) return true;
  }
  return false;
}

/** A record of sales from goods only placed: nothing recorded, she is told what to write. */
export function guardConsignPlaced(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || !r.entries.every((e) => e.kind === 'sale') || !consignPlaced(a)) return r;
  return { intent: 'unknown', confidence: C_PARTIAL, notes: ['consignment_placed'] };
}

// Without these words it returns its reading unchanged (consignPlaced opens on them): applyGuards skips it (guard-lists.ts).
guardConsignPlaced.words = T_PLACE;
