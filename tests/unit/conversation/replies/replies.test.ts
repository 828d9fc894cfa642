import { describe, expect, it } from 'vitest';
import { repliesFor } from '../../../../src/conversation/replies/index.ts';
import type { Entry } from '../../../../src/modules/ledger/ledger.ts';
import { summarise, periodRange } from '../../../../src/modules/ledger/ledger.ts';

const entry = (e: Partial<Entry>): Entry => ({
  id: 1,
  personId: 1,
  kind: 'sale',
  amount: 180000,
  item: 'bros',
  quantity: 12,
  unit: null,
  unitPrice: 15000,
  businessDate: '2026-11-20',
  ...e,
});

describe('Indonesian replies', () => {
  const t = repliesFor('id');

  it('echoes a sale with the day’s totals', () => {
    const text = t.recorded({ entries: [entry({})], date: '2026-11-20', today: '2026-11-20', totals: { sales: 180000, expenses: 0 } });
    expect(text).toContain('✅ Jualan 12 bros × Rp15.000 = Rp180.000');
    expect(text).toContain('Hari ini: jualan Rp180.000, belanja Rp0');
  });

  it('names the day when the entry is for another day', () => {
    const text = t.recorded({
      entries: [entry({ kind: 'expense', amount: 50000, item: 'benang', quantity: null, unitPrice: null, businessDate: '2026-11-19' })],
      date: '2026-11-19',
      today: '2026-11-20',
      totals: { sales: 0, expenses: 50000 },
    });
    expect(text).toContain('✅ Belanja benang Rp50.000');
    expect(text).toContain('Dicatat untuk Kamis, 19 Nov');
    expect(text).toContain('Kamis, 19 Nov: jualan Rp0, belanja Rp50.000');
  });

  it('writes a recap with profit or loss and the best sellers', () => {
    const range = periodRange('week', '2026-11-20');
    const recap = summarise('week', range, [
      entry({}),
      entry({ id: 2, item: 'jepit', amount: 60000, quantity: 2, unit: 'lusin', unitPrice: 30000, businessDate: '2026-11-18' }),
      entry({ id: 3, kind: 'expense', item: 'manik', amount: 20000, quantity: null, unitPrice: null }),
    ]);
    const text = t.recap(recap, '2026-11-20');
    expect(text.split('\n')).toEqual([
      '📊 Rekap minggu ini (16–22 Nov)',
      'Jualan: Rp240.000',
      'Belanja: Rp20.000',
      'Untung: Rp220.000',
      '3 catatan dalam 2 hari',
      'Terlaris: bros Rp180.000 · jepit Rp60.000',
    ]);
    const loss = t.recap(summarise('day', periodRange('day', '2026-11-20'), [entry({ kind: 'expense', amount: 5000 })]), '2026-11-20');
    expect(loss).toContain('Rugi: Rp5.000');
  });

  it('has an English catalogue with the same sentences', () => {
    const en = repliesFor('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(t).sort());
    expect(en.recorded({ entries: [entry({})], date: '2026-11-20', today: '2026-11-20', totals: { sales: 180000, expenses: 0 } })).toContain(
      '✅ Sale 12 bros × Rp15.000 = Rp180.000',
    );
  });
});
