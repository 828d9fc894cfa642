/**
 * Every word of the web console's pages, Indonesian first, English by the language switch.
 * (What reaches her chat — the login code — is in src/conversation/replies like every
 * other chat sentence.)
 */
import type { AuditKind } from '../modules/audit/audit.ts';

export type ConsoleLanguage = 'id' | 'en';

export interface ConsoleTexts {
  lang: ConsoleLanguage;
  title: string;
  otherLanguage: { code: ConsoleLanguage; label: string };
  login: {
    heading: string;
    intro: string;
    viaChat: string;
    phoneLabel: string;
    sendCode: string;
    codeLabel: string;
    enter: string;
    sent: string;
    wrongCode: string;
    rateLimited: string;
    noRole: string;
    badLink: string;
    linkHeading: string;
    linkButton: string;
    expired: string;
    loggedOut: string;
  };
  logout: string;
  roles: { admin: string; manager: (programme: string) => string; facilitator: string };
  home: {
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
  };
  audit: {
    heading: string;
    intro: string;
    kindLabel: string;
    all: string;
    kinds: Record<AuditKind, string>;
    show: string;
    when: string;
    who: string;
    what: string;
    about: string;
    none: string;
    older: string;
    newest: string;
    commandLine: string;
    unknownPerson: string;
    definition: string;
    /** One row's "what", from the source's short codes (see src/modules/audit). */
    onBehalf: (entryKind: string, amount: string) => string;
    refusal: (action: string, reason: string) => string;
    loginRefused: (how: string, outcome: string) => string;
    login: (how: string) => string;
    staffGranted: (role: string, programme: string | null) => string;
    staffEnded: (role: string, programme: string | null) => string;
    facilitatorAssigned: string;
    memberRole: (from: string, to: string) => string;
    joinCodeRotated: string;
    entryKinds: Record<string, string>;
    actions: Record<string, string>;
    reasons: Record<string, string>;
    loginHow: Record<string, string>;
    loginOutcomes: Record<string, string>;
    staffRoles: Record<string, string>;
    memberRoles: Record<string, string>;
  };
  definitions: {
    members: string;
    recording: string;
    books: string;
    loansOutstanding: string;
    par30: string;
    onTime: string;
    leads: string;
  };
}

