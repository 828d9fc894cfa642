/**
 * "/ekspor [kelompok] [dari] [sampai]": a facilitator asks for her group's books as an
 * Excel file and a CSV. Only the request is written here, in the message's transaction;
 * the files are made after commit by the export job (src/jobs/exports.ts), which sends
 * them as documents. Dates: YYYY-MM-DD or dd/mm/yyyy; none means this month so far.
 */
import { startOfMonth, type IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import { checkRange, parseExportDate, type ExportRange } from '../../modules/exports/exports.ts';
import { insertRequest } from '../../modules/exports/exports.repository.ts';
import { groupIdsNamed } from '../../modules/groups/groups.repository.ts';
import { groupsLooselyNamed, type Group } from '../../modules/groups/groups.ts';
import { groupsRepo, groupsRunBy, requireFacilitatorOf } from '../../modules/groups/groups.service.ts';
import type { Handled, Session } from '../session.ts';

/** Words that look like a date attempt ("2026-13-01", "31/02/2026", "1/11"). */
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?$/;

interface ExportArgs {
  group: string | null;
  dates: IsoDate[];
  badDate: string | null;
}

/** Splits the words into a group name (leading words) and up to two dates (trailing words). */
export function readExportArgs(args: string): ExportArgs {
  const words = args.split(/\s+/).filter(Boolean);
  const dates: IsoDate[] = [];
  while (words.length && dates.length < 2 && DATE_LIKE.test(words.at(-1)!)) {
    const raw = words.pop()!;
    const date = parseExportDate(raw);
    if (!date) return { group: null, dates: [], badDate: raw };
    dates.unshift(date);
  }
  // "sampai"/"s.d."/"-" between the dates is allowed: "/ekspor 01/11/2026 sampai 30/11/2026".
  if (dates.length === 1 && words.length && /^(sampai|s\.?d\.?|hingga|to|-|–)$/i.test(words.at(-1)!)) {
    words.pop();
    const raw = words.at(-1);
    if (raw && DATE_LIKE.test(raw)) {
      words.pop();
      const date = parseExportDate(raw);
      if (!date) return { group: null, dates: [], badDate: raw };
      dates.unshift(date);
    }
  }
  return { group: words.join(' ') || null, dates, badDate: null };
}

export async function onExport(s: Session, args: string): Promise<Handled> {
  if (s.inGroup) {
    s.say(s.t.exportPrivateOnly);
    return s.done('export:in-group');
  }
  // Not a facilitator: a kind refusal (DomainError), logged.
  await requireFacilitatorOf(s.db, { personId: s.me.id }, 'export');

  const read = readExportArgs(args);
  if (read.badDate !== null) {
    s.say(s.t.exportDateInvalid(read.badDate));
    return s.done('export:bad-date');
  }
  const range: ExportRange = {
    from: read.dates[0] ?? startOfMonth(s.today),
    to: read.dates[1] ?? s.today,
  };
  try {
    checkRange(range);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'export_range_invalid') throw error;
    s.say(s.t.refusals.export_range_invalid);
    return s.done('export:bad-range');
  }

  const group = await chooseGroup(s, read.group);
  if (!group) return s.done('export:no-group');

  const request = await insertRequest(s.db, {
    sourceMessageId: s.inboundId,
    groupId: group.id,
    personId: s.me.id,
    platform: s.msg.platform,
    chatId: s.msg.chatId,
    ...range,
  });
  s.followUp({ kind: 'make_export', requestId: request.id });
  s.say(s.t.exportPreparing({ group: group.name, ...range }));
  return s.done('export');
}

/**
 * The group named (by name, or by id as "#12"), or her only group. A group run by someone
 * else gets the same answer as a name nobody has ("none of your groups is called …", her
 * own groups listed), so the command tells nobody which groups exist; it is still logged
 * as `not_your_group`. Several groups of hers ask again.
 */
/** Logs (and only logs) the refusal of another facilitator's group. */
async function logRefusal(s: Session, other: Group): Promise<void> {
  try {
    await requireFacilitatorOf(s.db, { personId: s.me.id }, 'export', other);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'not_your_group') throw error;
  }
}

async function chooseGroup(s: Session, named: string | null): Promise<Group | undefined> {
  const mine = await groupsRunBy(s.db, s.me.id);
  if (named === null) {
    if (mine.length === 1) return mine[0];
    s.say(mine.length === 0 ? s.t.noGroupsYet : s.t.exportWhichGroup(mine.map((g) => g.name)));
    return undefined;
  }
  const byId = /^#?(\d{1,12})$/.exec(named);
  const ids = byId ? [Number(byId[1])] : await groupIdsNamed(s.db, named);
  const exact = mine.filter((g) => ids.includes(g.id));
  // Typed loosely ("melati" for "KUB Melati Jaya", a slip of a letter): only among her own groups.
  const own = exact.length || byId ? exact : groupsLooselyNamed(mine, named);
  if (own.length === 1) return own[0];
  if (own.length > 1) {
    s.say(s.t.exportWhichGroup(own.map((g) => `#${g.id} ${g.name}`)));
    return undefined;
  }
  const other = ids.length ? await groupsRepo.findGroup(s.db, ids[0]!) : undefined;
  if (other) await logRefusal(s, other);
  s.say(s.t.exportGroupNotFound(named, mine.map((g) => g.name)));
  return undefined;
}
