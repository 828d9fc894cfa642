/**
 * Her phone number, shared with Telegram's "send my number" button, so a member her
 * facilitator added by phone (the console's import, the admin command line) and the woman
 * who joined on Telegram are one person with one set of books. WhatsApp needs none of
 * this: it shows her number with every message, and the people module links her by it.
 */
import { listMembers } from '../../modules/groups/groups.service.ts';
import type { Group } from '../../modules/groups/groups.ts';
import { anyAwaitingOn, linkVerifiedPhone } from '../../modules/people/verified-phone.service.ts';
import { resolveScope } from '../../modules/programmes/scope.ts';
import type { Handled, Session } from '../session.ts';

/** After she joined on Telegram: offer the button when her group waits for members added by phone. */
export async function offerPhoneLink(s: Session, group: Group): Promise<void> {
  if (s.msg.platform !== 'telegram') return;
  const members = await listMembers(s.db, group.id);
  if (members.some((m) => m.personId === s.me.id && m.phone !== null)) return;
  const others = members.map((m) => m.personId).filter((id) => id !== s.me.id);
  if (!(await anyAwaitingOn(s.db, others))) return;
  askForPhone(s);
}

/** "/nomor": the button, whenever she asks for it. */
export function onSharePhoneCommand(s: Session): Handled {
  if (s.msg.platform !== 'telegram') {
    s.say(s.t.phoneKnown);
    return s.done('share_phone:known');
  }
  if (s.inGroup) {
    // The button shares the number of whoever presses it, and a group is no place for it.
    s.say(s.t.joinInPrivate);
    return s.done('share_phone:in_group');
  }
  askForPhone(s);
  return s.done('share_phone:asked');
}

function askForPhone(s: Session): void {
  s.say(s.t.askPhone);
  s.setKeyboard({ kind: 'share_phone', label: s.t.askPhoneButton });
}

export async function onPhoneShared(s: Session, phone: string): Promise<Handled> {
  const link = await linkVerifiedPhone(s.db, s.me.id, phone);
  s.setKeyboard({ kind: 'remove' });
  switch (link.outcome) {
    case 'saved':
    case 'same':
      s.say(s.t.phoneSaved);
      break;
    case 'merged': {
      // She is the older row now: the rest of this message (its reply, its log) is hers.
      s.person = { ...s.me, id: link.personId, name: link.name };
      // A facilitator the admin added by phone: what she came for is the console, not her books.
      const staff = (await resolveScope(s.db, link.personId)) !== undefined;
      s.say(staff ? s.t.phoneMergedStaff(link.name) : s.t.phoneMerged(link.name));
      break;
    }
    case 'taken':
      s.say(s.t.phoneTaken);
      break;
    case 'invalid':
      s.say(s.t.phoneInvalid);
      break;
  }
  return s.done(`phone:${link.outcome}`);
}
