/** Text made safe for PostgreSQL (text and jsonb): NULs dropped, lone surrogates replaced, the rest untouched. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanInbound, cleanText } from '../../../src/core/sanitize.ts';
import { privateMessage } from '../../helpers/messages.ts';

describe('cleanText', () => {
  it.each([
    ['laku 5 bros\u0000 @15rb', 'laku 5 bros @15rb'],
    ['\ud800', '\ufffd'],
    ['a\udfffb', 'a\ufffdb'],
    ['\udfff\ud800', '\ufffd\ufffd'],
    ['🧕🏽 <b>x</b> \'; drop table people; --', '🧕🏽 <b>x</b> \'; drop table people; --'],
  ])('%j → %j', (input, output) => expect(cleanText(input)).toBe(output));

  it('property: the result is well-formed, NUL-free, JSON round-trips, and clean text is unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 30 }), (junk, good) => {
        const cleaned = cleanText(junk);
        expect(cleaned).not.toContain('\u0000');
        expect(Buffer.from(cleaned, 'utf8').toString('utf8')).toBe(cleaned); // no lone surrogate survives UTF-8
        expect(JSON.parse(JSON.stringify(cleaned))).toBe(cleaned);
        expect(cleanText(good.replaceAll('\u0000', ''))).toBe(good.replaceAll('\u0000', ''));
      }),
    );
  });

  it('cleans the text, the sender name and a media caption of a message, nothing else', () => {
    const message = privateMessage('a\u0000', { sender: { id: '1', name: 'N\ud800' }, media: { kind: 'photo', ref: 'r\u0000', caption: 'c\u0000' } });
    const clean = cleanInbound(message);
    expect(clean).toEqual({ ...message, text: 'a', sender: { id: '1', name: 'N\ufffd' }, media: { kind: 'photo', ref: 'r\u0000', caption: 'c' } });
    expect(message.text).toBe('a\u0000'); // the original is not changed
  });
});
