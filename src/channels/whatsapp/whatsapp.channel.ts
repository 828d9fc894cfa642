/**
 * WhatsApp through Baileys (a linked device on the bot's own phone number).
 *
 * - Linking: the first start shows a QR code in the terminal, or a pairing code when
 *   WHATSAPP_PAIRING_PHONE is set; the credentials then live in Postgres, so restarts
 *   need nothing.
 * - One process per number: the number's lease (a NumberLock) is taken before connecting
 *   and renewed while connected; without it the channel waits in `standby` and looks again
 *   every few seconds; a holder that cannot renew in time closes its socket before another
 *   process may take over (whatsapp.number-hold.ts).
 * - Lifecycle: every close opens a NEW socket after a backoff with jitter; logins are
 *   counted and capped, and repeated dropped logins, 405, 403 and 440 stop for good
 *   (whatsapp.reconnect.ts); logged out (401) wipes the credentials and pairs again. Each
 *   open checks the phone that linked is the number this bot served, or stops.
 * - Receiving: `messages.upsert` of type `notify` (live) and `append` (what arrived while
 *   the bot was offline; answered when at most `maxAppendAgeMs` old), never the bot's own
 *   messages or statuses. LIDs are mapped to phone JIDs when the table knows them.
 *   Messages are handed to intake one at a time, in order.
 * - Sending: answers go out at once; the bot's own messages pass one gate (whatsapp.reach.ts:
 *   privately only to someone who wrote within three weeks, else OutOfReachError: kept for
 *   when she writes), paced by WhatsappPacer. The
 *   bot's sent messages are kept for a day for `getMessage` (WhatsApp's retry requests);
 *   group metadata is cached, and a group that refuses the bot is not asked again for a while.
 * - WhatsApp saying no: refusals of sent messages (`messages.update` ERROR) go to the
 *   outbox (whatsapp.refusals.ts, whatsapp.refusal-recorder.ts); a time-lock, a 463 or
 *   capping pause everything but answers (whatsapp.restriction.ts), and the facilitators
 *   and the operator are told (whatsapp.restriction-watch.ts).
 * - What Baileys is asked to send for a message: whatsapp.outgoing.ts.
 */
import makeWASocket, {
  isLidUser,
  isPnUser,
  proto,
  type AnyMessageContent,
  type BaileysEventMap,
  type ConnectionState,
  type Contact,
  type GroupMetadata,
  type MiscMessageGenerationOptions,
  type ReachoutTimelockState,
  type UserFacingSocketConfig,
  type WAMessage,
  type WAMessageKey,
  type WAMessageUpdate,
} from '@whiskeysockets/baileys';
import { existsSync } from 'node:fs';
import type { Clock } from '../../core/clock.ts';
import { OutOfReachError, PermanentSendError, RateLimitedError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Channel, ChannelConnection, Intake, Sent } from '../channel.ts';
import { TtlCache } from './ttl-cache.ts';
import { outgoingOf } from './whatsapp.outgoing.ts';
import { quotableOf } from './whatsapp.quotes.ts';
import { DisappearingChats } from './whatsapp.disappearing.ts';
import { LinkDisplay } from './whatsapp.linking.ts';
import { isSameNumber, OTHER_NUMBER_REASON } from './whatsapp.same-number.ts';
import { loadAuthState, type StoredAuthState } from './whatsapp.auth-state.ts';
import {
  isFromAPerson,
  isGroupJid,
  isSendableJid,
  lidsToLookUp,
  messageToInbound,
  normalizeJid,
  pairsCarried,
  timestampOf,
  type BotIds,
} from './whatsapp.mapper.ts';
import type { WhatsappPacer } from './whatsapp.pacer.ts';
import type {
  LastWrotePrivately,
  LidDirectory,
  LidPair,
  LinkedNumber,
  LinkStatus,
  NumberLock,
  SendRefusals,
  SentMessageStore,
  WhatsappAlerts,
  WhatsappAuthStore,
} from './whatsapp.ports.ts';
import { NumberHold, STANDBY_REASON } from './whatsapp.number-hold.ts';
import { ANSWER_WINDOW_MS, reachOf } from './whatsapp.reach.ts';
import { RefusalRecorder } from './whatsapp.refusal-recorder.ts';
import { groupGoneReason, refusalsIn } from './whatsapp.refusals.ts';
import { LoginGuard, type ReconnectDecision } from './whatsapp.reconnect.ts';
import { RestrictionWatch } from './whatsapp.restriction-watch.ts';

