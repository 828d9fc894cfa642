/**
 * The chart as a picture: amounts abbreviated as members write them, a tidy scale, and the
 * PNG itself decoded and sampled where the bars for known books must (and must not) be.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../src/conversation/replies/en.ts';
import { id } from '../../../../src/conversation/replies/id.ts';
import {
  abbreviateAmount,
  CHART_HEIGHT,
  CHART_WIDTH,
  COLOURS,
  EN_UNITS,
  layoutDailyChart,
  niceScale,
  PLOT,
  type DailyTotals,
} from '../../../../src/modules/charts/charts.ts';
import { loadChartRenderer, renderDailyChart } from '../../../../src/modules/charts/charts.render.ts';
import { chartRange, dailyTotals } from '../../../../src/modules/charts/charts.service.ts';
import { EXAMPLE_MONTH, EXAMPLE_WEEK, TODAY, WEEK_FROM, WEEK_TO } from '../../../fixtures/charts/example.ts';

describe('abbreviated amounts', () => {
  it.each([
    [0, '0'],
    [500, '500'],
    [1_000, '1rb'],
    [1_500, '1,5rb'],
    [15_000, '15rb'],
    [150_000, '150rb'],
    [999_400, '999rb'],
    [999_999, '1jt'],
    [1_000_000, '1jt'],
    [1_200_000, '1,2jt'],
    [1_250_000, '1,3jt'],
    [15_000_000, '15jt'],
    [2_500_000_000, '2,5M'],
    [-15_000, '-15rb'],
  ])('%i → %s', (value, expected) => {
    expect(abbreviateAmount(value)).toBe(expected);
  });

  it('has English units too', () => {
    expect(abbreviateAmount(1_200_000, EN_UNITS)).toBe('1.2m');
    expect(abbreviateAmount(150_000, EN_UNITS)).toBe('150k');
  });

  it('refuses what is not integer rupiah', () => {
    expect(() => abbreviateAmount(1.5)).toThrow(RangeError);
  });
});

describe('scale', () => {
  it('is tidy, holds the largest amount and lets it fill at least three quarters of the plot', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 10_000_000_000 }), (largest) => {
        const { max, ticks } = niceScale(largest);
        expect(max).toBeGreaterThanOrEqual(largest);
        expect(largest / max).toBeGreaterThanOrEqual(0.75);
        expect(ticks.at(-1)).toBe(max);
        expect(ticks.length).toBeGreaterThanOrEqual(3);
        expect(ticks.length).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('labels 1,2jt at the top for a best day of Rp1.200.000', () => {
    expect(niceScale(1_200_000)).toEqual({ max: 1_200_000, ticks: [300_000, 600_000, 900_000, 1_200_000] });
  });
});

describe('daily totals', () => {
  it('has every day of the range, zero where nothing was recorded', () => {
    const days = dailyTotals({ from: '2026-11-16', to: '2026-11-18' }, [
      { businessDate: '2026-11-16', kind: 'sale', amount: 15_000 },
      { businessDate: '2026-11-16', kind: 'sale', amount: 5_000 },
      { businessDate: '2026-11-18', kind: 'expense', amount: 50_000 },
    ]);
    expect(days).toEqual([
      { date: '2026-11-16', sales: 20_000, expenses: 0 },
      { date: '2026-11-17', sales: 0, expenses: 0 },
      { date: '2026-11-18', sales: 0, expenses: 50_000 },
    ]);
  });
});

type Rgb = readonly [number, number, number];
const hex = (colour: string): Rgb => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as unknown as Rgb;
const SALES = hex(COLOURS.sales);
const EXPENSES = hex(COLOURS.expenses);

function pixel(png: PNG, x: number, y: number): Rgb {
  const i = (png.width * Math.round(y) + Math.round(x)) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}
const near = (a: Rgb, b: Rgb, tolerance = 12) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);
/** How many pixels of `colour` in the box. */
function count(png: PNG, colour: Rgb, box: { x0: number; x1: number; y0: number; y1: number }): number {
  let n = 0;
  for (let y = Math.ceil(box.y0); y < box.y1; y += 1) for (let x = Math.ceil(box.x0); x < box.x1; x += 1) if (near(pixel(png, x, y), colour)) n += 1;
  return n;
}
/** The first row from the top of the plot where `colour` appears in column x. */
function topOf(png: PNG, x: number, colour: Rgb): number | undefined {
  for (let y = PLOT.top - 5; y <= PLOT.bottom; y += 1) if (near(pixel(png, x, y), colour)) return y;
  return undefined;
}

