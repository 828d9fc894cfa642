/** "grafik" and "/grafik [minggu|bulan]" ask for a chart of this week (default) or month. */
import { describe, expect, it } from 'vitest';
import { matchCommand } from '../../../src/conversation/commands.ts';

describe('the chart command', () => {
  it.each([
    ['grafik', 'week'],
    ['Grafik', 'week'],
    ['grafik minggu', 'week'],
    ['grafik minggu ini', 'week'],
    ['grafik bulan', 'month'],
    ['grafik bulan ini', 'month'],
    ['/grafik', 'week'],
    ['/grafik minggu', 'week'],
    ['/grafik bulan', 'month'],
    ['/grafik@dampingi_bot bulan', 'month'],
  ])('%s → %s', (text, period) => {
    expect(matchCommand(text)).toEqual({ name: 'chart', period });
  });

  it('leaves sentences that merely mention a chart to the parser', () => {
    expect(matchCommand('grafik penjualan saya naik')).toBeNull();
    expect(matchCommand('laku 12 bros @15rb')).toBeNull();
  });
});

describe('the name command', () => {
  it.each([
    ['/nama Siti', { member: null, newName: 'Siti', plain: false }],
    ['/nama   Siti   Aminah', { member: null, newName: 'Siti Aminah', plain: false }],
    ['/nama', { member: null, newName: null, plain: false }],
    ['nama saya Siti', { member: null, newName: 'Siti', plain: true }],
    ['Nama aku: Siti Aminah', { member: null, newName: 'Siti Aminah', plain: true }],
    ['namaku Siti', { member: null, newName: 'Siti', plain: true }],
    ['panggil saja saya Siti', { member: null, newName: 'Siti', plain: true }],
    ['/nama @ani Siti', { member: 'ani', newName: 'Siti', plain: false }],
    ['/nama @Ani_Lestari Siti Aminah', { member: 'Ani Lestari', newName: 'Siti Aminah', plain: false }],
    ['/nama @ani', { member: 'ani', newName: null, plain: false }],
    ['/nama Ani Lestari jadi Siti Aminah', { member: 'Ani Lestari', newName: 'Siti Aminah', plain: false }],
    ['/ubahnama @ani Siti', { member: 'ani', newName: 'Siti', plain: false }],
  ])('%s', (text, expected) => {
    expect(matchCommand(text)).toEqual({ name: 'rename', ...expected });
  });

  it('leaves sentences that merely say "nama" to the parser', () => {
    expect(matchCommand('namanya bros mutiara')).toBeNull();
    expect(matchCommand('nama barangnya kerudung')).toBeNull();
    expect(matchCommand('nama saya Siti, laku 3 bros 45rb')).toBeNull();
    expect(matchCommand('nama saya Siti saya jualan kue dari rumah')).toBeNull();
  });
});

describe('the quarterly report command, as the replies teach it', () => {
  it.each([
    ['/laporan_triwulan 4', '4', null],
    ['/laporan_triwulan 4 2026 Mawar', '4 2026', 'Mawar'],
    ['/laporan_kuartal 2026Q4 Mawar', '2026Q4', 'Mawar'],
    ['/laporan_triwulan Mawar', null, 'Mawar'],
  ])('%s', (text, quarter, group) => {
    expect(matchCommand(text)).toEqual({ name: 'quarterly_report', quarter, group });
  });
});

describe('Telegram\'s /start', () => {
  it('alone is the welcome; with a payload (a group invitation\'s t.me link) it is joining with that code', () => {
    expect(matchCommand('/start')).toEqual({ name: 'start' });
    expect(matchCommand('/start MLT4K9')).toEqual({ name: 'join', code: 'MLT4K9' });
    expect(matchCommand('/start@dampingi_bot MLT4K9')).toEqual({ name: 'join', code: 'MLT4K9' });
  });
});
