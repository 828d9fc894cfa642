/** The member page (/anggota/:id). Kinds of entry in the chat's words (docs/WORDS.md). */
export interface MemberTexts {
  back: string;
  about: string;
  groups: string;
  group: string;
  role: string;
  roles: Record<'ketua' | 'sekretaris' | 'bendahara' | 'anggota', string>;
  facilitator: string;
  since: string;
  status: { active: string; pending: string; removed: (date: string) => string };
  /** Under her name when the viewer reads only part of her books (she left the viewer's group, or came from another). */
  window: { until: (date: string) => string; from: (date: string) => string; between: (from: string, to: string) => string };
  chat: string;
  phone: string;
  /** Why the number is masked, beside it. */
  phoneMasked: string;
  platforms: Record<'telegram' | 'whatsapp' | 'console', string>;
  none: string;
  books: string;
  thisWeek: string;
  lastWeek: string;
  thisMonth: string;
  sales: string;
  expenses: string;
  profit: string;
  loss: string;
  span: (from: string, to: string) => string;
  chartWeek: string;
  chartMonth: string;
  chartPng: string;
  chartAlt: (period: string, sales: string, expenses: string) => string;
  entries: string;
  entriesCount: (n: number) => string;
  columns: { day: string; kind: string; item: string; quantity: string; amount: string; recordedBy: string };
  kinds: { sale: string; saleReturn: string; expense: string; withdrawal: string; capital: string };
  byHerself: string;
  onBehalf: (name: string) => string;
  voided: string;
  corrected: string;
  noEntries: string;
  page: (page: number, pages: number) => string;
  newer: string;
  older: string;
  orders: string;
  ordersNone: string;
  customer: string;
  what: string;
  due: string;
  remaining: string;
  noDue: string;
  owed: string;
  owedNone: string;
  owedAmount: string;
  owedSince: string;
  owedTotal: string;
  quarterly: string;
  quarterName: (quarter: string) => string;
  running: string;
  assets: string;
  turnoverReported: string;
  turnoverFromBooks: string;
  employees: string;
  notAnswered: string;
  definitions: { recap: string; lastWeek: string; entries: string; orders: string; owed: string; quarterly: string };
}

const ID_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "triwulan 4 (Okt–Des 2026)": a quarter always with its months (docs/WORDS.md). */
function quarterName(word: string, months: readonly string[], quarter: string): string {
  const n = Number(quarter.slice(-1));
  return `${word} ${n} (${months[(n - 1) * 3]}–${months[n * 3 - 1]} ${quarter.slice(0, 4)})`;
}

export const memberId: MemberTexts = {
  back: 'Ringkasan',
  about: 'Data anggota',
  groups: 'Kelompok',
  group: 'Kelompok',
  role: 'Peran',
  roles: { ketua: 'Ketua', sekretaris: 'Sekretaris', bendahara: 'Bendahara', anggota: 'Anggota' },
  facilitator: 'Pendamping',
  since: 'Sejak',
  status: { active: 'aktif', pending: 'menunggu persetujuan', removed: (date) => `keluar ${date}` },
  window: {
    until: (date) => `Buku yang Anda lihat sampai ${date}, hari ia keluar dari kelompok Anda.`,
    from: (date) => `Buku yang Anda lihat mulai ${date}, hari ia masuk kelompok Anda.`,
    between: (from, to) => `Buku yang Anda lihat ${from} sampai ${to}, selama ia di kelompok Anda.`,
  },
  chat: 'Chat',
  phone: 'Nomor HP',
  phoneMasked: 'sebagian disembunyikan',
  platforms: { telegram: 'Telegram', whatsapp: 'WhatsApp', console: 'Konsol' },
  none: '–',
  books: 'Jualan dan belanja',
  thisWeek: 'Minggu ini',
  lastWeek: 'Minggu lalu',
  thisMonth: 'Bulan ini',
  sales: 'Jualan',
  expenses: 'Belanja',
  profit: 'Untung',
  loss: 'Rugi',
  span: (from, to) => `${from} – ${to}`,
  chartWeek: 'Grafik minggu ini',
  chartMonth: 'Grafik bulan ini',
  chartPng: 'gambar PNG (seperti di chat anggota)',
  chartAlt: (period, sales, expenses) => `Grafik jualan dan belanja per hari, ${period}: jualan ${sales}, belanja ${expenses}.`,
  entries: 'Catatan',
  entriesCount: (n) => `${n} catatan, terbaru di atas`,
  columns: { day: 'Tanggal', kind: 'Jenis', item: 'Barang', quantity: 'Jumlah', amount: 'Uang', recordedBy: 'Dicatat' },
  kinds: { sale: 'Jualan', saleReturn: 'Retur', expense: 'Belanja', withdrawal: 'Diambil untuk rumah tangga', capital: 'Modal masuk' },
  byHerself: 'sendiri',
  onBehalf: (name) => `oleh ${name}`,
  voided: 'batal',
  corrected: 'diralat',
  noEntries: 'Belum ada catatan.',
  page: (p, n) => `Halaman ${p} dari ${n}`,
  newer: '← Lebih baru',
  older: 'Lebih lama →',
  orders: 'Pesanan belum selesai',
  ordersNone: 'Tidak ada pesanan terbuka.',
  customer: 'Pembeli',
  what: 'Pesanan',
  due: 'Selesai',
  remaining: 'Sisa bayar',
  noDue: 'belum ditentukan',
  owed: 'Yang belum bayar',
  owedNone: 'Semua pembeli sudah bayar.',
  owedAmount: 'Belum bayar',
  owedSince: 'Sejak',
  owedTotal: 'Total belum dibayar',
  quarterly: 'Laporan triwulan',
  quarterName: (q) => quarterName('triwulan', ID_MONTHS, q),
  running: 'sedang berjalan',
  assets: 'Aset',
  turnoverReported: 'Omset (dilaporkan anggota)',
  turnoverFromBooks: 'Omset dari catatan',
  employees: 'Karyawan',
  notAnswered: 'belum dijawab',
  definitions: {
    recap: 'Sama dengan rekap di chat anggota: minggu Senin–Minggu, bulan tanggal 1 sampai akhir bulan. Catatan yang batal tidak dihitung; retur mengurangi jualan; untung = jualan − belanja (uang rumah tangga dan modal masuk tidak termasuk).',
    lastWeek: 'Jualan minggu lalu (Senin–Minggu sebelum minggu ini), untuk melihat berapa yang terjual minggu lalu.',
    entries: 'Semua catatan anggota, termasuk yang batal (dicoret, tidak dihitung) dan yang diralat (diganti catatan baru). "Oleh …": ditulis pendamping atas nama anggota.',
    orders: 'Pesanan dengan DP yang belum lunas dan belum dibatalkan. Sisa bayar = harga − yang sudah dibayar.',
    owed: 'Jualan yang belum dibayar pembeli (bon), per pembeli, sejak catatan tertua yang belum lunas.',
    quarterly: 'Aset, omset dan karyawan seperti jawaban anggota atas pertanyaan triwulan; omset dari catatan = jualan yang tidak batal dalam triwulan itu (sampai hari ini bila masih berjalan).',
  },
};

