/** Finding a member by name (/anggota?cari=…). */
export interface SearchTexts {
  heading: string;
  label: string;
  button: string;
  hint: string;
  results: (query: string) => string;
  none: (query: string) => string;
  /** How many match (shown above the list). */
  found: (n: number) => string;
  /** More match than are counted (FOUND_COUNT_CAP in member-search.service.ts): she is asked for more of the name. */
  foundMore: (n: number) => string;
  col: { name: string; groups: string; lastDay: string };
  left: string;
  page: (n: number) => string;
  definition: string;
}

export const searchId: SearchTexts = {
  heading: 'Cari anggota',
  label: 'Nama anggota',
  button: 'Cari',
  hint: 'Ketik sebagian namanya, misalnya "Siti".',
  results: (q) => `Anggota dengan nama "${q}"`,
  none: (q) => `Tidak ada anggota dengan nama "${q}" di kelompok yang bisa Ibu lihat.`,
  found: (n) => `Ditemukan ${n} anggota.`,
  foundMore: (n) => `Ditemukan lebih dari ${n} anggota. Ketik namanya lebih lengkap untuk mempersempit.`,
  col: { name: 'Nama', groups: 'Kelompok', lastDay: 'Terakhir mencatat' },
  left: 'sudah keluar',
  page: (n) => `Halaman ${n}`,
  definition:
    'Yang dicari: anggota kelompok yang bisa Ibu lihat, termasuk yang sudah keluar (yang belum diterima tidak). Terakhir mencatat: hari terakhir dia mencatat selama di kelompok itu (catatan yang dibatalkan tidak dihitung).',
};

export const searchEn: SearchTexts = {
  heading: 'Find a member',
  label: "Member's name",
  button: 'Search',
  hint: 'Type part of her name, for example "Siti".',
  results: (q) => `Members named "${q}"`,
  none: (q) => `No member named "${q}" in the groups you can see.`,
  found: (n) => `${n} ${n === 1 ? 'member' : 'members'} found.`,
  foundMore: (n) => `More than ${n} members found. Type more of her name to narrow it down.`,
  col: { name: 'Name', groups: 'Group', lastDay: 'Last recorded' },
  left: 'left',
  page: (n) => `Page ${n}`,
  definition:
    'Searched: the members of the groups you can see, including those who left (not those not yet accepted). Last recorded: the last day she recorded while in those groups (voided entries are not counted).',
};
