/** An edit is queued as a message of its own; the same edit delivered twice is one job. */
import { describe, expect, it } from 'vitest';
import { inboundJobId } from '../../../src/jobs/queues.ts';

describe('inbound job ids of edits', () => {
  const original = { platform: 'telegram' as const, chatId: '42', messageId: '7' };
  it('differ from the original and between edits, and repeat for a redelivered edit', () => {
    const first = inboundJobId({ ...original, editedAt: '2026-11-20T03:05:00.000Z' });
    const second = inboundJobId({ ...original, editedAt: '2026-11-20T03:06:00.000Z' });
    expect(first).not.toBe(inboundJobId(original));
    expect(first).not.toBe(second);
    expect(inboundJobId({ ...original, editedAt: '2026-11-20T03:05:00.000Z' })).toBe(first);
    // Messages that are not edits keep the ids they always had.
    expect(inboundJobId(original)).toBe(inboundJobId({ ...original }));
  });
});

describe('inbound job ids of deletions', () => {
  const original = { platform: 'whatsapp' as const, chatId: '6281234567890@s.whatsapp.net', messageId: '3EB0ABC' };
  it('differ from the message they delete (queued behind it, never taken for a copy of it) and repeat for a redelivered deletion', () => {
    const deletion = inboundJobId({ ...original, revoked: true });
    expect(deletion).not.toBe(inboundJobId(original));
    expect(inboundJobId({ ...original, revoked: true })).toBe(deletion);
  });
});
