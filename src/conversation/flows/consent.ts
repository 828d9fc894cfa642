/** What the bot keeps and why (first contact), and BERHENTI / MULAI. */
import { consentOf, markInformed, setOptOut } from '../../modules/people/people.repository.ts';
import type { Handled, Session } from '../session.ts';

/** First contact in a private chat: hello, what is kept and why, how to stop. */
export async function welcome(s: Session): Promise<void> {
  s.say(s.t.welcome(s.me.name));
  await markInformed(s.db, s.me.id, s.now());
}

export async function onOptOut(s: Session): Promise<Handled> {
  await setOptOut(s.db, s.me.id, true, s.now());
  s.say(s.t.optedOut);
  return s.done('opt_out');
}

export async function onOptIn(s: Session): Promise<Handled> {
  await setOptOut(s.db, s.me.id, false, s.now());
  s.say(s.t.optedIn);
  return s.done('opt_in');
}

/** Telegram's /start: resumes someone who had stopped, else shows how to use the bot. */
export async function onStart(s: Session, justRegistered: boolean): Promise<Handled> {
  const consent = await consentOf(s.db, s.me.id);
  if (consent.optedOutAt) return onOptIn(s);
  if (!justRegistered) s.say(s.t.help);
  return s.done('start');
}
