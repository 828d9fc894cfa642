/** The words of the member import page (/anggota/impor), Indonesian and English side by side. */
import type { FileProblem, MemberColumn } from '../../modules/member-import/member-file.ts';
import type { RowProblem } from '../../modules/member-import/member-import.ts';

export interface MemberImportTexts {
  heading: string;
  /** The link from the members page. */
  link: string;
  intro: string;
  columns: string;
  columnList: readonly string[];
  example: string;
  fileLabel: string;
  upload: string;
  fileProblems: Record<FileProblem, string>;
  missingColumns: (columns: string) => string;
  columnNames: Record<MemberColumn, string>;
  dryRunHeading: (fileName: string) => string;
  dryRunIntro: string;
  summary: { new: string; existing: string; unchanged: string; errors: string };
  problemsHeading: string;
  /** The rows the save button writes, and how many are already members as they are. */
  fineHeading: (toSave: number, unchanged: number) => string;
  /** Rows she left out, listed with their reasons to fix later. */
  droppedHeading: (n: number) => string;
  droppedIntro: string;
  droppedLine: (line: number, name: string) => string;
  /** A row left out that had no problem when she left it out. */
  droppedNoProblem: string;
  line: string;
  name: string;
  phone: string;
  group: string;
  role: string;
  outcome: string;
  outcomes: { new: string; existing: string; roleChange: (from: string, to: string) => string; unchanged: string };
  problems: Record<RowProblem, string>;
  sameAs: (line: number) => string;
  dropBad: (n: number) => string;
  orUploadAgain: string;
  confirm: (n: number) => string;
  nothingToDo: string;
  changed: string;
  done: (added: number, matched: number) => string;
  /** After saving: how the imported members join the group's chat. */
  joinHint: string;
  inviteLink: (group: string) => string;
  another: string;
  /** The group page's link, and the import form's line when it came from a group. */
  groupLink: string;
  forGroup: (group: number) => string;
  gone: string;
  /** The audit page's "what" for a member added (role in words). */
  audited: (role: string) => string;
}

