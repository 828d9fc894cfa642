/**
 * Greetings, thanks, "ok" and a bare "ya"/"tidak" in a private chat: a short warm line
 * (a salam is always answered with its own words). The group-chat silence is decided
 * in handle-inbound, before anyone is registered.
 */
import type { Handled, Session } from '../session.ts';
import type { SmallTalk } from '../small-talk.ts';
import { welcome } from './consent.ts';

export async function onSmallTalk(s: Session, talk: SmallTalk, created: boolean): Promise<Handled> {
  if (talk.kind === 'salam') s.say(s.t.salamBack(s.me.name));
  // Someone new: the welcome already says hello (after the salam is answered).
  if (created) {
    await welcome(s);
    return s.done(`small_talk:${talk.kind}`);
  }
  const name = s.me.name;
  switch (talk.kind) {
    case 'salam':
      break;
    case 'greeting':
      s.say(s.t.hello(name, talk.part));
      break;
    case 'thanks':
      s.say(s.t.youAreWelcome(name));
      break;
    case 'ack':
      s.say(s.t.gotIt(name));
      break;
    case 'answer':
      // No question of hers is open here (an open or passed-over one was answered before
      // this): never guess what "ya" was for.
      s.say(s.t.noOpenQuestion(talk.answer));
      break;
  }
  return s.done(`small_talk:${talk.kind}`);
}
