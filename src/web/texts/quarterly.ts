/**
 * A group's quarterly figures (/kelompok/:id/triwulan) and the form that fills in a member's
 * figures on her behalf (/kelompok/:id/triwulan/:personId). Quarters are named as members
 * hear them: "triwulan 4 2026 (Okt–Des)".
 */
export interface QuarterlyTexts {
  /** The group page's link. */
  link: string;
  heading: (group: string, quarter: string) => string;
  /** "triwulan 4 2026 (Okt–Des)". */
  quarterName: (year: number, q: number) => string;
  previous: string;
  next: string;
  back: string;
  /** The form's way back to the quarter's page. */
  backToQuarter: (quarter: string) => string;
  answered: (n: number, of: number) => string;
  notAnsweredHeading: string;
  /** Beside a member in the list still to complete: nothing yet, or some figures. */
  waitingState: { none: string; partly: string };
  allAnswered: string;
  tableLabel: string;
  columns: { member: string; assets: string; turnover: string; employees: string; action: string };
  /** A figure nobody gave. */
  missing: string;
  /** Beside a figure staff filled in: "diisi Fitri". */
  filledBy: (who: string) => string;
  /** Beside a figure she sent herself. */
  fromMember: string;
  /** Beside the name of a member who left the group within the quarter: "keluar 12 Nov 2026" (the report's words). */
  left: (date: string) => string;
  fill: string;
  correct: string;
  people: (n: number) => string;
  definition: string;
  form: {
    heading: (member: string) => string;
    intro: (quarter: string) => string;
    assets: string;
    turnover: string;
    employees: string;
    rupiahHint: string;
    employeesHint: string;
    /** A figure she sent herself, shown instead of its field. */
    hers: (value: string) => string;
    hersNote: string;
    current: (value: string, who: string) => string;
    save: string;
    leaveEmpty: string;
  };
  invalid: { assets: string; turnover: string; employees: string; empty: string; member_gave: string; report_invalid: string };
  notices: { saved: (member: string) => string; stale: string };
  /** The audit page's line for figures filled in on her behalf. */
  audited: (quarter: string, figures: string) => string;
  figureNames: { assets: string; turnover: string; employees: string };
}

const MONTHS_ID = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Okt–Des'];
const MONTHS_EN = ['Jan–Mar', 'Apr–Jun', 'Jul–Sep', 'Oct–Dec'];

export const quarterlyId: QuarterlyTexts = {
  link: 'Angka triwulan anggota (aset, omset, karyawan)',
  heading: (g, q) => `Angka ${q} · ${g}`,
  quarterName: (y, q) => `triwulan ${q} ${y} (${MONTHS_ID[q - 1]})`,
  previous: '‹ Triwulan sebelumnya',
  next: 'Triwulan berikutnya ›',
  back: 'Kembali ke kelompok',
  backToQuarter: (q) => `Kembali ke angka ${q}`,
  answered: (n, of) => `Sudah ada angka: ${n} dari ${of} anggota`,
  notAnsweredHeading: 'Belum lengkap',
  waitingState: { none: 'belum menjawab', partly: 'sebagian' },
  allAnswered: 'Semua anggota sudah punya angka untuk triwulan ini.',
  tableLabel: 'Angka triwulan tiap anggota',
  columns: { member: 'Anggota', assets: 'Aset', turnover: 'Omset', employees: 'Karyawan', action: 'Isi' },
  missing: '–',
  filledBy: (who) => `diisi ${who}`,
  fromMember: 'dari anggota',
  left: (date) => `keluar ${date}`,
  fill: 'Isi angka',
  correct: 'Isi / perbaiki',
  people: (n) => `${n} orang`,
  definition:
    'Angka yang dikirim anggota sendiri lewat chat ditandai "dari anggota". Angka yang diisi pendamping atau manajer atas nama anggota ditandai "diisi" dengan nama pengisinya; laporan triwulan (Excel dan PDF) memakai keduanya. Angka dari anggota hanya bisa diperbaiki oleh anggota sendiri lewat chat. Anggota yang keluar dari kelompok dalam triwulan ini tetap tercantum, ditandai "keluar" dengan tanggalnya, juga di laporan.',
  form: {
    heading: (m) => `Isi angka untuk ${m}`,
    intro: (q) => `Angka ${q}. Isi yang belum dikirim anggota; kosongkan yang tidak diubah.`,
    assets: 'Aset (Rp)',
    turnover: 'Omset triwulan ini (Rp)',
    employees: 'Karyawan (orang)',
    rupiahHint: 'Aset dan omset dalam rupiah, misalnya 5.000.000 atau 5jt (boleh 0).',
    employeesHint: 'Jumlah orang, 0 sampai 1000.',
    hers: (v) => `${v} — dikirim sendiri oleh anggota`,
    hersNote: 'Angka yang dikirim anggota sendiri tidak diubah di sini. Kalau keliru, minta anggota mengirim ulang lewat chat.',
    current: (v, who) => `Sekarang ${v} (diisi ${who})`,
    save: 'Simpan',
    leaveEmpty: 'Kolom yang dikosongkan tidak diubah.',
  },
  invalid: {
    assets: 'Aset ini belum terbaca sebagai rupiah (tanpa minus atau pecahan).',
    turnover: 'Omset ini belum terbaca sebagai rupiah (tanpa minus atau pecahan).',
    employees: 'Karyawan ini belum terbaca sebagai jumlah orang.',
    empty: 'Belum ada angka yang diisi. Isi paling sedikit satu kolom.',
    member_gave: 'Angka ini sudah dikirim anggota sendiri, jadi tidak diubah. Kalau keliru, minta anggota mengirim ulang lewat chat.',
    report_invalid: 'Angka harus bilangan bulat 0 atau lebih.',
  },
  notices: {
    saved: (m) => `Angka ${m} tersimpan.`,
    stale: 'Formulir ini sudah lama. Angka belum disimpan: periksa lalu simpan lagi.',
  },
  audited: (q, f) => `Mengisi angka ${q} atas nama anggota: ${f}`,
  figureNames: { assets: 'aset', turnover: 'omset', employees: 'karyawan' },
};

