/**
 * Exports of a group's books: what a range is, how dates may be written, and
 * the column headers of the files. The headers are not chat sentences, so they live here
 * rather than in the reply catalogue: Indonesian by default, English when asked.
 */
import { addDays, isIsoDate, type IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';

export type ExportFormat = 'xlsx' | 'csv';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv'];
export type ExportLanguage = 'id' | 'en';

export interface ExportRange {
  from: IsoDate;
  to: IsoDate;
}

/** Longest range one export may cover: two years (a programme's year with room to spare). */
export const MAX_EXPORT_DAYS = 732;

export const MIME_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** "2026-11-30" or "30/11/2026" (also 30-11-2026, 30.11.2026; day and month may be one digit). */
export function parseExportDate(raw: string): IsoDate | null {
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isIsoDate(text) ? text : null;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!dmy) return null;
  const iso = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Days from `from` to `to`, both included. */
export function daysInRange(range: ExportRange): number {
  let days = 1;
  for (let d = range.from; d < range.to && days <= MAX_EXPORT_DAYS + 1; d = addDays(d, 1)) days += 1;
  return days;
}

/** Throws `export_range_invalid` unless from ≤ to and the range is at most MAX_EXPORT_DAYS long. */
export function checkRange(range: ExportRange): ExportRange {
  if (!isIsoDate(range.from) || !isIsoDate(range.to)) {
    throw new DomainError('export_range_invalid', 'dates must be real dates written YYYY-MM-DD');
  }
  if (range.from > range.to) {
    throw new DomainError('export_range_invalid', `the start ${range.from} is after the end ${range.to}`);
  }
  if (daysInRange(range) > MAX_EXPORT_DAYS) {
    throw new DomainError('export_range_invalid', `a range may cover at most ${MAX_EXPORT_DAYS} days`);
  }
  return range;
}

/** A file name safe everywhere: the group's name in ASCII letters and digits, and the range. */
export function exportFileName(groupName: string, range: ExportRange, format: ExportFormat): string {
  const slug =
    groupName
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/[^A-Za-z0-9-]/g, '')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 40) || 'kelompok';
  return `ekspor-${slug}-${range.from}-${range.to}.${format}`;
}

export interface ExportLabels {
  sheets: { entries: string; members: string; loanSummary: string; loans: string };
  /** The title block on top of each sheet. */
  heading: { title: (sheet: string, group: string) => string; period: string; made: string };
  /** How a spreadsheet in this language writes numbers and dates in a CSV file. */
  csv: { delimiter: string; decimal: string; date: (iso: IsoDate) => string };
  entries: {
    date: string;
    member: string;
    kind: string;
    item: string;
    quantity: string;
    unit: string;
    unitPrice: string;
    amount: string;
    enteredAt: string;
    note: string;
  };
  /** The "Keterangan" of an entry: what it is beside its kind. */
  notes: { down_payment: string; order_payment: string; credit_sale: string; enteredByOther: string };
  loanSummary: {
    loan: string;
    borrower: string;
    loanPrincipal: string;
    disbursed: string;
    months: string;
    instalments: string;
    instalmentsPaid: string;
    total: string;
    paid: string;
    remaining: string;
    arrears: string;
    streak: string;
    nextDue: string;
    asOf: string;
  };
  members: {
    member: string;
    role: string;
    daysRecorded: string;
    sales: string;
    expenses: string;
    profit: string;
    withdrawals: string;
    capital: string;
    total: string;
  };
  loans: {
    loan: string;
    borrower: string;
    loanPrincipal: string;
    rate: string;
    method: string;
    months: string;
    disbursed: string;
    number: string;
    dueDate: string;
    principal: string;
    interest: string;
    total: string;
    paid: string;
    remaining: string;
    status: string;
    asOf: string;
  };
  /** Entry kinds, and `sale_return` for a sale with a negative amount (goods brought back). */
  kinds: Record<string, string>;
  methods: Record<string, string>;
  statuses: Record<string, string>;
  groupLoan: (group: string) => string;
}

