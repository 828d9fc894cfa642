/**
 * Paying a lender with nothing bought named: "Bayar 2jt ke bank", "bayar koperasi 500rb", "tf ke BMT
 * 300rb", "bayar ke leasing 800rb".
 *
 * WHY: the record reader took the lender for the thing paid for and wrote a confident expense of
 * 2.000.000; money paid to a bank, a co-op, a BMT or a finance company with no goods or fee named is
 * almost always her loan's instalment. Read as a repayment, asked (note `lender_paid`: the bot asks
 * "cicilan?" and records it only on yes) — never a confident expense or a confident instalment.
 *
 * Only a confident record of one expense whose goods, as read, are the lender word alone ("bank",
 * "koperasi", "bri"): "bayar admin bank 6500", "bayar bunga bank", "bayar ke koperasi 500rb buat beli
 * beras" name what was paid for and stay as read.
 */
import type { Analysis } from './analyze.ts';
import { C_DOUBT } from './confidence.ts';
import { CONFIDENT, type ParseResult } from './types.ts';
import { present, trigger } from './triggers.ts';

const LENDERS = new Set(['bank', 'koperasi', 'kop', 'kopkar', 'bmt', 'bpr', 'bri', 'bni', 'bca', 'bsi', 'btpn', 'mandiri', 'leasing', 'lising',
  'pnm', 'mekaar', 'ulamm', 'kur', 'pegadaian', 'fif', 'adira', 'baf', 'wom', 'kredivo', 'akulaku', 'pinjol']);

/** What a finance company finances: "leasing motor". */
const FINANCED = new Set(['motor', 'mobil', 'hp', 'kendaraan']);

const T_LENDER = trigger(LENDERS);

export function guardLenderPaid(a: Analysis, r: ParseResult): ParseResult {
  if (r.intent !== 'record' || r.confidence < CONFIDENT || r.entries.length !== 1 || r.credit !== undefined || !present(a, T_LENDER)) return r;
  const e = r.entries[0];
  if (e === undefined || e.kind !== 'expense' || e.item === null || e.quantity !== null || e.date !== undefined) return r;
  const [lender, goods, ...rest] = e.item.split(' ');
  if (lender === undefined || !LENDERS.has(lender) || rest.length > 0 || (goods !== undefined && !FINANCED.has(goods))) return r;
  // ("bayar leasing motor 800rb": the lender and what it financed; "kemarin bayar bank 1jt": a day a
  // repayment cannot carry — the expense kept, asked.)
  if (goods !== undefined || r.date !== a.today) return { ...r, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'lender_paid'] };
  return { intent: 'repayment', amount: e.amount, confidence: C_DOUBT, notes: [...(r.notes ?? []), 'lender_paid'] };
}

// Without these words it returns its reading unchanged (its first line): applyGuards skips it (guard-lists.ts).
guardLenderPaid.words = T_LENDER;
