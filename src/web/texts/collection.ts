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
  instalmentDue: 'Cicilan yang belum jatuh tempo bulan ini',
  arrears: 'Tunggakan',
  daysLate: 'Hari telat',
  toCollect: 'Jumlah ditagih',
  paid: 'Dibayar',
  signature: 'Tanda tangan',
  total: 'Jumlah',
  empty: 'Tidak ada yang perlu ditagih bulan ini.',
  notes: [
    'Cicilan yang belum jatuh tempo bulan ini: yang belum dibayar dari cicilan yang jatuh tempo mulai hari ini sampai akhir bulan.',
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
  instalmentDue: 'Not yet due this month',
  arrears: 'Arrears',
  daysLate: 'Days late',
  toCollect: 'To collect',
  paid: 'Paid',
  signature: 'Signature',
  total: 'Total',
  empty: 'Nothing to collect this month.',
  notes: [
    'Not yet due this month: what is unpaid on the instalments due from today to the end of the month.',
    'Arrears: what is unpaid on instalments whose due date has passed; days late count from the oldest of them.',
    'Only confirmed payments count.',
  ],
};

/** A loan's page (/pinjaman/:id): its schedule, payments, streak, and recording / confirming payments. */
export interface LoanPageTexts {
  heading: (borrower: string) => string;
  groupLoan: string;
  facts: { group: string; principal: string; terms: string; disbursed: string; today: string };
  method: { flat: string; declining: string };
  termsLine: (rate: string, months: number, method: string) => string;
  standing: string;
  arrears: string;
  streak: string;
  eligible: string;
  eligibleYes: (streak: number) => string;
  eligibleNo: (streak: number) => string;
  nextDue: string;
  /** The card's heading when the first unpaid instalment fell due before today. */
  overdueSince: string;
  none: string;
  awaiting: string;
  schedule: string;
  number: string;
  dueDate: string;
  principal: string;
  interest: string;
  total: string;
  paid: string;
  state: string;
  states: { paid: string; paid_late: string; partial: string; due: string; overdue: string };
  payments: string;
  noPayments: string;
  paidOn: string;
  amount: string;
  paymentStatus: string;
  reported: string;
  confirmed: string;
  reportedBy: string;
  confirmedBy: string;
  commandLine: string;
  confirm: string;
  record: string;
  recordNote: string;
  recordButton: string;
  notices: { created: string; recorded: string; confirmed: string; alreadyConfirmed: string; amountInvalid: string; stale: string };
  /** Refusals from the loans module, by DomainError code (the others fall back to `refusedOther`). */
  refused: Partial<Record<string, string>>;
  refusedOther: string;
  open: string;
}

export const loanPageId: LoanPageTexts = {
  heading: (b) => `Pinjaman · ${b}`,
  groupLoan: 'Pinjaman kelompok',
  facts: { group: 'Kelompok', principal: 'Pokok', terms: 'Ketentuan', disbursed: 'Cair', today: 'Per hari ini' },
  method: { flat: 'bunga tetap (flat)', declining: 'bunga menurun (anuitas)' },
  termsLine: (rate, months, method) => `${rate}% per tahun · ${months} bulan · ${method}`,
  standing: 'Keadaan pinjaman',
  arrears: 'Tunggakan',
  streak: 'Tepat waktu berturut-turut',
  eligible: 'Berhak hadiah',
  eligibleYes: (n) => `Ya (${n} cicilan tepat waktu, tanpa tunggakan)`,
  eligibleNo: (n) => `Belum (perlu ${n} cicilan tepat waktu berturut-turut dan tanpa tunggakan)`,
  nextDue: 'Cicilan berikutnya',
  overdueSince: 'Cicilan terlambat, jatuh tempo',
  none: '–',
  awaiting: 'Menunggu konfirmasi',
  schedule: 'Jadwal cicilan',
  number: 'Ke',
  dueDate: 'Jatuh tempo',
  principal: 'Pokok',
  interest: 'Bunga',
  total: 'Cicilan',
  paid: 'Terbayar',
  state: 'Keadaan',
  states: { paid: 'Lunas', paid_late: 'Lunas terlambat', partial: 'Sebagian', due: 'Belum jatuh tempo', overdue: 'Terlambat' },
  payments: 'Pembayaran',
  noPayments: 'Belum ada pembayaran.',
  paidOn: 'Tanggal bayar',
  amount: 'Jumlah',
  paymentStatus: 'Status',
  reported: 'Dilaporkan',
  confirmed: 'Dikonfirmasi',
  reportedBy: 'Dicatat oleh',
  confirmedBy: 'Dikonfirmasi oleh',
  commandLine: 'baris perintah admin',
  confirm: 'Konfirmasi',
  record: 'Catat pembayaran',
  recordNote: 'Pembayaran yang Ibu catat menunggu konfirmasi dari orang lain (bendahara atau pendamping kelompok); baru dihitung setelah dikonfirmasi.',
  recordButton: 'Catat',
  notices: {
    created: 'Pinjaman dicatat dengan jadwal cicilannya.',
    recorded: 'Pembayaran dicatat. Menunggu konfirmasi dari bendahara atau pendamping kelompok.',
    confirmed: 'Pembayaran dikonfirmasi dan sudah dihitung.',
    alreadyConfirmed: 'Pembayaran itu sudah dikonfirmasi sebelumnya.',
    amountInvalid: 'Jumlah harus rupiah lebih dari 0, misalnya 150.000 atau 150rb.',
    stale: 'Formulir itu sudah lama, jadi tidak ada yang dicatat. Isi jumlahnya lagi lalu tekan Catat.',
  },
  refused: {
    confirm_own_payment: 'Ibu sendiri yang mencatat pembayaran ini, jadi Ibu tidak bisa mengonfirmasinya. Orang lain yang harus memeriksa: bendahara kelompok (lewat chat) atau pendamping kelompok.',
    confirm_not_allowed: 'Hanya bendahara atau pendamping kelompok yang bisa mengonfirmasi pembayaran.',
    payment_not_found: 'Pembayaran itu tidak ada pada pinjaman ini, atau bukan untuk Ibu konfirmasi.',
    payment_amount_invalid: 'Jumlah harus rupiah lebih dari 0, misalnya 150.000 atau 150rb.',
    payment_date_invalid: 'Tanggal bayar tidak boleh sebelum pinjaman cair atau sesudah hari ini.',
  },
  refusedOther: 'Tidak bisa disimpan. Periksa lagi isiannya.',
  open: 'Buka pinjaman',
};

