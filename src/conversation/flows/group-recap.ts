/**
 * "/rekap_kelompok [minggu|bulan]" (also "rekap kelompok"): a group's week or month, one
 * line per member, with totals and who recorded nothing — for the group's facilitator or
 * its ketua. And "/laporan_kuartal [kuartal]": a facilitator asks for the quarterly
 * monitoring report of a group; the files are made after the commit by a background job
 * (src/jobs/quarterly-report.processor.ts) and sent as two documents.
 *
 * Which group: the linked group chat it is written in, else her only group, else the one
 * she names (by name or join code); with several and none named, she is asked which.
 */
import { businessDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import { buildGroupRecap, type RecapPeriod } from '../../modules/group-recap/group-recap.ts';
import { memberTotals, recapGroupsOf } from '../../modules/group-recap/group-recap.service.ts';
import { groupsRepo, groupsRunBy } from '../../modules/groups/groups.service.ts';
import { groupsLooselyNamed, normalizeJoinCode, type Group } from '../../modules/groups/groups.ts';
import { periodRange } from '../../modules/ledger/ledger.ts';
import { requestQuarterlyReport } from '../../modules/quarterly/quarterly.repository.ts';
import { isQuarterLabel, reportedQuarter } from '../../modules/reminders/schedule.ts';
import type { Handled, Session } from '../session.ts';

type Who = 'facilitator' | 'facilitator_or_ketua';

function matches(group: Group, named: string): boolean {
  const wanted = named.trim().toLowerCase();
  return group.name.toLowerCase() === wanted || group.joinCode === normalizeJoinCode(named);
}

/** The group she asks about, or undefined after telling her what is missing; throws a DomainError when she may not. */
async function targetGroup(s: Session, action: string, named: string | null, who: Who, usage: (group: string) => string): Promise<Group | undefined> {
  const allowed = who === 'facilitator' ? await groupsRunBy(s.db, s.me.id) : await recapGroupsOf(s.db, s.me.id);
  const isFacilitator = (await groupsRepo.findFacilitatorByPerson(s.db, s.me.id)) !== undefined;
  const refuse = async (groupId: number | null): Promise<never> => {
    const reason = isFacilitator ? 'not_your_group' : who === 'facilitator' ? 'not_facilitator' : 'recap_not_allowed';
    await groupsRepo.recordRefusal(s.db, { personId: s.me.id, action, reason, groupId });
    throw new DomainError(reason);
  };
  if (s.inGroup) {
    const group = await groupsRepo.findGroupByChat(s.db, s.msg.platform, s.msg.chatId);
    if (!group) {
      s.say(s.t.chatNotLinked);
      return undefined;
    }
    if (!allowed.some((g) => g.id === group.id)) return refuse(group.id);
    return group;
  }
  if (allowed.length === 0) return refuse(null);
  const exact = named ? allowed.filter((g) => matches(g, named)) : allowed;
  // Typed loosely ("melati" for "KUB Melati Jaya", a slip of a letter): only among her own groups.
  const chosen = named && exact.length === 0 ? groupsLooselyNamed(allowed, named) : exact;
  if (chosen.length === 1) return chosen[0];
  const names = allowed.map((g) => g.name);
  s.say(named && chosen.length === 0 ? s.t.recapGroupNotFound(named, names, usage(names[0]!)) : s.t.recapWhichGroup(names, usage(names[0]!)));
  return undefined;
}

export async function onGroupRecap(s: Session, period: RecapPeriod, named: string | null): Promise<Handled> {
  const word = period === 'month' ? 'bulan' : 'minggu';
  const group = await targetGroup(s, 'group_recap', named, 'facilitator_or_ketua', (name) => `/rekap_kelompok ${word} ${name}`);
  if (!group) return s.done('group_recap:no-group');
  // This week or month in the group's own time zone.
  const today = businessDate(s.now(), group.timeZone);
  const range = periodRange(period, today);
  const rows = await memberTotals(s.db, group.id, range.from, range.to);
  s.say(s.t.groupRecap(buildGroupRecap(group, period, range, rows), today));
  return s.done('group_recap');
}

/** `2026Q4`, `q4 2026`, `Q4`, `4` (this year), `4 2026`: the quarter asked for, or null when none was written; undefined when unreadable. */
export function readQuarter(text: string | null, thisYear: string): string | null | undefined {
  if (!text) return null;
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4}) ?-?q([1-4])$/.exec(t);
  if (m) return `${m[1]}Q${m[2]}`;
  m = /^(?:q|kuartal |triwulan )?([1-4])(?: (\d{4}))?$/.exec(t);
  if (m) return `${m[2] ?? thisYear}Q${m[1]}`;
  return undefined;
}

export async function onQuarterlyReportRequest(s: Session, quarterText: string | null, named: string | null): Promise<Handled> {
  const group = await targetGroup(s, 'quarterly_report', named, 'facilitator', (name) => `/laporan_kuartal ${name}`);
  if (!group) return s.done('quarterly_report:no-group');
  const today = businessDate(s.now(), group.timeZone);
  const asked = readQuarter(quarterText, today.slice(0, 4));
  // Unless she names one: the last quarter that has ended.
  const quarter = asked === null ? reportedQuarter(today) : asked;
  if (quarter === undefined || !isQuarterLabel(quarter)) {
    s.say(s.t.quarterlyReportUsage);
    return s.done('quarterly_report:usage');
  }
  const requestId = await requestQuarterlyReport(s.db, {
    personId: s.me.id,
    groupId: group.id,
    quarter,
    platform: s.msg.platform,
    chatId: s.msg.chatId,
    sourceMessageId: s.inboundId,
    at: s.now(),
  });
  s.followUp({ kind: 'make_quarterly_report', requestId });
  s.say(s.t.quarterlyReportPreparing(group.name, quarter));
  return s.done('quarterly_report');
}