/** The part of Baileys' socket the channel uses; a test fake implements just this. */
export interface WhatsappSocket {
  ev: {
    on<T extends keyof BaileysEventMap>(event: T, listener: (arg: BaileysEventMap[T]) => void): void;
  };
  user?: Contact | undefined;
  sendMessage(jid: string, content: AnyMessageContent, options?: MiscMessageGenerationOptions): Promise<WAMessage | undefined>;
  groupMetadata(jid: string): Promise<GroupMetadata>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  /** Asks WhatsApp whether the number may start chats; the answer also comes as a connection.update. */
  fetchAccountReachoutTimelock(): Promise<ReachoutTimelockState>;
  end(error: Error | undefined): unknown;
}

export type WhatsappSocketFactory = (config: UserFacingSocketConfig) => WhatsappSocket;

/** Opens a real connection to WhatsApp. */
export const baileysSocketFactory: WhatsappSocketFactory = (config) => makeWASocket(config);

export interface WhatsappOptions {
  auth: WhatsappAuthStore;
  lids: LidDirectory;
  sent: SentMessageStore;
  /** When a JID last wrote to the bot in a private chat: the gate of the bot's own private messages (whatsapp.reach.ts). */
  lastWrotePrivately: LastWrotePrivately;
  /** Where WhatsApp's refusals of sent messages are recorded (the outbox). Default: logged only. */
  refusals?: SendRefusals | undefined;
  /** Paces the bot's own private messages (and caps them a day). */
  pacer: WhatsappPacer;
  /** Paces the bot's own messages to groups (a reminder fanned out to many groups). Default: not paced. */
  groupPacer?: WhatsappPacer | undefined;
  /** One process per number: taken before connecting. Without one, nothing stops a second process (tests). */
  lock?: NumberLock | undefined;
  /** Milliseconds on a clock that never jumps, for the lease's deadline. Default performance.now; tests pass their simulated clock. */
  monotonic?: (() => number) | undefined;
  /** The number this bot served: after a re-link, another number is refused. Default: not checked (tests). */
  linkedNumber?: LinkedNumber | undefined;
  /** Facilitators and the operator, told of restrictions and of the link's standing. Default: the log only. */
  alerts?: WhatsappAlerts | undefined;
  clock: Clock;
  log: Logger;
  /** The bot's number as digits with country code: link with a pairing code instead of a QR. */
  pairingPhone?: string | undefined;
  /** Baileys by default; tests pass a fake. */
  socketFactory?: WhatsappSocketFactory | undefined;
  /** Where the QR code or pairing code is shown. Default: stdout. */
  terminal?: { write(text: string): unknown } | undefined;
  /** Uniform in [0, 1), for the reconnect jitter. Default Math.random. */
  random?: (() => number) | undefined;
  /**
   * Runs `fn` after `ms` and returns a cancel function. Default setTimeout; `background`
   * timers (retries nobody waits for) do not keep the process alive.
   */
  schedule?: ((fn: () => void, ms: number, opts?: { background?: boolean }) => () => void) | undefined;
  /** Messages that arrived while offline (`append`) older than this are not answered. Default 3 days. */
  maxAppendAgeMs?: number | undefined;
}

/** `standby`: another process holds the number; this one does not connect, and looks again now and then. */
export type WhatsappState = 'idle' | 'connecting' | 'open' | 'waiting' | 'stopped' | 'standby';