export const loanPageEn: LoanPageTexts = {
  heading: (b) => `Loan · ${b}`,
  groupLoan: 'Group loan',
  facts: { group: 'Group', principal: 'Principal', terms: 'Terms', disbursed: 'Disbursed', today: 'As of' },
  method: { flat: 'flat interest', declining: 'declining balance (annuity)' },
  termsLine: (rate, months, method) => `${rate}% a year · ${months} months · ${method}`,
  standing: 'Standing',
  arrears: 'Arrears',
  streak: 'On time in a row',
  eligible: 'Reward',
  eligibleYes: (n) => `Eligible (${n} instalments on time, no arrears)`,
  eligibleNo: (n) => `Not yet (needs ${n} instalments on time in a row and no arrears)`,
  nextDue: 'Next instalment',
  overdueSince: 'Late instalment, due',
  none: '–',
  awaiting: 'Awaiting confirmation',
  schedule: 'Schedule',
  number: 'No',
  dueDate: 'Due',
  principal: 'Principal',
  interest: 'Interest',
  total: 'Instalment',
  paid: 'Paid',
  state: 'State',
  states: { paid: 'Paid', paid_late: 'Paid late', partial: 'Partly paid', due: 'Not yet due', overdue: 'Late' },
  payments: 'Payments',
  noPayments: 'No payments yet.',
  paidOn: 'Paid on',
  amount: 'Amount',
  paymentStatus: 'Status',
  reported: 'Reported',
  confirmed: 'Confirmed',
  reportedBy: 'Recorded by',
  confirmedBy: 'Confirmed by',
  commandLine: 'admin command line',
  confirm: 'Confirm',
  record: 'Record a payment',
  recordNote: 'A payment you record waits for someone else (the group treasurer or facilitator) to confirm it; it counts once confirmed.',
  recordButton: 'Record',
  notices: {
    created: 'Loan recorded with its schedule.',
    recorded: 'Payment recorded. It waits for the group treasurer or facilitator to confirm it.',
    confirmed: 'Payment confirmed; it now counts.',
    alreadyConfirmed: 'That payment was already confirmed.',
    amountInvalid: 'The amount must be whole rupiah above 0, e.g. 150.000 or 150rb.',
    stale: 'That form was out of date, so nothing was recorded. Enter the amount again and press Record.',
  },
  refused: {
    confirm_own_payment: 'You recorded this payment yourself, so you cannot confirm it. Someone else must check it: the group treasurer (in the chat) or the group facilitator.',
    confirm_not_allowed: "Only the group's treasurer or facilitator can confirm payments.",
    payment_not_found: 'That payment is not on this loan, or not yours to confirm.',
    payment_amount_invalid: 'The amount must be whole rupiah above 0, e.g. 150.000 or 150rb.',
    payment_date_invalid: 'The payment date cannot be before the loan was disbursed or after today.',
  },
  refusedOther: 'It could not be saved. Please check what you entered.',
  open: 'Open the loan',
};

