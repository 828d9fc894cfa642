/**
 * A group's quarterly figures (/kelompok/:id/triwulan?q=2026-Q4): who has not answered yet
 * (first: what a facilitator opens the page for), then every active member's assets,
 * turnover and employees, each marked with where it came from — sent by the member in chat,
 * or filled in by a named staff member on her behalf (the programme office reports these to
 * partners: the source matters). One card per member on a phone (TABLE_STYLE's `stack`).
 * And the form that fills in one member's figures (/kelompok/:id/triwulan/:personId): a
 * figure she sent herself is shown, not offered for change. A member who left the group
 * within the quarter carries "keluar 12 Nov 2026" beside her name (data-k="left", data-value
 * the day), in the list, on her card and in her form's heading, as the report does. No script. Figures carry
 * data-k / data-value / data-source (member, staff or none) / data-by (the staff's person id).
 */
import { html } from 'hono/html';
import type { FigureName } from '../../modules/quarterly/figures.ts';
import type { Figure, GroupQuarter, QuarterFillForm, QuarterMember } from '../../modules/quarterly/quarterly-console.service.ts';
import { formatCount, formatDay, formatRupiah } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';

const STYLE = `.fig{display:inline-block;text-align:right}.src{display:block;font-size:.8rem;color:#46524b;font-weight:400;white-space:normal}.src.staff{color:#7a4a00}
ul.waiting{padding-left:1.2rem}ul.waiting li{margin:.25rem 0}nav.quarters{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;margin:0 0 .8rem}
form.fill{display:grid;gap:.35rem;max-width:24rem}form.fill .hint{font-size:.85rem;color:#3b4a42;margin:0 0 .4rem}form.fill .err{margin:0}
p.hers{margin:0 0 .5rem;padding:.4rem .6rem;background:#fff;border:1px solid #dde2dc;border-radius:6px}`;

/** "2026Q4" as it goes in the address: "2026-Q4". */
export const quarterParam = (label: string) => `${label.slice(0, 4)}-${label.slice(4)}`;

/** "triwulan 4 2026 (Okt–Des)". */
export const quarterWords = (t: ConsoleTexts, label: string) => t.quarterly.quarterName(Number(label.slice(0, 4)), Number(label.slice(5)));

const show = (f: FigureName, value: number) => (f === 'employees' ? formatCount(value) : formatRupiah(value));

function figureCell(t: ConsoleTexts, f: FigureName, figure: Figure, label: string): Fragment {
  const Q = t.quarterly;
  if (figure.value === null) return html`<td class="n" data-label="${label}" data-k="${f}" data-value="" data-source="none">${Q.missing}</td>`;
  const source = figure.filledBy
    ? html`<span class="src staff" data-k="${f}-source">${Q.filledBy(figure.filledBy.name)}</span>`
    : html`<span class="src" data-k="${f}-source">${Q.fromMember}</span>`;
  return html`<td class="n" data-label="${label}" data-k="${f}" data-value="${String(figure.value)}" data-source="${figure.filledBy ? 'staff' : 'member'}" data-by="${figure.filledBy ? String(figure.filledBy.personId) : ''}"><span class="fig">${show(f, figure.value)}${source}</span></td>`;
}

/** "keluar 12 Nov 2026" beside the name of a member who left within the quarter (the report's tag, leftWithin); nothing otherwise. */
function leftTag(t: ConsoleTexts, m: QuarterMember): Fragment | '' {
  return m.leftOn ? html` <span class="tag" data-k="left" data-value="${m.leftOn}">${t.quarterly.left(formatDay(m.leftOn, t.lang))}</span>` : '';
}

const fillHref = (groupId: number, m: QuarterMember, quarter: string) => `/kelompok/${String(groupId)}/triwulan/${String(m.personId)}?q=${quarterParam(quarter)}`;

