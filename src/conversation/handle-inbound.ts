/**
 * One inbound message → domain calls → replies. Knows no platform: a reply is data.
 * Runs inside the caller's transaction, so everything it writes commits together with the
 * inbox row that marks the message handled.
 *
 * Order of understanding: an open question (yes/no, her name, a passed-over question) → a
 * command (/gabung, /peran, BERHENTI…) → small talk (greetings, thanks, "ok") → the
 * free-text parser (sales, expenses, recaps…).
 */
import { addDays, businessDate } from '../core/dates.ts';
import { DomainError } from '../core/errors.ts';
import type { InboundMessage } from '../core/messages.ts';
import type { Compilable, SqlBool } from 'kysely';
import type { Db } from '../db/client.ts';
import type { CarriedRead, Fragment } from '../db/prepared.ts';
import type { NewEntry } from '../modules/ledger/ledger.ts';
import { groupsRepo } from '../modules/groups/groups.service.ts';
import { stateOpenIn } from '../modules/conversation-state/conversation-state.repository.ts';
import { findOrRegisterPerson, findSender, findSenderCarrying, readSenderCarried, rememberUsername, senderCarried, type Sender } from '../modules/people/people.repository.ts';
import { OLDEST_DAYS_BACK, parseMessage } from '../parser/index.ts';
import { CONFIDENT, type ParseResult } from '../parser/types.ts';
import { isStaffCommand, matchCommand, type Command } from './commands.ts';
import { answerPassedOver, answerPendingRecord } from './flows/books/confirm.ts';
import { answerPendingCorrection, onCorrection } from './flows/books/corrections.ts';
import { answerDeleteAll, onDeleteAll } from './flows/books/delete-all.ts';
import { answerKindQuestion } from './flows/books/kind-question.ts';
import { answerDetailQuestion } from './flows/books/detail-question.ts';
import { passOverInGroup } from './flows/books/group-chatter.ts';
import { answerPendingPayment, askPayment } from './flows/payment-question.ts';
import { answerPendingRepayment, askRepayment } from './flows/repayment-question.ts';
import { onEdited } from './flows/books/edits.ts';
import { onDeleteEntry, onListEntries } from './flows/books/lists.ts';
import { onPriceList, onSetPrice } from './flows/books/prices.ts';
import { onRecap } from './flows/books/recap.ts';
import { onRecord } from './flows/books/record.ts';
import { onRevoked } from './flows/books/revokes.ts';
import { onUndo } from './flows/books/undo.ts';
import { onChart } from './flows/charts.ts';
import { onCreditSale, onListOpen, onPaymentReceived } from './flows/credit.ts';
import { onMediaMessage } from './flows/media.ts';
import { onOnBehalf } from './flows/on-behalf.ts';
import { answerPendingOrder, onOrder } from './flows/orders.ts';
import { onExport } from './flows/exports.ts';
import { onConsoleLogin } from './flows/console-login.ts';
import { onGroupRecap, onQuarterlyReportRequest } from './flows/group-recap.ts';
import { onOptIn, onOptOut, onStart, welcome } from './flows/consent.ts';
import { noticeGroupWriter, onJoin, onLink, onMembers, onNotRecorded, onRole } from './flows/groups.ts';
import { answerPendingName, onRename, withNameReminder } from './flows/names.ts';
import { onPhoneShared, onSharePhoneCommand } from './flows/phone.ts';
import { onSmallTalk } from './flows/small-talk.ts';
import { onConfirmPayment, onLoanStatus, onRepayment } from './flows/loans.ts';
import { answerLeadDraft, onLeadAward, onLeadClose, onLeadDecline, onLeadInterest, onLeadList, onLeadNew, onLeadShow } from './flows/leads.ts';
import { onQuarterlyReport } from './flows/quarterly-answer.ts';
import { isNotRecordedNote, isUnknownMoneyNote } from './replies/catalogue.ts';
import { askDetail } from './flows/books/detail-question.ts';
import { onMixedReturn } from './flows/books/mixed-return.ts';
import { Session, type ConversationDeps, type Handled } from './session.ts';
import { smallTalk, type SmallTalk } from './small-talk.ts';

export type { ConversationDeps, Handled };

/** Who wrote a message, as handleInbound reads her (see there). */
export type MessageSender = Sender<SqlBool> | undefined;

/**
 * handleInbound's lookup of who wrote, with another module's insert carried in the same
 * statement and the id it returned (the inbound processor's inbox claim: one round trip
 * for both, src/jobs/inbound.processor.ts). Hand the sender to handleInbound as `looked`.
 */
export async function findMessageSenderCarrying<V>(db: Db, msg: InboundMessage, carried: Fragment<V, Compilable<{ id: number }>>): Promise<{ carriedId: number | null; sender: MessageSender }> {
  return findSenderCarrying(db, { platform: msg.platform, externalId: msg.sender.id }, openQuestionHere(msg), carried);
}

