/**
 * When reminders fall due: pure functions of the calendar, time zones and quiet hours.
 * The reminder job and `reminders preview` both plan from `slotsBetween`, so what the
 * preview prints is what the job sends.
 *
 * A **slot** is one kind of reminder on one local day in one time zone:
 *
 * - `repayment`  every day 08:00 — instalments due in 3 days, in 1 day, today, 1 and 7 days ago;
 * - `nudge`      Saturday 19:00 — members who recorded nothing since Monday;
 * - `digest`     Sunday 19:00 — each linked group chat gets its group's week;
 * - `quarterly`  first Monday of January, April, July and October, 08:00 — assets and employees.
 * - `order_due`  every day 08:00 — a member's open orders (pesanan) due tomorrow.
 *
 * Times are local to the slot's time zone (a group's for group things, a member's own for
 * personal ones). A slot whose local time falls in quiet hours (default 21:00–07:00) is due
 * at the end of them instead; its local day (which names its period) does not change.
 */
import { addDays, businessDate, dayOfWeek, isIsoDate, makeDate, type IsoDate } from '../../core/dates.ts';
import type { ReminderSlotKind } from '../../db/schema.ts';
import { localInstant } from '../../core/zoned-time.ts';

export type SlotKind = ReminderSlotKind;
export const SLOT_KINDS: readonly SlotKind[] = ['repayment', 'nudge', 'digest', 'quarterly', 'order_due'];

/** Minutes since local midnight: [start, end), wrapping past midnight when start > end. */
export interface QuietHours {
  start: number;
  end: number;
}

export const DEFAULT_QUIET_HOURS = '21:00-07:00';

const HH_MM = /^(\d{1,2}):(\d{2})$/;

function minuteOf(text: string): number | undefined {
  const m = HH_MM.exec(text.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : undefined;
}

/**
 * `21:00-07:00` → {start: 1260, end: 420}; `off` (or `none`) → null: no quiet hours.
 * Returns undefined for anything else (a malformed time, or start equal to end).
 */
export function parseQuietHours(text: string): QuietHours | null | undefined {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'off' || trimmed === 'none') return null;
  const [from, to, ...rest] = trimmed.split('-');
  if (from === undefined || to === undefined || rest.length) return undefined;
  const start = minuteOf(from);
  const end = minuteOf(to);
  if (start === undefined || end === undefined || start === end) return undefined;
  return { start, end };
}

function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export function formatQuietHours(quiet: QuietHours | null): string {
  return quiet ? `${hhmm(quiet.start)}-${hhmm(quiet.end)}` : 'off';
}

export function isQuiet(minute: number, quiet: QuietHours | null): boolean {
  if (!quiet) return false;
  return quiet.start < quiet.end ? minute >= quiet.start && minute < quiet.end : minute >= quiet.start || minute < quiet.end;
}

// ---------------------------------------------------------------------------------------
// Local time ↔ instants

// Shared with the rest of the program: see src/core/zoned-time.ts.
export { isoWithOffset, localInstant, minuteOfDayAt } from '../../core/zoned-time.ts';

// ---------------------------------------------------------------------------------------
// Slots

interface SlotRule {
  /** Local time, minutes since midnight. */
  minute: number;
  occursOn(date: IsoDate): boolean;
}

const QUARTER_MONTHS = [1, 4, 7, 10];

export const SLOT_RULES: Record<SlotKind, SlotRule> = {
  repayment: { minute: 8 * 60, occursOn: () => true },
  nudge: { minute: 19 * 60, occursOn: (d) => dayOfWeek(d) === 6 },
  digest: { minute: 19 * 60, occursOn: (d) => dayOfWeek(d) === 0 },
  quarterly: {
    minute: 8 * 60,
    occursOn: (d) => dayOfWeek(d) === 1 && Number(d.slice(8, 10)) <= 7 && QUARTER_MONTHS.includes(Number(d.slice(5, 7))),
  },
  // Orders due tomorrow: every day 08:00 in the member's own time zone.
  order_due: { minute: 8 * 60, occursOn: () => true },
  // Weekly summary: Sunday 19:00 in each member's own time zone. Not in SLOT_KINDS:
  // the tick plans it only when asked to (`weeklySummaries`, see jobs/weekly-summary.ts).
  weekly_summary: { minute: 19 * 60, occursOn: (d) => dayOfWeek(d) === 0 },
};

