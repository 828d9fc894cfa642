/**
 * Baileys messages → InboundMessage, and OutboundMessage → what Baileys sends. Pure
 * functions over Baileys' own types, tested with recorded message objects.
 *
 * Identity: WhatsApp names a person by her phone JID (6281…@s.whatsapp.net) or, more and
 * more, by an opaque LID (1234…@lid). A message often carries both (`participantAlt` in
 * groups, `remoteJidAlt` in private chats); otherwise the channel looks the LID up in its
 * phone ↔ LID table before mapping. Whenever the phone is known the person is reported by
 * her phone JID, with `sender.phone` in E.164, so she is the same person whichever id
 * WhatsApp showed, and a member added by phone is recognised. A private chat is reported
 * under the same JID as its person, so replies go where she is known.
 */
import {
  areJidsSameUser,
  isHostedLidUser,
  isHostedPnUser,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isJidStatusBroadcast,
  isLidUser,
  isPnUser,
  jidDecode,
  jidNormalizedUser,
  normalizeMessageContent,
  proto,
  toNumber,
  type WAMessage,
  type WAMessageKey,
} from '@whiskeysockets/baileys';
import type { InboundMedia, InboundMessage, OutboundMessage } from '../../core/messages.ts';
import type { LidPair } from './whatsapp.ports.ts';

/** The bot's own ids, without device: its phone JID and its LID, when known. */
export interface BotIds {
  phoneJid?: string | undefined;
  lid?: string | undefined;
}

export interface MapContext {
  me: BotIds;
  /** The phone JID of a LID, when the table knows it. */
  phoneOf(lid: string): string | undefined;
  /** Used when a message carries no timestamp. */
  now: Date;
}

/** A JID without device or agent ('6281…:12@s.whatsapp.net' → '6281…@s.whatsapp.net'). */
export function normalizeJid(jid: string | null | undefined): string | undefined {
  if (!jid) return undefined;
  return jidNormalizedUser(jid) || undefined;
}

const isUserJid = (jid: string | undefined) =>
  Boolean(jid && (isPnUser(jid) || isLidUser(jid) || isHostedPnUser(jid) || isHostedLidUser(jid)));

/** E.164 of a phone JID: '6281234567890@s.whatsapp.net' → '+6281234567890'. */
export function phoneOfJid(jid: string): string | undefined {
  if (!isPnUser(jid)) return undefined;
  const user = jidDecode(jid)?.user;
  return user && /^\d{6,15}$/.test(user) ? `+${user}` : undefined;
}

/** Who wrote: the participant in a group, the chat itself in a private chat; with the other id if given. */
export function authorOf(key: WAMessageKey): { jid: string | undefined; alt: string | undefined } {
  const group = isJidGroup(key.remoteJid ?? undefined);
  return group
    ? { jid: normalizeJid(key.participant), alt: normalizeJid(key.participantAlt) }
    : { jid: normalizeJid(key.remoteJid), alt: normalizeJid(key.remoteJidAlt) };
}

/** LID ↔ phone pairs a message reveals (its author shown both ways). */
export function pairsCarried(message: WAMessage): LidPair[] {
  const { jid, alt } = authorOf(message.key);
  if (!jid || !alt) return [];
  if (isLidUser(jid) && isPnUser(alt)) return [{ lid: jid, phoneJid: alt }];
  if (isPnUser(jid) && isLidUser(alt)) return [{ lid: alt, phoneJid: jid }];
  return [];
}

/** The LIDs whose phone the channel should look up before mapping this message. */
export function lidsToLookUp(message: WAMessage): string[] {
  const { jid, alt } = authorOf(message.key);
  if (!jid || !isLidUser(jid) || (alt && isPnUser(alt))) return [];
  return [jid];
}

