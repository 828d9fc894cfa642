/**
 * The home page's trend: the last 12 months of jualan, belanja and untung as inline SVG drawn
 * on the server (the CSP allows no script), sized by its viewBox so it fits a 360 px phone,
 * with the same numbers in a table under <details> for screen readers and for anyone who
 * wants the exact amounts (the axis only says "Rp1,2 M").
 *
 * Jualan is a solid line with filled dots, belanja a dashed line with squares, untung bars
 * from the zero line (below it: a loss): told apart by shape as well as colour. The running
 * month has a shaded background, hollow marks and an asterisk on its label.
 */
import { html, raw } from 'hono/html';
import type { TrendMonth } from '../../modules/indicators/indicators.service.ts';
import { formatMonth, formatMonthShort, formatRupiah, formatRupiahShort } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import type { Fragment } from './layout.ts';

const W = 320;
const H = 190;
const LEFT = 46;
const RIGHT = 4;
const TOP = 8;
const BOTTOM = 34;
const SALES = '#1f5f4a';
const EXPENSES = '#a35200';
const PROFIT = '#6f8f7d';
const LOSS = '#b3412f';

const fixed = (n: number) => (Math.round(n * 10) / 10).toString();

/** The SVG markup (numbers and fixed words only; every text is escaped by the caller's html). */
function svg(t: ConsoleTexts, months: readonly TrendMonth[]): Fragment {
  const values = months.flatMap((m) => [m.sales, m.expenses, m.profit]);
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const span = top - bottom || 1;
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const slot = plotW / months.length;
  const x = (i: number) => LEFT + slot * (i + 0.5);
  const y = (v: number) => TOP + ((top - v) / span) * plotH;
  const zero = y(0);

  const partialIndex = months.findIndex((m) => m.partial);
  const shade =
    partialIndex >= 0
      ? html`<rect x="${fixed(LEFT + slot * partialIndex)}" y="${TOP}" width="${fixed(slot)}" height="${plotH}" fill="#e9ede9"/>`
      : '';
  const ticks = [top, ...(bottom < 0 ? [bottom] : [])].filter((v) => v !== 0);
  const grid = html`${ticks.map(
    (v) =>
      html`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${fixed(y(v))}" y2="${fixed(y(v))}" stroke="#d5dbd6" stroke-width="1"/><text x="${LEFT - 4}" y="${fixed(y(v) + 3.5)}" text-anchor="end">${formatRupiahShort(v, t.lang)}</text>`,
  )}<line x1="${LEFT}" x2="${W - RIGHT}" y1="${fixed(zero)}" y2="${fixed(zero)}" stroke="#56635b" stroke-width="1"/><text x="${LEFT - 4}" y="${fixed(zero + 3.5)}" text-anchor="end">0</text>`;

  const barW = Math.min(12, slot * 0.5);
  const bars = months.map((m, i) => {
    const h = Math.abs(y(m.profit) - zero);
    return html`<rect x="${fixed(x(i) - barW / 2)}" y="${fixed(Math.min(y(m.profit), zero))}" width="${fixed(barW)}" height="${fixed(Math.max(h, m.profit === 0 ? 0 : 1))}" fill="${m.profit < 0 ? LOSS : PROFIT}"${m.partial ? raw(' fill-opacity="0.45"') : ''}/>`;
  });
  const line = (key: 'sales' | 'expenses') => months.map((m, i) => `${fixed(x(i))},${fixed(y(m[key]))}`).join(' ');
  const dots = months.map((m, i) => html`<circle cx="${fixed(x(i))}" cy="${fixed(y(m.sales))}" r="3" fill="${m.partial ? '#fff' : SALES}" stroke="${SALES}" stroke-width="1.5"/>`);
  const squares = months.map(
    (m, i) => html`<rect x="${fixed(x(i) - 2.5)}" y="${fixed(y(m.expenses) - 2.5)}" width="5" height="5" fill="${m.partial ? '#fff' : EXPENSES}" stroke="${EXPENSES}" stroke-width="1.5"/>`,
  );
  const labels = months.map((m, i) => {
    const showYear = i === 0 || m.month.endsWith('-01-01');
    return html`<text x="${fixed(x(i))}" y="${H - BOTTOM + 13}" text-anchor="middle">${formatMonthShort(m.month, t.lang)}${m.partial ? '*' : ''}</text>${
      showYear ? html`<text x="${fixed(x(i) - slot / 2 + 1)}" y="${H - BOTTOM + 27}" text-anchor="start">${m.month.slice(0, 4)}</text>` : ''
    }`;
  });
  const first = months[0] ? formatMonth(months[0].month, t.lang) : '';
  const last = months.at(-1) ? formatMonth(months.at(-1)!.month, t.lang) : '';
  return html`<svg class="trend" style="display:block;width:100%;height:auto;max-width:40rem" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="trend-title" font-size="10" fill="#3b4a42" font-family="system-ui,sans-serif">
