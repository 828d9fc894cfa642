/**
 * One market lead (/peluang/:id): what it asks, each chat it went to with what became of its
 * message (in words: sent, not yet, held, blocked, removed…), the answers with their
 * quantities, and — for the facilitator who made it — choosing who gets the order and
 * closing it (plain forms with the session's CSRF token; no script).
 */
import { html } from 'hono/html';
import type { ConsoleLead } from '../../modules/leads/console-leads.service.ts';
import type { TradeName } from '../../modules/groups/trade-names.ts';
import { formatCount, formatDay } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { TABLE_STYLE } from './nav.ts';
import { page, type Fragment } from './layout.ts';

/** What the page says at its top after an action (?n=…). */
export type LeadNotice = { kind: 'sent' } | { kind: 'awarded'; name: string; quantity: number } | { kind: 'closed' } | { kind: 'already_closed' } | { kind: 'bad_quantity' } | { kind: 'not_a_responder' };

export interface LeadView {
  header: Fragment;
  csrf: string;
  view: ConsoleLead;
  tradeName: TradeName;
  notice?: LeadNotice | undefined;
}

function noticeText(t: ConsoleTexts, code: string, n: LeadNotice): { text: string; error: boolean } {
  const L = t.leadActions;
  switch (n.kind) {
    case 'sent':
      return { text: L.sent(code), error: false };
    case 'awarded':
      return { text: L.awardedNotice(n.name, formatCount(n.quantity)), error: false };
    case 'closed':
      return { text: L.closedNotice, error: false };
    case 'already_closed':
      return { text: L.alreadyClosed, error: true };
    case 'bad_quantity':
      return { text: L.badQuantity, error: true };
    case 'not_a_responder':
      return { text: L.notResponder, error: true };
  }
}

export function leadPage(t: ConsoleTexts, v: LeadView): Fragment {
  const L = t.leadActions;
  const P = t.leadsPage;
  const { lead, deliveries, answers, declines, mine } = v.view;
  const href = `/peluang/${String(lead.id)}`;
  const notice = v.notice && noticeText(t, lead.code, v.notice);
  const state = lead.status === 'open' ? L.open : lead.closeReason === 'deadline' ? L.closed.deadline : L.closed.manual;
  const canAward = mine && answers.length > 0;

  const deliveryTable =
    lead.publishedAt === null
      ? html`<p class="note" data-k="not-published">${L.notPublished}</p>`
      : deliveries.length === 0
        ? html`<p class="note">${L.noDeliveries}</p>`
        : html`<table class="stack" data-k="deliveries"><thead><tr><th scope="col">${L.chat}</th><th scope="col">${L.stateHeading}</th></tr></thead><tbody>
${deliveries.map(
  (d) => html`<tr data-delivery="${d.kind}" data-state="${d.state}"><td class="first" data-label="${L.chat}">${d.kind === 'group_chat' ? L.groupChat(d.groupName ?? '') : L.privateChat(d.personName ?? '', d.groupName ?? '')} · ${d.platform === 'whatsapp' ? 'WhatsApp' : d.platform === 'telegram' ? 'Telegram' : d.platform}</td><td data-label="${L.stateHeading}">${L.states[d.state]}</td></tr>`,
)}
</tbody></table>`;

  const answerTable =
    answers.length === 0
      ? html`<p class="note" data-k="no-answers">${L.noAnswers}</p>`
      : html`<table class="stack" data-k="answers"><thead><tr><th scope="col">${L.who}</th><th scope="col" class="n">${L.offered}</th><th scope="col" class="n">${L.chosen}</th></tr></thead><tbody>
${answers.map(
  (a) => html`<tr data-answer="${String(a.personId)}"><td class="first" data-label="${L.who}"><a href="/anggota/${String(a.personId)}">${a.name}</a></td><td class="n" data-label="${L.offered}" data-k="offered" data-value="${a.quantity === null ? '' : String(a.quantity)}">${a.quantity === null ? L.noQuantity : formatCount(a.quantity)}</td><td class="n" data-label="${L.chosen}" data-k="awarded" data-value="${a.awarded === null ? '' : String(a.awarded)}">${a.awarded === null ? '' : formatCount(a.awarded)}</td></tr>`,
)}
</tbody></table>`;

  const awardForms = canAward
    ? html`<h3>${L.award}</h3>${answers.map(
        (a) => html`<form method="post" action="${href}/pilih" class="bar" data-k="award-form" data-person="${String(a.personId)}"><input type="hidden" name="csrf" value="${v.csrf}"><input type="hidden" name="person" value="${String(a.personId)}">
<label for="award-${String(a.personId)}">${L.awardQuantity(a.name)}</label><input id="award-${String(a.personId)}" name="quantity" inputmode="numeric" size="6" required value="${String(a.awarded ?? a.quantity ?? '')}">
<button type="submit" class="btn">${L.awardButton}</button></form>`,
      )}`
    : '';

  const closeForm =
    mine && lead.status === 'open'
      ? html`<section class="block"><h2>${L.closeHeading}</h2><p class="hint">${L.closeHint}</p><form method="post" action="${href}/tutup"><input type="hidden" name="csrf" value="${v.csrf}"><button type="submit" class="btn alt" data-k="close">${L.closeButton}</button></form></section>`
      : '';

  const body = html`<p><a href="/peluang">${L.backToList}</a></p>
<h1>${lead.code} · ${lead.text}</h1>
${notice ? html`<p class="note${notice.error ? ' err' : ''}" role="status" data-k="notice">${notice.text}</p>` : ''}
<ul class="facts">
<li><span class="badge" data-k="state" data-value="${lead.status}">${state}</span></li>
<li>${P.trades}: ${lead.trades.map(v.tradeName).join(', ')}</li>
<li>${P.madeOn}: ${formatDay(lead.madeOn, t.lang)}</li>
<li data-k="owner">${L.owner}: ${lead.facilitatorName}</li>
${lead.sentByPersonId !== null && lead.sentByPersonId !== lead.facilitatorPersonId ? html`<li data-k="sent-by" data-value="${String(lead.sentByPersonId)}">${L.sentBy}: ${lead.sentByName}</li>` : ''}
${lead.deadline ? html`<li>${P.deadline}: ${formatDay(lead.deadline, t.lang)}</li>` : ''}
${lead.quantityWanted !== null ? html`<li>${P.wanted}: ${formatCount(lead.quantityWanted)}</li>` : ''}
${lead.downPaymentPercent !== null ? html`<li>${L.downPayment(String(lead.downPaymentPercent))}</li>` : ''}
</ul>
<section class="block"><h2>${L.deliveriesHeading}</h2>${deliveryTable}</section>
<section class="block"><h2>${L.answersHeading}</h2>${answerTable}
${declines.length ? html`<p data-k="declines">${L.declined}: ${declines.map((d, i) => html`${i ? ', ' : ''}<a href="/anggota/${String(d.personId)}">${d.name}</a>`)}</p>` : ''}
${awardForms}</section>
${closeForm}`;
  return page(t, { title: `${lead.code} · ${L.deliveriesHeading}`, header: v.header, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent(href)}`, style: `${TABLE_STYLE}.hint{font-size:.85rem;color:#46524b}h3{font-size:1rem;margin:.75rem 0 .25rem}.bar input{width:6rem}` });
}
