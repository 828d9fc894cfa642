import { formatRupiah } from '../../core/money.ts';
import type { Catalogue } from './catalogue.ts';
import { dateSpan, entryLine, ID_DATES, longDate } from './format.ts';

const KIND = { sale: 'Penjualan', expense: 'Pengeluaran' } as const;

function dayLabel(date: string, today: string): string {
  return date === today ? 'Hari ini' : longDate(date, ID_DATES);
}

export const id: Catalogue = {
  welcome: (name) =>
    `Halo ${name} 👋 Saya Dampingi, teman catat jualan. Tulis saja seperti biasa, misalnya "laku 12 bros @15rb" atau "beli benang 50rb". Ketik "bantuan" untuk contoh lain.`,

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

  recap: (r) => {
    const title = { day: 'hari ini', week: 'minggu ini', month: 'bulan ini' }[r.period];
    const lines = [`📊 Rekap ${title} (${dateSpan(r.from, r.to, ID_DATES)})`];
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
};
