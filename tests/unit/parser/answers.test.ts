/** Short answers to the bot's questions, read with the parser's own words: a day, a kind. */
import { describe, expect, it } from 'vitest';
import { kindOfWord, parseDay } from '../../../src/parser/index.ts';

const TODAY = '2026-12-05'; // a Saturday

describe('parseDay', () => {
  it.each([
    ['kemarin', '2026-12-04'],
    ['hari ini', TODAY],
    ['hari ini bu', TODAY],
    ['tgl 3', '2026-12-03'],
    ['3/12', '2026-12-03'],
    ['senin', '2026-11-30'],
    ['yesterday', '2026-12-04'],
    ['today', TODAY],
  ])('%j is %s', (text, day) => {
    expect(parseDay(text, TODAY)).toBe(day);
  });

  it.each(['besok', 'kemarin 50rb', 'jualan', 'laku kemarin', '', 'kemarin dan hari ini'])('%j is no day answer', (text) => {
    expect(parseDay(text, TODAY)).toBeNull();
  });
});

describe('kindOfWord', () => {
  it.each([
    ['jualan', 'sale'], ['laku', 'sale'], ['sales', 'sale'], ['belanja', 'expense'], ['kulakan', 'expense'], ['spent', 'expense'],
  ])('%s is %s', (word, kind) => {
    expect(kindOfWord(word)).toBe(kind);
  });

  it.each(['kerudung', 'ya', 'rekap'])('%s names no kind', (word) => {
    expect(kindOfWord(word)).toBeNull();
  });
});
