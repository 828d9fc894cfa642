/**
 * The collection sheet (/kelompok/:id/penagihan): a page made to be printed for the group's
 * monthly meeting. On screen it has the usual header and a way back; printed (`@media print`)
 * only the sheet is left: no header or menu, black on white, on A4 portrait, with a blank
 * "paid" column and a signature column to fill in by hand. On a phone's screen each loan is a
 * card (TABLE_STYLE's `stack`, as on the loans page; the blank columns are for paper only), so
 * nothing scrolls sideways at 360 px; printed it stays a table. A "Cetak" button opens the
 * print dialog where scripts run (print-script.ts, the one same-origin file the CSP allows);
 * without them it stays hidden and the hint beside it names the browser's own Print menu.
 * Numbers carry data-k / data-value.
 */
import { html } from 'hono/html';
import type { CollectionRow, CollectionSheet } from '../../modules/loans/collection-sheet.service.ts';
import { formatCount, formatDay, formatRupiah } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, printButton, type Fragment } from './layout.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';

const STYLE = `
dl.sheet-facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 .8rem}dl.sheet-facts dt{font-weight:600}dl.sheet-facts dd{margin:0}
table.sheet{font-size:.9rem}table.sheet th,table.sheet td{border:1px solid #9aa59e;padding:.35rem .4rem}
table.sheet td.blank{min-width:6rem}table.sheet tfoot td{font-weight:700}
.screen-only{margin:.5rem 0}
@media screen and (max-width:44rem){table.sheet td{border:0}table.sheet td.blank{display:none}}
@page{size:A4 portrait;margin:12mm}
@media print{
header,nav,.screen-only{display:none!important}
body{background:#fff;color:#000;font-size:10.5pt}main{max-width:none;padding:0}
.scroll{overflow:visible}table.sheet{width:100%;background:#fff;color:#000;font-size:9.5pt}
table.sheet th,table.sheet td{border:1px solid #000;color:#000;padding:4pt 3pt}table.sheet td.blank{height:24pt}
tr{break-inside:avoid}thead{display:table-header-group}main a{color:#000!important;text-decoration:none}details,.sub{color:#000}
}
`;

function row(t: ConsoleTexts, r: CollectionRow, n: number): Fragment {
  const C = t.collection;
  const money = (k: string, label: string, v: number) => html`<td class="n" data-label="${label}" data-k="${k}" data-value="${String(v)}">${formatRupiah(v)}</td>`;
  return html`<tr data-loan="${String(r.loanId)}"><td class="n" data-label="${C.number}">${String(n)}</td>
<td class="first">${r.borrower ? html`<a href="/anggota/${String(r.borrower.personId)}">${r.borrower.name}</a>` : C.groupLoan}</td>
${money('instalment-due', C.instalmentDue, r.instalmentDue)}${money('arrears', C.arrears, r.arrears)}<td class="n" data-label="${C.daysLate}" data-k="days-late" data-value="${String(r.daysLate)}">${formatCount(r.daysLate)}</td>
${money('to-collect', C.toCollect, r.toCollect)}<td class="blank"></td><td class="blank"></td></tr>`;
}

export function collectionSheetPage(t: ConsoleTexts, v: Viewing, s: CollectionSheet): Fragment {
  const C = t.collection;
  const g = s.group;
  const money = (k: string, label: string, value: number) => html`<td class="n" data-label="${label}" data-k="${k}" data-value="${String(value)}">${formatRupiah(value)}</td>`;
  const table = html`<div class="scroll" role="region" aria-label="${C.tableLabel}" tabindex="0"><table class="sheet stack" data-k="sheet" data-value="${String(s.rows.length)}">
<thead><tr><th scope="col" class="n">${C.number}</th><th scope="col">${C.borrower}</th><th scope="col" class="n">${C.instalmentDue}</th><th scope="col" class="n">${C.arrears}</th>
<th scope="col" class="n">${C.daysLate}</th><th scope="col" class="n">${C.toCollect}</th><th scope="col">${C.paid}</th><th scope="col">${C.signature}</th></tr></thead>
<tbody>${s.rows.map((r, i) => row(t, r, i + 1))}</tbody>
<tfoot><tr data-loan="total"><td></td><td class="first">${C.total}</td>${money('total-instalment-due', C.instalmentDue, s.totals.instalmentDue)}${money('total-arrears', C.arrears, s.totals.arrears)}<td></td>
${money('total-to-collect', C.toCollect, s.totals.toCollect)}<td class="blank"></td><td></td></tr></tfoot></table></div>`;
  const body = html`<h1>${C.heading(g.name)}</h1>
<p class="screen-only">${printButton(C.print)} <a href="/kelompok/${String(g.id)}">${C.back}</a> · <span class="sub">${C.printHint}</span></p>
<dl class="sheet-facts"><dt>${C.facilitator}</dt><dd data-k="facilitator">${g.facilitatorName}</dd>
<dt>${C.date}</dt><dd data-k="today" data-value="${s.today}">${formatDay(s.today, t.lang)}</dd></dl>
<p class="sub">${C.period(formatDay(s.today, t.lang), formatDay(s.monthEnd, t.lang))}</p>
${s.rows.length ? table : html`<p class="note" data-k="empty">${C.empty}</p>`}
<ul class="sub">${C.notes.map((n) => html`<li>${n}</li>`)}</ul>`;
  return page(t, { title: C.heading(g.name), header: staffHeader(t, v, 'groups'), body, style: TABLE_STYLE + STYLE, printButton: true, langHref: `/bahasa/${t.otherLanguage.code}?ke=/kelompok/${String(g.id)}/penagihan` });
}
