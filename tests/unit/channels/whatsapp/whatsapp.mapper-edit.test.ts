/** A WhatsApp edit maps to the original message id with the edit's time. */
import { proto, type WAMessage } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { editOf, messageToInbound, type MapContext } from '../../../../src/channels/whatsapp/whatsapp.mapper.ts';
import * as f from '../../../fixtures/whatsapp/messages.ts';

const ctx: MapContext = {
  me: { phoneJid: f.BOT.phoneJid, lid: f.BOT.lid },
  phoneOf: () => undefined,
  now: new Date('2026-11-20T05:00:00Z'),
};
const EDITED_MS = (f.T0 + 120) * 1000;

/** What Baileys 7 hands to messages.upsert when Ani edits her message: a protocol message under a new key. */
function editOfPrivate(text: string, wrapped: boolean): WAMessage {
  const protocolMessage: proto.Message.IProtocolMessage = {
    key: { remoteJid: f.ANI.phoneJid, fromMe: true, id: '3EB0PRIVATE0001' },
    type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT,
    editedMessage: { conversation: text },
    timestampMs: EDITED_MS,
  };
  return {
    key: { remoteJid: f.ANI.phoneJid, remoteJidAlt: f.ANI.lid, fromMe: false, id: '3EB0EDIT000001', addressingMode: 'pn' },
    // Newer clients wrap the protocol message in editedMessage (a FutureProofMessage).
    message: wrapped ? { editedMessage: { message: { protocolMessage } } } : { protocolMessage },
    messageTimestamp: f.T0 + 120,
    pushName: 'Ani',
  };
}

describe('WhatsApp edits', () => {
  it.each([false, true])('maps an edit to the original message id and its edit time (wrapped: %s)', (wrapped) => {
    const original = messageToInbound(f.privateText('laku 12 bros @15rb'), ctx)!;
    const edited = messageToInbound(editOfPrivate('laku 10 bros @15rb', wrapped), ctx);
    expect(edited).toEqual({
      ...original,
      text: 'laku 10 bros @15rb',
      sentAt: new Date((f.T0 + 120) * 1000).toISOString(),
      editedAt: new Date(EDITED_MS).toISOString(),
    });
  });

  it('does not take a revoke for an edit (it is a deletion: whatsapp.mapper-revoke.test.ts)', () => {
    const revoke: WAMessage = {
      ...editOfPrivate('x', false),
      message: { protocolMessage: { key: { id: '3EB0PRIVATE0001' }, type: proto.Message.ProtocolMessage.Type.REVOKE } },
    };
    expect(editOf(revoke.message)).toBeUndefined();
    expect(messageToInbound(revoke, ctx)).not.toHaveProperty('editedAt');
  });

  it('leaves a plain message without editedAt', () => {
    expect(messageToInbound(f.privateText(), ctx)).not.toHaveProperty('editedAt');
  });
});
