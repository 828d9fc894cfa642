import { describe, expect, it } from 'vitest';
import { usualKind, usualKindSince, type ItemKindCount } from '../../../src/modules/ledger/usual-kind.ts';

const seen = (item: string, kind: 'sale' | 'expense', entries: number, least = 10_000, most = 60_000): ItemKindCount => ({ item, kind, entries, least, most });
const line = (item: string | null, amount = 30_000) => ({ item, amount });

describe('usualKind: the kind her books always give the items', () => {
  it('one kind, often enough, for every item, at amounts like hers', () => {
    expect(usualKind([line('bros')], [seen('bros', 'sale', 2)])).toBe('sale');
    expect(usualKind([line('benang'), line('kain')], [seen('benang', 'expense', 5), seen('kain', 'expense', 3)])).toBe('expense');
    expect(usualKind([line('bros'), line('bros', 45_000)], [seen('bros', 'sale', 9)])).toBe('sale');
    // Within three times her smallest and largest.
    expect(usualKind([line('bros', 3_400)], [seen('bros', 'sale', 4)])).toBe('sale');
    expect(usualKind([line('bros', 180_000)], [seen('bros', 'sale', 4)])).toBe('sale');
  });
  it('null when an item is missing, rare, of both kinds, the items disagree, or an amount is unlike hers', () => {
    expect(usualKind([], [])).toBeNull();
    expect(usualKind([line(null)], [])).toBeNull();
    expect(usualKind([line('bros'), line(null)], [seen('bros', 'sale', 4)])).toBeNull();
    expect(usualKind([line('bros')], [seen('bros', 'sale', 1)])).toBeNull();
    expect(usualKind([line('kain')], [seen('kain', 'sale', 4), seen('kain', 'expense', 6)])).toBeNull();
    expect(usualKind([line('kain'), line('benang')], [seen('kain', 'sale', 4), seen('benang', 'expense', 6)])).toBeNull();
    expect(usualKind([line('kain'), line('benang')], [seen('kain', 'sale', 4)])).toBeNull();
    // "gula 1 karung 600rb" after her kilos sold at 15rb-30rb: a restock, perhaps; asked.
    expect(usualKind([line('gula', 600_000)], [seen('gula', 'sale', 12, 15_000, 30_000)])).toBeNull();
    expect(usualKind([line('gula', 3_000)], [seen('gula', 'sale', 12, 15_000, 30_000)])).toBeNull();
  });
  it('reads her last 90 days', () => {
    expect(usualKindSince('2026-11-20')).toBe('2026-08-23');
  });
});
