/**
 * One group (/kelompok/:id): who is in it, each member's books this month (first: what a
 * manager opens the page for), a six-week recording calendar (an HTML table coloured by
 * share, readable on a 360 px phone and by a screen reader; no script), its loans, its
 * linked chats, and its join code with the rotate button; links to each part at the top. Numbers carry data-k / data-value (per member: data-person on the row).
 */
import { html } from 'hono/html';
import { businessDate, dayOfWeek } from '../../core/dates.ts';
import { share } from '../../modules/indicators/indicators.ts';
import type { CalendarDay, GroupPage } from '../../modules/indicators/group-page.service.ts';
import { formatCount, formatDay, formatPercent, formatRupiah } from '../format.ts';
import type { TradeName } from '../../modules/groups/trade-names.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';

const STYLE = `
nav.jump{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:0 0 .8rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}dl.facts dt{font-weight:600;color:#3b4a42}dl.facts dd{margin:0}
table.cal{table-layout:fixed;max-width:32rem}table.cal th,table.cal td{text-align:center;padding:.2rem;border:2px solid #f5f6f3}
table.cal td{height:2.6rem;font-size:.75rem;line-height:1.1}table.cal td b{display:block;font-size:1rem}
.l0{background:#fff;color:#1d2520}.l1{background:#d7eadf;color:#1d2520}.l2{background:#a9d3bb;color:#1d2520}.l3{background:#2f7a5c;color:#fff}.l4{background:#1f5f4a;color:#fff}.lf{background:#eceee9;color:#46524b}
.code{font:700 1.6rem/1.2 ui-monospace,Menlo,Consolas,monospace;letter-spacing:.15em;margin:.25rem 0}
`;

/** Colour level of a day: 0 nobody … 4 (almost) everyone; by share so a big group is not always dark. */
function level(day: CalendarDay, members: number): string {
  if (day.recorders === null) return 'lf';
  if (day.recorders === 0) return 'l0';
  const s = share(day.recorders, members) ?? 1;
  return s < 0.25 ? 'l1' : s < 0.5 ? 'l2' : s < 0.75 ? 'l3' : 'l4';
}

function calendar(t: ConsoleTexts, p: GroupPage): Fragment {
  const weeks = Array.from({ length: p.calendar.length / 7 }, (_, w) => p.calendar.slice(w * 7, w * 7 + 7));
  const first = p.calendar[0]!.date;
  const cell = (d: CalendarDay) => {
    const label = formatDay(d.date, t.lang);
    const dayOfMonth = String(Number(d.date.slice(8)));
    return d.recorders === null
      ? html`<td class="lf" data-k="day-${d.date}" data-value="" title="${label}: ${t.group.future}"><span>${dayOfMonth}</span></td>`
      : html`<td class="${level(d, p.group.members)}" data-k="day-${d.date}" data-value="${String(d.recorders)}" title="${t.group.recordersOn(d.recorders, label)}"><span>${dayOfMonth}</span><b>${String(d.recorders)}</b></td>`;
  };
  // The first column is Monday (startOfWeek), checked here so a changed rule shows at once.
  if (dayOfWeek(first) !== 1) throw new Error(`calendar must start on a Monday, got ${first}`);
  return html`<table class="cal" data-k="calendar"><caption>${t.group.calendarCaption(formatDay(first, t.lang), formatDay(p.today, t.lang))}</caption>
<thead><tr>${t.group.weekdays.map((d) => html`<th scope="col">${d}</th>`)}</tr></thead>
<tbody>${weeks.map((w) => html`<tr>${w.map(cell)}</tr>`)}</tbody></table>
<p class="sub">${t.group.legend}</p>`;
}

function members(t: ConsoleTexts, p: GroupPage): Fragment {
  const g = t.group;
  const active = p.members.filter((m) => m.month);
  const sum = (k: 'sales' | 'expenses' | 'profit') => active.reduce((s, m) => s + m.month![k], 0);
  const money = (k: string, v: number | undefined, label: string) =>
    v === undefined ? html`<td class="n" data-label="${label}">${t.home.none}</td>` : html`<td class="n" data-label="${label}" data-k="${k}" data-value="${String(v)}">${formatRupiah(v)}</td>`;
  return html`<table class="stack" data-k="members-table"><thead><tr><th scope="col">${g.name}</th><th scope="col">${g.role}</th><th scope="col">${g.status}</th>
<th scope="col" class="n">${g.sales}</th><th scope="col" class="n">${g.expenses}</th><th scope="col" class="n">${g.profit}</th></tr></thead><tbody>
${p.members.map(
  (m) => html`<tr data-person="${String(m.personId)}" data-status="${m.status}"><td class="first" data-label="${g.name}">${m.status === 'pending' ? m.name : html`<a href="/anggota/${String(m.personId)}">${m.name}</a>`}</td>
<td data-label="${g.role}" data-k="role" data-value="${m.role}">${g.roles[m.role]}</td><td data-label="${g.status}" data-k="status" data-value="${m.status}">${g.statuses[m.status]}</td>
${money('sales', m.month?.sales, g.sales)}${money('expenses', m.month?.expenses, g.expenses)}${money('profit', m.month?.profit, g.profit)}</tr>`,
)}
<tr data-person="total"><td class="first" data-label="${g.name}"><strong>${g.total}</strong></td><td data-label="${g.role}"></td><td data-label="${g.status}"></td>
${money('sales', sum('sales'), g.sales)}${money('expenses', sum('expenses'), g.expenses)}${money('profit', sum('profit'), g.profit)}</tr>
</tbody></table>`;
}

