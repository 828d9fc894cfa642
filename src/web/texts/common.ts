/**
 * Words shared by the pages, kept at the top level of ConsoleTexts (t.title, t.nav.…): the
 * title, the header (language switch, role, logout), the menu, the pager, the 404 page and the
 * home page's line of key figures.
 */

export type ConsoleLanguage = 'id' | 'en';

export interface CommonTexts {
  lang: ConsoleLanguage;
  title: string;
  otherLanguage: { code: ConsoleLanguage; label: string };
  logout: string;
  roles: { admin: string; manager: (programme: string) => string; facilitator: string };
  /** Paging of long lists. */
  pager: { label: string; previous: string; next: string; page: (n: number, of: number) => string };
  nav: { home: string; groups: string; members: string; loans: string; leads: string; audit: string };
  notFound: { heading: string; text: string; home: string };
  /** The home page's first line: the four figures a manager asks first, each a link to its card. */
  summary: { label: string; recording: string; sales: string; par30: string; leads: string };
}

export const commonId: CommonTexts = {
  lang: 'id',
  title: 'Konsol program Dampingi',
  otherLanguage: { code: 'en', label: 'English' },
  logout: 'Keluar',
  roles: { admin: 'Admin · semua program', manager: (p) => `Manajer program · ${p}`, facilitator: 'Pendamping · kelompok binaan Ibu' },
  pager: { label: 'Halaman', previous: '‹ Sebelumnya', next: 'Berikutnya ›', page: (n, of) => `Halaman ${n} dari ${of}` },
  nav: { home: 'Ringkasan', groups: 'Kelompok', members: 'Cari anggota', loans: 'Pinjaman', leads: 'Peluang', audit: 'Jejak kegiatan' },
  notFound: { heading: 'Tidak ditemukan', text: 'Halaman ini tidak ada, atau bukan bagian dari kelompok yang Ibu lihat.', home: 'Kembali ke ringkasan' },
  summary: { label: 'Angka utama', recording: 'Mencatat minggu ini', sales: 'Jualan bulan ini', par30: 'PAR30', leads: 'Peluang bulan ini' },
};

export const commonEn: CommonTexts = {
  lang: 'en',
  title: 'Dampingi programme console',
  otherLanguage: { code: 'id', label: 'Bahasa Indonesia' },
  logout: 'Log out',
  roles: { admin: 'Admin · all programmes', manager: (p) => `Programme manager · ${p}`, facilitator: 'Facilitator · your groups' },
  pager: { label: 'Pages', previous: '‹ Previous', next: 'Next ›', page: (n, of) => `Page ${n} of ${of}` },
  nav: { home: 'Overview', groups: 'Groups', members: 'Find a member', loans: 'Loans', leads: 'Leads', audit: 'Audit log' },
  notFound: { heading: 'Not found', text: 'This page does not exist, or is not part of the groups you see.', home: 'Back to the overview' },
  summary: { label: 'Key figures', recording: 'Recording this week', sales: 'Sales this month', par30: 'PAR30', leads: 'Leads this month' },
};
