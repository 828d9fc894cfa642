import { formatRupiah } from '../../core/money.ts';
import type { Role } from '../../modules/groups/groups.ts';
import type { Catalogue } from './catalogue.ts';
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
    '• Mistake: "undo"',
  ].join('\n'),

  notUnderstood:
    'Sorry, I did not understand. Examples: "sold 12 brooches at 15k", "bought thread 50k", or "recap". Type "help" to see how.',

  notYet: (feature) =>
    ({
      repayment: 'Instalments cannot be recorded here yet. Please tell your treasurer or facilitator.',
      report: 'Asset and turnover reports cannot be sent here yet. Please tell your facilitator.',
      lead_interest: 'There is no market lead to answer yet.',
    })[feature],

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
  refusal: (code) =>
    ({
      not_facilitator: 'Sorry, this command is for group facilitators only.',
      not_your_group: 'Sorry, this group has another facilitator.',
      code_unknown: 'That code is unknown. Check it again, or ask your facilitator for the latest code.',
    })[code] ?? 'Sorry, that request cannot be done.',
};

const ROLE_EN: Record<Role, string> = { ketua: 'chair', sekretaris: 'secretary', bendahara: 'treasurer', anggota: 'a member' };
