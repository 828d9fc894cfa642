/**
 * Finding a member by name in the console (/anggota?cari=…), within the viewer's scope: a
 * manager finds her programme's members, a facilitator her groups' members, by the same
 * rule that opens a member's page (src/modules/programmes/scope.ts).
 *
 * Three reads, each through the module that owns its table: the page of people by name
 * among the members the viewer may see (people; `visibleMemberIds`), then for those few
 * their memberships and book windows (`visibleMembersAmong`, the member page's own rule)
 * and the last day each recorded within that window (ledger).
 */
import { businessDate } from '../../core/dates.ts';
import { requestedPage } from '../../core/paging.ts';
import type { Db } from '../../db/client.ts';
import type { MembershipStatus } from '../groups/groups.ts';
import { lastDaysWithin } from '../ledger/member-entries.repository.ts';
import { countPeopleNamed, peopleNamed } from '../people/people.repository.ts';
import { lastVisibleDay, windowRange } from '../programmes/book-window.ts';
import { scopedGroups, visibleMemberIds, visibleMembersAmong, type Scope } from '../programmes/scope.ts';

export interface FoundMember {
  personId: number;
  name: string;
  /** Her groups within the viewer's scope (not pending), active ones first then by name. */
  groups: { groupId: number; name: string; status: MembershipStatus }[];
  /** The latest day of an entry of hers not voided, within what the viewer may see of her books; null if none. */
  lastDay: string | null;
}

/** Members listed a page. */
export const FOUND_PER_PAGE = 30;
/**
 * The most matches counted: past it the page says "more than 500" (a part everyone's name
 * holds would otherwise count the whole scope, 100,000 names for an admin, on every page).
 */
export const FOUND_COUNT_CAP = 500;
/** The longest name part searched for (longer input is cut: no name is longer). */
const MAX_QUERY = 60;

export interface MemberSearch {
  /** What was searched for, trimmed; '' when nothing was (then nothing is listed). */
  query: string;
  page: number;
  rows: FoundMember[];
  /** There is a next page. */
  more: boolean;
  /**
   * How many members match, counted up to FOUND_COUNT_CAP; `atLeast`: more than `count`
   * match. Undefined when nothing is listed (no query, no match, a page past the last).
   */
  found: { count: number; atLeast: boolean } | undefined;
}

/** The search box's text as searched: spaces trimmed and squeezed, control characters dropped. */
export function searchText(raw: string | undefined): string {
  return (raw ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim().slice(0, MAX_QUERY);
}

/** The page `?hal=N` asks for (core/paging.ts); past 10,000 it is page 1. */
function pageOf(raw: string | undefined): number {
  const page = requestedPage(raw);
  return page <= 10_000 ? page : 1;
}

export async function memberSearch(db: Db, scope: Scope, raw: { query?: string; page?: string }, now: Date): Promise<MemberSearch> {
  const query = searchText(raw.query);
  const page = pageOf(raw.page);
  if (!query) return { query, page: 1, rows: [], more: false, found: undefined };
  const scoped = scopedGroups(scope);
  const among = visibleMemberIds(scoped);
  const offset = (page - 1) * FOUND_PER_PAGE;
  // One more than a page: its presence says there is a next page, without counting them all.
  const people = await peopleNamed(db, among, query, { offset, limit: FOUND_PER_PAGE + 1 });
  const more = people.length > FOUND_PER_PAGE;
  if (people.length === 0) return { query, page, rows: [], more, found: undefined };
  // The last page knows how many there are from where it is; only a full one counts them.
  const [rows, count] = await Promise.all([
    describe(db, scoped, people.slice(0, FOUND_PER_PAGE), now),
    more ? countPeopleNamed(db, among, query, FOUND_COUNT_CAP) : offset + people.length,
  ]);
  return { query, page, rows, more, found: { count: Math.min(count, FOUND_COUNT_CAP), atLeast: count > FOUND_COUNT_CAP } };
}

/** Her groups in scope and last day, for a page of people (one read of each kind for them all). */
async function describe(db: Db, scoped: ReturnType<typeof scopedGroups>, people: { id: number; name: string }[], now: Date): Promise<FoundMember[]> {
  const visible = await visibleMembersAmong(db, scoped, people.map((p) => p.id));
  // Her last day only within what the viewer may see of her books: the member page's own
  // window (book-window.ts) — up to the day she left a group of the scope, and from the day she
  // joined one after leaving another — so the search never shows a day her page would hide;
  // and never after her today (an entry dated ahead is not a day she has recorded yet).
  const spans = [...visible].map(([personId, v]) => {
    const range = windowRange(v.window);
    return { personId, range: { from: range.from, to: lastVisibleDay(businessDate(now, v.timeZone), v.window) } };
  });
  const lastDays = await lastDaysWithin(db, spans);
  const order = (s: MembershipStatus) => (s === 'active' ? 0 : 1);
  // A person the page named but the check does not find (her membership deleted in between) is left out.
  return people.flatMap((p) => {
    const v = visible.get(p.id);
    if (!v) return [];
    const groups = v.memberships
      .filter((m) => m.status !== 'pending')
      .sort((a, b) => order(a.status) - order(b.status) || (a.groupName < b.groupName ? -1 : a.groupName > b.groupName ? 1 : 0))
      .map((m) => ({ groupId: m.groupId, name: m.groupName, status: m.status }));
    return [{ personId: p.id, name: p.name, groups, lastDay: lastDays.get(p.id) ?? null }];
  });
}
