import type { GroupOrder } from '../../modules/indicators/group-list.ts';

/** The list of groups (/kelompok). */
export interface GroupsTexts {
  heading: string;
  silentHeading: string;
  /** The button at the top: how many groups went silent this month. */
  silentLink: (n: number) => string;
  showAll: (n: number) => string;
  sortBy: string;
  orders: Record<GroupOrder, string>;
  sort: string;
  col: { name: string; trades: string; place: string; facilitator: string; members: string; recording: string; lastDay: string; arrears: string };
  week: string;
  month: string;
  never: string;
  silentMark: string;
  arrearsOf: (loans: number, amount: string) => string;
  noArrears: string;
  empty: string;
  emptySilent: string;
  pageOf: (page: number, pages: number, total: number) => string;
  previous: string;
  next: string;
}

export const groupsId: GroupsTexts = {
  heading: 'Kelompok',
  silentHeading: 'Kelompok yang berhenti mencatat bulan ini',
  silentLink: (n) => `Berhenti mencatat bulan ini: ${n} kelompok`,
  showAll: (n) => `Tampilkan semua ${n} kelompok`,
  sortBy: 'Urutkan',
  orders: { nama: 'Nama', anggota: 'Anggota terbanyak', catat: 'Paling jarang mencatat', tunggakan: 'Tunggakan terbesar' },
  sort: 'Urutkan',
  col: { name: 'Kelompok', trades: 'Usaha', place: 'Desa / kecamatan', facilitator: 'Pendamping', members: 'Anggota', recording: 'Mencatat', lastDay: 'Terakhir mencatat', arrears: 'Tunggakan' },
  week: 'minggu ini',
  month: 'bulan ini',
  never: 'belum pernah',
  silentMark: 'berhenti bulan ini',
  arrearsOf: (loans, amount) => `${loans} pinjaman · ${amount}`,
  noArrears: 'tidak ada',
  empty: 'Belum ada kelompok.',
  emptySilent: 'Semua kelompok sudah mencatat bulan ini.',
  pageOf: (page, pages, total) => `Halaman ${page} dari ${pages} · ${total} kelompok`,
  previous: '‹ Sebelumnya',
  next: 'Berikutnya ›',
};

export const groupsEn: GroupsTexts = {
  heading: 'Groups',
  silentHeading: 'Groups that stopped recording this month',
  silentLink: (n) => `Stopped recording this month: ${n} ${n === 1 ? 'group' : 'groups'}`,
  showAll: (n) => `Show all ${n} groups`,
  sortBy: 'Sort by',
  orders: { nama: 'Name', anggota: 'Most members', catat: 'Least recording', tunggakan: 'Largest arrears' },
  sort: 'Sort',
  col: { name: 'Group', trades: 'Trade', place: 'Village / district', facilitator: 'Facilitator', members: 'Members', recording: 'Recording', lastDay: 'Last recorded', arrears: 'Arrears' },
  week: 'this week',
  month: 'this month',
  never: 'never',
  silentMark: 'stopped this month',
  arrearsOf: (loans, amount) => `${loans} ${loans === 1 ? 'loan' : 'loans'} · ${amount}`,
  noArrears: 'none',
  empty: 'No groups yet.',
  emptySilent: 'Every group has recorded this month.',
  pageOf: (page, pages, total) => `Page ${page} of ${pages} · ${total} groups`,
  previous: '‹ Previous',
  next: 'Next ›',
};
