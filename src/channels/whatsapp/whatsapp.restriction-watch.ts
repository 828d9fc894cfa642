/**
 * Watches the restrictions WhatsApp puts on the number (whatsapp.restriction.ts decides
 * what they are): asks for the time-lock after each `open` and after a 463, tells the
 * operator and the facilitators when a pause begins or ends, and looks again when the
 * pause in force should end (asking WhatsApp first: it may have been lifted early).
 */
import type { NewChatMessageCapInfo, ReachoutTimelockState } from '@whiskeysockets/baileys';
import type { Clock } from '../../core/clock.ts';
import type { Logger } from '../../core/logger.ts';
import type { WhatsappAlerts } from './whatsapp.ports.ts';
import { Restrictions, type Restriction, type RestrictionChange } from './whatsapp.restriction.ts';

/**
 * A restriction is looked at again at its end, or after this long if that is later: a
 * time-lock may last weeks, and a timer longer than 2^31 ms fires at once in Node.
 */
const RESTRICTION_LOOK_AGAIN_MS = 6 * 3600 * 1000;

/** The part of the socket the watch asks. */
export interface TimelockSource {
  /** Its answer arrives as a connection.update (reported back through `timelock`). */
  fetchAccountReachoutTimelock(): Promise<ReachoutTimelockState>;
}

export interface RestrictionWatchOptions {
  clock: Clock;
  log: Logger;
  alerts: WhatsappAlerts | undefined;
  schedule: (fn: () => void, ms: number) => () => void;
  /** The open socket, if any: asked again when a pause should end. */
  openSocket(): TimelockSource | undefined;
  stopped(): boolean;
  /** A pause began or ended: the link's status row changes. */
  changed(): void;
}

export class RestrictionWatch {
  private readonly restrictions = new Restrictions();
  private cancelCheck: (() => void) | undefined;

  constructor(private readonly options: RestrictionWatchOptions) {}

  /** The restriction in force now, if any. */
  current(): Restriction | undefined {
    return this.restrictions.current(this.options.clock.now());
  }

  /** A time-lock report (connection.update's `reachoutTimeLock`). */
  timelock(state: ReachoutTimelockState): void {
    this.apply(this.restrictions.timelock(state, this.options.clock.now()));
  }

  /** A `message-capping.update`. */
  capping(info: NewChatMessageCapInfo): void {
    this.apply(this.restrictions.capping(info, this.options.clock.now()));
  }

  /** WhatsApp refused a sent message with 463: pause quietly, and ask why. */
  refused463(socket: TimelockSource): void {
    this.apply(this.restrictions.refused463(this.options.clock.now()));
    this.ask(socket, () => this.apply(this.restrictions.unexplained463(this.options.clock.now())));
  }

  /** Asks for the time-lock; its answer arrives as a connection.update. */
  ask(socket: TimelockSource, onFailure?: () => void): void {
    socket.fetchAccountReachoutTimelock().then(
      () => undefined,
      (error: unknown) => {
        this.options.log.warn({ err: String(error) }, 'whatsapp: could not ask whether the number is restricted');
        onFailure?.();
      },
    );
  }

  cancel(): void {
    this.cancelCheck?.();
    this.cancelCheck = undefined;
  }

  private apply(changes: readonly RestrictionChange[]): void {
    const { log, alerts } = this.options;
    for (const change of changes) {
      const { kind, since, until, guessed } = change.restriction;
      if (change.kind === 'began') {
        log.error({ restriction: kind, until: until.toISOString(), endGuessed: guessed }, 'whatsapp restricted this number: only answers to people who just wrote go out until it ends');
      } else {
        log.warn({ restriction: kind, since: since.toISOString() }, 'whatsapp restriction ended: held messages go out again');
      }
      alerts?.restriction(change);
    }
    if (changes.length) this.options.changed();
    this.planCheck();
  }

  /** Looks again when the restriction in force should end: asks WhatsApp, then ends what is due. */
  private planCheck(): void {
    this.cancel();
    const { clock } = this.options;
    const restriction = this.current();
    if (!restriction || this.options.stopped()) return;
    const wait = Math.min(RESTRICTION_LOOK_AGAIN_MS, Math.max(0, restriction.until.getTime() - clock.now().getTime()));
    this.cancelCheck = this.options.schedule(() => {
      this.cancelCheck = undefined;
      void (async () => {
        const socket = this.options.openSocket();
        if (socket) await socket.fetchAccountReachoutTimelock().catch(() => undefined);
        this.apply(this.restrictions.expire(clock.now()));
      })().catch((error: unknown) => this.options.log.error({ err: String(error) }, 'whatsapp: could not look at the restriction again'));
    }, wait);
  }
}
