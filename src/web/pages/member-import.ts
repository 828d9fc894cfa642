/**
 * Importing members from a file (/anggota/impor): the upload form, then the dry run — every
 * row's outcome before anything is written (problems first, with their reasons in words), a
 * button that leaves the rows with problems out, and the save button once none is left —
 * then what was written. Phones are shown masked, as everywhere in the console (screenshots
 * travel); a cell that is not a phone is shown as written, so she can find it in her file.
 *
 * The rows with problems are shown whole (each must be fixed or left out); the rows ready to
 * save, `FINE_PER_PAGE` a page (`?hal=`, core/paging.ts) under the totals of the whole file: a
 * dry run of 5,000 clean rows was a 1.5 MB page.
 */
import { html } from 'hono/html';
import type { ImportPreview } from '../../modules/member-import/member-import.service.ts';
import type { CheckedRow } from '../../modules/member-import/member-import.ts';
import type { FileProblem, MemberColumn } from '../../modules/member-import/member-file.ts';
import { maskPhone } from '../../modules/people/phone.ts';
import { pageWithin } from '../../core/paging.ts';
import { formatCount } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { pager } from './pager.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';

const STYLE = `dl.sum{display:grid;grid-template-columns:minmax(0,1fr) max-content;max-width:30rem;gap:.2rem 1rem;margin:0 0 1rem}dl.sum dt{font-weight:600;color:#3b4a42}dl.sum dd{margin:0;text-align:right}
form.stack{max-width:min(22rem,100%);grid-template-columns:minmax(0,1fr)}input[type=file]{width:100%;min-width:0}ul.cols{margin:.25rem 0 .75rem;padding-left:1.2rem}form.inline{margin:.75rem 0}`;

export type UploadNotice = { problem: FileProblem; missing?: MemberColumn[] };

const langHref = (t: ConsoleTexts, back: string) => `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(back)}`;

function uploadForm(t: ConsoleTexts, v: Viewing): Fragment {
  const M = t.memberImport;
  return html`<form method="post" action="/anggota/impor" enctype="multipart/form-data" class="stack" data-k="upload">
<input type="hidden" name="csrf" value="${v.csrf}"><label for="berkas">${M.fileLabel}</label>
<input id="berkas" name="berkas" type="file" required accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
<button class="btn" type="submit">${M.upload}</button></form>`;
}

/** `forGroup`: the group page's link brought her (its number, shown as a hint; nothing is chosen for her). */
export function memberImportFormPage(t: ConsoleTexts, v: Viewing, notice?: UploadNotice, forGroup?: number): Fragment {
  const M = t.memberImport;
  const problem = notice
    ? html`<p class="note err" role="alert" data-k="file-problem" data-value="${notice.problem}">${M.fileProblems[notice.problem]}${notice.missing?.length ? html` ${M.missingColumns(notice.missing.map((c) => M.columnNames[c]).join(', '))}` : ''}</p>`
    : '';
  const body = html`<h1>${M.heading}</h1>${problem}<p>${M.intro}</p>
<p>${M.columns}</p><ul class="cols">${M.columnList.map((c) => html`<li>${c}</li>`)}</ul><p class="sub">${M.example}</p>
${forGroup === undefined ? '' : html`<p class="note" data-k="for-group" data-value="${String(forGroup)}">${M.forGroup(forGroup)}</p>`}
${uploadForm(t, v)}`;
  return page(t, { title: M.heading, header: staffHeader(t, v, 'members'), body, style: TABLE_STYLE + STYLE, langHref: langHref(t, '/anggota/impor') });
}

function outcomeText(t: ConsoleTexts, r: CheckedRow): string {
  const M = t.memberImport;
  const o = r.outcome;
  switch (o.kind) {
    case 'new':
      return M.outcomes.new;
    case 'unchanged':
      return M.outcomes.unchanged;
    case 'existing':
      return o.membership === 'active' ? M.outcomes.roleChange(t.audit.memberRoles[o.role!] ?? o.role!, t.audit.memberRoles[r.role!] ?? r.role!) : M.outcomes.existing;
    case 'error':
      return `${M.problems[o.problem]}${o.sameAsLine === undefined ? '' : ` ${M.sameAs(o.sameAsLine)}`}`;
  }
}

function rowsTable(t: ConsoleTexts, rows: readonly CheckedRow[], key: string): Fragment {
  const M = t.memberImport;
  const phone = (r: CheckedRow) => (r.phone ? (maskPhone(r.phone) ?? r.phoneCell) : r.phoneCell);
  const role = (r: CheckedRow) => (r.role ? (t.audit.memberRoles[r.role] ?? r.role) : r.roleCell);
  return html`<div class="scroll"><table class="stack" data-k="${key}"><thead><tr><th scope="col">${M.line}</th><th scope="col">${M.name}</th><th scope="col">${M.phone}</th><th scope="col">${M.group}</th><th scope="col">${M.role}</th><th scope="col">${M.outcome}</th></tr></thead><tbody>
${rows.map(
  (r) => html`<tr data-line="${String(r.line)}" data-outcome="${r.outcome.kind === 'error' ? r.outcome.problem : r.outcome.kind}"><td class="first" data-label="${M.line}">${String(r.line)}</td>
<td data-label="${M.name}">${r.name}</td><td data-label="${M.phone}">${phone(r)}</td><td data-label="${M.group}">${r.group ? r.group.name : r.groupCell}</td><td data-label="${M.role}">${role(r)}</td>
<td data-label="${M.outcome}">${outcomeText(t, r)}</td></tr>`,
)}</tbody></table></div>`;
}

