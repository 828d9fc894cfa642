import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS, partsOf, splitText } from '../../../src/core/message-parts.ts';
import type { OutboundMessage } from '../../../src/core/messages.ts';

const lines = (count: number, width: number) => Array.from({ length: count }, (_, i) => `${String(i).padStart(3, '0')} ${'x'.repeat(width - 4)}`);

describe('splitText', () => {
  it('leaves a text that fits alone', () => {
    expect(splitText('a\nb', 10)).toEqual(['a\nb']);
    expect(splitText('x'.repeat(10), 10)).toEqual(['x'.repeat(10)]);
  });

  it('cuts at line ends, in order, every part within the limit, nothing lost', () => {
    const text = lines(70, 100).join('\n');
    const parts = splitText(text, 4096);
    expect(parts.length).toBe(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts.join('\n')).toBe(text);
    // Whole lines: every part starts where a line starts.
    for (const part of parts) expect(part).toMatch(/^\d{3} x/);
  });

  it('fills each part as far as whole lines allow', () => {
    expect(splitText('aaaa\nbbbb\ncccc', 9)).toEqual(['aaaa\nbbbb', 'cccc']);
    expect(splitText('aaaa\nbbbb\ncccc', 8)).toEqual(['aaaa', 'bbbb', 'cccc']);
  });

  it('cuts a line longer than a part at spaces', () => {
    expect(splitText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
    const long = Array.from({ length: 1000 }, (_, i) => `kata${i}`).join(' ');
    const parts = splitText(long, 4096);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(4096);
    expect(parts.join(' ')).toBe(long);
  });

  it('cuts inside a word only when a word is longer than a part, never through a surrogate pair', () => {
    expect(splitText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    // '😀' is two UTF-16 code units, as Telegram counts it.
    const parts = splitText('a😀😀', 2);
    expect(parts).toEqual(['a', '😀', '😀']);
    // Every part survives a round trip through UTF-8: no lone surrogate.
    for (const part of parts) expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
  });

  it('counts UTF-16 code units, as Telegram does', () => {
    const emoji = '😀'.repeat(3000); // 6,000 code units, 3,000 code points
    const parts = splitText(emoji, 4096);
    expect(parts.map((p) => p.length)).toEqual([4096, 1904]);
    expect(parts.join('')).toBe(emoji);
  });

  it('drops blank lines where it cuts, so no part is empty', () => {
    expect(splitText('aaaa\n\n\nbbbb', 5)).toEqual(['aaaa', 'bbbb']);
    expect(splitText('aaaa\n\nbbbb', 10)).toEqual(['aaaa\n\nbbbb']);
  });

  it('takes another limit for the first part (a caption)', () => {
    expect(splitText('aa bb cc dd ee', 8, 2)).toEqual(['aa', 'bb cc dd', 'ee']);
  });
});

describe('partsOf', () => {
  const long = lines(70, 100).join('\n'); // 7,069 characters
  const telegram = (m: Partial<OutboundMessage>): OutboundMessage => ({ platform: 'telegram', chatId: '-100', text: long, ...m });

  it('returns a message that fits unchanged', () => {
    const message = telegram({ text: 'halo', buttons: [{ label: 'Ya', value: 'ya' }], replyToMessageId: '5' });
    expect(partsOf(message)).toEqual([message]);
  });

  it('quotes on the first part, puts the buttons on the last, keeps the priority on all', () => {
    const parts = partsOf(telegram({ replyToMessageId: '5', buttons: [{ label: 'Ya', value: 'ya' }], bulk: true }));
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatchObject({ platform: 'telegram', chatId: '-100', replyToMessageId: '5', bulk: true });
    expect(parts[0]!.buttons).toBeUndefined();
    expect(parts[1]).toEqual({ platform: 'telegram', chatId: '-100', bulk: true, text: expect.any(String), buttons: [{ label: 'Ya', value: 'ya' }] });
    expect(parts.map((p) => p.text).join('\n')).toBe(long);
  });

  it('sends a document with as much as fits in a caption, the rest as text after it', () => {
    const document = { path: '/tmp/x.csv', filename: 'x.csv', mimeType: 'text/csv', caption: long };
    const parts = partsOf(telegram({ text: 'ignored', document, buttons: [{ label: 'Ya', value: 'ya' }] }));
    expect(parts[0]!.document).toMatchObject({ path: '/tmp/x.csv', filename: 'x.csv' });
    expect(parts[0]!.document!.caption!.length).toBeLessThanOrEqual(MESSAGE_LIMITS.telegram.caption);
    expect(parts[0]!.buttons).toBeUndefined();
    for (const part of parts.slice(1)) {
      expect(part.document).toBeUndefined();
      expect(part.text.length).toBeLessThanOrEqual(MESSAGE_LIMITS.telegram.text);
    }
    expect(parts.at(-1)!.buttons).toEqual([{ label: 'Ya', value: 'ya' }]);
    expect(parts.map((p) => p.document?.caption ?? p.text).join('\n')).toBe(long);
  });

  it('uses the text as a photo caption when it has none of its own', () => {
    const parts = partsOf(telegram({ text: lines(20, 100).join('\n'), image: { pngBase64: 'AA==' } }));
    expect(parts.length).toBe(2);
    expect(parts[0]!.image).toEqual({ pngBase64: 'AA==', caption: parts[0]!.text });
    expect(parts[0]!.text.length).toBeLessThanOrEqual(1024);
    expect(parts[1]!.image).toBeUndefined();
  });

  it('treats a chart still to draw as a photo: its first part keeps it, cut to a caption, the rest are text', () => {
    const chart = { period: 'week' as const, from: '2027-01-25', to: '2027-01-31', today: '2027-01-31', language: 'id' as const, sales: [1, 0, 0, 0, 0, 0, 0], expenses: [0, 0, 0, 0, 0, 0, 0] };
    const parts = partsOf(telegram({ text: lines(20, 100).join('\n'), chart }));
    expect(parts.length).toBe(2);
    expect(parts[0]!.chart).toEqual(chart);
    expect(parts[0]!.text.length).toBeLessThanOrEqual(1024);
    expect(parts[1]!.chart).toBeUndefined();
  });

  it('cuts for WhatsApp too, and never for the console', () => {
    expect(partsOf(telegram({ platform: 'whatsapp' })).length).toBe(2);
    expect(partsOf(telegram({ platform: 'console' })).length).toBe(1);
  });
});
