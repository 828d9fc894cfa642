/**
 * Copies, prints and repairs she paid for herself. A copy shop's batch ("fotokopi 320 lembar
 * @250") and a repairer's units ("servis hp 3 unit @75rb") are her work, but the same shape is
 * her own errand when the line says whose the thing is or where she took it: her family's
 * ("fotokopi skripsi anak 120 lembar", "servis motor anak 2 unit"), her staff's or office's
 * ("service hp karyawan", "servis laptop kantor"), her shop's ("servis kulkas toko", "print menu
 * warung", "cetak brosur … buat promosi"), or someone who did the work ("… ke teknisi",
 * "fotokopi di tempat pak Amir"). Such a line is asked, never a confident sale — and neither
 * is a print of what a seller orders for herself (nota, kemasan, kartu nama, stiker, brosur)
 * or a repair of things a shop or home owns (AC, kulkas, kompor, etalase): only the goods a
 * repairer is brought by customers (phones, televisions) are hers to mend by the unit.
 */

/** Whose the thing is: her family, herself, her staff or office, her own shop or its promotion. */
const OWNERS = new Set(['anak', 'anak2', 'anakku', 'anaknya', 'adik', 'adek', 'adikku', 'kakak', 'kakakku', 'suami', 'suamiku', 'istri',
  'ponakan', 'keponakan', 'mertua', 'cucu', 'mama', 'mamah', 'emak', 'nenek', 'kakek', 'keluarga', 'sendiri', 'pribadi', 'saya', 'aku',
  'sy', 'sekolah', 'nikahan',
  'karyawan', 'pegawai', 'staf', 'staff', 'kantor', 'kary',
  'usaha', 'usahaku', 'warung', 'warungku', 'toko', 'tokoku', 'kios', 'lapak', 'rumah', 'promosi', 'promo', 'jualan', 'jualanku',
  'dagangan', 'olshop', 'gerai', 'booth']);
/** Who did the work, or where: she took it there and paid. */
const DONE_BY = new Set(['teknisi', 'bengkel', 'tukang', 'percetakan', 'fotokopian', 'fotocopyan', 'konter', 'counter', 'tempat', 'tmpt']);
/** Before a titled person: she went to them ("di pak Amir", "ke bu Sri"). */
const AT = new Set(['di', 'ke']);
const TITLES = new Set(['bu', 'ibu', 'pak', 'bapak', 'mbak', 'mba', 'mas', 'kak', 'koh', 'cik', 'om', 'tante']);
/** Prints a seller orders for her own shop. */
const OWN_PRINTS = new Set(['nota', 'kemasan', 'packaging', 'label', 'stiker', 'sticker', 'kartu', 'brosur', 'spanduk', 'banner', 'menu',
  'stempel', 'pamflet', 'flyer', 'katalog', 'seragam', 'struk', 'kwitansi', 'kuitansi']);
/** What a repairer is brought by customers, counted by the unit. Anything else mended may be her own. */
const BROUGHT_TO_MEND = new Set(['hp', 'handphone', 'ponsel', 'tv', 'televisi', 'laptop', 'komputer', 'radio', 'jam']);
/** Customers named as such: the work was done for them. */
const CUSTOMERS = new Set(['pelanggan', 'langganan', 'customer', 'cust', 'konsumen']);

/**
 * Whether the words of a copy, print or repair line say it was her own errand: an owner word
 * not counting people ("3 anak" counts customers), a place or person she took it to.
 */
export function ownErrand(texts: readonly string[]): boolean {
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i] as string;
    if (OWNERS.has(t) && !/^\d+$/.test(texts[i - 1] ?? '')) return true;
    if (DONE_BY.has(t)) return true;
    if (AT.has(t) && TITLES.has(texts[i + 1] ?? '')) return true;
  }
  return false;
}

/** Whether a print job names what a seller orders for her own shop ("cetak nota", "cetak kartu nama"). */
export function ownPrint(texts: readonly string[]): boolean {
  return texts.some((t) => OWN_PRINTS.has(t));
}

/** Whether a repair counted by the unit is a repairer's job: goods customers bring, or customers named. */
export function customerRepair(texts: readonly string[]): boolean {
  return texts.some((t) => BROUGHT_TO_MEND.has(t) || CUSTOMERS.has(t));
}
