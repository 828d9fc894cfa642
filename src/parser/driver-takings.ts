/**
 * A driver's takings: "narik hr ini dapet 135rb", "ojek pagi 4 penumpang total 48rb",
 * "tarikan hari ini 90rb". For most members `narik` is taking money out ("narik uang di ATM":
 * a withdrawal) and `ojek` is a ride she paid for ("ongkos ojek 15rb": an expense). A woman who
 * drives an ojek says the same words for her own work: she "pulls" passengers, and what they
 * pay is her sale. The message says which: passengers (`penumpang`), fares (`tarikan`), her
 * driving (`ngojek`, `ngojol`), or `narik` followed by what she got (`dapet 135rb`).
 *
 * Settled once on the tokens, before amounts are read (context-words.ts): in a driver's
 * message `narik`, `tarikan` and a ride word not paid for become a sale verb. Money words
 * (`uang`, `kas`, `ATM`, `tabungan`, `titipan`…) keep `narik` a withdrawal; a paying or riding
 * word before `ojek` (`bayar`, `ongkos`, `naik`) keeps it her expense; "ganti oli buat ngojek"
 * has neither and stays as read.
 */
import { T_WORD, type Token } from './lexer.ts';
import { tokenTrigger } from './token-triggers.ts';

/** Words only a driver writes about her own work. */
const DRIVING = new Set(['penumpang', 'penumpangnya', 'tarikan', 'tarikannya', 'ngojek', 'ngojeg', 'ngojol', 'nariknya']);
/** driverTakingWords wakes on these words as written (mayBeDriver; token-triggers.ts). */
export const W_DRIVER = tokenTrigger(DRIVING, ['narik']);
/** Pulling money, not passengers: "narik uang", "narik dari kas", "narik hasil titipan". */
const MONEY_OUT = new Set(['uang', 'duit', 'kas', 'atm', 'tabungan', 'celengan', 'saldo', 'titipan', 'titip', 'dititip', 'konsinyasi',
  'rekening', 'bank', 'brilink', 'tunai', 'modal', 'pinjaman', 'setoran']);
/** What she got: after `narik`, the money that follows is her takings. */
const GOT = new Set(['dapet', 'dapat', 'dpt', 'oleh', 'hasil', 'hasilnya', 'dapetnya', 'dapatnya']);
/** Ride words that are her work in a driver's message. */
const RIDES = new Set(['ojek', 'ojeg', 'ojol']);
/** Before a ride word: she paid for or took a ride. */
const PAID_RIDE = new Set(['bayar', 'ongkos', 'naik', 'numpak', 'pakai', 'pake', 'ongkir', 'sewa']);

/** Cheap gate: a word only a driver's message has. */
export function mayBeDriver(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.type === T_WORD && (t.text === 'narik' || DRIVING.has(t.text)));
}

/** Which tokens name her takings as a driver, to be read as a sale verb (indices). */
export function driverTakingWords(tokens: readonly Token[]): number[] {
  if (!mayBeDriver(tokens)) return [];
  if (tokens.some((t) => t.type === T_WORD && MONEY_OUT.has(t.text))) return [];
  const driving = tokens.some((t) => t.type === T_WORD && DRIVING.has(t.text));
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== T_WORD) continue;
    if (t.text === 'tarikan' || t.text === 'tarikannya' || t.text === 'nariknya') out.push(i);
    else if (t.text === 'narik' && (driving || gotAfter(tokens, i))) out.push(i);
    else if (driving && RIDES.has(t.text) && !PAID_RIDE.has((tokens[i - 1] as Token | undefined)?.key ?? '')) out.push(i);
  }
  return out;
}

/** "narik hr ini dapet 135rb": a word of what she got within a few words after `narik`. */
function gotAfter(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j] as Token;
    if (t.type === T_WORD && GOT.has(t.text)) return true;
  }
  return false;
}
