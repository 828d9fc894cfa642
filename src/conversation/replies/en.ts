import { dayOfWeek } from '../../core/dates.ts';
import { formatNumber, formatRupiah } from '../../core/money.ts';
import { abbreviateAmount, EN_UNITS } from '../../modules/charts/charts.ts';
import type { Role } from '../../modules/groups/groups.ts';
import type { LoanStatus } from '../../modules/loans/loans.service.ts';
import type { Catalogue, LeadView } from './catalogue.ts';
import { dateSpan, EN_DATES, entryLine, longDate } from './format.ts';

const KIND = { sale: 'Sale', expense: 'Expense' } as const;

function dayLabel(date: string, today: string): string {
  return date === today ? 'Today' : longDate(date, EN_DATES);
}

export const en: Catalogue = {
  welcome: (name) =>
    [
      `Hello ${name} 👋 I'm Dampingi, your bookkeeping friend. Just write what happened, e.g. "sold 12 brooches at 15k" or "bought thread 50k". Type "help" for more examples.`,
      'What I keep: your name, this chat account, and your sales and spending — for your own recaps and your group\'s report to the facilitator. Type STOP if you do not want reminders and market leads.',
    ].join('\n\n'),

  recorded: ({ entries, date, today, totals }) => {
    const lines = entries.map((e) => `✅ ${KIND[e.kind]} ${entryLine(e)}`);
    if (date !== today) lines.push(`📅 Recorded for ${longDate(date, EN_DATES)}`);
    lines.push(`${dayLabel(date, today)}: in ${formatRupiah(totals.sales)}, out ${formatRupiah(totals.expenses)}`);
    lines.push('A mistake? Type "undo".');
    return lines.join('\n');
  },

  askConfirm: ({ entries, date, today }) => {
    const lines = ['Did you mean this?'];
    for (const e of entries) lines.push(`• ${KIND[e.kind]} ${entryLine(e)}`);
    if (date !== today) lines.push(`📅 ${longDate(date, EN_DATES)}`);
    lines.push('Reply "yes" to record it, or "no".');
    return lines.join('\n');
  },
  yes: 'yes',
  no: 'no',
  declined: 'OK, nothing recorded. Please write it again, e.g. "sold 12 brooches at 15k".',
  askAmount: 'How much money was it? Add the price, e.g. "sold 5 brooches at 15k" or "sold 5 brooches 75k".',

  undone: ({ entries, today, totals }) => {
    const lines = entries.map((e) => `↩️ Cancelled: ${KIND[e.kind]} ${entryLine(e)}`);
    const date = entries[0]?.businessDate ?? today;
    lines.push(`${dayLabel(date, today)}: in ${formatRupiah(totals.sales)}, out ${formatRupiah(totals.expenses)}`);
    return lines.join('\n');
  },
  nothingToUndo: 'There is nothing to cancel yet.',

  recap: (r, today) => {
    const current = r.from <= today && today <= r.to;
    const title = current
      ? { day: 'today', week: 'this week', month: 'this month' }[r.period]
      : { day: longDate(r.from, EN_DATES), week: 'week', month: 'month' }[r.period];
    const lines = [r.period === 'day' && !current ? `📊 Recap ${title}` : `📊 Recap ${title} (${dateSpan(r.from, r.to, EN_DATES)})`];
    if (r.entries === 0) {
      lines.push('Nothing recorded yet. Write e.g. "sold 12 brooches at 15k".');
      return lines.join('\n');
    }
    lines.push(`In: ${formatRupiah(r.sales)}`);
    lines.push(`Out: ${formatRupiah(r.expenses)}`);
    lines.push(r.profit >= 0 ? `Profit: ${formatRupiah(r.profit)}` : `Loss: ${formatRupiah(-r.profit)}`);
    lines.push(`${r.entries} entries on ${r.daysRecorded} days`);
    if (r.topItems.length > 0) {
      lines.push(`Best sellers: ${r.topItems.map((t) => `${t.item} ${formatRupiah(t.amount)}`).join(' · ')}`);
    }
    return lines.join('\n');
  },

  help: [
    'How to use Dampingi:',
    '• Sales: "sold 12 brooches at 15k"',
    '• Spending: "bought thread 50k"',
    '• Another day: "yesterday sold 3 scarves at 90k"',
    '• Recap: "recap", "recap week", "recap month"',
    '• Chart: "grafik", "grafik bulan"',
    '• Mistake: "undo"',
  ].join('\n'),

  notUnderstood:
    'Sorry, I did not understand. Examples: "sold 12 brooches at 15k", "bought thread 50k", or "recap". Type "help" to see how.',

  noOpenLead: 'There is no market lead to answer yet.',

  repaymentAskAmount: 'How much was paid? E.g.: bayar cicilan 883rb',
  repaymentNoLoan: 'There is no loan recorded for you or your group. Please ask your facilitator.',
  repaymentWhichLoan: (labels) => `There are several loans: ${labels.map((l) => l ?? 'personal').join(', ')}. Please write the payment in that group's chat.`,
  repaymentRecorded: ({ amount, label, status }) => [`✅ Instalment ${formatRupiah(amount)} recorded${label ? ` (${label})` : ''}.`, ...standingLinesEn(status)].join('\n'),
  repaymentReported: ({ amount, label }) => `📝 Instalment ${formatRupiah(amount)}${label ? ` (${label})` : ''} noted, waiting for the treasurer or facilitator to confirm.`,
  repaymentToConfirm: ({ payer, amount, label, paymentId }) =>
    `${payer} reports paying ${formatRupiah(amount)}${label ? ` for ${label}` : ''}. Received? Tap confirm or reply: /konfirmasi ${paymentId}`,
  confirmWord: 'confirm',
  confirmUsage: 'Write the payment number, e.g.: /konfirmasi 12',
  alreadyConfirmed: 'That payment was already confirmed.',
  paymentConfirmedForPayer: ({ amount, label }) => `✅ Your instalment of ${formatRupiah(amount)}${label ? ` (${label})` : ''} is confirmed. Thank you.`,
  loanStanding: ({ label, status }) =>
    [`💰 Loan ${label ?? '(personal)'}: ${formatRupiah(status.totals.paid)} of ${formatRupiah(status.totals.total)} paid.`, ...standingLinesEn(status)].join('\n'),

  optedOut: 'OK, you will get no more reminders or market leads. You can still record sales as usual. Type START to receive them again.',
  optedIn: 'Done, you will receive reminders and market leads again. Type STOP at any time to stop.',

  joinUsage: 'Write the group code from your facilitator, e.g.: /gabung MLT4K9',
  joinInPrivate: 'To join, send /gabung CODE to me in a private chat.',
  joined: (group) => `🎉 Welcome to the ${group} group! Your books stay yours and count in the group from now on.`,
  alreadyMember: (group) => `You are already a member of ${group}.`,
  askName: 'May I know your name? Reply with just your name, e.g.: Ani',
  nameSaved: (name) => `Thank you, ${name}.`,
  memberJoined: (name, group) => `👋 ${name} joined the ${group} group.`,
  linkUsage: 'Write the group code, e.g.: /hubungkan MLT4K9',
  linkInGroup: 'Send /hubungkan CODE in the group chat, not in a private chat.',
  linked: (group) => `✅ This chat is now linked to the ${group} group. Members can record their sales here.`,
  chatNotLinked: 'This chat is not linked to a group yet. The facilitator can send /hubungkan CODE here.',
  pendingMember: (name, group) =>
    `${name} wrote in the ${group} chat but is not a member yet. Write /peran ${name} anggota in that chat to accept her.`,
  noGroupsYet: 'You do not run any group yet.',
  whichGroup: (groups) => `You run several groups: ${groups.join(', ')}. Write the command in that group's chat, or add its name, e.g. /anggota ${groups[0] ?? ''}.`,
  roleUsage: 'Write the name and the role, e.g.: /peran @Ani bendahara (roles: ketua, sekretaris, bendahara, anggota).',
  roleSet: (name, role) => `✅ ${name} is now ${ROLE_EN[role]}.`,
  memberNotFound: (name) => `There is no member called ${name} in this group.`,
  memberAmbiguous: (name) => `Several members are called ${name}. Write the full name.`,
  memberList: (group, members) => {
    if (members.length === 0) return `The ${group} group has no members yet.`;
    const lines = [`👥 Members of ${group} (${members.length}):`];
    for (const m of members) {
      lines.push(`• ${m.name}${m.role !== 'anggota' ? ` — ${ROLE_EN[m.role]}` : ''}${m.status === 'pending' ? ' (not accepted yet)' : ''}`);
    }
    return lines.join('\n');
  },
  notRecorded: (group, names) =>
    names.length === 0
      ? `👍 Everyone in ${group} has recorded this week.`
      : [`Not recorded this week in ${group} (${names.length}):`, ...names.map((n) => `• ${n}`)].join('\n'),
  leadInPrivate: 'Please create leads in a private chat with me.',
  leadFormError: (error, unknown, known) =>
    ({
      no_colon: 'Write the trade, a colon, then the text. E.g.: /peluang asesoris: Campus graduation 12 Dec, needs 200 brooches, DP 50%, batas 5 Dec',
      no_trade: unknown.length ? `Unknown trade "${unknown.join(', ')}". Choices: ${known.join(', ')}.` : `Name the trade. Choices: ${known.join(', ')}.`,
      no_text: 'The lead text is empty. Write it after the colon.',
      too_long: 'The lead text is too long. Please keep it under 1,000 characters.',
    })[error],
  leadAskTrades: (names) => ['Which trades is this lead for? Reply with the numbers (several allowed, e.g. 1,3):', ...names.map((n, i) => `${i + 1}. ${n}`)].join('\n'),
  leadAskText: 'Write the lead: the event, the date, what is needed. E.g.: Campus graduation 12 Dec, needs 200 brooches.',
  leadAskDeadline: 'When is the deadline to answer? E.g.: 5 Dec. Type "skip" if none.',
  leadAskQuantity: 'How many are needed? Write the number, or "skip".',
  leadAskDownPayment: 'Is there a down payment, in percent? E.g.: 50. Type "skip" if none.',
  leadCancelled: 'OK, the lead was not sent.',
  leadConfirmAgain: 'Send this lead now? Reply "send" or "no".',
  leadSendWord: 'send',
  leadPreview: (lead, reach) =>
    ['Preview:', '', leadBody(lead), '', `It will go to ${reach.groups} groups (${reach.groupChats} group chats) and ${reach.people} members.`, 'Send now? Reply "send" or "no".'].join('\n'),
  leadBroadcast: (lead) => leadBody(lead),
  leadSent: (code, reach) => `📤 Lead ${code} is being sent to ${reach.groupChats} group chats and ${reach.people} members. See the answers with /peluang ${code}.`,
  leadWhich: (codes) => `Which lead is this for? Write e.g.: minat ${codes[0]} 50. Open leads: ${codes.join(', ')}.`,
  leadAnswered: (code, quantity) =>
    quantity === null
      ? `✅ Your interest in lead ${code} is noted. How many can you make? Reply e.g.: minat ${code} 50`
      : `✅ Your interest in lead ${code} is noted: ${formatNumber(quantity)}. The facilitator will contact you.`,
  leadTally: (lead, name, quantity, tally) =>
    `📥 ${lead.code}: ${name} interested${quantity === null ? '' : ` in ${formatNumber(quantity)}`}. Total ${tally.people} people, ${formatNumber(tally.quantity)}${lead.quantityWanted ? ` of ${formatNumber(lead.quantityWanted)}` : ''}.`,
  leadDetails: (lead, tally, stats) => {
    const lines = [
      `📢 Lead ${lead.code} (${lead.status})`,
      lead.text,
      `Sent: ${stats.sent} · waiting: ${stats.queued} · failed: ${stats.failed} (${stats.groupChats} group chats, ${stats.people} members)`,
      `Answers: ${tally.people} people, ${formatNumber(tally.quantity)}${lead.quantityWanted ? ` of ${formatNumber(lead.quantityWanted)}` : ''}`,
    ];
    for (const r of tally.responses) {
      lines.push(`• ${r.name}: ${r.quantity === null ? '?' : formatNumber(r.quantity)}${r.awardedQuantity ? ` — picked ${formatNumber(r.awardedQuantity)}` : ''}`);
    }
    return lines.join('\n');
  },
  leadList: (rows) =>
    rows.length === 0
      ? 'You have not sent any lead yet. Start with /peluang.'
      : ['Your leads:', ...rows.map(({ lead, tally }) => `• ${lead.code} ${lead.status === 'open' ? '🟢' : '⚪'} ${truncate(lead.text, 40)} — ${tally.people} people, ${formatNumber(tally.quantity)}`)].join('\n'),
  leadCloseUsage: 'Write the lead code, e.g.: /tutup P12',
  leadClosedForOwner: (code, tally) => `🔒 Lead ${code} is closed. Answers: ${tally.people} people, ${formatNumber(tally.quantity)}.`,
  leadClosedForAnswerer: (code) => `🔒 Lead ${code} is closed. Thank you for your interest.`,
  leadAwardUsage: 'Write the code, the name and the quantity, e.g.: /pilih P12 @Ani 100',
  leadNotResponder: (name, code) => `${name} has not answered lead ${code}.`,
  leadAwarded: (code, quantity) => `🎉 You were picked for lead ${code}: ${formatNumber(quantity)}. The facilitator will contact you with the details.`,
  leadAwardDone: (name, code, quantity) => `✅ ${name} picked for ${code}: ${formatNumber(quantity)}. She has been told.`,
  reminderRepayment: ({ borrower, number, dueDate, days, amount }) => {
    const what =
      borrower === null ? `your instalment ${number}` : 'group' in borrower ? `instalment ${number} of group ${borrower.group}` : `${borrower.member}'s instalment ${number}`;
    const due = longDate(dueDate, EN_DATES);
    if (days > 1) return `⏰ Reminder: ${what}, ${formatRupiah(amount)}, is due on ${due} (in ${days} days).`;
    if (days === 1) return `⏰ Reminder: ${what}, ${formatRupiah(amount)}, is due tomorrow, ${due}.`;
    if (days === 0) return `⏰ Today is the last day to pay ${what}: ${formatRupiah(amount)}. Please pay it in.`;
    return `⚠️ ${what[0]!.toUpperCase()}${what.slice(1)} is ${-days} day${days === -1 ? '' : 's'} late (due ${due}). Still owed: ${formatRupiah(amount)}. Please pay it in soon.`;
  },
  reminderNudge: (name) => `📒 Hello ${name}! You have recorded no sales this week. One short message is enough, e.g.: laku 12 bros @15rb`,
  reminderDigest: ({ group, from, to, members, recorded, sales, expenses }) =>
    [
      `📊 Group ${group} this week (${dateSpan(from, to, EN_DATES)})`,
      ...(recorded === 0
        ? ['Nobody has recorded anything this week. One short message is enough: laku 12 bros @15rb']
        : [`Recorded: ${recorded} of ${members} members`, `Sales: ${formatRupiah(sales)}`, `Spending: ${formatRupiah(expenses)}`, 'Thank you for recording! 🙏']),
    ].join('\n'),
  reminderQuarterly: ({ name, from, to, turnover }) =>
    [
      `📋 Hello ${name}! Quarterly report for ${EN_DATES.months[Number(from.slice(5, 7)) - 1]}–${EN_DATES.months[Number(to.slice(5, 7)) - 1]} ${to.slice(0, 4)}.`,
      `Turnover from your books: ${formatRupiah(turnover)}`,
      turnover > 0
        ? 'What are your business assets now, and how many employees? Reply e.g.: aset 5jt karyawan 2'
        : 'What are your business assets now, your turnover, and how many employees? Reply e.g.: aset 5jt omset 3jt karyawan 2',
    ].join('\n'),
  quarterlyReportSaved: ({ from, to, assets, turnoverReported, turnoverFromBooks, employees }) =>
    [
      `✅ Quarterly report for ${EN_DATES.months[Number(from.slice(5, 7)) - 1]}–${EN_DATES.months[Number(to.slice(5, 7)) - 1]} ${to.slice(0, 4)} saved:`,
      `Assets: ${assets === null ? '-' : formatRupiah(assets)}`,
      turnoverReported === null
        ? `Turnover: ${formatRupiah(turnoverFromBooks)} (from your books)`
        : `Turnover: ${formatRupiah(turnoverReported)} (your books: ${formatRupiah(turnoverFromBooks)})`,
      `Employees: ${employees === null ? '-' : formatNumber(employees)}`,
      assets === null || employees === null ? `Send what is missing, e.g.: ${assets === null ? 'aset 5jt' : 'karyawan 2'}` : 'Thank you.',
    ].join('\n'),
  chartLabels: ({ period, from, to, today }) => ({
    title: `${from <= today && today <= to ? (period === 'week' ? 'This week' : 'This month') : period === 'week' ? 'Week' : 'Month'} · ${dateSpan(from, to, EN_DATES)}`,
    sales: 'In',
    expenses: 'Out',
    day: (date) => (period === 'week' ? ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][dayOfWeek(date)]! : String(Number(date.slice(8, 10)))),
    amount: (value) => abbreviateAmount(value, EN_UNITS),
  }),
  chartCaption: (r, today) =>
    [
      `📊 Chart ${r.from <= today && today <= r.to ? `this ${r.period === 'week' ? 'week' : 'month'}` : r.period === 'week' ? 'week' : 'month'} (${dateSpan(r.from, r.to, EN_DATES)})`,
      `In: ${formatRupiah(r.sales)}`,
      `Out: ${formatRupiah(r.expenses)}`,
      r.profit >= 0 ? `Profit: ${formatRupiah(r.profit)}` : `Loss: ${formatRupiah(-r.profit)}`,
    ].join('\n'),
  chartEmpty: (period, today, { from, to }) =>
    `Nothing recorded ${from <= today && today <= to ? 'this ' : 'that '}${period === 'week' ? 'week' : 'month'}, so there is no chart yet. Write e.g. "sold 12 brooches at 15k".`,
  refusal: (code) =>
    ({
      not_facilitator: 'Sorry, this command is for group facilitators only.',
      not_your_group: 'Sorry, this group has another facilitator.',
      code_unknown: 'That code is unknown. Check it again, or ask your facilitator for the latest code.',
      lead_unknown: 'There is no lead with that code.',
      lead_closed: 'That lead is already closed.',
      group_unknown: 'A group name is unknown. Check the spelling.',
      confirm_not_allowed: 'Sorry, only the group treasurer or facilitator can confirm payments.',
      payment_not_found: 'There is no payment with that number.',
      payment_date_invalid: 'That payment date cannot be used (before the loan was paid out).',
    })[code] ?? 'Sorry, that request cannot be done.',
};

