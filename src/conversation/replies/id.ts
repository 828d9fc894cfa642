import { dayOfWeek } from '../../core/dates.ts';
import { formatNumber, formatRupiah } from '../../core/money.ts';
import { abbreviateAmount, ID_UNITS } from '../../modules/charts/charts.ts';
import type { Role } from '../../modules/groups/groups.ts';
import type { LoanStatus } from '../../modules/loans/loans.service.ts';
import type { Catalogue, LeadView } from './catalogue.ts';
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
    '• Gambar grafik: "grafik", "grafik bulan"',
    '• Salah catat: "batal"',
  ].join('\n'),

  notUnderstood:
    'Maaf, saya belum paham. Contoh: "laku 12 bros @15rb", "beli benang 50rb", atau "rekap". Ketik "bantuan" untuk cara pakai.',

  noOpenLead: 'Belum ada peluang pasar yang bisa dijawab, Bu.',

  repaymentAskAmount: 'Berapa yang dibayar, Bu? Contoh: bayar cicilan 883rb',
  repaymentNoLoan: 'Belum ada pinjaman yang tercatat untuk Ibu atau kelompok Ibu. Tanyakan ke pendamping ya.',
  repaymentWhichLoan: (labels) =>
    `Ada beberapa pinjaman: ${labels.map((l) => l ?? 'pribadi').join(', ')}. Tulis pembayarannya di grup kelompok yang bersangkutan ya.`,
  repaymentRecorded: ({ amount, label, status }) => [`✅ Cicilan ${formatRupiah(amount)} dicatat${label ? ` (${label})` : ''}.`, ...standingLinesId(status)].join('\n'),
  repaymentReported: ({ amount, label }) =>
    `📝 Cicilan ${formatRupiah(amount)}${label ? ` (${label})` : ''} dicatat, menunggu konfirmasi bendahara atau pendamping.`,
  repaymentToConfirm: ({ payer, amount, label, paymentId }) =>
    `${payer} melaporkan bayar cicilan ${formatRupiah(amount)}${label ? ` untuk ${label}` : ''}. Sudah diterima? Tekan konfirmasi atau balas: /konfirmasi ${paymentId}`,
  confirmWord: 'konfirmasi',
  confirmUsage: 'Tulis nomor pembayarannya, misalnya: /konfirmasi 12',
  alreadyConfirmed: 'Pembayaran itu sudah dikonfirmasi sebelumnya.',
  paymentConfirmedForPayer: ({ amount, label }) => `✅ Cicilan ${formatRupiah(amount)}${label ? ` (${label})` : ''} sudah dikonfirmasi. Terima kasih, Bu.`,
  loanStanding: ({ label, status }) =>
    [`💰 Pinjaman ${label ?? 'pribadi'}: ${formatRupiah(status.totals.paid)} dari ${formatRupiah(status.totals.total)} sudah dibayar.`, ...standingLinesId(status)].join('\n'),

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
  leadInPrivate: 'Buat peluang lewat chat pribadi dengan saya ya, Bu.',
  leadFormError: (error, unknown, known) =>
    ({
      no_colon: 'Tulis usahanya, titik dua, lalu isinya. Contoh: /peluang asesoris: Wisuda IAIN 12 Des, butuh 200 bros, DP 50%, batas 5 Des',
      no_trade: unknown.length
        ? `Usaha "${unknown.join(', ')}" tidak dikenal. Pilihan: ${known.join(', ')}.`
        : `Sebutkan usahanya. Pilihan: ${known.join(', ')}.`,
      no_text: 'Isi peluangnya masih kosong. Tulis setelah titik dua.',
      too_long: 'Isi peluangnya terlalu panjang. Ringkas jadi paling banyak 1.000 huruf ya.',
    })[error],
  leadAskTrades: (names) =>
    ['Peluang ini untuk usaha apa? Pilih nomornya (boleh lebih dari satu, misalnya 1,3):', ...names.map((n, i) => `${i + 1}. ${n}`)].join('\n'),
  leadAskText: 'Tulis isi peluangnya: acara, tanggal, kebutuhan. Contoh: Wisuda IAIN 12 Des, butuh 200 bros.',
  leadAskDeadline: 'Batas jawaban kapan? Contoh: 5 Des. Ketik "lewati" kalau tidak ada.',
  leadAskQuantity: 'Berapa jumlah yang dibutuhkan? Tulis angkanya saja, atau "lewati".',
  leadAskDownPayment: 'Ada DP berapa persen? Contoh: 50. Ketik "lewati" kalau tidak ada.',
  leadCancelled: 'Baik, peluang tidak jadi dikirim.',
  leadConfirmAgain: 'Kirim peluang ini sekarang? Balas "kirim" atau "tidak".',
  leadSendWord: 'kirim',
  leadPreview: (lead, reach) =>
    [
      'Pratinjau:',
      '',
      leadBody(lead),
      '',
      `Akan dikirim ke ${reach.groups} kelompok (${reach.groupChats} grup chat) dan ${reach.people} anggota.`,
      'Kirim sekarang? Balas "kirim" atau "tidak".',
    ].join('\n'),
  leadBroadcast: (lead) => leadBody(lead),
  leadSent: (code, reach) =>
    `📤 Peluang ${code} sedang dikirim ke ${reach.groupChats} grup chat dan ${reach.people} anggota. Lihat jawabannya dengan /peluang ${code}.`,
  leadWhich: (codes) => `Untuk peluang yang mana, Bu? Tulis misalnya: minat ${codes[0]} 50. Peluang terbuka: ${codes.join(', ')}.`,
  leadAnswered: (code, quantity) =>
    quantity === null
      ? `✅ Minat Ibu untuk peluang ${code} dicatat. Berapa yang sanggup? Balas misalnya: minat ${code} 50`
      : `✅ Minat Ibu untuk peluang ${code} dicatat: sanggup ${formatNumber(quantity)}. Pendamping akan menghubungi Ibu.`,
  leadTally: (lead, name, quantity, tally) =>
    `📥 ${lead.code}: ${name} minat${quantity === null ? '' : ` ${formatNumber(quantity)}`}. Total ${tally.people} orang, ${formatNumber(tally.quantity)}${lead.quantityWanted ? ` dari ${formatNumber(lead.quantityWanted)}` : ''}.`,
  leadDetails: (lead, tally, stats) => {
    const lines = [
      `📢 Peluang ${lead.code} (${lead.status === 'open' ? 'terbuka' : 'ditutup'})`,
      lead.text,
      `Terkirim: ${stats.sent} · menunggu: ${stats.queued} · gagal: ${stats.failed} (${stats.groupChats} grup chat, ${stats.people} anggota)`,
      `Jawaban: ${tally.people} orang, ${formatNumber(tally.quantity)}${lead.quantityWanted ? ` dari ${formatNumber(lead.quantityWanted)}` : ''}`,
    ];
    for (const r of tally.responses) {
      lines.push(`• ${r.name}: ${r.quantity === null ? '?' : formatNumber(r.quantity)}${r.awardedQuantity ? ` — dipilih ${formatNumber(r.awardedQuantity)}` : ''}`);
    }
    return lines.join('\n');
  },
  leadList: (rows) =>
    rows.length === 0
      ? 'Ibu belum pernah mengirim peluang. Mulai dengan /peluang.'
      : ['Peluang Ibu:', ...rows.map(({ lead, tally }) => `• ${lead.code} ${lead.status === 'open' ? '🟢' : '⚪'} ${truncate(lead.text, 40)} — ${tally.people} orang, ${formatNumber(tally.quantity)}`)].join('\n'),
  leadCloseUsage: 'Tulis kode peluangnya, misalnya: /tutup P12',
  leadClosedForOwner: (code, tally) => `🔒 Peluang ${code} ditutup. Jawaban: ${tally.people} orang, ${formatNumber(tally.quantity)}.`,
  leadClosedForAnswerer: (code) => `🔒 Peluang ${code} sudah ditutup. Terima kasih atas minatnya, Bu.`,
  leadAwardUsage: 'Tulis kode, nama dan jumlahnya, misalnya: /pilih P12 @Ani 100',
  leadNotResponder: (name, code) => `${name} belum menjawab peluang ${code}.`,
  leadAwarded: (code, quantity) => `🎉 Ibu terpilih untuk peluang ${code}: ${formatNumber(quantity)}. Pendamping akan menghubungi Ibu untuk rinciannya.`,
  leadAwardDone: (name, code, quantity) => `✅ ${name} dipilih untuk ${code}: ${formatNumber(quantity)}. Ia sudah diberi tahu.`,
  reminderRepayment: ({ borrower, number, dueDate, days, amount }) => {
    const what = `cicilan ke-${number} ${borrower === null ? 'Ibu' : 'group' in borrower ? `kelompok ${borrower.group}` : borrower.member}`;
    const due = longDate(dueDate, ID_DATES);
    if (days > 1) return `⏰ Pengingat: ${what} ${formatRupiah(amount)} jatuh tempo ${due} (${days} hari lagi).`;
    if (days === 1) return `⏰ Pengingat: ${what} ${formatRupiah(amount)} jatuh tempo besok, ${due}.`;
    if (days === 0) return `⏰ Hari ini batas bayar ${what}: ${formatRupiah(amount)}. Jangan lupa setor ya, Bu.`;
    return `⚠️ C${what.slice(1)} terlambat ${-days} hari (jatuh tempo ${due}). Masih kurang ${formatRupiah(amount)}. Mohon segera disetor ya, Bu.`;
  },
  reminderNudge: (name) => `📒 Halo ${name}! Minggu ini belum ada catatan jualan Ibu. Yuk catat, cukup satu pesan, misalnya: laku 12 bros @15rb`,
  reminderDigest: ({ group, from, to, members, recorded, sales, expenses }) =>
    [
      `📊 Rekap kelompok ${group} minggu ini (${dateSpan(from, to, ID_DATES)})`,
      ...(recorded === 0
        ? ['Belum ada yang mencatat minggu ini. Yuk mulai, cukup satu pesan: laku 12 bros @15rb']
        : [`Yang mencatat: ${recorded} dari ${members} anggota`, `Penjualan: ${formatRupiah(sales)}`, `Belanja: ${formatRupiah(expenses)}`, 'Terima kasih yang sudah mencatat! 🙏']),
    ].join('\n'),
  reminderQuarterly: ({ name, from, to, turnover }) =>
    [
      `📋 Halo ${name}! Laporan triwulan ${ID_DATES.months[Number(from.slice(5, 7)) - 1]}–${ID_DATES.months[Number(to.slice(5, 7)) - 1]} ${to.slice(0, 4)}.`,
      `Omset dari catatan Ibu: ${formatRupiah(turnover)}`,
      turnover > 0
        ? 'Berapa aset usaha Ibu sekarang, dan berapa karyawannya? Balas misalnya: aset 5jt karyawan 2'
        : 'Berapa aset usaha Ibu sekarang, omsetnya, dan berapa karyawannya? Balas misalnya: aset 5jt omset 3jt karyawan 2',
    ].join('\n'),
  quarterlyReportSaved: ({ from, to, assets, turnoverReported, turnoverFromBooks, employees }) =>
    [
      `✅ Laporan triwulan ${ID_DATES.months[Number(from.slice(5, 7)) - 1]}–${ID_DATES.months[Number(to.slice(5, 7)) - 1]} ${to.slice(0, 4)} dicatat:`,
      `Aset: ${assets === null ? '-' : formatRupiah(assets)}`,
      turnoverReported === null
        ? `Omset: ${formatRupiah(turnoverFromBooks)} (dari catatan Ibu)`
        : `Omset: ${formatRupiah(turnoverReported)} (catatan Ibu: ${formatRupiah(turnoverFromBooks)})`,
      `Karyawan: ${employees === null ? '-' : formatNumber(employees)}`,
      assets === null || employees === null ? `Tinggal tulis yang belum, misalnya: ${assets === null ? 'aset 5jt' : 'karyawan 2'}` : 'Terima kasih, Bu.',
    ].join('\n'),
  chartLabels: ({ period, from, to, today }) => ({
    title: `${period === 'week' ? (from <= today && today <= to ? 'Minggu ini' : 'Minggu') : from <= today && today <= to ? 'Bulan ini' : 'Bulan'} · ${dateSpan(from, to, ID_DATES)}`,
    sales: 'Masuk',
    expenses: 'Keluar',
    day: (date) => (period === 'week' ? ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'][dayOfWeek(date)]! : String(Number(date.slice(8, 10)))),
    amount: (value) => abbreviateAmount(value, ID_UNITS),
  }),
  chartCaption: (r, today) =>
    [
      `📊 Grafik ${r.from <= today && today <= r.to ? `${r.period === 'week' ? 'minggu' : 'bulan'} ini` : r.period === 'week' ? 'minggu' : 'bulan'} (${dateSpan(r.from, r.to, ID_DATES)})`,
      `Masuk: ${formatRupiah(r.sales)}`,
      `Keluar: ${formatRupiah(r.expenses)}`,
      r.profit >= 0 ? `Untung: ${formatRupiah(r.profit)}` : `Rugi: ${formatRupiah(-r.profit)}`,
    ].join('\n'),
  chartEmpty: (period, today, { from, to }) =>
    `Belum ada catatan ${period === 'week' ? 'minggu' : 'bulan'}${from <= today && today <= to ? ' ini' : ''}, jadi grafiknya belum bisa dibuat. Tulis misalnya "laku 12 bros @15rb".`,
  refusal: (code) =>
    ({
      not_facilitator: 'Maaf, perintah ini hanya untuk pendamping kelompok.',
      not_your_group: 'Maaf, kelompok ini didampingi pendamping lain.',
      code_unknown: 'Kode itu tidak dikenal. Periksa lagi kodenya, atau minta kode terbaru ke pendamping.',
      lead_unknown: 'Peluang dengan kode itu tidak ada.',
      lead_closed: 'Peluang itu sudah ditutup.',
      group_unknown: 'Ada nama kelompok yang tidak dikenal. Periksa lagi ejaannya.',
      confirm_not_allowed: 'Maaf, hanya bendahara atau pendamping kelompok yang bisa mengonfirmasi pembayaran.',
      payment_not_found: 'Pembayaran dengan nomor itu tidak ada.',
      payment_date_invalid: 'Tanggal pembayaran itu tidak bisa dipakai (sebelum pinjaman cair).',
    })[code] ?? 'Maaf, permintaan itu tidak bisa dijalankan.',
};

