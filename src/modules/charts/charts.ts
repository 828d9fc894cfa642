/**
 * Charts of a member's books: the data (daily totals in integer rupiah), the words drawn
 * on them (given by the caller, from the reply catalogue), a scale and a layout, and the
 * chart as SVG. All pure: `charts.render.ts` turns the SVG into a PNG.
 *
 * Made for cheap phones and tired eyes: few, large labels; two strong colours that stay
 * apart for colour-blind readers (blue in, orange out); abbreviated amounts (150rb, 1,2jt).
 */
import type { IsoDate } from '../../core/dates.ts';
import type { Rupiah } from '../../core/money.ts';

export interface DailyTotals {
  date: IsoDate;
  sales: Rupiah;
  expenses: Rupiah;
}

/** Every word on the chart: the caller picks them (the reply catalogue, in her language). */
export interface ChartLabels {
  title: string;
  /** Legend of the two series. */
  sales: string;
  expenses: string;
  /** Under a day's bars: "Sen" for a week, "12" for a month. */
  day(date: IsoDate): string;
  /** An amount on the axis: "150rb", "1,2jt". */
  amount(value: Rupiah): string;
}

/** The words of an abbreviated amount: Indonesian `rb`/`jt`/`M` with a decimal comma. */
export interface AmountUnits {
  thousand: string;
  million: string;
  billion: string;
  decimal: string;
}

export const ID_UNITS: AmountUnits = { thousand: 'rb', million: 'jt', billion: 'M', decimal: ',' };
export const EN_UNITS: AmountUnits = { thousand: 'k', million: 'm', billion: 'bn', decimal: '.' };

/**
 * 15000 → "15rb", 150000 → "150rb", 1200000 → "1,2jt", 0 → "0". One decimal below ten
 * units (1,5rb; 2,5jt), whole units above; exact integer arithmetic, rounding half up.
 */
