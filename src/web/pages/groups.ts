/**
 * The groups list (/kelompok): every group of the viewer's scope, 50 a page, with the
 * "stopped recording this month" filter as the first thing on the page. Every number has
 * data-k / data-value on its cell (data-group on its row) for tests and scripts.
 */
import { html } from 'hono/html';
import { share } from '../../modules/indicators/indicators.ts';
import { GROUP_ORDERS } from '../../modules/indicators/group-list.ts';
import type { GroupList, GroupListRow } from '../../modules/indicators/group-list.service.ts';
import { formatCount, formatDay, formatPercent, formatRupiah } from '../format.ts';
import type { TradeName } from '../../modules/groups/trade-names.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { SEARCH_STYLE, searchForm } from './member-search.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';

/** The list's URL with these settings (the defaults are left out). */
export function groupsHref(o: { order: string; silentOnly: boolean; page?: number }): string {
  const q = new URLSearchParams();
  if (o.order !== 'nama') q.set('urut', o.order);
  if (o.silentOnly) q.set('saring', 'berhenti');
  if (o.page && o.page > 1) q.set('hal', String(o.page));
  const s = q.toString();
  return s ? `/kelompok?${s}` : '/kelompok';
}

function row(t: ConsoleTexts, g: GroupListRow, tradeName: TradeName): Fragment {
  const c = t.groups.col;
  const pct = (n: number) => formatPercent(share(n, g.members), t.lang, t.home.none);
  const place = [g.village, g.district].filter(Boolean).join(' / ') || t.home.none;
  return html`<tr data-group="${String(g.id)}">
<td class="first" data-label="${c.name}"><a href="/kelompok/${String(g.id)}">${g.name}</a>${g.silent ? html`<span class="tag" data-k="silent">${t.groups.silentMark}</span>` : ''}</td>
<td data-label="${c.trades}">${g.trades.map(tradeName).join(', ')}</td>
<td data-label="${c.place}">${place}</td>
<td data-label="${c.facilitator}">${g.facilitatorName}</td>
<td class="n" data-label="${c.members}" data-k="members" data-value="${String(g.members)}">${formatCount(g.members)}</td>
<td class="n" data-label="${c.recording}"><span><span data-k="recording-week" data-value="${String(share(g.recordersThisWeek, g.members) ?? '')}" data-count="${String(g.recordersThisWeek)}">${pct(g.recordersThisWeek)} ${t.groups.week}</span><br><span data-k="recording-month" data-value="${String(share(g.recordersThisMonth, g.members) ?? '')}" data-count="${String(g.recordersThisMonth)}">${pct(g.recordersThisMonth)} ${t.groups.month}</span></span></td>
<td class="n" data-label="${c.lastDay}" data-k="last-day" data-value="${g.lastDay ?? ''}">${g.lastDay ? formatDay(g.lastDay, t.lang) : t.groups.never}</td>
<td class="n" data-label="${c.arrears}" data-k="arrears" data-value="${String(g.overdue)}" data-count="${String(g.loansLate)}">${g.loansLate ? t.groups.arrearsOf(g.loansLate, formatRupiah(g.overdue)) : t.groups.noArrears}</td>
</tr>`;
}

