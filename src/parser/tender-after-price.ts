/**
 * The note handed over for one priced purchase or sale, with the change not said: "beli gas 22rb,
 * bayar 50rb", "beli gas 22rb bayar pake 50rb", "laku 35rb dibayar 50rb", "jual kopi 15rb uangnya
 * 20rb", "beli rokok 27rb duitnya 50rb", "beli gula 18rb kasih 20rb". The price is the entry; the
 * larger amount is the money handed across the counter (the change, unsaid, went back), never a
 * second expense — read word by word it was 72rb recorded, with confidence, for gas of 22rb.
 * A bookkeeper writes the 22rb, as "bayar 50rb kembali 28rb" is read (change-given.ts), so the
 * record stays confident.
 *
 * The tender clause holds only a handing word, fillers ("pake", "uang", "pecahan") and one amount,
 * follows the price's amount (a comma between) and ends its line; the line before it one selling or
 * buying word and one amount. A note that
 * no counter would hand for that price (the change more than both the price and 100rb: "beli gas
 * 22rb bayar 500rb") is hidden too but asked (`tender_mismatch`). Left to other readers: a smaller
 * amount (part paid: part-paid-said.ts), a debt or rest word anywhere ("… bayar 50rb sisanya
 * nanti"), the change said (change-given.ts), a total line (tender-after-total.ts), a face value
 * ("jual pulsa 10rb dibayar 12rb": the 12rb is the sale, resale.ts).
 */
import type { Analysis } from './analyze.ts';
import { T_NL, T_PUNCT, T_WORD, type Token } from './lexer.ts';
import { withoutTokens } from './stated-price.ts';
import { mentionsFaceValue } from './resale.ts';
import { present, trigger } from './triggers.ts';
import { F_EXPENSE, F_SALE } from './word-roles.ts';
import { numStarting } from './number-at.ts';

/** Words that hand the money over: hers ("bayar", "kasih") or the buyer's ("dibayar", "uangnya"). */
const HANDED = new Set(['bayar', 'byr', 'dibayar', 'bayarnya', 'mbayar', 'uangnya', 'duitnya', 'duite', 'uange', 'kasih', 'ngasih', 'kasi',
  'ngasi', 'dikasih', 'dikasi', 'nyerahin', 'ngasihin']);
/** Between the handing word and the note: "bayar pake uang 50rb", "dibayar pakai pecahan 100rb", "kasih selembar 50rb". */
const FILLER = new Set(['pake', 'pakai', 'pakek', 'uang', 'duit', 'pecahan', 'selembar', 'lembaran', 'rp', 'nya', 'cash', 'tunai', 'sy',
  'saya', 'aku', 'aq', 'dia', 'pembeli', 'pembelinya', 'orangnya', 'tadi', 'td', 'dengan', 'dgn']);
/** A debt, the rest, a part or later: the money handed is not the whole story — other readers' (credit, part paid). */
const OWED = new Set(['utang', 'hutang', 'ngutang', 'bon', 'ngebon', 'kasbon', 'nanti', 'ntar', 'belum', 'blm', 'dulu', 'dl', 'sisa',
  'sisanya', 'kurang', 'kurangnya', 'cicil', 'nyicil', 'dicicil', 'dp', 'panjar', 'lunas', 'kekurangan', 'nyusul', 'utange', 'utangnya',
  'hutangnya']);

/** Who handed it, said before the handing word: the buyer, or she. (Not "dia": "beli gas 22rb, dia bayar 50rb" — who is asked, other-subject.ts.) */
const WHO = new Set(['pembeli', 'pembelinya', 'pelanggan', 'orangnya', 'customer', 'cust', 'konsumen', 'sy', 'saya', 'aku', 'aq',
  'ak', 'tak', 'trus', 'terus', 'tadi', 'td']);

const T_HANDED = trigger(HANDED);

