/**
 * One inbound message → domain calls → replies. Knows no platform: a reply is data.
 * Runs inside the caller's transaction, so everything it writes commits together with the
 * inbox row that marks the message handled.
 */
import { businessDate, type IsoDate } from '../core/dates.ts';
import type { Clock } from '../core/clock.ts';
import type { InboundMessage, OutboundMessage } from '../core/messages.ts';
import type { Db } from '../db/client.ts';
import { parseMessage } from '../parser/index.ts';
import { CONFIDENT, type ParsedEntry, type ParseResult } from '../parser/types.ts';
import { findOrRegisterPerson, findPersonByIdentity } from '../modules/people/people.repository.ts';
import type { Person } from '../modules/people/people.ts';
import { recap, recordEntries, undoLastRecording } from '../modules/ledger/ledger.service.ts';
import type { NewEntry } from '../modules/ledger/ledger.ts';
import { clearState, getState, setState, type ChatKey } from '../modules/conversation-state/conversation-state.repository.ts';
import { yesOrNo } from './confirmation.ts';
import { repliesFor, type Catalogue } from './replies/index.ts';

export interface ConversationDeps {
  clock: Clock;
  defaultTimeZone: string;
}

export interface Handled {
  personId: number | null;
  /** What the message was taken as, for the inbox record and logs (never the text). */
  intent: string;
  replies: OutboundMessage[];
}

/** A guessed record waiting for "ya"/"tidak". */
interface PendingRecord {
  kind: 'confirm_record';
  entries: NewEntry[];
  date: IsoDate;
  rawText: string;
}

/** A question older than this is forgotten: "ya" tomorrow should not record today's guess. */
const PENDING_TTL_MS = 30 * 60 * 1000;

export async function handleInbound(
  db: Db,
  msg: InboundMessage,
  inboundId: number,
  deps: ConversationDeps,
): Promise<Handled> {
  const ref = { platform: msg.platform, externalId: msg.sender.id };
  const known = await findPersonByIdentity(db, ref);
  const timeZone = known?.timeZone ?? deps.defaultTimeZone;
  // The day the member wrote it, in her time zone: a message redelivered after midnight
  // still lands on the day it was sent.
  const today = businessDate(new Date(msg.sentAt), timeZone);
  const inGroup = msg.chatType === 'group';

  const session = new Session(db, msg, inboundId, deps, today);

  if (known) {
    const answered = await session.answerPending(known);
    if (answered) return answered;
  }

  const parsed = parseMessage(msg.text, { today, timeZone });
  const confident = parsed.confidence >= CONFIDENT;

  // In a group the bot keeps quiet unless it is sure the message is for it.
  if (inGroup && !msg.addressedToBot && (!confident || parsed.intent === 'unknown' || parsed.intent === 'help')) {
    return { personId: known?.id ?? null, intent: `${parsed.intent}:ignored`, replies: [] };
  }

  const { person, created } = await findOrRegisterPerson(db, ref, { name: msg.sender.name, timeZone });
  session.person = person;
  if (created && !inGroup) session.say(session.t.welcome(person.name));
  return session.act(parsed, confident);
}

class Session {
  person: Person | undefined;
  private readonly texts: string[] = [];
  private buttons: OutboundMessage['buttons'];

  constructor(
    private readonly db: Db,
    private readonly msg: InboundMessage,
    private readonly inboundId: number,
    private readonly deps: ConversationDeps,
    private readonly today: IsoDate,
  ) {}

  get t(): Catalogue {
    return repliesFor(this.person?.language ?? 'id');
  }

  private get chatKey(): ChatKey {
    if (!this.person) throw new Error('no person yet');
    return { platform: this.msg.platform, chatId: this.msg.chatId, personId: this.person.id };
  }

  say(text: string, buttons?: OutboundMessage['buttons']): void {
    this.texts.push(text);
    if (buttons) this.buttons = buttons;
  }

