/**
 * Facilitators, groups and members: the rules both the admin command line and the chat
 * use. Every broken rule is a DomainError with a stable code; callers turn it into a
 * friendly reply or a clear command-line error. Nothing is written when a rule breaks.
 */
import { isTimeZone } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import type { Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import { maskPhone, normalizePhone } from '../people/phone.ts';
import {
  addIdentity,
  findPerson,
  findPersonByIdentity,
  findPeopleByName,
  findPersonByPhone,
  findPersonByUsername,
  insertPerson,
  phoneOf,
  setPhone,
} from '../people/people.repository.ts';
import type { Person } from '../people/people.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { cleanLabel, isRole, newJoinCode, normalizeJoinCode, sameName, type Group, type Member, type Role } from './groups.ts';
import * as repo from './groups.repository.ts';
import * as attempts from './code-attempts.repository.ts';
import { attemptScopes, QUIET_RESET_MS, waitAfter, type CodeTrier } from './code-attempts.ts';

export interface PersonInput {
  name: string;
  phone?: string | undefined;
  telegramId?: string | undefined;
  /** Her Telegram @username: only one the bot already knows (she has written to it) names her. */
  telegramUsername?: string | undefined;
  timeZone: string;
}

function requireName(raw: string): string {
  const name = cleanLabel(raw);
  if (!name) throw new DomainError('name_invalid', 'the name must be 1–80 printable characters');
  return name;
}

function requirePhone(raw: string): string {
  const phone = normalizePhone(raw);
  if (!phone) throw new DomainError('phone_invalid', `"${raw.slice(0, 40)}" is not a valid phone number (e.g. 0812 3456 7890 or +62 812 3456 7890)`);
  return phone;
}

function requireTelegramId(raw: string): string {
  if (!/^\d{1,15}$/.test(raw)) throw new DomainError('telegram_id_invalid', 'the Telegram id must be a positive number');
  return raw;
}

/** How an operator names a person without her id: any of these (they must agree). */
export interface PersonRef {
  phone?: string | undefined;
  telegramId?: string | undefined;
  /** Her Telegram @username, with or without the "@" (known once she has written to the bot). */
  telegramUsername?: string | undefined;
}

/**
 * The person these details name (by Telegram id, @username, phone), or undefined. Details
 * that name two different people are refused. The one matching of every command that
 * names a person by her details (`facilitator add`, `staff grant`, `person find` …).
 */
export async function matchPerson(db: Db, ref: PersonRef): Promise<Person | undefined> {
  const phone = ref.phone !== undefined ? requirePhone(ref.phone) : null;
  const telegramId = ref.telegramId !== undefined ? requireTelegramId(ref.telegramId) : null;
  const username = ref.telegramUsername?.trim().replace(/^@/, '') || null;

  const byTelegram = telegramId ? await findPersonByIdentity(db, { platform: 'telegram', externalId: telegramId }) : undefined;
  const byUsername = username ? await findPersonByUsername(db, username) : undefined;
  const byPhone = phone ? await findPersonByPhone(db, phone) : undefined;
  const named = byTelegram ?? byUsername;
  if (byTelegram && byUsername && byTelegram.id !== byUsername.id) {
    throw new DomainError('person_not_found', `the Telegram id and @${username} belong to two different people (ids ${byTelegram.id}, ${byUsername.id})`);
  }
  if (named && byPhone && named.id !== byPhone.id) {
    throw new DomainError('phone_taken', `the phone ${phone} already belongs to another person (id ${byPhone.id})`);
  }
  return named ?? byPhone;
}

/**
 * Finds the person these details name (`matchPerson`), or creates her (`beforeCreating`
 * may refuse that first). Conflicting details (a phone that belongs to someone else) are
 * refused.
 */
async function findOrCreatePerson(db: Db, input: PersonInput, beforeCreating?: (name: string) => Promise<void>): Promise<Person> {
  const name = requireName(input.name);
  const phone = input.phone !== undefined ? requirePhone(input.phone) : null;
  const telegramId = input.telegramId !== undefined ? requireTelegramId(input.telegramId) : null;

  const known = await matchPerson(db, { phone: input.phone, telegramId: input.telegramId, telegramUsername: input.telegramUsername });
  const username = input.telegramUsername?.trim().replace(/^@/, '');
  // A username gives the bot no chat to reach her by until she has written to it (then it is known).
  if (username && !(known && (await findPersonByUsername(db, username))?.id === known.id)) {
    throw new DomainError('person_not_found', `the bot does not know @${username.slice(0, 40)} yet: she writes to the bot first, or give her phone or Telegram id`);
  }
  if (!known) await beforeCreating?.(name);
  const person = known ?? (await insertPerson(db, { name, phone, timeZone: input.timeZone }));
  if (phone) {
    // Her phone is this one already, or none: a phone is one person's (matchPerson refused another's).
    const current = await phoneOf(db, person.id);
    if (current && current !== phone) {
      throw new DomainError('phone_taken', `this person already has the phone ${current}`);
    }
    if (!current) await setPhone(db, person.id, phone);
  }
  if (telegramId) await addIdentity(db, person.id, { platform: 'telegram', externalId: telegramId }, name);
  return person;
}

/** One person as `person find` shows her: her phone masked, her active groups. */
export interface FoundPerson {
  id: number;
  name: string;
  phone: string | null;
  groups: { id: number; name: string }[];
}

/** People whose name contains `namePart` (case does not matter), or the one `ref` names; at most `limit`. */
export async function findPeople(db: Db, query: { namePart?: string | undefined; ref?: PersonRef | undefined }, limit = 50): Promise<FoundPerson[]> {
  const people: Person[] = [];
  if (query.ref && Object.values(query.ref).some((v) => v !== undefined)) {
    const one = await matchPerson(db, query.ref);
    if (one) people.push(one);
  } else if (query.namePart !== undefined) {
    people.push(...(await findPeopleByName(db, query.namePart, limit)));
  }
  const found: FoundPerson[] = [];
  for (const person of people) {
    const phone = await phoneOf(db, person.id);
    const groups = await repo.groupsOfPerson(db, person.id);
    found.push({ id: person.id, name: person.name, phone: phone ? maskPhone(phone) : null, groups: groups.map((g) => ({ id: g.id, name: g.name })) });
  }
  return found;
}

export async function addFacilitator(db: Db, input: PersonInput): Promise<{ id: number; person: Person }> {
  const person = await findOrCreatePerson(db, input);
  const id = await repo.insertFacilitator(db, person.id);
  return { id, person };
}

export interface GroupInput {
  name: string;
  trades: readonly string[];
  facilitatorId: number;
  village?: string | undefined;
  district?: string | undefined;
  timeZone: string;
}

async function uniqueJoinCode(db: Db): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newJoinCode();
    if (!(await repo.findGroupByCode(db, code))) return code;
  }
  throw new Error('could not find a free join code');
}

