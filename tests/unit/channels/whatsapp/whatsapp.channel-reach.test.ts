/**
 * The channel's one gate for the bot's own messages: a private message that is not an
 * answer goes only to someone who wrote privately within three weeks (else it is kept:
 * OutOfReachError, whatever the socket's state), paced with the
 * bulk ones; a fan-out to many groups is paced too; answers never wait.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { WhatsappPacer } from '../../../../src/channels/whatsapp/whatsapp.pacer.ts';
import { OutOfReachError, RateLimitedError } from '../../../../src/core/errors.ts';
import { harness, settle, type Harness } from '../../../fixtures/whatsapp/channel-harness.ts';
import * as f from '../../../fixtures/whatsapp/messages.ts';

const DAY = 24 * 3600_000;
const OTHER_GROUP = '120363000000000002@g.us';
let h: Harness;

beforeEach(() => {
  h = harness();
});

const daysAgo = (days: number) => new Date(h.time.clock.now().getTime() - days * DAY);

describe('a private message that is not an answer', () => {
  it('goes to someone who wrote privately within three weeks, and is paced like a bulk one', async () => {
    h.wroteAt.set(f.ANI.phoneJid, daysAgo(10));
    h.wroteAt.set(f.TIN.phoneJid, daysAgo(20));
    const { wa, socket } = await h.started();
    await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: 'Bu Tin mengirim foto' });
    const paced = await wa.send({ platform: 'whatsapp', chatId: f.TIN.phoneJid, text: 'Info' }).catch((e: unknown) => e);
    expect(paced).toBeInstanceOf(RateLimitedError);
    expect(socket.sent.map((s) => s.jid)).toEqual([f.ANI.phoneJid]);
  });

  it('is kept, not sent, for someone quiet for more than three weeks (her group chat is told), or who never wrote', async () => {
    h.wroteAt.set(f.ANI.phoneJid, daysAgo(22));
    const { wa, socket } = await h.started();
    const notice = { platform: 'whatsapp' as const, chatId: f.ANI.phoneJid, text: 'Pengingat angsuran' };
    await expect(wa.send(notice)).rejects.toThrow(/last 3 weeks/);
    await expect(wa.send({ ...notice, bulk: true })).rejects.toBeInstanceOf(OutOfReachError);
    await expect(wa.send({ ...notice, chatId: f.TIN.phoneJid })).rejects.toThrow(/never wrote to the bot first/);
    expect(socket.sent).toEqual([]);
  });

  it('follows the injected clock: twenty days after she wrote it goes, two days later it is kept', async () => {
    h.wroteAt.set(f.ANI.phoneJid, daysAgo(20));
    const { wa, socket } = await h.started();
    const notice = { platform: 'whatsapp' as const, chatId: f.ANI.phoneJid, text: 'Info lead', bulk: true };
    await wa.send(notice);
    await h.time.advance(2 * DAY);
    await expect(wa.send(notice)).rejects.toBeInstanceOf(OutOfReachError);
    expect(socket.sent).toHaveLength(1);
  });

  it('is an answer again as soon as she writes: it goes at once, unpaced', async () => {
    h.wroteAt.set(f.ANI.phoneJid, daysAgo(30));
    const { wa, socket } = await h.started();
    socket.receive([f.privateText()]);
    await settle();
    await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: '✅ Penjualan' });
    await wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: '📊 Rekap' });
    expect(socket.sent).toHaveLength(2);
  });
});

describe('a fan-out to many groups', () => {
  it('is paced by the group pacer, while answers in a group that just wrote go at once', async () => {
    const groupPacer = new WhatsappPacer({ perMinute: 10, dailyCap: 1000, timeZone: 'Asia/Jakarta', random: () => 0 });
    const { wa, socket } = await h.started({ groupPacer });
    const reminder = (chatId: string) => ({ platform: 'whatsapp' as const, chatId, text: 'Ibu-ibu, besok pertemuan', bulk: true });
    await wa.send(reminder(f.GROUP));
    const second = (await wa.send(reminder(OTHER_GROUP)).catch((e: unknown) => e)) as RateLimitedError;
    expect(second).toBeInstanceOf(RateLimitedError);
    expect(second.retryAfterMs).toBe(6_000);
    expect(second.scope).toBe('message');

    socket.receive([f.groupText()]);
    await settle();
    await wa.send({ platform: 'whatsapp', chatId: f.GROUP, text: '✅ Penjualan', replyToMessageId: '3EB0GROUP00001' });
    await h.time.advance(6_000);
    await wa.send(reminder(OTHER_GROUP));
    expect(socket.sent.map((s) => s.jid)).toEqual([f.GROUP, f.GROUP, OTHER_GROUP]);
  });
});