  private done(intent: string): Handled {
    const replies: OutboundMessage[] =
      this.texts.length === 0
        ? []
        : [
            {
              platform: this.msg.platform,
              chatId: this.msg.chatId,
              text: this.texts.join('\n\n'),
              // In a group, quote her message so everyone sees whose entry it is.
              ...(this.msg.chatType === 'group' ? { replyToMessageId: this.msg.messageId } : {}),
              ...(this.buttons ? { buttons: this.buttons } : {}),
            },
          ];
    return { personId: this.person?.id ?? null, intent, replies };
  }

  /** Handles "ya"/"tidak" to an open question; returns undefined when there is none. */
  async answerPending(person: Person): Promise<Handled | undefined> {
    this.person = person;
    const pending = await getState<PendingRecord>(this.db, this.chatKey);
    if (!pending) return undefined;
    const fresh = this.deps.clock.now().getTime() - pending.updatedAt.getTime() <= PENDING_TTL_MS;
    const answer = fresh ? yesOrNo(this.msg.text) : null;
    // Anything but a clear answer drops the question: the new message is handled on its own.
    await clearState(this.db, this.chatKey);
    if (answer === 'no') {
      this.say(this.t.declined);
      return this.done('confirm:no');
    }
    if (answer === 'yes') {
      await this.record(pending.state.entries, pending.state.date, pending.state.rawText);
      return this.done('confirm:yes');
    }
    return undefined;
  }

  async act(parsed: ParseResult, confident: boolean): Promise<Handled> {
    switch (parsed.intent) {
      case 'record':
        return this.onRecord(parsed.entries, parsed.date, confident);
      case 'undo': {
        const undone = await undoLastRecording(this.db, this.person!.id, {
          messageId: this.inboundId,
          at: this.deps.clock.now(),
        });
        if (undone.entries.length === 0 || !undone.totals) this.say(this.t.nothingToUndo);
        else this.say(this.t.undone({ entries: undone.entries, today: this.today, totals: undone.totals }));
        return this.done('undo');
      }
      case 'recap': {
        const summary = await recap(this.db, this.person!.id, parsed.period ?? 'day', this.today);
        this.say(this.t.recap(summary));
        return this.done('recap');
      }
      case 'help':
        this.say(this.t.help);
        return this.done('help');
      case 'repayment':
      case 'report':
      case 'lead_interest':
        this.say(this.t.notYet(parsed.intent));
        return this.done(parsed.intent);
      case 'unknown':
        this.say(this.t.notUnderstood);
        return this.done('unknown');
    }
  }

  private async onRecord(entries: ParsedEntry[], date: IsoDate, confident: boolean): Promise<Handled> {
    if (entries.length === 0 || entries.some((e) => !(e.amount > 0))) {
      this.say(this.t.askAmount);
      return this.done('record:no-amount');
    }
    const newEntries: NewEntry[] = entries.map((e) => ({ ...e }));
    if (!confident) {
      // Never record a guess silently: ask, and remember the guess until she answers.
      const pending: PendingRecord = { kind: 'confirm_record', entries: newEntries, date, rawText: this.msg.text };
      await setState(this.db, this.chatKey, pending, this.deps.clock.now());
      this.say(this.t.askConfirm({ entries: newEntries, date, today: this.today }), [
        { label: `✅ ${this.t.yes}`, value: this.t.yes },
        { label: `❌ ${this.t.no}`, value: this.t.no },
      ]);
      return this.done('record:ask');
    }
    await this.record(newEntries, date, this.msg.text);
    return this.done('record');
  }

  private async record(entries: NewEntry[], date: IsoDate, rawText: string): Promise<void> {
    const recorded = await recordEntries(this.db, this.person!.id, date, entries, {
      messageId: this.inboundId,
      rawText,
    });
    this.say(this.t.recorded({ entries: recorded.entries, date, today: this.today, totals: recorded.totals }));
  }
}
