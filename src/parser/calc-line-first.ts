/**
 * "12 x 25.000 = 300.000\nitu td pesanan tumpeng mini bu lurah, udah lunas cash": her calculator's
 * line first, then what it was, on the lines below. Read apart, the first line is money with no
 * goods and no kind, the rest words with no money: neither says anything, and the message was
 * unknown (or the figure a guessed sale beside "itu beli telur" with no amount).
 *
 * WHY a restatement: she said one thing in two lines; the figure belongs to the first clause of
 * what follows ("… pesanan tumpeng mini bu lurah 12 x 25.000 = 300.000, udah lunas cash"), where
 * every reader and guard already knows the shape. Only a count times a price that gives the total
 * written is moved: it checks itself, so nothing is guessed. A difference, a sum or a subtraction
 * ("1.250.000 - 750.000 = 500.000": which of them is new money?) and lines below with a number of
 * their own stay as they were (asked).
 */
import { parseAmount } from './parse-amount.ts';

/** One amount as written: digits with dots or commas, an optional "rp" before and a scale after. */
const AMOUNT = String.raw`(?:rp\.?\s*)?\d[\d.,]*(?:\s*(?:rb|ribu|k|jt|juta))?`;
/** A count, a times sign, a price, "=", the total: "12 x 25.000 = 300.000", "75 kotak x 22rb = 1.650.000". */
const CALC = new RegExp(String.raw`^[-*•]?\s*(\d{1,4})\s*([a-z]{0,8})\s*[x×*@]\s*(${AMOUNT})\s*=\s*(${AMOUNT})$`);

/** The message with its calculator line moved into what the lines below say it was, or null. */
export function calcLineFirst(text: string): string | null {
  // (Cheap gate: the message opens with a digit, or a bullet and a digit, and its first line has "=".)
  const nl = text.indexOf('\n');
  if (nl < 0) return null;
  const first = text.slice(0, nl).trim();
  if (!/^[-*•]?\s*\d/.test(first) || !first.includes('=')) return null;
  const m = CALC.exec(first);
  if (m === null) return null;
  const count = Number(m[1]);
  const price = parseAmount(m[3] as string);
  const total = parseAmount(m[4] as string);
  if (price === null || total === null || count < 1 || count * price !== total) return null;
  const rest = text.slice(nl + 1).trim();
  // The lines below only say what the figure was: words, no number of their own.
  if (rest === '' || /\d/.test(rest) || !/[a-z]{3}/.test(rest)) return null;
  // After the first clause of what she says it was, before its first comma, full stop or bracket.
  const cut = rest.search(/[,.(\n]/);
  const calc = first.replace(/^[-*•]\s*/, '');
  return cut < 0 ? `${rest} ${calc}` : `${rest.slice(0, cut).trimEnd()} ${calc}${rest.slice(cut)}`;
}
