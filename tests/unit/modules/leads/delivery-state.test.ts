/** A delivery's fate, read from the failure texts the send step really writes (channels' own messages). */
import { describe, expect, it } from 'vitest';
import { refusalReason } from '../../../../src/channels/whatsapp/whatsapp.refusals.ts';
import { deliveryState } from '../../../../src/modules/leads/delivery-state.ts';

const failed = (failure: string, platform = 'telegram') => deliveryState({ platform, status: 'failed', failure });

describe('deliveryState', () => {
  it('names sent, queued, WhatsApp pacing and held messages', () => {
    expect(deliveryState({ platform: 'telegram', status: 'sent', failure: null })).toBe('sent');
    expect(deliveryState({ platform: 'telegram', status: 'queued', failure: null })).toBe('queued');
    expect(deliveryState({ platform: 'telegram', status: null, failure: null })).toBe('queued');
    expect(deliveryState({ platform: 'whatsapp', status: 'queued', failure: null })).toBe('paced');
    expect(deliveryState({ platform: 'whatsapp', status: 'held', failure: 'has not written to the bot privately in the last 3 weeks' })).toBe('held');
  });

  it('tells a blocked bot, a removed bot, an opt-out and a WhatsApp refusal apart, and nothing else is guessed', () => {
    expect(failed('telegram 403: Forbidden: bot was blocked by the user')).toBe('blocked');
    expect(failed('telegram 403: Forbidden: bot was kicked from the supergroup chat')).toBe('removed');
    expect(failed('telegram 403: Forbidden: bot is not a member of the group chat')).toBe('removed');
    expect(failed('telegram 400: Bad Request: chat not found')).toBe('removed');
    expect(failed('the bot is not a member of this WhatsApp group (403)', 'whatsapp')).toBe('removed');
    expect(failed('this WhatsApp group no longer exists (404)', 'whatsapp')).toBe('removed');
    expect(failed('cancelled: opted_out')).toBe('opted_out');
    expect(failed(refusalReason('463'), 'whatsapp')).toBe('refused');
    expect(failed(refusalReason('479'), 'whatsapp')).toBe('refused');
    expect(failed('telegram 400: Bad Request: message is too long')).toBe('failed');
    expect(failed('an earlier part of this message was not sent')).toBe('failed');
  });
});
