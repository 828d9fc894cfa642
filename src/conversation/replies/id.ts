import { formatRupiah } from '../../core/money.ts';
import type { Role } from '../../modules/groups/groups.ts';
import type { Catalogue } from './catalogue.ts';
import { dateSpan, entryLine, ID_DATES, longDate } from './format.ts';

const KIND = { sale: 'Penjualan', expense: 'Pengeluaran' } as const;

function dayLabel(date: string, today: string): string {
  return date === today ? 'Hari ini' : longDate(date, ID_DATES);
}

export const id: Catalogue = {
  welcome: (name) =>
    [
      `Halo ${name} 👋 Saya Dampingi, teman catat jualan. Tulis saja seperti biasa, misalnya "laku 12 bros @15rb" atau "beli benang 50rb". Ketik "bantuan" untuk contoh lain.`,
      'Yang saya simpan: nama Ibu, akun chat ini, dan catatan jualan/belanja Ibu — untuk rekap Ibu sendiri dan laporan kelompok ke pendamping. Ketik BERHENTI kalau tidak mau menerima pengingat dan info peluang.',
    ].join('\n\n'),

  recorded: ({ entries, date, today, totals }) => {
    const lines = entries.map((e) => `✅ ${KIND[e.kind]} ${entryLine(e)}`);
    if (date !== today) lines.push(`📅 Dicatat untuk ${longDate(date, ID_DATES)}`);
    lines.push(`${dayLabel(date, today)}: masuk ${formatRupiah(totals.sales)}, keluar ${formatRupiah(totals.expenses)}`);
    lines.push('Salah? Ketik "batal".');
    return lines.join('\n');
  },

  askConfirm: ({ entries, date, today }) => {
    const lines = ['Maksud Ibu begini?'];
    for (const e of entries) lines.push(`• ${KIND[e.kind]} ${entryLine(e)}`);
    if (date !== today) lines.push(`📅 ${longDate(date, ID_DATES)}`);
    lines.push('Balas "ya" untuk dicatat, atau "tidak".');
    return lines.join('\n');
  },
  yes: 'ya',
  no: 'tidak',
  declined: 'Baik, tidak dicatat. Silakan tulis ulang, misalnya "laku 12 bros @15rb".',
  askAmount: 'Berapa uangnya, Bu? Tulis dengan harga, misalnya "laku 5 bros @15rb" atau "laku 5 bros 75rb".',

  undone: ({ entries, today, totals }) => {
    const lines = entries.map((e) => `↩️ Dibatalkan: ${KIND[e.kind]} ${entryLine(e)}`);
    const date = entries[0]?.businessDate ?? today;
    lines.push(`${dayLabel(date, today)}: masuk ${formatRupiah(totals.sales)}, keluar ${formatRupiah(totals.expenses)}`);
    return lines.join('\n');
  },
  nothingToUndo: 'Belum ada catatan yang bisa dibatalkan.',

  recap: (r, today) => {
    const current = r.from <= today && today <= r.to;
    const title = current
      ? { day: 'hari ini', week: 'minggu ini', month: 'bulan ini' }[r.period]
      : { day: longDate(r.from, ID_DATES), week: 'minggu', month: 'bulan' }[r.period];
    const lines = [r.period === 'day' && !current ? `📊 Rekap ${title}` : `📊 Rekap ${title} (${dateSpan(r.from, r.to, ID_DATES)})`];
    if (r.entries === 0) {
      lines.push('Belum ada catatan. Tulis misalnya "laku 12 bros @15rb".');
      return lines.join('\n');
    }
    lines.push(`Masuk: ${formatRupiah(r.sales)}`);
    lines.push(`Keluar: ${formatRupiah(r.expenses)}`);
    lines.push(r.profit >= 0 ? `Untung: ${formatRupiah(r.profit)}` : `Rugi: ${formatRupiah(-r.profit)}`);
    lines.push(`${r.entries} catatan dalam ${r.daysRecorded} hari`);
    if (r.topItems.length > 0) {
      lines.push(`Terlaris: ${r.topItems.map((t) => `${t.item} ${formatRupiah(t.amount)}`).join(' · ')}`);
    }
    return lines.join('\n');
  },

  help: [
    'Cara pakai Dampingi:',
    '• Jualan: "laku 12 bros @15rb"',
    '• Belanja: "beli benang 50rb"',
    '• Hari lain: "kemarin laku 3 kerudung @90rb"',
    '• Rekap: "rekap", "rekap minggu", "rekap bulan"',
    '• Salah catat: "batal"',
  ].join('\n'),

  notUnderstood:
    'Maaf, saya belum paham. Contoh: "laku 12 bros @15rb", "beli benang 50rb", atau "rekap". Ketik "bantuan" untuk cara pakai.',

  notYet: (feature) =>
    ({
      repayment: 'Catat cicilan lewat sini belum bisa, Bu. Sampaikan dulu ke bendahara atau pendamping ya.',
      report: 'Laporan aset dan omset belum bisa lewat sini, Bu. Sampaikan dulu ke pendamping ya.',
      lead_interest: 'Belum ada peluang pasar yang bisa dijawab, Bu.',
    })[feature],

  optedOut:
    'Baik, Ibu tidak akan menerima pengingat dan info peluang lagi. Mencatat jualan tetap bisa seperti biasa. Ketik MULAI kalau mau menerima lagi.',
  optedIn: 'Siap, pengingat dan info peluang akan Ibu terima lagi. Ketik BERHENTI kapan saja untuk berhenti.',

  joinUsage: 'Tulis kode kelompok dari pendamping, misalnya: /gabung MLT4K9',
  joinInPrivate: 'Untuk bergabung, kirim /gabung KODE lewat chat pribadi dengan saya ya.',
  joined: (group) => `🎉 Selamat bergabung di kelompok ${group}! Catatan jualan Ibu tetap milik Ibu dan ikut dihitung di kelompok mulai sekarang.`,
  alreadyMember: (group) => `Ibu sudah jadi anggota kelompok ${group}.`,
  askName: 'Boleh tahu nama Ibu? Balas dengan nama saja, misalnya: Ani',
  nameSaved: (name) => `Terima kasih, Bu ${name}.`,
  memberJoined: (name, group) => `👋 ${name} bergabung di kelompok ${group}.`,
  linkUsage: 'Tulis kode kelompok, misalnya: /hubungkan MLT4K9',
  linkInGroup: 'Kirim /hubungkan KODE di grup kelompoknya, bukan di chat pribadi.',
  linked: (group) => `✅ Grup ini sekarang terhubung dengan kelompok ${group}. Anggota bisa mencatat jualan di sini.`,
  chatNotLinked: 'Grup ini belum terhubung ke kelompok. Pendamping bisa mengirim /hubungkan KODE di sini.',
  pendingMember: (name, group) =>
    `${name} menulis di grup ${group} tapi belum terdaftar sebagai anggota. Tulis /peran ${name} anggota di grup itu untuk menerimanya.`,
  noGroupsYet: 'Ibu belum mendampingi kelompok mana pun.',
  whichGroup: (groups) => `Ibu mendampingi beberapa kelompok: ${groups.join(', ')}. Tulis perintahnya di grup kelompok itu, atau tambahkan namanya, misalnya /anggota ${groups[0] ?? ''}.`,
  roleUsage: 'Tulis nama dan perannya, misalnya: /peran @Ani bendahara (peran: ketua, sekretaris, bendahara, anggota).',
  roleSet: (name, role) => `✅ ${name} sekarang ${ROLE_ID[role]}.`,
  memberNotFound: (name) => `Tidak ada anggota bernama ${name} di kelompok ini.`,
  memberAmbiguous: (name) => `Ada beberapa anggota bernama ${name}. Tulis nama lengkapnya.`,
  memberList: (group, members) => {
    if (members.length === 0) return `Kelompok ${group} belum punya anggota.`;
    const lines = [`👥 Anggota ${group} (${members.length}):`];
    for (const m of members) {
      lines.push(`• ${m.name}${m.role !== 'anggota' ? ` — ${ROLE_ID[m.role]}` : ''}${m.status === 'pending' ? ' (belum diterima)' : ''}`);
    }
    return lines.join('\n');
  },
  notRecorded: (group, names) =>
    names.length === 0
      ? `👍 Semua anggota ${group} sudah mencatat minggu ini.`
      : [`Belum mencatat minggu ini di ${group} (${names.length}):`, ...names.map((n) => `• ${n}`)].join('\n'),
  refusal: (code) =>
    ({
      not_facilitator: 'Maaf, perintah ini hanya untuk pendamping kelompok.',
      not_your_group: 'Maaf, kelompok ini didampingi pendamping lain.',
      code_unknown: 'Kode itu tidak dikenal. Periksa lagi kodenya, atau minta kode terbaru ke pendamping.',
    })[code] ?? 'Maaf, permintaan itu tidak bisa dijalankan.',
};

const ROLE_ID: Record<Role, string> = { ketua: 'ketua', sekretaris: 'sekretaris', bendahara: 'bendahara', anggota: 'anggota' };
