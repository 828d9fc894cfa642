/**
 * The one-message lead form a facilitator writes:
 *   "/peluang asesoris: Wisuda IAIN 12 Des, butuh 200 bros, DP 50%, batas 5 Des"
 *   "/peluang makanan-ringan, kuliner desa Garegeh: Kenduri 300 kotak snack, batas 1 Des"
 * Before the colon: trades, and optionally `desa X`, `kecamatan X`, `kelompok X`.
 * After it: the text members will read, from which the deadline ("batas …"), the
 * quantity wanted ("butuh 200 …") and the down payment ("DP 50%") are also read.
 */
import { addDays, makeDate, type IsoDate } from '../../core/dates.ts';
import { leadQuantity } from './lead-quantity.ts';

export interface LeadDraft {
  trades: string[];
  text: string;
  deadline: IsoDate | null;
  quantityWanted: number | null;
  downPaymentPercent: number | null;
  villages: string[];
  districts: string[];
  groupNames: string[];
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2, pebruari: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, agus: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, desember: 12, dec: 12, december: 12,
};

/**
 * A deadline as written ("5 Des", "5 desember", "05/12", "2026-12-05", "besok"), resolved
 * to the next such day on or after today; null when it is not a date.
 */
export function parseDeadline(raw: string, today: IsoDate): IsoDate | null {
  const text = raw.trim().toLowerCase();
  if (text === 'besok') return addDays(today, 1);
  if (text === 'lusa') return addDays(today, 2);
  if (text === 'hari ini') return today;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    const date = makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date && date >= today ? date : null;
  }
  const named = /^(\d{1,2})\s*([a-z]+)\.?(?:\s+(\d{4}))?$/.exec(text);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/.exec(text);
  let day: number;
  let month: number | undefined;
  let year: number | undefined;
  if (named) {
    day = Number(named[1]);
    month = MONTHS[named[2]!];
    year = named[3] ? Number(named[3]) : undefined;
  } else if (numeric) {
    day = Number(numeric[1]);
    month = Number(numeric[2]);
    year = numeric[3] ? Number(numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3]) : undefined;
  } else {
    return null;
  }
  if (!month) return null;
  const thisYear = Number(today.slice(0, 4));
  if (year !== undefined) {
    const date = makeDate(year, month, day);
    return date && date >= today ? date : null;
  }
  // No year: the next such day from today on (a deadline lies ahead).
  for (const y of [thisYear, thisYear + 1]) {
    const date = makeDate(y, month, day);
    if (date && date >= today) return date;
  }
  return null;
}

const DEADLINE = /\b(?:batas|deadline|paling lambat|sebelum|tutup)\s*(?:tgl\.?|tanggal)?\s*:?\s*([0-9]{1,4}[^,;\n]*)/i;
/** "butuh 200 bros", "butuh 2 kodi bros" (40): the count and the word after it, read by leadQuantity. */
const WANTED = /\b(?:butuh|perlu|dibutuhkan|pesan|sebanyak)\s+(\d[\d.]*(?:\s*\p{L}+)?)/iu;
const DOWN_PAYMENT = /\bdp\s*:?\s*(\d{1,3})\s*%/i;

/** Reads deadline, quantity and down payment out of the lead's own text. */
export function readDetails(text: string, today: IsoDate): Pick<LeadDraft, 'deadline' | 'quantityWanted' | 'downPaymentPercent'> {
  const deadlineText = DEADLINE.exec(text)?.[1]?.trim();
  const wanted = WANTED.exec(text)?.[1];
  const dp = DOWN_PAYMENT.exec(text)?.[1];
  const percent = dp ? Number(dp) : NaN;
  return {
    deadline: deadlineText ? parseDeadline(deadlineText, today) : null,
    quantityWanted: wanted ? leadQuantity(wanted) : null,
    downPaymentPercent: Number.isInteger(percent) && percent > 0 && percent <= 100 ? percent : null,
  };
}

export type FormError = 'no_colon' | 'no_trade' | 'no_text' | 'too_long';

/** Parses the head (targeting) and body of the one-message form. */
export function parseLeadForm(
  raw: string,
  today: IsoDate,
  tradeOf: (word: string) => string | undefined,
): { draft: LeadDraft } | { error: FormError; unknownTrades?: string[] } {
  const colon = raw.indexOf(':');
  if (colon < 0) return { error: 'no_colon' };
  const head = raw.slice(0, colon).trim();
  const text = raw.slice(colon + 1).trim().replace(/\s+/g, ' ');
  if (!text) return { error: 'no_text' };
  if (text.length > 1000) return { error: 'too_long' };

  const villages: string[] = [];
  const districts: string[] = [];
  const groupNames: string[] = [];
  // "desa Garegeh", "kecamatan Tanjung", "kelompok Melati" take the next word.
  const rest = head.replace(/\b(desa|kelurahan|kecamatan|kelompok)\s+([^\s,]+)/gi, (_m, kind: string, name: string) => {
    const k = kind.toLowerCase();
    (k === 'kecamatan' ? districts : k === 'kelompok' ? groupNames : villages).push(name);
    return ' ';
  });
  const words = rest.split(/[\s,]+/).filter(Boolean);
  const trades: string[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const code = tradeOf(word);
    if (code) trades.push(code);
    else unknown.push(word);
  }
  if (unknown.length) return { error: 'no_trade', unknownTrades: unknown };
  if (trades.length === 0 && groupNames.length === 0) return { error: 'no_trade' };
  return {
    draft: { trades: [...new Set(trades)], text, ...readDetails(text, today), villages, districts, groupNames },
  };
}