export const quarterlyEn: QuarterlyTexts = {
  link: "Members' quarterly figures (assets, turnover, employees)",
  heading: (g, q) => `Figures for ${q} · ${g}`,
  quarterName: (y, q) => `quarter ${q} ${y} (${MONTHS_EN[q - 1]})`,
  previous: '‹ Previous quarter',
  next: 'Next quarter ›',
  back: 'Back to the group',
  backToQuarter: (q) => `Back to the figures for ${q}`,
  answered: (n, of) => `Figures given: ${n} of ${of} members`,
  notAnsweredHeading: 'Not complete yet',
  waitingState: { none: 'not answered', partly: 'partly' },
  allAnswered: 'Every member has figures for this quarter.',
  tableLabel: "Each member's quarterly figures",
  columns: { member: 'Member', assets: 'Assets', turnover: 'Turnover', employees: 'Employees', action: 'Fill in' },
  missing: '–',
  filledBy: (who) => `filled in by ${who}`,
  fromMember: 'from the member',
  left: (date) => `left ${date}`,
  fill: 'Fill in',
  correct: 'Fill in / correct',
  people: (n) => `${n} ${n === 1 ? 'person' : 'people'}`,
  definition:
    'Figures the member sent herself in chat are marked "from the member". Figures a facilitator or manager filled in on her behalf are marked "filled in by" with that person\'s name; the quarterly report (Excel and PDF) uses both. Only the member can correct her own figures, in chat. A member who left the group during this quarter is still listed, marked "left" with the date, in the report too.',
  form: {
    heading: (m) => `Fill in figures for ${m}`,
    intro: (q) => `Figures for ${q}. Fill in what the member has not sent; leave empty what does not change.`,
    assets: 'Assets (Rp)',
    turnover: "This quarter's turnover (Rp)",
    employees: 'Employees (people)',
    rupiahHint: 'Assets and turnover in rupiah, for example 5.000.000 or 5jt (0 is fine).',
    employeesHint: 'Number of people, 0 to 1000.',
    hers: (v) => `${v} — sent by the member herself`,
    hersNote: 'Figures the member sent herself are not changed here. If one is wrong, ask her to send it again in chat.',
    current: (v, who) => `Now ${v} (filled in by ${who})`,
    save: 'Save',
    leaveEmpty: 'Fields left empty are not changed.',
  },
  invalid: {
    assets: 'These assets do not read as rupiah (no minus or fractions).',
    turnover: 'This turnover does not read as rupiah (no minus or fractions).',
    employees: 'These employees do not read as a number of people.',
    empty: 'No figure filled in yet. Fill in at least one field.',
    member_gave: 'The member sent this figure herself, so it was not changed. If it is wrong, ask her to send it again in chat.',
    report_invalid: 'Figures must be whole numbers, 0 or more.',
  },
  notices: {
    saved: (m) => `${m}'s figures are saved.`,
    stale: 'This form is out of date. Nothing was saved: check and save again.',
  },
  audited: (q, f) => `Filled in figures for ${q} on the member's behalf: ${f}`,
  figureNames: { assets: 'assets', turnover: 'turnover', employees: 'employees' },
};