/** Why the link is not open, for the health check (connecting includes waiting for a QR scan). */
const CONNECTION_REASONS: Record<Exclude<WhatsappState, 'open'>, string> = {
  idle: 'not started',
  connecting: 'connecting',
  waiting: 'reconnecting',
  stopped: 'stopped',
  standby: STANDBY_REASON,
};

const GROUP_METADATA_TTL_MS = 5 * 60 * 1000;
const RECENT_INBOUND_TTL_MS = 6 * 3600 * 1000;
const DEFAULT_MAX_APPEND_AGE_MS = 3 * 24 * 3600 * 1000;
/** A group that refused the bot is not asked again for this long (each send would fetch its metadata twice). */
const GONE_GROUP_TTL_MS = 30 * 60 * 1000;
/** A message held by a restriction looks again at most this much later (it may be lifted early). */
const RESTRICTION_RECHECK_MS = 10 * 60 * 1000;

function statusCodeOf(error: unknown): number | undefined {
  const code = (error as { output?: { statusCode?: unknown } } | undefined)?.output?.statusCode;
  return typeof code === 'number' ? code : undefined;
}

/** Baileys logs a lot at info: it gets warnings only, unless ours is stricter. */
function baileysLogger(log: Logger): Logger {
  const warn = log.levels.values.warn ?? 40;
  const ours = log.levels.values[log.level] ?? Number.POSITIVE_INFINITY;
  return log.child({ component: 'baileys' }, { level: ours > warn ? log.level : 'warn' });
}

export class WhatsappChannel implements Channel {
  readonly platform = 'whatsapp' as const;
  private readonly factory: WhatsappSocketFactory;
  private readonly random: () => number;
  private readonly schedule: (fn: () => void, ms: number, opts?: { background?: boolean }) => () => void;
  private readonly groups: TtlCache<GroupMetadata>;
  /** Members' recent messages by chat and id, so a reply can quote them. */
  private readonly recentInbound: TtlCache<WAMessage>;
  /** LID → phone JID, as far as this process has seen. */
  private readonly phoneByLid: TtlCache<string>;
  /** Groups WhatsApp said the bot cannot write to, with why. */
  private readonly goneGroups: TtlCache<string>;
  /** When chats (groups too) last wrote to the bot, as this process saw: what it sends them is an answer. */
  private readonly wroteLately: TtlCache<Date>;
  /** One process per number: see whatsapp.number-hold.ts. */
  private readonly hold: NumberHold;
  /** Restrictions on the number: see whatsapp.restriction-watch.ts. */
  private readonly restrictions: RestrictionWatch;
  private readonly refusals: RefusalRecorder;
  /** Chats with disappearing messages: the bot's own there carry the same timer. */
  private readonly disappearing: DisappearingChats;
  private auth: StoredAuthState | undefined;
  private intake: Intake | undefined;
  private socket: WhatsappSocket | undefined;
  private open = false;
  private stopped = false;
  /** Counts and paces logins: see whatsapp.reconnect.ts. */
  private readonly logins: LoginGuard;
  /** The QR code or pairing code: see whatsapp.linking.ts. */
  private readonly linking: LinkDisplay;
  private cancelReconnect: (() => void) | undefined;
  private inbound: Promise<void> = Promise.resolve();
  private current: WhatsappState = 'idle';
  private stateReason: string | null = null;
  private lastDecision: ReconnectDecision | undefined;

