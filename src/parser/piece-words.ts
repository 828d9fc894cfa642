/**
 * Words that tell one piece of those she counted from another, after "yg"/"yang": "yg besar
 * 350rb yg kecil 200rb", "1 set 135rb (yg king)". Known words only: a size, a fit, a colour, a
 * make. Read by unit-lines.ts (a price a line) and unit-price-shapes.ts (prices in one sentence).
 */

/** "yang" (the lexer's key for "yg" too) and Javanese "sing" before a describer. */
export const WHICH = new Set(['yang', 'yg', 'sing']);

export const DESCRIBERS = new Set(['besar', 'gede', 'gedhe', 'kecil', 'cilik', 'sedang', 'tanggung', 'medium', 'panjang', 'pendek',
  'jumbo', 'mini', 'king', 'queen', 'single', 'double', 'dewasa', 'anak', 'bayi', 'biasa', 'polos', 'motif', 'bordir', 'premium',
  'super', 'spesial', 'special', 'standar', 'xl', 'xxl', 'xxxl', 'allsize', 'merah', 'putih', 'hitam', 'biru', 'hijau', 'kuning',
  'pink', 'ungu', 'coklat', 'cokelat', 'abu', 'navy', 'maroon', 'krem', 'cream', 'tua', 'muda', 'baru', 'mahal', 'murah', 'tebal',
  'tipis', 'tulis', 'cap', 'printing', 'sutra', 'katun', 'lengan']);
