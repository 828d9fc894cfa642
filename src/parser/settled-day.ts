/**
 * The day of what was settled, not of the money: "Pelunasan catering nikahan tgl 29 Nov baru masuk
 * hari ini 3.200.000", "sisa pembayaran tumpeng Sabtu kemarin ditransfer tadi 300rb". A settling noun
 * opens the message, the goods or event and its day follow, then the money coming in: the day after
 * the goods is the event's (it was read as a second day of the record: `several_dates`, or as the
 * day of the money). The money came in on the day said after its receiving word, or today.
 *
 * WHY: the settlement is money in on the day it arrives; booked on the event's day it would change
 * a closed day's takings, and the two days made a plain settlement a question.
 */
import type { Analysis } from './analyze.ts';
import type { DateMention } from './dates.ts';
import { T_WORD, type Token } from './lexer.ts';

/** Settling nouns: the rest paid off. */
const SETTLING = new Set(['pelunasan', 'pelunasannya', 'lunasan', 'sisa', 'sisanya', 'kekurangan', 'kekurangannya', 'kurangnya']);
/** After "sisa"/"kekurangan": "sisa pembayaran", "sisa bayar", "kekurangan bayar". */
const PAYING = new Set(['pembayaran', 'bayar', 'bayaran', 'byr']);
/** Money coming in. */
const CAME_IN = new Set(['masuk', 'diterima', 'terima', 'ditransfer', 'ditf', 'dibayar', 'dibayarkan', 'dilunasi', 'cair', 'nyampe', 'sampai']);

/** Where the settling opens the message (its last word's index), or -1. */
function settlingAt(tokens: readonly Token[]): number {
  const t = tokens[0];
  if (t === undefined || t.type !== T_WORD || !SETTLING.has(t.key)) return -1;
  // ("sisa 3 bungkus" is goods left over: "sisa" settles only as "pelunasan" does, or before a paying word.)
  if (t.key.startsWith('pelunasan') || t.key === 'lunasan') return 0;
  return PAYING.has(tokens[1]?.key ?? '') ? 1 : -1;
}

/** Whether the date mention `m` names the goods or event settled, before the money came in. */
export function settledEventDay(a: Analysis, m: DateMention): boolean {
  const { tokens } = a;
  const s = settlingAt(tokens);
  if (s < 0 || m.start <= s + 1) return false;
  // The goods or event named between the settling and the day; the money's receiving word after it.
  if (tokens[s + 1]?.type !== T_WORD) return false;
  for (let k = m.end; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === T_WORD && CAME_IN.has(t.key)) return true;
  }
  return false;
}
