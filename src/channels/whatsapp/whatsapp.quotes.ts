/**
 * What a reply quotes. Baileys builds the quote from the message it is given (its key's id
 * becomes the quote's `stanzaId`, its content the quoted bubble). An edit arrives as a
 * protocol message under a key of its own: quoted as it came, the reply would point at a
 * message id her phone never showed, with no words in the bubble. So the reply to an edit
 * quotes the ORIGINAL message (its key), showing the words as she edited them. Pure.
 */
import type { WAMessage } from '@whiskeysockets/baileys';
import { editOf } from './whatsapp.mapper.ts';

/**
 * The message to quote when answering `received`; `earlier` is the message already kept
 * under the same id (the original, when the edit names one this process saw).
 */
export function quotableOf(received: WAMessage, earlier: WAMessage | undefined): WAMessage {
  const edit = editOf(received.message);
  if (!edit) return received;
  // The original's key when known; else the edit's own (same chat and sender) with the original's id.
  const key = earlier?.key ?? { ...received.key, id: edit.originalId };
  return { ...(earlier ?? received), key, message: edit.content };
}
