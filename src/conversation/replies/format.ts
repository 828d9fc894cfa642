/** Small formatting helpers shared by the catalogues: dates and entry lines. */
import { formatNumber, formatRupiah } from '../../core/money.ts';
import { addDays, dayOfWeek, type IsoDate } from '../../core/dates.ts';
import { isReturn, type EntryKind, type NewEntry } from '../../modules/ledger/ledger.ts';

export interface DateWords {
  days: readonly string[]; // Sunday first, as Date#getDay
  months: readonly string[]; // January first
}

export const ID_DATES: DateWords = {
  days: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
};

export const EN_DATES: DateWords = {
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "19 Nov" */
export function shortDate(date: IsoDate, words: DateWords): string {
  return `${Number(date.slice(8, 10))} ${words.months[Number(date.slice(5, 7)) - 1]}`;
}

/**
 * "Kamis, 19 Nov"; with `today` given, a day of another year shows its year ("Kamis, 15 Jan
 * 1970"), so a far date is never mistaken for this year's.
 */
export function longDate(date: IsoDate, words: DateWords, today?: IsoDate): string {
  const year = today !== undefined && date.slice(0, 4) !== today.slice(0, 4) ? ` ${date.slice(0, 4)}` : '';
  return `${words.days[dayOfWeek(date)]}, ${shortDate(date, words)}${year}`;
}

/** "Senin 30 Nov" (another year's day shows its year): the day of one entry of a message of several days. */
export function entryDay(date: IsoDate, words: DateWords, today: IsoDate): string {
  const year = date.slice(0, 4) !== today.slice(0, 4) ? ` ${date.slice(0, 4)}` : '';
  return `${words.days[dayOfWeek(date)]} ${shortDate(date, words)}${year}`;
}

/**
 * An entry's line, led by its own day when it has one ("Senin 30 Nov: jualan Rp120.000"): a
 * message of several days shows each entry on its day, so she sees which day each lands on.
 */
export function withEntryDay(e: NewEntry, line: string, words: DateWords, today: IsoDate): string {
  return e.date === undefined ? line : `${entryDay(e.date, words, today)}: ${line.charAt(0).toLowerCase()}${line.slice(1)}`;
}

/** Whether the entries carry days of their own (a message of several days): no one 📅 line for them all. */
export function ownDays(entries: readonly NewEntry[]): boolean {
  return entries.some((e) => e.date !== undefined);
}

/** The earliest of the entries' own days, or `date`: the day an "old date" question names. */
export function earliestDay(entries: readonly NewEntry[], date: IsoDate): IsoDate {
  let first = date;
  for (const e of entries) if (e.date !== undefined && e.date < first) first = e.date;
  return first;
}

/** "17–23 Nov", or "28 Nov – 4 Des" across months. */
export function dateSpan(from: IsoDate, to: IsoDate, words: DateWords): string {
  if (from === to) return shortDate(from, words);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8, 10))}–${shortDate(to, words)}`;
  return `${shortDate(from, words)} – ${shortDate(to, words)}`;
}

/** A range as `dateSpan` writes it, with its year(s) when it is not in the year of `today` (a chart of last December). */
export function periodSpan(from: IsoDate, to: IsoDate, words: DateWords, today: IsoDate): string {
  return from.slice(0, 4) === today.slice(0, 4) && to.slice(0, 4) === today.slice(0, 4) ? dateSpan(from, to, words) : yearSpan(from, to, words);
}

/** "1 Nov – 30 Nov 2026", "1 Des 2026 – 31 Jan 2027": a range with its year(s) (exports). */
export function yearSpan(from: IsoDate, to: IsoDate, words: DateWords): string {
  return from.slice(0, 4) === to.slice(0, 4)
    ? `${shortDate(from, words)} – ${shortDate(to, words)} ${to.slice(0, 4)}`
    : `${shortDate(from, words)} ${from.slice(0, 4)} – ${shortDate(to, words)} ${to.slice(0, 4)}`;
}

/** "10 kerudung bordir": what an order is for, or `fallback` when nothing was written. */
export function orderGoods(o: { quantity: number | null; unit: string | null; item: string | null }, fallback: string): string {
  return [o.quantity !== null ? formatNumber(o.quantity) : null, o.unit, o.item].filter(Boolean).join(' ') || fallback;
}

/**
 * "12 bros × Rp15.000 = Rp180.000", "benang Rp50.000", "Rp20.000". A return's money is shown
 * as written (positive): the kind's words say it went back (entryWithKind).
 */
export function entryLine(entry: NewEntry): string {
  const what = [entry.item].filter(Boolean).join(' ');
  const amount = formatRupiah(Math.abs(entry.amount));
  if (entry.quantity !== null && entry.unitPrice !== null) {
    const qty = [formatNumber(entry.quantity), entry.unit, entry.item].filter(Boolean).join(' ');
    return `${qty} × ${formatRupiah(entry.unitPrice)} = ${amount}`;
  }
  if (entry.quantity !== null) {
    const qty = [formatNumber(entry.quantity), entry.unit, entry.item].filter(Boolean).join(' ');
    return `${qty} ${amount}`;
  }
  return what ? `${what} ${amount}` : amount;
}

/**
 * What each kind of entry is called in a language ("Penjualan", "Modal masuk"…), and a
 * return (a sale with a negative amount): its name and what it does to the sales.
 */
export type KindNames = Readonly<Record<EntryKind, string>> & { readonly saleReturn: string; readonly returnNote: string };

/**
 * "Penjualan 12 bros × Rp15.000 = Rp180.000", "Diambil untuk rumah tangga Rp50.000 (dapur)",
 * "Retur 1 mukena Rp90.000 (mengurangi jualan)".
 */
export function entryWithKind(e: NewEntry, names: KindNames): string {
  if (e.kind === 'withdrawal' || e.kind === 'capital') return `${names[e.kind]} ${formatRupiah(e.amount)}${e.item ? ` (${e.item})` : ''}`;
  if (isReturn(e)) return `${names.saleReturn} ${entryLine(e)} ${names.returnNote}`;
  return `${names[e.kind]} ${entryLine(e)}`;
}

/** One entry's change, "12 bros × Rp15.000 = Rp180.000 → 10 bros × Rp15.000 = Rp150.000" (kinds named when they differ). */
export function entryChange(a: NewEntry, b: NewEntry, names: KindNames): string {
  const plain = a.kind === b.kind && (a.kind === 'sale' || a.kind === 'expense') && !isReturn(a) && !isReturn(b);
  return plain ? `${entryLine(a)} → ${entryLine(b)}` : `${entryWithKind(a, names)} → ${entryWithKind(b, names)}`;
}

/** The words of a language to write entries as the parser reads them. */
export interface RetypeWords {
  kinds: Readonly<Record<EntryKind, string>>;
  /** "retur": how a return is written ("retur 1 mukena 90rb"). */
  saleReturn: string;
  /** "rb" or "k": 15000 → "15rb". */
  thousands: string;
  yesterday: string;
  /** "buat": what household money was taken for ("ambil 50rb buat dapur"). */
  for: string;
  dates: DateWords;
}

function shortAmount(money: number, thousands: string): string {
  const amount = Math.abs(money);
  return amount % 1000 === 0 ? `${amount / 1000}${thousands}` : String(amount);
}

/**
 * Entries written back as a message that records them without a question ("laku 5 bros
 * @15rb, beli manik 20rb"), dated when not today: what to type instead of answering a
 * question that is no longer open.
 */
export function retypeText(entries: readonly NewEntry[], date: IsoDate, today: IsoDate, w: RetypeWords): string {
  const parts = entries.map((e) => {
    const amount = shortAmount(e.amount, w.thousands);
    if (e.kind === 'withdrawal' || e.kind === 'capital') return [w.kinds[e.kind], amount, e.item ? `${w.for} ${e.item}` : null].filter(Boolean).join(' ');
    const what = [e.quantity !== null ? String(e.quantity) : null, e.unit, e.item].filter(Boolean).join(' ');
    const price = e.quantity !== null && e.unitPrice !== null ? `@${shortAmount(e.unitPrice, w.thousands)}` : amount;
    return [isReturn(e) ? w.saleReturn : w.kinds[e.kind], what, price].filter(Boolean).join(' ');
  });
  const day = date === today ? null : date === addDays(today, -1) ? w.yesterday : shortDate(date, w.dates).toLowerCase();
  return [day, parts.join(', ')].filter(Boolean).join(' ');
}

/** Who a sentence speaks to: one person (by her name as stored) or a whole group chat. */
export type Addressee = { person: string } | 'group';

/** The stored name of someone whose name the bot was never told (people.ts UNNAMED). */
const UNKNOWN_NAMES = new Set(['', 'ibu']);

/**
 * How the bot names and greets people, the one place for it. Indonesian: "Bu Ani" (never
 * the bare first name); a name already written with "Bu"/"Ibu" is not given a second one
 * ("Ibu Ani" → "Bu Ani", never "Bu Ibu Ani"); "Pak Budi" stays as written; "Bu" alone when
 * her name is not known; "Ibu-ibu" to a whole group chat, never "Bu". English: the name as
 * written ("Ani"), "everyone" to a group.
 */
export function address(who: Addressee, language: 'id' | 'en'): string {
  if (who === 'group') return language === 'id' ? 'Ibu-ibu' : 'everyone';
  const name = who.person.trim().replace(/^@/, '').replace(/\s+/g, ' ');
  if (language === 'en') return UNKNOWN_NAMES.has(name.toLowerCase()) ? '' : name;
  if (UNKNOWN_NAMES.has(name.toLowerCase())) return 'Bu';
  const titled = /^(?:ibu|bu|bunda)\.?\s+(.+)$/i.exec(name);
  if (titled) return `Bu ${titled[1]}`;
  const man = /^(?:bapak|pak)\.?\s+(.+)$/i.exec(name);
  if (man) return `Pak ${man[1]}`;
  return `Bu ${name}`;
}

/** "Bu Ani" in Indonesian, "Ani" in English (shorthands of `address` for one person). */
export const buId = (name: string): string => address({ person: name }, 'id');

/**
 * A quarter as a member says it: "triwulan 4 (Okt–Des 2026)". `quarter` is "2026Q4"; the
 * months come from `words`. The same words in every reply, file and caption.
 */
export function quarterWords(quarter: string, words: DateWords, word: string): string {
  const year = quarter.slice(0, 4);
  const n = Number(quarter.slice(-1));
  return `${word} ${n} (${words.months[(n - 1) * 3]}–${words.months[n * 3 - 1]} ${year})`;
}

/** The quarter label ("2026Q4") of a day in it. */
export function quarterOf(day: IsoDate): string {
  return `${day.slice(0, 4)}Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
}
