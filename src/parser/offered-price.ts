/**
 * A price on offer is not a sale: "di shopee bros begini dijual 25rb", "di pasar kerudung
 * dijual 35rb" (passive "is sold for": what things go for), "tetangga jual gorengan 1rb"
 * (someone else sells). Market and price talk, not her takings. A done sale stays one:
 * "tadi dijual 3 bros 45rb", "sudah dijual", "dijual ke bu Ani 2 bros", "kerudung terjual 2",
 * and goods counted ("didol 3 kripik @5rb": the caller passes `counted`).
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';

// ("dijualin" is "sold for me": her sale.)
const PASSIVE = new Set(['dijual', 'dijul', 'dijuwal', 'didol']);
const ACTIVE = new Set(['jual', 'jualan', 'menjual', 'jualin', 'dagang', 'buka']);
/** No price is on offer without one of these words (the words are gathered only then). */
const T_OFFERED = trigger(PASSIVE, ACTIVE);
/** Words that make the passive a done event: "tadi dijual", "sudah dijual", "barusan dijual". */
const DONE = new Set(['tadi', 'td', 'barusan', 'sudah', 'udah', 'sdh', 'udh', 'dah', 'telah', 'baru', 'akhirnya', 'kemarin', 'kmrn',
  'kemaren', 'wingi', 'kamari', 'pagi', 'siang', 'sore', 'malam', 'hari']);
/** Words of her own selling that no offered price has ("laku", "terjual", "payu", a buyer). */
const SOLD = new Set(['laku', 'terjual', 'payu', 'laris', 'kejual', 'kajual', 'pembeli', 'dibeli', 'dibayar', 'omset', 'omzet']);
/** Someone else, as the one who sells: "tetangga jual …", "orang sebelah jualan …". */
const OTHER_SELLER = new Set(['tetangga', 'orang', 'sebelah', 'saingan', 'pesaing', 'pedagang', 'penjual', 'mereka', 'dia', 'temen',
  'teman', 'kompetitor', 'toko']);
/** To whom: "dijual ke bu Ani" is her sale to a buyer. */
const TO = new Set(['ke', 'kepada', 'sama', 'ama', 'sm', 'buat', 'untuk']);

/** True when the message only says what something is (or is being) sold for, by anyone. */
export function offeredPrice(a: Analysis, counted: boolean): boolean {
  if (!present(a, T_OFFERED)) return false;
  const words: Token[] = a.tokens.filter((t) => t.type === T_WORD);
  if (words.some((t) => SOLD.has(t.key) || SOLD.has(t.text))) return false;
  let offered = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Token;
    const prev = words[i - 1];
    const next = words[i + 1];
    if (PASSIVE.has(w.text) || PASSIVE.has(w.key)) {
      if (words.slice(Math.max(0, i - 3), i).some((p) => DONE.has(p.text))) return false;
      if (next !== undefined && TO.has(next.text)) return false;
      if (!counted) offered = true;
    } else if (ACTIVE.has(w.text) && prev !== undefined && OTHER_SELLER.has(prev.text)) {
      offered = true;
    }
  }
  return offered;
}
