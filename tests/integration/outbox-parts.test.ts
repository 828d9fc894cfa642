/**
 * A message too long for its platform is written as one outbox row per part, each part
 * with its own key, and the send step sends a part only after the part before it: in
 * order, each once, and none after a part that will never go.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { OutOfReachError, PermanentSendError, RateLimitedError } from '../../src/core/errors.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { OutboundMessage } from '../../src/core/messages.ts';
import { processOutbound, type OutboundDeps } from '../../src/jobs/outbound.processor.ts';
import { addToOutbox, findOutbound, releaseHeld } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

const LONG = Array.from({ length: 70 }, (_, i) => `• Anggota nomor ${i} ${'x'.repeat(80)}`).join('\n');

function channelThat(refuse: (m: OutboundMessage) => boolean = () => false) {
  const sent: OutboundMessage[] = [];
  const deps: OutboundDeps = {
    db: t.db,
    clock: fixedClock(new Date('2026-11-20T03:00:00Z')),
    log: silentLogger(),
    channels: new Map([
      [
        'telegram',
        {
          send: async (m: OutboundMessage) => {
            if (refuse(m)) throw new PermanentSendError('telegram 400: Bad Request');
            sent.push(m);
            return { platformMessageId: String(sent.length) };
          },
        },
      ],
    ]),
  };
  return { sent, deps };
}

describe('a long message in the outbox', () => {
  it('becomes one row per part, keyed <key>, <key>-p2 …, the buttons on the last', async () => {
    const items = await addToOutbox(t.db, [
      { key: 'reply-1-0', message: { platform: 'telegram', chatId: '-1', text: LONG, buttons: [{ label: 'Ya', value: 'ya' }] }, priority: 'reply', sourceMessageId: null },
    ]);
    expect(items.map((i) => i.idempotencyKey)).toEqual(['reply-1-0', 'reply-1-0-p2']);
    const second = await findOutbound(t.db, 'reply-1-0-p2');
    expect(second?.payload).toMatchObject({ follows: 'reply-1-0', buttons: [{ label: 'Ya', value: 'ya' }] });
    // Written again (a retried transaction): nothing new.
    expect(await addToOutbox(t.db, [{ key: 'reply-1-0', message: { platform: 'telegram', chatId: '-1', text: LONG }, priority: 'reply', sourceMessageId: null }])).toEqual([]);
  });

  it('sends a part only after the part before it, each once', async () => {
    const { sent, deps } = channelThat();
    await expect(processOutbound(deps, 'reply-1-0-p2')).rejects.toBeInstanceOf(RateLimitedError);
    expect(sent).toEqual([]);
    expect(await processOutbound(deps, 'reply-1-0')).toBe('sent');
    expect(await processOutbound(deps, 'reply-1-0-p2')).toBe('sent');
    expect(await processOutbound(deps, 'reply-1-0')).toBe('already-sent');
    expect(sent.map((m) => m.text).join('\n')).toBe(LONG);
    for (const m of sent) expect(m.text.length).toBeLessThanOrEqual(4096);
  });

  it('leaves the rest unsent when a part is refused for good', async () => {
    await addToOutbox(t.db, [{ key: 'reply-2-0', message: { platform: 'telegram', chatId: '-2', text: LONG }, priority: 'reply', sourceMessageId: null }]);
    const { sent, deps } = channelThat((m) => m.chatId === '-2');
    expect(await processOutbound(deps, 'reply-2-0')).toBe('failed');
    expect(await processOutbound(deps, 'reply-2-0-p2')).toBe('failed');
    expect(sent).toEqual([]);
    expect((await findOutbound(t.db, 'reply-2-0-p2'))?.status).toBe('failed');
  });

  it('holds the rest of a message whose first part is held, and lets them go together, in order', async () => {
    let reachable = false;
    const sent: OutboundMessage[] = [];
    const held: string[] = [];
    const deps: OutboundDeps = {
      db: t.db,
      clock: fixedClock(new Date('2026-11-20T03:00:00Z')),
      log: silentLogger(),
      onHeld: async (h) => void held.push(h.chatId),
      channels: new Map([
        [
          'whatsapp',
          {
            send: async (m: OutboundMessage) => {
              if (!reachable) throw new OutOfReachError('has not written to the bot privately in the last 3 weeks');
              sent.push(m);
              return { platformMessageId: String(sent.length) };
            },
          },
        ],
      ]),
    };
    const chatId = '6281234500000@s.whatsapp.net';
    await addToOutbox(t.db, [{ key: 'rem-held-1', message: { platform: 'whatsapp', chatId, text: LONG }, priority: 'bulk', sourceMessageId: null }]);
    expect(await processOutbound(deps, 'rem-held-1')).toBe('held');
    expect(await processOutbound(deps, 'rem-held-1-p2')).toBe('held');
    expect(held).toEqual([chatId]); // told once, for the message, not for each part
    expect(await processOutbound(deps, 'rem-held-1')).toBe('held'); // a rerun of the job sends nothing

    reachable = true;
    const released = await releaseHeld(t.db, 'whatsapp', [chatId], new Date('2026-11-13T03:00:00Z'));
    expect(released.map((r) => r.idempotencyKey)).toEqual(['rem-held-1', 'rem-held-1-p2']);
    for (const r of released) expect(await processOutbound(deps, r.idempotencyKey)).toBe('sent');
    expect(sent.map((m) => m.follows ?? null)).toEqual([null, 'rem-held-1']);
  });
});
