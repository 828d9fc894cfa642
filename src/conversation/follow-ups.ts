/**
 * Work a message leads to that is done after its transaction commits, by a background job:
 * what the conversation hands back besides its replies. Each kind names a durable record
 * written in the message's transaction (a lead, a request row), so the work is never lost
 * when the hand-off to a queue is: the inbound processor hands these to their queues after
 * commit (src/jobs/follow-ups.ts), and a sweep re-hands records still pending.
 */
export type FollowUp =
  /** Write and send the deliveries of a lead just confirmed (leads.published_at is null until done). */
  | { kind: 'publish_lead'; leadId: number }
  /** Draw the chart of a "grafik" and send it as the reply (chart_requests). */
  | { kind: 'render_chart'; requestId: number }
  /** Make the files of an "/ekspor" and send them as documents (export_requests). */
  | { kind: 'make_export'; requestId: number }
  /** Make the quarterly report of a "/laporan_kuartal" and send it as documents (report_requests). */
  | { kind: 'make_quarterly_report'; requestId: number }
  /**
   * Make a file asked for in the web console (downloads): the same job machinery — a durable
   * row first, a job id from its id, a sweep — though a console request, not a message, writes it.
   */
  | { kind: 'make_download'; requestId: number };

export type FollowUpKind = FollowUp['kind'];

export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = ['publish_lead', 'render_chart', 'make_export', 'make_quarterly_report', 'make_download'];