/**
 * `findMessageSenderCarrying`'s lookup, not yet run: for another statement to carry (an
 * inbound batch claims its next message in the statement that writes the replies of the one
 * before: src/jobs/inbound.processor.ts). Read what it returned with `readMessageSender`.
 */
export function messageSenderCarried<V>(msg: InboundMessage, carried: Fragment<V, Compilable<{ id: number }>>): Fragment<unknown, CarriedRead> {
  return senderCarried({ platform: msg.platform, externalId: msg.sender.id }, openQuestionHere(msg), carried) as Fragment<unknown, CarriedRead>;
}

/** What a carried `messageSenderCarried` returned, as `findMessageSenderCarrying` returns it. */
export const readMessageSender = (row: unknown): { carriedId: number | null; sender: MessageSender } => readSenderCarried<SqlBool>(row);

// Whether a question is open for her in this chat: the conversation-state module's fragment,
// read on her id in the people module's lookup.
const openQuestionHere = (msg: InboundMessage) => stateOpenIn({ platform: msg.platform, chatId: msg.chatId });

/** `looked`: the sender already looked up in this transaction (findMessageSenderCarrying); unset, looked up here. */
export async function handleInbound(db: Db, msg: InboundMessage, inboundId: number, deps: ConversationDeps, looked?: { sender: MessageSender }): Promise<Handled> {
  const ref = { platform: msg.platform, externalId: msg.sender.id };
  // Who she is, whether a question is open for her in this chat, and the @username her
  // identity holds: one statement.
  const sender = looked ? looked.sender : await findSender(db, ref, openQuestionHere(msg));
  const known = sender?.person;
  const timeZone = known?.timeZone ?? deps.defaultTimeZone;
  // The day she wrote it, in her time zone: a message redelivered after midnight still
  // lands on the day it was sent, and what it says ("kemarin") is read as of that day.
  const written = businessDate(new Date(msg.sentAt), timeZone);
  // An edit happens when she makes it: her replies name days relative to then, so a change
  // to an old message never shows that old day's totals as "today".
  const today = msg.editedAt ? businessDate(new Date(msg.editedAt), timeZone) : written;
  const s = new Session(db, msg, inboundId, deps, today);
  s.person = known;
  const linkedGroup = s.inGroup ? await groupsRepo.findGroupByChat(db, msg.platform, msg.chatId) : undefined;

  // She deleted a message for everyone: what it recorded is cancelled, or it never will be.
  if (msg.revoked) return onRevoked(s);

  // A voice note or photo: kept and forwarded to her facilitator, before
  // any parsing (its text is only a caption).
  if (msg.media && !msg.editedAt) return onMediaMessage(s, msg.media);

  // Her own number, shared with the button (Telegram vouches it is hers): linked, nothing parsed.
  if (msg.sharedPhone) {
    s.person = known ?? (await findOrRegisterPerson(db, ref, { name: msg.sender.name, timeZone })).person;
    return onPhoneShared(s, msg.sharedPhone);
  }

  if (msg.editedAt && written < addDays(today, -OLDEST_DAYS_BACK)) {
    // Books that old are not changed by editing a message: she is told (with the year), privately.
    if (!s.inGroup) s.say(s.t.editTooOld(written, today));
    return s.done('edit:too_old');
  }
  if (msg.editedAt) {
    // An edited message: replaces what it recorded, is ignored, or (when it
    // recorded nothing and now reads as a record) is handled below as a new message.
    const edited = await onEdited(s, parseMessage(msg.text, { today: written, timeZone }));
    if (edited) return edited;
  }

  // Most messages answer no open question: one cheap look first, instead of each of the
  // answerers reading the chat's state on its own. In a group, "ya", "tidak", "jualan" are
  // mostly said to the others: only a message that replies to (or names) the bot answers
  // its question; the question stays open for that reply (group-chatter.ts).
  const mayAnswer = !s.inGroup || msg.addressedToBot;
  const open = sender?.also === true;
  if (open && !mayAnswer) await passOverInGroup(s);
  if (open && mayAnswer) {
    const answered =
      (await answerPendingRecord(s)) ??
      (await answerPendingRepayment(s)) ??
      (await answerPendingPayment(s)) ??
      (await answerKindQuestion(s)) ??
      (await answerDetailQuestion(s)) ??
      (await answerDeleteAll(s)) ??
      (await answerPendingCorrection(s)) ??
      (await answerPendingName(s)) ??
      (await answerLeadDraft(s)) ??
      (await answerPendingOrder(s)) ??
      (await answerPassedOver(s));
    if (answered) return answered;
  }

  const command = matchCommand(msg.text);
  // "halo", "makasih", "oke", "ya": no record, no command, and never "not understood".
  const talk = command ? null : smallTalk(msg.text);
  // Parsed ahead with the batch (./parsed-ahead.ts) when the inputs are these exactly; else here.
  const parsed = command || talk ? null : readText(msg.text, { today: written, timeZone }, deps);
  const confident = parsed !== null && parsed.confidence >= CONFIDENT;

  // In a group the bot keeps quiet unless it is sure the message is for it (small talk is
  // for the people there, even when it quotes the bot); in a linked group chat it still
  // notes who writes there. A whole day written out in one message ("Catatan 3 Des / jual …
  // / belanja … / untung …") is for the books even when a line of it must be asked about:
  // it is answered, never silently dropped.
  const daySheet = parsed?.intent === 'record' && (parsed.notes?.includes('day_sheet') ?? false);
  const quiet =
    s.inGroup &&
    (talk !== null ||
      (!msg.addressedToBot && !command && !daySheet && (!confident || parsed?.intent === 'unknown' || parsed?.intent === 'help')));
  const what = talk ? 'small_talk' : (parsed?.intent ?? 'command');
  if (quiet && !linkedGroup) return { personId: known?.id ?? null, intent: `${what}:ignored`, replies: [] };

  const { person, created } = known
    ? { person: known, created: false }
    : await findOrRegisterPerson(db, ref, { name: msg.sender.name, timeZone, phone: msg.sender.phone });
  s.person = person;
  // Her @username, for the console's login page; only her private messages say it is hers to
  // keep. Written only when it differs from what her identity held a moment ago (almost never):
  // an identity just made (a newcomer, or one found by phone) has none yet, so it is written.
  const username = msg.sender.username ?? null;
  if (!s.inGroup && msg.platform === 'telegram' && (sender === undefined || sender.username !== username)) await rememberUsername(db, ref, username);
  if (linkedGroup) await noticeGroupWriter(s, linkedGroup);
  if (quiet) return s.done(`${what}:ignored`);
  return withNameReminder(s, await understood(s, { command, talk, parsed, confident, created }));
}

