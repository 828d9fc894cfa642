/** The home page: the programme's numbers at a glance, each with its definition beside it. */
import { html } from 'hono/html';
import type { HomeIndicators } from '../../modules/indicators/indicators.service.ts';
import { formatCount, formatDay, formatPercent, formatRupiah } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { staffHeader, type Viewing } from './nav.ts';
import { trendSection } from './trend-chart.ts';

export interface HomeView extends Viewing {
  home: HomeIndicators;
  /** Voice notes and photos waiting in her help inbox (/kotak-bantuan). */
  waitingMedia: number;
}

/**
 * One indicator: `key` and the raw `value` are for tests and scripts (data-k, data-value).
 * With `href`, the whole card opens the page behind the number: its "see details" link is
 * stretched over the card (CSS), its hidden words name the card for a screen reader, and the
 * definition's <details> sits above the link so it still opens.
 */
export function card(t: ConsoleTexts, c: { key: string; title: string; value: string; raw: number | null; sub?: Fragment | string; definition: string; href?: string }): Fragment {
  return html`<section class="card" id="${c.key}" data-k="${c.key}" data-value="${c.raw === null ? '' : String(c.raw)}">
<h2>${c.title}</h2><p class="num">${c.value}</p>${c.sub ? html`<p class="sub">${c.sub}</p>` : ''}
${c.href ? html`<p class="more"><a href="${c.href}" data-k="${c.key}-link">${t.home.details}<span class="vh">: ${c.title}</span></a></p>` : ''}
<details><summary>${t.home.definitions}</summary><p>${c.definition}</p></details>
</section>`;
}

/** Where each home number's detail lives (the console's URL plan, issue #19). */
export const DETAIL_PAGES = {
  members: '/kelompok?urut=catat',
  recording: '/kelompok?urut=catat',
  books: '/kelompok',
  loans: '/pinjaman',
  par30: '/pinjaman?saring=par30',
  leads: '/peluang',
} as const;

function books(t: ConsoleTexts, key: 'sales' | 'expenses' | 'profit', h: HomeIndicators): Fragment {
  const sub = html`${t.home.lastMonth}: <span data-k="${key}-last-month" data-value="${String(h.lastMonth[key])}">${formatRupiah(h.lastMonth[key])}</span>`;
  return card(t, { key: `${key}-this-month`, title: `${t.home[key]} · ${t.home.thisMonth}`, value: formatRupiah(h.thisMonth[key]), raw: h.thisMonth[key], sub, definition: t.definitions.books, href: DETAIL_PAGES.books });
}

const SUMMARY_STYLE = `ul.summary{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;margin:.25rem 0 .9rem;padding:0}
ul.summary a{display:block;padding:.3rem .7rem;border:1px solid #1f5f4a;border-radius:999px;background:#fff;text-decoration:none}`;

export function homePage(t: ConsoleTexts, v: HomeView): Fragment {
  const h = v.home;
  const pct = (r: number | null) => formatPercent(r, t.lang, t.home.none);
  const header = staffHeader(t, v, 'home');
  // The key figures first, each a link to its card (a phone shows two cards a screen), then
  // the cards in the order a manager asks: recording, sales and profit, loans, leads.
  const summary = (key: string, label: string, value: string) => html`<li><a href="#${key}" data-k="summary-${key}">${label}: <strong>${value}</strong></a></li>`;
  const body = html`<h1>${t.home.heading}</h1><p class="sub" data-k="as-of">${t.home.asOf(formatDay(h.periods.today, t.lang))}</p>
<p class="note" data-k="inbox-waiting" data-value="${String(v.waitingMedia)}"><a href="/kotak-bantuan">${t.inbox.waiting(v.waitingMedia)}</a></p>
<ul class="summary" aria-label="${t.summary.label}">
${summary('recording-share', t.summary.recording, pct(h.recordingShare))}
${summary('sales-this-month', t.summary.sales, formatRupiah(h.thisMonth.sales))}
${summary('par30', t.summary.par30, pct(h.loans.par30))}
${summary('leads', t.summary.leads, formatCount(h.leads.leads))}
</ul>
<div class="grid">
${card(t, { key: 'recording-share', title: t.home.recording, value: pct(h.recordingShare), raw: h.recordingShare, sub: t.home.recordingOf(h.recordersThisWeek, h.members), definition: t.definitions.recording, href: DETAIL_PAGES.recording })}
${books(t, 'sales', h)}
${books(t, 'profit', h)}
${card(t, { key: 'par30', title: t.home.par30, value: pct(h.loans.par30), raw: h.loans.par30, sub: formatRupiah(h.loans.atRiskPrincipal), definition: t.definitions.par30, href: DETAIL_PAGES.par30 })}
${card(t, { key: 'loans-outstanding', title: t.home.loansOutstanding, value: formatRupiah(h.loans.outstandingPrincipal), raw: h.loans.outstandingPrincipal, sub: t.home.loansCount(h.loans.activeLoans), definition: t.definitions.loansOutstanding, href: DETAIL_PAGES.loans })}
${card(t, { key: 'on-time', title: t.home.onTime, value: pct(h.loans.onTimeRate), raw: h.loans.onTimeRate, sub: t.home.onTimeOf(h.loans.instalmentsOnTime, h.loans.instalmentsDue), definition: t.definitions.onTime, href: DETAIL_PAGES.loans })}
${card(t, { key: 'leads', title: t.home.leads, value: formatCount(h.leads.leads), raw: h.leads.leads, sub: t.home.interest(h.leads.interested, formatCount(h.leads.quantityOffered)), definition: t.definitions.leads, href: DETAIL_PAGES.leads })}
${books(t, 'expenses', h)}
${card(t, { key: 'members', title: t.home.members, value: formatCount(h.members), raw: h.members, definition: t.definitions.members, href: DETAIL_PAGES.members })}
</div>
${trendSection(t, h.trend)}`;
  return page(t, { title: t.home.heading, header, body, style: SUMMARY_STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=/` });
}
