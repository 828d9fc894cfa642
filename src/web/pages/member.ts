/**
 * A member's page (/anggota/:id): who she is, her week and month as her chat recaps them
 * (with last week's sales beside this week's: "what did she sell last week" is the question
 * this page answers first), her chart, her entries a page at a time, her open orders, who
 * owes her, and her quarterly figures. Numbers carry data-k/data-value for tests and scripts.
 */
import { html, raw } from 'hono/html';
import { repliesFor } from '../../conversation/replies/index.ts';
import { dailyChartSvg } from '../../modules/charts/charts.ts';
import type { Recap } from '../../modules/ledger/ledger.ts';
import type { ChartDays, MemberEntry, MemberView } from '../../modules/member-view/member-view.service.ts';
import { formatCount, formatDay, formatRupiah } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { staffHeader, type Viewing } from './nav.ts';

export interface MemberPageView extends Viewing {
  member: MemberView;
}

const STYLE = `
section.block{background:#fff;border:1px solid #dde2dc;border-radius:8px;padding:.8rem 1rem;margin:0 0 .9rem}
section.block h2{font-size:1.05rem;margin:0 0 .5rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:0}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #e4e8e3;vertical-align:top}
td.n,th.n{text-align:right;white-space:nowrap}
tr.void td{color:#5b625e}.tag{display:inline-block;font-size:.8rem;font-weight:600;border:1px solid #8a3b12;color:#8a3b12;border-radius:4px;padding:0 .3rem;margin-left:.3rem}
.recaps{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr))}.recaps h3{margin:0;font-size:1rem}
.recaps .card p{margin:.1rem 0}.big{font-size:1.3rem;font-weight:700}
figure{margin:0}figure svg{display:block;width:100%;height:auto;border:1px solid #e4e8e3}
.charts{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));max-width:56rem;margin-top:.6rem}
nav.pages{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin-top:.6rem}
a{color:#1f5f4a}
@media (max-width:40rem){
 table.rows thead{position:absolute;left:-9999px}
 table.rows tr{display:block;border-bottom:1px solid #dde2dc;padding:.35rem 0}
 table.rows td{display:block;border:0;padding:.05rem 0;text-align:left;white-space:normal;overflow-wrap:anywhere}
 table.rows td[data-label]::before{content:attr(data-label) ": ";font-weight:600}
 table.entries td{display:inline;padding:0 .6rem 0 0}table.entries td[data-label]::before{content:none}
 table.entries tr{padding:.3rem 0}table.entries td.amt{font-weight:700}
}
`;

function definition(t: ConsoleTexts, text: string): Fragment {
  return html`<details><summary>${t.home.definitions}</summary><p>${text}</p></details>`;
}

/** A number with its key for tests: the shown words and the raw value. */
function num(key: string, raw: number, shown: string): Fragment {
  return html`<span data-k="${key}" data-value="${String(raw)}">${shown}</span>`;
}

function profitLine(t: ConsoleTexts, key: string, profit: number): Fragment {
  return html`${profit >= 0 ? t.member.profit : t.member.loss}: ${num(key, profit, formatRupiah(Math.abs(profit)))}`;
}

function recapCard(t: ConsoleTexts, key: 'this-week' | 'last-week' | 'this-month', title: string, r: Recap): Fragment {
  const day = (d: string) => formatDay(d, t.lang);
  return html`<section class="card" data-k="recap-${key}">
<h3>${title}</h3><p class="sub">${t.member.span(day(r.from), day(r.to))}</p>
<p>${t.member.sales}: <span class="big">${num(`sales-${key}`, r.sales, formatRupiah(r.sales))}</span></p>
<p>${t.member.expenses}: ${num(`expenses-${key}`, r.expenses, formatRupiah(r.expenses))}</p>
<p>${profitLine(t, `profit-${key}`, r.profit)}</p>
</section>`;
}