const weekLabels = id.chartLabels({ period: 'week', from: WEEK_FROM, to: WEEK_TO, today: TODAY });

describe('the rendered chart', () => {
  let png: PNG;
  beforeAll(async () => {
    await loadChartRenderer();
    const bytes = renderDailyChart(EXAMPLE_WEEK, weekLabels);
    // An example for people to look at (not a fixture: nothing reads it back).
    writeFileSync('/tmp/dampingi-chart-example.png', bytes);
    png = PNG.sync.read(bytes);
  });

  it('is a PNG of the chart size, not blank', () => {
    expect(png.width).toBe(CHART_WIDTH);
    expect(png.height).toBe(CHART_HEIGHT);
    let white = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! > 245 && png.data[i + 1]! > 245 && png.data[i + 2]! > 245) white += 1;
    const total = png.width * png.height;
    expect(white / total).toBeGreaterThan(0.5);
    expect(white / total).toBeLessThan(0.97);
  });

  it('draws its words with the bundled font: the title, the legend and the day names', () => {
    const dark = (box: { x0: number; x1: number; y0: number; y1: number }) => {
      let n = 0;
      for (let y = box.y0; y < box.y1; y += 1) for (let x = box.x0; x < box.x1; x += 1) if (pixel(png, x, y).every((v) => v < 90)) n += 1;
      return n;
    };
    expect(dark({ x0: 20, x1: 500, y0: 15, y1: 65 })).toBeGreaterThan(1500); // title
    expect(dark({ x0: 60, x1: 200, y0: 72, y1: 108 })).toBeGreaterThan(300); // "Masuk"
    expect(dark({ x0: PLOT.left, x1: PLOT.right, y0: PLOT.bottom + 15, y1: PLOT.bottom + 55 })).toBeGreaterThan(1500); // Sen … Min
    expect(dark({ x0: 20, x1: PLOT.left - 5, y0: PLOT.top - 15, y1: PLOT.bottom + 15 })).toBeGreaterThan(800); // amounts
  });

  it('draws each bar where its amount says, in its series’ colour', () => {
    const { bars } = layoutDailyChart(EXAMPLE_WEEK);
    for (const bar of bars.filter((b) => b.height > 6)) {
      const colour = bar.series === 'sales' ? SALES : EXPENSES;
      const centre = bar.x + bar.width / 2;
      expect(near(pixel(png, centre, bar.y + bar.height / 2), colour), `${bar.series} ${bar.date}`).toBe(true);
      expect(Math.abs(topOf(png, centre, colour)! - bar.y), `top of ${bar.series} ${bar.date}`).toBeLessThanOrEqual(2);
    }
  });

  it('lets the best day reach the top of the plot', () => {
    const { bars } = layoutDailyChart(EXAMPLE_WEEK);
    const thursday = bars.find((b) => b.date === '2026-11-19' && b.series === 'sales')!;
    const top = topOf(png, thursday.x + thursday.width / 2, SALES)!;
    expect(top - PLOT.top).toBeLessThanOrEqual((PLOT.bottom - PLOT.top) * 0.05);
  });

  it('draws no sales on a day without sales, and nothing on an empty day', () => {
    const slot = (PLOT.right - PLOT.left) / 7;
    const column = (i: number) => ({ x0: PLOT.left + i * slot, x1: PLOT.left + (i + 1) * slot, y0: PLOT.top - 5, y1: PLOT.bottom });
    expect(count(png, SALES, column(1))).toBe(0); // Tuesday: expenses only
    expect(count(png, EXPENSES, column(1))).toBeGreaterThan(100);
    expect(count(png, SALES, column(5))).toBe(0); // Saturday: nothing
    expect(count(png, EXPENSES, column(5))).toBe(0);
    expect(count(png, EXPENSES, column(2))).toBe(0); // Wednesday: sales only
  });

  it('renders a month with a pair of bars for each day', async () => {
    const month = PNG.sync.read(renderDailyChart(EXAMPLE_MONTH, id.chartLabels({ period: 'month', from: '2026-11-01', to: '2026-11-30', today: TODAY })));
    writeFileSync('/tmp/dampingi-chart-month.png', PNG.sync.write(month));
    expect([month.width, month.height]).toEqual([CHART_WIDTH, CHART_HEIGHT]);
    const { bars } = layoutDailyChart(EXAMPLE_MONTH);
    expect(bars).toHaveLength(60);
    for (const bar of bars.filter((b) => b.height > 4)) {
      const colour = bar.series === 'sales' ? SALES : EXPENSES;
      expect(near(pixel(month, bar.x + bar.width / 2, bar.y + bar.height / 2), colour), `${bar.series} ${bar.date}`).toBe(true);
    }
  });

  it('renders an all-zero period and English words without failing', () => {
    const zero: DailyTotals[] = EXAMPLE_WEEK.map((d) => ({ ...d, sales: 0, expenses: 0 }));
    const blank = PNG.sync.read(renderDailyChart(zero, en.chartLabels({ period: 'week', from: WEEK_FROM, to: WEEK_TO, today: TODAY })));
    expect(count(blank, SALES, { x0: PLOT.left, x1: PLOT.right, y0: PLOT.top, y1: PLOT.bottom })).toBe(0);
  });
});