/** The text a person wrote (a caption counts) and the reply/mention context that came with it. */
export function textOf(content: proto.IMessage | null | undefined): { text: string; context: proto.IContextInfo | undefined } | undefined {
  const m = normalizeMessageContent(content);
  if (!m) return undefined;
  const candidates: [string | null | undefined, proto.IContextInfo | null | undefined][] = [
    [m.conversation, undefined],
    [m.extendedTextMessage?.text, m.extendedTextMessage?.contextInfo],
    [m.imageMessage?.caption, m.imageMessage?.contextInfo],
    [m.videoMessage?.caption, m.videoMessage?.contextInfo],
    [m.documentMessage?.caption, m.documentMessage?.contextInfo],
  ];
  for (const [text, context] of candidates) {
    if (typeof text === 'string' && text.trim()) return { text, context: context ?? undefined };
  }
  return undefined;
}

const isMe = (jid: string | null | undefined, me: BotIds) =>
  Boolean(jid && ((me.phoneJid && areJidsSameUser(jid, me.phoneJid)) || (me.lid && areJidsSameUser(jid, me.lid))));

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes "@6281…" / "@1234…" mentions of the bot, so "@Dampingi rekap" reads "rekap". */
function withoutMentionsOf(text: string, me: BotIds): string {
  const users = [me.phoneJid, me.lid].map((j) => jidDecode(j)?.user).filter((u): u is string => Boolean(u));
  let out = text;
  for (const user of users) out = out.replace(new RegExp(`@${escapeRegExp(user)}(?!\\d)`, 'g'), ' ');
  return out.replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').trim();
}

/** When WhatsApp says the message was sent, in seconds since 1970 (0 when it does not say). */
export function timestampOf(message: WAMessage): number {
  return toNumber(message.messageTimestamp);
}

function sentAtOf(message: WAMessage, now: Date): string {
  const seconds = toNumber(message.messageTimestamp);
  return (seconds > 0 ? new Date(seconds * 1000) : now).toISOString();
}

/** Whether the bot should look at this message at all: not its own, not a status, not a channel. */
export function isFromAPerson(message: WAMessage): boolean {
  const chat = message.key.remoteJid ?? undefined;
  if (!chat || !message.key.id || message.key.fromMe) return false;
  if (isJidStatusBroadcast(chat) || isJidBroadcast(chat) || isJidNewsletter(chat)) return false;
  return Boolean(isJidGroup(chat)) || isUserJid(chat);
}

/**
 * An edit of an earlier message: a protocol message of type
 * MESSAGE_EDIT carrying the original's key and the new content. Undefined for anything else.
 */
export function editOf(content: proto.IMessage | null | undefined): { originalId: string; content: proto.IMessage; editedAtMs: number | undefined } | undefined {
  const protocol = normalizeMessageContent(content)?.protocolMessage;
  if (!protocol || protocol.type !== proto.Message.ProtocolMessage.Type.MESSAGE_EDIT) return undefined;
  const originalId = protocol.key?.id;
  if (!originalId || !protocol.editedMessage) return undefined;
  const ms = protocol.timestampMs ? toNumber(protocol.timestampMs) : 0;
  return { originalId, content: protocol.editedMessage, editedAtMs: ms > 0 ? ms : undefined };
}

/**
 * A deletion "for everyone" of an earlier message: rc14 delivers it as `messages.upsert`
 * of a protocol message of type REVOKE whose `key` names the deleted message
 * (Utils/messages.js builds it from `{ delete: key }`; Utils/process-message.js then also
 * emits a `messages.update` with `message: null` and messageStubType REVOKE for the same
 * deletion, which the channel leaves alone: the upsert already carries it, in order with
 * the chat's other messages). Undefined for anything else, and for a group admin deleting
 * someone else's message: that takes it off the chat, not off her books.
 */
