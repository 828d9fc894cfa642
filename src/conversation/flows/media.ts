/**
 * A voice note, audio or photo from a member, for members who cannot type
 * easily: it is kept (media_messages), forwarded privately to the facilitator(s) of her
 * groups with a hint how to record it for her ("catat untuk Ani: …"), and she is told.
 * Handled before any parsing: the text of such a message is only its caption.
 */
import type { InboundMedia, OutboundMessage } from '../../core/messages.ts';
import { groupsRepo } from '../../modules/groups/groups.service.ts';
import { saveMedia, setForwardedTo } from '../../modules/media/media.repository.ts';
import { addToOutbox } from '../../modules/outbox/outbox.repository.ts';
import { findOrRegisterPerson, findPerson, privateChatOf } from '../../modules/people/people.repository.ts';
import { repliesFor } from '../replies/index.ts';
import type { Handled, Session } from '../session.ts';
import { welcome } from './consent.ts';

/** In a group chat only media addressed to the bot (a reply to it, a mention in the caption) count. */
export async function onMediaMessage(s: Session, media: InboundMedia): Promise<Handled> {
  const msg = s.msg;
  if (s.inGroup && !msg.addressedToBot) return { personId: s.person?.id ?? null, intent: 'media:ignored', replies: [] };
  const { person, created } = await findOrRegisterPerson(
    s.db,
    { platform: msg.platform, externalId: msg.sender.id },
    { name: msg.sender.name, timeZone: s.person?.timeZone ?? s.deps.defaultTimeZone, phone: msg.sender.phone },
  );
  s.person = person;
  if (created && !s.inGroup) await welcome(s);

  const stored = await saveMedia(s.db, {
    personId: person.id,
    platform: msg.platform,
    chatId: msg.chatId,
    media,
    inboundMessageId: s.inboundId,
    receivedAt: new Date(msg.sentAt),
  });
  const facilitators = new Set<number>();
  for (const group of await groupsRepo.groupsOfPerson(s.db, person.id)) {
    const f = await groupsRepo.findFacilitator(s.db, group.facilitatorId);
    if (f && f.personId !== person.id) facilitators.add(f.personId);
  }
  const forwarded: number[] = [];
  const caption = media.caption?.trim() || null;
  for (const facilitatorId of facilitators) {
    const [reader, chat] = await Promise.all([findPerson(s.db, facilitatorId), privateChatOf(s.db, facilitatorId, msg.platform)]);
    if (!reader || !chat) continue;
    // A file id or a WhatsApp message can only be sent again on its own platform.
    const attached = chat.platform === msg.platform;
    const text = repliesFor(reader.language).mediaForFacilitator({ member: person.name, kind: media.kind, caption, attached });
    const message: OutboundMessage = {
      ...chat,
      text,
      ...(attached ? { media: { kind: media.kind, ref: media.ref, ...(caption ? { caption } : {}) } } : {}),
    };
    s.queue(await addToOutbox(s.db, [{ key: `media-${stored.id}-to-${facilitatorId}`, message, priority: 'reply', sourceMessageId: s.inboundId }]));
    forwarded.push(facilitatorId);
  }
  await setForwardedTo(s.db, stored.id, forwarded);
  s.say(forwarded.length ? s.t.mediaForwarded(media.kind) : s.t.mediaKeptNoFacilitator(media.kind));
  return s.done(forwarded.length ? 'media:forwarded' : 'media:kept');
}
