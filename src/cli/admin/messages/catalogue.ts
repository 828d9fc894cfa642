/**
 * Every sentence the admin command line says to the operator, one implementation per
 * language (./id.ts, ./en.ts). The operator reads them on a terminal, not in a chat, so
 * they live here rather than in the chat catalogues (conversation/replies), whose every
 * entry speaks to a member or facilitator in her chat; the refusals of broken business
 * rules are the one thing both share, and the command line reuses the chat catalogues'
 * `refusals` for them (see ../output.ts). JSON field names and codes stay English.
 */
import type { DomainErrorCode } from '../../../core/errors.ts';
import type { NoPrivateChat } from '../../../modules/people/people.repository.ts';
import type { SlotKind } from '../../../modules/reminders/schedule.ts';

export type CliLanguage = 'id' | 'en';

/** How a number flag was written wrong, beyond "not a number". */
export type NumberHint = 'thousands' | 'comma' | null;

export interface CliMessages {
  // Flags written wrong (FlagError and the DomainErrors of rules a flag breaks)
  idInvalid(flag: string, raw: string): string;
  // inbox retry
  retryWhich(): string;
  notSetAside(id: number): string;
  failedAgain(id: number, error: string): string;
  wholeNumberInvalid(flag: string, raw: string, example: string, hint: NumberHint): string;
  decimalNumberInvalid(flag: string, raw: string, example: string, hint: NumberHint): string;
  telegramIdInvalid(flag: string, raw: string): string;
  dateInvalid(flag: string, raw: string): string;
  exportDateInvalid(flag: string, raw: string): string;
  instantInvalid(flag: string, raw: string): string;
  windowInvalid(maxDays: number): string;
  kindInvalid(kinds: readonly string[], raw: string): string;
  quietHoursInvalid(raw: string): string;
  quarterInvalid(raw: string): string;
  formatInvalid(formats: readonly string[], raw: string): string;
  languageInvalid(flag: string, raw: string): string;
  outInvalid: string;
  exportRangeInvalid(from: string, to: string): string;
  borrowerInvalid: string;
  /** `loan create --member` of someone active in several groups, without `--in-group`: her groups ("#3 Melati"). */
  inGroupWithGroup: string;
  loanGroupAmbiguous(groups: readonly string[]): string;
  /** `--in-group` names no group she is an active member of; `groups` are hers ("#3 Melati"), maybe none. */
  loanGroupNotHers(raw: string, groups: readonly string[]): string;
  /** `--in-group` names several of her groups (same name). */
  loanGroupNameAmbiguous(raw: string, groups: readonly string[]): string;
  facilitatorNotFound(id: number): string;
  /** A command naming a person got neither `--person` nor her details, or both. */
  personWhich(): string;
  /** A loan term the loans module refused, named by its flag; `english` is the module's own sentence with the flag. */
  loanTermInvalid(flag: string, english: string): string;
  /** A broken business rule: the chat catalogues' `refusals` sentence, reused. */
  refusal(code: DomainErrorCode): string;

  // Failures that are not the input's fault
  cannotOpenDatabase(detail: string): string;
  /** A usage error of the command-line parser (commander writes them in English): its line in this language. */
  usageError(englishLine: string): string;

  // `reminders preview`: why a reminder is not sent, or nothing is due
  skipWhy: Record<NoPrivateChat, string>;
  quietHoursMoved(localTime: string, quietHours: string): string;
  noTimeZones: string;
  noSlots: string;
  nothingDue(kind: SlotKind, timeZone: string): string;
}