export const memberImportId: MemberImportTexts = {
  heading: 'Impor anggota dari berkas',
  link: 'Impor anggota dari berkas (CSV/XLSX)',
  intro:
    'Unggah daftar anggota dari Excel (XLSX) atau CSV. Belum ada yang disimpan sebelum Ibu memeriksa hasil pemeriksaan dan menekan Simpan; lalu semua baris disimpan sekaligus, atau tidak sama sekali.',
  columns: 'Kolom (baris pertama, urutan bebas, bahasa Indonesia atau Inggris):',
  columnList: [
    'nama (name): nama anggota',
    'telepon / hp (phone): nomor HP, mis. 0812 3456 7890',
    'kelompok (group): nama atau nomor kelompok Ibu',
    'peran (role): ketua, sekretaris, bendahara atau anggota; kosong = anggota',
  ],
  example: 'Contoh: nama;hp;kelompok;peran — Siti Aminah;0812 3456 7890;Melati;bendahara',
  fileLabel: 'Berkas (CSV atau XLSX, paling banyak 5.000 baris)',
  upload: 'Unggah dan periksa',
  fileProblems: {
    unreadable: 'Berkas ini tidak bisa dibaca. Simpan sebagai XLSX atau CSV (UTF-8) lalu unggah lagi.',
    empty: 'Berkas ini tidak berisi baris anggota.',
    columns_missing: 'Ada kolom yang tidak ditemukan di baris pertama.',
    too_many_rows: 'Berkas ini lebih dari 5.000 baris. Bagi menjadi beberapa berkas.',
    too_large: 'Berkas ini lebih dari 5 MB. Simpan hanya kolom nama, HP, kelompok dan peran, atau bagi menjadi beberapa berkas.',
    too_large_unpacked: 'Isi berkas Excel ini terlalu besar (lebih dari 32 MB setelah dibuka). Simpan hanya kolom nama, HP, kelompok dan peran, atau bagi menjadi beberapa berkas.',
  },
  missingColumns: (columns) => `Kolom yang belum ada: ${columns}.`,
  columnNames: { name: 'nama', phone: 'telepon/hp', group: 'kelompok', role: 'peran' },
  dryRunHeading: (fileName) => `Hasil pemeriksaan: ${fileName}`,
  dryRunIntro: 'Belum ada yang disimpan. Periksa setiap baris, lalu simpan.',
  summary: { new: 'Anggota baru', existing: 'Sudah terdaftar, ditambahkan/diubah', unchanged: 'Sudah anggota, tidak berubah', errors: 'Baris bermasalah' },
  problemsHeading: 'Baris bermasalah',
  fineHeading: (n, same) => `Baris yang akan disimpan (${n.toLocaleString('id-ID')})${same ? `; ${same.toLocaleString('id-ID')} lainnya sudah anggota dan tidak berubah` : ''}`,
  droppedHeading: (n) => `Baris yang dibuang (${n.toLocaleString('id-ID')})`,
  droppedIntro: 'Baris ini tidak ikut disimpan. Perbaiki di berkas Ibu, lalu impor lagi nanti.',
  droppedLine: (line, name) => `Baris ${line}${name ? ` · ${name}` : ''}`,
  droppedNoProblem: 'Dibuang dari impor ini.',
  line: 'Baris',
  name: 'Nama',
  phone: 'Telepon',
  group: 'Kelompok',
  role: 'Peran',
  outcome: 'Hasil',
  outcomes: {
    new: 'Orang baru',
    existing: 'Sudah terdaftar (nomor sama): ditambahkan ke kelompok',
    roleChange: (from, to) => `Sudah anggota: peran diubah dari ${from} menjadi ${to}`,
    unchanged: 'Sudah anggota kelompok ini: tidak berubah',
  },
  problems: {
    name_missing: 'Nama kosong.',
    name_invalid: 'Nama tidak bisa dipakai (1–80 huruf yang bisa dicetak).',
    phone_missing: 'Nomor HP kosong.',
    phone_invalid: 'Nomor HP tidak benar (contoh: 0812 3456 7890 atau +62 812 3456 7890).',
    group_missing: 'Kelompok kosong.',
    group_unknown: 'Kelompok tidak dikenal atau bukan kelompok Ibu.',
    group_ambiguous: 'Ada beberapa kelompok dengan nama ini: tulis nomor kelompoknya.',
    role_unknown: 'Peran tidak dikenal: tulis ketua, sekretaris, bendahara atau anggota.',
    duplicate_row: 'Baris ganda di berkas ini.',
    phone_taken: 'Nomor HP ini sudah dipakai orang lain dengan nama berbeda.',
    phone_unavailable: 'Nomor HP ini tidak bisa didaftarkan lewat impor Ibu. Periksa nomornya, atau minta admin program menambahkannya.',
    name_taken: 'Kelompok ini sudah punya anggota dengan nama ini (nomor berbeda).',
  },
  sameAs: (line) => `Sama dengan baris ${line}.`,
  dropBad: (n) => `Buang ${n.toLocaleString('id-ID')} baris bermasalah dan periksa lagi`,
  orUploadAgain: 'Atau perbaiki berkasnya lalu unggah lagi:',
  confirm: (n) => `Simpan ${n.toLocaleString('id-ID')} baris`,
  nothingToDo: 'Tidak ada yang perlu disimpan: semua sudah anggota.',
  changed: 'Data berubah sejak pemeriksaan tadi, jadi tidak ada yang disimpan. Lihat alasannya di bawah.',
  done: (added, matched) => `Tersimpan: ${added.toLocaleString('id-ID')} anggota baru, ${matched.toLocaleString('id-ID')} orang yang sudah terdaftar ditambahkan atau diubah.`,
  joinHint: 'Anggota yang diimpor bergabung ke chat dengan mengetik /gabung KODE. Kodenya ada di halaman undangan kelompok.',
  inviteLink: (g) => `Undangan kelompok ${g}`,
  another: 'Impor berkas lain',
  groupLink: 'Impor anggota ke kelompok ini dari berkas (CSV/XLSX)',
  forGroup: (id) => `Untuk kelompok ini, tulis nama kelompoknya atau nomornya (${id}) di kolom kelompok.`,
  gone: 'Impor ini tidak ada atau sudah kedaluwarsa (1 jam). Unggah berkasnya lagi.',
  audited: (role) => `Ditambahkan sebagai anggota (${role})`,
};

