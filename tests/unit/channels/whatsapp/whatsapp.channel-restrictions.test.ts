/**
 * The channel under a restriction, replayed from rc14's own events: the time-lock asked
 * after each `open` (and its connection.update), a 463 refusal through `messages.update`,
 * and `message-capping.update`. While one is in force only answers to chats that just
 * wrote go out; everything else waits (RateLimitedError on the message alone) until it
 * ends, and the facilitators and the operator are told when it begins and ends.
 */
import { NewChatMessageCappingStatusType, SERVER_ERROR_CODES } from '@whiskeysockets/baileys';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LinkStatus } from '../../../../src/channels/whatsapp/whatsapp.ports.ts';
import type { RestrictionChange } from '../../../../src/channels/whatsapp/whatsapp.restriction.ts';
import { RateLimitedError } from '../../../../src/core/errors.ts';
import type { OutboundMessage } from '../../../../src/core/messages.ts';
import { harness, settle, type Harness } from '../../../fixtures/whatsapp/channel-harness.ts';
import * as f from '../../../fixtures/whatsapp/messages.ts';

const HOUR = 3600_000;
let h: Harness;
let told: RestrictionChange[];
let statuses: LinkStatus[];
const alerts = { restriction: (c: RestrictionChange) => void told.push(c), status: (s: LinkStatus) => void statuses.push(s) };

beforeEach(() => {
  h = harness();
  told = [];
  statuses = [];
  h.wroteBefore.add(f.ANI.phoneJid);
  // Tin wrote privately three days ago: the bot may still write to her, but nothing to her is an answer.
  h.wroteAt.set(f.TIN.phoneJid, new Date(h.time.clock.now().getTime() - 3 * 24 * HOUR));
});

const reminder: OutboundMessage = { platform: 'whatsapp', chatId: f.TIN.phoneJid, text: 'Pengingat angsuran', bulk: true };
const answer: OutboundMessage = { platform: 'whatsapp', chatId: f.ANI.phoneJid, text: '✅ Penjualan dicatat' };
const noticeToSomeoneElse: OutboundMessage = { platform: 'whatsapp', chatId: f.TIN.phoneJid, text: 'Bu Ani mengirim foto' };

async function restrictedChannel(until: Date | undefined) {
  const started = await h.started({
    alerts,
    refusals: { record: async () => true },
  });
  started.socket.timelockAnswer = { isActive: true, timeEnforcementEnds: until };
  // Ani writes: what goes back to her is an answer.
  started.socket.receive([f.privateText()]);
  await settle();
  return started;
}

describe('the reach-out time-lock', () => {
  it('is asked after every open', async () => {
    const { socket } = await h.started({ alerts });
    expect(socket.timelockFetches).toBe(1);
  });

  it('holds everything but answers to a chat that just wrote, and says so to the operator and the facilitators', async () => {
    const until = new Date(h.time.clock.now().getTime() + 5 * HOUR);
    const { wa, socket } = await restrictedChannel(until);
    socket.timelock(socket.timelockAnswer); // as Baileys emits it (a notification, or the answer to the fetch)
    await settle();

    expect(told).toEqual([{ kind: 'began', restriction: expect.objectContaining({ kind: 'time-lock', until }) }]);
    expect(statuses.at(-1)).toMatchObject({ state: 'open', restriction: { kind: 'time-lock', until } });
    expect(wa.connection()).toMatchObject({ connected: true, note: expect.stringContaining('restricted (time-lock)') });

    await expect(wa.send(answer)).resolves.toBeDefined();
    for (const held of [reminder, noticeToSomeoneElse, { ...answer, bulk: true }]) {
      const error = await wa.send(held).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RateLimitedError);
      expect(error).toMatchObject({ scope: 'message' });
      expect((error as RateLimitedError).retryAfterMs).toBeLessThanOrEqual(10 * 60_000);
    }
    expect(socket.sent.map((s) => s.jid)).toEqual([f.ANI.phoneJid]);
  });

  it('ends when its time is up: WhatsApp is asked again, the held messages go, and the end is told', async () => {
    const until = new Date(h.time.clock.now().getTime() + 2 * HOUR);
    const { wa, socket } = await restrictedChannel(until);
    socket.timelock(socket.timelockAnswer);
    await settle();
    socket.timelockAnswer = { isActive: false };
    await h.time.advance(2 * HOUR);
    expect(told.map((c) => c.kind)).toEqual(['began', 'ended']);
    await expect(wa.send(reminder)).resolves.toBeDefined();
    expect(statuses.at(-1)).toMatchObject({ restriction: null });
  });
});

