/**
 * What every channel adapter offers the rest of the bot. Adapters know their platform and
 * nothing of bookkeeping; the jobs layer talks to them only through this interface.
 */
import type { InboundMessage, OutboundMessage, Platform } from '../core/messages.ts';

/** Hands one received message to the bot. Resolves once it is safely queued. */
export type Intake = (message: InboundMessage) => Promise<void>;

export interface Sent {
  platformMessageId: string | null;
}

/** Whether a channel is linked to its platform now; when not, why, in a few fixed words. */
export type ChannelConnection =
  /** `note`: linked, but something the operator should know (WhatsApp restricting the number). */
  | { connected: true; note?: string }
  | { connected: false; reason: string };

export interface Channel {
  readonly platform: Platform;
  /** Starts receiving; every message goes to `intake`. */
  start(intake: Intake): Promise<void>;
  /**
   * Sends one message. Throws `RateLimitedError` when the platform asks to slow down,
   * `PermanentSendError` when it will never accept it, any other error to retry later.
   */
  send(message: OutboundMessage): Promise<Sent>;
  /** Stops receiving; resolves when no more messages will reach `intake`. */
  stop(): Promise<void>;
  /**
   * Whether it is receiving from its platform right now (the health check asks). Absent
   * where there is no platform link to lose (the console).
   */
  connection?(): ChannelConnection;
}
