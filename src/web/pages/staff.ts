/**
 * The staff list (/staf): one row per person (a card at 360 px, TABLE_STYLE's `stack`): name,
 * role, programme and region, the groups she facilitates (links to their pages), whether she
 * has logged in to the console yet, and the button to the one-time login link page where the
 * viewer may make one (else why not); for an admin, each row's "Ubah peran" and the bar's
 * "Beri peran" (staff-role.ts). 30 a page, with the common pager. No script.
 */
import { html } from 'hono/html';
import type { StaffList, StaffMember } from '../../modules/programmes/staff-list.service.ts';
import { formatInstant } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';
import { pager } from './pager.ts';

export interface StaffView {
  list: StaffList;
  /** A manager's programme (its name); undefined for an admin. */
  programme: string | undefined;
  /** The viewer's time zone (login times are shown in it). */
  timeZone: string;
  admin: boolean;
  /** Her own person id: her row says "you" where others have the link. */
  viewerId: number;
}

const STYLE = `ul.plain{margin:0;padding:0;list-style:none}.muted{color:#46524b}`;

const hrefOf = (n: number) => (n > 1 ? `/staf?hal=${String(n)}` : '/staf');

/** "Programme · region" of her groups, each once; a manager's programme; an admin's "all". */
function places(t: ConsoleTexts, m: StaffMember): string[] {
  if (m.role === 'admin') return [t.staff.allProgrammes];
  if (m.role === 'manager') return [m.programme ?? ''];
  return [...new Set(m.groups.map((g) => `${g.programme} · ${g.region ?? t.staff.noRegion}`))];
}

function row(t: ConsoleTexts, v: StaffView, m: StaffMember): Fragment {
  const S = t.staff;
  const c = S.col;
  const where = places(t, m);
  const login = m.logins
    ? html`<span data-k="login" data-value="yes">${S.lastLogin(formatInstant(m.logins.last, v.timeZone, t.lang))}</span>`
    : html`<span data-k="login" data-value="never">${S.neverLoggedIn}</span>`;
  const action = m.mayMakeLoginLink
    ? html`<a class="btn${m.logins ? ' alt' : ''}" href="/staf/${String(m.personId)}/tautan-masuk" data-k="make-login-link">${S.makeLink}</a>`
    : html`<span class="muted" data-k="no-login-link">${m.personId === v.viewerId ? S.you : S.notYours}</span>`;
  // An admin changes anyone's console role here (her own too: the last admin is refused on the form).
  const changeRole = v.admin ? html` <a class="btn alt" href="/staf/${String(m.personId)}/peran" data-k="change-role">${t.staffRoles.changeRole}</a>` : '';
  return html`<tr data-person="${String(m.personId)}" data-role="${m.role}">
<td class="first" data-label="${c.name}">${m.name}</td>
<td data-label="${c.role}" data-k="role">${S.roles[m.role]}</td>
<td data-label="${c.place}">${where.length ? html`<ul class="plain">${where.map((p) => html`<li>${p}</li>`)}</ul>` : html`<span class="muted">${S.noGroups}</span>`}</td>
<td data-label="${c.groups}" data-k="groups" data-value="${String(m.groups.length)}">${
    m.groups.length ? html`<ul class="plain">${m.groups.map((g) => html`<li><a href="/kelompok/${String(g.id)}">${g.name}</a></li>`)}</ul>` : html`<span class="muted">${m.role === 'facilitator' ? S.noGroups : S.none}</span>`
  }</td>
<td data-label="${c.login}">${login}</td>
<td data-label="${c.action}">${action}${changeRole}</td>
</tr>`;
}

export function staffPage(t: ConsoleTexts, v: Viewing, view: StaffView): Fragment {
  const S = t.staff;
  const c = S.col;
  const { list } = view;
  const table = list.rows.length
    ? html`<table class="stack" data-k="staff" data-value="${String(list.total)}"><thead><tr>
<th scope="col">${c.name}</th><th scope="col">${c.role}</th><th scope="col">${c.place}</th><th scope="col">${c.groups}</th><th scope="col">${c.login}</th><th scope="col">${c.action}</th>
</tr></thead><tbody>${list.rows.map((m) => row(t, view, m))}</tbody></table>`
    : html`<p class="note" data-k="staff" data-value="0">${S.empty}</p>`;
  const body = html`<h1>${S.heading}</h1>
<p>${view.admin ? S.intro.admin : S.intro.manager(view.programme ?? '')}</p>
<div class="bar"><span data-k="staff-count" data-value="${String(list.total)}">${S.count(list.total)}</span> <a class="btn alt" href="/pendamping/baru">${S.newFacilitator}</a>${view.admin ? html` <a class="btn alt" href="/staf/peran" data-k="give-role">${t.staffRoles.giveRole}</a>` : ''}</div>
${table}
${pager(t, list.page, list.pages, hrefOf)}`;
  return page(t, { title: S.heading, header: staffHeader(t, v, 'staff'), body, style: TABLE_STYLE + STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(hrefOf(list.page))}` });
}
