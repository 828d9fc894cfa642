/**
 * Copying her own business's papers: "goceng fotokopi katalog", "fotokopi brosur 10rb". With no verb
 * the kind was a guessed sale (a copy shop sells
 * copies); the thing printed being her own selling material (a catalogue, brochure, label,
 * price list) says she paid for it: her expense.
 *
 * Only one guessed entry with no count, nothing else in doubt, no sale word, and both a copying
 * word and a material word: "fotokopi 20 lembar 5rb" (a copy shop's takings?), "print menu warung
 * 20 lembar @2rb" and "cetak spanduk 150rb" (a print shop's?) stay asked.
 */
import type { Analysis } from './analyze.ts';
import { C_MARKED } from './confidence.ts';
import { T_WORD } from './lexer.ts';
import { trigger } from './triggers.ts';
import type { ParseResult } from './types.ts';
import { F_SALE, G_HONORIFIC } from './word-roles.ts';

/** Copying and home printing; not "cetak" (a print shop's work, sold: cases-trust-review asks "cetak nota 20 buku @5rb"). */
export const PRINTING: ReadonlySet<string> = new Set(['fotokopi', 'fotocopy', 'fotokopian', 'fc', 'ngeprint', 'ngeprin', 'printout', 'laminating', 'laminasi', 'jilid']);
const OWN_MATERIAL = new Set(['katalog', 'katalognya', 'brosur', 'brosurnya', 'pamflet', 'flyer', 'selebaran', 'spanduk', 'banner', 'stiker',
  'sticker', 'label', 'labelnya', 'nota', 'pricelist', 'menu', 'kartu nama']);
const T_PRINTING = trigger(PRINTING);

/** Words that make the papers someone else's: a customer, an owner, an order. */
const SOMEONE_ELSES = new Set(['punya', 'pny', 'milik', 'pelanggan', 'langganan', 'pembeli', 'customer', 'cust', 'konsumen', 'orang', 'org',
  'pesanan', 'pesenan', 'orderan', 'order', 'tetangga', 'sekolah', 'kantor', 'mahasiswa', 'anak sekolah']);

export function guardOwnMaterial(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.entries.length !== 1 || r.entries[0]?.kind !== 'sale' || r.entries[0].quantity !== null || r.notes?.length !== 1 || r.notes[0] !== 'kind_guessed') return r;
  let printing = false;
  let material = false;
  for (const t of a.tokens) {
    if (t.type !== T_WORD) continue;
    // "fotokopi brosur bu Ani 30rb", "fc menu punya warung sebelah": someone else's papers — a copy
    // shop's takings as likely as her cost: left asked.
    if ((t.f & F_SALE) !== 0 || (t.f2 & G_HONORIFIC) !== 0 || SOMEONE_ELSES.has(t.key)) return r;
    if (PRINTING.has(t.key) || PRINTING.has(t.text)) printing = true;
    if (OWN_MATERIAL.has(t.key) || OWN_MATERIAL.has(t.text)) material = true;
  }
  if (!printing || !material) return r;
  return { ...r, entries: [{ ...r.entries[0], kind: 'expense' }], notes: [], confidence: C_MARKED };
}

// Without these words it returns its reading unchanged (no printing word, no change): applyGuards skips it (guard-lists.ts).
guardOwnMaterial.words = T_PRINTING;