export interface Slot {
  kind: SlotKind;
  timeZone: string;
  /** The local day the slot belongs to (names its period), even when quiet hours move it. */
  date: IsoDate;
  /** When it goes out: the slot's local time, or the end of quiet hours. */
  dueAt: Date;
  /** kind|time zone|date: the slot's identity in reminder_slot_runs. */
  key: string;
}

export function slotKey(kind: SlotKind, timeZone: string, date: IsoDate): string {
  return `${kind}|${timeZone}|${date}`;
}

/** When a slot at `minute` on local `date` goes out, moved to the end of quiet hours if needed. */
export function sendTime(date: IsoDate, minute: number, timeZone: string, quiet: QuietHours | null): Date {
  if (!quiet || !isQuiet(minute, quiet)) return localInstant(date, minute, timeZone);
  // Quiet hours that wrap midnight end the next morning when the slot is in their evening part.
  const endDay = quiet.start > quiet.end && minute >= quiet.start ? addDays(date, 1) : date;
  return localInstant(endDay, quiet.end, timeZone);
}

export function slotOn(kind: SlotKind, timeZone: string, date: IsoDate, quiet: QuietHours | null): Slot | undefined {
  const rule = SLOT_RULES[kind];
  if (!rule.occursOn(date)) return undefined;
  return { kind, timeZone, date, dueAt: sendTime(date, rule.minute, timeZone, quiet), key: slotKey(kind, timeZone, date) };
}

/**
 * Every slot due at or after `from` and before `to`, in the given time zones, in the order
 * they fall due (then by time zone and kind).
 */
export function slotsBetween(
  from: Date,
  to: Date,
  timeZones: readonly string[],
  quiet: QuietHours | null,
  kinds: readonly SlotKind[] = SLOT_KINDS,
): Slot[] {
  const slots: Slot[] = [];
  if (!(to.getTime() > from.getTime())) return slots;
  for (const timeZone of [...new Set(timeZones)]) {
    // Quiet hours move a slot by less than a day: start a day early to catch those.
    const last = businessDate(to, timeZone);
    for (let date = addDays(businessDate(from, timeZone), -1); date <= last; date = addDays(date, 1)) {
      for (const kind of kinds) {
        const slot = slotOn(kind, timeZone, date, quiet);
        if (slot && slot.dueAt.getTime() >= from.getTime() && slot.dueAt.getTime() < to.getTime()) slots.push(slot);
      }
    }
  }
  return slots.sort(
    (a, b) =>
      a.dueAt.getTime() - b.dueAt.getTime() ||
      a.timeZone.localeCompare(b.timeZone) ||
      SLOT_KINDS.indexOf(a.kind) - SLOT_KINDS.indexOf(b.kind),
  );
}

// ---------------------------------------------------------------------------------------
// Periods

/** ISO 8601 week of a day, `2026W53`: weeks run Monday to Sunday, week 1 holds the first Thursday. */
export function isoWeek(date: IsoDate): string {
  const thursday = addDays(date, 3 - ((dayOfWeek(date) + 6) % 7));
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = (Date.parse(`${thursday}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
  return `${year}W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** `2027Q1`. */
export type QuarterLabel = string;

export function quarterOf(date: IsoDate): QuarterLabel {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

export function isQuarterLabel(label: string): boolean {
  return /^\d{4}Q[1-4]$/.test(label);
}

export function previousQuarter(label: QuarterLabel): QuarterLabel {
  const year = Number(label.slice(0, 4));
  const q = Number(label.slice(5));
  return q === 1 ? `${year - 1}Q4` : `${year}Q${q - 1}`;
}

/** First and last day of a quarter. */
export function quarterRange(label: QuarterLabel): { from: IsoDate; to: IsoDate } {
  const year = Number(label.slice(0, 4));
  const q = Number(label.slice(5));
  const from = makeDate(year, q * 3 - 2, 1);
  const next = q === 4 ? makeDate(year + 1, 1, 1) : makeDate(year, q * 3 + 1, 1);
  if (!from || !next) throw new RangeError(`not a quarter: ${label}`);
  return { from, to: addDays(next, -1) };
}

/** The quarter a member reports on at `date`: the last one that has ended. */
export function reportedQuarter(date: IsoDate): QuarterLabel {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return previousQuarter(quarterOf(date));
}
