import { describe, expect, it } from 'vitest';
import { SendOrder } from '../../../src/jobs/send-order.ts';

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
});
