/**
 * Joining a group by code, linking a group chat, roles, member lists and who has not
 * recorded: the chat side of groups. Facilitator-only actions are checked (and every
 * refusal logged) by the groups service.
 */
import { addDays, businessDate, startOfWeek } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import { minuteOfDayAt } from '../../core/zoned-time.ts';
import {
  ChatLinkedElsewhereError,
  CodeLockedError,
  facilitatorOfGroup,
  findMemberByName,
  groupsRepo,
  groupsRunBy,
  joinByCode,
  linkChatByCode,
  noticeWriter,
  requireFacilitatorOf,
  setRole,
} from '../../modules/groups/groups.service.ts';
import { normalizeJoinCode, type Group } from '../../modules/groups/groups.ts';
import { UNNAMED } from '../../modules/people/people.ts';
import type { NoticeText } from '../private-notice.ts';
import type { Handled, Session } from '../session.ts';
import { askName } from './names.ts';
import { offerPhoneLink } from './phone.ts';

export async function onJoin(s: Session, code: string | null): Promise<Handled> {
  if (s.inGroup) {
    s.say(s.t.joinInPrivate);
    return s.done('join:in-group');
  }
  if (!code) {
    s.say(s.t.joinUsage);
    return s.done('join:usage');
  }
  const chat = { platform: s.msg.platform, chatId: s.msg.chatId };
  const joined = await tryCode(s, () => joinByCode(s.db, s.me.id, code, s.now(), chat));
  if (!joined) return s.done('join:locked');
  const { group, already } = joined;
  s.say(already ? s.t.alreadyMember(group.name) : s.t.joined(group.name));
  if (s.me.name === UNNAMED) {
    // The platform gave no name: ask, so the facilitator knows who joined.
    await askName(s);
  } else if (!already) {
    await tellFacilitator(s, group, (t) => t.memberJoined(s.me.name, group.name));
  }
  // Added by phone from a spreadsheet, now writing on Telegram: one button makes the two one.
  await offerPhoneLink(s, group);
  return s.done('join');
}

export async function onLink(s: Session, code: string | null): Promise<Handled> {
  if (!s.inGroup) {
    s.say(s.t.linkInGroup);
    return s.done('link:in-private');
  }
  if (!code) {
    s.say(s.t.linkUsage);
    return s.done('link:usage');
  }
  const chat = { platform: s.msg.platform, chatId: s.msg.chatId };
  let linked;
  try {
    linked = await tryCode(s, () => linkChatByCode(s.db, { personId: s.me.id }, chat, code, s.now()));
  } catch (error) {
    if (error instanceof ChatLinkedElsewhereError) await tellOfRefusedLink(s, error.current, code);
    throw error;
  }
  if (!linked) return s.done('link:locked');
  s.say(s.t.linked(linked.group.name));
  return s.done('link');
}

/**
 * Runs a code lookup; while she (or this chat) must wait after wrong codes, says kindly
 * until when (in her time zone) and gives undefined.
 */
async function tryCode<T>(s: Session, attempt: () => Promise<T>): Promise<T | undefined> {
  try {
    return await attempt();
  } catch (error) {
    if (!(error instanceof CodeLockedError)) throw error;
    const minutes = Math.max(1, Math.ceil((error.until.getTime() - s.now().getTime()) / 60_000));
    s.say(s.t.codeLocked({ minutes, minuteOfDay: minuteOfDayAt(error.until, s.me.timeZone) }));
    return undefined;
  }
}

/**
 * A facilitator tried to link a chat already linked to another facilitator's group: both
 * are told privately (the chat itself only hears the refusal).
 */
async function tellOfRefusedLink(s: Session, current: Group, code: string): Promise<void> {
  const wanted = (await groupsRepo.findGroupByCode(s.db, normalizeJoinCode(code)))?.name ?? code;
  const owner = await facilitatorOfGroup(s.db, current);
  const ownerName = owner?.name ?? '-';
  await s.tellMePrivately((t) => t.linkTakeoverRefused({ current: current.name, wanted, currentFacilitator: ownerName }));
  if (owner) await s.tellPerson(owner.id, (t) => t.linkTakeoverTried({ by: s.me.name, current: current.name, wanted }));
}

/**
 * In a linked group chat, a writer who is not a member yet is added as pending and her
 * facilitator is told, once.
 */
export async function noticeGroupWriter(s: Session, group: Group): Promise<void> {
  const facilitator = await facilitatorOfGroup(s.db, group);
  if (facilitator?.id === s.me.id) return;
  const added = await noticeWriter(s.db, group.id, s.me.id, s.now());
  if (added) await tellFacilitator(s, group, (t) => t.pendingMember(s.me.name, group.name));
}

async function tellFacilitator(s: Session, group: Group, text: NoticeText): Promise<void> {
  const facilitator = await facilitatorOfGroup(s.db, group);
  if (facilitator) await s.tellPerson(facilitator.id, text);
}

/** The group a facilitator command is about: the linked chat's, or her only group, or a named one. */
async function targetGroup(s: Session, action: string, named: string | null): Promise<Group | undefined> {
  if (s.inGroup) {
    const group = await groupsRepo.findGroupByChat(s.db, s.msg.platform, s.msg.chatId);
    if (!group) {
      s.say(s.t.chatNotLinked);
      return undefined;
    }
    await requireFacilitatorOf(s.db, { personId: s.me.id }, action, group);
    return group;
  }
  await requireFacilitatorOf(s.db, { personId: s.me.id }, action);
  const mine = await groupsRunBy(s.db, s.me.id);
  const chosen = named ? mine.filter((g) => g.name.toLowerCase() === named.toLowerCase()) : mine;
  if (chosen.length === 1) return chosen[0];
  if (mine.length === 0) s.say(s.t.noGroupsYet);
  else s.say(s.t.whichGroup(mine.map((g) => g.name)));
  return undefined;
}

export async function onRole(s: Session, member: string | null, role: string | null): Promise<Handled> {
  if (!member || !role) {
    s.say(s.t.roleUsage);
    return s.done('role:usage');
  }
  const group = await targetGroup(s, 'set_role', null);
  if (!group) return s.done('role:no-group');
  try {
    const target = await findMemberByName(s.db, group.id, member);
    const set = await setRole(s.db, group.id, target.personId, role, s.now(), s.me.id);
    s.say(s.t.roleSet(target.name, set));
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === 'role_invalid') s.say(s.t.roleUsage);
    else if (error.code === 'member_ambiguous') s.say(s.t.memberAmbiguous(member));
    else if (error.code === 'member_not_found') s.say(s.t.memberNotFound(member));
    else throw error;
  }
  return s.done('role');
}

export async function onMembers(s: Session, named: string | null): Promise<Handled> {
  const group = await targetGroup(s, 'list_members', named);
  if (!group) return s.done('members:no-group');
  s.say(s.t.memberList(group.name, await groupsRepo.listMembers(s.db, group.id)));
  return s.done('members');
}

export async function onNotRecorded(s: Session, named: string | null): Promise<Handled> {
  const group = await targetGroup(s, 'not_recorded', named);
  if (!group) return s.done('not_recorded:no-group');
  // "This week" in the group's own time zone: Monday up to today.
  const today = businessDate(s.now(), group.timeZone);
  const from = startOfWeek(today);
  const missing = await groupsRepo.membersWithoutEntries(s.db, group.id, from, addDays(from, 6));
  s.say(s.t.notRecorded(group.name, missing.map((m) => m.name)));
  return s.done('not_recorded');
}
