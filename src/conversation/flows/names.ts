/**
 * Names: the question "Siapa nama Ibu?" after joining, "/nama Siti" or "nama saya Siti" at
 * any time, and a facilitator's "/nama @ani Siti" for a member of her groups.
 *
 * An answer to the name question that reads as something else (a record, a recap, a
 * command, a greeting, a number) is never taken as her name: it is handled as what it is,
 * and the question is asked again briefly, twice at most.
 */
import { DomainError } from '../../core/errors.ts';
import { facilitatorOfGroup, findMemberInGroups, groupsRepo, groupsRunBy, requireFacilitatorOf } from '../../modules/groups/groups.service.ts';
import type { Group } from '../../modules/groups/groups.ts';
import { setName } from '../../modules/people/people.repository.ts';
import { checkName } from '../../modules/people/people.ts';
import { parseMessage } from '../../parser/index.ts';
import { matchCommand } from '../commands.ts';
import type { Handled, Session } from '../session.ts';
import { smallTalk } from '../small-talk.ts';
import { openQuestion, peekOpenQuestion, takeOpenQuestion } from './books/pending-record.ts';

interface AwaitingName {
  kind: 'awaiting_name';
  /** How often it was asked again after a message that was not a name. */
  reminded?: number;
}

/** After this many reminders the question is dropped: she can still write "nama saya …". */
const MAX_REMINDERS = 2;

/** The name question is not forgotten with time: her name days later still answers it. */
const NAME_KEPT = Number.POSITIVE_INFINITY;

/** A name is a few words: "Siti", "Siti Aminah", "Ni Made Sri Ayu". */
const MAX_NAME_WORDS = 4;

/** "nama saya Siti", "saya Siti", "panggil saja Siti": the words before the name. */
const INTRO = /^(?:nama\s+(?:saya|aku|sy|ku)|namaku|nama|saya|aku|sy|panggil(?:\s+saja)?(?:\s+(?:saya|aku))?)\s*:?\s+(?=\S)/iu;

/** Asks her name (the platform gave none): the next message that reads as a name answers it. */
export async function askName(s: Session): Promise<void> {
  await openQuestion(s, { kind: 'awaiting_name' } satisfies AwaitingName);
  s.say(s.t.askName);
}

/**
 * The answer to "Siapa nama Ibu?"; undefined when no name was asked for, or when the
 * message is something else (then `s.nameReminder` is set and the question stays open).
 */
export async function answerPendingName(s: Session): Promise<Handled | undefined> {
  const open = await takeOpenQuestion<AwaitingName>(s, 'awaiting_name', NAME_KEPT);
  if (!open) return undefined;
  const talk = smallTalk(s.msg.text);
  if (talk?.kind === 'answer') {
    // "ya" (she will tell it) asks again; "tidak" lets it be.
    if (talk.answer === 'yes') {
      await openQuestion(s, open.state);
      s.say(s.t.askNameAgain);
      return s.done('name:ask');
    }
    s.say(s.t.nameSkipped);
    return s.done('name:skipped');
  }
  const name = nameInAnswer(s);
  if (name === null) {
    // Not a name: handled as what it is, and the question asked again (up to a limit).
    const reminded = open.state.reminded ?? 0;
    if (reminded < MAX_REMINDERS) {
      await openQuestion(s, { kind: 'awaiting_name', reminded: reminded + 1 } satisfies AwaitingName);
      s.remindNameAfterwards = true;
    }
    return undefined;
  }
  await saveOwnName(s, name);
  s.say(s.t.nameSaved(name));
  await announceToFacilitators(s, name);
  return s.done('name');
}

/**
 * After a message that did not answer the name question: asks again at the end of the
 * reply, unless the message opened another question (that one is answered first).
 */
export async function withNameReminder(s: Session, handled: Handled): Promise<Handled> {
  if (!s.remindNameAfterwards) return handled;
  if (!(await peekOpenQuestion<AwaitingName>(s, 'awaiting_name', NAME_KEPT))) return handled;
  return s.appendToReply(handled, s.t.askNameAgain);
}

