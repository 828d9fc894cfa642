import { describe, expect, it } from 'vitest';
import { usualKind, usualKindSince } from '../../../src/modules/ledger/usual-kind.ts';

describe('usualKind: the kind her books always give the items', () => {
  it('one kind, often enough, for every item', () => {
    expect(usualKind(['bros'], [{ item: 'bros', kind: 'sale', entries: 2 }])).toBe('sale');
    expect(usualKind(['benang', 'kain'], [{ item: 'benang', kind: 'expense', entries: 5 }, { item: 'kain', kind: 'expense', entries: 3 }])).toBe('expense');
    expect(usualKind(['bros', 'bros'], [{ item: 'bros', kind: 'sale', entries: 9 }])).toBe('sale');
  });
  it('null when an item is missing, rare, of both kinds, or the items disagree', () => {
    expect(usualKind([], [])).toBeNull();
    expect(usualKind([null], [])).toBeNull();
    expect(usualKind(['bros', null], [{ item: 'bros', kind: 'sale', entries: 4 }])).toBeNull();
    expect(usualKind(['bros'], [{ item: 'bros', kind: 'sale', entries: 1 }])).toBeNull();
    expect(usualKind(['kain'], [{ item: 'kain', kind: 'sale', entries: 4 }, { item: 'kain', kind: 'expense', entries: 6 }])).toBeNull();
    expect(usualKind(['kain', 'benang'], [{ item: 'kain', kind: 'sale', entries: 4 }, { item: 'benang', kind: 'expense', entries: 6 }])).toBeNull();
    expect(usualKind(['kain', 'benang'], [{ item: 'kain', kind: 'sale', entries: 4 }])).toBeNull();
  });
  it('reads her last 90 days', () => {
    expect(usualKindSince('2026-11-20')).toBe('2026-08-22');
  });
});
