/**
 * A lead's quantity in pieces, one rule for the console's fields, the chat's guided form and
 * a lead's own text — and the same piece sizes as a member's answer ("sanggup 2 kodi" = 40)
 * read by the chat's parser.
 */
import { describe, expect, it } from 'vitest';
import { leadQuantity } from '../../../../src/modules/leads/lead-quantity.ts';
import { readDetails } from '../../../../src/modules/leads/lead-form.ts';
import { parseMessage } from '../../../../src/parser/index.ts';

describe('leadQuantity', () => {
  it.each([
    ['300', 300],
    [' 1.000 ', 1000],
    ['300 kotak', 300],
    ['300 kotak nasi', 300],
    ['2 kodi', 40],
    ['2kodi', 40],
    ['3 Lusin', 36],
    ['1 gros', 144],
    ['50 pcs', 50],
    ['selusin', 12],
    ['sekodi', 20],
  ])('%s → %d', (raw, n) => expect(leadQuantity(raw)).toBe(n));

  it.each(['', '0', '-3', '2,5', 'banyak', 'kodi', '1.00', '9999999999999999', 'se'])('%s is no quantity', (raw) => expect(leadQuantity(raw)).toBeNull());

  it('reads a lead text\'s "butuh 2 kodi bros" as 40, as the console field and a member\'s answer do', () => {
    expect(readDetails('Wisuda, butuh 2 kodi bros, DP 50%', '2026-11-20').quantityWanted).toBe(40);
    expect(readDetails('Wisuda, butuh 200 bros', '2026-11-20').quantityWanted).toBe(200);
    for (const [answer, raw] of [
      ['sanggup 2 kodi', '2 kodi'],
      ['minat 3 lusin', '3 lusin'],
      ['minat 1 gros', '1 gros'],
    ] as const) {
      const parsed = parseMessage(answer, { today: '2026-11-20' });
      expect(parsed, answer).toMatchObject({ intent: 'lead_interest', quantity: leadQuantity(raw) });
    }
  });
});
