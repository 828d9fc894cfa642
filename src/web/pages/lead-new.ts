/**
 * A new market lead (/peluang/baru): the chat's "/peluang" fields as a form, then (after
 * "show reach") the preview of whom it reaches with a button that sends exactly what was
 * previewed (the same fields, hidden). No script: two plain forms.
 */
import { html } from 'hono/html';
import type { LeadFormChoices, LeadFormError, LeadFormInput } from '../../modules/leads/console-leads.service.ts';
import type { Reach } from '../../modules/leads/leads.service.ts';
import { formatCount } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';

export interface LeadNewView {
  header: Fragment;
  csrf: string;
  /** Undefined: she may not make a lead (no facilitator record). */
  choices: LeadFormChoices | undefined;
  input: LeadFormInput;
  error?: LeadFormError | undefined;
  /** Counted for the input as it stands: shown with the send button. */
  reach?: Reach | undefined;
  /** The lead message as members will read it (with the reach). */
  message?: string | undefined;
  /** The preview's one-time token, sent with its send button: one lead however often it is pressed. */
  request?: string | undefined;
}

export const EMPTY_LEAD_FORM: LeadFormInput = { text: '', trades: [], quantity: '', downPayment: '', deadline: '', villages: '', districts: '', groups: [], sender: '' };

const STYLE = `
form.lead-form{display:grid;gap:.6rem;max-width:40rem}textarea{font:inherit;padding:.55rem;border:1px solid #9aa59e;border-radius:6px;width:100%;min-height:6rem}
form.lead-form input:not([type=checkbox]){width:100%;max-width:20rem}fieldset{border:1px solid #dde2dc;border-radius:8px;padding:.5rem .8rem;margin:0;background:#fff}
legend{font-weight:600}.checks{display:flex;flex-wrap:wrap;gap:.3rem 1rem}.checks label{font-weight:400}.hint{font-size:.85rem;color:#46524b;margin:0}
.msg{white-space:pre-wrap;overflow-wrap:anywhere;margin:.4rem 0;padding:.6rem .8rem;border-left:4px solid #1f5f4a;background:#f5f6f3}
.row{display:grid;gap:.6rem;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr))}.row label{display:grid;gap:.2rem}
`;

const hidden = (name: string, value: string) => html`<input type="hidden" name="${name}" value="${value}">`;

/** The same answers again, as hidden fields: what the send button sends is what was previewed. */
function hiddenInput(i: LeadFormInput): Fragment {
  return html`${hidden('text', i.text)}${i.trades.map((v) => hidden('trades', v))}${hidden('quantity', i.quantity)}${hidden('downPayment', i.downPayment)}${hidden('deadline', i.deadline)}${hidden('villages', i.villages)}${hidden('districts', i.districts)}${i.groups.map((v) => hidden('groups', v))}${hidden('sender', i.sender)}`;
}

export function leadNewPage(t: ConsoleTexts, v: LeadNewView): Fragment {
  const L = t.leadActions;
  const F = L.fields;
  const i = v.input;
  const c = v.choices;
  const body = !c
    ? html`<h1>${L.newHeading}</h1><p class="note" data-k="not-author">${L.notAuthor}</p><p><a href="/peluang">${L.backToList}</a></p>`
    : html`<h1>${L.newHeading}</h1>
${v.error ? html`<p class="note err" role="alert" data-k="error" data-value="${v.error}">${L.errors[v.error]}</p>` : ''}
<form method="post" action="/peluang/baru/pratinjau" class="lead-form">
${hidden('csrf', v.csrf)}
<label for="lead-text">${F.text}</label>
<p class="hint" id="lead-text-hint">${F.textHint}</p>
<textarea id="lead-text" name="text" maxlength="1000" required aria-describedby="lead-text-hint">${i.text}</textarea>
<fieldset><legend>${F.trades}</legend><p class="hint">${F.tradesHint}</p><div class="checks">
${c.trades.map((tr) => html`<label><input type="checkbox" name="trades" value="${tr.code}"${i.trades.includes(tr.code) ? html` checked` : ''}> ${t.lang === 'en' ? tr.name_en : tr.name_id}</label>`)}
</div></fieldset>
<div class="row">
<label>${F.quantity}<input name="quantity" inputmode="numeric" value="${i.quantity}"></label>
<label>${F.downPayment}<input name="downPayment" inputmode="numeric" value="${i.downPayment}"></label>
<label>${F.deadline}<input type="date" name="deadline" value="${i.deadline}"></label>
</div>
<fieldset><legend>${F.where}</legend>
<p class="hint"><strong>${F.groups}</strong> · ${c.everyGroup ? F.groupsHintAll : F.groupsHintScope}</p><div class="checks">
${c.groups.map((g) => html`<label><input type="checkbox" name="groups" value="${String(g.id)}"${i.groups.includes(String(g.id)) ? html` checked` : ''}> ${g.name}</label>`)}
</div>
<div class="row">
<label>${F.villages}<input name="villages" value="${i.villages}" aria-describedby="lead-list-hint"></label>
<label>${F.districts}<input name="districts" value="${i.districts}" aria-describedby="lead-list-hint"></label>
</div><p class="hint" id="lead-list-hint">${F.listHint}</p>
</fieldset>
${c.senders ? senderChoice(t, c, i.sender) : ''}
<p><button type="submit" class="btn" data-k="preview">${L.previewButton}</button></p>
</form>
${v.reach && v.request ? preview(t, v.csrf, i, v.reach, v.message ?? i.text, v.request, senderName(c, i.sender), c.groups) : ''}
<p><a href="/peluang">${L.backToList}</a></p>`;
  return page(t, { title: L.newHeading, header: v.header, body, langHref: `/bahasa/${t.otherLanguage.code}?ke=${encodeURIComponent('/peluang/baru')}`, style: STYLE });
}

