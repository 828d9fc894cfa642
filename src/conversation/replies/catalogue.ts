/**
 * Every sentence the bot says, as one catalogue per language (Indonesian first, English
 * second). The conversation picks facts; the catalogue picks words. Short, plain, friendly,
 * numbers as Rp15.000.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { DayTotals, Entry, NewEntry, Recap } from '../../modules/ledger/ledger.ts';

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
  recap(recap: Recap): string;
  help: string;
  notUnderstood: string;
  notYet(feature: 'repayment' | 'report' | 'lead_interest'): string;
}
