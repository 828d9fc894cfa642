/**
 * What each row of an uploaded member list would do (pure: the facts are looked up first,
 * set-based, by member-import.service.ts). The dry run shows this, and the confirmation
 * computes it again from fresh facts inside its transaction: one function decides both.
 *
 * The rules are the command line's `member add` rules (src/modules/groups): the name is a
 * label (`cleanLabel`, 1–80 printable characters), the phone one libphonenumber accepts
 * (`normalizePhone`), the role one of `ROLES` (empty: anggota), a known phone names her
 * (matched, not created again), and a new person whose name a member of the group already
 * has is refused (`sameName`: `member add` without --allow-duplicate). Two more suit a
 * file: its phone is required (a member without one could never be matched to her chat),
 * and a known phone under another name is refused (`phone_taken`: in a list of thousands, a
 * wrong digit is likelier than a new name, and matching would hand this row to another
 * woman). A group is named by its id or its name, among the viewer's groups only: another's
 * group and a missing one are the same `group_unknown`, so the page tells nothing of it.
 *
 * A known phone is matched only for a person the viewer may see already (`matchable`: an
 * accepted membership in a group of her scope; an admin: anyone). Matching anyone else would
 * make her an active member of the viewer's group without her consent, and open her books to
 * the viewer. Such a row is refused, and without telling whether the phone is known: the dry
 * run shows it as any new row (`new`, the same `name_taken` check); only the confirmation,
 * when nothing else stops the file, refuses it (`phone_unavailable`, words that fit a number
 * that cannot be added for any reason), and marks the row so the page then says why. A probe there costs either a person created and
 * audited (an unknown phone) or a refused confirmation. Not added as pending instead: a
 * pending member is confirmed by her facilitator (`/peran`), not by herself, so pending
 * would be the same hole one step later.
 */
import { normalizePhone } from '../people/phone.ts';
import { cleanLabel, groupNameKey, isRole, sameName, sameNameKey, type MembershipStatus, type Role } from '../groups/groups.ts';
import type { RawMemberRow } from './member-file.ts';

export type RowProblem =
  | 'name_missing'
  | 'name_invalid'
  | 'phone_missing'
  | 'phone_invalid'
  | 'group_missing'
  | 'group_unknown'
  | 'group_ambiguous'
  | 'role_unknown'
  | 'duplicate_row'
  | 'phone_taken'
  | 'phone_unavailable'
  | 'name_taken';

/**
 * - `new`: a person is created and made a member;
 * - `existing`: the person with this phone is made a member (or her role changed);
 * - `unchanged`: she is an active member of this group with this role already;
 * - `error`: nothing of the file is written while a row has one.
 */
export type RowOutcome =
  | { kind: 'new' }
  | { kind: 'existing'; personId: number; membership: MembershipStatus | null; role: Role | null }
  | { kind: 'unchanged'; personId: number }
  | { kind: 'error'; problem: RowProblem; sameAsLine?: number };

export interface CheckedRow {
  line: number;
  /** Her name as it will be kept (cleaned), or the cell as written when it is not one. */
  name: string;
  phone: string | null;
  /** The phone cell as written (shown when it is not a phone). */
  phoneCell: string;
  group: { id: number; name: string; timeZone: string } | null;
  groupCell: string;
  role: Role | null;
  roleCell: string;
  outcome: RowOutcome;
}

export interface ScopeGroup {
  id: number;
  name: string;
  timeZone: string;
}

export interface KnownMember {
  personId: number;
  name: string;
  status: MembershipStatus;
  role: Role;
}

/** What the rules need from the database, looked up for the whole file at once. */
export interface ImportFacts {
  /** The viewer's groups (her scope now). */
  groups: readonly ScopeGroup[];
  /** People by phone (E.164), for the phones of the file. */
  people: ReadonlyMap<string, { personId: number; name: string }>;
  /** Members of the file's groups (every status), by group id. */
  members: ReadonlyMap<number, readonly KnownMember[]>;
  /**
   * Which of `people` the viewer may match: those with an accepted membership (active, or
   * removed since; not pending) in a group of her scope — the members she may see already.
   * 'everyone' for an admin. Anyone else (another programme's member, staff, a stranger
   * with a phone) is not hers to put in a group: see `checkRows`.
   */
  matchable: ReadonlySet<number> | 'everyone';
}

/** The E.164 phones of the rows (the people to look up). */
export function phonesOf(rows: readonly RawMemberRow[]): string[] {
  return [...new Set(rows.map((r) => normalizePhone(r.phone)).filter((p): p is string => p !== null))];
}

export type GroupOfCell = (cell: string) => ScopeGroup | 'missing' | 'unknown' | 'ambiguous';

/**
 * A group cell → the group among hers: digits are an id, anything else a name
 * (`groupNameKey`: case, spaces and "kelompok" aside). Indexed once: an admin's thousands
 * of groups times a file's thousands of rows would otherwise be millions of name keys.
 */
export function groupFinder(groups: readonly ScopeGroup[]): GroupOfCell {
  const byId = new Map(groups.map((g) => [g.id, g]));
  const byKey = new Map<string, ScopeGroup[]>();
  for (const g of groups) {
    const key = groupNameKey(g.name);
    byKey.set(key, [...(byKey.get(key) ?? []), g]);
  }
  return (cell) => {
    const raw = cell.trim();
    if (!raw) return 'missing';
    if (/^\d{1,15}$/.test(raw)) return byId.get(Number(raw)) ?? 'unknown';
    const key = groupNameKey(raw);
    const named = key ? (byKey.get(key) ?? []) : [];
    return named.length === 1 ? named[0]! : named.length ? 'ambiguous' : 'unknown';
  };
}