export const memberImportEn: MemberImportTexts = {
  heading: 'Import members from a file',
  link: 'Import members from a file (CSV/XLSX)',
  intro:
    'Upload a list of members from Excel (XLSX) or CSV. Nothing is saved before you have checked the result and pressed Save; then every row is saved at once, or none.',
  columns: 'Columns (first row, any order, Indonesian or English):',
  columnList: [
    'name (nama): the member’s name',
    'phone (telepon / hp): her mobile number, e.g. 0812 3456 7890',
    'group (kelompok): the name or number of one of your groups',
    'role (peran): ketua, sekretaris, bendahara or anggota; empty = anggota',
  ],
  example: 'Example: name,phone,group,role — Siti Aminah,0812 3456 7890,Melati,bendahara',
  fileLabel: 'File (CSV or XLSX, at most 5,000 rows)',
  upload: 'Upload and check',
  fileProblems: {
    unreadable: 'This file cannot be read. Save it as XLSX or CSV (UTF-8) and upload it again.',
    empty: 'This file has no member rows.',
    columns_missing: 'Some columns are not in the first row.',
    too_many_rows: 'This file has more than 5,000 rows. Split it into several files.',
    too_large: 'This file is larger than 5 MB. Keep only the name, phone, group and role columns, or split it into several files.',
    too_large_unpacked: 'This Excel file holds too much (over 32 MB once unpacked). Keep only the name, phone, group and role columns, or split it into several files.',
  },
  missingColumns: (columns) => `Missing columns: ${columns}.`,
  columnNames: { name: 'name', phone: 'phone', group: 'group', role: 'role' },
  dryRunHeading: (fileName) => `Check of ${fileName}`,
  dryRunIntro: 'Nothing is saved yet. Check every row, then save.',
  summary: { new: 'New members', existing: 'Already known, added/changed', unchanged: 'Already members, unchanged', errors: 'Rows with problems' },
  problemsHeading: 'Rows with problems',
  fineHeading: (n, same) => `Rows to save (${n.toLocaleString('en-GB')})${same ? `; ${same.toLocaleString('en-GB')} more are members already and unchanged` : ''}`,
  droppedHeading: (n) => `Rows left out (${n.toLocaleString('en-GB')})`,
  droppedIntro: 'These rows are not saved. Fix them in your file and import them later.',
  droppedLine: (line, name) => `Row ${line}${name ? ` · ${name}` : ''}`,
  droppedNoProblem: 'Left out of this import.',
  line: 'Row',
  name: 'Name',
  phone: 'Phone',
  group: 'Group',
  role: 'Role',
  outcome: 'Outcome',
  outcomes: {
    new: 'New person',
    existing: 'Already known (same phone): added to the group',
    roleChange: (from, to) => `Already a member: role changed from ${from} to ${to}`,
    unchanged: 'Already a member of this group: unchanged',
  },
  problems: {
    name_missing: 'The name is empty.',
    name_invalid: 'The name cannot be used (1–80 printable characters).',
    phone_missing: 'The phone is empty.',
    phone_invalid: 'Not a valid phone number (e.g. 0812 3456 7890 or +62 812 3456 7890).',
    group_missing: 'The group is empty.',
    group_unknown: 'Unknown group, or not one of yours.',
    group_ambiguous: 'Several groups have this name: write the group’s number.',
    role_unknown: 'Unknown role: write ketua, sekretaris, bendahara or anggota.',
    duplicate_row: 'A duplicate row in this file.',
    phone_taken: 'This phone already belongs to someone else with another name.',
    phone_unavailable: 'This phone cannot be added by your import. Check the number, or ask a programme admin to add her.',
    name_taken: 'This group already has a member with this name (another phone).',
  },
  sameAs: (line) => `Same as row ${line}.`,
  dropBad: (n) => `Leave out the ${n.toLocaleString('en-GB')} rows with problems and check again`,
  orUploadAgain: 'Or fix the file and upload it again:',
  confirm: (n) => `Save ${n.toLocaleString('en-GB')} rows`,
  nothingToDo: 'Nothing to save: everyone is a member already.',
  changed: 'The data changed since the check, so nothing was saved. See the reasons below.',
  done: (added, matched) => `Saved: ${added.toLocaleString('en-GB')} new members, ${matched.toLocaleString('en-GB')} people already known added or changed.`,
  joinHint: 'Imported members join the chat by typing /gabung CODE. The code is on the group’s invitation page.',
  inviteLink: (g) => `Invitation for ${g}`,
  another: 'Import another file',
  groupLink: 'Import members into this group from a file (CSV/XLSX)',
  forGroup: (id) => `For this group, write its name or its number (${id}) in the group column.`,
  gone: 'This import does not exist or has expired (1 hour). Upload the file again.',
  audited: (role) => `Added as a member (${role})`,
};
