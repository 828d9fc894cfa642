/** "aset 5jt omset 3jt karyawan 2": a member's answer to the quarterly question, for the last quarter that has ended. */
import { saveQuarterlyReport } from '../../modules/quarterly/quarterly-reports.ts';
import { reportedQuarter } from '../../modules/reminders/schedule.ts';
import type { ParseResult } from '../../parser/types.ts';
import type { Handled, Session } from '../session.ts';

type ReportIntent = Extract<ParseResult, { intent: 'report' }>;

export async function onQuarterlyReport(s: Session, parsed: ReportIntent): Promise<Handled> {
  const report = await saveQuarterlyReport(s.db, {
    personId: s.me.id,
    quarter: reportedQuarter(s.today),
    assets: parsed.assets,
    turnover: parsed.turnover,
    employees: parsed.employees,
    sourceMessageId: s.inboundId,
    at: s.now(),
  });
  s.say(s.t.quarterlyReportSaved(report));
  return s.done('report');
}
