/**
 * Returns in the pure parts of the books: a sale with a negative amount nets every sum, is
 * no best seller, keeps its sign through corrections, is named as a return in words, and a
 * day whose returns exceed its sales still draws a chart.
 */
import { describe, expect, it } from 'vitest';
import { dailyChartSvg, layoutDailyChart } from '../../../../src/modules/charts/charts.ts';
import { dailyTotals } from '../../../../src/modules/charts/charts.service.ts';
import { planCorrection, withAmount, withQuantity, withUnitPrice } from '../../../../src/modules/ledger/corrections.ts';
import { isRecordableAmount, isReturn, summarise, type Entry } from '../../../../src/modules/ledger/ledger.ts';
import { en } from '../../../../src/conversation/replies/en.ts';
import { id } from '../../../../src/conversation/replies/id.ts';

const entry = (over: Partial<Entry>): Entry => ({
  id: 1, personId: 1, businessDate: '2026-12-05', kind: 'sale', amount: 0, item: null, quantity: null, unit: null, unitPrice: null, ...over,
});
const sale = entry({ id: 1, amount: 270000, item: 'mukena', quantity: 3, unitPrice: 90000 });
const ret = entry({ id: 2, amount: -90000, item: 'mukena', quantity: 1, unitPrice: 90000 });

describe('a return in the books', () => {
  it('is a sale with a negative amount; no other kind may be negative, nothing may be zero', () => {
    expect(isReturn(ret)).toBe(true);
    expect(isReturn(sale)).toBe(false);
    expect(isRecordableAmount(ret)).toBe(true);
    expect(isRecordableAmount({ kind: 'expense', amount: -5000 })).toBe(false);
    expect(isRecordableAmount({ kind: 'sale', amount: 0 })).toBe(false);
  });

  it('nets the sales and the profit, counts its money apart, and is never a best seller', () => {
    const only = entry({ id: 3, amount: -40000, item: 'gamis', quantity: 1 });
    const r = summarise('day', { from: '2026-12-05', to: '2026-12-05' }, [sale, ret, only]);
    expect(r).toMatchObject({ sales: 140000, profit: 140000, returns: 130000, cash: 140000 });
    expect(r.topItems).toEqual([{ item: 'mukena', amount: 180000 }]);
    expect(summarise('day', { from: '2026-12-05', to: '2026-12-05' }, [sale]).returns).toBeUndefined();
  });

  it('keeps its sign through every correction', () => {
    expect(withAmount(ret, 80000)).toMatchObject({ amount: -80000, unitPrice: 80000 });
    expect(withQuantity(ret, 2)).toMatchObject({ amount: -180000, quantity: 2 });
    expect(withUnitPrice(ret, 85000)).toMatchObject({ amount: -85000, unitPrice: 85000 });
    // "bukan 90rb tapi 80rb": the money she names is the return's, as she wrote it.
    expect(planCorrection([ret], { amount: 80000, quantity: null, amountFrom: 90000 })).toMatchObject({ replacements: [{ amount: -80000 }] });
  });

  it('is named as a return in both languages, money as written', () => {
    const totals = { sales: 180000, expenses: 0 };
    expect(id.recorded({ entries: [ret], date: '2026-12-05', today: '2026-12-05', totals }).split('\n')[0]).toBe(
      '↩️ Retur 1 mukena × Rp90.000 = Rp90.000 (mengurangi jualan)',
    );
    expect(en.recorded({ entries: [ret], date: '2026-12-05', today: '2026-12-05', totals }).split('\n')[0]).toBe(
      '↩️ Return 1 mukena × Rp90.000 = Rp90.000 (lowers sales)',
    );
    // A question passed over is retyped as a return, never as a sale.
    const overtaken = id.questionOvertaken({ entries: [{ ...ret, unitPrice: null }], date: '2026-12-05', today: '2026-12-05', answer: 'yes' });
    expect(overtaken).toContain('retur 1 mukena 90rb');
  });
});

describe('a chart of a day with more returns than sales', () => {
  it('draws no bar below zero and no broken number', () => {
    const days = dailyTotals({ from: '2026-11-30', to: '2026-12-06' }, [
      { businessDate: '2026-12-05', kind: 'sale', amount: -90000 },
      { businessDate: '2026-12-04', kind: 'sale', amount: 50000 },
    ]);
    expect(days.find((d) => d.date === '2026-12-05')?.sales).toBe(-90000);
    const layout = layoutDailyChart(days);
    for (const bar of layout.bars) {
      expect(bar.height).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(bar.y)).toBe(true);
    }
    const svg = dailyChartSvg(days, { title: 'Minggu ini', sales: 'Masuk', expenses: 'Keluar', day: (d) => d.slice(8), amount: String });
    expect(svg).not.toMatch(/NaN|Infinity|height="-/);
  });
});
