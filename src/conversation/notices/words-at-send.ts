/**
 * Words written at send time: the weekly nudge and the weekly summary are written by their
 * fan-outs in Postgres as their facts (`toWord`, src/core/messages.ts), 100,000 rows in a few
 * statements that never bring a member into the process; the send step gives each its text
 * from the catalogue in her language just before sending, the same text the fan-out wrote
 * when it worded each member itself (issue #21, docs/BENCHMARKS.md 2026-12-07).
 */
import type { FactsToWord, OutboundMessage } from '../../core/messages.ts';
import { change } from '../../modules/summaries/summaries.ts';
import { repliesFor } from '../replies/index.ts';
import { nudgeText } from './nudge.ts';

/** The message with its `toWord` facts worded as its `text`; a message without them as it is. */
export function withWords(message: OutboundMessage): OutboundMessage {
  const { toWord, ...rest } = message;
  if (!toWord) return message;
  return { ...rest, text: wordsOf(toWord) };
}

function wordsOf(facts: FactsToWord): string {
  const t = repliesFor(facts.language);
  switch (facts.kind) {
    case 'nudge':
      return nudgeText(t, facts);
    case 'weekly_summary': {
      const { name, week, lastWeek, best } = facts;
      return t.weeklySummary({ name, week, lastWeek, sales: change(week.sales, lastWeek.sales), profit: change(week.profit, lastWeek.profit), best });
    }
    case 'weekly_summary_due':
      // Her figures are read first (summary-figures.ts `withSummaryFigures`): never sent without them.
      throw new Error('a due weekly summary is worded after its figures are read (withSummaryFigures)');
  }
}
