/**
 * Every word of the web console's pages, Indonesian first, English by the language switch.
 * (What reaches her chat — the login code — is in src/conversation/replies like every
 * other chat sentence.)
 */
import type { AuditKind } from '../modules/audit/audit.ts';
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
  trend: {
    heading: string;
    sales: string;
    expenses: string;
    profit: string;
    month: string;
    /** The running month, marked on the chart and in the table. */
    partial: (month: string) => string;
    /** The chart's text alternative (its title); the table has every number. */
    summary: (from: string, to: string) => string;
    table: string;
  };
  member: MemberTexts;
  notFound: { heading: string; text: string; home: string };
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
  nav: { home: string; groups: string; members: string; loans: string; leads: string; audit: string };
  /** Finding a member by name (/anggota?cari=…). */
  search: {
    heading: string;
    label: string;
    button: string;
    hint: string;
    results: (query: string) => string;
    none: (query: string) => string;
    col: { name: string; groups: string; lastDay: string };
    left: string;
    page: (n: number) => string;
    definition: string;
  };
  /** The home page's first line: the four figures a manager asks first, each a link to its card. */
  summary: { label: string; recording: string; sales: string; par30: string; leads: string };
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
    trend: string;
  };
}


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
      chatsReached: 'Chat kelompok dan chat pribadi (di kelompok yang Ibu lihat) yang sudah menerima pesan peluang ini.',
      interested: 'Anggota yang menjawab berminat (penolakan tidak dihitung); jumlah ditawarkan = jumlah yang mereka sebut.',
      state: 'Terbuka: masih menerima jawaban. Ditutup: ditutup tanpa memilih. Sudah dipilih: pendamping sudah memilih anggota untuk pesanan ini.',
    },
  },
  trend: {
    heading: 'Jualan, belanja dan untung, 12 bulan',
    sales: 'Jualan',
    expenses: 'Belanja',
    profit: 'Untung',
    month: 'Bulan',
    partial: (month) => `${month}: bulan berjalan, sampai hari ini`,
    summary: (from, to) => `Grafik jualan, belanja dan untung per bulan, ${from} sampai ${to}. Angkanya ada di tabel di bawah.`,
    table: 'Tabel angka',
  },
  member: {
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
  },
  notFound: { heading: 'Tidak ditemukan', text: 'Halaman ini tidak ada, atau bukan bagian dari kelompok yang Ibu lihat.', home: 'Kembali ke ringkasan' },
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
  nav: { home: 'Ringkasan', groups: 'Kelompok', members: 'Cari anggota', loans: 'Pinjaman', leads: 'Peluang', audit: 'Jejak kegiatan' },
  search: {
    heading: 'Cari anggota',
    label: 'Nama anggota',
    button: 'Cari',
    hint: 'Ketik sebagian namanya, misalnya "Siti".',
    results: (q) => `Anggota dengan nama "${q}"`,
    none: (q) => `Tidak ada anggota dengan nama "${q}" di kelompok yang bisa Ibu lihat.`,
    col: { name: 'Nama', groups: 'Kelompok', lastDay: 'Terakhir mencatat' },
    left: 'sudah keluar',
    page: (n) => `Halaman ${n}`,
    definition:
      'Yang dicari: anggota kelompok yang bisa Ibu lihat, termasuk yang sudah keluar (yang belum diterima tidak). Terakhir mencatat: hari terakhir dia mencatat selama di kelompok itu (catatan yang dibatalkan tidak dihitung).',
  },
  summary: { label: 'Angka utama', recording: 'Mencatat minggu ini', sales: 'Jualan bulan ini', par30: 'PAR30', leads: 'Peluang bulan ini' },
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
  },
  definitions: {
    groupRecording: 'Bagian anggota aktif kelompok yang punya minimal satu catatan (tidak dibatalkan) bertanggal Senin minggu ini sampai hari ini (minggu ini), atau tanggal 1 sampai hari ini (bulan ini). Hari ini menurut zona waktu kelompok.',
    lastDay: 'Tanggal catatan (tidak dibatalkan) terbaru dari anggota aktif mana pun, sampai hari ini.',
    arrears: 'Pinjaman yang diberikan di kelompok ini (pinjaman kelompok dan pinjaman anggotanya, juga yang sudah keluar) yang punya cicilan lewat batas bayar dan belum lunas: jumlah pinjaman dan jumlah yang belum dibayar dari cicilan itu. Pembayaran terkonfirmasi dialokasikan ke cicilan terlama lebih dulu.',
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
    leads: 'Peluang yang dibuat bulan ini dan dikirim ke kelompok yang Ibu lihat (atau yang Ibu buat sendiri), dan jawaban minat anggota kelompok itu (penolakan tidak dihitung).',
    trend: 'Per bulan kalender: jumlah catatan yang tidak dibatalkan milik anggota yang sekarang aktif (seperti kartu di atas). Untung = jualan − belanja; di bawah garis nol berarti rugi. Bulan ini belum selesai.',
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
      chatsReached: 'Group chats and private chats (in the groups you see) the lead has been delivered to.',
      interested: 'Members who answered with interest (declines do not count); quantity offered = the quantities they named.',
      state: 'Open: still taking answers. Closed: closed without choosing. Chosen: the facilitator has chosen members for the order.',
    },
  },
  trend: {
    heading: 'Sales, expenses and profit, 12 months',
    sales: 'Sales',
    expenses: 'Expenses',
    profit: 'Profit',
    month: 'Month',
    partial: (month) => `${month}: the running month, up to today`,
    summary: (from, to) => `Chart of sales, expenses and profit per month, ${from} to ${to}. The numbers are in the table below.`,
    table: 'Table of numbers',
  },
  member: {
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
  },
  notFound: { heading: 'Not found', text: 'This page does not exist, or is not part of the groups you see.', home: 'Back to the overview' },
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
  nav: { home: 'Overview', groups: 'Groups', members: 'Find a member', loans: 'Loans', leads: 'Leads', audit: 'Audit log' },
  search: {
    heading: 'Find a member',
    label: "Member's name",
    button: 'Search',
    hint: 'Type part of her name, for example "Siti".',
    results: (q) => `Members named "${q}"`,
    none: (q) => `No member named "${q}" in the groups you can see.`,
    col: { name: 'Name', groups: 'Group', lastDay: 'Last recorded' },
    left: 'left',
    page: (n) => `Page ${n}`,
    definition:
      'Searched: the members of the groups you can see, including those who left (not those not yet accepted). Last recorded: the last day she recorded while in those groups (voided entries are not counted).',
  },
  summary: { label: 'Key figures', recording: 'Recording this week', sales: 'Sales this month', par30: 'PAR30', leads: 'Leads this month' },
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
  },
  definitions: {
    groupRecording: "Share of the group's active members with at least one (not voided) entry dated from Monday of this week to today (this week), or from the 1st to today (this month). Today is taken in the group's time zone.",
    lastDay: 'The latest date of a (not voided) entry by any active member, up to today.',
    arrears: "Loans given in this group (the group's own and its members', including members who left) that have an instalment past its due date and not fully paid: how many loans, and what is unpaid on those instalments. Confirmed payments go to the oldest instalment first.",
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
    leads: "Leads created this month and sent to the groups you see (or made by you), and the interest their members answered with (declines do not count).",
    trend: "Per calendar month: the sum of the not-voided entries of the members who are active now (as in the cards above). Profit = sales − expenses; below the zero line is a loss. This month is not over yet.",
  },
};

export const CONSOLE_TEXTS: Readonly<Record<ConsoleLanguage, ConsoleTexts>> = { id, en };

export function textsFor(lang: string | undefined): ConsoleTexts {
  return lang === 'en' ? en : id;
}
