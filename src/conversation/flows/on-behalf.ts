/**
 * "catat untuk Ani: laku 5 bros @15rb", "untuk Ani: …", "tolong catat punya Bu Sumi: …",
 * "Bu Sumi laku 3 bros 45rb": someone records for a member. Who may: the facilitator of the
 * member's group, or its active ketua (groups module roles). The text is read as the member
 * would have written it (her day, her time zone); the entries are hers, marked as entered by
 * the writer; she is told privately.
 *
 * A message that tries to record for someone else and fails the check (a name she is not
 * allowed to record for, an unknown name, a name only guessed) is refused or asked about,
 * logged, and NEVER recorded in the writer's own books. "Bu Sumi laku …" from Bu Sumi herself
 * is her own record.
 *
 * In a group, a name in front without "catat"/"untuk" ("Bu Sumi: besok kumpul jam 9", "Bu
 * Sumi laku keras ya") is mostly talk to Bu Sumi: it is acted on only when the writer may
 * record for others and it carries an amount; anything else is left to the people there.
 */
import { businessDate, type IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import { recordEntries } from '../../modules/ledger/ledger.service.ts';
import type { Member } from '../../modules/groups/groups.ts';
import { groupsRepo, groupsRunOrChairedBy } from '../../modules/groups/groups.service.ts';
import { bestFits, customerKey } from '../../modules/orders/customer.ts';
import { findPerson } from '../../modules/people/people.repository.ts';
import { parseMessage } from '../../parser/index.ts';
import { CONFIDENT, type ParseResult } from '../../parser/types.ts';
import { isNotRecordedNote } from '../replies/catalogue.ts';
import type { Handled, Session } from '../session.ts';
import { onRecord } from './books/record.ts';
import { debtorsOf, recordCreditSale, usableEntries } from './credit.ts';

type OnBehalfIntent = Extract<ParseResult, { intent: 'on_behalf' }>;

/** Active members of the groups she facilitates or chairs as ketua, each once (herself left out). */
async function membersSheMayRecordFor(s: Session, groupIds: readonly number[]): Promise<Member[]> {
  const seen = new Map<number, Member>();
  for (const groupId of groupIds) {
    for (const m of await groupsRepo.listMembers(s.db, groupId, ['active'])) {
      if (m.personId !== s.me.id && !seen.has(m.personId)) seen.set(m.personId, m);
    }
  }
  return [...seen.values()];
}

export async function onOnBehalf(s: Session, parsed: OnBehalfIntent): Promise<Handled> {
  const name = parsed.member.replace(/^@/, '').trim();
  const implicit = parsed.notes?.includes('member_implicit') ?? false;
  if (!name || !parsed.text.trim()) {
    s.say(s.t.onBehalfUsage);
    return s.done('on_behalf:usage');
  }
  // "Bu Sumi laku 3 bros" from Bu Sumi: her own sale, read as she wrote it without the name.
  if (implicit && customerKey(name) === customerKey(s.me.name)) return ownRecord(s, parsed.text);
  if (implicit && s.inGroup && !(await mayActInGroup(s, parsed.text))) return s.done('on_behalf:group-talk');
  // "catat punyo Etek: …": someone called only by a kin word — her name asked, nothing recorded anywhere.
  if (parsed.notes?.includes('member_kin')) {
    s.say(s.t.onBehalfAskName(name, parsed.text));
    return s.done('on_behalf:ask-name');
  }
  // "bu sumi laku …": maybe a name, maybe not — asked, nothing recorded anywhere.
  if (parsed.confidence < CONFIDENT) {
    s.say(s.t.onBehalfAskWho(name, parsed.text));
    return s.done('on_behalf:ask-who');
  }
  const groups = await groupsRunOrChairedBy(s.db, s.me.id);
  if (groups.length === 0) {
    await groupsRepo.recordRefusal(s.db, { personId: s.me.id, action: 'on_behalf', reason: 'not_facilitator', groupId: null });
    if (!implicit) throw new DomainError('not_facilitator');
    s.say(s.t.onBehalfNotAllowed(name));
    return s.done('on_behalf:not-allowed');
  }
  const fits = bestFits(name, await membersSheMayRecordFor(s, groups.map((g) => g.id)), (m) => customerKey(m.name));
  if (fits.length === 0) {
    await groupsRepo.recordRefusal(s.db, { personId: s.me.id, action: 'on_behalf', reason: 'not_your_member', groupId: null });
    throw new DomainError('on_behalf_not_member');
  }
  if (fits.length > 1) {
    s.say(s.t.onBehalfWhich(name, fits.map((m) => m.name)));
    return s.done('on_behalf:which');
  }
  const member = fits[0]!;
  const person = await findPerson(s.db, member.personId);
  if (!person) throw new DomainError('on_behalf_not_member');
  // Her day, in her time zone: "kemarin" is Ani's yesterday.
  const memberToday = businessDate(new Date(s.msg.sentAt), person.timeZone);
  const result = parseMessage(parsed.text, { today: memberToday, timeZone: person.timeZone });
  // "catat untuk Ani: dikasih anak 200rb": money that is not the business's, said as for her own.
  const why = result.intent === 'unknown' ? result.notes?.find(isNotRecordedNote) : undefined;
  if (why) {
    s.say(s.t.moneyNotRecorded[why]);
    return s.done(`on_behalf:${why}`);
  }
  if (result.intent !== 'record') {
    s.say(s.t.onBehalfOnlyRecords(member.name));
    return s.done('on_behalf:not-record');
  }
  const entries = usableEntries(result.entries);
  if (!entries || result.confidence < CONFIDENT) {
    s.say(s.t.onBehalfAskClearer(member.name));
    return s.done('on_behalf:ask');
  }
  const source = { messageId: s.inboundId, rawText: parsed.text, enteredByPersonId: s.me.id };
  const credit = result.credit?.customer ?? null;
  const recorded = credit
    ? (await recordCreditSale(s.db, member.personId, entries, result.date, debtorsOf({ ...result, credit: { customer: credit } }), source)).entries
    : (await recordEntries(s.db, member.personId, result.date, entries, source)).entries;
  s.say(s.t.onBehalfRecorded({ member: member.name, entries: recorded, date: result.date, today: memberToday, credit }));
  const facilitator = s.me.name;
  await s.tellPerson(member.personId, (t) => t.onBehalfToldMember({ facilitator, entries: recorded, date: result.date, today: memberToday, credit }));
  return s.done('on_behalf');
}

/** An implicit on-behalf in a group is for the books only from a facilitator or ketua, and only with an amount. */
async function mayActInGroup(s: Session, text: string): Promise<boolean> {
  const result = parseMessage(text, { today: writtenDay(s), timeZone: s.me.timeZone });
  if (result.intent !== 'record' || !usableEntries(result.entries)) return false;
  return (await groupsRunOrChairedBy(s.db, s.me.id)).length > 0;
}

/** The day she wrote the message, in her time zone: what the main path reads it as of. */
function writtenDay(s: Session): IsoDate {
  return businessDate(new Date(s.msg.sentAt), s.me.timeZone);
}

/** Her own record written with her own name in front: handled as the record it is (asked when unsure). */
async function ownRecord(s: Session, text: string): Promise<Handled> {
  const result = parseMessage(text, { today: writtenDay(s), timeZone: s.me.timeZone });
  if (result.intent !== 'record' || result.credit) {
    s.say(s.t.notUnderstood);
    return s.done('on_behalf:own-unclear');
  }
  return onRecord(s, result.entries, result.date, result.confidence >= CONFIDENT, result.unresolved, result.notes);
}
