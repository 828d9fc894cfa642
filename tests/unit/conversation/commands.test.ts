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
