/**
 * Pacing of bulk private WhatsApp messages (reminders, leads to one person): a linked
 * personal number that sends many private messages quickly is what WhatsApp bans. Replies
 * to someone who just wrote are never paced; group messages are not either (one message
 * to a group is the cheap way to reach many people).
 *
 * Rules: at most `perMinute` sends a minute, each followed by a random pause of up to
 * `jitterRatio` of the minimum gap on top (5 a minute → 12 s apart, plus 0–6 s); at most
 * `dailyCap` sends per local day (in `timeZone`), counted again from local midnight. A new
 * number starts lower (`rampUp`): a number that suddenly sends as much as an old one is
 * what WhatsApp's spam checks look for, so the cap grows week by week from its first send.
 * Pure: the caller passes the time, and the random source is injected.
 */
import { localInstant } from '../../core/zoned-time.ts';
import { addDays, businessDate, type IsoDate } from '../../core/dates.ts';

export interface PacerOptions {
  perMinute: number;
  dailyCap: number;
  /** Whose midnight resets the daily count (DEFAULT_TIMEZONE). */
  timeZone: string;
  /** Uniform in [0, 1), as Math.random. */
  random: () => number;
  /** Largest random pause, as a share of the minimum gap. Default 0.5. */
  jitterRatio?: number;
  /** A new number's lower caps: week 1, week 2 … after `from` (its first send); `dailyCap` after the last. */
  rampUp?: { from: Date; weeklyCaps: readonly number[] } | undefined;
}

/** A new number's daily caps in its first four weeks (then WHATSAPP_PRIVATE_DAILY_CAP). */
export const NEW_NUMBER_DAILY_CAPS = [20, 40, 80, 150] as const;
const WEEK_MS = 7 * 24 * 3600 * 1000;

export class WhatsappPacer {
  private earliest = Number.NEGATIVE_INFINITY;
  private day: IsoDate | undefined;
  private sentToday = 0;

  constructor(private readonly options: PacerOptions) {
    if (!(options.perMinute >= 1) || !(options.dailyCap >= 1)) throw new RangeError('pacing limits must be at least 1');
  }

  /** The smallest gap between two sends: 60 s / perMinute. */
  get gapMs(): number {
    return Math.ceil(60_000 / this.options.perMinute);
  }

  /** The earliest instant the next bulk private message may go (`now` when it may go now). */
  nextSendAt(now: Date): Date {
    if (this.countOn(now) >= this.capOn(now)) return startOfNextLocalDay(now, this.options.timeZone);
    return new Date(Math.max(now.getTime(), this.earliest));
  }

  /** How long to wait from `now`; 0 when a message may go now. */
  waitMs(now: Date): number {
    return Math.max(0, this.nextSendAt(now).getTime() - now.getTime());
  }

  /** Notes a bulk private message sent at `now`. */
  record(now: Date): void {
    const today = businessDate(now, this.options.timeZone);
    if (this.day !== today) {
      this.day = today;
      this.sentToday = 0;
    }
    this.sentToday += 1;
    const jitter = Math.floor(this.options.random() * this.gapMs * (this.options.jitterRatio ?? 0.5));
    this.earliest = Math.max(this.earliest, now.getTime() + this.gapMs + jitter);
  }

  /** Replays earlier sends (from the database, after a restart), oldest first. */
  restore(sentAt: readonly Date[]): void {
    for (const at of [...sentAt].sort((a, b) => a.getTime() - b.getTime())) this.record(at);
  }

  /** How many may go on the local day of `now`: the daily cap, lower while the number is new. */
  capOn(now: Date): number {
    const ramp = this.options.rampUp;
    if (!ramp) return this.options.dailyCap;
    const week = Math.floor((now.getTime() - ramp.from.getTime()) / WEEK_MS);
    const early = week >= 0 ? ramp.weeklyCaps[week] : ramp.weeklyCaps[0];
    return Math.min(this.options.dailyCap, early ?? this.options.dailyCap);
  }

  /** Bulk private messages sent on the local day of `now`. */
  countOn(now: Date): number {
    return this.day === businessDate(now, this.options.timeZone) ? this.sentToday : 0;
  }
}

/** The instant the next local day begins in `timeZone`. */
export function startOfNextLocalDay(now: Date, timeZone: string): Date {
  return localInstant(addDays(businessDate(now, timeZone), 1), 0, timeZone);
}