export interface PriceTender {
  /** The analysis without the tender clause. */
  view: Analysis;
  /** 'tender_mismatch' when no counter would hand that note for that price, else null. */
  doubt: string | null;
}

/** Whether a counter hands `handed` for `price`: a whole thousand, and the change not more than both the price and 100rb. */
function plausibleNote(price: number, handed: number): boolean {
  const change = handed - price;
  return handed % 1000 === 0 && (change <= price || change <= 100_000);
}

/** The tender after a priced entry on its line, hidden; null when there is none. */
export function tenderAfterPrice(a: Analysis): PriceTender | null {
  if (!present(a, T_HANDED)) return null;
  const { tokens } = a;
  if (tokens.some((t) => t.type === T_WORD && (OWED.has(t.key) || OWED.has(t.text)))) return null;
  // "jual pulsa 10rb dibayar 12rb": a face value, then the price paid for it — resale.ts's.
  if (mentionsFaceValue(tokens)) return null;
  let lineStart = 0;
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h] as Token;
    if (t.type === T_NL) {
      lineStart = h + 1;
      continue;
    }
    if (t.type !== T_WORD || !HANDED.has(t.key) || h === lineStart) continue;
    // The handing word opens its clause: after a comma, or right after the price's amount — with who
    // handed it between ("laku kue 45rb pembeli bayar 50rb", "beli gas 22rb, aku bayar 50rb").
    let open = h;
    while (open - 1 > lineStart && WHO.has(tokens[open - 1]?.key ?? '')) open--;
    // (Right after the price: "ongkir 48rb aku yang nanggung, pembeli bayar 125rb" hands money for something else.)
    const prev = tokens[open - 1] as Token;
    const comma = prev.type === T_PUNCT && prev.text === ',';
    if ((a.numIn[comma ? open - 2 : open - 1] ?? -1) < 0) continue;
    let i = h + 1;
    while (i < tokens.length && tokens[i]?.type === T_WORD && FILLER.has((tokens[i] as Token).key) && (a.numIn[i] ?? -1) < 0) i++;
    const note = numStarting(a, i);
    // (The note ends its line: "bayar 50rb ke bu Ani", "bayar 50rb, beli kopi 5rb" are other events.)
    if (!note || note.rupiah === null || !endsLine(tokens, note.end)) continue;
    // The line before: one selling or buying word and one amount in rupiah (the price), no "@" or second price.
    let price: number | null = null;
    let amounts = 0;
    let trades = false;
    for (let k = lineStart; k < open; k++) {
      const u = tokens[k] as Token;
      // (A price each or per unit — "@22rb", "28rb/kg", "per kg" — is not the line's price: part-paid-said.ts checks the total.)
      if (u.type === T_PUNCT && (u.text === '@' || u.text === '+' || u.text === '/' || u.text === '=')) return null;
      if (u.type === T_WORD && (u.key === 'per' || u.key === 'x' || u.key === 'kali')) return null;
      const ex = numStarting(a, k);
      if (ex && ex.rupiah !== null && ex.rupiah >= 1000) {
        amounts++;
        price = ex.rupiah;
      }
      if (u.type === T_WORD && (u.f & (F_SALE | F_EXPENSE)) !== 0 && !HANDED.has(u.key)) trades = true;
    }
    if (!trades || amounts !== 1 || price === null || note.rupiah < price) continue;
    const hide = new Uint8Array(tokens.length);
    // (The comma before the handing word goes with it.)
    const from = comma ? open - 1 : open;
    for (let x = from; x < note.end; x++) hide[x] = 1;
    return { view: withoutTokens(a, hide), doubt: plausibleNote(price, note.rupiah) ? null : 'tender_mismatch' };
  }
  return null;
}

/** Whether only punctuation stands between `i` and the line's (or the message's) end. */
function endsLine(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_NL) return true;
    if (t.type !== T_PUNCT) return false;
  }
  return true;
}
