import { describe, expect, it } from 'vitest';
import { Coalesced } from '../../../src/db/coalesce.ts';

describe('Coalesced: requests asked while a statement runs share the next one', () => {
  it('runs a lone request at once, and those asked meanwhile together, each with its own answer', async () => {
    const served: number[][] = [];
    let release!: () => void;
    const first = new Promise<void>((r) => (release = r));
    const c = new Coalesced<number, number>(async (requests) => {
      served.push([...requests]);
      if (served.length === 1) await first;
      return requests.map((n) => n * 10);
    });
    const a = c.ask(1);
    expect(served).toEqual([[1]]);
    const rest = [c.ask(2), c.ask(3), c.ask(4)];
    release();
    expect(await a).toBe(10);
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
    expect(served).toEqual([[1], [2, 3, 4]]);
  });

  it('fails every request a failed statement served, and serves the next ones afresh', async () => {
    let calls = 0;
    const c = new Coalesced<string, string>(async (requests) => {
      calls++;
      if (calls === 1) throw new Error('database away');
      return requests.map((r) => r.toUpperCase());
    });
    const failed = c.ask('a');
    await expect(failed).rejects.toThrow('database away');
    expect(await c.ask('b')).toBe('B');
  });

  it('serves at most `most` requests a statement', async () => {
    const sizes: number[] = [];
    const c = new Coalesced<number, number>(async (requests) => {
      sizes.push(requests.length);
      await new Promise((r) => setImmediate(r));
      return [...requests];
    }, 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => c.ask(i)));
    expect(sizes).toEqual([1, 3, 3, 1]);
  });
});
