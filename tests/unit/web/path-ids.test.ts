import { describe, expect, it } from 'vitest';
import { idOf } from '../../../src/web/path-ids.ts';

describe('idOf: one reading of an id from the address for every console route', () => {
  it('takes a positive whole number of at most 16 digits', () => {
    expect(idOf('1')).toBe(1);
    expect(idOf('4503599627370495')).toBe(4503599627370495);
  });

  it('refuses everything else, so the route answers 404 instead of asking for NaN or 0', () => {
    for (const raw of [undefined, '', '0', '007', '-1', '1.5', '1e3', ' 1', '1 ', 'abc', '0x10', '12345678901234567']) {
      expect(idOf(raw), String(raw)).toBeUndefined();
    }
    // 16 digits but past Number.MAX_SAFE_INTEGER: undefined, not a rounded neighbour.
    expect(idOf('9999999999999999')).toBeUndefined();
  });
});