  constructor(private readonly options: WhatsappOptions) {
    this.factory = options.socketFactory ?? baileysSocketFactory;
    this.random = options.random ?? Math.random;
    this.logins = new LoginGuard(this.random);
    this.schedule =
      options.schedule ??
      ((fn, ms, opts) => {
        const timer = setTimeout(fn, ms);
        if (opts?.background) timer.unref();
        return () => clearTimeout(timer);
      });
    this.groups = new TtlCache(options.clock, GROUP_METADATA_TTL_MS, 500);
    this.recentInbound = new TtlCache(options.clock, RECENT_INBOUND_TTL_MS, 2000);
    this.phoneByLid = new TtlCache(options.clock, 24 * 3600 * 1000, 10_000);
    this.goneGroups = new TtlCache(options.clock, GONE_GROUP_TTL_MS, 1000);
    this.wroteLately = new TtlCache(options.clock, ANSWER_WINDOW_MS, 20_000);
    const stopped = () => this.stopped;
    this.hold = new NumberHold({
      lock: options.lock,
      log: options.log,
      schedule: this.schedule,
      monotonic: options.monotonic ?? (() => performance.now()),
      stopped,
      standby: () => this.setState('standby'),
      free: async () => {
        this.auth = await this.loadAuth();
        this.connect();
      },
      lost: () => {
        this.dropSocket();
        this.cancelReconnect?.();
        this.cancelReconnect = undefined;
      },
    });
    this.restrictions = new RestrictionWatch({
      clock: options.clock,
      log: options.log,
      alerts: options.alerts,
      schedule: this.schedule,
      openSocket: () => (this.open ? this.socket : undefined),
      stopped,
      changed: () => this.reportStatus(),
    });
    this.disappearing = new DisappearingChats(options.clock);
    this.linking = new LinkDisplay({ log: options.log, pairingPhone: options.pairingPhone, terminal: options.terminal ?? process.stdout });
    this.refusals = new RefusalRecorder({ refusals: options.refusals, log: options.log, schedule: this.schedule, stopped });
  }

  /** Where the link stands; `lastClose` tells why it last closed. */
  get state(): WhatsappState {
    return this.current;
  }

  get lastClose(): ReconnectDecision | undefined {
    return this.lastDecision;
  }

  /** The restriction WhatsApp has on the number now, if any. */
  get restriction() {
    return this.restrictions.current();
  }

  /** Connected only while the socket is open; linking, reconnecting and stopped are not. A restriction is noted. */
  connection(): ChannelConnection {
    if (this.current === 'stopped' && this.stateReason) return { connected: false, reason: `stopped: ${this.stateReason}` };
    if (this.current !== 'open') return { connected: false, reason: CONNECTION_REASONS[this.current] };
    const restriction = this.restriction;
    return restriction ? { connected: true, note: `restricted (${restriction.kind}) until ${restriction.until.toISOString()}` } : { connected: true };
  }

  async start(intake: Intake): Promise<void> {
    this.intake = intake;
    this.stopped = false;
    if (!(await this.hold.take())) return;
    this.auth = await this.loadAuth();
    // Linking may wait for a person to scan a QR code: start() does not wait for it.
    this.connect();
  }

  /** Closes the socket without reacting to its close. */
  private dropSocket(): void {
    const socket = this.socket;
    this.socket = undefined;
    this.open = false;
    if (socket) void Promise.resolve(socket.end(undefined)).catch(() => undefined);
  }

