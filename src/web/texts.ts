/**
 * Every word of the web console's pages, Indonesian first, English by the language switch.
 * (What reaches her chat — the login code — is in src/conversation/replies like every
 * other chat sentence.)
 */
import type { MembershipStatus, Role } from '../modules/groups/groups.ts';
import type { GroupOrder } from '../modules/indicators/group-list.ts';

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
  nav: { home: string; groups: string };
  notFound: { heading: string; body: string };
  groups: {
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
  };
  group: {
    heading: (name: string) => string;
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
  };
  definitions: {
    groupRecording: string;
    lastDay: string;
    arrears: string;
    silent: string;
    calendar: string;
    memberMonth: string;
    loanColumns: string;
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
  nav: { home: 'Ringkasan', groups: 'Kelompok' },
  notFound: { heading: 'Tidak ditemukan', body: 'Halaman ini tidak ada, atau bukan bagian dari kelompok yang Ibu dampingi atau kelola.' },
  groups: {
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
  },
  group: {
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
  },
  definitions: {
    groupRecording: 'Bagian anggota aktif kelompok yang punya minimal satu catatan (tidak dibatalkan) bertanggal Senin minggu ini sampai hari ini (minggu ini), atau tanggal 1 sampai hari ini (bulan ini). Hari ini menurut zona waktu kelompok.',
    lastDay: 'Tanggal catatan (tidak dibatalkan) terbaru dari anggota aktif mana pun, sampai hari ini.',
    arrears: 'Pinjaman kelompok dan pinjaman anggota aktifnya yang punya cicilan lewat batas bayar dan belum lunas: jumlah pinjaman dan jumlah yang belum dibayar dari cicilan itu. Pembayaran terkonfirmasi dialokasikan ke cicilan terlama lebih dulu.',
    silent: 'Kelompok yang tidak satu pun anggota aktifnya punya catatan (tidak dibatalkan) bertanggal sejak tanggal 1 bulan ini sampai hari ini, menurut zona waktu kelompok. Kelompok tanpa anggota aktif juga termasuk.',
    calendar: 'Tiap hari: berapa anggota aktif yang punya catatan (tidak dibatalkan) bertanggal hari itu. Enam minggu, Senin sampai Minggu, minggu terakhir adalah minggu ini.',
    memberMonth: 'Catatan anggota aktif yang tidak dibatalkan, tanggal 1 sampai hari ini. Retur mengurangi jualan. Untung = jualan − belanja.',
    loanColumns: 'Sisa pokok: pokok yang belum kembali (pembayaran terkonfirmasi membayar bunga dulu lalu pokok di tiap cicilan). Tunggakan: yang belum dibayar dari cicilan yang batas bayarnya sebelum hari ini. Hari terlambat: sejak batas bayar cicilan terlambat yang paling lama.',
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
  nav: { home: 'Overview', groups: 'Groups' },
  notFound: { heading: 'Not found', body: 'This page does not exist, or is not part of the groups you facilitate or manage.' },
  groups: {
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
  },
  group: {
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
  },
  definitions: {
    groupRecording: "Share of the group's active members with at least one (not voided) entry dated from Monday of this week to today (this week), or from the 1st to today (this month). Today is taken in the group's time zone.",
    lastDay: 'The latest date of a (not voided) entry by any active member, up to today.',
    arrears: "The group's loans and its active members' loans that have an instalment past its due date and not fully paid: how many loans, and what is unpaid on those instalments. Confirmed payments go to the oldest instalment first.",
    silent: "Groups where no active member has a (not voided) entry dated from the 1st of this month to today, in the group's time zone. Groups with no active member count too.",
    calendar: 'Each day: how many active members have a (not voided) entry dated that day. Six weeks, Monday to Sunday, the last one being this week.',
    memberMonth: "Active members' entries that are not voided, from the 1st to today. Returns lower sales. Profit = sales − expenses.",
    loanColumns: 'Principal outstanding: principal not yet repaid (within an instalment confirmed payments pay interest first, then principal). Overdue: what is unpaid on instalments due before today. Days late: since the due date of the oldest late instalment.',
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
