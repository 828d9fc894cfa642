/**
 * Restrictions WhatsApp puts on the bot's number, from what Baileys rc14 reports, and how
 * long the bot's own initiative (anything that is not an answer to someone who just wrote)
 * must pause. Pure: the caller passes the time.
 *
 * What counts:
 * - the reach-out time-lock: `connection.update` with `reachoutTimeLock` (from a server
 *   notification, or from `fetchAccountReachoutTimelock()`), `isActive` and maybe
 *   `timeEnforcementEnds`. Inactive ends it.
 * - a 463 refusal of a sent message (the account restricted from starting chats). Baileys
 *   does not ask for the time-lock itself then (its 463 branch comes first), so the channel
 *   asks; until the answer the pause lasts an hour, quietly. An answer "active" is the
 *   time-lock above; "not active" ends the pause (the 463 was about that one contact); no
 *   answer at all makes the 463 itself the restriction, and it is told.
 * - `message-capping.update` (NewChatMessageCapInfo): CAPPED, or a used quota that reached
 *   the total, pauses until the cycle ends. Warnings are told, not obeyed: bulk messages go
 *   only to people who wrote first, which are not new chats.
 */
import type { NewChatMessageCapInfo, ReachoutTimelockState } from '@whiskeysockets/baileys';

export type RestrictionKind = 'time-lock' | 'refused-463' | 'capped';

export interface Restriction {
  kind: RestrictionKind;
  since: Date;
  /** When WhatsApp said it ends; the pause re-checks at `until` even when it was a guess. */
  until: Date;
  /** WhatsApp gave no end: `until` is the bot's own guess. */
  guessed: boolean;
  /** Whether its beginning was told (a 463 pauses quietly until the time-lock answer). */
  told: boolean;
}

/** What changed, for the operator and the facilitators: a pause began, moved, or ended. */
export type RestrictionChange = { kind: 'began'; restriction: Restriction } | { kind: 'ended'; restriction: Restriction };

/** How long a pause without a known end lasts before it is looked at again. */
export const UNKNOWN_END_MS = 60 * 60 * 1000;
/** A capping cycle whose end is not given is taken as a day. */
const CAPPING_CYCLE_MS = 24 * 60 * 60 * 1000;

export class Restrictions {
  private readonly active = new Map<RestrictionKind, Restriction>();

  /** A time-lock report. */
  timelock(state: ReachoutTimelockState, now: Date): RestrictionChange[] {
    if (!state.isActive) return [...this.end('time-lock'), ...this.end('refused-463')];
    const ends = state.timeEnforcementEnds;
    const known = ends instanceof Date && !Number.isNaN(ends.getTime()) && ends.getTime() > now.getTime();
    // The time-lock explains the 463: one restriction, told once.
    const changes = this.end('refused-463', { quiet: true });
    return [...changes, ...this.begin('time-lock', now, known ? ends : new Date(now.getTime() + UNKNOWN_END_MS), !known)];
  }

  /** WhatsApp refused a message with 463: a quiet pause while the time-lock is asked. */
  refused463(now: Date): RestrictionChange[] {
    if (this.active.has('time-lock')) return [];
    return this.begin('refused-463', now, new Date(now.getTime() + UNKNOWN_END_MS), true, { quiet: true });
  }

  /** The time-lock could not be asked after a 463: the 463 itself is the restriction, told now. */
  unexplained463(now: Date): RestrictionChange[] {
    const pending = this.active.get('refused-463');
    if (!pending || pending.told) return [];
    const restriction = { ...pending, until: new Date(Math.max(pending.until.getTime(), now.getTime() + UNKNOWN_END_MS)), told: true };
    this.active.set('refused-463', restriction);
    return [{ kind: 'began', restriction }];
  }

  /** A capping report. */
  capping(info: NewChatMessageCapInfo, now: Date): RestrictionChange[] {
    const full = info.total_quota !== undefined && info.used_quota !== undefined && info.total_quota > 0 && info.used_quota >= info.total_quota;
    if (info.capping_status !== 'CAPPED' && !full) return this.end('capped');
    const endSeconds = Number(info.cycle_end_timestamp);
    const known = Number.isFinite(endSeconds) && endSeconds * 1000 > now.getTime();
    return this.begin('capped', now, known ? new Date(endSeconds * 1000) : new Date(now.getTime() + CAPPING_CYCLE_MS), !known);
  }

  /** The restriction in force at `now` that ends last, if any; ones whose time is up are dropped. */
  current(now: Date): Restriction | undefined {
    let latest: Restriction | undefined;
    for (const r of this.active.values()) if (r.until.getTime() > now.getTime() && (!latest || r.until > latest.until)) latest = r;
    return latest;
  }

  /** Restrictions whose time is up at `now`: ended (the caller tells who must know). */
  expire(now: Date): RestrictionChange[] {
    const done = [...this.active.values()].filter((r) => r.until.getTime() <= now.getTime());
    return done.flatMap((r) => this.end(r.kind));
  }

  private begin(kind: RestrictionKind, now: Date, until: Date, guessed: boolean, options: { quiet?: boolean } = {}): RestrictionChange[] {
    const before = this.active.get(kind);
    // Told when it begins, and again only when WhatsApp moves a known end.
    const tell = !options.quiet && !(before?.told && (before.until.getTime() === until.getTime() || guessed));
    const restriction = { kind, since: before?.since ?? now, until, guessed, told: tell || (before?.told ?? false) };
    this.active.set(kind, restriction);
    return tell ? [{ kind: 'began', restriction }] : [];
  }

  private end(kind: RestrictionKind, options: { quiet?: boolean } = {}): RestrictionChange[] {
    const restriction = this.active.get(kind);
    if (!restriction) return [];
    this.active.delete(kind);
    // An end is told only of a restriction whose beginning was.
    return options.quiet || !restriction.told ? [] : [{ kind: 'ended', restriction }];
  }
}