/**
 * Her chart drawn inline: the very SVG the chat's PNG is rendered from (charts.ts, labels
 * from the chat catalogue), so the office sees her picture. Inline rather than an <img> of
 * the PNG route: turning SVG into PNG (resvg in WebAssembly) takes 0.1–1 s of CPU per
 * picture, which two charts per page view would spend again and again, while the SVG is
 * ~7 KB of text the browser draws itself. The PNG stays one link away (to paste into a report).
 * The SVG holds only catalogue words, day numbers and amounts (no text anyone typed).
 */
function chartSvg(t: ConsoleTexts, c: ChartDays, today: string, label: string): Fragment {
  const svg = dailyChartSvg(c.days, repliesFor(t.lang).chartLabels({ period: c.period, from: c.from, to: c.to, today }));
  return html`${raw(svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" `))}`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function kindWord(t: ConsoleTexts, e: MemberEntry): string {
  return e.kind === 'sale' && e.amount < 0 ? t.member.kinds.saleReturn : t.member.kinds[e.kind];
}

function entryRow(t: ConsoleTexts, e: MemberEntry): Fragment {
  const c = t.member.columns;
  // Voided: struck through AND a word ("batal"/"diralat"), never colour alone.
  const strike = (content: string) => (e.voided ? html`<s>${content}</s>` : content);
  const quantity = e.quantity === null ? t.member.none : [formatCount(e.quantity), e.unit].filter(Boolean).join(' ');
  return html`<tr data-k="entry" data-id="${String(e.id)}" data-value="${String(e.amount)}" data-voided="${e.voided ? 'yes' : 'no'}"${e.voided ? html` class="void"` : ''}>
<td data-label="${c.day}">${formatDay(e.businessDate, t.lang)}</td>
<td data-label="${c.kind}">${strike(kindWord(t, e))}${e.voided ? html`<span class="tag">${e.corrected ? t.member.corrected : t.member.voided}</span>` : ''}</td>
<td data-label="${c.item}">${strike(e.item ?? t.member.none)}</td>
<td data-label="${c.quantity}" class="n">${strike(quantity)}</td>
<td data-label="${c.amount}" class="n amt">${strike(formatRupiah(e.amount))}</td>
<td data-label="${c.recordedBy}">${e.enteredBy === null ? t.member.byHerself : t.member.onBehalf(e.enteredBy)}</td>
</tr>`;
}

function entriesBlock(t: ConsoleTexts, v: MemberView): Fragment {
  const { rows, paging } = v.entries;
  const c = t.member.columns;
  const href = (p: number) => `/anggota/${v.person.id}?hal=${p}`;
  const nav = html`<nav class="pages" aria-label="${t.member.entries}">
${paging.page > 1 ? html`<a href="${href(paging.page - 1)}" rel="prev" data-k="page-newer">${t.member.newer}</a>` : ''}
<span data-k="page" data-value="${String(paging.page)}" data-pages="${String(paging.pages)}">${t.member.page(paging.page, paging.pages)}</span>
${paging.page < paging.pages ? html`<a href="${href(paging.page + 1)}" rel="next" data-k="page-older">${t.member.older}</a>` : ''}
</nav>`;
  return html`<section class="block" id="catatan" aria-labelledby="h-entries"><h2 id="h-entries">${t.member.entries}</h2>
<p class="sub" data-k="entry-count" data-value="${String(paging.total)}">${t.member.entriesCount(paging.total)}</p>
${
  rows.length
    ? html`<table class="rows entries"><thead><tr><th scope="col">${c.day}</th><th scope="col">${c.kind}</th><th scope="col">${c.item}</th><th scope="col" class="n">${c.quantity}</th><th scope="col" class="n">${c.amount}</th><th scope="col">${c.recordedBy}</th></tr></thead>
<tbody>${rows.map((e) => entryRow(t, e))}</tbody></table>`
    : html`<p>${t.member.noEntries}</p>`
}
${paging.pages > 1 ? nav : ''}
${definition(t, t.member.definitions.entries)}
</section>`;
}

function aboutBlock(t: ConsoleTexts, v: MemberView): Fragment {
  const m = t.member;
  const day = (d: string) => formatDay(d, t.lang);
  const platforms = v.platforms.length ? v.platforms.map((p) => m.platforms[p]).join(', ') : m.none;
  return html`<section class="block" aria-labelledby="h-about"><h2 id="h-about">${m.about}</h2>