  async send(message: OutboundMessage): Promise<Sent> {
    const { clock, pacer } = this.options;
    const jid = message.chatId;
    if (!isSendableJid(jid)) throw new PermanentSendError('not a WhatsApp chat id');
    if (message.document && !existsSync(message.document.path)) throw new PermanentSendError('the document to send is gone from disk');
    // The one gate: an answer goes; the bot's own initiative is checked, paced and capped.
    const group = isGroupJid(jid);
    const reach = reachOf({ group, bulk: message.bulk === true, notice: message.notice === true, lastWrote: await this.lastWrote(jid, group), now: clock.now() });
    // Not a refusal: the send step keeps it until she writes, and tells her group chat.
    if (reach.kind === 'out-of-reach') throw new OutOfReachError(reach.reason);
    const paceBy = reach.kind === 'initiative' ? (group ? this.options.groupPacer : pacer) : undefined;
    if (paceBy) {
      const wait = paceBy.waitMs(clock.now());
      if (wait > 0) throw new RateLimitedError(wait, 'message');
    }
    const socket = this.socket;
    // Past the lease's deadline another process may hold the number by now: nothing goes out on this socket.
    if (!socket || !this.open || !this.hold.valid()) throw new Error('whatsapp is not connected');
    const gone = group ? this.goneGroups.get(jid) : undefined;
    if (gone) throw new PermanentSendError(gone);
    // While WhatsApp restricts the number, only answers to chats that just wrote go out.
    const restriction = this.restrictions.current();
    if (restriction && reach.kind !== 'answer') {
      throw new RateLimitedError(Math.min(RESTRICTION_RECHECK_MS, restriction.until.getTime() - clock.now().getTime()), 'message');
    }

    const quoted = message.replyToMessageId ? this.recentInbound.get(inboundKey(jid, message.replyToMessageId)) : undefined;
    // In a chat with disappearing messages, the bot's disappear with hers.
    const ephemeralExpiration = this.disappearing.expirationFor(jid);
    const options: MiscMessageGenerationOptions | undefined =
      quoted || ephemeralExpiration ? { ...(quoted ? { quoted } : {}), ...(ephemeralExpiration ? { ephemeralExpiration } : {}) } : undefined;
    const outgoing = outgoingOf(message);
    let sent: WAMessage | undefined;
    try {
      if (outgoing.kind === 'forward') {
        // The words before a forwarded voice note are a message of their own: kept too, for WhatsApp's resend requests.
        const intro = await socket.sendMessage(jid, outgoing.intro, options);
        await this.keepSent(jid, intro);
        sent = await socket.sendMessage(jid, { forward: outgoing.forward }, ephemeralExpiration ? { ephemeralExpiration } : undefined);
      } else {
        sent = await socket.sendMessage(jid, outgoing.content, options);
      }
    } catch (error) {
      // Removed from the group, or the group is gone: asking again (200 attempts, two metadata fetches each) changes nothing.
      const why = isGroupJid(jid) ? groupGoneReason(error) : undefined;
      if (!why) throw error;
      this.goneGroups.set(jid, why);
      throw new PermanentSendError(why);
    }
    paceBy?.record(clock.now());

    await this.keepSent(jid, sent);
    return { platformMessageId: sent?.key.id ?? null };
  }

  /** Keeps a sent message for a day, for `getMessage` (WhatsApp's resend requests). */
  private async keepSent(jid: string, sent: WAMessage | undefined): Promise<void> {
    const id = sent?.key.id;
    if (!id || !sent.message) return;
    // Losing this only weakens WhatsApp's retry of this message: never fail the send for it.
    await this.options.sent
      .remember({ id, chatId: jid, message: proto.Message.encode(sent.message).finish() })
      .catch((error: unknown) => this.options.log.warn({ err: String(error) }, 'whatsapp: could not keep a sent message'));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.setState('stopped');
    this.cancelReconnect?.();
    this.cancelReconnect = undefined;
    this.restrictions.cancel();
    this.hold.cancel();
    this.refusals.cancel();
    const socket = this.socket;
    this.socket = undefined;
    this.open = false;
    if (socket) await Promise.resolve(socket.end(undefined)).catch(() => undefined);
    // Messages already received finish reaching intake; nothing new arrives.
    await this.inbound;
    // Only now may another process take the number.
    await this.hold.release();
  }

  /** When this chat last wrote: a group as this process saw it, a person from the database too (a restart forgets nothing). */
  private async lastWrote(jid: string, group: boolean): Promise<Date | undefined> {
    const seen = this.wroteLately.get(jid);
    if (group || (seen && this.options.clock.now().getTime() - seen.getTime() <= ANSWER_WINDOW_MS)) return seen;
    const stored = await this.options.lastWrotePrivately(jid);
    return stored && (!seen || stored > seen) ? stored : seen;
  }

  private async loadAuth(): Promise<StoredAuthState> {
    return loadAuthState(this.options.auth, { log: baileysLogger(this.options.log), onLidPairs: (pairs) => this.learn(pairs) });
  }

