/**
 * Voice notes, audio and photos members send: every one is kept, with what lets
 * its platform send it again (`ref`) and to whom it was forwarded, so nothing is lost.
 */
import type { InboundMedia, Platform } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';

export interface StoredMedia {
  id: number;
  personId: number;
  platform: string;
  kind: InboundMedia['kind'];
  ref: string;
  caption: string | null;
  forwardedTo: number[];
}

const columns = ['id', 'person_id as personId', 'platform', 'kind', 'ref', 'caption', 'forwarded_to as forwardedTo'] as const;

export async function saveMedia(
  db: Db,
  m: { personId: number; platform: Platform; chatId: string; media: InboundMedia; inboundMessageId: number | null; receivedAt: Date },
): Promise<StoredMedia> {
  return db
    .insertInto('media_messages')
    .values({
      person_id: m.personId,
      platform: m.platform,
      chat_id: m.chatId,
      kind: m.media.kind,
      ref: m.media.ref,
      caption: m.media.caption ?? null,
      mime_type: m.media.mimeType ?? null,
      inbound_message_id: m.inboundMessageId,
      received_at: m.receivedAt,
    })
    .returning(columns)
    .executeTakeFirstOrThrow()
    .then(toStored);
}

export async function setForwardedTo(db: Db, id: number, personIds: readonly number[]): Promise<void> {
  await db.updateTable('media_messages').set({ forwarded_to: [...personIds] }).where('id', '=', id).execute();
}

function toStored(row: Omit<StoredMedia, 'forwardedTo'> & { forwardedTo: string[] }): StoredMedia {
  return { ...row, forwardedTo: row.forwardedTo.map(Number) };
}