/** Giving a loan (/kelompok/:id/pinjaman-baru): the form, the schedule preview, the confirmation. */
export interface NewLoanTexts {
  heading: (group: string) => string;
  link: string;
  borrower: string;
  wholeGroup: string;
  principal: string;
  rate: string;
  months: string;
  method: string;
  methods: { flat: string; declining: string };
  dueDay: string;
  disbursed: string;
  preview: string;
  previewHeading: string;
  previewNote: string;
  confirm: string;
  back: string;
  /** What to correct, by term (the loans module names the term). */
  invalid: { principal: string; annualRatePercent: string; months: string; method: string; disbursed: string; dueDay: string; roundTo: string; borrower: string };
  refused: string;
  /** The give button came from no preview (an old page): nothing was given, the preview is shown again. */
  stale: string;
}

export const newLoanId: NewLoanTexts = {
  heading: (g) => `Pinjaman baru · ${g}`,
  link: 'Berikan pinjaman baru',
  borrower: 'Peminjam',
  wholeGroup: 'Kelompok (pinjaman kelompok)',
  principal: 'Pokok (Rp)',
  rate: 'Bunga per tahun (%)',
  months: 'Lama (bulan)',
  method: 'Cara bunga',
  methods: { flat: 'Tetap (flat)', declining: 'Menurun (anuitas)' },
  dueDay: 'Tanggal jatuh tempo tiap bulan',
  disbursed: 'Tanggal cair',
  preview: 'Lihat jadwal cicilan',
  previewHeading: 'Jadwal cicilan',
  previewNote: 'Periksa setiap cicilan. Pinjaman baru dicatat setelah Ibu menekan tombol di bawah.',
  confirm: 'Berikan pinjaman ini',
  back: 'Ubah isian',
  invalid: {
    principal: 'Pokok harus rupiah lebih dari 0, misalnya 1.000.000 atau 1jt, dan cukup untuk sekian bulan.',
    annualRatePercent: 'Bunga per tahun 0 sampai di bawah 100, paling banyak 2 angka di belakang koma, misalnya 12 atau 6,5.',
    months: 'Lama pinjaman 1 sampai 360 bulan.',
    method: 'Pilih cara bunga: tetap atau menurun.',
    disbursed: 'Tanggal cair harus tanggal yang ada, misalnya 2026-12-10.',
    dueDay: 'Tanggal jatuh tempo 1 sampai 31.',
    roundTo: 'Pembulatan tidak bisa dipakai.',
    borrower: 'Pilih peminjam: kelompok atau salah satu anggota aktifnya.',
  },
  refused: 'Pinjaman tidak bisa dicatat. Periksa lagi isiannya.',
  stale: 'Halaman itu sudah lama, jadi belum ada pinjaman yang dicatat. Periksa jadwal di bawah lalu tekan tombolnya lagi.',
};

export const newLoanEn: NewLoanTexts = {
  heading: (g) => `New loan · ${g}`,
  link: 'Give a new loan',
  borrower: 'Borrower',
  wholeGroup: 'The group (group loan)',
  principal: 'Principal (Rp)',
  rate: 'Yearly interest (%)',
  months: 'Length (months)',
  method: 'Interest method',
  methods: { flat: 'Flat', declining: 'Declining (annuity)' },
  dueDay: 'Day of the month instalments are due',
  disbursed: 'Disbursement day',
  preview: 'See the schedule',
  previewHeading: 'Instalment schedule',
  previewNote: 'Check every instalment. The loan is recorded only when you press the button below.',
  confirm: 'Give this loan',
  back: 'Change the terms',
  invalid: {
    principal: 'The principal must be whole rupiah above 0, e.g. 1.000.000 or 1jt, and enough for that many months.',
    annualRatePercent: 'The yearly rate is 0 up to below 100, with at most 2 decimals, e.g. 12 or 6.5.',
    months: 'The length is 1 to 360 months.',
    method: 'Choose the interest method: flat or declining.',
    disbursed: 'The disbursement day must be a real date, e.g. 2026-12-10.',
    dueDay: 'The due day is 1 to 31.',
    roundTo: 'That rounding cannot be used.',
    borrower: 'Choose the borrower: the group or one of its active members.',
  },
  refused: 'The loan could not be recorded. Please check what you entered.',
  stale: 'That page was out of date, so no loan was recorded. Check the schedule below and press the button again.',
};
