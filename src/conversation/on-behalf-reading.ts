/**
 * A text someone writes for a member, read as the chat's on-behalf flow reads it
 * (flows/on-behalf.ts): the same parser, as if she had written it herself on `today` in her
 * time zone, the same `usableEntries` and confidence bar. Used by the console's help inbox
 * (src/web/inbox-routes.ts), which writes what this allows through the same ledger service.
 * Pure: no database.
 */
import { businessDate } from '../core/dates.ts';
import { usableEntries } from '../modules/ledger/ledger.ts';
import type { OnBehalfReading } from '../modules/media/media-inbox.service.ts';
import { parseMessage } from '../parser/index.ts';
import { CONFIDENT } from '../parser/types.ts';

/**
 * `at`: when she said it (the voice note's arrival): "kemarin" is the day before. A sale on
 * credit is left to the chat, which asks who the buyer is (the console has no such question).
 */
export function readOnBehalf(text: string, said: { receivedAt: Date; timeZone: string }): OnBehalfReading {
  if (!text.trim()) return { outcome: 'empty' };
  const today = businessDate(said.receivedAt, said.timeZone);
  const result = parseMessage(text, { today, timeZone: said.timeZone });
  if (result.intent !== 'record') return { outcome: 'not_record' };
  if (result.credit) return { outcome: 'credit' };
  const entries = usableEntries(result.entries);
  if (!entries || result.confidence < CONFIDENT) return { outcome: 'unclear' };
  return { outcome: 'record', entries, date: result.date };
}
