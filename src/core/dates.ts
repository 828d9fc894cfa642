/**
 * Business dates are plain `YYYY-MM-DD` strings (a day on the member's calendar), never
 * `Date` objects: a `Date` is an instant and would shift a day across time zones.
 * All arithmetic here is done on UTC midnights, which have no DST or offset surprises.
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The fields of a `YYYY-MM-DD` string, read by character codes (the same strings ISO_DATE
 * matches), or null. WHY: the parser resolves several dates a message ("Senin … Selasa …");
 * a regular expression, a `Date` parsed from a string and `toISOString` for each cost more
 * than the rest of such a message's reading.
 */
function fields(value: string): [number, number, number] | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    y = y * 10 + c;
  }
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return null;
  return [y, m1 * 10 + m2, d1 * 10 + d2];
}

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The fields of a real calendar day, or null. (Years below 100 are no day here, as with
 * `Date.UTC`, which reads them as 19xx.)
 */
function realDay(value: string): [number, number, number] | null {
  if (typeof value !== 'string') return null;
  const f = fields(value);
  if (f === null) return null;
  const [y, m, d] = f;
  if (y < 100 || m < 1 || m > 12 || d < 1) return null;
  return d <= (m === 2 && leap(y) ? 29 : (MONTH_DAYS[m - 1] as number)) ? f : null;
}

/** Days since 1970-01-01 of a proleptic Gregorian day (H. Hinnant's days_from_civil). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The day `days since 1970-01-01` as YYYY-MM-DD, or null outside the years 0000–9999. */
function dayText(z: number): IsoDate | null {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** True when `value` is a real calendar day written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (typeof value !== 'string') return isIsoDateSlow(value);
  return realDay(value) !== null;
}

/** The reference reading (what `isIsoDate` answered before the fast path), for other inputs. */
function isIsoDateSlow(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

function toUtc(date: IsoDate): Date {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(t: Date): IsoDate {
  return t.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const f = Number.isInteger(days) ? realDay(date) : null;
  const out = f === null ? null : dayText(dayNumber(f[0], f[1], f[2]) + days);
  if (out !== null) return out;
  // Not a day, a fraction of one, or a year beyond 0000–9999: as `Date` does (and throws).
  const t = toUtc(date);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export function dayOfWeek(date: IsoDate): number {
  const f = realDay(date);
  if (f === null) return toUtc(date).getUTCDay();
  // 1970-01-01 was a Thursday.
  return (((dayNumber(f[0], f[1], f[2]) + 4) % 7) + 7) % 7;
}

/** Monday of the Monday–Sunday week that holds `date`. */
export function startOfWeek(date: IsoDate): IsoDate {
  const dow = dayOfWeek(date);
  return addDays(date, -((dow + 6) % 7));
}

export function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 7)}-01`;
}

export function daysInMonth(year: number, month1: number): number {
  return new Date(Date.UTC(year, month1, 0)).getUTCDate();
}

export function endOfMonth(date: IsoDate): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return `${date.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** Builds a date from parts, or null when the parts name no real day (31 February). */
export function makeDate(year: number, month1: number, day: number): IsoDate | null {
  const s = `${String(year).padStart(4, '0')}-${String(month1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
}

/** The calendar day it is at `instant` in `timeZone` (an IANA name such as Asia/Jakarta). */
// Building an Intl.DateTimeFormat costs far more than using one (it was the largest single
// item in the inbound profile), and a programme has only a handful of time zones.
// Using one still costs several µs (ICU), and every inbound message asks it at least once,
// nearly always for the same zone and second as the message before: the last answer of each
// zone is kept with the second it was for. A zone's offset is a whole number of seconds in
// every tzdata entry (the oldest local mean times included), so the day cannot change
// within one second of UTC.
const dayFormats = new Map<string, { format: Intl.DateTimeFormat; second: number; day: IsoDate }>();

export function businessDate(instant: Date, timeZone: string): IsoDate {
  const second = Math.floor(instant.getTime() / 1000);
  let zone = dayFormats.get(timeZone);
  if (!zone) {
    // en-CA formats as YYYY-MM-DD. Throws on an unknown zone, before caching it.
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    zone = { format, second: Number.NaN, day: '' };
    dayFormats.set(timeZone, zone);
  }
  if (zone.second !== second) {
    // format() throws on an invalid date, as before (NaN never equals the kept second).
    zone.day = zone.format.format(instant);
    zone.second = second;
  }
  return zone.day;
}

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