export function abbreviateAmount(value: Rupiah, units: AmountUnits = ID_UNITS): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer rupiah amount: ${value}`);
  if (value < 0) return `-${abbreviateAmount(-value, units)}`;
  if (value < 1000) return String(value);
  const steps: [number, string][] = [
    [1_000, units.thousand],
    [1_000_000, units.million],
    [1_000_000_000, units.billion],
  ];
  for (let i = 0; i < steps.length; i += 1) {
    const [size, word] = steps[i]!;
    const next = steps[i + 1];
    const tenths = Math.round((value * 10) / size);
    if (tenths < 100) {
      const whole = Math.floor(tenths / 10);
      const frac = tenths % 10;
      return `${whole}${frac ? `${units.decimal}${frac}` : ''}${word}`;
    }
    const whole = Math.round(value / size);
    // 999.999 would read "1000rb": it is 1jt.
    if (next && whole >= 1000) continue;
    return `${whole}${word}`;
  }
  return String(value); // unreachable: the last step always returns
}

export interface Scale {
  /** The amount at the top of the plot. */
  max: Rupiah;
  /** Amounts with a grid line and a label, from the first above zero to `max`. */
  ticks: Rupiah[];
}

/** Tops of the scale as multiples of a power of ten, with the step between grid lines. */
const NICE: readonly [top: number, step: number][] = [
  [1, 0.25],
  [1.2, 0.3],
  [1.5, 0.5],
  [2, 0.5],
  [2.5, 0.5],
  [3, 1],
  [4, 1],
  [5, 1],
  [6, 2],
  [8, 2],
];

/** The smallest tidy scale that holds `largest`: the tallest bar reaches at least 3/4 of it. */
export function niceScale(largest: Rupiah): Scale {
  const target = Math.max(largest, 1000);
  let power = 10 ** Math.floor(Math.log10(target));
  for (;;) {
    for (const [top, step] of NICE) {
      const max = Math.round(top * power);
      if (max >= target) {
        const stepAmount = Math.round(step * power);
        const ticks: Rupiah[] = [];
        for (let v = stepAmount; v <= max; v += stepAmount) ticks.push(v);
        return { max, ticks };
      }
    }
    power *= 10;
  }
}

export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 600;

export const COLOURS = {
  background: '#FFFFFF',
  sales: '#1F5FBF',
  expenses: '#F08000',
  text: '#1A1A1A',
  grid: '#D0D0D0',
  axis: '#555555',
} as const;

/** Where things go, in pixels from the top left. */
export const PLOT = { left: 120, right: 780, top: 150, bottom: 510 } as const;

export interface Bar {
  date: IsoDate;
  series: 'sales' | 'expenses';
  value: Rupiah;
  x: number;
  width: number;
  /** Top of the bar; equals PLOT.bottom for zero. */
  y: number;
  height: number;
}

export interface Layout {
  scale: Scale;
  bars: Bar[];
  /** The centre of each day's pair of bars, for its label. */
  dayCentres: { date: IsoDate; x: number }[];
}

/** The bars of each day side by side (in, then out), scaled to the plot. */
export function layoutDailyChart(data: readonly DailyTotals[]): Layout {
  const largest = Math.max(0, ...data.flatMap((d) => [d.sales, d.expenses]));
  const scale = niceScale(largest);
  const slot = (PLOT.right - PLOT.left) / Math.max(1, data.length);
  const gap = Math.max(2, slot * 0.12);
  const barWidth = Math.max(2, (slot - 2 * gap) / 2);
  const plotHeight = PLOT.bottom - PLOT.top;
  const bars: Bar[] = [];
  const dayCentres: Layout['dayCentres'] = [];
  data.forEach((d, i) => {
    const start = PLOT.left + i * slot + gap;
    dayCentres.push({ date: d.date, x: PLOT.left + (i + 0.5) * slot });
    (['sales', 'expenses'] as const).forEach((series, j) => {
      const value = d[series];
      // A small amount still shows: at least a few pixels, never nothing.
      const height = value > 0 ? Math.max(4, (value / scale.max) * plotHeight) : 0;
      bars.push({ date: d.date, series, value, x: start + j * barWidth, width: barWidth, y: PLOT.bottom - height, height });
    });
  });
  return { scale, bars, dayCentres };
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Font family registered by the renderer (Roboto, as on Android phones). */
export const CHART_FONT = 'Roboto';

/** The chart as an SVG document of CHART_WIDTH × CHART_HEIGHT. */
export function dailyChartSvg(data: readonly DailyTotals[], labels: ChartLabels): string {
  const { scale, bars, dayCentres } = layoutDailyChart(data);
  const out: string[] = [];
  const text = (x: number, y: number, size: number, content: string, extra = '') =>
    out.push(`<text x="${round(x)}" y="${round(y)}" font-size="${size}" ${extra}>${escapeXml(content)}</text>`);

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="${COLOURS.background}"/>`,
    `<g font-family="${CHART_FONT}" fill="${COLOURS.text}">`,
  );
  text(24, 52, 38, labels.title, 'font-weight="700"');

  // Legend: a big swatch and a word for each series.
  const legendY = 100;
  out.push(`<rect x="24" y="${legendY - 24}" width="30" height="30" rx="4" fill="${COLOURS.sales}"/>`);
  text(64, legendY, 30, labels.sales, 'font-weight="700"');
  const secondX = 64 + Math.max(120, labels.sales.length * 17) + 40;
  out.push(`<rect x="${secondX}" y="${legendY - 24}" width="30" height="30" rx="4" fill="${COLOURS.expenses}"/>`);
  text(secondX + 40, legendY, 30, labels.expenses, 'font-weight="700"');

  // Grid lines with their amounts.
  const plotHeight = PLOT.bottom - PLOT.top;
  for (const tick of scale.ticks) {
    const y = PLOT.bottom - (tick / scale.max) * plotHeight;
    out.push(`<line x1="${PLOT.left}" y1="${round(y)}" x2="${PLOT.right}" y2="${round(y)}" stroke="${COLOURS.grid}" stroke-width="2"/>`);
    text(PLOT.left - 12, y + 9, 26, labels.amount(tick), 'text-anchor="end"');
  }
  text(PLOT.left - 12, PLOT.bottom + 9, 26, labels.amount(0), 'text-anchor="end"');

  for (const bar of bars) {
    if (bar.height <= 0) continue;
    out.push(
      `<rect x="${round(bar.x)}" y="${round(bar.y)}" width="${round(bar.width)}" height="${round(bar.height)}" fill="${COLOURS[bar.series]}"/>`,
    );
  }
  out.push(`<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="${COLOURS.axis}" stroke-width="3"/>`);

  // Day labels: every day for a week; for a month, as many as fit without touching.
  const every = dayCentres.length > 16 ? 2 : 1;
  const size = dayCentres.length > 16 ? 22 : 30;
  dayCentres.forEach((d, i) => {
    if (i % every === 0) text(d.x, PLOT.bottom + 42, size, labels.day(d.date), 'text-anchor="middle" font-weight="700"');
  });
  out.push('</g>', '</svg>');
  return out.join('\n');
}