/** The parser's reading of `text`, parsed ahead for exactly these inputs or parsed now (the parser is pure: the same either way). */
function readText(text: string, ctx: { today: string; timeZone: string }, deps: ConversationDeps): ParseResult {
  return deps.parsedAhead?.take(text, ctx) ?? parseMessage(text, ctx);
}

/** A message no open question took: a command, small talk, or what the parser read. */
async function understood(
  s: Session,
  m: { command: Command | null; talk: SmallTalk | null; parsed: ParseResult | null; confident: boolean; created: boolean },
): Promise<Handled> {
  const { command, talk, parsed, confident, created } = m;
  if (talk) return onSmallTalk(s, talk, created);
  // A first message that is a staff command (a manager's /masuk) is answered alone: the
  // welcome is a member's, about her books (she is then not marked informed: the notice
  // is about what is kept of a member's books).
  if (created && !s.inGroup && !isStaffCommand(command)) await welcome(s);

  try {
    return command ? await runCommand(s, command, created) : await act(s, parsed!, confident);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // A broken rule is a kind answer, and the transaction still commits what came before
    // (the registration, the refusal log).
    s.say(s.t.refusals[error.code]);
    s.deps.log?.info({ code: error.code, person: s.me.id }, 'request refused');
    return s.done(`refused:${error.code}`);
  }
}

async function runCommand(s: Session, command: Command, created: boolean): Promise<Handled> {
  switch (command.name) {
    case 'join':
      return onJoin(s, command.code);
    case 'link':
      return onLink(s, command.code);
    case 'role':
      return onRole(s, command.member, command.role);
    case 'members':
      return onMembers(s, command.group);
    case 'not_recorded':
      return onNotRecorded(s, command.group);
    case 'opt_out':
      return onOptOut(s);
    case 'opt_in':
      return onOptIn(s);
    case 'start':
      return onStart(s, created);
    case 'console_login':
      return onConsoleLogin(s);
    case 'lead_new':
      return onLeadNew(s, command.form);
    case 'lead_show':
      return onLeadShow(s, command.code);
    case 'lead_list':
      return onLeadList(s);
    case 'lead_close':
      return onLeadClose(s, command.code);
    case 'lead_award':
      return onLeadAward(s, command.code, command.member, command.quantity);
    case 'confirm_payment':
      return onConfirmPayment(s, command.paymentId);
    case 'loan_status':
      return onLoanStatus(s);
    case 'chart':
      return onChart(s, command.period);
    case 'export':
      return onExport(s, command.args);
    case 'group_recap':
      return onGroupRecap(s, command.period, command.group);
    case 'quarterly_report':
      return onQuarterlyReportRequest(s, command.quarter, command.group);
    case 'price_list':
      return onPriceList(s);
    case 'rename':
      return onRename(s, command);
    case 'share_phone':
      return onSharePhoneCommand(s);
  }
}