/** A manager's or an admin's choice of the facilitator it is sent as (herself first, when she facilitates too). */
function senderChoice(t: ConsoleTexts, c: LeadFormChoices, chosen: string): Fragment {
  const F = t.leadActions.fields;
  const option = (value: string, label: string) => html`<option value="${value}"${chosen === value ? html` selected` : ''}>${label}</option>`;
  return html`<div class="stack"><label for="lead-sender">${F.sender}</label><p class="hint" id="lead-sender-hint">${F.senderHint}</p>
<select id="lead-sender" name="sender" aria-describedby="lead-sender-hint" data-k="sender">${option('', c.own ? F.senderSelf : F.senderChoose)}${(c.senders ?? [])
    .filter((s) => s.facilitatorId !== c.own?.facilitatorId)
    .map((s) => option(String(s.facilitatorId), s.name))}</select></div>`;
}

/** The name of the facilitator chosen on the form (none: she sends as herself). */
function senderName(c: LeadFormChoices, chosen: string): string | undefined {
  return chosen === '' ? undefined : c.senders?.find((s) => String(s.facilitatorId) === chosen)?.name;
}

function preview(t: ConsoleTexts, csrf: string, i: LeadFormInput, reach: Reach, message: string, request: string, sender: string | undefined, groups: LeadFormChoices['groups']): Fragment {
  const L = t.leadActions;
  const nobody = reach.groupChats + reach.people === 0;
  // Members with no chat the bot can send to cannot be reached by any trade or target: say so,
  // and what to do (each such group's invitation: they join with /gabung KODE), not "change it".
  const names = new Map(groups.map((g) => [g.id, g.name]));
  const invitations = reach.groupsWithoutChat.map((id) => html`<li><a href="/kelompok/${String(id)}/undangan" data-k="invitation-link">${L.invitationOf(names.get(id) ?? `#${String(id)}`)}</a></li>`);
  const withoutChat =
    reach.membersWithoutChat > 0
      ? html`<div class="note${nobody ? ' err' : ''}" data-k="without-chat" data-value="${String(reach.membersWithoutChat)}"${nobody ? html` role="alert"` : ''}>
${nobody ? html`<p data-k="nobody-yet"><strong>${L.nobodyYet}</strong></p>` : ''}<p>${L.withoutChat(formatCount(reach.membersWithoutChat))}</p>
<p>${L.howToJoin}</p>${invitations.length ? html`<ul>${invitations}</ul>` : ''}</div>`
      : '';
  return html`<section class="lead" aria-labelledby="preview-h" data-k="preview-reach" data-groups="${String(reach.groups)}" data-group-chats="${String(reach.groupChats)}" data-people="${String(reach.people)}">
<h2 id="preview-h">${L.previewHeading}</h2>
<p class="hint">${L.messageHeading}</p>
<blockquote class="msg" lang="id" data-k="message">${message}</blockquote>
<p data-k="reach">${L.reach(formatCount(reach.groups), formatCount(reach.groupChats), formatCount(reach.people))}</p>
${sender ? html`<p data-k="preview-sender">${L.previewSender(sender)}</p>` : ''}
${
  nobody
    ? (withoutChat || html`<p class="note err">${L.reachNobody}</p>`)
    : html`<form method="post" action="/peluang/baru">${hidden('csrf', csrf)}${hidden('request', request)}${hiddenInput(i)}<button type="submit" class="btn" data-k="send">${L.sendButton}</button></form>${withoutChat}`
}
</section>`;
}
