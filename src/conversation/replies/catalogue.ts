/**
 * Every sentence the bot says, as one catalogue per language (Indonesian first, English
 * second). The conversation picks facts; the catalogue picks words. Short, plain, friendly,
 * numbers as Rp15.000.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { DayTotals, Entry, NewEntry, Recap } from '../../modules/ledger/ledger.ts';
import type { Member, Role } from '../../modules/groups/groups.ts';

export type Language = 'id' | 'en';

export interface Catalogue {
  welcome(name: string): string;
  recorded(args: { entries: readonly Entry[]; date: IsoDate; today: IsoDate; totals: DayTotals }): string;
  askConfirm(args: { entries: readonly NewEntry[]; date: IsoDate; today: IsoDate }): string;
  yes: string;
  no: string;
  declined: string;
  askAmount: string;
  undone(args: { entries: readonly Entry[]; today: IsoDate; totals: DayTotals }): string;
  nothingToUndo: string;
  recap(recap: Recap, today: IsoDate): string;
  help: string;
  notUnderstood: string;
  notYet(feature: 'repayment' | 'report' | 'lead_interest'): string;

  // Consent
  optedOut: string;
  optedIn: string;

  // Groups
  joinUsage: string;
  joinInPrivate: string;
  joined(group: string): string;
  alreadyMember(group: string): string;
  askName: string;
  nameSaved(name: string): string;
  memberJoined(name: string, group: string): string;
  linkUsage: string;
  linkInGroup: string;
  linked(group: string): string;
  chatNotLinked: string;
  pendingMember(name: string, group: string): string;
  noGroupsYet: string;
  whichGroup(groups: readonly string[]): string;
  roleUsage: string;
  roleSet(name: string, role: Role): string;
  memberNotFound(name: string): string;
  memberAmbiguous(name: string): string;
  memberList(group: string, members: readonly Member[]): string;
  notRecorded(group: string, names: readonly string[]): string;
  /** A broken rule (a DomainError code) told kindly. */
  refusal(code: string): string;
}
