import { describe, expect, it } from 'vitest';
import { ChatPacing, GROUP_SPACING_MS, PRIVATE_SPACING_MS } from '../../../../src/channels/telegram/chat-pacing.ts';

describe('Telegram per-chat pacing of broadcasts', () => {
  it('spaces messages to one private chat by a second, and to a group by three', () => {
    const pacing = new ChatPacing();
    expect(pacing.waitFor('42', 0)).toBe(0);
    pacing.record('42', 1000);
    pacing.record('-100500', 1000);
    expect(pacing.waitFor('42', 1000)).toBe(PRIVATE_SPACING_MS);
    expect(pacing.waitFor('42', 1600)).toBe(400);
    expect(pacing.waitFor('42', 2000)).toBe(0);
    expect(pacing.waitFor('-100500', 2000)).toBe(GROUP_SPACING_MS - 1000);
    expect(pacing.waitFor('-100500', 4000)).toBe(0);
    expect(pacing.waitFor('43', 1000)).toBe(0);
  });

  it('forgets idle chats once it tracks many', () => {
    const pacing = new ChatPacing();
    for (let i = 0; i < 10_001; i++) pacing.record(String(i), 0);
    pacing.record('fresh', 120_000);
    expect(pacing.waitFor('0', 120_000)).toBe(0);
    expect(pacing.waitFor('fresh', 120_000)).toBe(PRIVATE_SPACING_MS);
  });
});
