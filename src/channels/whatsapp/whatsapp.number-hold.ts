/**
 * One process per number, as the channel lives it. The number's lease (a NumberLock; in the
 * running bot a row in Postgres, src/modules/whatsapp/whatsapp-lock.repository.ts) is taken
 * before connecting; without it the process waits in standby and looks again every
 * `retryMs` (a database statement, never a login). The holder renews it every `renewMs`.
 *
 * What keeps "never two sockets on one number" true, with several processes on several
 * machines and a holder that may lose its database while it lives:
 *
 * - Postgres lets another process take the number only once the lease's `expires_at` has
 *   passed on Postgres's clock, and `expires_at` is `now() + leaseMs` of the holder's last
 *   successful take or renewal.
 * - The holder keeps its own deadline on its monotonic clock: `leaseMs - marginMs` after
 *   the moment *before* it sent that statement (which is no later than Postgres's `now()`
 *   for it). When the deadline passes without a newer successful renewal — the database
 *   unreachable, a statement that hangs, an event loop that stalled — a timer closes the
 *   socket and the channel goes to standby; nothing waits for a failed statement to say so.
 *   So the old holder has closed its socket `marginMs` before any other could take over
 *   (the margin also covers the closing itself and clock-rate drift; it assumes the database
 *   server's clock does not jump by that much within a lease).
 * - `valid()` says whether the deadline is still ahead; the channel sends nothing and opens
 *   no socket when it is not, so a late timer (a stalled process) cannot send on a number
 *   another process may already hold.
 * - A renewal names the holder's token and succeeds only while the lease is unexpired (the
 *   fencing rule): once lost, a holder's late statements cannot extend it; it takes the
 *   number again only like any other process, after expiry.
 * - What is left: a process frozen for longer than `marginMs` (5 s) right at its deadline
 *   still has its socket open, though it sends nothing (`valid()`), when the next holder
 *   connects; WhatsApp then closes one of the two (440) and that channel stops. Redis plays
 *   no part: losing its data changes nothing here.
 *
 * And "taken over within 30 s": a holder that dies stops renewing; its lease expires at most
 * `leaseMs` after its last renewal and a standby sees it on its next look, `retryMs` later
 * at most: 20 s + 5 s with the defaults. A holder that stops (a deploy) expires its lease at
 * once, so the next look takes the number.
 */
import type { Logger } from '../../core/logger.ts';
import type { NumberLock } from './whatsapp.ports.ts';

/** How often a failing look at the lease is logged. */
const ACQUIRE_ERROR_LOG_MS = 60_000;

export const STANDBY_REASON = 'standby: another process holds this WhatsApp number';

export interface NumberHoldOptions {
  /** Without one, nothing stops a second process (tests): the number is always taken. */
  lock: NumberLock | undefined;
  log: Logger;
  schedule: (fn: () => void, ms: number) => () => void;
  /** Milliseconds on a clock that never jumps (performance.now in the bot; the simulated clock in tests). */
  monotonic: () => number;
  /** Whether the channel was stopped: nothing is taken or planned then. */
  stopped(): boolean;
  /** The number could not be taken (or was lost): the channel waits in standby. */
  standby(): void;
  /** The number became free while in standby: the channel connects. */
  free(): Promise<void>;
  /** The number was lost while connected: the channel closes its link without reacting to the close. */
  lost(): void;
}

export class NumberHold {
  /** The next renewal (holding) or look (standby). */
  private cancelNext: (() => void) | undefined;
  /** The moment the holder lets go unless a renewal moves it (see above). */
  private cancelDeadline: (() => void) | undefined;
  private deadline: number | undefined;
  private standingBy = false;
  private lastAcquireError: number | undefined;

  constructor(private readonly options: NumberHoldOptions) {}

  /** Whether this process may use the number now (its deadline is still ahead). */
  valid(): boolean {
    if (!this.options.lock) return true;
    return this.deadline !== undefined && this.options.monotonic() < this.deadline;
  }