describe('chart words', () => {
  it('names the days of a week in Indonesian, and the days of a month by number', () => {
    expect(EXAMPLE_WEEK.map((d) => weekLabels.day(d.date))).toEqual(['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min']);
    expect(weekLabels.title).toBe('Minggu ini · 16–22 Nov');
    const month = id.chartLabels({ period: 'month', from: '2026-11-01', to: '2026-11-30', today: TODAY });
    expect(['2026-11-01', '2026-11-30'].map(month.day)).toEqual(['1', '30']);
    expect(month.title).toBe('Bulan ini · 1–30 Nov');
    expect(weekLabels.amount(1_200_000)).toBe('1,2jt');
  });

  it('shows the year when the period is not in this year, and only then', () => {
    const december = { period: 'month' as const, from: '2026-12-01', to: '2026-12-31' };
    expect(id.chartLabels({ ...december, today: '2027-01-03' }).title).toBe('Bulan · 1 Des – 31 Des 2026');
    expect(en.chartLabels({ ...december, today: '2027-01-03' }).title).toBe('Month · 1 Dec – 31 Dec 2026');
    expect(id.chartLabels({ ...december, today: '2026-12-20' }).title).toBe('Bulan ini · 1–31 Des');
    // A week across the new year names both years.
    expect(id.chartLabels({ period: 'week', from: '2026-12-28', to: '2027-01-03', today: '2027-01-02' }).title).toBe('Minggu ini · 28 Des 2026 – 3 Jan 2027');
  });
});

describe('the days a chart shows', () => {
  it('a month made mid-month stops at today; a past month and a week are whole', () => {
    expect(chartRange('month', '2026-11-20')).toEqual({ from: '2026-11-01', to: '2026-11-20' });
    expect(chartRange('month', '2026-11-30')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(chartRange('week', '2026-11-18')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
  });
});