<dl class="facts">
<dt>${m.chat}</dt><dd data-k="platforms">${platforms}</dd>
<dt>${m.phone}</dt><dd data-k="phone">${v.phone === null ? m.none : html`${v.phone} <span class="sub">(${m.phoneMasked})</span>`}</dd>
</dl>
<h3>${m.groups}</h3>
<table class="rows"><thead><tr><th scope="col">${m.group}</th><th scope="col">${m.role}</th><th scope="col">${m.facilitator}</th><th scope="col">${m.since}</th></tr></thead><tbody>
${v.memberships.map(
  (g) => html`<tr data-k="membership" data-group="${String(g.groupId)}" data-status="${g.status}">
<td data-label="${m.group}"><a href="/kelompok/${String(g.groupId)}">${g.groupName}</a>${g.status === 'active' ? '' : html` <span class="tag">${g.status === 'pending' ? m.status.pending : m.status.removed(day(g.leftOn ?? g.joinedOn))}</span>`}</td>
<td data-label="${m.role}">${m.roles[g.role]}</td>
<td data-label="${m.facilitator}">${g.facilitator}</td>
<td data-label="${m.since}">${day(g.joinedOn)}</td></tr>`,
)}
</tbody></table>
</section>`;
}

function booksBlock(t: ConsoleTexts, v: MemberView): Fragment {
  const { thisWeek, lastWeek, thisMonth } = v.recaps;
  const m = t.member;
  const chart = (periode: 'minggu' | 'bulan', title: string, r: Recap, c: ChartDays) =>
    html`<figure data-k="chart-${periode}">${chartSvg(t, c, v.today, m.chartAlt(title.toLowerCase(), formatRupiah(r.sales), formatRupiah(r.expenses)))}
<figcaption>${title} · <a href="/anggota/${String(v.person.id)}/grafik.png?periode=${periode}" data-k="chart-png-${periode}">${m.chartPng}</a></figcaption></figure>`;
  return html`<section class="block" aria-labelledby="h-books"><h2 id="h-books">${m.books}</h2>
<div class="recaps">
${recapCard(t, 'this-week', m.thisWeek, thisWeek)}
${recapCard(t, 'last-week', m.lastWeek, lastWeek)}
${recapCard(t, 'this-month', m.thisMonth, thisMonth)}
</div>
${definition(t, `${m.definitions.recap} ${m.definitions.lastWeek}`)}
<div class="charts">
${chart('minggu', m.chartWeek, thisWeek, v.charts.week)}
${chart('bulan', m.chartMonth, thisMonth, v.charts.month)}
</div>
</section>`;
}

function ordersBlock(t: ConsoleTexts, v: MemberView): Fragment {
  const m = t.member;
  const goods = (o: MemberView['orders'][number]) => [o.quantity === null ? null : formatCount(o.quantity), o.unit, o.item].filter(Boolean).join(' ') || m.none;
  const orders = v.orders.length
    ? html`<table class="rows"><thead><tr><th scope="col">${m.customer}</th><th scope="col">${m.what}</th><th scope="col">${m.due}</th><th scope="col" class="n">${m.remaining}</th></tr></thead><tbody>
${v.orders.map(
  (o) => html`<tr data-k="order" data-id="${String(o.id)}" data-value="${String(o.total - o.paid)}">
<td data-label="${m.customer}">${o.customer}</td><td data-label="${m.what}">${goods(o)}</td>
<td data-label="${m.due}">${o.dueDate ? formatDay(o.dueDate, t.lang) : m.noDue}</td><td data-label="${m.remaining}" class="n">${formatRupiah(o.total - o.paid)}</td></tr>`,
)}</tbody></table>`
    : html`<p>${m.ordersNone}</p>`;
  const owed = v.owed.customers.length
    ? html`<table class="rows"><thead><tr><th scope="col">${m.customer}</th><th scope="col" class="n">${m.owedAmount}</th><th scope="col">${m.owedSince}</th></tr></thead><tbody>