function chats(t: ConsoleTexts, p: GroupPage): Fragment {
  const g = t.group;
  const grp = p.group;
  if (!p.chats.length) return html`<p class="sub" data-k="chats" data-value="0">${g.noChats}</p>`;
  return html`<table class="stack" data-k="chats" data-value="${String(p.chats.length)}"><thead><tr><th scope="col">${g.platform}</th><th scope="col">${g.chat}</th><th scope="col">${g.since}</th></tr></thead><tbody>
${p.chats.map((c) => html`<tr><td class="first" data-label="${g.platform}">${c.platform === 'whatsapp' ? 'WhatsApp' : c.platform === 'telegram' ? 'Telegram' : c.platform}</td><td data-label="${g.chat}">${c.chatId}</td><td data-label="${g.since}">${formatDay(businessDate(c.linkedAt, grp.timeZone), t.lang)}</td></tr>`)}
</tbody></table>`;
}

function loans(t: ConsoleTexts, p: GroupPage): Fragment {
  const g = t.group;
  if (!p.loans.length) return html`<p class="sub" data-k="loans" data-value="0">${g.noLoans}</p>`;
  return html`<table class="stack" data-k="loans" data-value="${String(p.loans.length)}"><thead><tr><th scope="col">${g.borrower}</th><th scope="col" class="n">${g.principal}</th><th scope="col" class="n">${g.outstanding}</th>
<th scope="col" class="n">${g.overdue}</th><th scope="col" class="n">${g.instalmentsLate}</th><th scope="col" class="n">${g.daysLate}</th></tr></thead><tbody>
${p.loans.map(
  (l) => html`<tr data-loan="${String(l.id)}"><td class="first" data-label="${g.borrower}">${l.borrower ? html`<a href="/anggota/${String(l.borrower.personId)}">${l.borrower.name}</a>` : g.wholeGroup}</td>
<td class="n" data-label="${g.principal}" data-k="principal" data-value="${String(l.principal)}"><a href="/pinjaman/${String(l.id)}" data-k="loan-link">${formatRupiah(l.principal)}</a></td>
<td class="n" data-label="${g.outstanding}" data-k="outstanding" data-value="${String(l.outstandingPrincipal)}">${formatRupiah(l.outstandingPrincipal)}</td>
<td class="n" data-label="${g.overdue}" data-k="overdue" data-value="${String(l.overdue)}">${formatRupiah(l.overdue)}</td>
<td class="n" data-label="${g.instalmentsLate}" data-k="instalments-late" data-value="${String(l.instalmentsLate)}">${formatCount(l.instalmentsLate)}</td>
<td class="n" data-label="${g.daysLate}" data-k="days-late" data-value="${String(l.daysLate)}">${formatCount(l.daysLate)}</td></tr>`,
)}
</tbody></table>`;
}

/**
 * `offerLogin`: the viewer may make the group's facilitator a one-time login link (an admin or
 * her manager, `loginLinkTarget`), offered beside her name: the notice that offers it right after
 * she is added is gone once the admin has made her group, and she may have no chat with the bot yet.
 */
