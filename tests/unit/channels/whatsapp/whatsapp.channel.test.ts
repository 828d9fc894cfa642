/**
 * The real WhatsApp channel against a fake socket and in-memory stores: linking, the
 * connection lifecycle, receiving, and the send path's rules (quotes, buttons, pacing).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { WhatsappChannel } from '../../../../src/channels/whatsapp/whatsapp.channel.ts';
import { WhatsappPacer } from '../../../../src/channels/whatsapp/whatsapp.pacer.ts';
import type { LidDirectory, LidPair, SentMessageStore, WhatsappAuthStore } from '../../../../src/channels/whatsapp/whatsapp.ports.ts';
import { fixedClock } from '../../../../src/core/clock.ts';
import { OutOfReachError, PermanentSendError, RateLimitedError } from '../../../../src/core/errors.ts';
import { silentLogger } from '../../../../src/core/logger.ts';
import type { InboundMessage } from '../../../../src/core/messages.ts';
import { fakeSockets, type FakeSocket } from '../../../fixtures/whatsapp/fake-socket.ts';
import * as f from '../../../fixtures/whatsapp/messages.ts';
import { eventually } from '../../../helpers/wait.ts';

class MemoryAuthStore implements WhatsappAuthStore {
  creds: string | null = null;
  readonly keys = new Map<string, string>();
  clears = 0;
  async readCreds() {
    return this.creds;
  }
  async writeCreds(serialised: string) {
    this.creds = serialised;
  }
  async readKeys(type: string, ids: readonly string[]) {
    const out = new Map<string, string>();
    for (const id of ids) {
      const v = this.keys.get(`${type}/${id}`);
      if (v !== undefined) out.set(id, v);
    }
    return out;
  }
  async writeKeys(changes: readonly { type: string; id: string; value: string | null }[]) {
    for (const c of changes) {
      if (c.value === null) this.keys.delete(`${c.type}/${c.id}`);
      else this.keys.set(`${c.type}/${c.id}`, c.value);
    }
  }
  async clear() {
    this.clears += 1;
    this.creds = null;
    this.keys.clear();
  }
}

class MemoryLids implements LidDirectory {
  readonly table = new Map<string, string>();
  readonly remembered: LidPair[] = [];
  async phonesForLids(lids: readonly string[]) {
    return new Map(lids.flatMap((l) => (this.table.has(l) ? [[l, this.table.get(l)!] as const] : [])));
  }
  async remember(pairs: readonly LidPair[]) {
    for (const p of pairs) {
      this.table.set(p.lid, p.phoneJid);
      this.remembered.push(p);
    }
  }
}

class MemorySent implements SentMessageStore {
  readonly rows = new Map<string, Uint8Array>();
  async remember(sent: { id: string; chatId: string; message: Uint8Array }) {
    this.rows.set(sent.id, sent.message);
  }
  async find(id: string) {
    return this.rows.get(id);
  }
}

interface Scheduled {
  fn: () => void;
  ms: number;
  cancelled: boolean;
}

let clock: ReturnType<typeof fixedClock>;
let auth: MemoryAuthStore;
let lids: MemoryLids;
let sentStore: MemorySent;
let wroteBefore: Set<string>;
let scheduled: Scheduled[];
let terminal: string;
let received: InboundMessage[];
let sockets: ReturnType<typeof fakeSockets>;
let pacer: WhatsappPacer;

function channel(over: Partial<ConstructorParameters<typeof WhatsappChannel>[0]> = {}) {
  return new WhatsappChannel({
    auth,
    lids,
    sent: sentStore,
    // Wrote just now: what the bot sends her is an answer, or its own message within the three weeks.
    lastWrotePrivately: async (jid) => (wroteBefore.has(jid) ? clock.now() : undefined),
    pacer,
    clock,
    log: silentLogger(),
    socketFactory: sockets.factory,
    terminal: { write: (s: string) => (terminal += s) },
    random: () => 0,
    schedule: (fn, ms) => {
      const entry = { fn, ms, cancelled: false };
      scheduled.push(entry);
      return () => void (entry.cancelled = true);
    },
    ...over,
  });
}

async function started(over: Parameters<typeof channel>[0] = {}): Promise<{ wa: WhatsappChannel; socket: FakeSocket }> {
  const wa = channel(over);
  await wa.start(async (m) => void received.push(m));
  const socket = sockets.last();
  socket.open();
  return { wa, socket };
}

/** Lets the channel's queued inbound work run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

beforeEach(() => {
  clock = fixedClock('2026-11-20T03:00:00Z');
  auth = new MemoryAuthStore();
  lids = new MemoryLids();
  sentStore = new MemorySent();
  wroteBefore = new Set();
  scheduled = [];
  terminal = '';
  received = [];
  sockets = fakeSockets();
  pacer = new WhatsappPacer({ perMinute: 5, dailyCap: 3, timeZone: 'Asia/Jakarta', random: () => 0 });
});

describe('linking', () => {
  it('opens a socket with fresh credentials, getMessage and cachedGroupMetadata, without going online', async () => {
    const wa = channel();
    await wa.start(async () => undefined);
    const { config } = sockets.last();
    expect(config.auth.creds.registered).toBe(false);
    expect(config.getMessage).toBeTypeOf('function');
    expect(config.cachedGroupMetadata).toBeTypeOf('function');
    expect(config.markOnlineOnConnect).toBe(false);
    expect(wa.state).toBe('connecting');
  });

  it('shows the QR code in the terminal', async () => {
    await channel().start(async () => undefined);
    sockets.last().emit('connection.update', { qr: '2@abc,def,ghi' });
    expect(terminal).toContain('Scan with WhatsApp');
    expect(terminal).toMatch(/[▀▄█]/);
  });

  it('asks once for a pairing code instead when a phone is configured', async () => {
    await channel({ pairingPhone: '6281100000001' }).start(async () => undefined);
    const socket = sockets.last();
    socket.emit('connection.update', { qr: '2@abc' });
    socket.emit('connection.update', { qr: '2@def' });
    await settle();
    expect(socket.pairingRequests).toEqual(['6281100000001']);
    expect(terminal).toContain('WhatsApp pairing code: ABCD-1234');
    expect(terminal).not.toContain('Scan with WhatsApp');
  });

  it('saves every credentials update, Buffers included, and reads them back on the next start', async () => {
    const { socket } = await started();
    socket.emit('creds.update', { me: { id: f.BOT.user.id, lid: f.BOT.user.lid }, registered: true });
    await settle();
    const saved = JSON.parse(auth.creds!) as { registered: boolean; noiseKey: { private: { type: string } } };
    expect(saved.registered).toBe(true);
    expect(saved.noiseKey.private.type).toBe('Buffer');

    await channel().start(async () => undefined);
    const again = sockets.last().config.auth.creds;
    expect(again.registered).toBe(true);
    expect(again.me?.lid).toBe(f.BOT.user.lid);
    expect(Buffer.isBuffer(again.noiseKey.private)).toBe(true);
    expect(Buffer.from(again.noiseKey.private)).toEqual(Buffer.from(socket.config.auth.creds.noiseKey.private));
  });
});

describe('connection lifecycle', () => {
  it('reconnects with a new socket after a backoff', async () => {
    const { wa, socket } = await started();
    socket.close(428);
    expect(wa.state).toBe('waiting');
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]!.ms).toBe(500);
    scheduled[0]!.fn();
    expect(sockets.all).toHaveLength(2);
    expect(sockets.last()).not.toBe(socket);
    // The old socket is deaf now.
    socket.receive([f.privateText()]);
    await settle();
    expect(received).toEqual([]);
  });

  it('backs off further after each failure, and starts over only once the link stayed up for minutes', async () => {
    const { socket } = await started();
    clock.advance(10 * 60_000); // the first link was a working one
    socket.close(408);
    scheduled.at(-1)!.fn();
    sockets.last().close(408);
    scheduled.at(-1)!.fn();
    sockets.last().close(408);
    expect(scheduled.map((s) => s.ms)).toEqual([500, 1000, 2000]);
    scheduled.at(-1)!.fn();
    sockets.last().open();
    clock.advance(30_000); // open, then dropped half a minute later: not a working link yet
    sockets.last().close(408);
    expect(scheduled.at(-1)!.ms).toBe(4000);
    scheduled.at(-1)!.fn();
    sockets.last().open();
    clock.advance(5 * 60_000);
    sockets.last().close(408);
    expect(scheduled.at(-1)!.ms).toBe(500);
  });

  it('does not reconnect when the connection was replaced (440)', async () => {
    const { wa, socket } = await started();
    socket.close(440);
    expect(scheduled).toEqual([]);
    expect(wa.state).toBe('stopped');
    expect(wa.lastClose).toMatchObject({ action: 'stop' });
  });

  it('wipes the stored link after a logout (401) and pairs again', async () => {
    const { socket } = await started();
    socket.emit('creds.update', { registered: true });
    await auth.writeKeys([{ type: 'session', id: 'x', value: '"y"' }]);
    socket.close(401);
    scheduled[0]!.fn();
    await eventually(() => sockets.all.length === 2);
    expect(auth.clears).toBe(1);
    expect(auth.creds).toBeNull();
    expect(auth.keys.size).toBe(0);
    const fresh = sockets.last();
    expect(fresh).not.toBe(socket);
    expect(fresh.config.auth.creds.registered).toBe(false);
    fresh.emit('connection.update', { qr: '2@new' });
    expect(terminal).toContain('Scan with WhatsApp');
  });

  it('stops for good: no reconnect after stop()', async () => {
    const { wa, socket } = await started();
    await wa.stop();
    expect(socket.ended).toBe(true);
    expect(scheduled).toEqual([]);
    expect(wa.state).toBe('stopped');
  });
});

describe('receiving', () => {
  it('hands live messages to intake in order, skipping the bot’s own and statuses', async () => {
    const { socket } = await started();
    socket.receive([f.privateText(), f.fromMe(), f.statusBroadcast(), f.groupText()]);
    socket.receive([f.imageCaption()]);
    await settle();
    expect(received.map((m) => m.messageId)).toEqual(['3EB0PRIVATE0001', '3EB0GROUP00001', '3EB0IMAGE00001']);
  });

  it('answers messages that came while offline (append), unless they are days old', async () => {
    const { socket } = await started();
    socket.receive([f.privateText('laku 1 bros 15rb', 'OFFLINE1')], 'append');
    await settle();
    clock.set('2026-11-25T03:00:00Z');
    socket.receive([f.privateText('laku 2 bros 30rb', 'OFFLINE2')], 'append');
    await settle();
    expect(received.map((m) => m.messageId)).toEqual(['OFFLINE1']);
  });

  it('learns LID ↔ phone pairs from messages and from Baileys, and uses them', async () => {
    const { socket } = await started();
    socket.emit('lid-mapping.update', { lid: `${f.SRI.lid.replace('@', ':3@')}`, pn: f.SRI.phoneJid });
    socket.receive([f.groupText(), f.groupTextFromLid(f.SRI, 'Sri')]);
    await settle();
    expect(lids.remembered).toEqual([
      { lid: f.SRI.lid, phoneJid: f.SRI.phoneJid },
      { lid: f.TIN.lid, phoneJid: f.TIN.phoneJid },
    ]);
    expect(received[1]?.sender).toEqual({ id: f.SRI.phoneJid, name: 'Sri', phone: f.SRI.phone });
  });

  it('looks a LID up in the table before mapping', async () => {
    lids.table.set(f.SRI.lid, f.SRI.phoneJid);
    const { socket } = await started();
    socket.receive([f.groupTextFromLid(f.SRI, 'Sri'), f.groupTextFromLid(f.WATI, 'Wati', 'laku 1 besek 20rb', 'W1')]);
    await settle();
    expect(received.map((m) => m.sender.id)).toEqual([f.SRI.phoneJid, f.WATI.lid]);
  });

  it('feeds the LID table from the lid-mapping keys Baileys stores', async () => {
    const { socket } = await started();
    await socket.config.auth.keys.set({ 'lid-mapping': { '6281234567899': '55555555555555', '55555555555555_reverse': '6281234567899' } });
    expect(lids.remembered).toEqual([{ lid: '55555555555555@lid', phoneJid: '6281234567899@s.whatsapp.net' }]);
  });

  it('sees the bot addressed by a reply to its message', async () => {
    const { socket } = await started();
    socket.receive([f.replyToBot()]);
    await settle();
    expect(received[0]).toMatchObject({ addressedToBot: true, text: 'rekap' });
  });
});

describe('sending', () => {
  it('refuses while not connected, so the job retries', async () => {
    wroteBefore.add(f.ANI.phoneJid);
    const wa = channel();
    await wa.start(async () => undefined);
    await expect(wa.send({ platform: 'whatsapp', chatId: f.ANI.phoneJid, text: 'Halo' })).rejects.toThrow('not connected');
  });

  it('refuses for good a chat id that is not WhatsApp’s', async () => {
    const { wa } = await started();
    await expect(wa.send({ platform: 'whatsapp', chatId: '12345', text: 'Halo' })).rejects.toBeInstanceOf(PermanentSendError);
  });

  it('quotes the member’s message in a group, and keeps what it sent for retries', async () => {
    const { wa, socket } = await started();
    socket.receive([f.groupText()]);
    await settle();
    const sent = await wa.send({ platform: 'whatsapp', chatId: f.GROUP, text: '✅ Penjualan', replyToMessageId: '3EB0GROUP00001' });
    expect(socket.sent).toHaveLength(1);
    expect(socket.sent[0]?.jid).toBe(f.GROUP);
    expect(socket.sent[0]?.content).toEqual({ text: '✅ Penjualan' });
    expect(socket.sent[0]?.options?.quoted?.key).toMatchObject({ id: '3EB0GROUP00001', participant: f.TIN.phoneJid, remoteJid: f.GROUP });
    expect(sent.platformMessageId).toBe('3EB0BOT00000001');

    const again = await socket.config.getMessage!({ remoteJid: f.GROUP, id: '3EB0BOT00000001', fromMe: true });
    // What Baileys built (its generateWAMessage): the text with the quote in its context.
    expect(again?.extendedTextMessage?.text).toBe('✅ Penjualan');
    expect(again?.extendedTextMessage?.contextInfo).toMatchObject({ stanzaId: '3EB0GROUP00001', participant: f.TIN.phoneJid });
  });

  it('sends without a quote when the quoted message is unknown', async () => {
    const { wa, socket } = await started();
    await wa.send({ platform: 'whatsapp', chatId: f.GROUP, text: 'Halo', replyToMessageId: 'GONE' });
    expect(socket.sent[0]?.options).toBeUndefined();
  });

  it('sends the text of a message with buttons, which says itself what to type back', async () => {
    wroteBefore.add(f.ANI.phoneJid);
    const { wa, socket } = await started();
    await wa.send({
      platform: 'whatsapp',
      chatId: f.ANI.phoneJid,
      text: 'Maksud Ibu begini?\nBalas "ya" untuk dicatat, atau "tidak".',
      buttons: [
        { label: '✅ Ya', value: 'ya' },
        { label: '❌ Tidak', value: 'tidak' },
      ],
    });
    expect(socket.sent[0]?.content).toEqual({ text: 'Maksud Ibu begini?\nBalas "ya" untuk dicatat, atau "tidak".' });
  });

  it('caches group metadata for Baileys until the group changes', async () => {
    const { socket } = await started();
    const lookup = socket.config.cachedGroupMetadata!;
    expect((await lookup(f.GROUP))?.subject).toBe('Kelompok Melati');
    await lookup(f.GROUP);
    expect(socket.groupMetadataCalls).toEqual([f.GROUP]);
    socket.emit('groups.update', [{ id: f.GROUP, subject: 'Baru' }]);
    await lookup(f.GROUP);
    expect(socket.groupMetadataCalls).toHaveLength(2);
    clock.advance(6 * 60_000);
    await lookup(f.GROUP);
    expect(socket.groupMetadataCalls).toHaveLength(3);
  });
});

describe('bulk private messages', () => {
  const bulk = (chatId: string, text = 'Info pesanan') => ({ platform: 'whatsapp' as const, chatId, text, bulk: true });

  it('never go to someone who has not written first: kept for when she does', async () => {
    const { wa, socket } = await started();
    await expect(wa.send(bulk(f.ANI.phoneJid))).rejects.toBeInstanceOf(OutOfReachError);
    expect(socket.sent).toEqual([]);
  });

  it('are paced, while replies and group messages are not', async () => {
    wroteBefore.add(f.ANI.phoneJid).add(f.TIN.phoneJid);
    const { wa, socket } = await started();
    await wa.send(bulk(f.ANI.phoneJid));

    const refused = await wa.send(bulk(f.TIN.phoneJid)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterMs).toBe(12_000);
    expect((refused as RateLimitedError).scope).toBe('message');

    await wa.send({ platform: 'whatsapp', chatId: f.TIN.phoneJid, text: 'Balasan' });
    await wa.send(bulk(f.GROUP, 'Info untuk kelompok'));
    expect(socket.sent.map((s) => s.jid)).toEqual([f.ANI.phoneJid, f.TIN.phoneJid, f.GROUP]);

    clock.advance(12_000);
    await wa.send(bulk(f.TIN.phoneJid));
    expect(socket.sent).toHaveLength(4);
  });

  it('wait for the next day once the daily cap is reached', async () => {
    wroteBefore.add(f.ANI.phoneJid);
    const { wa } = await started();
    for (let i = 0; i < 3; i++) {
      await wa.send(bulk(f.ANI.phoneJid));
      clock.advance(60_000);
    }
    const refused = (await wa.send(bulk(f.ANI.phoneJid)).catch((e: unknown) => e)) as RateLimitedError;
    expect(refused).toBeInstanceOf(RateLimitedError);
    // 10:03 WIB → midnight WIB.
    expect(clock.now().getTime() + refused.retryAfterMs).toBe(Date.parse('2026-11-20T17:00:00Z'));
  });
});