describe('a 463 refusal', () => {
  it('holds the bot’s initiative at once and asks for the time-lock, which explains it', async () => {
    const until = new Date(h.time.clock.now().getTime() + 24 * HOUR);
    const { wa, socket } = await restrictedChannel(until);
    const fetchesBefore = socket.timelockFetches;
    const sent = await wa.send(answer);
    socket.refuse(sent.platformMessageId!, f.ANI.lid, SERVER_ERROR_CODES.MessageAccountRestriction);
    await settle();
    expect(socket.timelockFetches).toBe(fetchesBefore + 1);
    expect(told).toEqual([{ kind: 'began', restriction: expect.objectContaining({ kind: 'time-lock', until }) }]);
    await expect(wa.send(reminder)).rejects.toBeInstanceOf(RateLimitedError);
  });

  it('about one contact only (time-lock not active): nothing is held and nobody is bothered', async () => {
    const { wa, socket } = await h.started({ alerts, refusals: { record: async () => true } });
    const sent = await wa.send(answer);
    socket.refuse(sent.platformMessageId!, f.ANI.phoneJid, '463');
    await settle();
    expect(told).toEqual([]);
    await expect(wa.send(reminder)).resolves.toBeDefined();
  });

  it('told as it is when WhatsApp cannot be asked', async () => {
    const { wa, socket } = await h.started({ alerts, refusals: { record: async () => true } });
    socket.timelockFails = true;
    const sent = await wa.send(answer);
    socket.refuse(sent.platformMessageId!, f.ANI.phoneJid, '463');
    await settle();
    expect(told).toEqual([{ kind: 'began', restriction: expect.objectContaining({ kind: 'refused-463' }) }]);
    await expect(wa.send(reminder)).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe('new-chat capping', () => {
  it('holds the bot’s initiative while CAPPED, until WhatsApp reports the quota free again', async () => {
    const { wa, socket } = await h.started({ alerts });
    const cycleEnd = Math.floor(h.time.clock.now().getTime() / 1000) + 12 * 3600;
    socket.capping({ total_quota: 20, used_quota: 20, cycle_end_timestamp: String(cycleEnd), capping_status: NewChatMessageCappingStatusType.CAPPED });
    await expect(wa.send(reminder)).rejects.toBeInstanceOf(RateLimitedError);
    socket.capping({ total_quota: 20, used_quota: 0, capping_status: NewChatMessageCappingStatusType.NONE });
    await expect(wa.send(reminder)).resolves.toBeDefined();
    expect(told.map((c) => `${c.kind} ${c.restriction.kind}`)).toEqual(['began capped', 'ended capped']);
  });
});

describe('a long time-lock', () => {
  it('is looked at again every few hours (no timer beyond what Node can wait), asking WhatsApp once each time', async () => {
    const until = new Date(h.time.clock.now().getTime() + 40 * 24 * HOUR);
    const { socket } = await restrictedChannel(until);
    socket.timelock(socket.timelockAnswer);
    await settle();
    const before = socket.timelockFetches;
    await h.time.advance(24 * HOUR);
    expect(socket.timelockFetches - before).toBe(4);
    expect(told).toHaveLength(1); // still the same restriction: nobody is told again
  });
});
