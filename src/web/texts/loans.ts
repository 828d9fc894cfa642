/** The loans page (/pinjaman). */
export interface LoansTexts {
  heading: string;
  all: string;
  atRisk: string;
  filterLabel: string;
  listed: (n: number) => string;
  empty: string;
  tableLabel: string;
  borrower: string;
  group: string;
  principal: string;
  outstanding: string;
  lateInstalments: string;
  daysLate: string;
  risk: string;
  atRiskYes: string;
  atRiskNo: string;
  groupLoan: string;
  columnsHeading: string;
  columns: { borrower: string; group: string; outstanding: string; lateInstalments: string; daysLate: string; risk: string; listed: string };
}

export const loansId: LoansTexts = {
  heading: 'Pinjaman',
  all: 'Semua pinjaman berjalan',
  atRisk: 'Hanya yang berisiko (PAR30)',
  filterLabel: 'Saring pinjaman',
  listed: (n) => `${n} pinjaman`,
  empty: 'Tidak ada pinjaman di sini.',
  tableLabel: 'Daftar pinjaman',
  borrower: 'Peminjam',
  group: 'Kelompok',
  principal: 'Pokok',
  outstanding: 'Sisa pokok',
  lateInstalments: 'Cicilan terlambat',
  daysLate: 'Hari terlambat',
  risk: 'Berisiko',
  atRiskYes: 'Ya',
  atRiskNo: 'Tidak',
  groupLoan: 'Pinjaman kelompok',
  columnsHeading: 'Arti kolom',
  columns: {
    borrower: 'Anggota yang meminjam; untuk pinjaman kelompok, kelompoknya sendiri.',
    group: 'Kelompok tempat pinjaman diberikan. Pinjaman tetap milik kelompok itu walaupun peminjamnya sudah keluar.',
    outstanding: 'Pokok yang belum kembali per hari ini (pembayaran terkonfirmasi ke cicilan terlama dulu, dalam tiap cicilan bunga dulu lalu pokok).',
    lateInstalments: 'Cicilan yang belum lunas dan batas bayarnya sudah lewat (hari batas bayar sendiri belum terlambat).',
    daysLate: 'Hari sejak batas bayar cicilan belum lunas yang paling lama; 0 bila tidak ada yang terlambat.',
    risk: 'Ya bila ada cicilan terlambat lebih dari 30 hari: seluruh sisa pokok pinjaman itu masuk PAR30.',
    listed: 'Daftar memuat pinjaman yang masih punya sisa pokok, yang paling lama terlambat di atas, 50 per halaman.',
  },
};

export const loansEn: LoansTexts = {
  heading: 'Loans',
  all: 'All running loans',
  atRisk: 'Only those at risk (PAR30)',
  filterLabel: 'Filter loans',
  listed: (n) => `${n} ${n === 1 ? 'loan' : 'loans'}`,
  empty: 'No loans here.',
  tableLabel: 'List of loans',
  borrower: 'Borrower',
  group: 'Group',
  principal: 'Principal',
  outstanding: 'Outstanding principal',
  lateInstalments: 'Instalments late',
  daysLate: 'Days late',
  risk: 'At risk',
  atRiskYes: 'Yes',
  atRiskNo: 'No',
  groupLoan: 'Group loan',
  columnsHeading: 'What the columns mean',
  columns: {
    borrower: "The member who borrowed; for a group's loan, the group itself.",
    group: 'The group the loan was given in. The loan stays with that group even after the borrower has left it.',
    outstanding: 'Principal not yet repaid as of today (confirmed payments go to the oldest instalment first, within an instalment to interest first, then principal).',
    lateInstalments: 'Instalments not fully paid whose due date has passed (the due day itself is not late yet).',
    daysLate: 'Days since the due date of the oldest instalment not fully paid; 0 when none is late.',
    risk: "Yes when an instalment is more than 30 days late: the loan's whole outstanding principal counts in PAR30.",
    listed: 'The list holds the loans with principal still outstanding, the longest late first, 50 a page.',
  },
};
