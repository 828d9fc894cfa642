/**
 * The inbox claim carried in the sender lookup (issue #21: one round trip for both), on real
 * Postgres: the statement always answers with the claim's id (or null when the message was
 * handled before) beside the sender (or none when nobody is known by that identity yet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMessageSenderCarrying } from '../../src/conversation/handle-inbound.ts';
import { inboxClaim } from '../../src/modules/inbox/inbox.repository.ts';
import { findOrRegisterPerson } from '../../src/modules/people/people.repository.ts';
import { setState } from '../../src/modules/conversation-state/conversation-state.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

const lookUp = (message: ReturnType<typeof privateMessage>) => findMessageSenderCarrying(t.db, message, inboxClaim(message));

describe('the sender lookup carrying the inbox claim', () => {
  it('claims a stranger’s first message and finds nobody', async () => {
    const message = privateMessage('halo', { chatId: '9301', sender: { id: '9301', name: 'Sri' } });
    const { carriedId, sender } = await lookUp(message);
    expect(carriedId).toEqual(expect.any(Number));
    expect(sender).toBeUndefined();
    const row = await t.db.selectFrom('inbound_messages').select(['id', 'message_id']).where('id', '=', carriedId!).executeTakeFirstOrThrow();
    expect(row.message_id).toBe(message.messageId);
  });

  it('finds a known member, her @username and whether a question is open in this chat', async () => {
    const { person } = await findOrRegisterPerson(t.db, { platform: 'telegram', externalId: '9302' }, { name: 'Ani', timeZone: 'Asia/Makassar' });
    const first = await lookUp(privateMessage('laku 2 bros @10rb', { chatId: '9302', sender: { id: '9302', name: 'Ani' } }));
    expect(first.carriedId).toEqual(expect.any(Number));
    expect(first.sender).toMatchObject({ person: { id: person.id, name: 'Ani', timeZone: 'Asia/Makassar' }, username: null });
    expect(Boolean(first.sender?.also)).toBe(false);
    await setState(t.db, { platform: 'telegram', chatId: '9302', personId: person.id }, { waiting: 'name' }, new Date('2026-11-20T03:00:00Z'));
    const second = await lookUp(privateMessage('Ani', { chatId: '9302', sender: { id: '9302', name: 'Ani' } }));
    expect(Boolean(second.sender?.also)).toBe(true);
  });

  it('answers null for a message handled before, and still finds who wrote it', async () => {
    await findOrRegisterPerson(t.db, { platform: 'telegram', externalId: '9303' }, { name: 'Wati', timeZone: 'Asia/Jakarta' });
    const message = privateMessage('laku 1 bros 15rb', { chatId: '9303', sender: { id: '9303', name: 'Wati' } });
    expect((await lookUp(message)).carriedId).not.toBeNull();
    const again = await lookUp(message);
    expect(again.carriedId).toBeNull();
    expect(again.sender?.person.name).toBe('Wati');
  });
});
