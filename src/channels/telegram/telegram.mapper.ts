/**
 * Telegram updates → InboundMessage, and the bits of OutboundMessage Telegram needs.
 * Pure functions over grammY's types, so they are tested without a network.
 */
import type { CallbackQuery, InlineKeyboardMarkup, Message, ReplyKeyboardMarkup, ReplyKeyboardRemove, UserFromGetMe } from 'grammy/types';
import type { InboundMedia, InboundMessage, OutboundMessage } from '../../core/messages.ts';

function senderName(from: { first_name: string; last_name?: string } | undefined): string | null {
  if (!from) return null;
  return [from.first_name, from.last_name].filter(Boolean).join(' ') || null;
}

function chatType(chat: Message['chat']): InboundMessage['chatType'] {
  return chat.type === 'private' ? 'private' : 'group';
}

/**
 * Removes the bot's @username (so "@dampingi_bot rekap" reads "rekap") and tells whether
 * the message was meant for the bot: a private chat, a command, a mention or a reply to it.
 */
function addressing(message: Message, text: string, me: UserFromGetMe): { text: string; addressed: boolean } {
  const mention = new RegExp(`@${me.username}\\b`, 'gi');
  const mentioned = mention.test(text);
  const cleaned = text.replace(mention, ' ').replace(/\s+/g, ' ').trim();
  const command = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(text);
  const commandForUs = command !== null && (!command[1] || command[1].toLowerCase() === me.username.toLowerCase());
  const replyToUs = message.reply_to_message?.from?.id === me.id;
  return {
    text: cleaned,
    addressed: message.chat.type === 'private' || mentioned || commandForUs || replyToUs,
  };
}

/** What every message from her carries: where, which, who and when. */
function fromHer(message: Message & { from: NonNullable<Message['from']> }): Pick<InboundMessage, 'platform' | 'chatId' | 'chatType' | 'messageId' | 'sender' | 'sentAt'> {
  return {
    platform: 'telegram',
    chatId: String(message.chat.id),
    chatType: chatType(message.chat),
    messageId: String(message.message_id),
    sender: { id: String(message.from.id), name: senderName(message.from), ...(message.from.username ? { username: message.from.username } : {}) },
    sentAt: new Date(message.date * 1000).toISOString(),
  };
}

export function messageToInbound(message: Message, me: UserFromGetMe): InboundMessage | null {
  if (!message.from || message.from.is_bot) return null;
  const her = fromHer({ ...message, from: message.from });
  const sharedPhone = ownPhone(message);
  if (sharedPhone) return { ...her, text: '', addressedToBot: true, sharedPhone };
  // A voice note, audio or photo: its text is the caption, or "".
  const media = telegramMedia(message);
  const raw = media ? (message.caption ?? '') : (message.text ?? message.caption);
  if (raw === undefined) return null;
  const { text, addressed } = addressing(message, raw, me);
  if (!text && !media) return null;
  return {
    ...her,
    text,
    addressedToBot: addressed,
    ...(message.reply_to_message ? { quotedMessageId: String(message.reply_to_message.message_id) } : {}),
    ...(media ? { media: { ...media, ...(text ? { caption: text } : {}) } } : {}),
  };
}

/**
 * An edited message: the same message id as the original, with the
 * time of the edit, so the inbox sees a new inbound that still names the original.
 */
export function editedToInbound(message: Message, me: UserFromGetMe): InboundMessage | null {
  const inbound = messageToInbound(message, me);
  if (!inbound) return null;
  const editedAt = new Date((message.edit_date ?? message.date) * 1000).toISOString();
  return { ...inbound, editedAt };
}

/**
 * The number of a contact she shared in her private chat, when the contact is her own
 * account: Telegram sets `contact.user_id` to the account registered with that number, so
 * only her own number carries her own id (the request_contact button sends exactly that).
 * Anyone else's contact card is not hers to link, and is ignored as before. Telegram may
 * write the number with or without "+"; the people module normalises and checks it.
 */
export function ownPhone(message: Message): string | undefined {
  const contact = message.contact;
  if (!contact || message.chat.type !== 'private' || !message.from) return undefined;
  if (contact.user_id !== message.from.id) return undefined;
  const digits = contact.phone_number.replace(/[^\d]/g, '');
  return digits ? `+${digits}` : undefined;
}

/**
 * Voice notes, audio and photos. `ref` is the file_id, which this bot can send
 * again as it is (sendVoice / sendAudio / sendPhoto); of a photo's sizes, the largest. A
 * photo with a caption stays a text message (its caption), as it always was.
 */
export function telegramMedia(message: Message): InboundMedia | undefined {
  if (message.voice) return { kind: 'voice', ref: message.voice.file_id, ...(message.voice.mime_type ? { mimeType: message.voice.mime_type } : {}) };
  if (message.audio) return { kind: 'audio', ref: message.audio.file_id, ...(message.audio.mime_type ? { mimeType: message.audio.mime_type } : {}) };
  // A photo with a caption is read as its caption ("beli benang 50rb" under a receipt), as before.
  const largest = message.caption?.trim() ? undefined : message.photo?.at(-1);
  if (largest) return { kind: 'photo', ref: largest.file_id, mimeType: 'image/jpeg' };
  return undefined;
}

/** A pressed button arrives as if the person had typed its value. */
export function callbackToInbound(query: CallbackQuery, receivedAt: Date): InboundMessage | null {
  const chat = query.message?.chat;
  if (!chat || !query.data) return null;
  return {
    platform: 'telegram',
    chatId: String(chat.id),
    chatType: chat.type === 'private' ? 'private' : 'group',
    messageId: `cb-${query.id}`,
    sender: { id: String(query.from.id), name: senderName(query.from) },
    text: query.data,
    sentAt: receivedAt.toISOString(),
    addressedToBot: true,
  };
}

export function sendOptions(message: OutboundMessage): {
  reply_parameters?: { message_id: number; allow_sending_without_reply: boolean };
  reply_markup?: InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove;
} {
  const replyTo = message.replyToMessageId !== undefined ? Number(message.replyToMessageId) : NaN;
  return {
    ...(Number.isSafeInteger(replyTo)
      ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
      : {}),
    ...(message.buttons?.length
      ? {
          reply_markup: {
            // callback_data is limited to 64 bytes by Telegram.
            inline_keyboard: [message.buttons.map((b) => ({ text: b.label, callback_data: b.value.slice(0, 64) }))],
          },
        }
      : {}),
    ...(message.keyboard && !message.buttons?.length ? { reply_markup: keyboardMarkup(message.keyboard) } : {}),
  };
}

/** The keyboard under the text field: one button that shares her own number, or none. */
function keyboardMarkup(keyboard: NonNullable<OutboundMessage['keyboard']>): ReplyKeyboardMarkup | ReplyKeyboardRemove {
  if (keyboard.kind === 'remove') return { remove_keyboard: true };
  return { keyboard: [[{ text: keyboard.label, request_contact: true }]], resize_keyboard: true, one_time_keyboard: true };
}
