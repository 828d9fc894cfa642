/**
 * Recording for a member outside a chat (the web console's help inbox, src/web/inbox-routes.ts):
 * the text read as the chat's on-behalf flow (flows/on-behalf.ts) reads "catat untuk Ani: …"
 * — the same parser, as if she had written it herself, the same `usableEntries` and
 * confidence bar — and the very notice that flow sends her (the catalogue, in her language,
 * to her private chat). The console writes what the reading allows through the same ledger
 * service.
 */
import type { IsoDate } from '../../core/dates.ts';
import { businessDate } from '../../core/dates.ts';
import type { Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import type { Entry } from '../../modules/ledger/ledger.ts';
import { usableEntries } from '../../modules/ledger/ledger.ts';
import type { OnBehalfReading } from '../../modules/media/media-inbox.service.ts';
import { parseMessage } from '../../parser/index.ts';
import { CONFIDENT } from '../../parser/types.ts';
import { privateNotice } from '../private-notice.ts';

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

/** Her notice: "📝 Bu Fitri mencatat untuk Ibu: …", as the chat's on-behalf flow tells her (no credit: the console records none). */
export function toldMember(db: Db, personId: number, args: { writer: string; entries: readonly Entry[]; date: IsoDate; today: IsoDate; prefer: Platform }) {
  return privateNotice(db, personId, (t) => t.onBehalfToldMember({ facilitator: args.writer, entries: args.entries, date: args.date, today: args.today, credit: null }), { prefer: args.prefer });
}
