import { describe, expect, it } from 'vitest';
import { attemptScopes, FREE_FAILURES, waitAfter } from '../../../../src/modules/groups/code-attempts.ts';

describe('the wait after wrong codes', () => {
  it('is nothing for the first few, then doubles from a minute, up to an hour', () => {
    expect(Array.from({ length: FREE_FAILURES }, (_, i) => waitAfter(i + 1))).toEqual(Array(FREE_FAILURES).fill(0));
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => waitAfter(FREE_FAILURES + n) / 60_000);
    expect(minutes).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('is counted for the person and, when there is one, the chat', () => {
    expect(attemptScopes({ personId: 7 })).toEqual(['person:7']);
    expect(attemptScopes({ personId: 7, chat: { platform: 'telegram', chatId: '-100' } })).toEqual(['person:7', 'chat:telegram:-100']);
  });
});
