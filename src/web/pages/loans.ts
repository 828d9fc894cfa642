/**
 * The loans page (/pinjaman): the home page's loan numbers again (the same service, so the
 * same figures), then every loan still owing principal, the longest late first, 50 a page
 * (one card per loan on a phone, every column named in it: TABLE_STYLE's `stack`);
 * `?saring=par30` keeps the loans at risk. Every column's meaning is written below the table.
 */
import { html } from 'hono/html';
import type { Portfolio } from '../../modules/loans/portfolio.ts';
import type { OutstandingLoans } from '../../modules/loans/portfolio.service.ts';
import { formatCount, formatDay, formatPercent, formatRupiah } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { card } from './home.ts';
import { page, type Fragment } from './layout.ts';
import { TABLE_STYLE } from './nav.ts';
import { pager } from './pager.ts';

export interface LoansView {
  header: Fragment;
  today: string;
  atRiskOnly: boolean;
  summary: Portfolio;
  list: OutstandingLoans;
}

function hrefOf(atRiskOnly: boolean, n: number): string {
  const query = [atRiskOnly ? 'saring=par30' : '', n > 1 ? `hal=${n}` : ''].filter(Boolean).join('&');
  return query ? `/pinjaman?${query}` : '/pinjaman';
}

export function loansPage(t: ConsoleTexts, v: LoansView): Fragment {
  const L = t.loans;
  const s = v.summary;
  const pct = (r: number | null) => formatPercent(r, t.lang, t.home.none);
  const num = (key: string, label: string, value: number, shown: string | Fragment) => html`<td class="n" data-label="${label}" data-k="${key}" data-value="${String(value)}">${shown}</td>`;
  const rows = v.list.rows.map(
    (r) => html`<tr data-loan="${String(r.loanId)}">
<td class="first" data-label="${L.borrower}">${r.personId === null ? html`<span data-k="borrower">${L.groupLoan}</span>` : html`<a href="/anggota/${String(r.personId)}" data-k="borrower">${r.borrower}</a>`}</td>
<td data-label="${L.group}"><a href="/kelompok/${String(r.groupId)}" data-k="group">${r.groupName}</a> · <a href="/kelompok/${String(r.groupId)}/penagihan" data-k="collection-sheet">${t.collection.sheetShort}</a></td>
${num('principal', L.principal, r.principal, html`<a href="/pinjaman/${String(r.loanId)}" data-k="loan-link">${formatRupiah(r.principal)}</a>`)}${num('outstanding', L.outstanding, r.outstandingPrincipal, formatRupiah(r.outstandingPrincipal))}
${num('late-instalments', L.lateInstalments, r.lateInstalments, formatCount(r.lateInstalments))}${num('days-late', L.daysLate, r.daysLate, formatCount(r.daysLate))}
<td data-label="${L.risk}" data-k="at-risk" data-value="${r.atRisk ? '1' : '0'}"${r.atRisk ? html` class="risk"` : ''}>${r.atRisk ? L.atRiskYes : L.atRiskNo}</td>
</tr>`,
  );
  const tab = (atRiskOnly: boolean, label: string) =>
    html`<a href="${hrefOf(atRiskOnly, 1)}"${v.atRiskOnly === atRiskOnly ? html` aria-current="page"` : ''} data-k="filter-${atRiskOnly ? 'par30' : 'all'}">${label}</a>`;
  const table =
    v.list.rows.length === 0
      ? html`<p class="note" data-k="empty">${L.empty}</p>`
      : html`<div class="scroll" role="region" aria-label="${L.tableLabel}" tabindex="0"><table class="stack">
<thead><tr><th scope="col">${L.borrower}</th><th scope="col">${L.group}</th><th scope="col" class="n">${L.principal}</th><th scope="col" class="n">${L.outstanding}</th><th scope="col" class="n">${L.lateInstalments}</th><th scope="col" class="n">${L.daysLate}</th><th scope="col">${L.risk}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
  const body = html`<h1>${L.heading}</h1><p class="sub" data-k="as-of">${t.home.asOf(formatDay(v.today, t.lang))}</p>
<div class="grid">
${card(t, { key: 'loans-outstanding', title: t.home.loansOutstanding, value: formatRupiah(s.outstandingPrincipal), raw: s.outstandingPrincipal, sub: t.home.loansCount(s.activeLoans), definition: t.definitions.loansOutstanding })}
${card(t, { key: 'par30', title: t.home.par30, value: pct(s.par30), raw: s.par30, sub: html`<span data-k="at-risk-principal" data-value="${String(s.atRiskPrincipal)}">${formatRupiah(s.atRiskPrincipal)}</span>`, definition: t.definitions.par30 })}
${card(t, { key: 'on-time', title: t.home.onTime, value: pct(s.onTimeRate), raw: s.onTimeRate, sub: t.home.onTimeOf(s.instalmentsOnTime, s.instalmentsDue), definition: t.definitions.onTime })}
</div>
<nav class="tabs" aria-label="${L.filterLabel}">${tab(false, L.all)}${tab(true, L.atRisk)}</nav>
<p data-k="loans-listed" data-value="${String(v.list.total)}">${L.listed(v.list.total)}</p>
${table}
${pager(t, v.list.page, v.list.pages, (n) => hrefOf(v.atRiskOnly, n))}
<h2>${L.columnsHeading}</h2>
<dl class="defs">
<dt>${L.borrower}</dt><dd>${L.columns.borrower}</dd><dt>${L.group}</dt><dd>${L.columns.group}</dd>
<dt>${L.outstanding}</dt><dd>${L.columns.outstanding}</dd><dt>${L.lateInstalments}</dt><dd>${L.columns.lateInstalments}</dd>
<dt>${L.daysLate}</dt><dd>${L.columns.daysLate}</dd><dt>${L.risk}</dt><dd>${L.columns.risk}</dd>
<dt>${t.home.par30}</dt><dd>${t.definitions.par30}</dd><dt>${t.home.onTime}</dt><dd>${t.definitions.onTime}</dd>
<dt>${L.listed(v.list.total)}</dt><dd>${L.columns.listed}</dd>
</dl>`;
  const here = hrefOf(v.atRiskOnly, v.list.page);
  return page(t, { title: L.heading, header: v.header, body, style: TABLE_STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(here)}` });
}
