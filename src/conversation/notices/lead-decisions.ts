/**
 * The messages a lead decision made outside a chat sends (the web console's "choose" and
 * "close"): the very messages the chat sends for "/pilih" and "/tutup" (the catalogue, in
 * each member's own language, to her private chat); and the lead message itself, as the
 * publishing job will write it, for the console's preview.
 */
import type { Db } from '../../db/client.ts';
import type { LeadDraft } from '../../modules/leads/lead-form.ts';
import type { Lead } from '../../modules/leads/leads.service.ts';
import { closedNotices } from '../flows/leads.ts';
import { privateNotice } from '../private-notice.ts';
import { repliesFor } from '../replies/index.ts';

export const leadNotices = {
  /** The lead message as members will read it, before it has a code: the publishing job's own words (Indonesian, as every delivery). */
  broadcast: (draft: LeadDraft) => repliesFor('id').leadBroadcast({ code: 'P…', ...draft }),
  awarded: (db: Db, lead: Lead, personId: number, quantity: number) => privateNotice(db, personId, (t) => t.leadAwarded(lead, quantity)),
  closed: (db: Db, lead: Lead, personIds: readonly number[]) => closedNotices(db, lead, personIds),
};
