/** The help inbox (/kotak-bantuan) and one item of it: play or view, record for her, or mark done. */
import { html } from 'hono/html';
import type { IsoDate } from '../../core/dates.ts';
import type { InboxItem, InboxPage, OnBehalfReading } from '../../modules/media/media-inbox.service.ts';
import { isReturn, type NewEntry } from '../../modules/ledger/ledger.ts';
import { formatDay, formatInstant, formatRupiah } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';
import { pager } from './pager.ts';

const STYLE = `${TABLE_STYLE}audio,img.media{display:block;max-width:100%;margin:.5rem 0}img.media{max-height:70vh;border:1px solid #dde2dc;border-radius:6px}
textarea{font:inherit;padding:.55rem;border:1px solid #9aa59e;border-radius:6px;width:100%;max-width:30rem}ul.preview{margin:.3rem 0 .6rem;padding-left:1.2rem}`;

export const itemHref = (id: number) => `/kotak-bantuan/${String(id)}`;

export function inboxListPage(t: ConsoleTexts, v: Viewing, list: InboxPage, timeZone: string): Fragment {
  const L = t.inbox;
  const rows = list.items.map(
    (i) => html`<tr data-k="inbox-item" data-id="${String(i.id)}">
<td class="first" data-label="${L.columns.member}"><a href="${itemHref(i.id)}">${i.memberName}</a></td>
<td data-label="${L.columns.group}">${i.groupName}</td>
<td data-label="${L.columns.kind}" data-k="kind" data-value="${i.kind}">${L.kinds[i.kind]}</td>
<td data-label="${L.columns.caption}">${i.caption ?? ''}</td>
<td data-label="${L.columns.received}">${formatInstant(i.receivedAt, timeZone, t.lang)}</td></tr>`,
  );
  const table = list.items.length
    ? html`<table class="stack"><thead><tr><th>${L.columns.member}</th><th>${L.columns.group}</th><th>${L.columns.kind}</th><th>${L.columns.caption}</th><th>${L.columns.received}</th></tr></thead><tbody>${rows}</tbody></table>`
    : html`<p data-k="inbox-empty">${L.empty}</p>`;
  const body = html`<h1>${L.heading}</h1><p class="sub">${L.intro}</p>
<p data-k="inbox-total" data-value="${String(list.total)}">${L.waiting(list.total)}</p>
${table}
${pager(t, list.page, list.pages, (n) => `/kotak-bantuan?hal=${String(n)}`)}`;
  const here = list.page > 1 ? `/kotak-bantuan?hal=${String(list.page)}` : '/kotak-bantuan';
  return page(t, { title: L.heading, header: staffHeader(t, v, 'inbox'), body, style: STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=${here}` });
}

export type ItemNotice = 'done' | 'already' | 'recorded' | 'alreadyDone';

export interface ItemView {
  item: InboxItem;
  /** The words she typed, and how they read (after "Check", or a refused record). */
  text?: string | undefined;
  reading?: OnBehalfReading | undefined;
  notice?: ItemNotice | undefined;
  timeZone: string;
}

function entryLine(t: ConsoleTexts, e: NewEntry): string {
  const kind = isReturn(e) ? t.member.kinds.saleReturn : t.member.kinds[e.kind];
  const what = [e.quantity !== null ? String(e.quantity) : '', e.unit ?? '', e.item ?? ''].filter(Boolean).join(' ');
  const price = e.unitPrice !== null && e.quantity !== null ? ` × ${formatRupiah(e.unitPrice)}` : '';
  return `${kind}: ${what ? `${what}${price} = ` : ''}${formatRupiah(Math.abs(e.amount))}`;
}

function recordForm(t: ConsoleTexts, v: Viewing, view: ItemView): Fragment {
  const L = t.inbox;
  const { item, reading, text } = view;
  const href = itemHref(item.id);
  const refused = reading && reading.outcome !== 'record' ? html`<p class="note err" role="alert" data-k="refused" data-value="${reading.outcome}">${L.refused[reading.outcome]}</p>` : '';
  const preview =
    reading?.outcome === 'record'
      ? html`<div data-k="preview"><p>${L.previewHeading(formatDay(reading.date as IsoDate, t.lang))}</p>
<ul class="preview">${reading.entries.map((e) => html`<li data-k="preview-entry">${entryLine(t, e)}</li>`)}</ul>
<form method="post" action="${href}/catat" data-k="confirm-form"><input type="hidden" name="csrf" value="${v.csrf}"><input type="hidden" name="text" value="${text ?? ''}">
<button type="submit" class="btn" data-k="confirm">${L.confirmButton}</button></form></div>`
      : '';
  return html`<section class="block"><h2>${L.recordHeading(item.memberName)}</h2><p class="sub">${L.recordHint}</p>
${refused}
<form method="post" action="${href}/periksa" class="stack" data-k="record-form"><input type="hidden" name="csrf" value="${v.csrf}">
<label for="record-text">${L.recordLabel}</label><textarea id="record-text" name="text" rows="2" maxlength="500" required>${text ?? ''}</textarea>
<button type="submit" class="btn alt">${L.previewButton}</button></form>
${preview}</section>`;
}

export function inboxItemPage(t: ConsoleTexts, v: Viewing, view: ItemView): Fragment {
  const L = t.inbox;
  const { item } = view;
  const href = itemHref(item.id);
  const player =
    item.kind === 'photo'
      ? html`<img class="media" src="${href}/berkas" alt="${L.kinds.photo}: ${item.caption ?? item.memberName}" data-k="media">`
      : html`<audio controls preload="metadata" src="${href}/berkas" data-k="media"><a href="${href}/berkas">${L.kinds[item.kind]}</a></audio>`;
  const notice = view.notice
    ? html`<p class="note" role="status" data-k="notice" data-value="${view.notice}">${view.notice === 'recorded' ? L.notices.recorded(item.memberName) : L.notices[view.notice]}</p>`
    : '';
  const state = item.doneAt
    ? html`<p class="note" data-k="done">${L.doneBy(item.doneBy ?? '', formatInstant(item.doneAt, view.timeZone, t.lang))}</p>`
    : html`${recordForm(t, v, view)}
<section class="block"><h2>${L.markDone}</h2><p class="sub">${L.markDoneHint}</p>
<form method="post" action="${href}/selesai"><input type="hidden" name="csrf" value="${v.csrf}"><button type="submit" class="btn alt" data-k="mark-done">${L.markDone}</button></form></section>`;
  const body = html`<p><a href="/kotak-bantuan">${L.backToList}</a></p>
<h1>${L.itemHeading(item.memberName)}</h1>
${notice}
<ul class="facts"><li><a href="/anggota/${String(item.personId)}">${item.memberName}</a></li><li>${item.groupName}</li><li>${L.kinds[item.kind]}</li><li>${formatInstant(item.receivedAt, view.timeZone, t.lang)}</li></ul>
<p data-k="caption">${item.caption ?? L.noCaption}</p>
${player}
${state}`;
  return page(t, { title: L.itemHeading(item.memberName), header: staffHeader(t, v, 'inbox'), body, style: STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=${href}` });
}
