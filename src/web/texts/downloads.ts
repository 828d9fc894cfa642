/** The words of the downloads pages (/kelompok/:id/unduh, /unduhan), Indonesian and English side by side. */
import type { DownloadFailure, DownloadKind, DownloadStatus } from '../../modules/downloads/downloads.ts';

export interface DownloadsTexts {
  /** The header's menu entry. */
  nav: string;
  /** The link on a group's page. */
  link: string;
  formHeading: (group: string) => string;
  formIntro: string;
  booksHeading: string;
  booksIntro: string;
  reportHeading: string;
  reportIntro: string;
  format: string;
  from: string;
  to: string;
  quarter: string;
  /** "Triwulan 3 2026" (and "berjalan" for the quarter not yet over). */
  quarterName: (quarter: string, running: boolean) => string;
  ask: string;
  kinds: Record<DownloadKind, string>;
  invalid: { kind: string; range: string; quarter: string };
  busy: (max: number) => string;
  stale: string;
  listHeading: string;
  listIntro: string;
  asked: string;
  none: string;
  status: Record<DownloadStatus, string>;
  failures: Record<DownloadFailure, string>;
  /** "1.200 dari 5.000 baris" / "langkah 1 dari 2". */
  progressRows: (done: string, total: string) => string;
  progressSteps: (done: number, total: number) => string;
  refreshing: string;
  refresh: string;
  download: (size: string) => string;
  kept: (until: string) => string;
  created: string;
  again: string;
  backToGroup: string;
  file: string;
  period: string;
  what: string;
  when: string;
  state: string;
  /** The audit log's sentence for a download asked for. */
  audited: (what: string, period: string) => string;
}

export const downloadsId: DownloadsTexts = {
  nav: 'Unduhan',
  link: 'Unduh buku kas & laporan triwulan (Excel, CSV, PDF)',
  formHeading: (group) => `Unduh berkas · ${group}`,
  formIntro: 'Berkasnya sama dengan yang dikirim lewat chat (/ekspor, /laporan_kuartal). Dibuat di latar belakang; Ibu bisa menunggu di halaman Unduhan.',
  booksHeading: 'Buku kas kelompok',
  booksIntro: 'Semua catatan anggota, ringkasan per anggota, dan pinjaman. Paling lama 2 tahun.',
  reportHeading: 'Laporan triwulan',
  reportIntro: 'Aset, omzet dan karyawan tiap anggota, untuk mitra program. Satu halaman.',
  format: 'Bentuk berkas',
  from: 'Dari tanggal',
  to: 'Sampai tanggal',
  quarter: 'Triwulan',
  quarterName: (quarter, running) => `Triwulan ${quarter.slice(5)} ${quarter.slice(0, 4)}${running ? ' (berjalan)' : ''}`,
  ask: 'Buat berkas',
  kinds: { export_xlsx: 'Buku kas (Excel)', export_csv: 'Buku kas (CSV)', quarterly_pdf: 'Laporan triwulan (PDF)', quarterly_xlsx: 'Laporan triwulan (Excel)' },
  invalid: {
    kind: 'Pilih bentuk berkas dulu.',
    range: 'Tanggalnya belum pas: tanggal awal tidak boleh sesudah tanggal akhir, dan paling lama 2 tahun.',
    quarter: 'Pilih triwulan dari daftar.',
  },
  busy: (max) => `Masih ada ${max} berkas yang sedang dibuat untuk Ibu. Tunggu salah satunya selesai, lalu coba lagi.`,
  stale: 'Formulir ini sudah lama. Silakan tekan "Buat berkas" sekali lagi.',
  listHeading: 'Unduhan',
  listIntro: 'Berkas yang Ibu minta. Disimpan 7 hari, lalu dihapus.',
  asked: 'Berkas sedang dibuat. Halaman ini menyegarkan sendiri sampai selesai.',
  none: 'Belum ada berkas. Buka halaman kelompok, lalu pilih "Unduh".',
  status: { waiting: 'Menunggu giliran', working: 'Sedang dibuat', ready: 'Siap diunduh', failed: 'Gagal' },
  failures: {
    group_not_found: 'Kelompoknya sudah tidak ada.',
    range_invalid: 'Rentang tanggalnya tidak bisa dipakai.',
    too_large: 'Berkasnya terlalu besar. Coba rentang tanggal yang lebih pendek.',
    lost: 'Pembuatan berkas terhenti beberapa kali. Silakan minta lagi; kalau gagal lagi, hubungi admin.',
  },
  progressRows: (done, total) => `${done} dari ${total} catatan`,
  progressSteps: (done, total) => `langkah ${done} dari ${total}`,
  refreshing: 'Halaman ini menyegarkan sendiri tiap 3 detik.',
  refresh: 'Segarkan',
  download: (size) => `Unduh (${size})`,
  kept: (until) => `disimpan sampai ${until}`,
  created: 'Diminta',
  again: 'Berkas ini sudah diminta tadi; tidak dibuat dua kali.',
  backToGroup: 'Kembali ke halaman kelompok',
  file: 'Berkas',
  period: 'Periode',
  what: 'Jenis',
  when: 'Diminta',
  state: 'Status',
  audited: (what, period) => `Meminta unduhan: ${what}, ${period}`,
};