  private connect(): void {
    // A reconnect after the lease lapsed waits for the number to be taken again (the hold's standby).
    if (this.stopped || !this.auth || !this.hold.valid()) return;
    const auth = this.auth;
    this.setState('connecting');
    this.logins.attempted(this.options.clock.now());
    this.linking.reset();
    const socket = this.factory({
      auth: auth.state,
      logger: baileysLogger(this.options.log),
      // The phone keeps its notifications: a person still uses it.
      markOnlineOnConnect: false,
      syncFullHistory: false,
      generateHighQualityLinkPreview: false,
      getMessage: (key) => this.getMessage(key),
      cachedGroupMetadata: (jid) => this.cachedGroupMetadata(jid),
    });
    this.socket = socket;
    const live = () => this.socket === socket && !this.stopped;

    socket.ev.on('creds.update', (update) => {
      if (!live()) return;
      Object.assign(auth.state.creds, update);
      auth.saveCreds().catch((error: unknown) => this.options.log.error({ err: String(error) }, 'whatsapp: could not save credentials'));
    });
    socket.ev.on('connection.update', (update) => {
      if (live()) this.onConnectionUpdate(socket, update);
    });
    socket.ev.on('messages.upsert', ({ messages, type }) => {
      if (!live()) return;
      this.inbound = this.inbound.then(() => this.onMessages(messages, type));
    });
    socket.ev.on('lid-mapping.update', (pair) => {
      if (!live()) return;
      const lid = normalizeJid(pair.lid);
      const phoneJid = normalizeJid(pair.pn);
      // Baileys gives the pair either way round.
      if (lid && phoneJid && isLidUser(lid) && isPnUser(phoneJid)) void this.learn([{ lid, phoneJid }]);
      else if (lid && phoneJid && isPnUser(lid) && isLidUser(phoneJid)) void this.learn([{ lid: phoneJid, phoneJid: lid }]);
    });
    socket.ev.on('messaging-history.set', ({ lidPnMappings }) => {
      if (!live() || !lidPnMappings?.length) return;
      const pairs = lidPnMappings.flatMap((p) => {
        const lid = normalizeJid(p.lid);
        const phoneJid = normalizeJid(p.pn);
        return lid && phoneJid && isLidUser(lid) && isPnUser(phoneJid) ? [{ lid, phoneJid }] : [];
      });
      void this.learn(pairs);
    });
    socket.ev.on('messages.update', (updates) => {
      if (live()) this.onMessageUpdates(socket, updates);
    });
    socket.ev.on('message-capping.update', (info) => {
      if (live()) this.restrictions.capping(info);
    });
    socket.ev.on('groups.update', (updates) => {
      for (const update of updates) {
        if (!update.id) continue;
        this.groups.delete(update.id);
        this.goneGroups.delete(update.id);
        if ('ephemeralDuration' in update) this.disappearing.setting(update.id, update.ephemeralDuration);
      }
    });
    socket.ev.on('groups.upsert', (groups) => {
      for (const group of groups) this.disappearing.setting(group.id, group.ephemeralDuration);
    });
    // Disappearing messages turned on or off (an EPHEMERAL_SETTING message), or known from history.
    const chatSettings = (chats: readonly { id?: string | null; ephemeralExpiration?: number | null }[]) => {
      for (const chat of chats) {
        if (!chat.id || !('ephemeralExpiration' in chat)) continue;
        this.disappearing.setting(chat.id, chat.ephemeralExpiration);
        // A private chat named by LID is the phone JID's too (the outbox writes to either).
        const phone = isLidUser(chat.id) ? this.phoneByLid.get(normalizeJid(chat.id) ?? chat.id) : undefined;
        if (phone) this.disappearing.setting(phone, chat.ephemeralExpiration);
      }
    };
    socket.ev.on('chats.update', (chats) => {
      if (live()) chatSettings(chats);
    });
    socket.ev.on('chats.upsert', (chats) => {
      if (live()) chatSettings(chats);
    });
    socket.ev.on('group-participants.update', ({ id }) => {
      this.groups.delete(id);
      this.goneGroups.delete(id);
    });
  }