const id: ConsoleTexts = {
  lang: 'id',
  title: 'Konsol program Dampingi',
  otherLanguage: { code: 'en', label: 'English' },
  login: {
    heading: 'Masuk ke konsol',
    intro: 'Tanpa kata sandi: kode masuk dikirim ke chat Ibu.',
    viaChat: 'Cara tercepat: kirim /masuk ke bot di chat pribadi (Telegram atau WhatsApp), lalu buka tautannya atau ketik kodenya di bawah.',
    phoneLabel: 'Atau ketik nomor HP atau username Telegram Ibu (@nama), kode dikirim ke chat Ibu',
    sendCode: 'Kirim kode',
    codeLabel: 'Kode 6 angka',
    enter: 'Masuk',
    sent: 'Bila nomor atau username itu terdaftar sebagai staf, kode sudah dikirim ke chat Ibu. Berlaku 10 menit.',
    wrongCode: 'Kode salah atau sudah tidak berlaku. Minta kode baru dengan /masuk.',
    rateLimited: 'Terlalu banyak percobaan. Tunggu 15 menit lalu coba lagi.',
    noRole: 'Akun ini tidak punya akses ke konsol.',
    badLink: 'Tautan ini sudah dipakai atau sudah tidak berlaku. Kirim /masuk lagi untuk tautan baru.',
    linkHeading: 'Masuk dengan tautan',
    linkButton: 'Masuk ke konsol',
    expired: 'Sesi Ibu sudah berakhir. Silakan masuk lagi.',
    loggedOut: 'Ibu sudah keluar.',
  },
  logout: 'Keluar',
  roles: { admin: 'Admin · semua program', manager: (p) => `Manajer program · ${p}`, facilitator: 'Pendamping · kelompok Ibu' },
  home: {
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
  },
  audit: {
    heading: 'Jejak kegiatan',
    intro: 'Siapa melakukan apa dan kapan: catatan atas nama anggota, penolakan, perubahan peran, penggantian kode gabung dan masuk konsol. Terbaru di atas.',
    kindLabel: 'Jenis',
    all: 'Semua',
    kinds: { on_behalf: 'Catatan atas nama anggota', refusal: 'Penolakan', role: 'Perubahan peran', join_code: 'Kode gabung', login: 'Masuk konsol' },
    show: 'Tampilkan',
    when: 'Waktu',
    who: 'Siapa',
    what: 'Apa',
    about: 'Tentang',
    none: 'Belum ada kegiatan yang tercatat.',
    older: 'Lebih lama',
    newest: 'Terbaru',
    commandLine: 'Admin (baris perintah)',
    unknownPerson: 'Tidak dikenal',
    definition: 'Waktu ditulis menurut zona waktu Ibu. Catatan masuk konsol disimpan 30 hari. Ibu hanya melihat kegiatan di kelompok dan program yang Ibu pegang.',
    onBehalf: (kind, amount) => `Mencatat ${kind} ${amount} atas nama anggota`,
    refusal: (action, reason) => `Ditolak: ${action} (${reason})`,
    loginRefused: (how, outcome) => `Masuk konsol ditolak: ${how} (${outcome})`,
    login: (how) => `Masuk konsol: ${how}`,
    staffGranted: (role, programme) => `Diberi peran ${role}${programme ? ` · ${programme}` : ''}`,
    staffEnded: (role, programme) => `Peran ${role}${programme ? ` · ${programme}` : ''} diakhiri`,
    facilitatorAssigned: 'Ditunjuk sebagai pendamping kelompok',
    memberRole: (from, to) => `Mengubah peran anggota dari ${from} menjadi ${to}`,
    joinCodeRotated: 'Mengganti kode gabung kelompok',
    entryKinds: { sale: 'jualan', expense: 'belanja', withdrawal: 'diambil untuk rumah tangga', capital: 'modal masuk' },
    actions: {
      on_behalf: 'mencatat atas nama anggota',
      set_price: 'mengatur harga',
      link_chat: 'menghubungkan chat grup',
      rename_member: 'mengganti nama anggota',
      set_role: 'mengatur peran',
      list_members: 'melihat daftar anggota',
      export: 'mengunduh data',
      group_recap: 'rekap kelompok',
      not_recorded: 'daftar yang belum mencatat',
      quarterly_report: 'laporan triwulan',
    },
    reasons: {
      not_facilitator: 'bukan pendamping',
      not_your_group: 'bukan kelompoknya',
      not_your_member: 'bukan anggotanya',
      not_group_member: 'bukan anggota kelompok',
      chat_linked_elsewhere: 'chat sudah terhubung ke kelompok lain',
      price_not_allowed: 'tidak boleh mengatur harga',
    },
    loginHow: { code: 'dengan kode', link: 'dengan tautan', chat: 'minta /masuk di chat', ask_code: 'minta kode di halaman masuk' },
    loginOutcomes: { wrong_code: 'kode salah', bad_link: 'tautan tidak berlaku', rate_limited: 'terlalu banyak percobaan', no_role: 'tanpa akses konsol', unknown: 'nomor tidak dikenal' },
    staffRoles: { admin: 'admin', manager: 'manajer program' },
    memberRoles: { ketua: 'ketua', sekretaris: 'sekretaris', bendahara: 'bendahara', anggota: 'anggota' },
  },
  definitions: {
    members: 'Orang yang berstatus anggota aktif di kelompok yang Ibu lihat (satu orang dihitung sekali).',
    recording: 'Bagian anggota aktif yang punya minimal satu catatan (tidak dibatalkan) bertanggal Senin minggu ini sampai hari ini.',
    books: 'Jumlah catatan yang tidak dibatalkan milik anggota aktif. Bulan ini: tanggal 1 sampai hari ini; bulan lalu: sebulan penuh. Retur mengurangi jualan. Laba = jualan − belanja.',
    loansOutstanding: 'Pokok pinjaman yang belum kembali: pembayaran terkonfirmasi dialokasikan ke cicilan terlama lebih dulu, dalam tiap cicilan bunga dulu lalu pokok. Pinjaman kelompok dan pinjaman anggota.',
    par30: 'Portfolio at Risk 30 (CGAP): sisa pokok pinjaman yang punya cicilan terlambat lebih dari 30 hari ÷ seluruh sisa pokok. Seluruh sisa pokok pinjaman itu dihitung, bukan hanya cicilan yang terlambat.',
    onTime: 'Dari cicilan yang batas bayarnya dalam 90 hari terakhir sampai hari ini, bagian yang lunas pada atau sebelum batas bayarnya.',
    leads: 'Peluang yang dibuat bulan ini oleh pendamping kelompok yang Ibu lihat, dan jawaban minat anggota (penolakan tidak dihitung).',
  },
};