<title id="trend-title">${t.trend.summary(first, last)}</title>
${shade}${grid}${bars}
<polyline points="${line('sales')}" fill="none" stroke="${SALES}" stroke-width="2"/>
<polyline points="${line('expenses')}" fill="none" stroke="${EXPENSES}" stroke-width="2" stroke-dasharray="5 3"/>
${dots}${squares}${labels}
</svg>`;
}

function legend(t: ConsoleTexts): Fragment {
  return html`<p class="legend" style="display:flex;flex-wrap:wrap;gap:.2rem 1rem;margin:.4rem 0;font-size:.9rem">
<span><svg width="22" height="10" aria-hidden="true"><line x1="0" x2="22" y1="5" y2="5" stroke="${SALES}" stroke-width="2"/><circle cx="11" cy="5" r="3" fill="${SALES}"/></svg> ${t.trend.sales}</span>
<span><svg width="22" height="10" aria-hidden="true"><line x1="0" x2="22" y1="5" y2="5" stroke="${EXPENSES}" stroke-width="2" stroke-dasharray="5 3"/><rect x="8.5" y="2.5" width="5" height="5" fill="${EXPENSES}"/></svg> ${t.trend.expenses}</span>
<span><svg width="12" height="10" aria-hidden="true"><rect x="2" y="0" width="8" height="10" fill="${PROFIT}"/></svg> ${t.trend.profit}</span>
</p>`;
}

function table(t: ConsoleTexts, months: readonly TrendMonth[]): Fragment {
  const cell = (key: string, m: TrendMonth, value: number) =>
    html`<td style="text-align:right;padding:.15rem .5rem" data-k="trend-${key}-${m.month.slice(0, 7)}" data-value="${String(value)}">${formatRupiah(value)}</td>`;
  return html`<details><summary>${t.trend.table}</summary>
<div style="overflow-x:auto"><table style="border-collapse:collapse;font-size:.9rem;margin-top:.3rem">
<thead><tr><th scope="col">${t.trend.month}</th><th scope="col">${t.trend.sales}</th><th scope="col">${t.trend.expenses}</th><th scope="col">${t.trend.profit}</th></tr></thead>
<tbody>${months.map(
    (m) =>
      html`<tr${m.partial ? raw(' data-k="trend-partial"') : ''}><th scope="row" style="text-align:left;padding:.15rem .5rem .15rem 0;font-weight:400">${formatMonth(m.month, t.lang)}${m.partial ? '*' : ''}</th>${cell('sales', m, m.sales)}${cell('expenses', m, m.expenses)}${cell('profit', m, m.profit)}</tr>`,
  )}</tbody>
</table></div></details>`;
}

/** The trend section of the home page. */
export function trendSection(t: ConsoleTexts, months: readonly TrendMonth[]): Fragment {
  const partial = months.find((m) => m.partial);
  return html`<section class="card" data-k="trend" style="margin-top:.75rem">
<h2>${t.trend.heading}</h2>
${svg(t, months)}
${legend(t)}
${partial ? html`<p class="sub" data-k="trend-partial-note">* ${t.trend.partial(formatMonth(partial.month, t.lang))}</p>` : ''}
${table(t, months)}
<details><summary>${t.home.definitions}</summary><p>${t.definitions.trend}</p></details>
</section>`;
}
