/**
 * Giving a loan (/kelompok/:id/pinjaman-baru): the terms form (a GET: filling it in changes
 * nothing), then, once the terms make a schedule, every instalment as the loan will store it
 * and a button that gives the loan (a POST with the same terms and the session's CSRF token).
 * A term that makes no schedule is named beside the form in its own words.
 */
import { html } from 'hono/html';
import type { NewLoanForm } from '../../modules/loans/console-new-loan.service.ts';
import type { Instalment } from '../../modules/loans/schedule.ts';
import { formatDay, formatRupiah } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';

/** The form's fields as typed (query or body), by their names in the address. */
export type NewLoanFields = Record<'peminjam' | 'pokok' | 'bunga' | 'bulan' | 'metode' | 'jatuh' | 'cair', string>;

export interface NewLoanView {
  form: NewLoanForm;
  fields: NewLoanFields;
  /** The schedule of the terms, when they make one. */
  schedule?: Instalment[] | undefined;
  /** The term (or the borrower) to correct. */
  invalid?: keyof ConsoleTexts['newLoan']['invalid'] | undefined;
  /** Giving it was refused by the loans module (after the preview). */
  refused?: boolean;
  /** The "give" button pressed came from no preview (an old page): nothing was given. */
  stale?: boolean;
  /** The preview's one-time token, carried by its "give" button (one loan however often it is pressed). */
  request?: string | undefined;
}

const STYLE = `select,input{max-width:100%}form.terms{display:grid;gap:.5rem;max-width:24rem}`;

export function newLoanPage(t: ConsoleTexts, v: Viewing, view: NewLoanView): Fragment {
  const N = t.newLoan;
  const g = view.form.group;
  const f = view.fields;
  const action = `/kelompok/${String(g.id)}/pinjaman-baru`;
  const option = (value: string, label: string, current: string) => html`<option value="${value}"${current === value ? html` selected` : ''}>${label}</option>`;
  // `extra` is markup (html``), never a plain string: a string's quotes would be escaped a second time.
  const input = (name: keyof NewLoanFields, label: string, extra: Fragment) =>
    html`<label for="f-${name}">${label}</label><input id="f-${name}" name="${name}" value="${f[name]}" required ${extra}>`;
  const form = html`<form class="terms" method="get" action="${action}">
<label for="f-peminjam">${N.borrower}</label><select id="f-peminjam" name="peminjam">${option('kelompok', N.wholeGroup, f.peminjam)}${view.form.members.map((m) => option(String(m.personId), m.name, f.peminjam))}</select>
${input('pokok', N.principal, html`inputmode="numeric"`)}${input('bunga', N.rate, html`inputmode="decimal"`)}${input('bulan', N.months, html`inputmode="numeric"`)}
<label for="f-metode">${N.method}</label><select id="f-metode" name="metode">${option('flat', N.methods.flat, f.metode)}${option('declining', N.methods.declining, f.metode)}</select>
${input('jatuh', N.dueDay, html`inputmode="numeric"`)}${input('cair', N.disbursed, html`type="date"`)}
<button class="btn alt" type="submit" data-k="preview">${N.preview}</button></form>`;
  const preview = view.schedule
    ? html`<section class="block" aria-labelledby="h-preview"><h2 id="h-preview">${N.previewHeading}</h2><p class="sub">${N.previewNote}</p>
<div class="scroll" role="region" aria-label="${N.previewHeading}" tabindex="0"><table class="stack" data-k="preview-schedule" data-value="${String(view.schedule.length)}">
<thead><tr><th scope="col" class="n">${t.loanPage.number}</th><th scope="col">${t.loanPage.dueDate}</th><th scope="col" class="n">${t.loanPage.principal}</th><th scope="col" class="n">${t.loanPage.interest}</th><th scope="col" class="n">${t.loanPage.total}</th></tr></thead>
<tbody>${view.schedule.map(
        (i) => html`<tr data-instalment="${String(i.number)}"><td class="first" data-label="${t.loanPage.number}">${String(i.number)}</td><td data-label="${t.loanPage.dueDate}" data-k="due-date" data-value="${i.dueDate}">${formatDay(i.dueDate, t.lang)}</td>
<td class="n" data-label="${t.loanPage.principal}" data-k="principal" data-value="${String(i.principal)}">${formatRupiah(i.principal)}</td><td class="n" data-label="${t.loanPage.interest}" data-k="interest" data-value="${String(i.interest)}">${formatRupiah(i.interest)}</td>
<td class="n" data-label="${t.loanPage.total}" data-k="total" data-value="${String(i.total)}">${formatRupiah(i.total)}</td></tr>`,
      )}</tbody></table></div>
<form method="post" action="${action}"><input type="hidden" name="csrf" value="${v.csrf}"><input type="hidden" name="request" value="${view.request ?? ''}">${(Object.keys(f) as (keyof NewLoanFields)[]).map((k) => html`<input type="hidden" name="${k}" value="${f[k]}">`)}
<button class="btn" type="submit" data-k="give">${N.confirm}</button></form></section>`
    : '';
  const body = html`<h1>${N.heading(g.name)}</h1><p><a href="/kelompok/${String(g.id)}">${t.collection.back}</a></p>
${view.refused ? html`<p class="note err" role="status" data-k="refused">${N.refused}</p>` : ''}
${view.stale ? html`<p class="note err" role="status" data-k="stale">${N.stale}</p>` : ''}
${view.invalid ? html`<p class="note err" role="status" data-k="invalid" data-value="${view.invalid}">${N.invalid[view.invalid]}</p>` : ''}
${form}${preview}`;
  return page(t, { title: N.heading(g.name), header: staffHeader(t, v, 'groups'), body, style: TABLE_STYLE + STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=${action}` });
}
