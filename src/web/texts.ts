/**
 * Every word of the web console's pages, Indonesian first, English by the language switch.
 * (What reaches her chat — the login code — is in src/conversation/replies like every
 * other chat sentence.)
 */
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
    /** The link on every card to the page behind its number. */
    details: string;
  };
  /** Paging of long lists. */
  pager: { label: string; previous: string; next: string; page: (n: number, of: number) => string };
  loans: {
    heading: string;
    all: string;
    atRisk: string;
    filterLabel: string;
    listed: (n: number) => string;
    empty: string;
    tableLabel: string;
    borrower: string;
    group: string;
    principal: string;
    outstanding: string;
    lateInstalments: string;
    daysLate: string;
    risk: string;
    atRiskYes: string;
    atRiskNo: string;
    groupLoan: string;
    columnsHeading: string;
    columns: { borrower: string; group: string; outstanding: string; lateInstalments: string; daysLate: string; risk: string; listed: string };
  };
  leadsPage: {
    heading: string;
    interested: string;
    quantity: string;
    empty: string;
    trades: string;
    madeOn: string;
    deadline: string;
    wanted: string;
    chatsReached: string;
    answers: (n: number) => string;
    noAnswers: string;
    noQuantity: string;
    awarded: (quantity: string) => string;
    state: { open: string; closed: string; chosen: string };
    definitionsHeading: string;
    definitions: { chatsReached: string; interested: string; state: string };
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
    details: 'Lihat rincian',
  },
  pager: { label: 'Halaman', previous: '‹ Sebelumnya', next: 'Berikutnya ›', page: (n, of) => `Halaman ${n} dari ${of}` },
  loans: {
    heading: 'Pinjaman',
    all: 'Semua pinjaman berjalan',
    atRisk: 'Hanya yang berisiko (PAR30)',
    filterLabel: 'Saring pinjaman',
    listed: (n) => `${n} pinjaman`,
    empty: 'Tidak ada pinjaman di sini.',
    tableLabel: 'Daftar pinjaman',
    borrower: 'Peminjam',
    group: 'Kelompok',
    principal: 'Pokok',
    outstanding: 'Sisa pokok',
    lateInstalments: 'Cicilan terlambat',
    daysLate: 'Hari terlambat',
    risk: 'Berisiko',
    atRiskYes: 'Ya',
    atRiskNo: 'Tidak',
    groupLoan: 'Pinjaman kelompok',
    columnsHeading: 'Arti kolom',
    columns: {
      borrower: 'Anggota yang meminjam; untuk pinjaman kelompok, kelompoknya sendiri.',
      group: 'Kelompok tempat pinjaman diberikan. Pinjaman tetap milik kelompok itu walaupun peminjamnya sudah keluar.',
      outstanding: 'Pokok yang belum kembali per hari ini (pembayaran terkonfirmasi ke cicilan terlama dulu, dalam tiap cicilan bunga dulu lalu pokok).',
      lateInstalments: 'Cicilan yang belum lunas dan batas bayarnya sudah lewat (hari batas bayar sendiri belum terlambat).',
      daysLate: 'Hari sejak batas bayar cicilan belum lunas yang paling lama; 0 bila tidak ada yang terlambat.',
      risk: 'Ya bila ada cicilan terlambat lebih dari 30 hari: seluruh sisa pokok pinjaman itu masuk PAR30.',
      listed: 'Daftar memuat pinjaman yang masih punya sisa pokok, yang paling lama terlambat di atas, 50 per halaman.',
    },
  },
  leadsPage: {
    heading: 'Peluang pasar bulan ini',
    interested: 'Anggota berminat',
    quantity: 'Jumlah ditawarkan',
    empty: 'Belum ada peluang bulan ini.',
    trades: 'Usaha',
    madeOn: 'Dikirim',
    deadline: 'Batas',
    wanted: 'Dibutuhkan',
    chatsReached: 'Chat terjangkau',
    answers: (n) => `Jawaban (${n})`,
    noAnswers: 'Belum ada yang menjawab.',
    noQuantity: 'tanpa jumlah',
    awarded: (q) => `dipilih: ${q}`,
    state: { open: 'Terbuka', closed: 'Ditutup', chosen: 'Sudah dipilih' },
    definitionsHeading: 'Arti angka',
    definitions: {
      chatsReached: 'Chat kelompok dan chat pribadi yang sudah menerima pesan peluang ini.',
      interested: 'Anggota yang menjawab berminat (penolakan tidak dihitung); jumlah ditawarkan = jumlah yang mereka sebut.',
      state: 'Terbuka: masih menerima jawaban. Ditutup: ditutup tanpa memilih. Sudah dipilih: pendamping sudah memilih anggota untuk pesanan ini.',
    },
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
    details: 'See details',
  },
  pager: { label: 'Pages', previous: '‹ Previous', next: 'Next ›', page: (n, of) => `Page ${n} of ${of}` },
  loans: {
    heading: 'Loans',
    all: 'All running loans',
    atRisk: 'Only those at risk (PAR30)',
    filterLabel: 'Filter loans',
    listed: (n) => `${n} ${n === 1 ? 'loan' : 'loans'}`,
    empty: 'No loans here.',
    tableLabel: 'List of loans',
    borrower: 'Borrower',
    group: 'Group',
    principal: 'Principal',
    outstanding: 'Outstanding principal',
    lateInstalments: 'Instalments late',
    daysLate: 'Days late',
    risk: 'At risk',
    atRiskYes: 'Yes',
    atRiskNo: 'No',
    groupLoan: 'Group loan',
    columnsHeading: 'What the columns mean',
    columns: {
      borrower: "The member who borrowed; for a group's loan, the group itself.",
      group: 'The group the loan was given in. The loan stays with that group even after the borrower has left it.',
      outstanding: 'Principal not yet repaid as of today (confirmed payments go to the oldest instalment first, within an instalment to interest first, then principal).',
      lateInstalments: 'Instalments not fully paid whose due date has passed (the due day itself is not late yet).',
      daysLate: 'Days since the due date of the oldest instalment not fully paid; 0 when none is late.',
      risk: "Yes when an instalment is more than 30 days late: the loan's whole outstanding principal counts in PAR30.",
      listed: 'The list holds the loans with principal still outstanding, the longest late first, 50 a page.',
    },
  },
  leadsPage: {
    heading: 'Market leads this month',
    interested: 'Members interested',
    quantity: 'Quantity offered',
    empty: 'No leads this month yet.',
    trades: 'Trades',
    madeOn: 'Sent',
    deadline: 'Deadline',
    wanted: 'Wanted',
    chatsReached: 'Chats reached',
    answers: (n) => `Answers (${n})`,
    noAnswers: 'Nobody has answered yet.',
    noQuantity: 'no quantity',
    awarded: (q) => `chosen: ${q}`,
    state: { open: 'Open', closed: 'Closed', chosen: 'Chosen' },
    definitionsHeading: 'What the numbers mean',
    definitions: {
      chatsReached: 'Group chats and private chats the lead has been delivered to.',
      interested: 'Members who answered with interest (declines do not count); quantity offered = the quantities they named.',
      state: 'Open: still taking answers. Closed: closed without choosing. Chosen: the facilitator has chosen members for the order.',
    },
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
