/**
 * WhatsApp saying no to what the bot sends: a refusal arriving later through
 * `messages.update` (rc14's handleBadAck shape) reaches the outbox by the message's id, and
 * a group that refuses the bot fails the send for good at once, without a second fetch.
 */
import { ACCOUNT_RESTRICTED_TEXT, SERVER_ERROR_CODES } from '@whiskeysockets/baileys';
import { beforeEach, describe, expect, it } from 'vitest';
import { PermanentSendError } from '../../../../src/core/errors.ts';
import { harness, settle, type Harness } from '../../../fixtures/whatsapp/channel-harness.ts';
import * as f from '../../../fixtures/whatsapp/messages.ts';

let h: Harness;
let recorded: { platformMessageId: string; reason: string }[];
/** Ids the "outbox" knows as sent; a refusal for any other is not found (yet). */
let known: Set<string>;
const refusals = {
  record: async (r: { platformMessageId: string; reason: string }) => {
    if (!known.has(r.platformMessageId)) return false;
    recorded.push(r);
    return true;
  },
};

beforeEach(() => {
  h = harness();
  h.wroteBefore.add(f.ANI.phoneJid);
  recorded = [];
  known = new Set();
});

describe('a refusal after the send', () => {
  it('reaches the outbox with its reason, by the id the send returned (463: account restricted)', async () => {
    const { wa, socket } = await h.started({ refusals });
    const sent = await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: 'Halo Bu Ani' });
    known.add(sent.platformMessageId!);
    // The ack names the chat by LID, although the bot wrote to the phone JID.
    socket.refuse(sent.platformMessageId!, f.ANI.lid, SERVER_ERROR_CODES.MessageAccountRestriction, ACCOUNT_RESTRICTED_TEXT);
    await settle();
    expect(recorded).toEqual([{ platformMessageId: sent.platformMessageId, reason: expect.stringContaining('(463)') }]);
  });

  it('is recorded again a little later when it overtook the send step’s own mark', async () => {
    const { wa, socket } = await h.started({ refusals });
    const sent = await wa.send({ platform: 'whatsapp', chatId: f.GROUP, text: 'Halo Ibu-ibu' });
    socket.refuse(sent.platformMessageId!, f.GROUP, SERVER_ERROR_CODES.SmaxInvalid);
    await settle();
    expect(recorded).toEqual([]);
    known.add(sent.platformMessageId!); // the send step has now marked it sent
    await h.time.advance(2_000);
    expect(recorded).toEqual([{ platformMessageId: sent.platformMessageId, reason: expect.stringContaining('(479)') }]);
  });

  it('gives up quietly after a few tries when no row ever had that id', async () => {
    const { socket } = await h.started({ refusals });
    socket.refuse('3EB0UNKNOWN', f.ANI.phoneJid, '479');
    await h.time.advance(10 * 60_000);
    expect(recorded).toEqual([]);
    expect(h.time.pending).toBe(0);
  });
});

describe('a refusal retry on stop', () => {
  it('is cancelled: nothing waits, and nothing is recorded afterwards', async () => {
    const { wa, socket } = await h.started({ refusals });
    socket.refuse('3EB0LATE', f.ANI.phoneJid, '479');
    await settle();
    expect(h.time.pending).toBeGreaterThan(0);
    await wa.stop();
    expect(h.time.pending).toBe(0);
    known.add('3EB0LATE');
    await h.time.advance(10 * 60_000);
    expect(recorded).toEqual([]);
  });
});

describe('a group that refuses the bot', () => {
  it('fails for good after one metadata fetch, and the next send to it fetches nothing', async () => {
    const { wa, socket } = await h.started();
    socket.groupError = { text: 'forbidden', code: 403 };
    const message = { platform: 'whatsapp' as const, chatId: f.GROUP, text: 'Pengingat' };
    await expect(wa.send(message)).rejects.toBeInstanceOf(PermanentSendError);
    expect(socket.groupMetadataCalls).toEqual([f.GROUP]);
    await expect(wa.send(message)).rejects.toThrow('not a member of this WhatsApp group');
    expect(socket.groupMetadataCalls).toHaveLength(1);
    expect(socket.sent).toHaveLength(0);
  });

  it('is asked again once the bot is added back', async () => {
    const { wa, socket } = await h.started();
    socket.groupError = { text: 'item-not-found', code: 404 };
    await expect(wa.send({ platform: 'whatsapp', chatId: f.GROUP, text: 'a' })).rejects.toThrow('no longer exists');
    socket.groupError = undefined;
    socket.emit('group-participants.update', { id: f.GROUP, author: f.TIN.phoneJid, participants: [], action: 'add' });
    await expect(wa.send({ platform: 'whatsapp', chatId: f.GROUP, text: 'b' })).resolves.toMatchObject({ platformMessageId: expect.any(String) });
  });

  it('is retried when the failure may pass (a lost connection)', async () => {
    const { wa, socket } = await h.started();
    socket.failWith = Object.assign(new Error('Connection Closed'), { output: { statusCode: 428 } });
    const error = await wa.send({ platform: 'whatsapp', chatId: f.GROUP, text: 'a' }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(PermanentSendError);
  });
});
