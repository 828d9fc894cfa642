/**
 * "catat untuk Ani: laku 5 bros @15rb": a facilitator records for a member of one of HER
 * groups. The text is read as Ani would have written it (her day, her time zone); the
 * entries are Ani's, marked as entered by the facilitator; Ani is told privately. Anyone
 * else, or a member outside her groups, is refused (logged) and nothing is written.
 */
import { businessDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import { recordEntries } from '../../modules/ledger/ledger.service.ts';
import type { Member } from '../../modules/groups/groups.ts';
import { groupsRepo, groupsRunBy, requireFacilitatorOf } from '../../modules/groups/groups.service.ts';
import { bestFits, customerKey } from '../../modules/orders/customer.ts';
import { findPerson } from '../../modules/people/people.repository.ts';
import { parseMessage } from '../../parser/index.ts';
import { CONFIDENT, type ParseResult } from '../../parser/types.ts';
import { isNotRecordedNote } from '../replies/catalogue.ts';
import type { Handled, Session } from '../session.ts';
import { recordCreditSale, usableEntries } from './credit.ts';

type OnBehalfIntent = Extract<ParseResult, { intent: 'on_behalf' }>;

/** Active members of the groups she facilitates, each once. */
async function membersOfHerGroups(s: Session): Promise<Member[]> {
  const seen = new Map<number, Member>();
  for (const group of await groupsRunBy(s.db, s.me.id)) {
    for (const m of await groupsRepo.listMembers(s.db, group.id, ['active'])) if (!seen.has(m.personId)) seen.set(m.personId, m);
  }
  return [...seen.values()];
}

export async function onOnBehalf(s: Session, parsed: OnBehalfIntent): Promise<Handled> {
  await requireFacilitatorOf(s.db, { personId: s.me.id }, 'on_behalf');
  const name = parsed.member.replace(/^@/, '').trim();
  if (!name || !parsed.text.trim()) {
    s.say(s.t.onBehalfUsage);
    return s.done('on_behalf:usage');
  }
  const fits = bestFits(name, await membersOfHerGroups(s), (m) => customerKey(m.name));
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
    ? (await recordCreditSale(s.db, member.personId, entries, result.date, credit, source)).entries
    : (await recordEntries(s.db, member.personId, result.date, entries, source)).entries;
  s.say(s.t.onBehalfRecorded({ member: member.name, entries: recorded, date: result.date, today: memberToday, credit }));
  const facilitator = s.me.name;
  await s.tellPerson(member.personId, (t) => t.onBehalfToldMember({ facilitator, entries: recorded, date: result.date, today: memberToday, credit }));
  return s.done('on_behalf');
}
