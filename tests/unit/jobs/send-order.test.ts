import { describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../../src/core/errors.ts';
import { BEHIND_PUT_BACK_MS, BehindPutBackError, SendOrder } from '../../../src/jobs/send-order.ts';

const tick = () => new Promise((r) => setImmediate(r));

describe('SendOrder: one chat in the order taken, other chats at once', () => {
  it('lets a send to another chat go while an earlier one is still going', async () => {
    const order = new SendOrder();
    const a = order.enter();
    const b = order.enter();
    expect(await a.chatIs('1')).toBe(false);
    // a has not left: b goes anyway, its chat is another.
    expect(await b.chatIs('2')).toBe(false);
    a.leave();
    b.leave();
    expect(order.size).toBe(0);
  });

  it('holds a second send to the same chat until the first has left, and says it waited', async () => {
    const order = new SendOrder();
    const a = order.enter();
    const b = order.enter();
    await a.chatIs('1');
    let bWent: boolean | undefined;
    void b.chatIs('1').then((waited) => (bWent = waited));
    await tick();
    expect(bWent).toBeUndefined();
    a.leave();
    await tick();
    expect(bWent).toBe(true);
    b.leave();
  });

  it('holds a send behind an earlier one whose chat is not known yet, then lets it go if that chat is another', async () => {
    const order = new SendOrder();
    const a = order.enter();
    const b = order.enter();
    let bWent: boolean | undefined;
    void b.chatIs('1').then((waited) => (bWent = waited));
    await tick();
    expect(bWent).toBeUndefined();
    await a.chatIs('2');
    await tick();
    // It only waited to learn a's chat: nothing to read again.
    expect(bWent).toBe(false);
    a.leave();
    b.leave();
  });

  it('frees the ones behind a job that left without ever saying its chat (a missing row, an error)', async () => {
    const order = new SendOrder();
    const a = order.enter();
    const b = order.enter();
    let bWent = false;
    void b.chatIs('1').then(() => (bWent = true));
    await tick();
    expect(bWent).toBe(false);
    a.leave();
    a.leave();
    await tick();
    expect(bWent).toBe(true);
    b.leave();
  });

  it('keeps three sends to one chat in order while another chat goes between them', async () => {
    const order = new SendOrder();
    const sent: string[] = [];
    const turns = ['c1', 'c2', 'c1', 'c1'].map((chat, i) => ({ chat, i, turn: order.enter() }));
    // Rows read in reverse order: the order of sending must still be the order taken.
    const runs = [...turns].reverse().map(async ({ chat, i, turn }) => {
      await turn.chatIs(chat);
      await tick();
      sent.push(`${chat}#${i}`);
      turn.leave();
    });
    await Promise.all(runs);
    expect(sent.filter((s) => s.startsWith('c1'))).toEqual(['c1#0', 'c1#2', 'c1#3']);
    expect(order.size).toBe(0);
  });

  it('a later send to her chat does not overtake one put back by a 429: it steps aside until after it, and so does the one behind it', async () => {
    const order = new SendOrder(() => 0);
    const j = order.enter();
    const k = order.enter();
    const l = order.enter();
    await j.chatIs('7');
    const kWent = k.chatIs('7').then(() => 'sent', (e: unknown) => e);
    const lWent = l.chatIs('7').then(() => 'sent', (e: unknown) => e);
    await tick();
    j.leave(5_000);
    const kError = await kWent;
    // Its own kind of pause, so the worker puts it back in turn (a paced bulk send is not).
    expect(kError).toBeInstanceOf(BehindPutBackError);
    expect((kError as RateLimitedError).scope).toBe('message');
    expect((kError as RateLimitedError).retryAfterMs).toBe(5_000 + BEHIND_PUT_BACK_MS);
    // The worker moves k to delayed and says so when it leaves: l, behind k, steps aside further.
    k.leave((kError as RateLimitedError).retryAfterMs);
    const lError = await lWent;
    expect((lError as RateLimitedError).retryAfterMs).toBe(5_000 + 2 * BEHIND_PUT_BACK_MS);
    l.leave();
    expect(order.size).toBe(0);
  });

  it('a send to another chat in flight during a 429 pause does not call the platform before it ends', async () => {
    let now = 1_000;
    const order = new SendOrder(() => now);
    const j = order.enter();
    const other = order.enter();
    await j.chatIs('7');
    order.pause(now + 3_000);
    j.leave(3_000);
    const error = await other.chatIs('8').then(() => 'sent', (e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).scope).toBe('queue');
    expect((error as RateLimitedError).retryAfterMs).toBe(3_000);
    other.leave(3_000);
    // After the pause, sends go again.
    now += 3_000;
    const later = order.enter();
    expect(await later.chatIs('8')).toBe(false);
    later.leave();
  });

  it('a send that left without being put back lets the next one to her chat go, as before', async () => {
    const order = new SendOrder(() => 0);
    const j = order.enter();
    const k = order.enter();
    await j.chatIs('7');
    const kWent = k.chatIs('7');
    j.leave();
    expect(await kWent).toBe(true);
    k.leave();
  });
});
