/**
 * "/masuk": a one-time link and a 6-digit code for the web console, in her private chat
 * only (in a group others would see the code). The code lives 10 minutes and works once.
 */
import { CODE_TTL_MS } from '../../modules/console-access/console-access.ts';
import { loginFromChat } from '../../modules/console-access/console-access.service.ts';
import type { Handled, Session } from '../session.ts';

export async function onConsoleLogin(s: Session): Promise<Handled> {
  if (s.inGroup) {
    s.say(s.t.consoleLogin.privateOnly);
    return s.done('console_login:group');
  }
  const url = s.deps.consoleUrl;
  if (!url) {
    s.say(s.t.consoleLogin.off);
    return s.done('console_login:off');
  }
  const login = await loginFromChat(s.db, s.me.id, s.now());
  if (login === 'no_role') {
    // What names her to the admin without an id (`staff grant --telegram-username / --phone`).
    s.say(s.t.consoleLogin.noRole({ username: s.msg.sender.username, phone: s.msg.sender.phone }));
    return s.done('console_login:no_role');
  }
  s.saySecret(s.t.consoleLogin.link(`${url}/masuk/tautan/${login.token}`, login.code, CODE_TTL_MS / 60_000));
  return s.done('console_login');
}
