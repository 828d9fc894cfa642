/** The phone ↔ LID table, sent messages, "wrote first" and the pacer's memory, on real Postgres. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkPrivateSendsSince } from '../../../src/modules/outbox/outbox.repository.ts';
import {
  findSentMessage,
  lastWrotePrivately,
  phonesForLids,
  recordLidMappings,
  rememberSentMessage,
} from '../../../src/modules/whatsapp/whatsapp.repository.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe('phone ↔ LID table', () => {
  it('remembers pairs, ignores malformed ones, and lets a newer pair replace an older one', async () => {
    await recordLidMappings(t.db, [
      { lid: '100@lid', phoneJid: '6281000000100@s.whatsapp.net' },
      { lid: '101@lid', phoneJid: '6281000000101@s.whatsapp.net' },
      { lid: 'bad', phoneJid: '6281000000102@s.whatsapp.net' },
      { lid: '103:4@lid', phoneJid: '6281000000103@s.whatsapp.net' },
    ]);
    expect(await phonesForLids(t.db, ['100@lid', '101@lid', '103@lid', 'bad'])).toEqual(
      new Map([
        ['100@lid', '6281000000100@s.whatsapp.net'],
        ['101@lid', '6281000000101@s.whatsapp.net'],
      ]),
    );
    // The same phone under a new LID, and the same LID for another phone.
    await recordLidMappings(t.db, [{ lid: '110@lid', phoneJid: '6281000000100@s.whatsapp.net' }]);
    await recordLidMappings(t.db, [{ lid: '101@lid', phoneJid: '6281000000111@s.whatsapp.net' }]);
    await recordLidMappings(t.db, [{ lid: '101@lid', phoneJid: '6281000000111@s.whatsapp.net' }]);
    expect(await phonesForLids(t.db, ['100@lid', '110@lid', '101@lid'])).toEqual(
      new Map([
        ['110@lid', '6281000000100@s.whatsapp.net'],
        ['101@lid', '6281000000111@s.whatsapp.net'],
      ]),
    );
  });

  it('moves a member known only by her LID to her phone JID once it is learned', async () => {
    const person = await t.db.insertInto('people').values({ name: 'Wati', time_zone: 'Asia/Jakarta' }).returning('id').executeTakeFirstOrThrow();
    await t.db.insertInto('identities').values({ person_id: person.id, platform: 'whatsapp', external_id: '200@lid', display_name: 'Wati' }).execute();
    await recordLidMappings(t.db, [{ lid: '200@lid', phoneJid: '6281000000200@s.whatsapp.net' }]);
    const ids = await t.db.selectFrom('identities').select('external_id').where('person_id', '=', person.id).execute();
    expect(ids).toEqual([{ external_id: '6281000000200@s.whatsapp.net' }]);
  });

  it('makes one person of the LID row and the phone row when the phone JID already belongs to someone', async () => {
    const [a, b] = await t.db
      .insertInto('people')
      .values([
        { name: 'A', time_zone: 'Asia/Jakarta' },
        { name: 'B', time_zone: 'Asia/Jakarta' },
      ])
      .returning('id')
      .execute();
    await t.db
      .insertInto('identities')
      .values([
        { person_id: a!.id, platform: 'whatsapp', external_id: '300@lid', display_name: null },
        { person_id: b!.id, platform: 'whatsapp', external_id: '6281000000300@s.whatsapp.net', display_name: null },
      ])
      .execute();
    await recordLidMappings(t.db, [{ lid: '300@lid', phoneJid: '6281000000300@s.whatsapp.net' }]);
    const rows = await t.db.selectFrom('identities').select(['person_id', 'external_id']).where('person_id', 'in', [a!.id, b!.id]).orderBy('external_id').execute();
    expect(rows).toEqual([
      { person_id: a!.id, external_id: '300@lid' },
      { person_id: a!.id, external_id: '6281000000300@s.whatsapp.net' },
    ]);
  });
});

describe('lastWrotePrivately, by chat kind', () => {
  it('is known only for someone with a private WhatsApp message, under either of her ids', async () => {
    await t.db
      .insertInto('inbound_messages')
      .values([
        { platform: 'whatsapp', chat_id: '400@lid', message_id: 'm1', sent_at: new Date() },
        { platform: 'telegram', chat_id: '6281000000401@s.whatsapp.net', message_id: 'm2', sent_at: new Date() },
        { platform: 'whatsapp', chat_id: '120363000000000009@g.us', message_id: 'm3', sent_at: new Date() },
      ])
      .execute();
    await recordLidMappings(t.db, [{ lid: '400@lid', phoneJid: '6281000000400@s.whatsapp.net' }]);
    expect(await lastWrotePrivately(t.db, '400@lid')).toBeDefined();
    expect(await lastWrotePrivately(t.db, '6281000000400@s.whatsapp.net')).toBeDefined();
    expect(await lastWrotePrivately(t.db, '6281000000401@s.whatsapp.net')).toBeUndefined();
    expect(await lastWrotePrivately(t.db, '6281000000999@s.whatsapp.net')).toBeUndefined();
  });
});

describe('lastWrotePrivately', () => {
  it('is when she last wrote privately, under either of her ids; group and other platforms do not count', async () => {
    await t.db
      .insertInto('inbound_messages')
      .values([
        { platform: 'whatsapp', chat_id: '500@lid', message_id: 'n1', sent_at: new Date('2026-11-01T03:00:00Z') },
        { platform: 'whatsapp', chat_id: '6281000000500@s.whatsapp.net', message_id: 'n2', sent_at: new Date('2026-11-10T03:00:00Z') },
        { platform: 'whatsapp', chat_id: '120363000000000009@g.us', message_id: 'n3', sent_at: new Date('2026-11-19T03:00:00Z') },
        { platform: 'telegram', chat_id: '500@lid', message_id: 'n4', sent_at: new Date('2026-11-19T03:00:00Z') },
      ])
      .execute();
    await recordLidMappings(t.db, [{ lid: '500@lid', phoneJid: '6281000000500@s.whatsapp.net' }]);
    expect(await lastWrotePrivately(t.db, '500@lid')).toEqual(new Date('2026-11-10T03:00:00Z'));
    expect(await lastWrotePrivately(t.db, '6281000000500@s.whatsapp.net')).toEqual(new Date('2026-11-10T03:00:00Z'));
    expect(await lastWrotePrivately(t.db, '6281000000999@s.whatsapp.net')).toBeUndefined();
  });
});

describe('sent messages', () => {
  it('are kept for a day for retries, then forgotten', async () => {
    const day1 = new Date('2026-11-20T03:00:00Z');
    await rememberSentMessage(t.db, { id: 'S1', chatId: 'x@g.us', message: Uint8Array.from([1, 2, 3]) }, day1);
    expect(await findSentMessage(t.db, 'S1')).toEqual(Buffer.from([1, 2, 3]));
    await rememberSentMessage(t.db, { id: 'S2', chatId: 'x@g.us', message: Uint8Array.from([4]) }, new Date(day1.getTime() + 25 * 3600_000));
    expect(await findSentMessage(t.db, 'S1')).toBeUndefined();
    expect(await findSentMessage(t.db, 'S2')).toEqual(Buffer.from([4]));
  });
});

describe('bulkPrivateSendsSince', () => {
  it('lists the sent bulk private WhatsApp messages, oldest first', async () => {
    const at = (iso: string) => new Date(iso);
    const row = (key: string, over: Record<string, unknown>) => ({
      idempotency_key: key,
      platform: 'whatsapp',
      chat_id: '6281000000500@s.whatsapp.net',
      payload: JSON.stringify({ platform: 'whatsapp', chatId: '6281000000500@s.whatsapp.net', text: 'x' }),
      priority: 'bulk' as const,
      status: 'sent' as const,
      sent_at: at('2026-11-20T04:00:00Z'),
      ...over,
    });
    await t.db
      .insertInto('outbound_messages')
      .values([
        row('b2', { sent_at: at('2026-11-20T05:00:00Z') }),
        row('b1', {}),
        row('old', { sent_at: at('2026-11-19T04:00:00Z') }),
        row('reply', { priority: 'reply' }),
        row('group', { chat_id: '120363000000000009@g.us' }),
        row('queued', { status: 'queued', sent_at: null }),
        row('tg', { platform: 'telegram' }),
      ])
      .execute();
    expect(await bulkPrivateSendsSince(t.db, at('2026-11-20T00:00:00Z'))).toEqual([at('2026-11-20T04:00:00Z'), at('2026-11-20T05:00:00Z')]);
  });
});
