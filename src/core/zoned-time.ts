/**
 * Wall-clock time in a time zone (WIB, WITA, WIT…) ↔ instants, with the runtime's own
 * zone data (Intl). Used wherever something must happen at a local hour: reminders at
 * 08:00, a daily cap that resets at local midnight.
 */
import type { IsoDate } from './dates.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at `instant`, in minutes (Asia/Jakarta: 420). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** Minutes since local midnight at `instant` in `timeZone`. */
export function minuteOfDayAt(instant: Date, timeZone: string): number {
  const local = instant.getTime() + offsetMinutes(instant, timeZone) * 60_000;
  return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
}

/** The instant it is `minute` minutes after local midnight of `date` in `timeZone`. */
export function localInstant(date: IsoDate, minute: number, timeZone: string): Date {
  const naive = Date.parse(`${date}T00:00:00Z`) + minute * 60_000;
  let offset = offsetMinutes(new Date(naive), timeZone);
  const second = offsetMinutes(new Date(naive - offset * 60_000), timeZone);
  if (second !== offset) offset = second;
  return new Date(naive - offset * 60_000);
}

/** `2027-01-30T19:00:00+07:00`: the instant as the zone's wall clock, with its offset. */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const offset = offsetMinutes(instant, timeZone);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
