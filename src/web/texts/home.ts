/** The home page (/): the cards of key indicators. */
export interface HomeTexts {
  heading: string;
  asOf: (date: string) => string;
  members: string;
  recording: string;
  recordingOf: (recorders: number, members: number) => string;
  sales: string;
  expenses: string;
  profit: string;
  thisMonth: string;
  lastMonth: string;
  loansOutstanding: string;
  loansCount: (n: number) => string;
  par30: string;
  onTime: string;
  onTimeOf: (onTime: number, due: number) => string;
  leads: string;
  interest: (people: number, quantity: string) => string;
  none: string;
  definitions: string;
  /** The link on every card to the page behind its number. */
  details: string;
}

export const homeId: HomeTexts = {
  heading: 'Ringkasan',
  asOf: (date) => `Per ${date}`,
  members: 'Anggota',
  recording: 'Mencatat minggu ini',
  recordingOf: (r, m) => `${r} dari ${m} anggota`,
  sales: 'Jualan',
  expenses: 'Belanja',
  profit: 'Laba',
  thisMonth: 'Bulan ini',
  lastMonth: 'Bulan lalu',
  loansOutstanding: 'Pinjaman beredar (pokok)',
  loansCount: (n) => `${n} pinjaman berjalan`,
  par30: 'PAR30',
  onTime: 'Bayar tepat waktu',
  onTimeOf: (o, d) => `${o} dari ${d} cicilan`,
  leads: 'Peluang pasar bulan ini',
  interest: (people, quantity) => `${people} anggota berminat · ${quantity} unit ditawarkan`,
  none: '–',
  definitions: 'Definisi',
  details: 'Lihat rincian',
};

export const homeEn: HomeTexts = {
  heading: 'Overview',
  asOf: (date) => `As of ${date}`,
  members: 'Members',
  recording: 'Recorded this week',
  recordingOf: (r, m) => `${r} of ${m} members`,
  sales: 'Sales',
  expenses: 'Expenses',
  profit: 'Profit',
  thisMonth: 'This month',
  lastMonth: 'Last month',
  loansOutstanding: 'Loans outstanding (principal)',
  loansCount: (n) => `${n} active loans`,
  par30: 'PAR30',
  onTime: 'Repaid on time',
  onTimeOf: (o, d) => `${o} of ${d} instalments`,
  leads: 'Market leads this month',
  interest: (people, quantity) => `${people} members interested · ${quantity} units offered`,
  none: '–',
  definitions: 'Definition',
  details: 'See details',
};
