/**
 * Finding a member (/anggota?cari=…): a search box, then the members of her scope whose name
 * holds the words, 30 a page: how many (counted up to 500), then name (to her page), her
 * groups, the last day she recorded.
 * One card per member on a phone (TABLE_STYLE's `stack`).
 */
import { html } from 'hono/html';
import type { MemberSearch } from '../../modules/member-view/member-search.service.ts';
import { formatDay } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';

export function searchHref(query: string, n = 1): string {
  // encodeURIComponent, not URLSearchParams: a space is %20, not "+", which /bahasa's
  // return-path check (console-app.ts) does not let through.
  const q = [query ? `cari=${encodeURIComponent(query)}` : '', n > 1 ? `hal=${n}` : ''].filter(Boolean).join('&');
  return q ? `/anggota?${q}` : '/anggota';
}

/** The search box; also on the groups page (`id` kept unique per page). */
export function searchForm(t: ConsoleTexts, query: string, id = 'cari'): Fragment {
  return html`<form method="get" action="/anggota" role="search" class="find"><label for="${id}">${t.search.label}</label>
<input id="${id}" name="cari" type="search" value="${query}" maxlength="60" autocomplete="off"><button class="btn" type="submit" data-k="search">${t.search.button}</button></form>`;
}

export const SEARCH_STYLE = `form.find{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:0 0 .75rem}form.find label{width:100%}form.find input{flex:1 1 10rem;min-width:0}`;

export function memberSearchPage(t: ConsoleTexts, v: Viewing, s: MemberSearch): Fragment {
  const S = t.search;
  const day = (d: string | null) => (d ? formatDay(d, t.lang) : t.groups.never);
  const groupsOf = (r: MemberSearch['rows'][number]) =>
    r.groups.map(
      (g, i) =>
        html`${i ? ', ' : ''}<a href="/kelompok/${String(g.groupId)}">${g.name}</a>${g.status === 'active' ? '' : html` <span class="tag">${S.left}</span>`}`,
    );
  const table = html`<table class="stack" data-k="found" data-value="${String(s.rows.length)}"><thead><tr><th scope="col">${S.col.name}</th><th scope="col">${S.col.groups}</th><th scope="col">${S.col.lastDay}</th></tr></thead><tbody>
${s.rows.map(
  (r) => html`<tr data-person="${String(r.personId)}"><td class="first" data-label="${S.col.name}"><a href="/anggota/${String(r.personId)}" data-k="member">${r.name}</a></td>
<td data-label="${S.col.groups}">${groupsOf(r)}</td><td data-label="${S.col.lastDay}" data-k="last-day" data-value="${r.lastDay ?? ''}">${day(r.lastDay)}</td></tr>`,
)}</tbody></table>`;
  const pager =
    s.page > 1 || s.more
      ? html`<nav class="pager" aria-label="${S.results(s.query)}">
${s.page > 1 ? html`<a href="${searchHref(s.query, s.page - 1)}" rel="prev" data-k="page-prev">${t.pager.previous}</a>` : ''}
<span data-k="page" data-value="${String(s.page)}">${S.page(s.page)}</span>
${s.more ? html`<a href="${searchHref(s.query, s.page + 1)}" rel="next" data-k="page-next">${t.pager.next}</a>` : ''}</nav>`
      : '';
  // Counted up to FOUND_COUNT_CAP only: past it "more than 500" (data-more), never the whole scope.
  const count = s.found
    ? html`<p class="sub" data-k="found-count" data-value="${String(s.found.count)}" data-more="${String(s.found.atLeast)}">${
        s.found.atLeast ? S.foundMore(s.found.count) : S.found(s.found.count)
      }</p>`
    : '';
  const results = !s.query
    ? html`<p class="sub">${S.hint}</p>`
    : s.rows.length
      ? html`<h2>${S.results(s.query)}</h2>${count}${table}${pager}`
      : html`<p class="note" data-k="found" data-value="0">${S.none(s.query)}</p>${pager}`;
  const body = html`<h1>${S.heading}</h1>
${searchForm(t, s.query)}
<p><a href="/anggota/impor" data-k="import-link">${t.memberImport.link}</a></p>
${results}
<details><summary>${t.home.definitions}</summary><p>${S.definition}</p></details>`;
  return page(t, { title: S.heading, header: staffHeader(t, v, 'members'), body, style: TABLE_STYLE + SEARCH_STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(searchHref(s.query, s.page))}` });
}