const ROLE_ID: Record<Role, string> = { ketua: 'ketua', sekretaris: 'sekretaris', bendahara: 'bendahara', anggota: 'anggota' };

const TRADE_ID: Record<string, string> = {
  asesoris: 'Asesoris',
  'sulaman-bordir': 'Sulaman & bordir',
  'makanan-ringan': 'Makanan ringan',
  kuliner: 'Kuliner',
  sembako: 'Sembako',
  'kerajinan-anyaman': 'Anyaman',
  ternak: 'Ternak',
  jahit: 'Jahit',
  jasa: 'Jasa',
};

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The lead as members read it: what, how many, down payment, deadline, how to answer. */
function leadBody(lead: LeadView): string {
  const facts = [
    lead.quantityWanted ? `Dibutuhkan: ${formatNumber(lead.quantityWanted)}` : null,
    lead.downPaymentPercent ? `DP ${lead.downPaymentPercent}%` : null,
    lead.deadline ? `Batas: ${longDate(lead.deadline, ID_DATES)}` : null,
  ].filter(Boolean);
  return [
    `📢 Peluang ${lead.code} — ${lead.trades.map((t) => TRADE_ID[t] ?? t).join(', ')}`,
    lead.text,
    ...(facts.length ? [facts.join(' · ')] : []),
    `Berminat? Balas pesan ini: MINAT 50 (jumlah yang sanggup), atau tulis: minat ${lead.code} 50`,
  ].join('\n');
}

