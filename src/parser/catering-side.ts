/**
 * Catering for an occasion with no verb and no customer: "1,5jt catering kondangan", "catering
 * nikahan 2jt", "katering hajatan 800rb". A woman who caters is paid for it (her sale), but a
 * household pays a caterer for its own wedding or thanksgiving too, and the occasion word is
 * what makes that reading likely; no verb says which side she is on, so it is asked, never a
 * sale recorded unasked. The customer or the order named ("catering pesanan bu RT 1,5jt",
 * "catering kondangan bu Sri 1,5jt"), a verb ("terima …", "bayar …") or her catering alone ("2jt
 * catering", her trade word as service-work.ts reads it) keep their readings.
 */
import type { Analysis } from './analyze.ts';
import { T_WORD, type Token } from './lexer.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_PAYVERB, F_SALE, G_CAPITAL, G_HONORIFIC, G_WITHDRAW } from './word-roles.ts';

const CATERING = new Set(['catering', 'katering', 'ketering', 'cathering', 'prasmanan', 'kateringan', 'cateringan']);
const T_CATERING = trigger(CATERING);
/** An occasion a household holds: a wedding, a circumcision, a thanksgiving, a birthday. */
const OCCASION = new Set(['kondangan', 'hajatan', 'hajat', 'nikahan', 'nikah', 'pernikahan', 'kawinan', 'mantenan', 'manten', 'resepsi',
  'walimah', 'walimahan', 'syukuran', 'tasyakuran', 'selamatan', 'slametan', 'kenduri', 'kenduren', 'sunatan', 'khitanan', 'sunat',
  'aqiqah', 'akikah', 'aqiqahan', 'akikahan', 'tahlilan', 'lamaran', 'ultah', 'ulang', 'pesta', 'acara', 'nujuh', 'mitoni', 'tingkeban']);
/** An order or a customer named: her catering sold. */
const ORDERED = new Set(['pesanan', 'pesenan', 'psnan', 'orderan', 'order', 'pelanggan', 'customer', 'cust', 'konsumen', 'dari', 'dr']);

/** Whether a verbless catering line for an occasion was read as her sale. */
export function cateringSideUnclear(a: Analysis, entries: readonly { kind: string }[]): boolean {
  if (!present(a, T_CATERING) || entries.length !== 1 || entries[0]?.kind !== 'sale') return false;
  const { tokens } = a;
  let occasion = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if ((t.f & (F_SALE | F_EXPENSE | F_PAYVERB)) !== 0 || (t.f2 & (G_CAPITAL | G_WITHDRAW | G_HONORIFIC)) !== 0 || ORDERED.has(t.key)) return false;
    if (CATERING.has(t.key) && OCCASION.has(tokens[i + 1]?.key ?? '')) occasion = true;
  }
  return occasion;
}
