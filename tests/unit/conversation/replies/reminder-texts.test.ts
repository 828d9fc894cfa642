/** The reminder sentences in both catalogues: short, plain, amounts as Rp15.000. */
import { describe, expect, it } from 'vitest';
import { repliesFor } from '../../../../src/conversation/replies/index.ts';

const id = repliesFor('id');
const en = repliesFor('en');
const facts = { number: 2, dueDate: '2027-03-01', amount: 883_333 };

describe('repayment reminders', () => {
  it.each([
    [3, 'group_chat', { group: 'Melati' }, '⏰ Pengingat: cicilan ke-2 kelompok Melati Rp883.333, batas bayar Senin, 1 Mar (3 hari lagi).'],
    [1, 'borrower', null, '⏰ Pengingat: cicilan ke-2 Ibu Rp883.333, batas bayar besok, Senin, 1 Mar.'],
    [0, 'group_chat', { group: 'Melati' }, '⏰ Hari ini batas bayar cicilan ke-2 kelompok Melati: Rp883.333. Jangan lupa setor ya, Ibu-ibu.'],
    [-1, 'treasurer', { group: 'Melati' }, '⚠️ Cicilan ke-2 kelompok Melati terlambat 1 hari (batas bayar Senin, 1 Mar). Masih kurang Rp883.333. Mohon segera disetor ya, Bu.'],
    // The facilitator is not the one who pays: she is asked to help, not to pay in.
    [-7, 'facilitator', { member: 'Ani' }, '⚠️ Cicilan ke-2 Bu Ani terlambat 7 hari (batas bayar Senin, 1 Mar). Masih kurang Rp883.333. Mohon bantu ingatkan Bu Ani ya.'],
    [-7, 'facilitator', { group: 'Melati' }, '⚠️ Cicilan ke-2 kelompok Melati terlambat 7 hari (batas bayar Senin, 1 Mar). Masih kurang Rp883.333. Mohon bantu ingatkan bendahara kelompoknya ya.'],
  ] as const)('in Indonesian, %i days to go, to the %s', (days, reader, borrower, text) => {
    expect(id.reminderRepayment({ ...facts, days, reader, borrower })).toBe(text);
  });

  it.each([
    [3, 'group_chat', { group: 'Melati' }, '⏰ Reminder: instalment 2 of group Melati, Rp883.333, is due on Monday, 1 Mar (in 3 days).'],
    [1, 'borrower', null, '⏰ Reminder: your instalment 2, Rp883.333, is due tomorrow, Monday, 1 Mar.'],
    [0, 'borrower', null, '⏰ Today is the last day to pay your instalment 2: Rp883.333. Please pay it in.'],
    [-1, 'borrower', null, '⚠️ Your instalment 2 is 1 day late (due Monday, 1 Mar). Still owed: Rp883.333. Please pay it in soon.'],
    [-7, 'facilitator', { member: 'Ani' }, "⚠️ Ani's instalment 2 is 7 days late (due Monday, 1 Mar). Still owed: Rp883.333. Please give Ani a kind reminder."],
    [-7, 'facilitator', { group: 'Melati' }, "⚠️ Instalment 2 of group Melati is 7 days late (due Monday, 1 Mar). Still owed: Rp883.333. Please give the group's treasurer a kind reminder."],
  ] as const)('in English, %i days to go, to the %s', (days, reader, borrower, text) => {
    expect(en.reminderRepayment({ ...facts, days, reader, borrower })).toBe(text);
  });
});

describe('weekly and quarterly texts', () => {
  it('nudge', () => {
    expect(en.reminderNudge('Ani')).toBe('📒 Hello Ani! You have recorded no sales this week. One short message is enough, e.g.: laku 12 bros @15rb');
  });

  it('digest across a month end, in both languages', () => {
    const week = { group: 'Melati', from: '2027-03-29', to: '2027-04-04', members: 8, recorded: 5, sales: 1_250_000, expenses: 400_000 };
    expect(id.reminderDigest(week)).toBe(
      '📊 Rekap kelompok Melati minggu ini (29 Mar – 4 Apr)\nYang mencatat: 5 dari 8 anggota\nJualan: Rp1.250.000\nBelanja: Rp400.000\nTerima kasih, Ibu-ibu, yang sudah mencatat! 🙏',
    );
    expect(en.reminderDigest(week)).toBe(
      '📊 Group Melati this week (29 Mar – 4 Apr)\nRecorded: 5 of 8 members\nSales: Rp1.250.000\nExpenses: Rp400.000\nThank you for recording, everyone! 🙏',
    );
  });

  it('quarterly question without books asks for the turnover too', () => {
    expect(id.reminderQuarterly({ name: 'Sri', from: '2026-10-01', to: '2026-12-31', turnover: 0 })).toBe(
      '📋 Halo Bu Sri! Laporan triwulan 4 (Okt–Des 2026).\nOmset dari catatan Ibu: Rp0\nBerapa aset usaha Ibu sekarang, omsetnya, dan berapa karyawannya? Balas misalnya: aset 5jt omset 3jt karyawan 2',
    );
  });

  it('quarterly report saved, turnover from the books when she gave none', () => {
    const saved = { from: '2026-10-01', to: '2026-12-31', assets: null, turnoverReported: null, turnoverFromBooks: 2_750_000, employees: 1 };
    expect(id.quarterlyReportSaved(saved)).toBe(
      '✅ Laporan triwulan 4 (Okt–Des 2026) dicatat:\nAset: belum ditulis\nOmset: Rp2.750.000 (dari catatan Ibu)\nKaryawan: 1\nTinggal tulis yang belum, misalnya: aset 5jt',
    );
    expect(en.quarterlyReportSaved({ ...saved, assets: 5_000_000 })).toBe(
      '✅ Report for quarter 4 (Oct–Dec 2026) saved:\nAssets: Rp5.000.000\nTurnover: Rp2.750.000 (from your books)\nEmployees: 1\nThank you.',
    );
  });
});