  /** Takes the number's lease, or goes to standby and looks again later. */
  async take(): Promise<boolean> {
    const { lock, log } = this.options;
    if (!lock) return true;
    const asked = this.options.monotonic();
    let taken: boolean;
    try {
      taken = await lock.acquire();
    } catch (error) {
      // Every few seconds while Postgres is away: said once a minute, not at every look.
      if (this.lastAcquireError === undefined || asked - this.lastAcquireError >= ACQUIRE_ERROR_LOG_MS) {
        this.lastAcquireError = asked;
        log.error({ err: String(error) }, 'whatsapp: could not check whether another process holds this number; not connecting');
      }
      taken = false;
    }
    if (this.options.stopped()) {
      if (taken) await lock.release();
      return false;
    }
    if (!taken) {
      if (!this.standingBy) log.error(`whatsapp not connecting: ${STANDBY_REASON} (one process per number; this one waits)`);
      this.goStandby();
      return false;
    }
    this.standingBy = false;
    this.holdUntil(asked);
    if (!this.valid()) {
      // The answer came too late to use: the lease may lapse before a socket could do anything.
      log.error('whatsapp: the number was taken too slowly to use it; waiting');
      this.letGo();
      return false;
    }
    this.plan(lock.timing.renewMs, () => this.renew());
    return true;
  }

  /** Cancels the timers (the channel stops). */
  cancel(): void {
    this.cancelNext?.();
    this.cancelNext = undefined;
    this.cancelDeadline?.();
    this.cancelDeadline = undefined;
    this.deadline = undefined;
    this.standingBy = false;
  }

  /** Lets another process take the number (the socket is closed by now). */
  async release(): Promise<void> {
    this.deadline = undefined;
    await this.options.lock?.release();
  }

  /** The lease was taken or renewed by a statement sent at `asked`: the holder may use it until its deadline. */
  private holdUntil(asked: number): void {
    const { lock } = this.options;
    if (!lock) return;
    this.deadline = asked + lock.timing.leaseMs - lock.timing.marginMs;
    this.armDeadline();
  }

  private armDeadline(): void {
    this.cancelDeadline?.();
    if (this.deadline === undefined) return;
    this.cancelDeadline = this.options.schedule(() => {
      this.cancelDeadline = undefined;
      if (this.options.stopped() || this.deadline === undefined) return;
      if (this.options.monotonic() < this.deadline) return this.armDeadline(); // a timer that fired early
      this.options.log.error('whatsapp: could not renew the lease on this number in time (its database unreachable?); closing the link before another process may take it');
      this.letGo();
    }, Math.max(0, this.deadline - this.options.monotonic()));
  }

  /** The socket closes now; the number is looked at again like any process in standby. */
  private letGo(): void {
    this.deadline = undefined;
    this.cancelDeadline?.();
    this.cancelDeadline = undefined;
    this.options.lost();
    this.goStandby();
  }

  private goStandby(): void {
    this.standingBy = true;
    this.options.standby();
    this.plan(this.options.lock?.timing.retryMs ?? 0, () => this.retry());
  }

  private retry(): void {
    void (async () => {
      if (this.options.stopped() || !(await this.take())) return;
      this.options.log.warn('whatsapp: the number is free now; connecting');
      await this.options.free();
    })().catch((error: unknown) => this.options.log.error({ err: String(error) }, 'whatsapp: could not take over the number'));
  }

  /** The holder extends its lease; if another process has it (or it lapsed), it lets the link go at once. */
  private renew(): void {
    const lock = this.options.lock;
    if (!lock || this.deadline === undefined) return;
    const asked = this.options.monotonic();
    void lock
      .renew()
      .then((renewed) => {
        if (this.options.stopped() || this.deadline === undefined) return;
        if (!renewed) {
          this.options.log.error('whatsapp: lost the lease on this number; closing the link until it is taken again');
          return this.letGo();
        }
        this.holdUntil(asked);
        this.plan(lock.timing.renewMs, () => this.renew());
      })
      .catch((error: unknown) => {
        // No answer: try again; the deadline timer lets the link go if none comes in time.
        this.options.log.error({ err: String(error) }, 'whatsapp: could not renew the lease on this number');
        if (!this.options.stopped() && this.deadline !== undefined) this.plan(lock.timing.renewMs, () => this.renew());
      });
  }

  private plan(ms: number, fn: () => void): void {
    this.cancelNext?.();
    this.cancelNext = this.options.schedule(() => {
      this.cancelNext = undefined;
      if (!this.options.stopped()) fn();
    }, ms);
  }
}