export async function createGroup(db: Db, input: GroupInput): Promise<Group> {
  const name = requireName(input.name);
  const facilitator = await repo.findFacilitator(db, input.facilitatorId);
  if (!facilitator) throw new DomainError('facilitator_not_found', `no facilitator with id ${input.facilitatorId}`);
  const known = await repo.knownTrades(db);
  const trades = [...new Set(input.trades.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (trades.length === 0) throw new DomainError('trade_missing', `give at least one trade: ${known.join(', ')}`);
  const unknown = trades.filter((t) => !known.includes(t));
  if (unknown.length) throw new DomainError('trade_unknown', `unknown trade ${unknown.join(', ')}; known trades: ${known.join(', ')}`);
  if (!isTimeZone(input.timeZone)) throw new DomainError('timezone_invalid', `"${input.timeZone}" is not a time zone such as Asia/Jakarta`);
  const village = input.village === undefined ? null : cleanLabel(input.village);
  if (input.village !== undefined && !village) throw new DomainError('village_invalid', 'the village must be 1–80 printable characters');
  const district = input.district === undefined ? null : cleanLabel(input.district);
  if (input.district !== undefined && !district) throw new DomainError('district_invalid', 'the district must be 1–80 printable characters');
  return repo.insertGroup(
    db,
    { name, facilitatorId: facilitator.id, village, district, timeZone: input.timeZone, joinCode: await uniqueJoinCode(db) },
    trades,
  );
}

export async function requireGroup(db: Db, id: number): Promise<Group> {
  const group = await repo.findGroup(db, id);
  if (!group) throw new DomainError('group_not_found', `no group with id ${id}`);
  return group;
}

/**
 * A new join code for the group (the old one stops working). With `audit`, the rotation is
 * written to the audit log in the same transaction (who did it; never the code).
 */
export async function rotateJoinCode(db: Db, groupId: number, audit?: { actorPersonId: number | null; at: Date }): Promise<Group> {
  await requireGroup(db, groupId);
  await repo.setJoinCode(db, groupId, await uniqueJoinCode(db));
  if (audit) await recordAudit(db, { kind: 'join_code_rotated', at: audit.at, actorPersonId: audit.actorPersonId, groupId });
  return requireGroup(db, groupId);
}

/**
 * Adds the person these details name to the group (see findOrCreatePerson). A new person
 * whose name an active or pending member of the group already has is refused
 * (`member_duplicate`) unless `allowDuplicateName`: adding "Ani" twice is far more often a
 * command run twice than a second Ani, and two people cannot be told apart, nor their
 * books separated, once both exist. Matching the existing Ani instead could hand one
 * woman's books to another, so the operator decides. With `audit`, a membership that was not
 * active before is written to the audit log (`member_added`) in the same transaction.
 */
export async function addMember(
  db: Db,
  groupId: number,
  input: PersonInput & { role?: string | undefined },
  at: Date,
  options: { allowDuplicateName?: boolean; audit?: { actorPersonId: number | null; via: 'cli' } } = {},
): Promise<{ person: Person; role: Role }> {
  await requireGroup(db, groupId);
  const role = input.role ?? 'anggota';
  if (!isRole(role)) throw new DomainError('role_invalid', `unknown role "${role}"; roles: ketua, sekretaris, bendahara, anggota`);
  const person = await findOrCreatePerson(db, input, async (name) => {
    if (options.allowDuplicateName) return;
    const same = (await repo.listMembers(db, groupId)).find((m) => sameName(m.name, name));
    if (same) {
      throw new DomainError(
        'member_duplicate',
        `group ${groupId} already has a member named ${same.name} (person ${same.personId}); to add another person with this name, repeat with --allow-duplicate`,
      );
    }
  });
  const before = options.audit ? await repo.findMembership(db, groupId, person.id) : undefined;
  await repo.upsertMembership(db, { groupId, personId: person.id, role, status: 'active', at });
  // The console's import writes the same row for each member it adds (src/modules/member-import).
  if (options.audit && before?.status !== 'active') {
    await recordAudit(db, { kind: 'member_added', at, actorPersonId: options.audit.actorPersonId, subjectPersonId: person.id, groupId, detail: { role, via: options.audit.via } });
  }
  return { person, role };
}


export async function removeMember(db: Db, groupId: number, personId: number, at: Date): Promise<void> {
  await requireGroup(db, groupId);
  const membership = await repo.findMembership(db, groupId, personId);
  if (!membership || membership.status === 'removed') {
    throw new DomainError('member_not_found', `person ${personId} is not a member of group ${groupId}`);
  }
  // The membership is marked removed, not deleted: her books and history stay hers.
  await repo.updateMembership(db, groupId, personId, { status: 'removed', at });
}

export async function listMembers(db: Db, groupId: number): Promise<Member[]> {
  await requireGroup(db, groupId);
  return repo.listMembers(db, groupId);
}

/** Too many wrong codes lately: no code is tried before `until`. */
export class CodeLockedError extends DomainError {
  constructor(readonly until: Date) {
    super('code_locked', `too many wrong codes; try again after ${until.toISOString()}`);
  }
}

/**
 * The group with this code, for someone trying it at `at`. While she (or the chat) waits
 * after wrong codes, no code is looked at, right or wrong (`CodeLockedError`); a wrong code
 * is counted for her and the chat, and answered `code_unknown`.
 */
async function groupByTriedCode(db: Db, who: CodeTrier, rawCode: string, at: Date): Promise<Group> {
  const scopes = attemptScopes(who);
  const until = await attempts.lockedUntil(db, scopes, at);
  if (until) throw new CodeLockedError(until);
  const group = await repo.findGroupByCode(db, normalizeJoinCode(rawCode));
  if (group) return group;
  // A right code does not clear the count: knowing one code (her own group's) must not
  // buy more guesses at the others.
  const quietSince = new Date(at.getTime() - QUIET_RESET_MS);
  for (const scope of scopes) await attempts.recordFailure(db, scope, at, quietSince, waitAfter);
  throw new DomainError('code_unknown');
}

/**
 * "/gabung KODE": she becomes an active member of the group with that code. Wrong codes are
 * counted for her (and for `chat`, when given) and slow her down.
 */
export async function joinByCode(
  db: Db,
  personId: number,
  rawCode: string,
  at: Date,
  chat?: { platform: Platform; chatId: string },
): Promise<{ group: Group; already: boolean }> {
  const group = await groupByTriedCode(db, { personId, chat }, rawCode, at);
  const existing = await repo.findMembership(db, group.id, personId);
  if (existing?.status === 'active') return { group, already: true };
  await repo.upsertMembership(db, { groupId: group.id, personId, status: 'active', at });
  return { group, already: false };
}

export interface Actor {
  personId: number;
}

/** The groups this person runs as a facilitator (empty when she is not one). */
export async function groupsRunBy(db: Db, personId: number): Promise<Group[]> {
  const facilitator = await repo.findFacilitatorByPerson(db, personId);
  return facilitator ? repo.listGroups(db, facilitator.id) : [];
}

/** Whether she runs this group as its facilitator or chairs it as its active ketua. */
export async function runsOrChairs(db: Db, personId: number, group: Group): Promise<boolean> {
  const facilitator = await repo.findFacilitatorByPerson(db, personId);
  if (facilitator && facilitator.id === group.facilitatorId) return true;
  const membership = await repo.findMembership(db, group.id, personId);
  return membership?.role === 'ketua' && membership.status === 'active';
}

/** The groups she runs as a facilitator or chairs as their active ketua, by id. */
export async function groupsRunOrChairedBy(db: Db, personId: number): Promise<Group[]> {
  const byId = new Map((await groupsRunBy(db, personId)).map((g) => [g.id, g]));
  for (const groupId of await repo.groupIdsWithRole(db, personId, 'ketua')) {
    if (byId.has(groupId)) continue;
    const group = await repo.findGroup(db, groupId);
    if (group) byId.set(group.id, group);
  }
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

/**
 * Checks that `actor` runs `group` (or, with no group, any group) and logs every refusal.
 * Throws `not_facilitator` or `not_your_group`.
 */
export async function requireFacilitatorOf(db: Db, actor: Actor, action: string, group?: Group): Promise<{ facilitatorId: number }> {
  const facilitator = await repo.findFacilitatorByPerson(db, actor.personId);
  if (!facilitator) {
    await repo.recordRefusal(db, { personId: actor.personId, action, reason: 'not_facilitator', groupId: group?.id ?? null });
    throw new DomainError('not_facilitator');
  }
  if (group && group.facilitatorId !== facilitator.id) {
    await repo.recordRefusal(db, { personId: actor.personId, action, reason: 'not_your_group', groupId: group.id });
    throw new DomainError('not_your_group');
  }
  return { facilitatorId: facilitator.id };
}

/** The chat was linked to another group and its facilitator is someone else: nothing changed. */
export class ChatLinkedElsewhereError extends DomainError {
  constructor(readonly current: Group) {
    super('chat_linked_elsewhere', `the chat is linked to group ${current.id}, which another facilitator runs`);
  }
}

/**
 * "/hubungkan KODE" in a group chat, by the facilitator of that group. Only facilitators
 * get as far as the code (so it tells nobody else whether a code exists), and wrong codes
 * count as in `joinByCode`. A chat linked to a group is moved to another only by that
 * group's own facilitator (fixing her own mistake); anyone else is refused and logged
 * (`ChatLinkedElsewhereError` names the group so both facilitators can be told).
 * `movedFrom` is the group the chat was linked to before, when it moved.
 */
export async function linkChatByCode(
  db: Db,
  actor: Actor,
  chat: { platform: Platform; chatId: string },
  rawCode: string,
  at: Date,
): Promise<{ group: Group; movedFrom?: Group }> {
  await requireFacilitatorOf(db, actor, 'link_chat');
  const group = await groupByTriedCode(db, { personId: actor.personId, chat }, rawCode, at);
  await requireFacilitatorOf(db, actor, 'link_chat', group);
  const current = await repo.findGroupByChat(db, chat.platform, chat.chatId);
  if (current && current.id !== group.id && !(await facilitates(db, actor.personId, current))) {
    await repo.recordRefusal(db, { personId: actor.personId, action: 'link_chat', reason: 'chat_linked_elsewhere', groupId: current.id });
    throw new ChatLinkedElsewhereError(current);
  }
  await repo.linkChat(db, { groupId: group.id, platform: chat.platform, chatId: chat.chatId, byPersonId: actor.personId });
  return current && current.id !== group.id ? { group, movedFrom: current } : { group };
}

async function facilitates(db: Db, personId: number, group: Group): Promise<boolean> {
  const facilitator = await repo.findFacilitatorByPerson(db, personId);
  return facilitator?.id === group.facilitatorId;
}

/**
 * Checks that she is an active member of `group`, or runs it as its facilitator; logs and
 * throws `not_group_member` otherwise (a stranger, a pending writer, another group's member).
 */
export async function requireActiveMemberOf(db: Db, actor: Actor, action: string, group: Group): Promise<void> {
  const membership = await repo.findMembership(db, group.id, actor.personId);
  if (membership?.status === 'active') return;
  if (await facilitates(db, actor.personId, group)) return;
  await repo.recordRefusal(db, { personId: actor.personId, action, reason: 'not_group_member', groupId: group.id });
  throw new DomainError('not_group_member');
}

/**
 * A writer in a linked group chat: a member already, or added as pending so the
 * facilitator can confirm her. Returns true when she was just added as pending.
 */
export async function noticeWriter(db: Db, groupId: number, personId: number, at: Date): Promise<boolean> {
  const existing = await repo.findMembership(db, groupId, personId);
  if (existing) return false;
  await repo.upsertMembership(db, { groupId, personId, status: 'pending', at });
  return true;
}

/** Finds a member of `group` by name ("@ani", "Ani", "ani lestari"); unique match or error. */
export async function findMemberByName(db: Db, groupId: number, raw: string): Promise<Member> {
  return findMemberAmong(await repo.listMembers(db, groupId), raw);
}

/**
 * Finds a member of any of `groupIds` by name, as `findMemberByName` (a person in two of
 * them is one match): a facilitator's "/nama @ani Siti" in her private chat.
 */
export async function findMemberInGroups(db: Db, groupIds: readonly number[], raw: string): Promise<Member> {
  const byPerson = new Map<number, Member>();
  for (const groupId of groupIds) for (const m of await repo.listMembers(db, groupId)) if (!byPerson.has(m.personId)) byPerson.set(m.personId, m);
  return findMemberAmong([...byPerson.values()], raw);
}

function findMemberAmong(members: readonly Member[], raw: string): Member {
  const wanted = raw.replace(/^@/, '').trim().toLowerCase();
  if (!wanted) throw new DomainError('member_not_found');
  const exact = members.filter((m) => m.name.toLowerCase() === wanted);
  const matches = exact.length ? exact : members.filter((m) => m.name.toLowerCase().split(/\s+/).includes(wanted) || m.name.toLowerCase().startsWith(wanted));
  if (matches.length === 0) throw new DomainError('member_not_found');
  if (matches.length > 1) throw new DomainError('member_ambiguous');
  return matches[0]!;
}

/**
 * "/peran @ani bendahara": sets the role (and confirms a pending member). A change is written
 * to the audit log (who, from what, to what) in the same transaction as the membership.
 */
export async function setRole(db: Db, groupId: number, personId: number, role: string, at: Date, byPersonId: number | null = null): Promise<Role> {
  if (!isRole(role)) throw new DomainError('role_invalid');
  const before = await repo.findMembership(db, groupId, personId);
  await repo.updateMembership(db, groupId, personId, { role, status: 'active', at });
  if (before && before.role !== role) {
    await recordAudit(db, { kind: 'member_role', at, actorPersonId: byPersonId, subjectPersonId: personId, groupId, detail: { from: before.role, to: role } });
  }
  return role;
}

export async function facilitatorOfGroup(db: Db, group: Group): Promise<Person | undefined> {
  const f = await repo.findFacilitator(db, group.facilitatorId);
  return f ? findPerson(db, f.personId) : undefined;
}

export const groupsRepo = repo;
