/**
 * The leads page (/peluang): this month's leads of the viewer's groups, newest first, with
 * the home card's three numbers on top (the same query, so the same figures), and each
 * lead's answers in a <details>, each lead linking to its own page (pages/lead.ts), and a
 * button to make a new one. Every number's meaning is written at the bottom.
 */
import { html } from 'hono/html';
import type { LeadList } from '../../modules/leads/lead-list.service.ts';
import { formatCount, formatDay } from '../format.ts';
import type { TradeName } from '../../modules/groups/trade-names.ts';
import type { ConsoleTexts } from '../texts.ts';
import { card } from './home.ts';
import { page, type Fragment } from './layout.ts';
import { pager } from './pager.ts';

export interface LeadsView {
  header: Fragment;
  today: string;
  list: LeadList;
  tradeName: TradeName;
}

const hrefOf = (n: number) => (n > 1 ? `/peluang?hal=${n}` : '/peluang');

export function leadsPage(t: ConsoleTexts, v: LeadsView): Fragment {
  const P = t.leadsPage;
  const f = v.list.figures;
  const leads = v.list.rows.map(
    (l) => html`<article class="lead" data-lead="${String(l.id)}">
<h2><a href="/peluang/${String(l.id)}" data-k="lead-link">${l.text}</a> <span class="badge" data-k="state" data-value="${l.state}">${P.state[l.state]}</span></h2>
<ul class="facts">
<li>${l.code}</li>
<li>${P.trades}: ${l.trades.map(v.tradeName).join(', ')}</li>
<li>${P.madeOn}: ${formatDay(l.madeOn, t.lang)}</li>
${l.deadline ? html`<li>${P.deadline}: ${formatDay(l.deadline, t.lang)}</li>` : ''}
${l.quantityWanted !== null ? html`<li>${P.wanted}: ${formatCount(l.quantityWanted)}</li>` : ''}
<li>${P.chatsReached}: <span data-k="chats-reached" data-value="${String(l.chatsReached)}">${formatCount(l.chatsReached)}</span></li>
<li>${P.interested}: <span data-k="interested" data-value="${String(l.interested)}">${formatCount(l.interested)}</span></li>
<li>${P.quantity}: <span data-k="quantity" data-value="${String(l.quantityOffered)}">${formatCount(l.quantityOffered)}</span></li>
</ul>
<details><summary>${P.answers(l.answers.length)}</summary>
${
  l.answers.length === 0
    ? html`<p>${P.noAnswers}</p>`
    : html`<ul>${l.answers.map(
        (a) =>
          html`<li data-answer="${String(a.personId)}"><a href="/anggota/${String(a.personId)}">${a.name}</a>: ${a.quantity === null ? P.noQuantity : formatCount(a.quantity)}${a.awarded !== null ? html` · ${P.awarded(formatCount(a.awarded))}` : ''}</li>`,
      )}</ul>`
}
</details>
</article>`,
  );
  const body = html`<h1>${P.heading}</h1><p><a class="btn" href="/peluang/baru" data-k="new-lead">${t.leadActions.newLead}</a></p><p class="sub" data-k="as-of">${t.home.asOf(formatDay(v.today, t.lang))}</p>
<div class="grid">
${card(t, { key: 'leads', title: t.home.leads, value: formatCount(f.leads), raw: f.leads, definition: t.definitions.leads })}
${card(t, { key: 'leads-interested', title: P.interested, value: formatCount(f.interested), raw: f.interested, definition: P.definitions.interested })}
${card(t, { key: 'leads-quantity', title: P.quantity, value: formatCount(f.quantityOffered), raw: f.quantityOffered, definition: P.definitions.interested })}
</div>
${leads.length === 0 ? html`<p class="note" data-k="empty">${P.empty}</p>` : leads}
${pager(t, v.list.page, v.list.pages, hrefOf)}
<h2>${P.definitionsHeading}</h2>
<dl class="defs">
<dt>${t.home.leads}</dt><dd>${t.definitions.leads}</dd>
<dt>${P.chatsReached}</dt><dd>${P.definitions.chatsReached}</dd>
<dt>${P.interested} · ${P.quantity}</dt><dd>${P.definitions.interested}</dd>
<dt>${P.state.open} · ${P.state.closed} · ${P.state.chosen}</dt><dd>${P.definitions.state}</dd>
</dl>`;
  return page(t, { title: P.heading, header: v.header, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(hrefOf(v.list.page))}` });
}
