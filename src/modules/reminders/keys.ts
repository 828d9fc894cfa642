/**
 * Idempotency keys of reminders: one per (kind, recipient, period). The key is the outbox
 * row's unique key and the send job's id, so a tick that runs twice, or a fan-out redone
 * after a crash, writes and queues nothing twice. BullMQ job ids may not contain ':'.
 *
 *   rem-repay-<loanId>.<instalment>-<step>-chat-<groupChatId>     a group loan, to a linked group chat
 *   rem-repay-<loanId>.<instalment>-<step>-person-<personId>      bendahara, facilitator, or the borrower herself
 *   rem-nudge-<isoWeek>-<personId>                                rem-nudge-2027W04-17
 *   rem-digest-<isoWeek>-<groupChatId>                            rem-digest-2027W04-3
 *   rem-quarterly-<YYYYQn>-<personId>                             rem-quarterly-2027Q1-17 (the quarter reported on)
 *   rem-summary-<isoWeek>-<personId>                              rem-summary-2027W04-17 (her weekly summary)
 *   rem-order-<orderId>-d1-<personId>                             rem-order-42-d1-17 (an order due tomorrow)
 */

/** Which reminder of an instalment: 3 and 1 days before, the due day, 1 and 7 days late. */
export type RepaymentStep = 'd3' | 'd1' | 'd0' | 'late1' | 'late7';

/** Days from the slot's day to the due date: a d3 reminder goes out 3 days before it. */
export const REPAYMENT_STEPS: readonly { step: RepaymentStep; daysToDue: number }[] = [
  { step: 'd3', daysToDue: 3 },
  { step: 'd1', daysToDue: 1 },
  { step: 'd0', daysToDue: 0 },
  { step: 'late1', daysToDue: -1 },
  { step: 'late7', daysToDue: -7 },
];

export type KeyRecipient = { groupChatId: number } | { personId: number };

export function repaymentKey(loanId: number, instalment: number, step: RepaymentStep, to: KeyRecipient): string {
  const who = 'groupChatId' in to ? `chat-${to.groupChatId}` : `person-${to.personId}`;
  return `rem-repay-${loanId}.${instalment}-${step}-${who}`;
}

export function nudgeKey(week: string, personId: number): string {
  return `${nudgeKeyPrefix(week)}${personId}`;
}

/** A week's nudge keys but the person id: the fan-out's SQL appends it (`prefix || person id`). */
export function nudgeKeyPrefix(week: string): string {
  return `rem-nudge-${week}-`;
}

export function digestKey(week: string, groupChatId: number): string {
  return `rem-digest-${week}-${groupChatId}`;
}

export function quarterlyKey(quarter: string, personId: number): string {
  return `rem-quarterly-${quarter}-${personId}`;
}

/** An order due tomorrow: one per order. */
export function orderDueKey(orderId: number, personId: number): string {
  return `rem-order-${orderId}-d1-${personId}`;
}

/** Weekly summary: one per member per ISO week. */
export function weeklySummaryKey(week: string, personId: number): string {
  return `${weeklySummaryKeyPrefix(week)}${personId}`;
}

/** A week's summary keys but the person id: the fan-out's SQL appends it. */
export function weeklySummaryKeyPrefix(week: string): string {
  return `rem-summary-${week}-`;
}

export type ParsedReminderKey =
  | { kind: 'repayment'; loanId: number; instalment: number; step: RepaymentStep; groupChatId: number | null; personId: number | null }
  | { kind: 'nudge'; week: string; personId: number }
  | { kind: 'digest'; week: string; groupChatId: number }
  | { kind: 'quarterly'; quarter: string; personId: number }
  | { kind: 'weekly_summary'; week: string; personId: number }
  | { kind: 'order_due'; orderId: number; personId: number };

const REPAY = /^rem-repay-(\d+)\.(\d+)-(d3|d1|d0|late1|late7)-(chat|person)-(\d+)$/;
const NUDGE = /^rem-nudge-(\d{4}W\d{2})-(\d+)$/;
const DIGEST = /^rem-digest-(\d{4}W\d{2})-(\d+)$/;
const QUARTERLY = /^rem-quarterly-(\d{4}Q[1-4])-(\d+)$/;
const WEEKLY_SUMMARY = /^rem-summary-(\d{4}W\d{2})-(\d+)$/;
const ORDER_DUE = /^rem-order-(\d+)-d1-(\d+)$/;

/** What a reminder key says, or undefined when it is not one. */
export function parseReminderKey(key: string): ParsedReminderKey | undefined {
  let m = REPAY.exec(key);
  if (m) {
    const id = Number(m[5]);
    return {
      kind: 'repayment',
      loanId: Number(m[1]),
      instalment: Number(m[2]),
      step: m[3] as RepaymentStep,
      groupChatId: m[4] === 'chat' ? id : null,
      personId: m[4] === 'person' ? id : null,
    };
  }
  if ((m = NUDGE.exec(key))) return { kind: 'nudge', week: m[1]!, personId: Number(m[2]) };
  if ((m = DIGEST.exec(key))) return { kind: 'digest', week: m[1]!, groupChatId: Number(m[2]) };
  if ((m = QUARTERLY.exec(key))) return { kind: 'quarterly', quarter: m[1]!, personId: Number(m[2]) };
  if ((m = WEEKLY_SUMMARY.exec(key))) return { kind: 'weekly_summary', week: m[1]!, personId: Number(m[2]) };
  if ((m = ORDER_DUE.exec(key))) return { kind: 'order_due', orderId: Number(m[1]), personId: Number(m[2]) };
  return undefined;
}