export function groupPageView(t: ConsoleTexts, v: Viewing, p: GroupPage, tradeName: TradeName, notice?: 'rotated' | 'created', offerLogin = false): Fragment {
  const g = t.group;
  const grp = p.group;
  const pct = (n: number) => formatPercent(share(n, grp.members), t.lang, t.home.none);
  const place = [grp.village, grp.district].filter(Boolean).join(' / ') || t.home.none;
  // Links to each part first: on a phone the members, loans and join code are screens down.
  const jump = (id: string, label: string) => html`<a href="#${id}">${label}</a>`;
  const body = html`<h1>${g.heading(grp.name)}</h1>
<nav class="jump" aria-label="${g.onThisPage}">${jump('h-members', g.members)} ${jump('h-cal', g.calendar)} ${jump('h-loans', g.loans)} ${jump('h-chats', g.chats)} ${jump('h-code', g.joinCode)}</nav>
${notice === 'rotated' ? html`<p class="note" role="status" data-k="notice">${g.rotated}</p>` : ''}
${notice === 'created' ? html`<p class="note" role="status" data-k="notice">${t.onboarding.made.group} <a href="/kelompok/${String(grp.id)}/undangan">${t.onboarding.invitation.link}</a></p>` : ''}
<dl class="facts"><dt>${g.facts.trades}</dt><dd>${grp.trades.map(tradeName).join(', ')}</dd><dt>${g.facts.place}</dt><dd>${place}</dd>
<dt>${g.facts.facilitator}</dt><dd>${grp.facilitatorName}${offerLogin ? html` · <a href="/staf/${String(grp.facilitatorPersonId)}/tautan-masuk" data-k="facilitator-login-link">${t.onboarding.loginLink.offer}</a>` : ''}</dd><dt>${g.facts.members}</dt><dd data-k="members" data-value="${String(grp.members)}">${formatCount(grp.members)}</dd>
<dt>${g.facts.today}</dt><dd data-k="today" data-value="${p.today}">${formatDay(p.today, t.lang)}</dd></dl>
<div class="grid">
<section class="card" data-k="recording-week" data-value="${String(share(p.recordersThisWeek, grp.members) ?? '')}" data-count="${String(p.recordersThisWeek)}"><h2>${g.recordingWeek}</h2><p class="num">${pct(p.recordersThisWeek)}</p><p class="sub">${t.home.recordingOf(p.recordersThisWeek, grp.members)}</p></section>
<section class="card" data-k="recording-month" data-value="${String(share(p.recordersThisMonth, grp.members) ?? '')}" data-count="${String(p.recordersThisMonth)}"><h2>${g.recordingMonth}</h2><p class="num">${pct(p.recordersThisMonth)}</p><p class="sub">${t.home.recordingOf(p.recordersThisMonth, grp.members)}</p></section>
<section class="card" data-k="last-day" data-value="${p.lastDay ?? ''}"><h2>${g.lastDay}</h2><p class="num">${p.lastDay ? formatDay(p.lastDay, t.lang) : t.groups.never}</p></section>
</div>
<details><summary>${t.home.definitions}</summary><p>${t.definitions.groupRecording}</p><p>${t.definitions.lastDay}</p></details>
<p><a href="/kelompok/${String(grp.id)}/unduh" data-k="downloads-link">${t.downloads.link}</a></p>
<section class="block" aria-labelledby="h-members"><h2 id="h-members">${g.members} · ${g.monthTotals}</h2>${members(t, p)}
<p><a href="/kelompok/${String(grp.id)}/triwulan" data-k="quarterly-link">${t.quarterly.link}</a></p>
<p><a href="/anggota/impor?kelompok=${String(grp.id)}" data-k="import-link">${t.memberImport.groupLink}</a></p>
<details><summary>${t.home.definitions}</summary><p>${t.definitions.memberMonth}</p></details></section>
<section class="block" aria-labelledby="h-cal"><h2 id="h-cal">${g.calendar}</h2>${calendar(t, p)}
<details><summary>${t.home.definitions}</summary><p>${t.definitions.calendar}</p></details></section>
<section class="block" aria-labelledby="h-loans"><h2 id="h-loans">${g.loans}</h2><p><a href="/kelompok/${String(grp.id)}/penagihan" data-k="collection-sheet">${t.collection.link}</a> · <a href="/kelompok/${String(grp.id)}/pinjaman-baru" data-k="new-loan">${t.newLoan.link}</a></p>${loans(t, p)}
<details><summary>${t.home.definitions}</summary><p>${t.definitions.loanColumns}</p></details></section>
<section class="block" aria-labelledby="h-chats"><h2 id="h-chats">${g.chats}</h2>${chats(t, p)}</section>
<section class="block card" aria-labelledby="h-code"><h2 id="h-code">${g.joinCode}</h2><p class="code" data-k="join-code" data-value="${grp.joinCode}">${grp.joinCode}</p>
<form method="post" action="/kelompok/${String(grp.id)}/kode-gabung"><input type="hidden" name="csrf" value="${v.csrf}"><button class="btn" type="submit" data-k="rotate">${g.rotate}</button></form>
<p class="sub">${g.rotateNote}</p>
<p><a href="/kelompok/${String(grp.id)}/undangan" data-k="invitation-link">${t.onboarding.invitation.link}</a></p></section>`;
  return page(t, { title: grp.name, header: staffHeader(t, v, 'groups'), body, style: TABLE_STYLE + STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=/kelompok/${String(grp.id)}` });
}
