import { formatRupiah } from '../../core/money.ts';
import type { Catalogue } from './catalogue.ts';
import { dateSpan, EN_DATES, entryLine, longDate } from './format.ts';

const KIND = { sale: 'Sale', expense: 'Expense' } as const;

function dayLabel(date: string, today: string): string {
  return date === today ? 'Today' : longDate(date, EN_DATES);
}

export const en: Catalogue = {
  welcome: (name) =>
    `Hello ${name} 👋 I'm Dampingi, your bookkeeping friend. Just write what happened, e.g. "sold 12 brooches at 15k" or "bought thread 50k". Type "help" for more examples.`,

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

  recap: (r) => {
    const title = { day: 'today', week: 'this week', month: 'this month' }[r.period];
    const lines = [`📊 Recap ${title} (${dateSpan(r.from, r.to, EN_DATES)})`];
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
};