/** `setUp`: the set-up links she may follow (issue #20): none for a facilitator, the programme form for an admin only. */
export function groupsPage(t: ConsoleTexts, v: Viewing, list: GroupList, tradeName: TradeName, setUp: { programme: boolean } | undefined = undefined): Fragment {
  const c = t.groups.col;
  const sortedBy = (order: string) => (list.order === order ? html` aria-sort="${order === 'nama' || order === 'catat' ? 'ascending' : 'descending'}"` : '');
  const filter = list.silentOnly
    ? html`<a class="btn alt" href="${groupsHref({ order: list.order, silentOnly: false })}" data-k="show-all" data-value="${String(list.allGroups)}">${t.groups.showAll(list.allGroups)}</a>`
    : html`<a class="btn" href="${groupsHref({ order: list.order, silentOnly: true })}" data-k="silent-count" data-value="${String(list.silentGroups)}">${t.groups.silentLink(list.silentGroups)}</a>`;
  const sort = html`<form method="get" action="/kelompok"><label for="urut">${t.groups.sortBy}</label>
<select id="urut" name="urut">${GROUP_ORDERS.map((o) => html`<option value="${o}"${o === list.order ? html` selected` : ''}>${t.groups.orders[o]}</option>`)}</select>
${list.silentOnly ? html`<input type="hidden" name="saring" value="berhenti">` : ''}<button class="btn" type="submit">${t.groups.sort}</button></form>`;
  const pager =
    list.pages > 1
      ? html`<nav class="pager" aria-label="${t.groups.pageOf(list.page, list.pages, list.total)}">
${list.page > 1 ? html`<a href="${groupsHref({ order: list.order, silentOnly: list.silentOnly, page: list.page - 1 })}" rel="prev">${t.groups.previous}</a>` : ''}
<span data-k="page" data-value="${String(list.page)}">${t.groups.pageOf(list.page, list.pages, list.total)}</span>
${list.page < list.pages ? html`<a href="${groupsHref({ order: list.order, silentOnly: list.silentOnly, page: list.page + 1 })}" rel="next" data-k="next">${t.groups.next}</a>` : ''}</nav>`
      : html`<p class="sub" data-k="page" data-value="1">${t.groups.pageOf(1, 1, list.total)}</p>`;
  const table = list.rows.length
    ? html`<table class="stack" data-k="groups" data-value="${String(list.total)}"><thead><tr>
<th scope="col"${sortedBy('nama')}>${c.name}</th><th scope="col">${c.trades}</th><th scope="col">${c.place}</th><th scope="col">${c.facilitator}</th>
<th scope="col" class="n"${sortedBy('anggota')}>${c.members}</th><th scope="col" class="n"${sortedBy('catat')}>${c.recording}</th><th scope="col" class="n">${c.lastDay}</th><th scope="col" class="n"${sortedBy('tunggakan')}>${c.arrears}</th>
</tr></thead><tbody>${list.rows.map((g) => row(t, g, tradeName))}</tbody></table>`
    : html`<p class="note" data-k="groups" data-value="0">${list.silentOnly ? t.groups.emptySilent : t.groups.empty}</p>`;
  const body = html`<h1>${list.silentOnly ? t.groups.silentHeading : t.groups.heading}</h1>
<div class="bar">${filter}${sort}</div>
${setUp ? setUpLinks(t, setUp.programme) : ''}
${table}
${pager}
${searchForm(t, '')}
<details><summary>${t.home.definitions}</summary>
<p><strong>${c.recording}</strong>: ${t.definitions.groupRecording}</p>
<p><strong>${c.lastDay}</strong>: ${t.definitions.lastDay}</p>
<p><strong>${c.arrears}</strong>: ${t.definitions.arrears}</p>
<p><strong>${t.groups.silentHeading}</strong>: ${t.definitions.silent}</p>
</details>`;
  const here = groupsHref({ order: list.order, silentOnly: list.silentOnly, page: list.page });
  return page(t, { title: t.groups.heading, header: staffHeader(t, v, 'groups'), body, style: TABLE_STYLE + SEARCH_STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(here)}` });
}

/** The set-up forms, for staff (onboarding-routes.ts): a group first, as most visits come for one. */
function setUpLinks(t: ConsoleTexts, programme: boolean): Fragment {
  const O = t.onboarding;
  return html`<nav class="bar" aria-label="${O.setUp}" data-k="set-up"><a class="btn" href="/kelompok/baru">${O.newGroup}</a> <a class="btn alt" href="/pendamping/baru">${O.newFacilitator}</a> <a class="btn alt" href="/wilayah/baru">${O.newRegion}</a>${programme ? html` <a class="btn alt" href="/program/baru">${O.newProgramme}</a>` : ''}</nav>`;
}
