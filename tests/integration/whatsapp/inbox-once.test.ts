/**
 * The inbox key of WhatsApp private chats (migration 020) on real Postgres: one message is
 * claimed once whether it comes under her LID or her phone, rows the old key let in twice
 * are kept but moved out of the way, and a deletion racing its message's own handling in
 * another process waits for it instead of missing it.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../../src/core/messages.ts';
import { createDb, type Db } from '../../../src/db/client.ts';
import { claimInbound, findInboundId, holdPlaceOf, inboundIdsOfMessage } from '../../../src/modules/inbox/inbox.repository.ts';
import * as once from '../../../migrations/2026-12-05-020-whatsapp-message-once.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.ts';
import { eventually } from '../../helpers/wait.ts';

let t: TestDatabase;
let other: Db;
beforeAll(async () => {
  t = await createTestDatabase();
  other = createDb(t.url, { max: 2 });
});
afterAll(async () => {
  await other?.destroy();
  await t?.drop();
});

const LID = '88888888888888@lid';
const PHONE = '6281234567897@s.whatsapp.net';
const GROUP_A = '120363000000000071@g.us';
const GROUP_B = '120363000000000072@g.us';

function msg(chatId: string, messageId: string, extra: Partial<InboundMessage> = {}): InboundMessage {
  return {
    platform: 'whatsapp',
    chatId,
    chatType: chatId.endsWith('@g.us') ? 'group' : 'private',
    messageId,
    sender: { id: chatId, name: 'Ani' },
    text: 'laku 3 bros @15rb',
    sentAt: '2026-11-20T03:00:00.000Z',
    addressedToBot: true,
    ...extra,
  };
}

describe('one WhatsApp message, once', () => {
  it('is claimed once under her LID and her phone, and found under either; groups keep their own key', async () => {
    const first = await claimInbound(t.db, msg(LID, '3EB0ONCE000001'));
    expect(first).not.toBeNull();
    expect(await claimInbound(t.db, msg(PHONE, '3EB0ONCE000001'))).toBeNull();
    expect(await findInboundId(t.db, msg(PHONE, '3EB0ONCE000001'))).toBe(first);
    // An edit and a deletion are versions of their own, found under the other id too.
    const edit = await claimInbound(t.db, msg(PHONE, '3EB0ONCE000001', { editedAt: '2026-11-20T03:01:00.000Z' }));
    expect(await inboundIdsOfMessage(t.db, { platform: 'whatsapp', chatId: LID, messageId: '3EB0ONCE000001' })).toEqual([first, edit]);
    expect(await claimInbound(t.db, msg(LID, '3EB0ONCE000001', { revoked: true }))).not.toBeNull();
    expect(await claimInbound(t.db, msg(PHONE, '3EB0ONCE000001', { revoked: true }))).toBeNull();
    // Two groups are two chats.
    expect(await claimInbound(t.db, msg(GROUP_A, '3EB0ONCE000002'))).not.toBeNull();
    expect(await claimInbound(t.db, msg(GROUP_B, '3EB0ONCE000002'))).not.toBeNull();
  });

  it('keeps the copies the old key let in, moved out of the way, so the new key can hold', async () => {
    await once.down(t.db);
    const rows = await t.db
      .insertInto('inbound_messages')
      .values([
        { platform: 'whatsapp', chat_id: LID, message_id: '3EB0TWICE00001', sent_at: new Date(), edit_key: '' },
        { platform: 'whatsapp', chat_id: PHONE, message_id: '3EB0TWICE00001', sent_at: new Date(), edit_key: '' },
      ])
      .returning('id')
      .execute();
    await once.up(t.db);
    const kept = await t.db.selectFrom('inbound_messages').select(['id', 'edit_key']).where('message_id', '=', '3EB0TWICE00001').orderBy('id').execute();
    expect(kept).toEqual([
      { id: rows[0]!.id, edit_key: '' },
      { id: rows[1]!.id, edit_key: `#dup${rows[1]!.id}` },
    ]);
    expect(await claimInbound(t.db, msg(PHONE, '3EB0TWICE00001'))).toBeNull();
  });

  it('makes a deletion wait for its message being handled in another process, then see it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let claimed!: (id: number | null) => void;
    const claim = new Promise<number | null>((resolve) => (claimed = resolve));
    const handling = other.transaction().execute(async (trx) => {
      claimed(await claimInbound(trx, msg(LID, '3EB0RACE000001')));
      await held;
    });
    const originalId = await claim;
    expect(originalId).not.toBeNull();
    const deleting = holdPlaceOf(t.db, { platform: 'whatsapp', chatId: PHONE, messageId: '3EB0RACE000001', sentAt: '2026-11-20T03:05:00.000Z' });
    await eventually(
      async () => (await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db)).rows.length > 0,
      { what: 'the deletion to wait' },
    );
    release();
    await handling;
    expect(await deleting).toBe(false);
    expect(await inboundIdsOfMessage(t.db, { platform: 'whatsapp', chatId: PHONE, messageId: '3EB0RACE000001' })).toEqual([originalId]);
  });
});
