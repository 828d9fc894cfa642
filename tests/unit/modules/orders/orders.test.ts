/** Customer names matched loosely, and a payment spread over open orders. */
import { describe, expect, it } from 'vitest';
import { bestFits, customerKey } from '../../../../src/modules/orders/customer.ts';
import { allocate } from '../../../../src/modules/orders/orders.ts';

describe('customer names', () => {
  it.each([
    ['Bu Sri', 'sri'],
    ['ibu  SRI', 'sri'],
    ['Pak Joko Widodo', 'joko widodo'],
    ['Mbak Rina.', 'rina'],
    ['@ani', 'ani'],
    ['Bu', 'bu'],
  ])('%s → %s', (raw, key) => expect(customerKey(raw)).toBe(key));

  it('prefers the exact name, else a word of it, else nothing', () => {
    const people = ['Sri', 'Sri Wahyuni', 'Tin'].map((name) => ({ name, key: customerKey(name) }));
    expect(bestFits('Bu Sri', people, (p) => p.key).map((p) => p.name)).toEqual(['Sri']);
    expect(bestFits('wahyuni', people, (p) => p.key).map((p) => p.name)).toEqual(['Sri Wahyuni']);
    expect(bestFits('Bu Ani', people, (p) => p.key)).toEqual([]);
  });
});

describe('allocating a payment', () => {
  const orders = [
    { id: 1, total: 100, paid: 40 },
    { id: 2, total: 50, paid: 0 },
  ];
  it('pays the oldest first, then the next', () => {
    expect(allocate(orders, 80)?.map((p) => [p.order.id, p.amount])).toEqual([
      [1, 60],
      [2, 20],
    ]);
  });
  it('refuses more than is owed, and nothing', () => {
    expect(allocate(orders, 111)).toBeUndefined();
    expect(allocate(orders, 0)).toBeUndefined();
    expect(allocate(orders, 110)?.reduce((s, p) => s + p.amount, 0)).toBe(110);
  });
});
