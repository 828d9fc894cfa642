/** What each number means, written under it on the page (home, groups, group). */
export interface DefinitionsTexts {
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
}

export const definitionsId: DefinitionsTexts = {
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
};

export const definitionsEn: DefinitionsTexts = {
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
};