const ROLE_EN: Record<Role, string> = { ketua: 'chair', sekretaris: 'secretary', bendahara: 'treasurer', anggota: 'a member' };

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The lead as members read it: what, how many, down payment, deadline, how to answer. */
function leadBody(lead: LeadView): string {
  const facts = [
    lead.quantityWanted ? `Needed: ${formatNumber(lead.quantityWanted)}` : null,
    lead.downPaymentPercent ? `DP ${lead.downPaymentPercent}%` : null,
    lead.deadline ? `Deadline: ${longDate(lead.deadline, EN_DATES)}` : null,
  ].filter(Boolean);
  return [
    `📢 Lead ${lead.code} — ${lead.trades.join(', ')}`,
    lead.text,
    ...(facts.length ? [facts.join(' · ')] : []),
    `Interested? Reply to this message: MINAT 50 (how many you can make), or write: minat ${lead.code} 50`,
  ].join('\n');
}

/** Where a loan stands, in a few short lines: next instalment, shortfall, arrears, streak. */
function standingLinesEn(status: LoanStatus): string[] {
  const lines: string[] = [];
  const next = status.nextDue;
  if (!next) lines.push('🎉 The loan is fully paid!');
  else {
    const instalment = status.instalments.find((i) => i.number === next.number);
    const partly = instalment && instalment.paid > 0;
    lines.push(
      partly
        ? `Instalment ${next.number} is still short by ${formatRupiah(next.amount)}, due ${longDate(next.dueDate, EN_DATES)}.`
        : `Next: instalment ${next.number}, ${formatRupiah(next.amount)}, due ${longDate(next.dueDate, EN_DATES)}.`,
    );
  }
  if (status.totals.credit > 0) lines.push(`Overpaid by ${formatRupiah(status.totals.credit)}.`);
  lines.push(`Arrears: ${formatRupiah(status.arrears)} · On time in a row: ${status.streak}`);
  if (status.eligible) lines.push('⭐ Eligible for rewards (such as an exhibition slot).');
  if (status.awaitingConfirmation > 0) lines.push(`Waiting for confirmation: ${formatRupiah(status.awaitingConfirmation)}.`);
  return lines;
}
