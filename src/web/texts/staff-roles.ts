import type { StaffRoleError } from '../../modules/programmes/staff-roles.service.ts';

/** Giving and taking console roles (/staf/peran, /staf/:id/peran): an admin's pages. */
export interface StaffRolesTexts {
  /** The staff list's button to the "give a role" page, and each row's link to her role page. */
  giveRole: string;
  changeRole: string;
  /** /staf/peran: find the person by her phone. */
  findHeading: string;
  findIntro: string;
  phone: string;
  phoneHint: string;
  find: string;
  orPick: string;
  /** /staf/:id/peran. */
  heading: (name: string) => string;
  /** What she holds now, in words (role, and a manager's programme). */
  now: (role: string) => string;
  nowNone: string;
  nowFacilitator: string;
  roleLegend: string;
  choices: { manager: string; admin: string; none: string };
  hints: { manager: string; admin: string; noneFacilitator: string; noneOut: string };
  programme: string;
  self: string;
  /** On a facilitator's form: a staff role's view replaces her own groups' (scope.ts takes the wider role). */
  facilitatorWarning: string;
  save: string;
  /** After a save (?n=diubah|sama). */
  saved: string;
  unchanged: string;
  back: string;
  errors: Record<StaffRoleError, string>;
}

export const staffRolesId: StaffRolesTexts = {
  giveRole: 'Beri peran',
  changeRole: 'Ubah peran',
  findHeading: 'Beri peran konsol',
  findIntro: 'Cari orangnya lewat nomor HP yang dikenal bot, atau pilih dari daftar staf lalu tekan "Ubah peran".',
  phone: 'Nomor HP',
  phoneHint: 'Misalnya 0812 3456 7890',
  find: 'Cari',
  orPick: 'Pilih dari daftar staf',
  heading: (name) => `Peran konsol ${name}`,
  now: (role) => `Sekarang: ${role}`,
  nowNone: 'Sekarang: belum punya peran di konsol',
  nowFacilitator: 'Sekarang: pendamping (melihat kelompoknya sendiri)',
  roleLegend: 'Peran baru',
  choices: { manager: 'Manajer program', admin: 'Admin', none: 'Cabut peran staf' },
  hints: {
    manager: 'Melihat dan mengatur semua kelompok di program yang dipilih.',
    admin: 'Melihat dan mengatur semua program, termasuk memberi peran.',
    noneFacilitator: 'Ia tetap pendamping dan tetap melihat kelompoknya sendiri.',
    noneOut: 'Ia langsung keluar dari konsol.',
  },
  programme: 'Program',
  self: 'Ini peran Ibu sendiri: setelah disimpan, Ibu memakai konsol dengan peran yang baru.',
  facilitatorWarning:
    'Ia pendamping. Selama memegang peran staf, konsolnya hanya menampilkan yang dilihat peran itu: sebagai manajer program lain, kelompoknya sendiri tidak terlihat lagi. Cabut peran stafnya untuk kembali melihat kelompoknya.',
  save: 'Simpan peran',
  saved: 'Peran sudah disimpan.',
  unchanged: 'Tidak ada yang berubah: ia sudah memegang peran itu.',
  back: 'Kembali ke daftar staf',
  errors: {
    phone_missing: 'Isi nomor HP-nya.',
    phone_invalid: 'Nomor HP itu tidak bisa dipakai. Tulis seperti 0812 3456 7890.',
    person_not_found: 'Belum ada orang dengan nomor itu. Tambahkan dulu sebagai pendamping, atau periksa lagi nomornya.',
    role_invalid: 'Pilih salah satu peran.',
    programme_not_found: 'Pilih programnya.',
    last_admin: 'Ibu admin terakhir, jadi peran admin Ibu belum bisa dilepas. Jadikan dulu orang lain admin, lalu coba lagi.',
  },
};

export const staffRolesEn: StaffRolesTexts = {
  giveRole: 'Give a role',
  changeRole: 'Change role',
  findHeading: 'Give a console role',
  findIntro: 'Find her by a phone number the bot knows, or pick her from the staff list and press "Change role".',
  phone: 'Phone number',
  phoneHint: 'E.g. 0812 3456 7890',
  find: 'Find',
  orPick: 'Pick from the staff list',
  heading: (name) => `Console role of ${name}`,
  now: (role) => `Now: ${role}`,
  nowNone: 'Now: no console role',
  nowFacilitator: 'Now: facilitator (sees her own groups)',
  roleLegend: 'New role',
  choices: { manager: 'Programme manager', admin: 'Admin', none: 'Take the staff role away' },
  hints: {
    manager: 'Sees and runs every group of the chosen programme.',
    admin: 'Sees and runs every programme, and gives roles.',
    noneFacilitator: 'She stays a facilitator and still sees her own groups.',
    noneOut: 'She is logged out of the console at once.',
  },
  programme: 'Programme',
  self: 'This is your own role: once saved, you use the console with the new one.',
  facilitatorWarning:
    'She is a facilitator. While she holds a staff role her console shows what that role sees: as the manager of another programme she no longer sees her own groups. Take the staff role away to give her back her groups.',
  save: 'Save role',
  saved: 'The role is saved.',
  unchanged: 'Nothing changed: she holds that role already.',
  back: 'Back to the staff list',
  errors: {
    phone_missing: 'Give her phone number.',
    phone_invalid: 'That phone number cannot be used. Write it like 0812 3456 7890.',
    person_not_found: 'Nobody has that number yet. Add her as a facilitator first, or check the number.',
    role_invalid: 'Choose one of the roles.',
    programme_not_found: 'Choose the programme.',
    last_admin: 'You are the last admin, so your admin role cannot be given up yet. Make someone else an admin first, then try again.',
  },
};
