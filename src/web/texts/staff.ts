/** The staff list (/staf): admins, programme managers and facilitators, and their one-time login links. */
export interface StaffTexts {
  /** The menu's word for the page. */
  nav: string;
  heading: string;
  /** Who the list holds, by the viewer's role. */
  intro: { admin: string; manager: (programme: string) => string };
  count: (n: number) => string;
  col: { name: string; role: string; place: string; groups: string; login: string; action: string };
  roles: { admin: string; manager: string; facilitator: string };
  /** An admin's place: every programme. */
  allProgrammes: string;
  noGroups: string;
  none: string;
  noRegion: string;
  neverLoggedIn: string;
  lastLogin: (when: string) => string;
  makeLink: string;
  /** Why a row has no link button: the viewer herself, or someone the viewer may not make one for. */
  you: string;
  notYours: string;
  empty: string;
  newFacilitator: string;
}

export const staffId: StaffTexts = {
  nav: 'Staf',
  heading: 'Staf program',
  intro: {
    admin: 'Semua admin, manajer program dan pendamping. Buat tautan masuk sekali pakai untuk siapa saja yang belum bisa masuk sendiri lewat bot.',
    manager: (p) => `Manajer dan pendamping ${p}. Buat tautan masuk sekali pakai untuk siapa saja yang belum bisa masuk sendiri lewat bot.`,
  },
  count: (n) => `${n} orang`,
  col: { name: 'Nama', role: 'Peran', place: 'Program / wilayah', groups: 'Kelompok yang didampingi', login: 'Masuk ke konsol', action: 'Tindakan' },
  roles: { admin: 'Admin', manager: 'Manajer program', facilitator: 'Pendamping' },
  allProgrammes: 'Semua program',
  noGroups: 'Belum ada kelompok',
  /** A manager or admin's groups cell: staff roles facilitate nothing. */
  none: '–',
  noRegion: 'tanpa wilayah',
  neverLoggedIn: 'Belum pernah masuk',
  lastLogin: (when) => `Terakhir masuk ${when}`,
  makeLink: 'Buat tautan masuk',
  you: 'Ibu sendiri',
  notYours: 'Dibuat oleh admin',
  empty: 'Belum ada staf yang bisa Ibu lihat.',
  newFacilitator: 'Pendamping baru',
};

export const staffEn: StaffTexts = {
  nav: 'Staff',
  heading: 'Programme staff',
  intro: {
    admin: 'Every admin, programme manager and facilitator. Make a one-time login link for anyone who cannot log in through the bot herself.',
    manager: (p) => `The managers and facilitators of ${p}. Make a one-time login link for anyone who cannot log in through the bot herself.`,
  },
  count: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  col: { name: 'Name', role: 'Role', place: 'Programme / region', groups: 'Groups she facilitates', login: 'Console login', action: 'Actions' },
  roles: { admin: 'Admin', manager: 'Programme manager', facilitator: 'Facilitator' },
  allProgrammes: 'All programmes',
  noGroups: 'No group yet',
  none: '–',
  noRegion: 'no region',
  neverLoggedIn: 'Never logged in',
  lastLogin: (when) => `Last logged in ${when}`,
  makeLink: 'Make a login link',
  you: 'You',
  notYours: 'Made by an admin',
  empty: 'There is no staff for you to see yet.',
  newFacilitator: 'New facilitator',
};
