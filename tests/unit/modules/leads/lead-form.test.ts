import { describe, expect, it } from 'vitest';
import { parseDeadline, parseLeadForm, readDetails } from '../../../../src/modules/leads/lead-form.ts';
import { joinTradePhrases, tradeMatcher } from '../../../../src/modules/leads/trade-words.ts';

const TODAY = '2026-11-20';
const match = tradeMatcher(['asesoris', 'sulaman-bordir', 'makanan-ringan', 'kuliner', 'sembako', 'kerajinan-anyaman', 'ternak', 'jahit', 'jasa']);

describe('parseDeadline', () => {
  it.each([
    ['5 Des', '2026-12-05'],
    ['5 desember', '2026-12-05'],
    ['05/12', '2026-12-05'],
    ['2026-12-05', '2026-12-05'],
    ['20 Nov', '2026-11-20'],
    ['10 Nov', '2027-11-10'], // already past this year: next year
    ['besok', '2026-11-21'],
  ])('%s → %s', (text, date) => expect(parseDeadline(text, TODAY)).toBe(date));

  // 29 February next falls in 2028, more than a year ahead: not taken as a deadline.
  it.each(['minggu depan', '32 Des', '5 Foo', '2026-11-01', '', '29 Feb'])('%s is not a deadline', (text) => {
    expect(parseDeadline(text, TODAY)).toBeNull();
  });
});

describe('readDetails', () => {
  it('reads quantity, down payment and deadline from the lead text', () => {
    expect(readDetails('Wisuda IAIN 12 Des, butuh 200 bros, DP 50%, batas 5 Des', TODAY)).toEqual({
      deadline: '2026-12-05',
      quantityWanted: 200,
      downPaymentPercent: 50,
    });
    expect(readDetails('Kenduri, perlu 1.500 kotak snack', TODAY)).toEqual({ deadline: null, quantityWanted: 1500, downPaymentPercent: null });
    expect(readDetails('DP 150%', TODAY).downPaymentPercent).toBeNull();
  });
});

describe('parseLeadForm', () => {
  it('reads trades, targeting and the text', () => {
    const parsed = parseLeadForm(joinTradePhrases('asesoris, makanan ringan desa Garegeh kelompok Melati: Wisuda 12 Des, butuh 200 bros, batas 5 Des'), TODAY, match);
    expect(parsed).toEqual({
      draft: {
        trades: ['asesoris', 'makanan-ringan'],
        text: 'Wisuda 12 Des, butuh 200 bros, batas 5 Des',
        deadline: '2026-12-05',
        quantityWanted: 200,
        downPaymentPercent: null,
        villages: ['Garegeh'],
        districts: [],
        groupNames: ['Melati'],
      },
    });
  });

  it('knows trades by common names', () => {
    const parsed = parseLeadForm('bordir snack: pesanan hampers', TODAY, match);
    expect('draft' in parsed && parsed.draft.trades).toEqual(['sulaman-bordir', 'makanan-ringan']);
  });

  it('explains what is missing', () => {
    expect(parseLeadForm('Wisuda 12 Des butuh bros', TODAY, match)).toEqual({ error: 'no_colon' });
    expect(parseLeadForm('asesoris:   ', TODAY, match)).toEqual({ error: 'no_text' });
    expect(parseLeadForm('perhiasan emas: wisuda', TODAY, match)).toEqual({ error: 'no_trade', unknownTrades: ['perhiasan', 'emas'] });
    expect(parseLeadForm(': wisuda', TODAY, match)).toEqual({ error: 'no_trade' });
    expect(parseLeadForm(`asesoris: ${'x'.repeat(1001)}`, TODAY, match)).toEqual({ error: 'too_long' });
  });
});
