/** The answer to "Jualan atau belanja?": a kind word with at most its fillers; a new record is not an answer. */
import { describe, expect, it } from 'vitest';
import { kindAnswer } from '../../../src/conversation/flows/books/kind-question.ts';

describe('kindAnswer', () => {
  it.each([
    ['jualan', 'sale'],
    ['1', 'sale'],
    ['Jualan bu', 'sale'],
    ['laku itu', 'sale'],
    ['belanja', 'expense'],
    ['2.', 'expense'],
    ['belanja itu ya', 'expense'],
  ])('%j names %s', (text, kind) => {
    expect(kindAnswer(text)).toBe(kind);
  });

  it.each(['beli benang 20rb', 'jualan 3 bros 45rb', 'laku 2', 'belanja kain', 'ya', 'rekap', ''])('%j is not an answer', (text) => {
    expect(kindAnswer(text)).toBeNull();
  });
});

describe('kindAnswer reads the parser\'s own words', () => {
  it.each([
    ['kulakan', 'expense'],
    ['pengeluaran ya bu', 'expense'],
    ['penjualan', 'sale'],
    ['sales', 'sale'],
    ['spent', 'expense'],
  ])('%j names %s', (text, kind) => {
    expect(kindAnswer(text)).toBe(kind);
  });
});
