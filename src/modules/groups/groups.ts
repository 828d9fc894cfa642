/** Business groups: roles, join codes and the rules that need no database. */
import { randomInt } from 'node:crypto';
import type { MembershipStatus, Role } from '../../db/schema.ts';

export type { MembershipStatus, Role };

export const ROLES: readonly Role[] = ['ketua', 'sekretaris', 'bendahara', 'anggota'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export interface Group {
  id: number;
  name: string;
  facilitatorId: number;
  village: string | null;
  district: string | null;
  timeZone: string;
  joinCode: string;
  trades: string[];
}

export interface Member {
  personId: number;
  name: string;
  phone: string | null;
  role: Role;
  status: MembershipStatus;
}

// No 0/O, 1/I/L: codes are read aloud in meetings and typed on small phones.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE_LENGTH = 6;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Codes are matched regardless of case and stray spaces or dashes ("mlt-4k9"). */
export function normalizeJoinCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

/** Names and places: printable, single-spaced, bounded. Returns null when nothing is left. */
export function cleanLabel(raw: string | null | undefined, max = 80): string | null {
  const cleaned = (raw ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned) return null;
  return cleaned.length > max ? null : cleaned;
}

/**
 * Names the same to a reader: case and runs of spaces aside. Adding a new person whose name
 * a member of the group already has is refused (`member add` without --allow-duplicate, and
 * the console's import): far more often the same woman twice than a second Ani.
 */
export function sameName(a: string, b: string): boolean {
  return sameNameKey(a) === sameNameKey(b);
}

/** What `sameName` compares (to index many names at once). */
export function sameNameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

/** Words that say "group" and not which one: "kelompok Melati" is Melati. */
const GROUP_WORDS = new Set(['kelompok', 'kel', 'klp', 'kub', 'grup', 'group', 'kumpulan']);

/** "Kelompok  Melati-Jaya!" → "melati jaya": a group name as she might type it. */
export function groupNameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !GROUP_WORDS.has(w))
    .join(' ');
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    row = next;
  }
  return row[b.length]!;
}

/**
 * Her groups a typed name may mean, loosely: case, spaces, punctuation and "kelompok" do not
 * matter, a part of the name is enough ("melati" for "Melati Jaya"), and a slip of a letter
 * or two is forgiven ("mlati"). Only among the groups given (hers), so it tells nothing of
 * other groups; an exact key wins over loose ones.
 */
export function groupsLooselyNamed<G extends { name: string }>(groups: readonly G[], named: string): G[] {
  const want = groupNameKey(named);
  if (!want) return [];
  const exact = groups.filter((g) => groupNameKey(g.name) === want);
  if (exact.length) return exact;
  return groups.filter((g) => {
    const key = groupNameKey(g.name);
    if (want.length >= 3 && (key.includes(want) || key.split(' ').some((w) => w.length >= 3 && want.includes(w)))) return true;
    return want.length >= 4 && editDistance(key, want) <= (want.length >= 8 ? 2 : 1);
  });
}
