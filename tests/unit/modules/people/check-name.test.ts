/** Names typed in the chat: kept tidy, refused kindly when they cannot be a name. */
import { describe, expect, it } from 'vitest';
import { checkName } from '../../../../src/modules/people/people.ts';

describe('checkName', () => {
  it.each([
    ['Siti', 'Siti'],
    ['  Siti   Aminah ', 'Siti Aminah'],
    ['siti aminah', 'Siti Aminah'],
    ['Bu Siti Aminah', 'Siti Aminah'],
    ['ibu siti', 'Siti'],
    ['"Siti"', 'Siti'],
    ["Nur'aini", "Nur'aini"],
    ['Ani 2', 'Ani 2'],
    ['Ni Made Sri', 'Ni Made Sri'],
  ])('%s → %s', (raw, name) => {
    expect(checkName(raw)).toEqual({ name });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12345', 'digits_only'],
    ['0813 1122 3344', 'digits_only'],
    ['https://contoh.com', 'link'],
    ['www.jualan.id', 'link'],
    ['t.me/siti', 'link'],
    ['Siti <b>', 'symbols'],
    ['🌸🌸', 'symbols'],
    ['Siti Aminah binti Abdullah bin Muhammad Yusuf', 'too_long'],
  ])('%s is refused: %s', (raw, problem) => {
    expect(checkName(raw)).toEqual({ problem });
  });
});
