/**
 * Loan instalments in chat: "bayar cicilan 883rb" from the bendahara or the facilitator is
 * recorded and confirmed; from another member it is recorded as reported and the
 * bendahara/facilitator confirm it with one tap. "/cicilan" shows where a loan stands.
 * In a linked group chat both are about the group's loans, so only its active members (and
 * its facilitator) may use them there; anyone else is refused (`not_group_member`, logged).
 */
import { businessDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';
import { groupsRepo, requireActiveMemberOf } from '../../modules/groups/groups.service.ts';
import * as loansRepo from '../../modules/loans/loans.repository.ts';
import { confirmPayment, loanStatus, recordPayment } from '../../modules/loans/loans.service.ts';
import type { Loan } from '../../modules/loans/loans.ts';
import type { Handled, Session } from '../session.ts';

/** A short name for a loan: its group's name, or "pinjaman pribadi". */
async function loanLabel(s: Session, loan: Loan): Promise<string | null> {
  if (loan.groupId === null) return null;
  return (await groupsRepo.findGroup(s.db, loan.groupId))?.name ?? null;
}

/**
 * The loans this message can be about: the linked group chat's (for its members and
 * facilitator only), else all hers. `action` names it in the refusal log.
 */
async function reachableLoans(s: Session, action: string): Promise<Loan[]> {
  const linked = s.inGroup ? await groupsRepo.findGroupByChat(s.db, s.msg.platform, s.msg.chatId) : undefined;
  if (linked) await requireActiveMemberOf(s.db, { personId: s.me.id }, action, linked);
  return loansRepo.loansReachableBy(s.db, s.me.id, linked?.id);
}

async function statusLine(s: Session, loan: Loan) {
  const today = businessDate(s.now(), s.me.timeZone);
  const asOf = today > s.today ? today : s.today;
  const options = s.deps.rewardStreak === undefined ? {} : { rewardStreak: s.deps.rewardStreak };
  return { label: await loanLabel(s, loan), status: await loanStatus(s.db, loan.id, asOf, options) };
}

/**
 * In her private chat, "bayar cicilan pribadi 300rb" pays her personal loan when she also
 * has a group's: the answer to several loans tells her to write it so (repaymentWhichLoan),
 * and a group loan is paid in its group chat. Without "pribadi" nothing is guessed.
 */
function personalIfNamed(loans: readonly Loan[], personId: number, text: string): Loan[] {
  const personal = loans.filter((l) => l.personId === personId);
  return personal.length === 1 && /\bpribadi\b/i.test(text) ? personal : [...loans];
}

export async function onRepayment(s: Session, amount: Rupiah | null): Promise<Handled> {
  if (amount === null) {
    s.say(s.t.repaymentAskAmount);
    return s.done('repayment:no-amount');
  }
  const reachable = await reachableLoans(s, 'report_payment');
  if (reachable.length === 0) {
    s.say(s.t.repaymentNoLoan);
    return s.done('repayment:no-loan');
  }
  const loans = s.inGroup ? reachable : personalIfNamed(reachable, s.me.id, s.msg.text);
  if (loans.length > 1) {
    s.say(s.t.repaymentWhichLoan(await Promise.all(loans.map((l) => loanLabel(s, l)))));
    return s.done('repayment:ambiguous');
  }
  const loan = loans[0]!;
  const groups = await loansRepo.handlingGroups(s.db, loan);
  const keeper = await loansRepo.keepsMoneyOf(s.db, groups, s.me.id);
  const recorded = await recordPayment(s.db, loan.id, amount, s.today, {
    status: keeper ? 'confirmed' : 'reported',
    ...(keeper ? { confirmedBy: s.me.id } : { reportedBy: s.me.id }),
    sourceMessageId: s.inboundId,
    at: s.now(),
  });
  const { label, status } = await statusLine(s, loan);
  if (keeper) {
    s.say(s.t.repaymentRecorded({ amount, label, status }));
    return s.done('repayment:confirmed');
  }
  s.say(s.t.repaymentReported({ amount, label }));
  // One tap for the bendahara and the facilitator: the button sends "/konfirmasi <id>".
  const paymentId = recorded.payment.id;
  for (const personId of await loansRepo.moneyKeepersOf(s.db, groups)) {
    await s.tellPerson(
      personId,
      (t) => t.repaymentToConfirm({ payer: s.me.name, amount, label, paymentId }),
      (t) => [{ label: `✅ ${t.confirmWord}`, value: `/konfirmasi ${paymentId}` }],
    );
  }
  return s.done('repayment:reported');
}

export async function onConfirmPayment(s: Session, paymentId: number | null): Promise<Handled> {
  if (paymentId === null) {
    s.say(s.t.confirmUsage);
    return s.done('confirm_payment:usage');
  }
  const { payment, changed } = await confirmPayment(s.db, paymentId, s.me.id, s.now());
  const loan = (await loansRepo.findLoan(s.db, payment.loanId))!;
  const { label, status } = await statusLine(s, loan);
  s.say(changed ? s.t.repaymentRecorded({ amount: payment.amount, label, status }) : s.t.alreadyConfirmed);
  if (changed && payment.reportedByPersonId !== null) {
    await s.tellPerson(payment.reportedByPersonId, (t) => t.paymentConfirmedForPayer({ amount: payment.amount, label }));
  }
  return s.done('confirm_payment');
}

export async function onLoanStatus(s: Session): Promise<Handled> {
  const loans = await reachableLoans(s, 'loan_status');
  if (loans.length === 0) {
    s.say(s.t.repaymentNoLoan);
    return s.done('loan_status:none');
  }
  for (const loan of loans) s.say(s.t.loanStanding(await statusLine(s, loan)));
  return s.done('loan_status');
}
