/**
 * The login code asked for on the login page goes to her private chat like every other
 * message: an outbox row (idempotency key, parts, retries), queued after it is written.
 */
import type { OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { addToOutbox } from '../modules/outbox/outbox.repository.ts';
import { findPerson, privateChatOf } from '../modules/people/people.repository.ts';
import { repliesFor } from '../conversation/replies/index.ts';
import type { Db } from '../db/client.ts';

export function loginCodeSender(db: Db, dispatch: (items: readonly OutboxItem[]) => Promise<void>) {
  return async (personId: number, code: string, minutes: number, key: string): Promise<boolean> => {
    const [person, chat] = await Promise.all([findPerson(db, personId), privateChatOf(db, personId)]);
    if (!person || !chat) return false;
    const text = repliesFor(person.language).consoleLogin.code(code, minutes);
    const items = await addToOutbox(db, [{ key, message: { platform: chat.platform, chatId: chat.chatId, text, secret: true }, priority: 'reply', sourceMessageId: null }]);
    await dispatch(items);
    return true;
  };
}
