/**
 * Chat abbreviations (src/parser/abbreviations.ts): a word no part of the parser knows reads as
 * the one keyword it writes without vowels, and real words written in full stay themselves.
 */
import { describe, expect, it } from 'vitest';
// The whole parser first: its modules load in the order the lexicon needs (and every trigger word is registered).
import '../../../src/parser/index.ts';
import { buildAbbreviations } from '../../../src/parser/abbreviations.ts';
import { lookupWord } from '../../../src/parser/lexicon.ts';
import type { WordInfo } from '../../../src/parser/word-roles.ts';

const info = (canon: string, flags = 1, extra: Partial<WordInfo> = {}): WordInfo => ({ canon, flags, flags2: 0, ...extra });

describe('buildAbbreviations', () => {
  const table: [string, WordInfo][] = [
    ['besok', info('besok', 4, { relDays: 1 })],
    ['bisuak', info('bisuak', 4, { relDays: 1 })],
    ['belanja', info('belanja', 2, { kind: 'expense' })],
    ['blonjo', info('blonjo', 2, { kind: 'expense' })],
    ['beras', info('beras', 8)],
    ['parkir', info('parkir', 2)],
    ['perekor', info('perekor', 0, { flags2: 128 })],
    ['tiap', info('tiap', 0, { flags2: 128 })],
  ];
  const abbreviation = buildAbbreviations(table);

  it('reads a keyword written without its vowels', () => {
    expect(abbreviation('bsk')?.canon).toBe('besok');
    expect(abbreviation('bsok')?.canon).toBe('besok');
  });

  it('takes any spelling when every candidate plays the same roles, and none when they differ', () => {
    expect(abbreviation('blnj')?.kind).toBe('expense');
    expect(abbreviation('prkr')).toBeNull();
  });

  it('leaves real words alone: other vowels, too few gone, or written in full syllables', () => {
    expect(abbreviation('bros')).toBeNull();
    expect(abbreviation('tip')).toBeNull();
    expect(abbreviation('beras')).toBeNull();
  });
});

describe('the lexicon with abbreviations', () => {
  it.each([
    ['bsk', 'besok'], ['rmh', 'rumah'], ['sklh', 'sekolah'], ['jjn', 'jajan'], ['mkn', 'makan'], ['ambl', 'ambil'],
    ['untg', 'untung'], ['blnj', 'belanja'], ['plstk', 'plastik'], ['lstrk', 'listrik'], ['trm', 'terima'],
  ])('%s reads as %s', (word, canon) => {
    expect(lookupWord(word)?.canon).toBe(canon);
  });

  it.each(['baju', 'sumi', 'meli', 'tip', 'spa', 'cek', 'sing', 'bros', 'kripik', 'thr', 'skt', 'tkng', 'kls', 'kds'])('%s stays itself', (word) => {
    expect(lookupWord(word)).toBeNull();
  });
});