/** "tadi ada pembeli": a sale whose amount is asked; nothing is recorded until she says it. */
const NO_AMOUNT_SALE: NewEntry = { kind: 'sale', amount: 0, item: null, quantity: null, unit: null, unitPrice: null };

async function act(s: Session, parsed: ParseResult, confident: boolean): Promise<Handled> {
  // A sale on credit: recorded with what the customer owes.
  if (parsed.intent === 'record' && parsed.credit) return onCreditSale(s, { ...parsed, credit: parsed.credit }, confident);
  switch (parsed.intent) {
    case 'record':
      return onRecord(s, parsed.entries, parsed.date, confident, parsed.unresolved, parsed.notes);
    case 'undo':
      // "ralat, itu …" that was read only as a possible undo: nothing is taken back unasked.
      if (!confident) {
        s.say(s.t.undoUnsure);
        return s.done('undo:unsure');
      }
      return onUndo(s);
    case 'recap':
      return onRecap(s, parsed.period, parsed.date);
    case 'help':
      s.say(s.t.help);
      return s.done('help');
    case 'lead_interest':
      return onLeadInterest(s, parsed.leadCode, parsed.quantity, parsed.notes?.includes('bare_answer') ?? false);
    case 'lead_decline':
      return onLeadDecline(s, parsed.leadCode, parsed.notes?.includes('bare_answer') ?? false);
    case 'repayment':
      // "setor 50rb" alone may be savings or stock as well as an instalment: ask first.
      if (!confident && parsed.amount !== null && parsed.notes?.includes('setor_unclear')) {
        s.say(s.t.askSetor(parsed.amount));
        return s.done('repayment:ask-setor');
      }
      // An instalment read with doubt ("bayar cicilan 300rb?"): asked, recorded only on "ya".
      if (!confident && parsed.amount !== null) return askRepayment(s, parsed.amount);
      return onRepayment(s, parsed.amount);
    case 'report':
      return onQuarterlyReport(s, parsed);
    case 'unknown': {
      // "retur 1 mukena 90rb, laku 2 kerudung 50rb": each part read on its own.
      if (parsed.notes?.includes('sale_return_mixed')) {
        const mixed = await onMixedReturn(s);
        if (mixed) return mixed;
      }
      // "tadi ada pembeli": a sale with no amount — "Berapa rupiah?", and the answer records it.
      if (parsed.notes?.includes('sale_no_amount')) return askDetail(s, 'sale_no_amount', [{ ...NO_AMOUNT_SALE }], s.today);
      // A purchase called off, a count of the cash in hand: one line on what to write.
      const talk = parsed.notes?.find(isUnknownMoneyNote);
      if (talk) {
        s.say(s.t.moneyTalk[talk](s.me.name));
        return s.done(`unknown:${talk}`);
      }
      // Money that is not the business's ("dikasih anak 200rb", "refund 50rb"): say
      // why it is not recorded and what to write instead, rather than "not understood".
      const why = parsed.notes?.find(isNotRecordedNote);
      s.say(why ? s.t.moneyNotRecorded[why] : s.t.notUnderstood);
      return s.done(why ? `unknown:${why}` : 'unknown');
    }
    // Corrections, the numbered list, group prices
    case 'correction':
      // A correction read with doubt changes nothing: she is shown how to write it.
      if (!confident) {
        s.say(s.t.correctionUnsure);
        return s.done('correction:unsure');
      }
      return onCorrection(s, parsed);
    case 'list_entries':
      return onListEntries(s);
    case 'delete_entry':
      return onDeleteEntry(s, parsed.index);
    case 'delete_all':
      return onDeleteAll(s, parsed.date);
    case 'set_price':
      return onSetPrice(s, { item: parsed.item, unitPrice: parsed.unitPrice, unit: parsed.unit });
    // Orders, credit, on a member's behalf
    case 'order':
      return onOrder(s, parsed);
    case 'payment_received':
      // A payment read with doubt (heard of, not checked; whose tab unclear; several payers in
      // one): asked, taken off the tab only on "ya" (flows/payment-question.ts).
      if (!confident && parsed.amount !== null) return askPayment(s, { ...parsed, amount: parsed.amount });
      return onPaymentReceived(s, parsed);
    case 'list_open':
      return onListOpen(s, parsed.what);
    case 'on_behalf':
      return onOnBehalf(s, parsed);
    default:
      // Every intent has its case, so `parsed` is never here; an intent the parser gains
      // without a case is answered like 'unknown'.
      s.say(s.t.notUnderstood);
      return s.done((parsed as ParseResult).intent);
  }
}
