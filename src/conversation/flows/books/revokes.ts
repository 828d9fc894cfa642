/**
 * She deleted a message for everyone (a WhatsApp revoke). What that message recorded is
 * cancelled, as "batal" would (orders and credit sales follow, or it is refused kindly when
 * money was already collected on it), and she is told in one line; a question it asked is
 * closed. When the message recorded for a member on her behalf ("catat untuk Ani: …"),
 * the member's entries are cancelled too and she is told privately. A deletion of a
 * message that recorded nothing is silent. One that arrives before its message was handled
 * (still queued, or delivered late) takes the message's place in the inbox, so the message
 * records nothing when it comes. A deletion delivered twice is one inbox row: handled once.
 */
import { holdPlaceOf, inboundIdsOfMessage } from '../../../modules/inbox/inbox.repository.ts';
import { currentEntriesOf, peopleRecordedFor } from '../../../modules/ledger/ledger.service.ts';
import { voidWithLinks } from '../../../modules/orders/entry-links.service.ts';
import { findPerson } from '../../../modules/people/people.repository.ts';
import type { Handled, Session } from '../../session.ts';
import { withLinkEffects } from './link-effects.ts';
import { closeQuestionAskedBy } from './pending-record.ts';

export async function onRevoked(s: Session): Promise<Handled> {
  const { platform, chatId, messageId, sentAt } = s.msg;
  if (await holdPlaceOf(s.db, { platform, chatId, messageId, sentAt })) return quiet(s, 'revoke:before_handled');
  if (!s.person) return quiet(s, 'revoke:nothing');
  const ids = (await inboundIdsOfMessage(s.db, { platform, chatId, messageId })).filter((id) => id !== s.inboundId);
  // A question it asked ("Catat …? ya/tidak") goes with it: a later "ya" must not record what she deleted.
  const closed = await closeQuestionAskedBy(s, ids);
  let outcome: 'nothing' | 'voided' | 'refused' = 'nothing';
  for (const personId of [s.me.id, ...(await peopleRecordedFor(s.db, s.me.id, ids))]) {
    const done = await voidFor(s, personId, ids);
    if (done !== 'nothing' && outcome !== 'refused') outcome = done;
  }
  if (outcome === 'nothing') return quiet(s, closed ? 'revoke:question_closed' : 'revoke:nothing');
  return s.done(`revoke:${outcome}`);
}

/** Cancels what the messages (inbox ids) now stand for in one person's books, and says so. */
async function voidFor(s: Session, personId: number, ids: readonly number[]): Promise<'nothing' | 'voided' | 'refused'> {
  // What the message stands for now: its entries, or what corrections made of them since.
  const current = await currentEntriesOf(s.db, personId, ids);
  if (current.length === 0) return 'nothing';
  const out = await voidWithLinks(s.db, personId, current, { messageId: s.inboundId, at: s.now() });
  if (!out.ok) {
    s.say(s.t.linkRefused(out.refusal));
    return 'refused';
  }
  const entries = out.undone.entries;
  if (personId === s.me.id) {
    s.say(withLinkEffects(s, s.t.revokedVoided(entries), out.effects));
    return 'voided';
  }
  const member = await findPerson(s.db, personId);
  s.say(withLinkEffects(s, s.t.revokedVoidedFor(member?.name ?? '', entries), out.effects));
  const writer = s.me.name;
  await s.tellPerson(personId, (t) => t.revokedToldMember(writer, entries));
  return 'voided';
}

function quiet(s: Session, intent: string): Handled {
  return { personId: s.person?.id ?? null, intent, replies: [] };
}
