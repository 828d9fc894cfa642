/**
 * "Delete for everyone" maps to a deletion of the original message (its id, `revoked`),
 * from rc14's own shapes: the content is what Baileys' generateWAMessageContent builds for
 * `{ delete: key }` (tests/fixtures/whatsapp/messages.ts), delivered under the revoke's key.
 */
import { proto } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { messageToInbound, revokeOf, type MapContext } from '../../../../src/channels/whatsapp/whatsapp.mapper.ts';
import * as f from '../../../fixtures/whatsapp/messages.ts';

const ctx: MapContext = {
  me: { phoneJid: f.BOT.phoneJid, lid: f.BOT.lid },
  phoneOf: (lid) => (lid === f.SRI.lid ? f.SRI.phoneJid : undefined),
  now: new Date('2026-11-20T05:00:00Z'),
};

describe('WhatsApp deletions', () => {
  it('maps her deletion in a private chat to the deleted message, in the same chat, as her', async () => {
    const original = f.privateText('laku 3 bros @15rb', '3EB0ORIGINAL001');
    const revoke = await f.revokeOf(original, '3EB0REVOKE00001');
    expect(revoke.message?.protocolMessage?.type).toBe(proto.Message.ProtocolMessage.Type.REVOKE);
    const sent = messageToInbound(original, ctx)!;
    expect(messageToInbound(revoke, ctx)).toEqual({
      platform: 'whatsapp',
      chatId: sent.chatId,
      chatType: 'private',
      messageId: '3EB0ORIGINAL001',
      sender: sent.sender,
      text: '',
      sentAt: new Date((f.T0 + 600) * 1000).toISOString(),
      addressedToBot: true,
      revoked: true,
    });
  });

  it('maps a deletion in a group by its author, named by LID, to her phone when the table knows it', async () => {
    const original = f.groupTextFromLid(f.SRI, 'Sri', 'laku 3 mukena total 450rb', '3EB0GRPORIG0001');
    const inbound = messageToInbound(await f.revokeOf(original, '3EB0GRPREVOKE01'), ctx);
    expect(inbound).toMatchObject({ chatId: f.GROUP, chatType: 'group', messageId: '3EB0GRPORIG0001', sender: { id: f.SRI.phoneJid }, revoked: true });
    expect(inbound).not.toHaveProperty('replyToMessageId');
  });

  it('leaves alone a group admin deleting someone else\'s message', async () => {
    const original = f.groupText('laku 2 kerudung @80rb', '3EB0GRPORIG0002');
    const revoke = await f.adminRevokeOf(original, f.ANI, '3EB0ADMINREV001');
    expect(revokeOf(revoke)).toBeUndefined();
    expect(messageToInbound(revoke, ctx)).toBeNull();
  });

  it('needs the deleted message\'s id', () => {
    const broken = { ...f.privateText(), message: { protocolMessage: { type: proto.Message.ProtocolMessage.Type.REVOKE, key: { remoteJid: f.BOT.phoneJid } } } };
    expect(messageToInbound(broken, ctx)).toBeNull();
  });
});
