import type { MembershipStatus, Role } from '../../modules/groups/groups.ts';

/** One group's page (/kelompok/:id). */
export interface GroupTexts {
  heading: (name: string) => string;
  /** The in-page links at the top of a group's page. */
  onThisPage: string;
  facts: { trades: string; place: string; facilitator: string; members: string; today: string };
  recordingWeek: string;
  recordingMonth: string;
  lastDay: string;
  members: string;
  name: string;
  role: string;
  status: string;
  roles: Record<Role, string>;
  statuses: Record<MembershipStatus, string>;
  calendar: string;
  calendarCaption: (from: string, to: string) => string;
  weekdays: readonly string[];
  recordersOn: (n: number, day: string) => string;
  future: string;
  legend: string;
  monthTotals: string;
  sales: string;
  expenses: string;
  profit: string;
  total: string;
  chats: string;
  platform: string;
  chat: string;
  since: string;
  noChats: string;
  joinCode: string;
  rotate: string;
  rotateNote: string;
  rotated: string;
  loans: string;
  borrower: string;
  wholeGroup: string;
  principal: string;
  outstanding: string;
  overdue: string;
  instalmentsLate: string;
  daysLate: string;
  noLoans: string;
}

export const groupId: GroupTexts = {
  onThisPage: 'Di halaman ini',
  heading: (name) => `Kelompok ${name}`,
  facts: { trades: 'Usaha', place: 'Desa / kecamatan', facilitator: 'Pendamping', members: 'Anggota aktif', today: 'Hari ini' },
  recordingWeek: 'Mencatat minggu ini',
  recordingMonth: 'Mencatat bulan ini',
  lastDay: 'Terakhir ada yang mencatat',
  members: 'Anggota',
  name: 'Nama',
  role: 'Peran',
  status: 'Status',
  roles: { ketua: 'Ketua', sekretaris: 'Sekretaris', bendahara: 'Bendahara', anggota: 'Anggota' },
  statuses: { active: 'Aktif', pending: 'Menunggu konfirmasi', removed: 'Keluar' },
  calendar: 'Kalender pencatatan (6 minggu)',
  calendarCaption: (from, to) => `Jumlah anggota yang mencatat per hari, ${from} – ${to}`,
  weekdays: ['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'],
  recordersOn: (n, day) => `${day}: ${n} anggota mencatat`,
  future: 'belum',
  legend: 'Makin gelap, makin banyak anggota yang mencatat.',
  monthTotals: 'Buku anggota bulan ini',
  sales: 'Jualan',
  expenses: 'Belanja',
  profit: 'Untung',
  total: 'Jumlah',
  chats: 'Grup chat tertaut',
  platform: 'Aplikasi',
  chat: 'Chat',
  since: 'Sejak',
  noChats: 'Belum ada grup chat yang ditautkan.',
  joinCode: 'Kode gabung',
  rotate: 'Ganti kode gabung',
  rotateNote: 'Kode lama langsung tidak berlaku. Anggota baru bergabung dengan /gabung KODE di chat pribadi dengan bot.',
  rotated: 'Kode gabung sudah diganti. Kode lama tidak berlaku lagi.',
  loans: 'Pinjaman',
  borrower: 'Peminjam',
  wholeGroup: 'Kelompok',
  principal: 'Pokok',
  outstanding: 'Sisa pokok',
  overdue: 'Tunggakan',
  instalmentsLate: 'Cicilan terlambat',
  daysLate: 'Hari terlambat',
  noLoans: 'Tidak ada pinjaman.',
};

export const groupEn: GroupTexts = {
  onThisPage: 'On this page',
  heading: (name) => `Group ${name}`,
  facts: { trades: 'Trade', place: 'Village / district', facilitator: 'Facilitator', members: 'Active members', today: 'Today' },
  recordingWeek: 'Recorded this week',
  recordingMonth: 'Recorded this month',
  lastDay: 'Last day anyone recorded',
  members: 'Members',
  name: 'Name',
  role: 'Role',
  status: 'Status',
  roles: { ketua: 'Chair (ketua)', sekretaris: 'Secretary', bendahara: 'Treasurer', anggota: 'Member' },
  statuses: { active: 'Active', pending: 'Awaiting confirmation', removed: 'Left' },
  calendar: 'Recording calendar (6 weeks)',
  calendarCaption: (from, to) => `Members who recorded, day by day, ${from} – ${to}`,
  weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  recordersOn: (n, day) => `${day}: ${n} ${n === 1 ? 'member' : 'members'} recorded`,
  future: 'not yet',
  legend: 'The darker the day, the more members recorded.',
  monthTotals: "Members' books this month",
  sales: 'Sales',
  expenses: 'Expenses',
  profit: 'Profit',
  total: 'Total',
  chats: 'Linked group chats',
  platform: 'App',
  chat: 'Chat',
  since: 'Since',
  noChats: 'No group chat linked yet.',
  joinCode: 'Join code',
  rotate: 'Replace the join code',
  rotateNote: 'The old code stops working at once. New members join with /gabung CODE in a private chat with the bot.',
  rotated: 'The join code has been replaced. The old code no longer works.',
  loans: 'Loans',
  borrower: 'Borrower',
  wholeGroup: 'The group',
  principal: 'Principal',
  outstanding: 'Principal outstanding',
  overdue: 'Overdue',
  instalmentsLate: 'Instalments late',
  daysLate: 'Days late',
  noLoans: 'No loans.',
};
