/** The header of a logged-in page: where to go, who she is, and logging out. */
import { html } from 'hono/html';
import type { ConsoleTexts } from '../texts.ts';
import type { Fragment } from './layout.ts';

/**
 * Who is looking, as every page's header shows her. Made once per request by the console's
 * session middleware (console-app.ts), never by a page or a route: every page gets the same.
 */
export interface Viewing {
  who: string;
  /** "Admin · semua program", "Manajer program · …", "Pendamping · kelompok binaan Ibu". */
  roleLabel: string;
  csrf: string;
  /** She may open the staff list (/staf): an admin or a programme manager, not a facilitator. */
  seesStaff: boolean;
}

export type NavPlace = 'home' | 'groups' | 'members' | 'loans' | 'leads' | 'audit' | 'inbox' | 'downloads' | 'staff';

/** Every page a logged-in viewer can go to from anywhere: the same list on every page (the staff list for staff only). */
const PLACES: readonly (readonly [NavPlace, string])[] = [
  ['home', '/'],
  ['groups', '/kelompok'],
  ['members', '/anggota'],
  ['loans', '/pinjaman'],
  ['leads', '/peluang'],
  ['audit', '/audit'],
  ['inbox', '/kotak-bantuan'],
  ['downloads', '/unduhan'],
  ['staff', '/staf'],
];

/**
 * "Fitri · Pendamping · …": her name, then her role. The first admin is a person named "Admin"
 * (console-access bootstrap), so a name that is the role's own first word is said once.
 */
export function whoAndRole(v: Pick<Viewing, 'who' | 'roleLabel'>): string {
  const role = v.roleLabel.split(' · ')[0]!;
  return v.who.trim().toLowerCase() === role.toLowerCase() ? v.roleLabel : `${v.who} · ${v.roleLabel}`;
}

/** The one header of every page after login (`current`: the section she is in, or null where none is). */
export function staffHeader(t: ConsoleTexts, v: Viewing, current: NavPlace | null): Fragment {
  const word = (key: NavPlace) => (key === 'inbox' ? t.inbox.nav : key === 'downloads' ? t.downloads.nav : key === 'staff' ? t.staff.nav : t.nav[key]);
  const link = ([key, href]: readonly [NavPlace, string]) => html`<a href="${href}"${current === key ? html` aria-current="page"` : ''}${key === 'staff' ? html` data-k="staff-link"` : ''}>${word(key)}</a>`;
  const places = PLACES.filter(([key]) => key !== 'staff' || v.seesStaff);
  return html`<nav class="nav" aria-label="${t.title}">${places.map((p) => html`${link(p)} `)}</nav>
<span class="who" data-k="viewer">${whoAndRole(v)}</span>
<form method="post" action="/keluar"><input type="hidden" name="csrf" value="${v.csrf}"><button type="submit">${t.logout}</button></form>`;
}

/** Rules shared by the list pages: tables that become one card per row on a narrow screen (printed, a table: paper is not a phone). */
export const TABLE_STYLE = `
table{border-collapse:collapse;width:100%;background:#fff;font-size:.95rem}
th,td{text-align:left;padding:.45rem .5rem;border-bottom:1px solid #dde2dc;vertical-align:top}
th{font-size:.85rem;color:#3b4a42}td.n,th.n{text-align:right;white-space:nowrap}
.tag{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:4px;background:#fbe9e7;color:#7a2a1d;margin-left:.3rem}
.bar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0 0 .75rem}
.bar form{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}select{font:inherit;padding:.4rem;border:1px solid #9aa59e;border-radius:6px;max-width:100%}table.stack{background:none}table.stack tbody tr{background:#fff}
a.btn{display:inline-block;text-decoration:none}.btn.alt{background:#fff;color:#1f5f4a;border:1px solid #1f5f4a}
.pager{display:flex;gap:1rem;align-items:center;margin:.75rem 0}
section.block{margin:1.25rem 0}h2{font-size:1.1rem;margin:.5rem 0}
@media screen and (max-width:44rem){
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
table.stack tr{display:block;border:1px solid #dde2dc;border-radius:8px;margin:.5rem 0;background:#fff}
table.stack td{display:flex;justify-content:space-between;gap:1rem;border:0;padding:.25rem .6rem;text-align:right;overflow-wrap:anywhere;white-space:normal}
table.stack td::before{content:attr(data-label);font-weight:600;color:#3b4a42;text-align:left;overflow-wrap:normal;white-space:normal}
table.stack td.n{white-space:nowrap}
table.stack td.first{display:block;text-align:left;font-weight:600;border-bottom:1px solid #dde2dc}
table.stack td.first::before{content:none}table.stack td:empty{display:none}
}
`;