export function revokeOf(message: WAMessage): { deletedId: string } | undefined {
  const protocol = normalizeMessageContent(message.message)?.protocolMessage;
  if (!protocol || protocol.type !== proto.Message.ProtocolMessage.Type.REVOKE) return undefined;
  const deletedId = protocol.key?.id;
  if (!deletedId) return undefined;
  // In a group the deleted message's key names its author; the revoke's key names who deleted it.
  const deletedAuthor = normalizeJid(protocol.key?.participant);
  if (deletedAuthor && isJidGroup(message.key.remoteJid ?? undefined)) {
    const { jid, alt } = authorOf(message.key);
    if (deletedAuthor !== jid && deletedAuthor !== alt) return undefined;
  }
  return { deletedId };
}

/**
 * Who wrote: her phone JID when WhatsApp reveals it (directly, as the alternative address,
 * or through the LID map), else her JID as given; and her phone in E.164 when known.
 */
function senderOf(message: WAMessage, ctx: MapContext): { senderId: string; phone: string | undefined } | undefined {
  const author = authorOf(message.key);
  if (!author.jid) return undefined;
  const phoneJid = isPnUser(author.jid)
    ? author.jid
    : author.alt && isPnUser(author.alt)
      ? author.alt
      : isLidUser(author.jid)
        ? ctx.phoneOf(author.jid)
        : undefined;
  return { senderId: phoneJid ?? author.jid, phone: phoneJid ? phoneOfJid(phoneJid) : undefined };
}

export function messageToInbound(message: WAMessage, ctx: MapContext): InboundMessage | null {
  if (!isFromAPerson(message)) return null;
  // A voice note, audio or photo: its text is the caption, or "".
  const media = whatsappMedia(message);
  if (media) return mediaToInbound(message, ctx, media);
  const revoke = revokeOf(message);
  if (revoke) return revokeToInbound(message, ctx, revoke.deletedId);
  const edit = editOf(message.message);
  const found = textOf(edit ? edit.content : message.message);
  if (!found) return null;

  const group = Boolean(isJidGroup(message.key.remoteJid ?? undefined));
  const sender = senderOf(message, ctx);
  if (!sender) return null;
  const { senderId, phone } = sender;

  const text = withoutMentionsOf(found.text, ctx.me);
  if (!text) return null;
  const context = found.context;
  const mentioned = (context?.mentionedJid ?? []).some((jid) => isMe(jid, ctx.me));
  const replyToBot = Boolean(context?.stanzaId) && isMe(context?.participant, ctx.me);

  return {
    platform: 'whatsapp',
    chatId: group ? normalizeJid(message.key.remoteJid)! : senderId,
    chatType: group ? 'group' : 'private',
    // An edit names the original message, and says when it was edited.
    messageId: edit ? edit.originalId : message.key.id!,
    sender: { id: senderId, name: message.pushName?.trim() || null, ...(phone ? { phone } : {}) },
    text,
    sentAt: sentAtOf(message, ctx.now),
    addressedToBot: !group || mentioned || replyToBot,
    ...(context?.stanzaId ? { quotedMessageId: context.stanzaId } : {}),
    ...(edit ? { editedAt: edit.editedAtMs !== undefined ? new Date(edit.editedAtMs).toISOString() : sentAtOf(message, ctx.now) } : {}),
  };
}

/** Her deletion of an earlier message, named by the deleted message's id (see revokeOf). */
function revokeToInbound(message: WAMessage, ctx: MapContext, deletedId: string): InboundMessage | null {
  const group = Boolean(isJidGroup(message.key.remoteJid ?? undefined));
  const sender = senderOf(message, ctx);
  if (!sender) return null;
  const { senderId, phone } = sender;
  return {
    platform: 'whatsapp',
    chatId: group ? normalizeJid(message.key.remoteJid)! : senderId,
    chatType: group ? 'group' : 'private',
    messageId: deletedId,
    sender: { id: senderId, name: message.pushName?.trim() || null, ...(phone ? { phone } : {}) },
    text: '',
    sentAt: sentAtOf(message, ctx.now),
    addressedToBot: !group,
    revoked: true,
  };
}