/** The rows she left out, each with its reason then: to fix in her file and import later. */
function droppedList(t: ConsoleTexts, p: ImportPreview): Fragment | string {
  const M = t.memberImport;
  if (!p.dropped.length) return '';
  const reason = (d: ImportPreview['dropped'][number]) =>
    d.problem ? `${M.problems[d.problem]}${d.sameAsLine === undefined ? '' : ` ${M.sameAs(d.sameAsLine)}`}` : M.droppedNoProblem;
  return html`<section class="block" aria-labelledby="h-dropped"><h2 id="h-dropped">${M.droppedHeading(p.dropped.length)}</h2><p class="sub">${M.droppedIntro}</p>
<ul class="cols" data-k="dropped" data-value="${String(p.dropped.length)}">${p.dropped.map((d) => html`<li data-line="${String(d.line)}" data-problem="${d.problem ?? ''}"><strong>${M.droppedLine(d.line, d.name)}</strong>: ${reason(d)}</li>`)}</ul></section>`;
}

/** Rows ready to save shown a page: a few screens on a phone, some tens of kilobytes. */
export const FINE_PER_PAGE = 200;

/**
 * The dry run of an upload not yet written (`changed`: a confirmation just found problems and
 * wrote nothing; `hal`: the page of rows ready to save asked for).
 */
export function memberImportPreviewPage(t: ConsoleTexts, v: Viewing, token: string, p: ImportPreview, changed: boolean, hal?: string): Fragment {
  const M = t.memberImport;
  const here = `/anggota/impor/${token}`;
  if (p.done) {
    const body = html`<h1>${M.heading}</h1><p class="note" role="status" data-k="import-done" data-added="${String(p.done.added)}" data-matched="${String(p.done.matched)}">${M.done(p.done.added, p.done.matched)}</p>
<p data-k="join-hint">${M.joinHint}</p>
${p.groups.length ? html`<ul class="cols" data-k="invitations">${p.groups.map((g) => html`<li><a href="/kelompok/${String(g.id)}/undangan" data-k="invitation-link">${M.inviteLink(g.name)}</a></li>`)}</ul>` : ''}
${droppedList(t, p)}
<p><a href="/kelompok">${t.nav.groups}</a> · <a href="/anggota/impor">${M.another}</a></p>`;
    return page(t, { title: M.heading, header: staffHeader(t, v, 'members'), body, style: TABLE_STYLE + STYLE, langHref: langHref(t, here) });
  }
  const bad = p.rows.filter((r) => r.outcome.kind === 'error');
  const fine = p.rows.filter((r) => r.outcome.kind !== 'error');
  const { page: finePage, pages: finePages } = pageWithin(hal, fine.length, FINE_PER_PAGE);
  const shown = fine.slice((finePage - 1) * FINE_PER_PAGE, finePage * FINE_PER_PAGE);
  const pageHref = (n: number) => `${here}?${changed ? 'n=berubah&' : ''}hal=${String(n)}`;
  const toWrite = p.counts.new + p.counts.existing;
  const summary = html`<dl class="sum" data-k="summary">
<dt>${M.summary.new}</dt><dd data-k="new" data-value="${String(p.counts.new)}">${formatCount(p.counts.new)}</dd>
<dt>${M.summary.existing}</dt><dd data-k="existing" data-value="${String(p.counts.existing)}">${formatCount(p.counts.existing)}</dd>
<dt>${M.summary.unchanged}</dt><dd data-k="unchanged" data-value="${String(p.counts.unchanged)}">${formatCount(p.counts.unchanged)}</dd>
<dt>${M.summary.errors}</dt><dd data-k="errors" data-value="${String(p.counts.errors)}">${formatCount(p.counts.errors)}</dd></dl>`;
  const problems = bad.length
    ? html`<section class="block"><h2>${M.problemsHeading}</h2>${rowsTable(t, bad, 'problems')}
<form method="post" action="${here}/hapus" class="inline"><input type="hidden" name="csrf" value="${v.csrf}">${bad.map((r) => html`<input type="hidden" name="baris" value="${String(r.line)}">`)}
<button class="btn" type="submit" data-k="drop-bad">${M.dropBad(bad.length)}</button></form>
<p>${M.orUploadAgain}</p>${uploadForm(t, v)}</section>`
    : toWrite > 0
      ? html`<form method="post" action="${here}" class="inline"><input type="hidden" name="csrf" value="${v.csrf}"><button class="btn" type="submit" data-k="confirm">${M.confirm(toWrite)}</button></form>`
      : html`<p class="note" data-k="nothing">${M.nothingToDo}</p>`;
  const body = html`<h1>${M.dryRunHeading(p.fileName)}</h1>
${changed ? html`<p class="note err" role="alert" data-k="changed">${M.changed}</p>` : ''}
<p>${M.dryRunIntro}</p>${summary}${problems}
${
  fine.length
    ? html`<section class="block" id="siap"><h2 data-k="fine-heading" data-value="${String(toWrite)}">${M.fineHeading(toWrite, p.counts.unchanged)}</h2>${rowsTable(t, shown, 'fine')}${pager(t, finePage, finePages, pageHref)}</section>`
    : ''
}
${droppedList(t, p)}`;
  return page(t, { title: M.heading, header: staffHeader(t, v, 'members'), body, style: TABLE_STYLE + STYLE, langHref: langHref(t, finePage > 1 ? `${here}?hal=${String(finePage)}` : here) });
}

export function memberImportGonePage(t: ConsoleTexts, v: Viewing): Fragment {
  const M = t.memberImport;
  const body = html`<h1 data-k="not-found">${M.heading}</h1><p class="note">${M.gone}</p>${uploadForm(t, v)}`;
  return page(t, { title: M.heading, header: staffHeader(t, v, 'members'), body, style: TABLE_STYLE + STYLE, langHref: langHref(t, '/anggota/impor') });
}