export const downloadsEn: DownloadsTexts = {
  nav: 'Downloads',
  link: 'Download the books & quarterly report (Excel, CSV, PDF)',
  formHeading: (group) => `Download files · ${group}`,
  formIntro: 'The same files the chat sends (/ekspor, /laporan_kuartal). Made in the background; you can wait on the Downloads page.',
  booksHeading: "The group's books",
  booksIntro: 'Every entry of the members, totals per member, and loans. Up to 2 years.',
  reportHeading: 'Quarterly report',
  reportIntro: "Each member's assets, turnover and employees, for the programme's partner. One page.",
  format: 'File type',
  from: 'From',
  to: 'To',
  quarter: 'Quarter',
  quarterName: (quarter, running) => `Q${quarter.slice(5)} ${quarter.slice(0, 4)}${running ? ' (running)' : ''}`,
  ask: 'Make the file',
  kinds: { export_xlsx: 'Books (Excel)', export_csv: 'Books (CSV)', quarterly_pdf: 'Quarterly report (PDF)', quarterly_xlsx: 'Quarterly report (Excel)' },
  invalid: {
    kind: 'Choose a file type first.',
    range: 'Those dates do not work: the start may not be after the end, and at most 2 years.',
    quarter: 'Choose a quarter from the list.',
  },
  busy: (max) => `${max} files are still being made for you. Wait for one to finish, then try again.`,
  stale: 'This form is old. Please press "Make the file" once more.',
  listHeading: 'Downloads',
  listIntro: 'Files you asked for. Kept for 7 days, then removed.',
  asked: 'The file is being made. This page refreshes itself until it is ready.',
  none: 'No files yet. Open a group\'s page and choose "Download".',
  status: { waiting: 'Waiting its turn', working: 'Being made', ready: 'Ready', failed: 'Failed' },
  failures: {
    group_not_found: 'The group no longer exists.',
    range_invalid: 'That date range cannot be used.',
    too_large: 'The file is too large. Try a shorter date range.',
    lost: 'Making the file stopped several times. Please ask again; if it fails again, tell the admin.',
  },
  progressRows: (done, total) => `${done} of ${total} entries`,
  progressSteps: (done, total) => `step ${done} of ${total}`,
  refreshing: 'This page refreshes itself every 3 seconds.',
  refresh: 'Refresh',
  download: (size) => `Download (${size})`,
  kept: (until) => `kept until ${until}`,
  created: 'Asked',
  again: 'This file was already asked for; it is not made twice.',
  backToGroup: "Back to the group's page",
  file: 'File',
  period: 'Period',
  what: 'Kind',
  when: 'Asked',
  state: 'Status',
  audited: (what, period) => `Asked for a download: ${what}, ${period}`,
};