export const EXPORT_LABELS: Record<ExportLanguage, ExportLabels> = {
  id: {
    sheets: { entries: 'Catatan', members: 'Per anggota', loanSummary: 'Ringkasan pinjaman', loans: 'Angsuran pinjaman' },
    heading: { title: (sheet, group) => `${sheet} — kelompok ${group}`, period: 'Periode', made: 'Dibuat' },
    // Indonesian Excel reads "1,5" as a number and ";" as the column separator.
    csv: { delimiter: ';', decimal: ',', date: (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` },
    entries: {
      date: 'Tanggal',
      member: 'Anggota',
      kind: 'Jenis',
      item: 'Barang',
      quantity: 'Banyaknya',
      unit: 'Satuan',
      unitPrice: 'Harga satuan (Rp)',
      amount: 'Nilai (Rp)',
      enteredAt: 'Dicatat pada',
      note: 'Keterangan',
    },
    notes: {
      down_payment: 'DP pesanan',
      order_payment: 'Pembayaran pesanan',
      credit_sale: 'Jualan yang dibayar nanti',
      enteredByOther: 'Dicatat oleh pendamping',
    },
    loanSummary: {
      loan: 'Pinjaman',
      borrower: 'Peminjam',
      loanPrincipal: 'Pokok pinjaman (Rp)',
      disbursed: 'Tanggal cair',
      months: 'Lama (bulan)',
      instalments: 'Banyaknya angsuran',
      instalmentsPaid: 'Angsuran lunas',
      total: 'Pokok dan bunga (Rp)',
      paid: 'Dibayar (Rp)',
      remaining: 'Sisa pinjaman (Rp)',
      arrears: 'Tunggakan (Rp)',
      streak: 'Tepat waktu berturut-turut',
      nextDue: 'Batas bayar berikutnya',
      asOf: 'Keadaan per',
    },
    members: {
      member: 'Anggota',
      role: 'Peran',
      daysRecorded: 'Hari mencatat',
      sales: 'Jualan (Rp)',
      expenses: 'Belanja (Rp)',
      profit: 'Untung (Rp)',
      withdrawals: 'Diambil untuk rumah tangga (Rp)',
      capital: 'Modal masuk (Rp)',
      total: 'JUMLAH',
    },
    loans: {
      loan: 'Pinjaman',
      borrower: 'Peminjam',
      loanPrincipal: 'Pokok pinjaman (Rp)',
      rate: 'Bunga per tahun (%)',
      method: 'Cara hitung bunga',
      months: 'Lama (bulan)',
      disbursed: 'Tanggal cair',
      number: 'Angsuran ke',
      dueDate: 'Batas bayar',
      principal: 'Pokok (Rp)',
      interest: 'Bunga (Rp)',
      total: 'Angsuran (Rp)',
      paid: 'Dibayar (Rp)',
      remaining: 'Sisa (Rp)',
      status: 'Status',
      asOf: 'Keadaan per',
    },
    kinds: { sale: 'Jualan', sale_return: 'Retur (mengurangi jualan)', expense: 'Belanja', withdrawal: 'Diambil untuk rumah tangga', capital: 'Modal masuk' },
    methods: { flat: 'Flat', declining: 'Menurun' },
    statuses: { paid: 'Lunas', paid_late: 'Lunas terlambat', partial: 'Dibayar sebagian', due: 'Belum sampai batas bayar', overdue: 'Menunggak' },
    groupLoan: (group) => `Kelompok ${group}`,
  },
  en: {
    sheets: { entries: 'Entries', members: 'Per member', loanSummary: 'Loan summary', loans: 'Loan instalments' },
    heading: { title: (sheet, group) => `${sheet} — group ${group}`, period: 'Period', made: 'Made' },
    csv: { delimiter: ',', decimal: '.', date: (iso) => iso },
    entries: {
      date: 'Date',
      member: 'Member',
      kind: 'Kind',
      item: 'Item',
      quantity: 'Quantity',
      unit: 'Unit',
      unitPrice: 'Unit price (Rp)',
      amount: 'Amount (Rp)',
      enteredAt: 'Entered at',
      note: 'Note',
    },
    notes: {
      down_payment: 'Order down payment',
      order_payment: 'Order payment',
      credit_sale: 'Sold now, paid later',
      enteredByOther: 'Entered by the facilitator',
    },
    loanSummary: {
      loan: 'Loan',
      borrower: 'Borrower',
      loanPrincipal: 'Loan principal (Rp)',
      disbursed: 'Disbursed',
      months: 'Months',
      instalments: 'Instalments',
      instalmentsPaid: 'Instalments paid',
      total: 'Principal and interest (Rp)',
      paid: 'Paid (Rp)',
      remaining: 'Outstanding (Rp)',
      arrears: 'Arrears (Rp)',
      streak: 'On time in a row',
      nextDue: 'Next due',
      asOf: 'As of',
    },
    members: {
      member: 'Member',
      role: 'Role',
      daysRecorded: 'Days recorded',
      sales: 'Sales (Rp)',
      expenses: 'Expenses (Rp)',
      profit: 'Profit (Rp)',
      withdrawals: 'Household withdrawals (Rp)',
      capital: 'Capital added (Rp)',
      total: 'TOTAL',
    },
    loans: {
      loan: 'Loan',
      borrower: 'Borrower',
      loanPrincipal: 'Loan principal (Rp)',
      rate: 'Yearly rate (%)',
      method: 'Interest method',
      months: 'Months',
      disbursed: 'Disbursed',
      number: 'Instalment',
      dueDate: 'Due',
      principal: 'Principal (Rp)',
      interest: 'Interest (Rp)',
      total: 'Instalment (Rp)',
      paid: 'Paid (Rp)',
      remaining: 'Remaining (Rp)',
      status: 'Status',
      asOf: 'As of',
    },
    kinds: { sale: 'Sale', sale_return: 'Return (lowers sales)', expense: 'Expense', withdrawal: 'Household withdrawal', capital: 'Capital added' },
    methods: { flat: 'Flat', declining: 'Declining balance' },
    statuses: { paid: 'Paid', paid_late: 'Paid late', partial: 'Partly paid', due: 'Not yet due', overdue: 'Overdue' },
    groupLoan: (group) => `Group ${group}`,
  },
};

/** One member's totals over the range (the "Per anggota" sheet). */
export interface MemberTotals {
  personId: number;
  name: string;
  role: string;
  daysRecorded: number;
  sales: number;
  expenses: number;
  profit: number;
  withdrawals: number;
  capital: number;
}

export interface ExportSummary {
  groupId: number;
  groupName: string;
  from: IsoDate;
  to: IsoDate;
  /** Rows of the entries sheet (and of the CSV). */
  entries: number;
  members: number;
  loans: number;
  /** Group totals over the range: the totals row of "Per anggota". */
  totals: Omit<MemberTotals, 'personId' | 'name' | 'role'>;
}