// ---------------------------------------------------------------------------------------
// Voice notes, audio and photos

/**
 * The message itself is the media's `ref`: base64 of its WebMessageInfo (key, media keys,
 * direct path — about a kilobyte, more with a photo's thumbnail). Forwarding it
 * (`{ forward: msg }`) lets WhatsApp's servers serve the same encrypted file again, so the
 * bot never downloads or stores the media itself, and no extra table is needed.
 */
export function mediaRefOf(message: WAMessage): string {
  return Buffer.from(proto.WebMessageInfo.encode(message).finish()).toString('base64');
}

/** The message a ref names, or undefined when it is not one. */
export function messageOfRef(ref: string): WAMessage | undefined {
  try {
    const decoded = proto.WebMessageInfo.decode(Buffer.from(ref, 'base64'));
    return decoded.key && decoded.message ? { ...decoded, key: decoded.key } : undefined;
  } catch {
    return undefined;
  }
}

/** A voice note (audioMessage with ptt), other audio, or a photo without a caption; undefined for anything else. */
export function whatsappMedia(message: WAMessage): InboundMedia | undefined {
  const m = normalizeMessageContent(message.message);
  if (!m) return undefined;
  const mimeType = (value: string | null | undefined) => (value ? { mimeType: value } : {});
  if (m.audioMessage) return { kind: m.audioMessage.ptt ? 'voice' : 'audio', ref: mediaRefOf(message), ...mimeType(m.audioMessage.mimetype) };
  // A photo with a caption is read as its caption ("beli benang 50rb" under a receipt), as before.
  if (m.imageMessage && !m.imageMessage.caption?.trim()) return { kind: 'photo', ref: mediaRefOf(message), ...mimeType(m.imageMessage.mimetype) };
  return undefined;
}

function mediaToInbound(message: WAMessage, ctx: MapContext, media: InboundMedia): InboundMessage | null {
  const m = normalizeMessageContent(message.message);
  const context = m?.audioMessage?.contextInfo ?? m?.imageMessage?.contextInfo ?? undefined;
  const group = Boolean(isJidGroup(message.key.remoteJid ?? undefined));
  const sender = senderOf(message, ctx);
  if (!sender) return null;
  const { senderId, phone } = sender;
  const caption = withoutMentionsOf(m?.imageMessage?.caption ?? '', ctx.me);
  const mentioned = (context?.mentionedJid ?? []).some((jid) => isMe(jid, ctx.me));
  const replyToBot = Boolean(context?.stanzaId) && isMe(context?.participant, ctx.me);
  return {
    platform: 'whatsapp',
    chatId: group ? normalizeJid(message.key.remoteJid)! : senderId,
    chatType: group ? 'group' : 'private',
    messageId: message.key.id!,
    sender: { id: senderId, name: message.pushName?.trim() || null, ...(phone ? { phone } : {}) },
    text: caption,
    sentAt: sentAtOf(message, ctx.now),
    addressedToBot: !group || mentioned || replyToBot,
    ...(context?.stanzaId ? { quotedMessageId: context.stanzaId } : {}),
    media: { ...media, ...(caption ? { caption } : {}) },
  };
}

/**
 * WhatsApp has retired buttons for linked devices, so buttons are left out: every message
 * that offers buttons also says in its own words what to type back ("Balas ya …"), in the
 * member's language, from the conversation's catalogue.
 */
export function renderText(message: Pick<OutboundMessage, 'text' | 'buttons'>): string {
  return message.text;
}

/** A chat the bot can write to: a group, or a person by phone JID or LID. */
export function isSendableJid(jid: string): boolean {
  return Boolean(isJidGroup(jid)) || isPnUser(jid) === true || isLidUser(jid) === true;
}

export function isGroupJid(jid: string): boolean {
  return Boolean(isJidGroup(jid));
}
