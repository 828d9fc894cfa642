/**
 * The console channel on in-memory streams: lines within the paste window are one
 * message (the window's timers are the test's own: nothing waits for time to pass), and a
 * chart is written to a PNG file whose path is printed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { setImmediate as tick } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { ConsoleChannel, type PasteTimers } from '../../../src/channels/console/console.channel.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import type { InboundMessage } from '../../../src/core/messages.ts';

const clock = fixedClock('2026-11-20T03:00:00Z');
const dir = mkdtempSync(path.join(os.tmpdir(), 'dampingi-console-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Timers that fire only when the test says so; `ms` is what each was set for. */
function handTimers() {
  const live = new Map<number, { fire: () => void; ms: number }>();
  let next = 0;
  const timers: PasteTimers = {
    set: (fire, ms) => {
      next += 1;
      live.set(next, { fire, ms });
      return next;
    },
    clear: (handle) => void live.delete(handle as number),
  };
  return {
    timers,
    live: () => [...live.values()],
    fireAll: () => {
      const due = [...live.values()];
      live.clear();
      for (const t of due) t.fire();
    },
  };
}

async function started(options: { pasteWindowMs?: number; timers?: PasteTimers }) {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const received: InboundMessage[] = [];
  const channel = new ConsoleChannel({ input, output, personName: 'Siti', clock, chartsDir: dir, ...options });
  await channel.start(async (m) => void received.push(m));
  return { channel, input, received, printed: () => printed };
}

describe('console: a pasted list', () => {
  it('sends lines that arrive within the paste window as one message', async () => {
    const hand = handTimers();
    const { channel, input, received } = await started({ pasteWindowMs: 150, timers: hand.timers });
    input.write('laku 3 bros 45rb\nbeli benang 20rb\n\nlaku 1 kerudung 90rb\n');
    await tick();
    expect(received).toEqual([]);
    // One window, restarted by each line: still open until it passes quietly.
    expect(hand.live()).toEqual([{ fire: expect.any(Function), ms: 150 }]);
    hand.fireAll();
    await tick();
    expect(received.map((m) => m.text)).toEqual(['laku 3 bros 45rb\nbeli benang 20rb\nlaku 1 kerudung 90rb']);
    expect(received[0]).toMatchObject({ chatId: 'console-siti', chatType: 'private', sentAt: '2026-11-20T03:00:00.000Z' });

    // After a quiet moment, the next line is a message of its own.
    input.write('rekap\n');
    await tick();
    hand.fireAll();
    await tick();
    expect(received.map((m) => m.text)).toHaveLength(2);
    expect(received[1]?.text).toBe('rekap');
    await channel.stop();
  });

  it('sends what is still gathered when the input ends', async () => {
    const hand = handTimers();
    const { input, received } = await started({ pasteWindowMs: 150, timers: hand.timers });
    input.end('laku 2 bros 30rb\nbeli manik 10rb\n');
    await tick();
    await tick();
    expect(received.map((m) => m.text)).toEqual(['laku 2 bros 30rb\nbeli manik 10rb']);
    expect(hand.live()).toEqual([]);
  });

  it('without a paste window, sends every line on its own', async () => {
    const hand = handTimers();
    const { channel, input, received } = await started({ timers: hand.timers });
    input.write('laku 2 bros 30rb\nrekap\n');
    await tick();
    expect(received.map((m) => m.text)).toEqual(['laku 2 bros 30rb', 'rekap']);
    expect(hand.live()).toEqual([]);
    await channel.stop();
  });
});

describe('console: a chart', () => {
  it('is written to a PNG file and its path printed under the caption', async () => {
    const { channel, printed } = await started({});
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await channel.send({ platform: 'console', chatId: 'console-siti', text: '📈 Grafik minggu ini', image: { pngBase64: png.toString('base64'), caption: '📈 Grafik minggu ini' } });
    const file = /🖼️ (\S+\.png)/.exec(printed())?.[1];
    expect(printed()).toContain('🤖 📈 Grafik minggu ini');
    expect(file && path.dirname(file)).toBe(dir);
    expect(existsSync(file!)).toBe(true);
    expect(readFileSync(file!)).toEqual(png);
    await channel.stop();
  });
});

describe('console: another chat’s message', () => {
  it('is not printed in this terminal: refused for now, so it is retried, never lost', async () => {
    const { channel, printed } = await started({});
    await expect(channel.send({ platform: 'console', chatId: 'console-rina', text: 'untuk Rina' })).rejects.toThrow('no terminal of console-rina');
    await channel.send({ platform: 'console', chatId: 'console-siti', text: 'untuk Siti' });
    expect(printed()).not.toContain('untuk Rina');
    expect(printed()).toContain('🤖 untuk Siti');
    await channel.stop();
  });
});