export function groupQuarterPage(t: ConsoleTexts, v: Viewing, p: GroupQuarter, saved?: string): Fragment {
  const Q = t.quarterly;
  const c = Q.columns;
  const g = p.group;
  const words = quarterWords(t, p.quarter);
  // Still to complete: nothing yet, or some figures only (employees alone is not an answer).
  const waiting = p.members.filter((m) => !m.complete);
  const base = `/kelompok/${String(g.id)}/triwulan`;
  const rows = p.members.map(
    (m) => html`<tr id="m-${String(m.personId)}" data-person="${String(m.personId)}" data-answered="${m.complete ? 'yes' : m.answered ? 'partly' : 'no'}"><td class="first" data-label="${c.member}"><a href="/anggota/${String(m.personId)}">${m.name}</a>${leftTag(t, m)}</td>
${figureCell(t, 'assets', m.figures.assets, c.assets)}${figureCell(t, 'turnover', m.figures.turnover, c.turnover)}${figureCell(t, 'employees', m.figures.employees, c.employees)}
<td data-label="${c.action}"><a href="${fillHref(g.id, m, p.quarter)}" data-k="fill-link">${m.answered ? Q.correct : Q.fill}</a></td></tr>`,
  );
  const body = html`<h1>${Q.heading(g.name, words)}</h1>
<p><a href="/kelompok/${String(g.id)}">${Q.back}</a></p>
<nav class="quarters" aria-label="${words}"><a href="${base}?q=${quarterParam(p.previous)}" data-k="previous-quarter">${Q.previous}</a>${p.next ? html` <a href="${base}?q=${quarterParam(p.next)}" data-k="next-quarter">${Q.next}</a>` : ''}</nav>
${saved ? html`<p class="note" role="status" data-k="notice">${Q.notices.saved(saved)}</p>` : ''}
<p class="sub" data-k="answered" data-value="${String(p.members.length - waiting.length)}" data-of="${String(p.members.length)}">${Q.answered(p.members.length - waiting.length, p.members.length)}</p>
<section class="block" aria-labelledby="h-waiting"><h2 id="h-waiting">${Q.notAnsweredHeading} (${Q.people(waiting.length)})</h2>
${
  waiting.length
    ? html`<ul class="waiting" data-k="not-answered" data-value="${String(waiting.length)}">${waiting.map((m) => html`<li data-person="${String(m.personId)}" data-state="${m.answered ? 'partly' : 'none'}"><a href="#m-${String(m.personId)}">${m.name}</a>${leftTag(t, m)} (${m.answered ? Q.waitingState.partly : Q.waitingState.none})</li>`)}</ul>`
    : html`<p class="note" data-k="not-answered" data-value="0">${Q.allAnswered}</p>`
}</section>
<section class="block" aria-labelledby="h-figures"><h2 id="h-figures">${Q.tableLabel}</h2>
<table class="stack" data-k="figures" data-value="${String(p.members.length)}"><thead><tr><th scope="col">${c.member}</th><th scope="col" class="n">${c.assets}</th><th scope="col" class="n">${c.turnover}</th><th scope="col" class="n">${c.employees}</th><th scope="col">${c.action}</th></tr></thead>
<tbody>${rows}</tbody></table>
<details><summary>${t.home.definitions}</summary><p>${Q.definition}</p></details></section>`;
  return page(t, { title: Q.heading(g.name, words), header: staffHeader(t, v, 'groups'), body, style: TABLE_STYLE + STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(`${base}?q=${quarterParam(p.quarter)}`)}` });
}

/** The form's fields as typed, by their names in the form. */
export type FillFields = Record<'aset' | 'omset' | 'karyawan', string>;
export const FIELD_OF: Readonly<Record<FigureName, keyof FillFields>> = { assets: 'aset', turnover: 'omset', employees: 'karyawan' };

export interface FillView {
  form: QuarterFillForm;
  fields: FillFields;
  request: string;
  /** What to correct: a field's own message, or the whole form's. */
  errors?: readonly (keyof ConsoleTexts['quarterly']['invalid'])[] | undefined;
  stale?: boolean;
}

export function quarterFillPage(t: ConsoleTexts, v: Viewing, view: FillView): Fragment {
  const Q = t.quarterly;
  const F = Q.form;
  const { form } = view;
  const g = form.group;
  const m = form.member;
  const words = quarterWords(t, form.quarter);
  const action = `/kelompok/${String(g.id)}/triwulan/${String(m.personId)}`;
  const labels: Record<FigureName, string> = { assets: F.assets, turnover: F.turnover, employees: F.employees };
  const errors = view.errors ?? [];
  const field = (f: FigureName) => {
    const figure = m.figures[f];
    if (figure.value !== null && figure.filledBy === null) {
      return html`<span class="label">${labels[f]}</span><p class="hers" data-k="${f}-hers" data-value="${String(figure.value)}">${F.hers(show(f, figure.value))}</p>`;
    }
    const name = FIELD_OF[f];
    const hint = f === 'employees' ? F.employeesHint : '';
    const current = figure.value !== null && figure.filledBy ? html` ${F.current(show(f, figure.value), figure.filledBy.name)}` : '';
    const wrong = errors.includes(f);
    return html`<label for="f-${name}">${labels[f]}</label>
${wrong ? html`<p class="note err" id="e-${name}" data-k="error-${f}">${Q.invalid[f]}</p>` : ''}
<input id="f-${name}" name="${name}" value="${view.fields[name]}" inputmode="numeric" autocomplete="off" aria-describedby="${[hint || current ? `h-${name}` : '', wrong ? `e-${name}` : '', f === 'employees' ? '' : 'h-rupiah'].filter(Boolean).join(' ')}"${wrong ? html` aria-invalid="true"` : ''}>
${hint || current ? html`<p class="hint" id="h-${name}">${hint}${current}</p>` : ''}`;
  };
  const anyHers = (['assets', 'turnover', 'employees'] as const).some((f) => m.figures[f].value !== null && m.figures[f].filledBy === null);
  const formErrors = errors.filter((e) => e === 'empty' || e === 'member_gave' || e === 'report_invalid');
  const body = html`<h1>${F.heading(m.name)}${leftTag(t, m)}</h1>
<p><a href="/kelompok/${String(g.id)}/triwulan?q=${quarterParam(form.quarter)}" data-k="back">${Q.backToQuarter(words)}</a></p>
<p class="sub">${F.intro(words)}</p>
${view.stale ? html`<p class="note err" role="status" data-k="stale">${Q.notices.stale}</p>` : ''}
${formErrors.map((e) => html`<p class="note err" role="status" data-k="error" data-value="${e}">${Q.invalid[e]}</p>`)}
<form class="fill" method="post" action="${action}"><input type="hidden" name="csrf" value="${v.csrf}"><input type="hidden" name="request" value="${view.request}"><input type="hidden" name="q" value="${quarterParam(form.quarter)}">
<p class="hint" id="h-rupiah" data-k="rupiah-hint">${F.rupiahHint}</p>
${field('assets')}${field('turnover')}${field('employees')}
${anyHers ? html`<p class="sub">${F.hersNote}</p>` : ''}
<p class="sub">${F.leaveEmpty}</p>
<button class="btn" type="submit" data-k="save">${F.save}</button></form>`;
  return page(t, { title: F.heading(m.name), header: staffHeader(t, v, 'groups'), body, style: TABLE_STYLE + STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(`${action}?q=${quarterParam(form.quarter)}`)}` });
}
