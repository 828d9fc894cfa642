/**
 * One loan (/pinjaman/:id): its standing (arrears, on-time streak, reward eligibility, next
 * instalment), its schedule with what each instalment has received, its payments (reported or
 * confirmed, by whom), a form to record a payment and a button to confirm each reported one.
 * The rules are the loans module's (loanStatus, confirmPayment); a refusal comes back as a
 * notice in its own words. Numbers carry data-k / data-value.
 */
import { html } from 'hono/html';
import type { ConsoleLoan } from '../../modules/loans/console-loans.service.ts';
import { formatCount, formatDay, formatRupiah } from '../format.ts';
import type { ConsoleTexts } from '../texts.ts';
import { page, type Fragment } from './layout.ts';
import { staffHeader, TABLE_STYLE, type Viewing } from './nav.ts';

const STYLE = `
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}dl.facts dt{font-weight:600;color:#3b4a42}dl.facts dd{margin:0}
form.pay{display:grid;gap:.5rem;max-width:22rem}td form{margin:0}td .btn{padding:.3rem .7rem}
`;

/** Notices the page shows after a write (?n=…): done, or the loans module's refusal code. */
export type LoanNotice = 'created' | 'recorded' | 'confirmed' | 'alreadyConfirmed' | 'amountInvalid' | 'stale' | { refused: string };

