/**
 * The state of handling one inbound message: who wrote, her day, her language, and the
 * replies gathered so far. Flows add replies; `done` turns them into outbound messages.
 */
import type { Clock } from '../core/clock.ts';
import type { IsoDate } from '../core/dates.ts';
import type { Logger } from '../core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../core/messages.ts';
import type { Db } from '../db/client.ts';
import type { ChatKey } from '../modules/conversation-state/conversation-state.repository.ts';
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import type { Person } from '../modules/people/people.ts';
import type { FollowUp } from './follow-ups.ts';
import type { ParsedAhead } from './parsed-ahead.ts';
import { privateNotice, type NoticeText } from './private-notice.ts';
import { repliesFor, type Catalogue } from './replies/index.ts';

export interface ConversationDeps {
  clock: Clock;
  defaultTimeZone: string;
  /** On-time instalments in a row (and no arrears) for a loan to be eligible for rewards; 3 unless set. */
  rewardStreak?: number;
  log?: Logger;
  /** The web console's address (https://…, no trailing slash) for "/masuk"; unset: no console. */
  consoleUrl?: string | undefined;
  /**
   * This batch's messages parsed ahead (./parsed-ahead.ts): handleInbound takes a message's
   * result from here when its inputs match exactly, and parses it otherwise. Set per run of a
   * batch only (src/jobs/inbound-batch.processor.ts), never in the long-lived deps.
   */
  parsedAhead?: ParsedAhead;
}

export interface Handled {
  personId: number | null;
  /** What the message was taken as, for the inbox record and logs (never the text). */
  intent: string;
  replies: OutboundMessage[];
  /** Outbox rows a flow wrote itself (a forwarded voice note), to queue after commit with the replies. */
  outbox?: OutboxItem[];
  /** Work to hand to background jobs once the transaction has committed (never before: it may roll back). */
  followUps?: FollowUp[];
}

export class Session {
  person: Person | undefined;
  /** Set when this message left her name question open: it is asked again after the reply (flows/names.ts). */
  remindNameAfterwards = false;
  private readonly texts: string[] = [];
  private secret = false;
  private readonly others: OutboundMessage[] = [];
  private buttons: OutboundMessage['buttons'];
  private keyboard: OutboundMessage['keyboard'];
  private readonly queued: OutboxItem[] = [];
  private readonly followUps: FollowUp[] = [];

  constructor(
    readonly db: Db,
    readonly msg: InboundMessage,
    readonly inboundId: number,
    readonly deps: ConversationDeps,
    readonly today: IsoDate,
  ) {}

  get t(): Catalogue {
    return repliesFor(this.person?.language ?? 'id');
  }

  get me(): Person {
    if (!this.person) throw new Error('no person yet');
    return this.person;
  }

  get chatKey(): ChatKey {
    return { platform: this.msg.platform, chatId: this.msg.chatId, personId: this.me.id };
  }

  get inGroup(): boolean {
    return this.msg.chatType === 'group';
  }

  now(): Date {
    return this.deps.clock.now();
  }

  /** Adds a paragraph to the reply in this chat. */
  say(text: string, buttons?: OutboundMessage['buttons']): void {
    this.texts.push(text);
    if (buttons) this.buttons = buttons;
  }

  /** The reply brings (or takes away) the keyboard under her text field (Telegram's share-my-number button). */
  setKeyboard(keyboard: NonNullable<OutboundMessage['keyboard']>): void {
    this.keyboard = keyboard;
  }

  /** The reply carries a secret (a console login): the outbox blanks its text once sent. */
  saySecret(text: string): void {
    this.say(text);
    this.secret = true;
  }

  /**
   * A message to another person in her private chat and language (a facilitator, an
   * answerer), sent with the reply; on the platform of this message when she has it there.
   */
  async tellPerson(personId: number, text: NoticeText, buttons?: (t: Catalogue) => NonNullable<OutboundMessage['buttons']>): Promise<void> {
    if (personId === this.person?.id) return;
    const notice = await privateNotice(this.db, personId, text, { prefer: this.msg.platform, ...(buttons ? { buttons } : {}) });
    if (notice) this.others.push(notice);
  }

  /**
   * A message to the sender herself in her private chat (from a group chat: what the whole
   * group need not read), sent with the reply.
   */
  async tellMePrivately(text: NoticeText): Promise<void> {
    const notice = await privateNotice(this.db, this.me.id, text, { prefer: this.msg.platform });
    if (notice) this.others.push(notice);
  }

  /** Outbox rows written during this message, queued once it commits. */
  queue(items: readonly OutboxItem[]): void {
    this.queued.push(...items);
  }

  /** Work for a background job, handed to its queue once this message's transaction commits. */
  followUp(work: FollowUp): void {
    this.followUps.push(work);
  }

  /**
   * Takes the reply gathered so far out of this message's answer, for a job to send once
   * it has finished it (the chart job adds the picture, the text as its caption): the reply is then sent by that
   * job, exactly as it would have been sent here.
   */
  takeReply(): OutboundMessage | undefined {
    const reply = this.reply();
    this.texts.length = 0;
    this.buttons = undefined;
    this.keyboard = undefined;
    this.secret = false;
    return reply;
  }

  private reply(): OutboundMessage | undefined {
    if (!this.texts.length) return undefined;
    return {
      platform: this.msg.platform,
      chatId: this.msg.chatId,
      text: this.texts.join('\n\n'),
      // In a group, quote her message so everyone sees whose entry it is (a deleted one cannot be quoted).
      ...(this.inGroup && !this.msg.revoked ? { replyToMessageId: this.msg.messageId } : {}),
      ...(this.buttons ? { buttons: this.buttons } : {}),
      ...(this.keyboard ? { keyboard: this.keyboard } : {}),
      ...(this.secret ? { secret: true } : {}),
    };
  }

  /**
   * Adds a paragraph to the end of this chat's reply in an answer already made (a question
   * still open, asked again after whatever the message did), or sends it alone.
   */
  appendToReply(handled: Handled, text: string): Handled {
    const mine = (m: OutboundMessage) => m.chatId === this.msg.chatId && m.platform === this.msg.platform && !m.image && !m.document && !m.media;
    const index = handled.replies.findIndex(mine);
    if (index === -1) {
      this.say(text);
      const reply = this.reply();
      return reply ? { ...handled, replies: [reply, ...handled.replies] } : handled;
    }
    const replies = [...handled.replies];
    replies[index] = { ...replies[index]!, text: `${replies[index]!.text}\n\n${text}` };
    return { ...handled, replies };
  }

  done(intent: string): Handled {
    const reply = this.reply();
    const replies: OutboundMessage[] = reply ? [reply, ...this.others] : [...this.others];
    return {
      personId: this.person?.id ?? null,
      intent,
      replies,
      ...(this.queued.length ? { outbox: this.queued } : {}),
      ...(this.followUps.length ? { followUps: this.followUps } : {}),
    };
  }
}
