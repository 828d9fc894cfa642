/** The collection sheet (/kelompok/:id/penagihan), printed for a group's monthly meeting. */
export interface CollectionTexts {
  heading: (group: string) => string;
  facilitator: string;
  date: string;
  period: (from: string, to: string) => string;
  print: string;
  printHint: string;
  back: string;
  link: string;
  /** The loans page's link beside each group. */
  sheetShort: string;
  tableLabel: string;
  number: string;
  borrower: string;
  groupLoan: string;
  instalmentDue: string;
  arrears: string;
  daysLate: string;
  toCollect: string;
  paid: string;
  signature: string;
  total: string;
  empty: string;
  notes: string[];
}

export const collectionId: CollectionTexts = {
  heading: (g) => `Lembar penagihan · ${g}`,
  facilitator: 'Pendamping',
  date: 'Tanggal',
  period: (from, to) => `Cicilan jatuh tempo ${from} s.d. ${to}`,
  print: 'Cetak',
  printHint: 'Gunakan menu Cetak di peramban (A4 tegak).',
  back: 'Kembali ke kelompok',
  link: 'Lembar penagihan (untuk dicetak)',
  sheetShort: 'lembar penagihan',
  tableLabel: 'Daftar penagihan',
  number: 'No',
  borrower: 'Peminjam',
  groupLoan: 'Pinjaman kelompok',
  instalmentDue: 'Cicilan bulan ini',
  arrears: 'Tunggakan',
  daysLate: 'Hari telat',
  toCollect: 'Jumlah ditagih',
  paid: 'Dibayar',
  signature: 'Tanda tangan',
  total: 'Jumlah',
  empty: 'Tidak ada yang perlu ditagih bulan ini.',
  notes: [
    'Cicilan bulan ini: yang belum dibayar dari cicilan yang jatuh tempo mulai hari ini sampai akhir bulan.',
    'Tunggakan: yang belum dibayar dari cicilan yang jatuh temponya sudah lewat; hari telat dihitung dari cicilan tertunggak yang paling lama.',
    'Hanya pembayaran yang sudah dikonfirmasi yang dihitung.',
  ],
};

export const collectionEn: CollectionTexts = {
  heading: (g) => `Collection sheet · ${g}`,
  facilitator: 'Facilitator',
  date: 'Date',
  period: (from, to) => `Instalments due ${from} to ${to}`,
  print: 'Print',
  printHint: "Use the browser's Print menu (A4 portrait).",
  back: 'Back to the group',
  link: 'Collection sheet (to print)',
  sheetShort: 'collection sheet',
  tableLabel: 'Collection list',
  number: 'No',
  borrower: 'Borrower',
  groupLoan: 'Group loan',
  instalmentDue: 'Due this month',
  arrears: 'Arrears',
  daysLate: 'Days late',
  toCollect: 'To collect',
  paid: 'Paid',
  signature: 'Signature',
  total: 'Total',
  empty: 'Nothing to collect this month.',
  notes: [
    'Due this month: what is unpaid on the instalments due from today to the end of the month.',
    'Arrears: what is unpaid on instalments whose due date has passed; days late count from the oldest of them.',
    'Only confirmed payments count.',
  ],
};