  private onConnectionUpdate(socket: WhatsappSocket, update: Partial<ConnectionState>): void {
    if (update.qr) this.linking.show(socket, update.qr, this.auth?.state.creds.registered === true);
    if (update.reachoutTimeLock) this.restrictions.timelock(update.reachoutTimeLock);
    if (update.connection === 'open') {
      if (!this.options.linkedNumber) this.opened(socket);
      // After a re-link (a logout wipes the link and a new QR is shown), the phone that scanned may be another number.
      else
        void isSameNumber(this.options.linkedNumber, this.me().phoneJid, this.options.log).then((same) => {
          if (this.socket !== socket || this.stopped) return;
          if (same) this.opened(socket);
          else this.refuseOtherNumber();
        });
    }
    if (update.connection === 'close') {
      this.open = false;
      this.onClose(statusCodeOf(update.lastDisconnect?.error));
    }
  }

  private opened(socket: WhatsappSocket): void {
    this.open = true;
    this.logins.opened(this.options.clock.now());
    this.setState('open');
    this.options.log.info({ logins: this.logins.logins }, 'whatsapp connected');
    // A time-lock set while the bot was away is only known by asking.
    this.restrictions.ask(socket);
  }

  /** Another phone linked: never serve it in place of the programme's number. */
  private refuseOtherNumber(): void {
    this.options.log.error('whatsapp stopped: a different number was linked than the one this bot served (nothing is sent from it)');
    this.dropSocket();
    this.cancelReconnect?.();
    this.cancelReconnect = undefined;
    this.setState('stopped', OTHER_NUMBER_REASON);
  }

  private onClose(statusCode: number | undefined): void {
    const { log } = this.options;
    const decision = this.logins.closed(statusCode, this.options.clock.now());
    this.lastDecision = decision;
    this.socket = undefined;
    if (decision.action === 'stop') {
      this.setState('stopped', decision.reason);
      log.error({ statusCode, reason: decision.reason, logins: this.logins.logins }, 'whatsapp stopped: it will not reconnect by itself');
      return;
    }
    this.setState('waiting', decision.reason);
    log.warn({ statusCode, reason: decision.reason, delayMs: decision.delayMs, logins: this.logins.logins }, 'whatsapp connection closed, reconnecting');
    this.cancelReconnect = this.schedule(() => {
      this.cancelReconnect = undefined;
      if (this.stopped) return;
      if (decision.action === 'reconnect') return this.connect();
      // Logged out: the stored link is dead. Forget it and show a new QR / pairing code.
      void (async () => {
        try {
          // A save still in flight must not bring the dead link back after the wipe.
          await this.auth?.flush();
          await this.options.auth.clear();
          this.auth = await this.loadAuth();
          log.warn('whatsapp: logged out, the stored link was wiped; link the phone again');
          this.connect();
        } catch (error) {
          log.error({ err: String(error) }, 'whatsapp: could not wipe the stored link');
          this.onClose(statusCode);
        }
      })();
    }, decision.delayMs);
  }

  /** Statuses of messages: only WhatsApp's refusals matter (delivered and read are not tracked). */
  private onMessageUpdates(socket: WhatsappSocket, updates: readonly WAMessageUpdate[]): void {
    for (const refusal of refusalsIn(updates)) {
      this.options.log.warn({ messageId: refusal.messageId, code: refusal.code, reason: refusal.reason }, 'whatsapp refused a sent message');
      this.refusals.record(refusal);
      if (refusal.restricted) this.restrictions.refused463(socket);
    }
  }

  private setState(state: WhatsappState, reason: string | null = null): void {
    this.current = state;
    this.stateReason = reason;
    this.reportStatus();
  }

  private reportStatus(): void {
    // The status row is the holder's: a process in standby does not write over it.
    if (this.current === 'standby') return;
    const restriction = this.restrictions.current();
    const status: LinkStatus = {
      state: this.current === 'idle' ? 'connecting' : this.current,
      reason: this.current === 'open' ? null : (this.stateReason ?? CONNECTION_REASONS[this.current]),
      restriction: restriction ? { kind: restriction.kind, until: restriction.until } : null,
    };
    this.options.alerts?.status(status);
  }

