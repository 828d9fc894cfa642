/**
 * WhatsApp's refusals read from Baileys' own shapes: the `messages.update` entry rc14's
 * handleBadAck emits for an error ack, and the Boom a group query throws.
 */
import { ACCOUNT_RESTRICTED_TEXT, NACK_REASONS, proto, SERVER_ERROR_CODES, type WAMessageUpdate } from '@whiskeysockets/baileys';
import { describe, expect, it } from 'vitest';
import { groupGoneReason, refusalsIn } from '../../../../src/channels/whatsapp/whatsapp.refusals.ts';

const ERROR = proto.WebMessageInfo.Status.ERROR;

/** Exactly what handleBadAck emits for an ack with `error` (messages-recv.js). */
function badAck(id: string, from: string, error: string): WAMessageUpdate {
  const timelocked = error === String(NACK_REASONS.SenderReachoutTimelocked);
  return {
    key: { remoteJid: from, fromMe: true, id },
    update: { status: ERROR, messageStubParameters: timelocked ? [error, ACCOUNT_RESTRICTED_TEXT] : [error] },
  };
}

describe('refusalsIn', () => {
  it('reads 463 as the account restricted, and 479 as a rejected stanza, keeping the message id', () => {
    const refusals = refusalsIn([
      badAck('3EB0AAA', '11111111111111@lid', SERVER_ERROR_CODES.MessageAccountRestriction),
      badAck('3EB0BBB', '6281234567890@s.whatsapp.net', SERVER_ERROR_CODES.SmaxInvalid),
    ]);
    expect(refusals).toEqual([
      expect.objectContaining({ messageId: '3EB0AAA', chatId: '11111111111111@lid', code: '463', restricted: true, reason: expect.stringContaining('restricted') }),
      expect.objectContaining({ messageId: '3EB0BBB', code: '479', restricted: false, reason: expect.stringContaining('479') }),
    ]);
  });

  it('reads any other error code as a refusal too, naming the code', () => {
    expect(refusalsIn([badAck('3EB0CCC', '120363000000000001@g.us', '421')])).toEqual([
      expect.objectContaining({ code: '421', reason: 'WhatsApp refused it (421)', restricted: false }),
    ]);
  });

  it('ignores deliveries, reads, other people’s messages and edits', () => {
    const updates: WAMessageUpdate[] = [
      { key: { remoteJid: 'x@s.whatsapp.net', fromMe: true, id: 'A' }, update: { status: proto.WebMessageInfo.Status.DELIVERY_ACK } },
      { key: { remoteJid: 'x@s.whatsapp.net', fromMe: true, id: 'B' }, update: { status: proto.WebMessageInfo.Status.READ } },
      { key: { remoteJid: 'x@s.whatsapp.net', fromMe: false, id: 'C' }, update: { status: ERROR, messageStubParameters: ['463'] } },
      { key: { remoteJid: 'x@s.whatsapp.net', fromMe: true, id: 'D' }, update: { message: { conversation: 'edited' } } },
    ];
    expect(refusalsIn(updates)).toEqual([]);
  });
});

describe('groupGoneReason', () => {
  it('is permanent for a group that refuses the bot or is gone, whichever way the Boom carries the code', () => {
    // assertNodeErrorFree: Boom(text, { data: code }) → statusCode 500, the code in data.
    expect(groupGoneReason(Object.assign(new Error('forbidden'), { data: 403, output: { statusCode: 500 } }))).toContain('not a member');
    // extractGroupMetadata: Boom(text, { statusCode: code }).
    expect(groupGoneReason(Object.assign(new Error('item-not-found'), { output: { statusCode: 404 } }))).toContain('no longer exists');
  });

  it('is not permanent for a lost connection, a timeout or an unknown failure', () => {
    expect(groupGoneReason(Object.assign(new Error('Connection Closed'), { output: { statusCode: 428 } }))).toBeUndefined();
    expect(groupGoneReason(Object.assign(new Error('Timed Out'), { output: { statusCode: 408 } }))).toBeUndefined();
    expect(groupGoneReason(Object.assign(new Error('boom'), { output: { statusCode: 500 } }))).toBeUndefined();
    expect(groupGoneReason(new Error('plain'))).toBeUndefined();
  });
});
