/**
 * Downloads: a group's form (/kelompok/:id/unduh: the books as XLSX or CSV over a date range,
 * the quarterly report as PDF or XLSX) and her list (/unduhan) with each file's state and
 * progress. No script: while a file is being made the list reloads itself every few seconds
 * (`<meta http-equiv="refresh">`), with a link to do it by hand besides.
 */
import { html } from 'hono/html';
import { percentOf, expiresAt, type DownloadKind } from '../../modules/downloads/downloads.ts';
import type { DownloadForm, DownloadListed } from '../../modules/downloads/downloads.service.ts';
import { formatCount, formatDay, formatInstant } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';

/** Seconds between reloads of the list while something is being made. */
export const DOWNLOADS_REFRESH_SECONDS = 3;

const STYLE = `form.stack{max-width:min(22rem,100%);grid-template-columns:minmax(0,1fr);margin:.5rem 0 1rem}form.stack select,form.stack input{width:100%;min-width:0}
progress{width:100%;max-width:14rem;height:1rem}td .state{display:grid;gap:.2rem;justify-items:end}@media screen and (min-width:44rem){td .state{justify-items:start}}`;

const langHref = (t: ConsoleTexts, back: string) => `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(back)}`;

export type DownloadFormNotice = { invalid: 'kind' | 'range' | 'quarter' } | 'busy' | 'stale';

export interface DownloadFormView {
  form: DownloadForm;
  /** One-time tokens of the two forms (fresh on every render: a second press finds the first's file). */
  requests: { books: string; report: string };
  notice?: DownloadFormNotice | undefined;
}

function noticeText(t: ConsoleTexts, notice: DownloadFormNotice, max: number): string {
  if (notice === 'busy') return t.downloads.busy(max);
  if (notice === 'stale') return t.downloads.stale;
  return t.downloads.invalid[notice.invalid];
}

export function downloadFormPage(t: ConsoleTexts, v: Viewing, view: DownloadFormView, maxUnfinished: number): Fragment {
  const D = t.downloads;
  const { form } = view;
  const action = `/kelompok/${String(form.group.id)}/unduh`;
  const kindOption = (k: DownloadKind) => html`<option value="${k}">${D.kinds[k]}</option>`;
  const hidden = (request: string) => html`<input type="hidden" name="csrf" value="${v.csrf}"><input type="hidden" name="request" value="${request}">`;
  const current = form.quarters[0];
  const body = html`<h1>${D.formHeading(form.group.name)}</h1><p class="sub">${D.formIntro}</p>
${view.notice ? html`<p class="note err" role="alert" data-k="notice">${noticeText(t, view.notice, maxUnfinished)}</p>` : ''}
<section class="block card" aria-labelledby="h-books"><h2 id="h-books">${D.booksHeading}</h2><p class="sub">${D.booksIntro}</p>
<form method="post" action="${action}" class="stack" data-k="books-form">${hidden(view.requests.books)}
<label for="jenis-buku">${D.format}</label><select id="jenis-buku" name="jenis">${kindOption('export_xlsx')}${kindOption('export_csv')}</select>
<label for="dari">${D.from}</label><input id="dari" name="dari" type="date" required value="${form.defaults.from}" max="${form.today}">
<label for="sampai">${D.to}</label><input id="sampai" name="sampai" type="date" required value="${form.defaults.to}" max="${form.today}">
<button class="btn" type="submit" data-k="ask-books">${D.ask}</button></form></section>
<section class="block card" aria-labelledby="h-report"><h2 id="h-report">${D.reportHeading}</h2><p class="sub">${D.reportIntro}</p>
<form method="post" action="${action}" class="stack" data-k="report-form">${hidden(view.requests.report)}
<label for="jenis-laporan">${D.format}</label><select id="jenis-laporan" name="jenis">${kindOption('quarterly_pdf')}${kindOption('quarterly_xlsx')}</select>
<label for="triwulan">${D.quarter}</label><select id="triwulan" name="triwulan">${form.quarters.map(
    (q) => html`<option value="${q}"${q === form.defaults.quarter ? html` selected` : ''}>${D.quarterName(q, q === current)}</option>`,
  )}</select>
<button class="btn" type="submit" data-k="ask-report">${D.ask}</button></form></section>
<p><a href="/unduhan" data-k="to-list">${D.listHeading}</a> · <a href="/kelompok/${String(form.group.id)}">${D.backToGroup}</a></p>`;
  return page(t, { title: D.formHeading(form.group.name), header: staffHeader(t, v, 'groups'), body, style: TABLE_STYLE + STYLE, langHref: langHref(t, action) });
}

