/**
 * Finding a member by name in the console (/anggota?cari=…), within the viewer's scope: a
 * manager finds her programme's members, a facilitator her groups' members, by the same
 * rule that opens a member's page (src/modules/programmes/scope.ts).
 */
import { requestedPage } from '../../core/paging.ts';
import type { Db } from '../../db/client.ts';
import { scopedGroups, type Scope } from '../programmes/scope.ts';
import { searchMembers, type FoundMember } from './member-search.repository.ts';

export type { FoundMember };

/** Members listed a page. */
export const FOUND_PER_PAGE = 30;
/** The longest name part searched for (longer input is cut: no name is longer). */
const MAX_QUERY = 60;

export interface MemberSearch {
  /** What was searched for, trimmed; '' when nothing was (then nothing is listed). */
  query: string;
  page: number;
  rows: FoundMember[];
  /** There is a next page. */
  more: boolean;
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
  if (!query) return { query, page: 1, rows: [], more: false };
  // One more than a page: its presence says there is a next page, without counting them all.
  const found = await searchMembers(db, scopedGroups(scope), query, now, (page - 1) * FOUND_PER_PAGE, FOUND_PER_PAGE + 1);
  return { query, page, rows: found.slice(0, FOUND_PER_PAGE), more: found.length > FOUND_PER_PAGE };
}
