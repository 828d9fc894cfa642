/**
 * What a member hears when the console chooses her for a lead's order or closes a lead she
 * answered: the very messages the chat sends for "/pilih" and "/tutup" (the conversation's
 * catalogue, in her own language, to her private chat); and the lead message itself, shown
 * in the preview as the publishing job will write it.
 */
import { closedNotices } from '../conversation/flows/leads.ts';
import { privateNotice } from '../conversation/private-notice.ts';
import { repliesFor } from '../conversation/replies/index.ts';
import type { Db } from '../db/client.ts';
import type { LeadDraft } from '../modules/leads/lead-form.ts';
import type { Lead } from '../modules/leads/leads.service.ts';

export const leadNotices = {
  /** The lead message as members will read it, before it has a code: the publishing job's own words (Indonesian, as every delivery). */
  broadcast: (draft: LeadDraft) => repliesFor('id').leadBroadcast({ code: 'P…', ...draft }),
  awarded: (db: Db, lead: Lead, personId: number, quantity: number) => privateNotice(db, personId, (t) => t.leadAwarded(lead, quantity)),
  closed: (db: Db, lead: Lead, personIds: readonly number[]) => closedNotices(db, lead, personIds),
};
