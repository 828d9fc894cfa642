/**
 * After a logout the channel wipes the link and shows a new QR by itself: whoever scans it
 * links. The channel remembers the number it served (apart from the credentials) and, when
 * another phone links, stops and tells the operator rather than serve a different number.
 */
import { describe, expect, it } from 'vitest';
import type { LinkedNumber, LinkStatus } from '../../../../src/channels/whatsapp/whatsapp.ports.ts';
import { OTHER_NUMBER_REASON } from '../../../../src/channels/whatsapp/whatsapp.same-number.ts';
import { harness, settle } from '../../../fixtures/whatsapp/channel-harness.ts';
import * as f from '../../../fixtures/whatsapp/messages.ts';

function memoryNumber(): LinkedNumber & { value: string | undefined } {
  const store = {
    value: undefined as string | undefined,
    read: async () => store.value,
    remember: async (phone: string) => void (store.value = phone),
  };
  return store;
}

const OTHER = { id: '6281999999999:3@s.whatsapp.net', lid: '88000000000001:3@lid', name: 'HP lain' };

describe('the number the bot serves', () => {
  it('is remembered at the first link', async () => {
    const h = harness();
    const linkedNumber = memoryNumber();
    const { wa } = await h.started({ linkedNumber });
    expect(linkedNumber.value).toBe('+6281100000001');
    expect(wa.state).toBe('open');
  });

  it('after a logout and an automatic re-link by another phone: stopped, the operator told, nothing sent', async () => {
    const statuses: LinkStatus[] = [];
    const h = harness();
    const linkedNumber = memoryNumber();
    const { wa, socket } = await h.started({ linkedNumber, alerts: { restriction: () => undefined, status: (s) => void statuses.push(s) } });
    socket.close(401);
    await h.time.advance(60_000);
    expect(h.sockets.all).toHaveLength(2);
    const fresh = h.sockets.last();
    fresh.user = { ...OTHER };
    fresh.open();
    await settle();
    expect(wa.state).toBe('stopped');
    expect(wa.connection()).toEqual({ connected: false, reason: `stopped: ${OTHER_NUMBER_REASON}` });
    expect(statuses.at(-1)).toMatchObject({ state: 'stopped', reason: OTHER_NUMBER_REASON });
    expect(fresh.ended).toBe(true);
    expect(linkedNumber.value).toBe('+6281100000001');
    h.wroteBefore.add(f.ANI.phoneJid);
    await expect(wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: 'Halo' })).rejects.toThrow(/not connected/);
    // It does not try again by itself: a different number is for a person to sort out.
    await h.time.advance(3600_000);
    expect(h.sockets.all).toHaveLength(2);
    expect(fresh.sent).toEqual([]);
  });

  it('a re-link by the same phone is served as before', async () => {
    const h = harness();
    const linkedNumber = memoryNumber();
    const { wa, socket } = await h.started({ linkedNumber });
    socket.close(401);
    await h.time.advance(60_000);
    h.sockets.last().open();
    await settle();
    expect(wa.state).toBe('open');
  });
});
