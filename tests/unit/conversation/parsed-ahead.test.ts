/** A batch's messages parsed ahead (src/conversation/parsed-ahead.ts): what is parsed, and when a result is handed out. */
import { describe, expect, it } from 'vitest';
import { parseAhead, ParsedAhead, type Parse } from '../../../src/conversation/parsed-ahead.ts';
import { parseMessage } from '../../../src/parser/index.ts';
import { privateMessage } from '../../helpers/messages.ts';

/** The parser, counting its calls. */
function counting(): { parse: Parse; calls: { text: string; today: string; timeZone: string | undefined }[] } {
  const calls: { text: string; today: string; timeZone: string | undefined }[] = [];
  return { calls, parse: (text, ctx) => (calls.push({ text, today: ctx.today, timeZone: ctx.timeZone }), parseMessage(text, ctx)) };
}

// 2026-11-20T18:30Z is the 21st in Jakarta (UTC+7) and still the 20th in UTC.
const lateEvening = '2026-11-20T18:30:00.000Z';

describe('parseAhead', () => {
  it('parses each message handleInbound would parse, once, as of the day written in the default zone', () => {
    const { parse, calls } = counting();
    const ahead = parseAhead([privateMessage('laku 2 bros @10rb', { sentAt: lateEvening }), privateMessage('belanja kain 50rb')], 'Asia/Jakarta', parse);
    expect(calls).toEqual([
      { text: 'laku 2 bros @10rb', today: '2026-11-21', timeZone: 'Asia/Jakarta' },
      { text: 'belanja kain 50rb', today: '2026-11-20', timeZone: 'Asia/Jakarta' },
    ]);
    expect(ahead.size).toBe(2);
    expect(ahead.take('laku 2 bros @10rb', { today: '2026-11-21', timeZone: 'Asia/Jakarta' })).toEqual(parseMessage('laku 2 bros @10rb', { today: '2026-11-21', timeZone: 'Asia/Jakarta' }));
  });

  it('leaves out what handleInbound never parses as a new message: commands, small talk, edits, media, revokes, a shared phone', () => {
    const { parse, calls } = counting();
    parseAhead(
      [
        privateMessage('/start'),
        privateMessage('halo'),
        privateMessage('laku 1 bros 10rb', { editedAt: '2026-11-20T04:00:00.000Z' }),
        privateMessage('jual 5rb', { media: { kind: 'photo', ref: 'x' } }),
        privateMessage('', { revoked: true }),
        privateMessage('', { sharedPhone: '+6281234567890' }),
      ],
      'Asia/Jakarta',
      parse,
    );
    expect(calls).toEqual([]);
  });
});

describe('ParsedAhead.take', () => {
  const ctx = { today: '2026-11-20', timeZone: 'Asia/Jakarta' };
  it('hands a result out once, and only for exactly its inputs', () => {
    const ahead = parseAhead([privateMessage('laku 2 bros @10rb')], 'Asia/Jakarta');
    expect(ahead.take('laku 2 bros @10rb', { ...ctx, timeZone: 'Asia/Makassar' })).toBeUndefined();
    expect(ahead.take('laku 2 bros @10rb', { ...ctx, today: '2026-11-19' })).toBeUndefined();
    expect(ahead.take('laku 2 bros @10rb ', ctx)).toBeUndefined();
    expect(ahead.take('laku 2 bros @10rb', ctx)).toBeDefined();
    expect(ahead.take('laku 2 bros @10rb', ctx)).toBeUndefined();
    expect(ahead.size).toBe(0);
  });

  it('keeps one result a message when two messages say the same, each its own object', () => {
    const ahead = parseAhead([privateMessage('laku 2 bros @10rb'), privateMessage('laku 2 bros @10rb')], 'Asia/Jakarta');
    const first = ahead.take('laku 2 bros @10rb', ctx);
    const second = ahead.take('laku 2 bros @10rb', ctx);
    expect(first).toBeDefined();
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(ahead.take('laku 2 bros @10rb', ctx)).toBeUndefined();
  });

  it('an empty memo finds nothing', () => {
    expect(new ParsedAhead().take('laku 2 bros @10rb', ctx)).toBeUndefined();
  });
});
