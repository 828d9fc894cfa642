/** The words of small talk, late answers and names, in both catalogues. */
import { describe, expect, it } from 'vitest';
import { repliesFor } from '../../../../src/conversation/replies/index.ts';
import { UNNAMED } from '../../../../src/modules/people/people.ts';
import type { NewEntry } from '../../../../src/modules/ledger/ledger.ts';
import { parseMessage } from '../../../../src/parser/index.ts';

const id = repliesFor('id');
const en = repliesFor('en');
const sale = (e: Partial<NewEntry> = {}): NewEntry => ({ kind: 'sale', amount: 75000, item: 'bros', quantity: 5, unit: null, unitPrice: 15000, ...e });

describe('addressing her', () => {
  it('says "Bu Siti", "Bu" alone when her name is unknown, and never "Bu Bu"', () => {
    expect(id.youAreWelcome('Siti')).toBe('Sama-sama, Bu Siti 😊');
    expect(id.youAreWelcome(UNNAMED)).toBe('Sama-sama, Bu 😊');
    expect(id.gotIt('Bu Rina')).toBe('Siap, Bu Rina 👍');
    expect(en.youAreWelcome('Siti')).toBe('You are welcome, Siti 😊');
    expect(en.gotIt(UNNAMED)).toBe('Got it 👍');
    expect(en.hello('Siti', 'pagi')).toBe('Good morning to you too, Siti 😊 What shall we record today?');
    expect(en.salamBack('Siti')).toBe('Wa alaikum salam, Siti 🙏 What shall we record today?');
  });
});

describe('what to write instead of a late "ya"', () => {
  const today = '2026-11-20';
  it.each([
    [[sale()], today, 'laku 5 bros @15rb'],
    [[sale({ quantity: null, unitPrice: null, amount: 150000 })], today, 'laku bros 150rb'],
    [[sale(), { kind: 'expense', amount: 20000, item: 'manik', quantity: null, unit: null, unitPrice: null }], today, 'laku 5 bros @15rb, beli manik 20rb'],
    [[sale({ quantity: 2, unit: 'lusin', item: 'jepit', unitPrice: 30000, amount: 60000 })], '2026-11-19', 'kemarin laku 2 lusin jepit @30rb'],
    [[{ kind: 'withdrawal', amount: 50000, item: 'dapur', quantity: null, unit: null, unitPrice: null }], '2026-11-12', '12 nov ambil 50rb buat dapur'],
    [[sale({ quantity: null, unitPrice: null, amount: 15500 })], today, 'laku bros 15500'],
  ] as [NewEntry[], string, string][])('%j on %s → %s, which records the same without a question', (entries, date, text) => {
    const said = id.questionOvertaken({ entries, date, today, answer: 'yes' });
    expect(/Kalau benar, tulis lagi: (.+)$/.exec(said)?.[1]).toBe(text);
    const parsed = parseMessage(text, { today, timeZone: 'Asia/Jakarta' });
    expect(parsed).toMatchObject({ intent: 'record', date });
    expect(parsed.confidence).toBeGreaterThanOrEqual(0.8);
    if (parsed.intent === 'record') expect(parsed.entries.map((e) => [e.kind, e.amount])).toEqual(entries.map((e) => [e.kind, e.amount]));
  });

  it('is said in English with English words', () => {
    const text = en.questionOvertaken({ entries: [sale()], date: '2026-11-19', today: '2026-11-20', answer: 'yes' });
    expect(text).toContain('If it is right, write it again: yesterday sold 5 bros @15k');
    expect(en.questionExpired({ entries: [sale()], date: '2026-11-20', today: '2026-11-20', answer: 'no' })).toBe('OK. That was not recorded:\n• Sale 5 bros × Rp15.000 = Rp75.000');
  });
});
