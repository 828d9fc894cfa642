/**
 * Loans added to the console world (tests/helpers/console-world.ts) for the loans page and
 * PAR30, worked out by hand for today, Thursday 10 Dec 2026 (more than 30 days late = an
 * unpaid instalment due before 10 Nov; the on-time window is 12 Sep – 10 Dec):
 *
 * Melati (programme A, facilitator Fitri):
 * - Ani's own loan (the world's): 3 × 100.000 due 5 Sep/Oct/Nov; 100.000 on 5 Sep and 50.000
 *   on 20 Oct confirmed, 100.000 only reported → outstanding 150.000, 2 instalments late,
 *   66 days since 5 Oct → at risk.
 * - Melati's group loan: 600.000 at 12 % flat over 6 months from 10 Aug, due the 10th:
 *   6 × 106.000 (100.000 principal + 6.000 interest) due 10 Sep … 10 Feb. Paid 106.000 on
 *   10 Sep, 106.000 on 25 Oct (late), 30.000 on 1 Dec (6.000 interest, 24.000 principal of
 *   the 3rd) → outstanding 76.000 + 3 × 100.000 = 376.000; late: only the 3rd (10 Nov, 30
 *   days: not more than 30, so not at risk; the 4th is due today, not late).
 * - Sari's own loan, given while she was in Melati: 200.000 at 0 % over 2 months from 1 Sep,
 *   due the 1st: 100.000 on 1 Oct and 1 Nov, nothing paid → 200.000, 2 late, 70 days → at
 *   risk. Sari then LEFT Melati and joined Mawar: the loan stays Melati's.
 * - Budi's own loan: 100.000 over 1 month from 1 Oct, due 5 Nov, paid 5 Nov → repaid, not
 *   listed (but on time in the on-time rate).
 *   Melati: outstanding 726.000, at risk 350.000, PAR30 350/726; 3 loans outstanding.
 *   Due in the window: Ani 2, Sari 2, Melati 3 (10 Oct, 10 Nov, 10 Dec; 10 Sep is before
 *   it), Budi 1 → 8, of which on time only Budi's → 1 of 8.
 * Mawar (programme A, facilitator Gita): no loans, though Sari is now its member.
 * Kenanga (programme B, facilitator Hana): Eka's own loan 100.000 over 1 month from 25 Oct,
 *   due 20 Nov, a payment only reported → 100.000, 1 late, 20 days, not at risk; 0 of 1 on time.
 */
import type { Db } from '../../src/db/client.ts';
import { addMember, removeMember } from '../../src/modules/groups/groups.service.ts';
import { createLoan, recordPayment } from '../../src/modules/loans/loans.service.ts';
import type { ConsoleWorld } from './console-world.ts';

const TZ = 'Asia/Jakarta';
const AT = new Date('2026-12-10T05:00:00Z');
const LATER = new Date('2026-12-10T06:00:00Z');

export interface LoanPortfolioWorld {
  sari: number;
  loans: { ani: number; melati: number; sari: number; budi: number; eka: number };
}

/** The hand-computed figures above, per viewer's groups. */
export const EXPECTED = {
  melati: { outstandingPrincipal: 726_000, atRiskPrincipal: 350_000, activeLoans: 3, instalmentsDue: 8, instalmentsOnTime: 1 },
  kenanga: { outstandingPrincipal: 100_000, atRiskPrincipal: 0, activeLoans: 1, instalmentsDue: 1, instalmentsOnTime: 0 },
  all: { outstandingPrincipal: 826_000, atRiskPrincipal: 350_000, activeLoans: 4, instalmentsDue: 9, instalmentsOnTime: 1 },
} as const;

export async function addLoanPortfolio(db: Db, w: ConsoleWorld): Promise<LoanPortfolioWorld> {
  const [ani] = (await db.selectFrom('loans').select('id').where('person_id', '=', w.members.ani).execute()).map((r) => r.id);

  const melati = await createLoan(db, { groupId: w.melati }, { principal: 600_000, annualRatePercent: 12, months: 6, method: 'flat', disbursed: '2026-08-10', dueDay: 10 }, AT);
  await recordPayment(db, melati.id, 106_000, '2026-09-10', { status: 'confirmed', at: AT });
  await recordPayment(db, melati.id, 106_000, '2026-10-25', { status: 'confirmed', at: AT });
  await recordPayment(db, melati.id, 30_000, '2026-12-01', { status: 'confirmed', at: AT });

  const sari = (await addMember(db, w.melati, { name: 'Sari', telegramId: '1007', timeZone: TZ }, AT)).person.id;
  const sariLoan = await createLoan(db, { personId: sari }, { principal: 200_000, annualRatePercent: 0, months: 2, method: 'flat', disbursed: '2026-09-01', dueDay: 1 }, AT);
  await removeMember(db, w.melati, sari, LATER);
  await addMember(db, w.mawar, { name: 'Sari', telegramId: '1007', timeZone: TZ }, LATER);

  const budi = await createLoan(db, { personId: w.members.budi }, { principal: 100_000, annualRatePercent: 0, months: 1, method: 'flat', disbursed: '2026-10-01', dueDay: 5 }, AT);
  await recordPayment(db, budi.id, 100_000, '2026-11-05', { status: 'confirmed', at: AT });

  const eka = await createLoan(db, { personId: w.members.eka }, { principal: 100_000, annualRatePercent: 0, months: 1, method: 'flat', disbursed: '2026-10-25', dueDay: 20 }, AT);
  await recordPayment(db, eka.id, 100_000, '2026-11-25', { status: 'reported', reportedBy: w.members.eka, at: AT });

  return { sari, loans: { ani: ani!, melati: melati.id, sari: sariLoan.id, budi: budi.id, eka: eka.id } };
}
