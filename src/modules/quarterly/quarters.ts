/**
 * Which quarters the console may show or make a report of (pure): any up to the running one
 * on the group's own day (a report of the running quarter is provisional: figures collected
 * at a meeting before it ends), none still to come. The quarterly page and the downloads
 * form both ask here.
 */
import type { IsoDate } from '../../core/dates.ts';
import { isQuarterLabel, quarterOf, type QuarterLabel } from '../reminders/schedule.ts';

/** A quarter label ("2026Q4") that has begun by `today`. */
export function isQuarterBegun(label: QuarterLabel, today: IsoDate): boolean {
  return isQuarterLabel(label) && label <= quarterOf(today);
}