/** Where a loan stands, in a few short lines: next instalment, shortfall, arrears, streak. */
function standingLinesId(status: LoanStatus): string[] {
  const lines: string[] = [];
  const next = status.nextDue;
  if (!next) lines.push('🎉 Pinjaman sudah lunas!');
  else {
    const instalment = status.instalments.find((i) => i.number === next.number);
    const partly = instalment && instalment.paid > 0;
    lines.push(
      partly
        ? `Cicilan ke-${next.number} masih kurang ${formatRupiah(next.amount)}, paling lambat ${longDate(next.dueDate, ID_DATES)}.`
        : `Berikutnya: cicilan ke-${next.number} ${formatRupiah(next.amount)}, paling lambat ${longDate(next.dueDate, ID_DATES)}.`,
    );
  }
  if (status.totals.credit > 0) lines.push(`Lebih bayar ${formatRupiah(status.totals.credit)}.`);
  lines.push(`Tunggakan: ${formatRupiah(status.arrears)} · Tepat waktu berturut-turut: ${status.streak}x`);
  if (status.eligible) lines.push('⭐ Layak mendapat penghargaan (misalnya slot pameran).');
  if (status.awaitingConfirmation > 0) lines.push(`Menunggu konfirmasi: ${formatRupiah(status.awaitingConfirmation)}.`);
  return lines;
}
