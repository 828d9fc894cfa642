import { describe, expect, it } from 'vitest';
import { withAmount, withQuantity } from '../../../../src/modules/ledger/corrections.ts';
import { summarise, totalsByKind, type Entry, type NewEntry } from '../../../../src/modules/ledger/ledger.ts';
import { itemKey } from '../../../../src/modules/prices/prices.ts';
import { dailyTotals } from '../../../../src/modules/charts/charts.service.ts';

describe('itemKey: loose matching of item names', () => {
  it.each([
    ['Bros', 'bros'],
    ['  bros  ', 'bros'],
    ['bros-bros', 'bros'],
    ['kue2', 'kue'],
    ['kripik  pisang', 'keripik pisang'],
    ['Keripik Pisang', 'keripik pisang'],
    ['krupuk udang', 'kerupuk udang'],
    ['kueh lapis', 'kue lapis'],
    ['kue-kue lapis', 'kue lapis'],
    ['bros yang besar', 'bros besar'],
    ['KERUDUNG bordir', 'kerudung bordir'],
    ['sambel', 'sambal'],
  ])('%s → %s', (raw, key) => {
    expect(itemKey(raw)).toBe(key);
  });

  it('keeps different goods apart', () => {
    expect(itemKey('bros')).not.toBe(itemKey('kerudung'));
    expect(itemKey('keripik pisang')).not.toBe(itemKey('keripik singkong'));
    expect(itemKey('yang')).toBe('');
  });
});

const bros: NewEntry = { kind: 'sale', amount: 180000, item: 'bros', quantity: 12, unit: null, unitPrice: 15000 };

describe('corrections of one entry', () => {
  it('"ralat 150rb": the unit price follows when the amount divides evenly', () => {
    expect(withAmount(bros, 240000)).toEqual({ ...bros, amount: 240000, unitPrice: 20000 });
  });
  it('"ralat 100rb": keeps the quantity and clears the unit price when it does not divide', () => {
    expect(withAmount(bros, 100000)).toEqual({ ...bros, amount: 100000, unitPrice: null });
  });
  it('"ralat 150rb" on an entry without quantity changes the amount only', () => {
    const benang: NewEntry = { kind: 'expense', amount: 50000, item: 'benang', quantity: null, unit: null, unitPrice: null };
    expect(withAmount(benang, 150000)).toEqual({ ...benang, amount: 150000 });
  });
  it('"bukan 12 tapi 10": quantity × unit price', () => {
    expect(withQuantity(bros, 10)).toEqual({ ...bros, quantity: 10, amount: 150000 });
  });
  it('"bukan 12 tapi 10" without a unit price uses the one the amount implies', () => {
    expect(withQuantity({ ...bros, unitPrice: null }, 10)).toEqual({ ...bros, quantity: 10, amount: 150000, unitPrice: 15000 });
    const odd = { ...bros, amount: 100000, unitPrice: null };
    expect(withQuantity(odd, 10)).toEqual({ ...odd, quantity: 10 });
  });
});

describe('household money and capital in recaps and charts', () => {
  const entry = (kind: Entry['kind'], amount: number, businessDate = '2026-11-20'): Entry => ({
    id: 1,
    personId: 1,
    kind,
    amount,
    item: null,
    quantity: null,
    unit: null,
    unitPrice: null,
    businessDate,
  });
  const entries = [entry('capital', 500000), entry('sale', 180000), entry('expense', 20000), entry('withdrawal', 50000)];

  it('keeps withdrawals out of the profit and counts cash from everything before', () => {
    const r = summarise('day', { from: '2026-11-20', to: '2026-11-20' }, entries, 3, { sales: 100000, expenses: 10000, withdrawals: 5000, capital: 0 });
    expect(r).toMatchObject({ sales: 180000, expenses: 20000, profit: 160000, withdrawals: 50000, capital: 500000 });
    expect(r.cash).toBe(500000 + 180000 - 20000 - 50000 + (100000 - 10000 - 5000));
    expect(totalsByKind(entries)).toEqual({ sales: 180000, expenses: 20000, withdrawals: 50000, capital: 500000 });
  });

  it('draws only sales and expenses on the chart', () => {
    const [day] = dailyTotals({ from: '2026-11-20', to: '2026-11-20' }, entries);
    expect(day).toEqual({ date: '2026-11-20', sales: 180000, expenses: 20000 });
  });
});
