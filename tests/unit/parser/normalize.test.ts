/**
 * The front of the pipeline: normalize.ts (bounds, Unicode, case, chat commands),
 * lexer.ts (tokens) and lexicon.ts (keywords, typos, elongation), and lines.ts (segments).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/parser/analyze.ts';
import { lex, T_NUM, T_PUNCT, T_WORD } from '../../../src/parser/lexer.ts';
import { lookupWord, squeeze } from '../../../src/parser/lexicon.ts';
import { splitSegments } from '../../../src/parser/lines.ts';
import { MAX_CHARS, prepare } from '../../../src/parser/normalize.ts';
import { F_SALE, F_SCALE } from '../../../src/parser/word-roles.ts';

describe('prepare', () => {
  it('lower-cases and folds full-width characters', () => {
    expect(prepare('LAKU １５ＲＢ').text).toBe('laku 15rb');
  });

  it('strips the slash and the @botname of a command, and reports the command', () => {
    expect(prepare('/rekap@dampingi_bot minggu')).toEqual({ text: 'rekap  minggu', truncated: false, command: 'rekap' });
    expect(prepare('/rekap_minggu')).toEqual({ text: 'rekap minggu ', truncated: false, command: 'rekap' });
    expect(prepare('  /Batal')).toEqual({ text: 'batal ', truncated: false, command: 'batal' });
    expect(prepare('/12 bros').command).toBe(null);
    expect(prepare('17/11 laku').command).toBe(null);
  });

  it('cuts text beyond MAX_CHARS, at a line break when there is one, and says so', () => {
    const long = `${'laku 5 bros @15rb\n'.repeat(200)}`;
    const p = prepare(long);
    expect(p.truncated).toBe(true);
    expect(p.text.length).toBeLessThanOrEqual(MAX_CHARS);
    expect(p.text.endsWith('@15rb')).toBe(true);
    expect(prepare('a'.repeat(MAX_CHARS)).truncated).toBe(false);
  });

  it('survives lone surrogates and non-strings', () => {
    expect(prepare('\uD800laku\uDC00').text).toBe('\uD800laku\uDC00');
    expect(prepare(undefined).text).toBe('');
    expect(prepare(42).text).toBe('');
  });
});

describe('lex', () => {
  const shape = (text: string) => lex(text).tokens.map((t) => [t.type, t.text, t.key, t.attached]);

  it('splits digits from letters and remembers they were glued', () => {
    expect(shape('15rb')).toEqual([[T_NUM, '15', '15', false], [T_WORD, 'rb', 'ribu', true]]);
    expect(shape('p12')).toEqual([[T_WORD, 'p', 'p', false], [T_NUM, '12', '12', true]]);
  });

  it('keeps separators inside numbers, and ",-" outside', () => {
    expect(shape('rp15.000,-')).toEqual([
      [T_WORD, 'rp', 'rp', false], [T_NUM, '15.000', '15.000', true], [T_PUNCT, ',', ',', true], [T_PUNCT, '-', '-', true],
    ]);
  });

  it('turns bullets into "-", emoji into spaces, and skips @mentions', () => {
    expect(shape('• kain 🎉50rb')).toEqual([
      [T_PUNCT, '-', '-', false], [T_WORD, 'kain', 'kain', false], [T_NUM, '50', '50', false], [T_WORD, 'rb', 'ribu', true],
    ]);
    expect(shape('@dampingi_bot laku').map((t) => t[1])).toEqual(['laku']);
  });

  it('merges two-word phrases and reduplication', () => {
    expect(shape('terima kasih').map((t) => t[2])).toEqual(['terima kasih']);
    expect(shape('hari ini').map((t) => t[2])).toEqual(['hari ini']);
    expect(shape('masing2').map((t) => t[2])).toEqual(['masing-masing']);
    expect(shape('20rb-an').map((t) => t[2])).toEqual(['20', 'ribu', 'an']);
  });

  it('bounds the number of tokens', () => {
    const lexed = lex('a '.repeat(5000));
    expect(lexed.tokens.length).toBe(600);
    expect(lexed.truncated).toBe(true);
  });
});

describe('lexicon', () => {
  it('absorbs elongations and common typos', () => {
    for (const w of ['laku', 'lakuu', 'lakuuu', 'lku', 'terjuall', 'terjual', 'jual', 'payu']) {
      expect(((lookupWord(w)?.flags ?? 0) & F_SALE) !== 0, w).toBe(true);
    }
    expect(lookupWord('bli')?.canon).toBe('beli');
    expect(lookupWord('kmrn')?.canon).toBe('kemarin');
    expect(lookupWord('kemaren')?.canon).toBe('kemarin');
    expect(lookupWord('rekappp')?.canon).toBe('rekap');
    expect(lookupWord('bros')).toBe(null);
  });

  it('never reads chat as a scale word ("kk" is not "k")', () => {
    expect(lookupWord('kk')).toBe(null);
    expect(((lookupWord('k')?.flags ?? 0) & F_SCALE) !== 0).toBe(true);
    expect(lookupWord('m')).toBe(null); // metre or million: neither
  });

  it('squeeze collapses runs of one letter', () => {
    expect(squeeze('lakuuu')).toBe('laku');
    expect(squeeze('bros')).toBe('bros');
  });
});

describe('splitSegments', () => {
  const segs = (text: string) => {
    const a = analyze(prepare(text).text, '2026-11-20', false);
    return splitSegments(a).segments.map((s) => a.tokens.slice(s.start, s.end).map((t) => t.text).join(' '));
  };

  it('splits on commas, "dan", "+", ";" and new lines, not inside numbers', () => {
    expect(segs('laku 5 bros @15rb, beli manik 20rb')).toEqual(['laku 5 bros @ 15 rb', 'beli manik 20 rb']);
    expect(segs('laku 1,5jt dan beli kain 50rb')).toEqual(['laku 1,5 jt', 'beli kain 50 rb']);
    expect(segs('a 5rb + b 6rb; c 7rb\nd 8rb')).toEqual(['a 5 rb', 'b 6 rb', 'c 7 rb', 'd 8 rb']);
  });

  it('merges a part without numbers into the next one on the same line', () => {
    expect(segs('laku bros dan kalung total 50rb')).toEqual(['laku bros dan kalung total 50 rb']);
    expect(segs('laku:\nbros 5rb')).toEqual(['laku', 'bros 5 rb']);
  });
});
