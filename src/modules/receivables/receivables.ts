/**
 * Credit sales (piutang). Cash effect: a credit sale is counted as a sale (income) on the
 * day it is made — the books are on an accrual basis for credit, so the recap's sales and
 * profit include it at once, and the business's cash in the recap (capital + sales −
 * expenses − withdrawals) is overstated by what customers still owe until they pay.
 * Collecting a receivable is NOT new income: it writes no ledger entry, it only lowers
 * what is owed (the sale was already counted once). `/piutang` shows what is still out.
 */
import type { IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';
import type { SettleStatus } from '../../db/schema.ts';

export interface Receivable {
  id: number;
  personId: number;
  customer: string;
  customerKey: string;
  amount: Rupiah;
  paid: Rupiah;
  ledgerEntryId: number | null;
  businessDate: IsoDate;
  status: SettleStatus;
}

export interface CustomerOwes {
  customer: string;
  owed: Rupiah;
  since: IsoDate;
}

export function owedOn(r: Pick<Receivable, 'amount' | 'paid'>): Rupiah {
  return r.amount - r.paid;
}
