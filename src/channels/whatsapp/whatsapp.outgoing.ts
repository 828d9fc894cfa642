/**
 * What Baileys is asked to send for one OutboundMessage: a text, a photo (a chart), a
 * document (an export), or a member's voice note or photo forwarded after the words that
 * introduce it. Pure: checks that need the disk or the socket stay in the channel.
 */
import type { AnyMessageContent, WAMessage } from '@whiskeysockets/baileys';
import { PermanentSendError } from '../../core/errors.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import { messageOfRef, renderText } from './whatsapp.mapper.ts';

export type Outgoing =
  | { kind: 'content'; content: AnyMessageContent }
  /** The words go first, then the media forwarded as it came (a forward keeps its own caption). */
  | { kind: 'forward'; intro: AnyMessageContent; forward: WAMessage };

export function outgoingOf(message: OutboundMessage): Outgoing {
  if (message.media) {
    const forward = messageOfRef(message.media.ref);
    if (!forward) throw new PermanentSendError('the media to forward is not a WhatsApp message');
    return { kind: 'forward', intro: { text: renderText(message) }, forward };
  }
  if (message.document) {
    const { path, filename, mimeType, caption } = message.document;
    // Baileys streams a local path given as `{ url }` (createReadStream): the file is never held whole.
    return { kind: 'content', content: { document: { url: path }, fileName: filename, mimetype: mimeType, caption: caption ?? renderText(message) } };
  }
  if (message.image) {
    // A chart is a PNG: without its mimetype Baileys labels every image 'image/jpeg'.
    return { kind: 'content', content: { image: Buffer.from(message.image.pngBase64, 'base64'), mimetype: 'image/png', caption: message.image.caption ?? renderText(message) } };
  }
  return { kind: 'content', content: { text: renderText(message) } };
}
