/** The admin command line's sentences in Indonesian: the default. */
import { repliesFor } from '../../../conversation/replies/index.ts';
import { quoted } from '../quote.ts';
import type { CliMessages, NumberHint } from './catalogue.ts';

const HINT: Record<Exclude<NumberHint, null>, string> = { thousands: ' (tanpa pemisah ribuan)', comma: ' (pakai titik untuk desimal)' };
const hintOf = (hint: NumberHint): string => (hint ? HINT[hint] : '');

/** Commander's usage errors, as patterns of its English line, in Indonesian. */
const USAGE: readonly [RegExp, (...parts: string[]) => string][] = [
  [/^error: required option '(.+)' not specified$/, (o) => `error: opsi wajib '${o}' belum diisi`],
  [/^error: option '(.+)' argument missing$/, (o) => `error: opsi '${o}' perlu nilai`],
  [/^error: unknown option '(.+?)'(.*)$/, (o) => `error: opsi '${o}' tidak dikenal`],
  [/^error: unknown command '(.+?)'(.*)$/, (c) => `error: perintah '${c}' tidak dikenal`],
  [/^error: missing required argument '(.+)'$/, (a) => `error: argumen '${a}' belum diisi`],
  [/^error: too many arguments(.*)$/, () => 'error: terlalu banyak argumen'],
];

export const id: CliMessages = {
  retryWhich: () => 'sebutkan id satu pesan yang disisihkan, atau --all',
  notSetAside: (id) => `tidak ada pesan disisihkan dengan id ${id}`,
  failedAgain: (id, error) => `pesan ${id} gagal lagi dan tetap disisihkan: ${error}`,
  idInvalid: (flag, raw) => `${flag} harus bilangan bulat positif, misalnya 12; tertulis ${quoted(raw)}`,
  wholeNumberInvalid: (flag, raw, example, hint) => `${flag} harus bilangan bulat, angka saja, misalnya ${example}${hintOf(hint)}; tertulis ${quoted(raw)}`,
  decimalNumberInvalid: (flag, raw, example, hint) => `${flag} harus angka seperti ${example}${hintOf(hint)}; tertulis ${quoted(raw)}`,
  telegramIdInvalid: (flag, raw) => `${flag} harus id pengguna Telegram: angka positif, paling banyak 15 digit; tertulis ${quoted(raw)}`,
  dateInvalid: (flag, raw) => `${flag} harus tanggal yang ada, ditulis YYYY-MM-DD; tertulis ${quoted(raw)}`,
  exportDateInvalid: (flag, raw) => `${flag} harus tanggal yang ada, ditulis YYYY-MM-DD (atau dd/mm/yyyy); tertulis ${quoted(raw)}`,
  instantInvalid: (flag, raw) => `${flag} harus waktu ISO 8601 dengan zona, misalnya 2027-01-30T00:00:00+07:00; tertulis ${quoted(raw)}`,
  windowInvalid: (maxDays) => `--to harus sesudah --from, paling lama ${maxDays} hari kemudian`,
  kindInvalid: (kinds, raw) => `--kind harus salah satu dari ${kinds.join(', ')}; tertulis ${quoted(raw)}`,
  quietHoursInvalid: (raw) => `jam tenang harus HH:MM-HH:MM (misalnya 21:00-07:00) atau off; tertulis ${quoted(raw)}`,
  quarterInvalid: (raw) => `--quarter harus seperti 2026Q4; tertulis ${quoted(raw)}`,
  formatInvalid: (formats, raw) => `--format harus ${formats.join(' atau ')}; tertulis ${quoted(raw)}`,
  languageInvalid: (flag, raw) => `${flag} harus id atau en; tertulis ${quoted(raw)}`,
  outInvalid: '--out harus berisi nama berkas',
  exportRangeInvalid: (from, to) => `--from ${from} sesudah --to ${to}`,
  borrowerInvalid: 'isi salah satu saja: --group <id> (pinjaman kelompok) atau --member <id> (pinjaman satu anggota)',
  inGroupWithGroup: '--in-group hanya untuk --member: pinjaman kelompok (--group) diberikan di kelompok itu sendiri',
  loanGroupAmbiguous: (groups) => `dia anggota aktif beberapa kelompok (${groups.join(', ')}): sebutkan kelompok tempat pinjaman diberikan dengan --in-group <id atau nama>`,
  loanGroupNotHers: (raw, groups) =>
    `--in-group ${quoted(raw)} bukan kelompok tempat dia anggota aktif; ${groups.length ? `kelompoknya: ${groups.join(', ')}` : 'dia belum ikut kelompok mana pun'}`,
  loanGroupNameAmbiguous: (raw, groups) => `--in-group ${quoted(raw)} cocok dengan beberapa kelompoknya (${groups.join(', ')}): tulis id-nya`,
  facilitatorNotFound: (id) => `tidak ada pendamping dengan id ${id}`,
  personWhich: () => 'sebut orangnya dengan --person <id>, atau dengan --phone, --telegram-id atau --telegram-username (bukan keduanya); `person find --name` menampilkan id',
  loanTermInvalid: (flag) => `${flag}: ${repliesFor('id').refusals.loan_terms_invalid}`,
  refusal: (code) => repliesFor('id').refusals[code],

  cannotOpenDatabase: (detail) => `basis data tidak bisa dibuka: ${detail}`,
  usageError: (line) => {
    for (const [pattern, say] of USAGE) {
      const m = pattern.exec(line);
      if (m) return say(...m.slice(1));
    }
    return line;
  },

  skipWhy: {
    opted_out: 'ia sudah berhenti (BERHENTI)',
    no_private_chat: 'tidak ada chat pribadi yang boleh dipakai: di WhatsApp bot hanya menulis pribadi kepada yang lebih dulu menulis pribadi kepadanya',
  },
  quietHoursMoved: (localTime, quietHours) => `jatuh pukul ${localTime}, di jam tenang (${quietHours}): dikirim saat jam tenang selesai`,
  noTimeZones: 'belum ada kelompok atau anggota: belum ada zona waktu yang punya pengingat',
  noSlots:
    'tidak ada pengingat yang jatuh dalam rentang ini (cicilan dan pesanan tiap hari 08:00, ajakan mencatat Sabtu 19:00, rekap Minggu 19:00, pertanyaan triwulan Senin pertama triwulan 08:00)',
  nothingDue: (kind, timeZone) => NOTHING_DUE[kind](timeZone),
};

const NOTHING_DUE: Record<Parameters<CliMessages['nothingDue']>[0], (timeZone: string) => string> = {
  repayment: (z) => `tidak ada cicilan belum lunas yang jatuh tempo 3 hari lagi, besok, hari ini, 1 atau 7 hari lalu bagi siapa pun di ${z}`,
  nudge: (z) => `tidak ada anggota aktif di ${z} yang belum mencatat minggu ini`,
  digest: (z) => `tidak ada chat kelompok tertaut dari kelompok di ${z} yang punya anggota aktif`,
  quarterly: (z) => `tidak ada anggota aktif di ${z}`,
  order_due: (z) => `tidak ada pesanan terbuka yang selesai besok bagi anggota di ${z}`,
  weekly_summary: (z) => `tidak ada anggota di ${z} yang mencatat minggu ini`,
};
