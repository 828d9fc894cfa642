/**
 * A WhatsApp voice note or photo from the message the mapper kept as its `ref` (the whole
 * WebMessageInfo: its media key and direct path), downloaded and decrypted by Baileys from
 * WhatsApp's media servers. No socket is needed, so the console process can fetch it. The
 * servers keep a file for some weeks; after that the sender's phone would have to upload it
 * again (a socket's reupload request), which this does not do: the item answers "no longer
 * available" and the facilitator asks the member again.
 */
import { downloadMediaMessage, normalizeMessageContent } from '@whiskeysockets/baileys';
import type { MediaFile, MediaSource } from '../../core/media-source.ts';
import { messageOfRef } from './whatsapp.mapper.ts';

export function whatsappMediaSource(): MediaSource {
  return {
    platform: 'whatsapp',
    async fetchMedia(ref: string): Promise<MediaFile | undefined> {
      const message = messageOfRef(ref);
      if (!message) return undefined;
      const content = normalizeMessageContent(message.message);
      const media = content?.audioMessage ?? content?.imageMessage;
      if (!media?.mediaKey || !(media.directPath || media.url)) return undefined;
      try {
        const bytes = await downloadMediaMessage(message, 'buffer', {});
        return { bytes: new Uint8Array(bytes), contentType: media.mimetype ?? null };
      } catch (error) {
        // 404/410 from the media server: the file expired there.
        const status = (error as { output?: { statusCode?: number } }).output?.statusCode;
        if (status === 404 || status === 410) return undefined;
        throw error;
      }
    },
  };
}