${v.owed.customers.map(
  (c) => html`<tr data-k="owed" data-value="${String(c.owed)}"><td data-label="${m.customer}">${c.customer}</td><td data-label="${m.owedAmount}" class="n">${formatRupiah(c.owed)}</td><td data-label="${m.owedSince}">${formatDay(c.since, t.lang)}</td></tr>`,
)}</tbody></table>
<p>${m.owedTotal}: <strong>${num('owed-total', v.owed.total, formatRupiah(v.owed.total))}</strong></p>`
    : html`<p>${m.owedNone}</p>`;
  return html`<section class="block" aria-labelledby="h-orders"><h2 id="h-orders">${m.orders}</h2>${orders}${definition(t, m.definitions.orders)}</section>
<section class="block" aria-labelledby="h-owed"><h2 id="h-owed">${m.owed}</h2>${owed}${definition(t, m.definitions.owed)}</section>`;
}

function quarterlyBlock(t: ConsoleTexts, v: MemberView): Fragment {
  const m = t.member;
  const money = (key: string, value: number | null) => (value === null ? html`<span data-k="${key}" data-value="">${m.notAnswered}</span>` : num(key, value, formatRupiah(value)));
  return html`<section class="block" aria-labelledby="h-quarterly"><h2 id="h-quarterly">${m.quarterly}</h2>
<table class="rows"><thead><tr><th scope="col">${m.quarterly}</th><th scope="col" class="n">${m.turnoverFromBooks}</th><th scope="col" class="n">${m.turnoverReported}</th><th scope="col" class="n">${m.assets}</th><th scope="col" class="n">${m.employees}</th></tr></thead><tbody>
${v.quarters.map(
  (q) => html`<tr data-k="quarter" data-quarter="${q.quarter}">
<td data-label="${m.quarterly}">${m.quarterName(q.quarter)}${q.running ? html` <span class="sub">(${m.running})</span>` : ''}</td>
<td data-label="${m.turnoverFromBooks}" class="n">${num(`q-books-${q.quarter}`, q.turnoverFromBooks, formatRupiah(q.turnoverFromBooks))}</td>
<td data-label="${m.turnoverReported}" class="n">${money(`q-turnover-${q.quarter}`, q.turnoverReported)}</td>
<td data-label="${m.assets}" class="n">${money(`q-assets-${q.quarter}`, q.assets)}</td>
<td data-label="${m.employees}" class="n">${q.employees === null ? html`<span data-k="q-employees-${q.quarter}" data-value="">${m.notAnswered}</span>` : num(`q-employees-${q.quarter}`, q.employees, formatCount(q.employees))}</td></tr>`,
)}</tbody></table>
${definition(t, m.definitions.quarterly)}
</section>`;
}

/** Says so when the viewer reads only part of her books (book-window.ts decides which part). */
function windowNote(t: ConsoleTexts, v: MemberView): Fragment | '' {
  const { from, to } = v.window;
  const day = (d: string) => formatDay(d, t.lang);
  const w = t.member.window;
  if (from === null && to === null) return '';
  const text = from === null ? w.until(day(to!)) : to === null ? w.from(day(from)) : w.between(day(from), day(to));
  return html`<p class="note" data-k="book-window" data-from="${from ?? ''}" data-to="${to ?? ''}">${text}</p>`;
}

export function memberPage(t: ConsoleTexts, view: MemberPageView): Fragment {
  const v = view.member;
  const header = staffHeader(t, view, 'members');
  const body = html`<p><a href="/">${t.member.back}</a></p>
<h1 data-k="member-name">${v.person.name}</h1>
<p class="sub">${t.home.asOf(formatDay(v.today, t.lang))}</p>
${windowNote(t, v)}
${aboutBlock(t, v)}
${booksBlock(t, v)}
${entriesBlock(t, v)}
${ordersBlock(t, v)}
${quarterlyBlock(t, v)}`;
  // The switch returns to her first page: /bahasa takes a bare path only (no query), to stay an on-site redirect.
  return page(t, { title: v.person.name, header, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=/anggota/${v.person.id}`, style: STYLE });
}
