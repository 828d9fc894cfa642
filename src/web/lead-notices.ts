/**
 * What a member hears when the console chooses her for a lead's order or closes a lead she
 * answered: the very messages the chat sends for "/pilih" and "/tutup" (the conversation's
 * catalogue, in her own language, to her private chat).
 */
import { closedNotices } from '../conversation/flows/leads.ts';
import { privateNotice } from '../conversation/private-notice.ts';
import type { Db } from '../db/client.ts';
import type { Lead } from '../modules/leads/leads.service.ts';

export const leadNotices = {
  awarded: (db: Db, lead: Lead, personId: number, quantity: number) => privateNotice(db, personId, (t) => t.leadAwarded(lead, quantity)),
  closed: (db: Db, lead: Lead, personIds: readonly number[]) => closedNotices(db, lead, personIds),
};
