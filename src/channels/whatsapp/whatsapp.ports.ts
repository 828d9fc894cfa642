/**
 * What the WhatsApp channel needs from the rest of the bot, as small interfaces it owns.
 * The composition root (app.ts) hands it Postgres-backed implementations from
 * src/modules/whatsapp; tests may hand it anything that fits. The channel never sees a
 * database, and the modules never see Baileys.
 */
import type { RestrictionChange } from './whatsapp.restriction.ts';

/** Credentials and signal keys as opaque serialised text, kept somewhere durable. */
export interface WhatsappAuthStore {
  readCreds(): Promise<string | null>;
  writeCreds(serialised: string): Promise<void>;
  /** The stored values of these ids; missing ids are simply absent. */
  readKeys(type: string, ids: readonly string[]): Promise<Map<string, string>>;
  /** Upserts, and deletes where `value` is null, all together. */
  writeKeys(changes: readonly { type: string; id: string; value: string | null }[]): Promise<void>;
  /** Forgets the link entirely (logged out). */
  clear(): Promise<void>;
}

export interface LidPair {
  /** '1234567890@lid', without device */
  lid: string;
  /** '6281234567890@s.whatsapp.net', without device */
  phoneJid: string;
}

/** The phone ↔ LID table. */
export interface LidDirectory {
  phonesForLids(lids: readonly string[]): Promise<Map<string, string>>;
  remember(pairs: readonly LidPair[]): Promise<void>;
}

/** The bot's recently sent messages, as encoded protos, for WhatsApp's retry requests. */
export interface SentMessageStore {
  remember(sent: { id: string; chatId: string; message: Uint8Array }): Promise<void>;
  find(id: string): Promise<Uint8Array | undefined>;
}

/** When this JID (or its LID/phone twin) last wrote to the bot in a private chat; undefined when never. */
export type LastWrotePrivately = (jid: string) => Promise<Date | undefined>;

/**
 * Where WhatsApp's refusal of a message already sent is recorded (the outbox row it came
 * from, found by the id the send returned). Resolves false when no sent row has that id
 * yet: the refusal may overtake the send step's own "sent" mark, so the channel asks again.
 */
export interface SendRefusals {
  record(refusal: { platformMessageId: string; reason: string }): Promise<boolean>;
}

/**
 * Who must hear what happens to the link beyond the log: the facilitators (in words, from
 * the catalogues) and the operator (the status row the admin command line reads).
 */
export interface WhatsappAlerts {
  /** A restriction on the number began or ended. */
  restriction(change: RestrictionChange): void;
  /** The link's standing changed: where it is, why, and any restriction in force. */
  status(status: LinkStatus): void;
}

export interface LinkStatus {
  state: 'connecting' | 'open' | 'waiting' | 'stopped' | 'standby';
  /** Why it is not open (or why it stopped), in a few fixed words. */
  reason: string | null;
  restriction: { kind: string; until: Date } | null;
}

/**
 * The right to use the number, one process at a time: a lease (a row in Postgres in the
 * running bot: src/modules/whatsapp/whatsapp-lock.repository.ts). Taken before connecting,
 * renewed while connected; whatsapp.number-hold.ts says what keeps one socket per number.
 */
export interface NumberLock {
  readonly timing: {
    /** How long a taken or renewed lease lasts. */
    leaseMs: number;
    /** The holder renews this often. */
    renewMs: number;
    /** A process in standby looks this often. */
    retryMs: number;
    /** The holder lets go this long before its lease could expire. */
    marginMs: number;
  };
  /** Takes the number when nobody holds it; false when another process does. */
  acquire(): Promise<boolean>;
  /** Extends this process's lease; false when it was lost. */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * The number this bot serves, kept apart from the credentials (a logout wipes those, and the
 * channel then links again by itself): after a re-link the channel checks the phone that
 * linked is still this number, and stops rather than serve another one.
 */
export interface LinkedNumber {
  /** The number it served, E.164 ('+6281…'); undefined before its first link (or after the operator forgot it). */
  read(): Promise<string | undefined>;
  /** Remembers the number at its first link. */
  remember(phone: string): Promise<void>;
}
