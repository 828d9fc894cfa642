/**
 * The messages when a lead closes at its deadline: each answerer is told it is closed,
 * and its owner (the facilitator) gets the tally — each privately, in her own language.
 */
import type { OutboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';
import type { Tally } from '../../modules/leads/leads.service.ts';
import { closedNotices } from '../flows/leads.ts';
import { privateNotice } from '../private-notice.ts';
import type { LeadRef } from '../replies/catalogue.ts';

export async function leadClosedMessages(
  db: Db,
  lead: LeadRef,
  answerers: readonly number[],
  owner: { personId: number; result: Tally } | undefined,
): Promise<OutboundMessage[]> {
  const messages = await closedNotices(db, lead, answerers);
  const notice = owner && (await privateNotice(db, owner.personId, (t) => t.leadClosedForOwner(lead, owner.result)));
  if (notice) messages.push(notice);
  return messages;
}