/** 1.234.567 bytes → "1,2 MB" / "1.2 MB"; small files in kB. */
export function formatSize(bytes: number, lang: 'id' | 'en'): string {
  const [n, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'MB'] : [Math.max(1, Math.round(bytes / 1000)), 'kB'];
  const text = unit === 'MB' ? (Math.round(n * 10) / 10).toFixed(1) : String(n);
  return `${lang === 'id' ? text.replace('.', ',') : text} ${unit}`;
}

function periodOf(t: ConsoleTexts, d: DownloadListed): string {
  if (d.quarter) return t.downloads.quarterName(d.quarter, false);
  return `${formatDay(d.from!, t.lang)} – ${formatDay(d.to!, t.lang)}`;
}

function stateOf(t: ConsoleTexts, d: DownloadListed, timeZone: string): Fragment {
  const D = t.downloads;
  const percent = percentOf(d.status, d.progressDone, d.progressTotal);
  if (d.status === 'ready') {
    return html`<span class="state"><span data-k="status">${D.status.ready}</span>
<a href="/unduhan/${String(d.id)}/berkas" download="${d.fileName ?? ''}" data-k="download">${D.download(formatSize(d.fileBytes ?? 0, t.lang))}</a>
<span class="sub">${D.kept(formatInstant(expiresAt(d.createdAt), timeZone, t.lang))}</span></span>`;
  }
  if (d.status === 'failed') return html`<span class="state"><span data-k="status" class="risk">${D.status.failed}</span><span>${d.failure ? D.failures[d.failure] : ''}</span></span>`;
  const steps = d.kind.startsWith('quarterly_');
  const detail = d.status === 'working' && d.progressTotal > 0 ? (steps ? D.progressSteps(d.progressDone, d.progressTotal) : D.progressRows(formatCount(Math.min(d.progressDone, d.progressTotal)), formatCount(d.progressTotal))) : '';
  return html`<span class="state"><span data-k="status">${D.status[d.status]}</span>
<progress max="100" value="${String(percent)}" aria-label="${D.status[d.status]}" data-k="progress">${String(percent)} %</progress><span class="sub" data-k="progress-text">${detail}</span></span>`;
}

export interface DownloadListView {
  downloads: readonly DownloadListed[];
  timeZone: string;
  notice?: 'asked' | 'again' | undefined;
}

export function downloadListPage(t: ConsoleTexts, v: Viewing, view: DownloadListView): Fragment {
  const D = t.downloads;
  const working = view.downloads.some((d) => d.status === 'waiting' || d.status === 'working');
  const rows = view.downloads.map(
    (d) => html`<tr data-k="download-row" data-id="${String(d.id)}" data-status="${d.status}" data-kind="${d.kind}" data-percent="${String(percentOf(d.status, d.progressDone, d.progressTotal))}">
<td class="first" data-label="${D.file}">${D.kinds[d.kind]} · <a href="/kelompok/${String(d.groupId)}">${d.groupName}</a></td>
<td data-label="${D.period}">${periodOf(t, d)}</td><td data-label="${D.when}">${formatInstant(d.createdAt, view.timeZone, t.lang)}</td>
<td data-label="${D.state}">${stateOf(t, d, view.timeZone)}</td></tr>`,
  );
  const body = html`<h1>${D.listHeading}</h1><p class="sub">${D.listIntro}</p>
${view.notice === 'again' || (view.notice === 'asked' && working) ? html`<p class="note" role="status" data-k="notice">${view.notice === 'again' ? D.again : D.asked}</p>` : ''}
${working ? html`<p class="sub" data-k="refreshing">${D.refreshing} <a href="/unduhan" data-k="refresh">${D.refresh}</a></p>` : ''}
${
  view.downloads.length === 0
    ? html`<p class="note" data-k="downloads-empty">${D.none}</p>`
    : html`<table class="stack" data-k="downloads"><thead><tr><th scope="col">${D.file}</th><th scope="col">${D.period}</th><th scope="col">${D.when}</th><th scope="col">${D.state}</th></tr></thead>
<tbody>${rows}</tbody></table>`
}`;
  return page(t, {
    title: D.listHeading,
    header: staffHeader(t, v, 'downloads'),
    body,
    style: TABLE_STYLE + STYLE,
    langHref: langHref(t, '/unduhan'),
    ...(working ? { refreshSeconds: DOWNLOADS_REFRESH_SECONDS } : {}),
  });
}