export const memberEn: MemberTexts = {
  back: 'Overview',
  about: 'Member',
  groups: 'Groups',
  group: 'Group',
  role: 'Role',
  roles: { ketua: 'Chair', sekretaris: 'Secretary', bendahara: 'Treasurer', anggota: 'Member' },
  facilitator: 'Facilitator',
  since: 'Since',
  status: { active: 'active', pending: 'awaiting approval', removed: (date) => `left ${date}` },
  window: {
    until: (date) => `You see her books up to ${date}, the day she left your group.`,
    from: (date) => `You see her books from ${date}, the day she joined your group.`,
    between: (from, to) => `You see her books from ${from} to ${to}, while she was in your group.`,
  },
  chat: 'Chat',
  phone: 'Phone',
  phoneMasked: 'partly hidden',
  platforms: { telegram: 'Telegram', whatsapp: 'WhatsApp', console: 'Console' },
  none: '–',
  books: 'Sales and expenses',
  thisWeek: 'This week',
  lastWeek: 'Last week',
  thisMonth: 'This month',
  sales: 'Sales',
  expenses: 'Expenses',
  profit: 'Profit',
  loss: 'Loss',
  span: (from, to) => `${from} – ${to}`,
  chartWeek: 'Chart of this week',
  chartMonth: 'Chart of this month',
  chartPng: "PNG picture (as in the member's chat)",
  chartAlt: (period, sales, expenses) => `Chart of daily sales and expenses, ${period}: sales ${sales}, expenses ${expenses}.`,
  entries: 'Entries',
  entriesCount: (n) => `${n} entries, newest first`,
  columns: { day: 'Day', kind: 'Kind', item: 'Item', quantity: 'Quantity', amount: 'Amount', recordedBy: 'Recorded' },
  kinds: { sale: 'Sales', saleReturn: 'Return', expense: 'Expenses', withdrawal: 'Taken for the household', capital: 'Capital put in' },
  byHerself: 'herself',
  onBehalf: (name) => `by ${name}`,
  voided: 'cancelled',
  corrected: 'corrected',
  noEntries: 'No entries yet.',
  page: (p, n) => `Page ${p} of ${n}`,
  newer: '← Newer',
  older: 'Older →',
  orders: 'Open orders',
  ordersNone: 'No open orders.',
  customer: 'Customer',
  what: 'Order',
  due: 'Due',
  remaining: 'Still to pay',
  noDue: 'not set',
  owed: 'Not paid yet',
  owedNone: 'Every customer has paid.',
  owedAmount: 'Not paid',
  owedSince: 'Since',
  owedTotal: 'Total not paid',
  quarterly: 'Quarterly report',
  quarterName: (q) => quarterName('quarter', EN_MONTHS, q),
  running: 'still running',
  assets: 'Assets',
  turnoverReported: 'Turnover (as she reported)',
  turnoverFromBooks: 'Turnover from her books',
  employees: 'Employees',
  notAnswered: 'not answered',
  definitions: {
    recap: "The same as the recap in the member's chat: weeks run Monday–Sunday, months the 1st to the month's end. Cancelled entries do not count; returns lower sales; profit = sales − expenses (household money and capital put in are not part of it).",
    lastWeek: 'Sales of last week (Monday–Sunday before this week): what she sold last week.',
    entries: 'All her entries, including cancelled ones (struck through, not counted) and corrected ones (replaced by a new entry). "By …": written by a facilitator on her behalf.',
    orders: 'Orders with a down payment not yet paid in full nor cancelled. Still to pay = price − paid so far.',
    owed: 'Sales customers have not paid yet (on credit), per customer, since the oldest unpaid one.',
    quarterly: "Assets, turnover and employees as the member answered the quarterly question; turnover from her books = her sales not cancelled in that quarter (up to today while it runs).",
  },
};
