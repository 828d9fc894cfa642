/**
 * One process per number, as the channel lives it: the number's lock (a NumberLock) is
 * taken before connecting; without it the process waits in standby and looks again every
 * minute (a database query, never a login). The holder makes sure, every minute, that it
 * still holds the number (its lock's connection may be lost) and lets the link go if not.
 */
import type { Logger } from '../../core/logger.ts';
import type { NumberLock } from './whatsapp.ports.ts';

/** A process in standby looks whether the number became free this often. */
const LOCK_RETRY_MS = 60 * 1000;
/** The holder makes sure it still holds the number this often. */
const LOCK_CHECK_MS = 60 * 1000;

export const STANDBY_REASON = 'standby: another process holds this WhatsApp number';

export interface NumberHoldOptions {
  /** Without one, nothing stops a second process (tests): the number is always taken. */
  lock: NumberLock | undefined;
  log: Logger;
  schedule: (fn: () => void, ms: number) => () => void;
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
  private cancelTimer: (() => void) | undefined;
  private standingBy = false;

  constructor(private readonly options: NumberHoldOptions) {}

  /** Takes the number's lock, or goes to standby and looks again later. */
  async take(): Promise<boolean> {
    const { lock, log } = this.options;
    if (!lock) return true;
    let taken: boolean;
    try {
      taken = await lock.acquire();
    } catch (error) {
      log.error({ err: String(error) }, 'whatsapp: could not check whether another process holds this number; not connecting');
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
    this.plan(LOCK_CHECK_MS, () => this.check());
    return true;
  }

  /** Cancels the timer (the channel stops). */
  cancel(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.standingBy = false;
  }

  /** Lets another process take the number. */
  async release(): Promise<void> {
    await this.options.lock?.release();
  }

  private goStandby(): void {
    this.standingBy = true;
    this.options.standby();
    this.plan(LOCK_RETRY_MS, () => this.retry());
  }

  private retry(): void {
    void (async () => {
      if (this.options.stopped() || !(await this.take())) return;
      this.options.log.warn('whatsapp: the number is free now; connecting');
      await this.options.free();
    })().catch((error: unknown) => this.options.log.error({ err: String(error) }, 'whatsapp: could not take over the number'));
  }

  /** The holder looks whether it still holds the number; if it lost it, it lets the link go. */
  private check(): void {
    const lock = this.options.lock;
    if (!lock) return;
    void lock
      .held()
      .then((held) => {
        if (this.options.stopped()) return;
        if (held) return this.plan(LOCK_CHECK_MS, () => this.check());
        this.options.log.error('whatsapp: lost the lock on this number (its database connection); closing the link until it is taken again');
        this.options.lost();
        this.goStandby();
      })
      .catch((error: unknown) => {
        // The lock's connection could not answer: look again later rather than give up watching.
        this.options.log.error({ err: String(error) }, 'whatsapp: could not check the lock on this number');
        if (!this.options.stopped()) this.plan(LOCK_CHECK_MS, () => this.check());
      });
  }

  private plan(ms: number, fn: () => void): void {
    this.cancelTimer?.();
    this.cancelTimer = this.schedule(ms, fn);
  }

  private schedule(ms: number, fn: () => void): () => void {
    return this.options.schedule(() => {
      this.cancelTimer = undefined;
      if (!this.options.stopped()) fn();
    }, ms);
  }
}
