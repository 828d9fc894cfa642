/** The one gate of every WhatsApp send: an answer, the bot's own initiative, or kept until she writes. */
import { describe, expect, it } from 'vitest';
import { ANSWER_WINDOW_MS, PRIVATE_REACH_WINDOW_MS, reachOf } from '../../../../src/channels/whatsapp/whatsapp.reach.ts';

const now = new Date('2026-11-20T03:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const DAY = 24 * 3600_000;

describe('reachOf', () => {
  it('a message to a chat that wrote in the last day is an answer, private or group', () => {
    expect(reachOf({ group: false, bulk: false, lastWrote: ago(5 * 60_000), now })).toEqual({ kind: 'answer' });
    expect(reachOf({ group: true, bulk: false, lastWrote: ago(ANSWER_WINDOW_MS), now })).toEqual({ kind: 'answer' });
  });

  it('a bulk message is never an answer, however recently she wrote', () => {
    expect(reachOf({ group: false, bulk: true, lastWrote: ago(1000), now })).toEqual({ kind: 'initiative' });
    expect(reachOf({ group: true, bulk: true, lastWrote: ago(1000), now })).toEqual({ kind: 'initiative' });
  });

  it('a notice to another chat is never an answer, however recently that chat wrote', () => {
    expect(reachOf({ group: false, bulk: false, notice: true, lastWrote: ago(60 * 60_000), now })).toEqual({ kind: 'initiative' });
    expect(reachOf({ group: true, bulk: false, notice: true, lastWrote: ago(1000), now })).toEqual({ kind: 'initiative' });
    expect(reachOf({ group: false, bulk: false, notice: true, lastWrote: ago(22 * DAY), now }).kind).toBe('out-of-reach');
  });

  it('a notice, forward or reminder to someone who wrote privately within three weeks is the bot’s initiative', () => {
    expect(reachOf({ group: false, bulk: false, lastWrote: ago(2 * DAY), now })).toEqual({ kind: 'initiative' });
    expect(reachOf({ group: false, bulk: true, lastWrote: ago(PRIVATE_REACH_WINDOW_MS), now })).toEqual({ kind: 'initiative' });
  });

  it('not now to someone who never wrote privately, nor to someone quiet for more than three weeks: kept for when she writes', () => {
    expect(reachOf({ group: false, bulk: false, lastWrote: undefined, now })).toEqual({ kind: 'out-of-reach', reason: expect.stringContaining('never wrote to the bot first') });
    expect(reachOf({ group: false, bulk: true, lastWrote: ago(22 * DAY), now })).toEqual({ kind: 'out-of-reach', reason: expect.stringContaining('last 3 weeks') });
    // The line is three weeks to the millisecond, on the clock the caller passes.
    expect(reachOf({ group: false, bulk: true, lastWrote: ago(PRIVATE_REACH_WINDOW_MS + 1), now }).kind).toBe('out-of-reach');
  });

  it('a group that has not written lately still gets the bot’s messages, paced as initiative', () => {
    expect(reachOf({ group: true, bulk: false, lastWrote: undefined, now })).toEqual({ kind: 'initiative' });
    expect(reachOf({ group: true, bulk: false, lastWrote: ago(60 * DAY), now })).toEqual({ kind: 'initiative' });
  });
});