const en: ConsoleTexts = {
  lang: 'en',
  title: 'Dampingi programme console',
  otherLanguage: { code: 'id', label: 'Bahasa Indonesia' },
  login: {
    heading: 'Log in to the console',
    intro: 'No password: a login code is sent to your chat.',
    viaChat: 'Quickest: send /masuk to the bot in a private chat (Telegram or WhatsApp), then open its link or type its code below.',
    phoneLabel: 'Or type your phone number or Telegram username (@name) and the code is sent to your chat',
    sendCode: 'Send code',
    codeLabel: '6-digit code',
    enter: 'Log in',
    sent: 'If that number or username belongs to staff, a code has been sent to their chat. It is valid 10 minutes.',
    wrongCode: 'Wrong or expired code. Ask for a new one with /masuk.',
    rateLimited: 'Too many attempts. Wait 15 minutes and try again.',
    noRole: 'This account has no access to the console.',
    badLink: 'This link has been used or has expired. Send /masuk again for a new one.',
    linkHeading: 'Log in with a link',
    linkButton: 'Log in to the console',
    expired: 'Your session has ended. Please log in again.',
    loggedOut: 'You are logged out.',
  },
  logout: 'Log out',
  roles: { admin: 'Admin · all programmes', manager: (p) => `Programme manager · ${p}`, facilitator: 'Facilitator · your groups' },
  home: {
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
  },
  audit: {
    heading: 'Activity log',
    intro: "Who did what and when: entries made on a member's behalf, refusals, role changes, join code changes and console logins. Newest first.",
    kindLabel: 'Kind',
    all: 'All',
    kinds: { on_behalf: "Entries on a member's behalf", refusal: 'Refusals', role: 'Role changes', join_code: 'Join codes', login: 'Console logins' },
    show: 'Show',
    when: 'When',
    who: 'Who',
    what: 'What',
    about: 'About',
    none: 'Nothing recorded yet.',
    older: 'Older',
    newest: 'Newest',
    commandLine: 'Admin (command line)',
    unknownPerson: 'Unknown',
    definition: 'Times are in your time zone. Console logins are kept 30 days. You see only what happened in the groups and programme you look after.',
    onBehalf: (kind, amount) => `Recorded ${kind} of ${amount} on the member's behalf`,
    refusal: (action, reason) => `Refused: ${action} (${reason})`,
    loginRefused: (how, outcome) => `Console login refused: ${how} (${outcome})`,
    login: (how) => `Console login: ${how}`,
    staffGranted: (role, programme) => `Given the ${role} role${programme ? ` · ${programme}` : ''}`,
    staffEnded: (role, programme) => `${role[0]!.toUpperCase()}${role.slice(1)} role${programme ? ` · ${programme}` : ''} ended`,
    facilitatorAssigned: "Made the group's facilitator",
    memberRole: (from, to) => `Changed the member's role from ${from} to ${to}`,
    joinCodeRotated: "Changed the group's join code",
    entryKinds: { sale: 'a sale', expense: 'an expense', withdrawal: 'money taken for the household', capital: 'capital put in' },
    actions: {
      on_behalf: "recording on a member's behalf",
      set_price: 'setting a price',
      link_chat: 'linking a group chat',
      rename_member: 'renaming a member',
      set_role: 'setting a role',
      list_members: 'listing members',
      export: 'downloading data',
      group_recap: 'group recap',
      not_recorded: 'who has not recorded',
      quarterly_report: 'quarterly report',
    },
    reasons: {
      not_facilitator: 'not a facilitator',
      not_your_group: 'not her group',
      not_your_member: 'not her member',
      not_group_member: 'not a member of the group',
      chat_linked_elsewhere: 'chat linked to another group',
      price_not_allowed: 'may not set prices',
    },
    loginHow: { code: 'with a code', link: 'with a link', chat: 'asked /masuk in chat', ask_code: 'asked for a code on the login page' },
    loginOutcomes: { wrong_code: 'wrong code', bad_link: 'link not valid', rate_limited: 'too many attempts', no_role: 'no console access', unknown: 'unknown number' },
    staffRoles: { admin: 'admin', manager: 'programme manager' },
    memberRoles: { ketua: 'chair (ketua)', sekretaris: 'secretary', bendahara: 'treasurer', anggota: 'member' },
  },
  definitions: {
    members: 'People who are active members of the groups you see (each person counted once).',
    recording: 'Share of active members with at least one (not voided) entry dated from Monday of this week to today.',
    books: "Sum of active members' entries that are not voided. This month: the 1st to today; last month: the whole month. Returns lower sales. Profit = sales − expenses.",
    loansOutstanding: 'Loan principal not yet repaid: confirmed payments go to the oldest instalment first, and within an instalment to interest first, then principal. Group loans and member loans.',
    par30: 'Portfolio at Risk 30 (CGAP): outstanding principal of loans with an instalment more than 30 days late ÷ all outstanding principal. The whole outstanding principal of such a loan counts, not only the late instalment.',
    onTime: 'Of the instalments that fell due in the last 90 days up to today, the share paid in full on or before their due date.',
    leads: "Leads created this month by the facilitators of the groups you see, and members' answers of interest (declines do not count).",
  },
};

export const CONSOLE_TEXTS: Readonly<Record<ConsoleLanguage, ConsoleTexts>> = { id, en };

export function textsFor(lang: string | undefined): ConsoleTexts {
  return lang === 'en' ? en : id;
}
