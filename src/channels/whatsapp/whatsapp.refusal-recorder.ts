/**
 * Records WhatsApp's refusals of sent messages on their outbox rows. A refusal may overtake
 * the send step's own "sent" mark (it names a message id no row has yet), so a refusal that
 * finds no row is recorded again after a few pauses; the pauses nobody waits for do not keep
 * the process alive, and are cancelled when the channel stops.
 */
import type { Logger } from '../../core/logger.ts';
import type { SendRefusals } from './whatsapp.ports.ts';
import type { Refusal } from './whatsapp.refusals.ts';

/** When a refusal finds no sent row yet, it is recorded again after these pauses. */
const REFUSAL_RETRY_MS = [2_000, 15_000, 120_000] as const;

export interface RefusalRecorderOptions {
  /** Default: logged only. */
  refusals: SendRefusals | undefined;
  log: Logger;
  schedule: (fn: () => void, ms: number, opts?: { background?: boolean }) => () => void;
  stopped(): boolean;
}

export class RefusalRecorder {
  /** Retries still waiting (up to two minutes): cancelled on stop. */
  private readonly retries = new Set<() => void>();

  constructor(private readonly options: RefusalRecorderOptions) {}

  record(refusal: Refusal, tries = 0): void {
    const { refusals, log } = this.options;
    if (!refusals) return;
    const again = (why: string) => {
      const pause = REFUSAL_RETRY_MS[tries];
      if (pause === undefined) {
        log.warn({ messageId: refusal.messageId, why }, 'whatsapp: a refusal names no message the outbox sent');
        return;
      }
      if (this.options.stopped()) return;
      const cancel = this.options.schedule(
        () => {
          this.retries.delete(cancel);
          this.record(refusal, tries + 1);
        },
        pause,
        { background: true },
      );
      this.retries.add(cancel);
    };
    refusals.record({ platformMessageId: refusal.messageId, reason: refusal.reason }).then(
      (found) => {
        if (!found) again('not found');
      },
      (error: unknown) => again(String(error)),
    );
  }

  cancel(): void {
    for (const cancel of this.retries) cancel();
    this.retries.clear();
  }
}