/**
 * Whether a row's name and the name a known phone's person has are one woman's: the same
 * (`sameName`), or every word of the shorter in the longer ("Ani" and "Ani Lestari", "Siti
 * Aminah" and "Hj. Siti Aminah").
 */
export function namesAgree(a: string, b: string): boolean {
  if (sameName(a, b)) return true;
  const words = (s: string) => s.toLocaleLowerCase('id').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  return short.length > 0 && short.every((w) => long.includes(w));
}

const nameKey = sameNameKey;

const error = (problem: RowProblem, sameAsLine?: number): RowOutcome => (sameAsLine === undefined ? { kind: 'error', problem } : { kind: 'error', problem, sameAsLine });

/**
 * Every row's outcome, in file order. A known phone the viewer may not match is
 * `phone_unavailable` at the confirmation (`atConfirm`) and on a row a confirmation refused
 * so (`unavailable`); otherwise it is checked as a new row (the dry run).
 */
export function checkRows(rows: readonly RawMemberRow[], facts: ImportFacts, atConfirm = false): CheckedRow[] {
  const phoneSeen = new Map<string, number>();
  const nameInGroupSeen = new Map<string, number>();
  const groupOfCell = groupFinder(facts.groups);
  // Per group: its members by person, and the names of its active and pending ones (`sameName`'s key).
  const membersOf = new Map<number, { byPerson: Map<number, KnownMember>; names: Set<string> }>();
  const membersIn = (groupId: number) => {
    let index = membersOf.get(groupId);
    if (!index) {
      const members = facts.members.get(groupId) ?? [];
      index = { byPerson: new Map(members.map((m) => [m.personId, m])), names: new Set(members.filter((m) => m.status !== 'removed').map((m) => nameKey(m.name))) };
      membersOf.set(groupId, index);
    }
    return index;
  };
  return rows.map((raw) => {
    const name = cleanLabel(raw.name);
    const phone = normalizePhone(raw.phone);
    const group = groupOfCell(raw.group);
    const roleCell = raw.role.trim().toLowerCase();
    const role = roleCell === '' ? 'anggota' : isRole(roleCell) ? roleCell : null;
    const row: Omit<CheckedRow, 'outcome'> = {
      line: raw.line,
      name: name ?? raw.name,
      phone,
      phoneCell: raw.phone,
      group: typeof group === 'object' ? group : null,
      groupCell: raw.group,
      role,
      roleCell: raw.role,
    };
    // Seen even on a row with another problem: both rows are shown, so fixing one tells her about the other.
    const earlierPhone = phone ? phoneSeen.get(phone) : undefined;
    if (phone && earlierPhone === undefined) phoneSeen.set(phone, raw.line);
    const inGroupKey = name && typeof group === 'object' ? `${group.id}\u0000${nameKey(name)}` : undefined;
    const earlierName = inGroupKey ? nameInGroupSeen.get(inGroupKey) : undefined;
    if (inGroupKey && earlierName === undefined) nameInGroupSeen.set(inGroupKey, raw.line);

    const problem = ((): RowOutcome | undefined => {
      if (!raw.name.trim()) return error('name_missing');
      if (!name) return error('name_invalid');
      if (!raw.phone.trim()) return error('phone_missing');
      if (!phone) return error('phone_invalid');
      if (group === 'missing') return error('group_missing');
      if (group === 'unknown') return error('group_unknown');
      if (group === 'ambiguous') return error('group_ambiguous');
      if (!role) return error('role_unknown');
      if (earlierPhone !== undefined) return error('duplicate_row', earlierPhone);
      if (earlierName !== undefined) return error('duplicate_row', earlierName);
      return undefined;
    })();
    if (problem) return { ...row, outcome: problem };
    const g = group as ScopeGroup;
    const members = membersIn(g.id);
    const known = facts.people.get(phone!);
    const mayMatch = known !== undefined && (facts.matchable === 'everyone' || facts.matchable.has(known.personId));
    if (known && !mayMatch && (atConfirm || raw.unavailable)) return { ...row, outcome: error('phone_unavailable') };
    if (known && mayMatch) {
      if (!namesAgree(known.name, name!)) return { ...row, outcome: error('phone_taken') };
      const membership = members.byPerson.get(known.personId);
      if (membership?.status === 'active' && membership.role === role) return { ...row, outcome: { kind: 'unchanged', personId: known.personId } };
      return { ...row, outcome: { kind: 'existing', personId: known.personId, membership: membership?.status ?? null, role: membership?.role ?? null } };
    }
    // `member add`'s rule: a new person named as an active or pending member already is.
    if (members.names.has(nameKey(name!))) return { ...row, outcome: error('name_taken') };
    return { ...row, outcome: { kind: 'new' } };
  });
}

export interface ImportCounts {
  new: number;
  existing: number;
  unchanged: number;
  errors: number;
}

export function countOutcomes(rows: readonly CheckedRow[]): ImportCounts {
  const counts: ImportCounts = { new: 0, existing: 0, unchanged: 0, errors: 0 };
  for (const r of rows) counts[r.outcome.kind === 'error' ? 'errors' : r.outcome.kind]++;
  return counts;
}
