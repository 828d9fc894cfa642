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
