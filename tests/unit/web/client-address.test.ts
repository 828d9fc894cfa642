import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../../src/web/client-address.ts';

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless proxies are configured (anyone can send it)', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.9', 0)).toBe('10.0.0.5');
    expect(clientAddress(undefined, '203.0.113.9', 0)).toBe('unknown');
  });

  it('takes the entry the outermost trusted proxy wrote: the n-th from the right', () => {
    expect(clientAddress('10.0.0.5', '203.0.113.9', 1)).toBe('203.0.113.9');
    // A client that sends its own header cannot choose its address: the proxy appends the real one.
    expect(clientAddress('10.0.0.5', '1.2.3.4, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', '1.2.3.4, 203.0.113.9, 10.0.0.7', 2)).toBe('203.0.113.9');
    expect(clientAddress('10.0.0.5', ' 2001:db8::1 ,10.0.0.7', 2)).toBe('2001:db8::1');
  });

  it('falls back to the socket when the header is missing, empty or not an address', () => {
    expect(clientAddress('10.0.0.5', undefined, 1)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', ' , ', 1)).toBe('10.0.0.5');
    expect(clientAddress('10.0.0.5', 'evil<script>', 1)).toBe('10.0.0.5');
    // Fewer entries than proxies: a proxy was skipped, so the entry may be the client's own.
    expect(clientAddress('10.0.0.5', '203.0.113.9', 3)).toBe('10.0.0.5');
  });
});