/** `request`: the record form's one-time token (one payment however often it is sent). */
export function loanPage(t: ConsoleTexts, v: Viewing, l: ConsoleLoan, request: string, notice?: LoanNotice): Fragment {
  const L = t.loanPage;
  const s = l.status;
  const loan = s.loan;
  const who = l.borrower?.name ?? L.groupLoan;
  const nameOf = (id: number | null) => (id === null ? L.commandLine : (l.names.get(id) ?? ''));
  const rate = t.lang === 'id' ? String(loan.annualRatePercent).replace('.', ',') : String(loan.annualRatePercent);
  const money = (k: string, value: number, label: string) => html`<td class="n" data-label="${label}" data-k="${k}" data-value="${String(value)}">${formatRupiah(value)}</td>`;
  // The code comes from the address: own keys only, so "tolak-constructor" is not Object's.
  const refusal = (code: string) => (Object.hasOwn(L.refused, code) ? L.refused[code] : undefined) ?? L.refusedOther;
  const noticeText = notice === undefined ? undefined : typeof notice === 'object' ? refusal(notice.refused) : L.notices[notice];
  const refusedNotice = typeof notice === 'object';

  const schedule = html`<div class="scroll" role="region" aria-label="${L.schedule}" tabindex="0"><table class="stack" data-k="schedule" data-value="${String(s.instalments.length)}">
<thead><tr><th scope="col" class="n">${L.number}</th><th scope="col">${L.dueDate}</th><th scope="col" class="n">${L.principal}</th><th scope="col" class="n">${L.interest}</th><th scope="col" class="n">${L.total}</th><th scope="col" class="n">${L.paid}</th><th scope="col">${L.state}</th></tr></thead>
<tbody>${s.instalments.map(
    (i) => html`<tr data-instalment="${String(i.number)}"><td class="first" data-label="${L.number}">${String(i.number)}</td><td data-label="${L.dueDate}">${formatDay(i.dueDate, t.lang)}</td>
${money('principal', i.principal, L.principal)}${money('interest', i.interest, L.interest)}${money('total', i.total, L.total)}${money('paid', i.paid, L.paid)}
<td data-label="${L.state}" data-k="state" data-value="${i.status}"${i.status === 'overdue' ? html` class="risk"` : ''}>${L.states[i.status]}</td></tr>`,
  )}</tbody></table></div>`;

  const payments = s.payments.length
    ? html`<table class="stack" data-k="payments" data-value="${String(s.payments.length)}"><thead><tr><th scope="col">${L.paidOn}</th><th scope="col" class="n">${L.amount}</th><th scope="col">${L.paymentStatus}</th><th scope="col">${L.reportedBy}</th><th scope="col">${L.confirmedBy}</th><th scope="col"><span class="vh">${L.confirm}</span></th></tr></thead><tbody>
${s.payments.map(
  (p) => html`<tr data-payment="${String(p.id)}" data-status="${p.status}"><td class="first" data-label="${L.paidOn}">${formatDay(p.paidOn, t.lang)}</td>${money('amount', p.amount, L.amount)}
<td data-label="${L.paymentStatus}">${p.status === 'confirmed' ? L.confirmed : L.reported}</td>
<td data-label="${L.reportedBy}" data-k="reported-by">${p.reportedByPersonId === null ? L.none : nameOf(p.reportedByPersonId)}</td>
<td data-label="${L.confirmedBy}" data-k="confirmed-by">${p.status === 'confirmed' ? nameOf(p.confirmedByPersonId) : L.none}</td>
<td data-label="${L.confirm}">${p.status === 'reported' ? html`<form method="post" action="/pinjaman/${String(loan.id)}/konfirmasi"><input type="hidden" name="csrf" value="${v.csrf}"><input type="hidden" name="pembayaran" value="${String(p.id)}"><button class="btn" type="submit" data-k="confirm-${String(p.id)}">${L.confirm}</button></form>` : ''}</td></tr>`,
)}</tbody></table>`
    : html`<p class="sub" data-k="payments" data-value="0">${L.noPayments}</p>`;

  const body = html`<h1>${L.heading(who)}</h1>
${noticeText ? html`<p class="note${refusedNotice ? ' err' : ''}" role="status" data-k="notice" data-value="${typeof notice === 'object' ? notice.refused : (notice ?? '')}">${noticeText}</p>` : ''}
<dl class="facts"><dt>${L.facts.group}</dt><dd><a href="/kelompok/${String(l.group.groupId)}">${l.group.groupName}</a></dd>
<dt>${L.facts.principal}</dt><dd data-k="loan-principal" data-value="${String(loan.principal)}">${formatRupiah(loan.principal)}</dd>
<dt>${L.facts.terms}</dt><dd>${L.termsLine(rate, loan.months, L.method[loan.method])}</dd>
<dt>${L.facts.disbursed}</dt><dd>${formatDay(loan.disbursed, t.lang)}</dd><dt>${L.facts.today}</dt><dd data-k="today" data-value="${l.today}">${formatDay(l.today, t.lang)}</dd></dl>
<div class="grid">
<section class="card" data-k="arrears" data-value="${String(s.arrears)}"><h2>${L.arrears}</h2><p class="num">${formatRupiah(s.arrears)}</p></section>
<section class="card" data-k="streak" data-value="${String(s.streak)}"><h2>${L.streak}</h2><p class="num">${formatCount(s.streak)}</p><p class="sub" data-k="eligible" data-value="${s.eligible ? '1' : '0'}">${L.eligible}: ${s.eligible ? L.eligibleYes(s.streak) : L.eligibleNo(s.rewardStreak)}</p></section>
<section class="card" data-k="next-due" data-value="${String(s.nextDue?.amount ?? '')}"><h2>${s.nextDue && s.nextDue.dueDate < l.today ? L.overdueSince : L.nextDue}</h2><p class="num">${s.nextDue ? formatRupiah(s.nextDue.amount) : L.none}</p><p class="sub">${s.nextDue ? formatDay(s.nextDue.dueDate, t.lang) : ''}</p></section>
<section class="card" data-k="awaiting" data-value="${String(s.awaitingConfirmation)}"><h2>${L.awaiting}</h2><p class="num">${formatRupiah(s.awaitingConfirmation)}</p></section>
</div>
<section class="block" aria-labelledby="h-payments"><h2 id="h-payments">${L.payments}</h2>${payments}</section>
<section class="block card" aria-labelledby="h-record"><h2 id="h-record">${L.record}</h2><p class="sub">${L.recordNote}</p>
<form class="pay" method="post" action="/pinjaman/${String(loan.id)}/bayar"><input type="hidden" name="csrf" value="${v.csrf}"><input type="hidden" name="request" value="${request}">
<label for="jumlah">${L.amount}</label><input id="jumlah" name="jumlah" inputmode="numeric" required autocomplete="off">
<label for="tanggal">${L.paidOn}</label><input id="tanggal" name="tanggal" type="date" value="${l.today}" min="${loan.disbursed}" max="${l.today}" required>
<button class="btn" type="submit" data-k="record">${L.recordButton}</button></form></section>
<section class="block" aria-labelledby="h-schedule"><h2 id="h-schedule">${L.schedule}</h2>${schedule}</section>`;
  return page(t, { title: L.heading(who), header: staffHeader(t, v, 'loans'), body, style: TABLE_STYLE + STYLE, langHref: `/bahasa/${t.otherLanguage.code}?ke=/pinjaman/${String(loan.id)}` });
}