/** Her name in an answer to the name question, or null when the answer is not a name. */
function nameInAnswer(s: Session): string | null {
  const text = s.msg.text.trim();
  const command = matchCommand(text);
  // "/nama Siti" and "nama saya Siti" answer it as well.
  const said = command?.name === 'rename' && command.member === null ? command.newName : command ? null : text;
  if (!said || /[\d?@/#]/.test(said) || smallTalk(said)) return null;
  if (!command && parseMessage(said, { today: s.today, timeZone: s.me.timeZone }).intent !== 'unknown') return null;
  const checked = checkName(said.replace(INTRO, ''));
  if ('problem' in checked || checked.name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  return checked.name;
}

async function saveOwnName(s: Session, name: string): Promise<void> {
  await setName(s.db, s.me.id, name);
  s.person = { ...s.me, name };
}

/** Her facilitators learn who joined once they know her name. */
async function announceToFacilitators(s: Session, name: string): Promise<void> {
  for (const group of await groupsRepo.groupsOfPerson(s.db, s.me.id)) {
    const facilitator = await facilitatorOfGroup(s.db, group);
    if (facilitator) await s.tellPerson(facilitator.id, (t) => t.memberJoined(name, group.name));
  }
}

/** "/nama Siti", "nama saya Siti", or (a facilitator) "/nama @ani Siti". */
export async function onRename(s: Session, command: { member: string | null; newName: string | null; plain: boolean }): Promise<Handled> {
  // "nama saya Siti" said to the group, not to the bot, is an introduction, not an instruction.
  if (command.plain && s.inGroup && !s.msg.addressedToBot) return s.done('rename:ignored');
  if (command.member !== null) return renameMember(s, command.member, command.newName);
  if (!command.newName) {
    s.say(s.t.renameUsage);
    return s.done('rename:usage');
  }
  const checked = checkName(command.newName);
  if ('problem' in checked) {
    s.say(s.t.nameProblem(checked.problem));
    return s.done('rename:invalid');
  }
  await saveOwnName(s, checked.name);
  s.say(s.t.nameChanged(checked.name));
  return s.done('rename');
}

async function renameMember(s: Session, member: string, newName: string | null): Promise<Handled> {
  const groups = await facilitatedGroups(s);
  if (!groups) return s.done('rename_member:no-group');
  if (!newName) {
    s.say(s.t.renameMemberUsage);
    return s.done('rename_member:usage');
  }
  const checked = checkName(newName);
  if ('problem' in checked) {
    s.say(s.t.nameProblem(checked.problem));
    return s.done('rename_member:invalid');
  }
  let target;
  try {
    target = await findMemberInGroups(s.db, groups.map((g) => g.id), member);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === 'member_ambiguous') s.say(s.t.memberAmbiguous(member.replace(/^@/, '')));
    else if (error.code === 'member_not_found') s.say(s.t.memberNotFound(member.replace(/^@/, '')));
    else throw error;
    return s.done('rename_member:not-found');
  }
  await setName(s.db, target.personId, checked.name);
  s.say(s.t.memberRenamed(target.name, checked.name));
  await s.tellPerson(target.personId, (t) => t.renamedByFacilitator(checked.name));
  return s.done('rename_member');
}

/**
 * The groups a facilitator's rename is about: the linked group of this chat, or (in her
 * private chat) every group she runs. Anyone else is refused (and the refusal logged).
 */
async function facilitatedGroups(s: Session): Promise<Group[] | undefined> {
  if (s.inGroup) {
    const group = await groupsRepo.findGroupByChat(s.db, s.msg.platform, s.msg.chatId);
    if (!group) {
      s.say(s.t.chatNotLinked);
      return undefined;
    }
    await requireFacilitatorOf(s.db, { personId: s.me.id }, 'rename_member', group);
    return [group];
  }
  await requireFacilitatorOf(s.db, { personId: s.me.id }, 'rename_member');
  const mine = await groupsRunBy(s.db, s.me.id);
  if (mine.length === 0) {
    s.say(s.t.noGroupsYet);
    return undefined;
  }
  return mine;
}