  /** The bot's own phone JID and LID, from the socket or the stored credentials. */
  private me(): BotIds {
    const user = this.socket?.user ?? this.auth?.state.creds.me;
    if (!user) return {};
    const ids = [user.id, user.lid, user.phoneNumber].map((j) => normalizeJid(j));
    return { phoneJid: ids.find((j) => j && isPnUser(j)), lid: ids.find((j) => j && isLidUser(j)) };
  }

  private async onMessages(messages: readonly WAMessage[], type: 'notify' | 'append'): Promise<void> {
    const { log, clock } = this.options;
    for (const message of messages) {
      try {
        if (!isFromAPerson(message)) continue;
        if (type === 'append' && !this.recentEnough(message)) continue;
        await this.learn(pairsCarried(message));
        const unknown = lidsToLookUp(message).filter((lid) => this.phoneByLid.get(lid) === undefined);
        if (unknown.length) {
          const found = await this.options.lids.phonesForLids(unknown);
          for (const [lid, phoneJid] of found) this.phoneByLid.set(lid, phoneJid);
        }
        const inbound = messageToInbound(message, { me: this.me(), phoneOf: (lid) => this.phoneByLid.get(lid), now: clock.now() });
        if (!inbound) continue;
        const kept = inboundKey(inbound.chatId, inbound.messageId);
        // A deleted message is never quoted again; a reply to an edit quotes the original.
        if (inbound.revoked) this.recentInbound.delete(kept);
        else this.recentInbound.set(kept, quotableOf(message, this.recentInbound.get(kept)));
        this.disappearing.received(inbound.chatId, message);
        this.wroteLately.set(inbound.chatId, clock.now());
        await this.intake?.(inbound);
      } catch (error) {
        // Baileys has acknowledged it already: there is no redelivery to wait for.
        log.error({ err: String(error), messageId: message.key.id }, 'whatsapp: a received message could not be queued');
      }
    }
  }

  /** An `append` is a message that came while the bot was offline: answer it unless it is stale. */
  private recentEnough(message: WAMessage): boolean {
    const seconds = timestampOf(message);
    if (!(seconds > 0)) return false;
    const maxAge = this.options.maxAppendAgeMs ?? DEFAULT_MAX_APPEND_AGE_MS;
    return this.options.clock.now().getTime() - seconds * 1000 <= maxAge;
  }

  /** Remembers LID ↔ phone pairs, writing only the ones this process has not seen. */
  private async learn(pairs: readonly LidPair[]): Promise<void> {
    const fresh = pairs.filter((p) => this.phoneByLid.get(p.lid) !== p.phoneJid);
    if (fresh.length === 0) return;
    try {
      await this.options.lids.remember(fresh);
      for (const p of fresh) this.phoneByLid.set(p.lid, p.phoneJid);
    } catch (error) {
      this.options.log.warn({ err: String(error) }, 'whatsapp: could not save LID mappings');
    }
  }

  private async getMessage(key: WAMessageKey): Promise<proto.IMessage | undefined> {
    if (!key.id) return undefined;
    try {
      const bytes = await this.options.sent.find(key.id);
      return bytes ? proto.Message.decode(bytes) : undefined;
    } catch (error) {
      this.options.log.warn({ err: String(error) }, 'whatsapp: could not read a sent message');
      return undefined;
    }
  }

  private async cachedGroupMetadata(jid: string): Promise<GroupMetadata | undefined> {
    const cached = this.groups.get(jid);
    if (cached) return cached;
    try {
      const fetched = await this.socket?.groupMetadata(jid);
      if (fetched) {
        this.groups.set(jid, fetched);
        this.disappearing.setting(jid, fetched.ephemeralDuration);
      }
      return fetched;
    } catch (error) {
      // Not a member any more: the send fails here, without Baileys asking a second time.
      const why = groupGoneReason(error);
      if (why) {
        this.goneGroups.set(jid, why);
        throw error;
      }
      return undefined; // Baileys then asks WhatsApp itself.
    }
  }
}

function inboundKey(chatId: string, messageId: string): string {
  return `${chatId}\u0000${messageId}`;
}
