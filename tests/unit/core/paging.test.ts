import { describe, expect, it } from 'vitest';
import { pageWithin, requestedPage } from '../../../src/core/paging.ts';

describe('requestedPage: ?hal=N of every paged console list', () => {
  it('reads a whole number written in digits', () => {
    expect(requestedPage('1')).toBe(1);
    expect(requestedPage('7')).toBe(7);
    expect(requestedPage('007')).toBe(7);
    expect(requestedPage('999999')).toBe(999_999);
  });

  it('is page 1 for anything else: missing, zero, signs, decimals, exponents, spaces, hex, too many digits', () => {
    for (const raw of [undefined, '', '0', '-2', '+3', '2.5', '2.0', '1e3', ' 5', '5 ', '0x10', 'abc', '1234567', '9'.repeat(400)]) {
      expect(requestedPage(raw), String(raw)).toBe(1);
    }
  });
});

describe('pageWithin: the requested page within 1..pages', () => {
  it('keeps a page that exists and takes the last one past the end', () => {
    expect(pageWithin('2', 120, 50)).toEqual({ page: 2, pages: 3 });
    expect(pageWithin('4', 120, 50)).toEqual({ page: 3, pages: 3 });
    expect(pageWithin('1e3', 120, 50)).toEqual({ page: 1, pages: 3 });
  });

  it('has one (empty) page when there is nothing', () => {
    expect(pageWithin('3', 0, 50)).toEqual({ page: 1, pages: 1 });
  });
});
