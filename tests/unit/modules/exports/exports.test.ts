/** The pure parts of exports: dates as facilitators write them, the command's words, ranges, file names. */
import { describe, expect, it } from 'vitest';
import { matchCommand } from '../../../../src/conversation/commands.ts';
import { readExportArgs } from '../../../../src/conversation/flows/exports.ts';
import { DomainError } from '../../../../src/core/errors.ts';
import { checkRange, exportFileName, MAX_EXPORT_DAYS, parseExportDate } from '../../../../src/modules/exports/exports.ts';

describe('export dates', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['30/11/2026', '2026-11-30'],
    ['1/2/2027', '2027-02-01'],
    ['01-02-2027', '2027-02-01'],
    ['29/02/2028', '2028-02-29'],
    ['29/02/2027', null],
    ['2026-13-01', null],
    ['31/04/2026', null],
    ['11/30/2026', null],
    ['2026/11/30', null],
    ['30/11', null],
    ['kemarin', null],
  ])('%s → %s', (raw, expected) => {
    expect(parseExportDate(raw)).toBe(expected);
  });

  it('accepts a range of up to two years, start first', () => {
    expect(checkRange({ from: '2026-01-01', to: '2026-12-31' })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(checkRange({ from: '2026-11-30', to: '2026-11-30' })).toEqual({ from: '2026-11-30', to: '2026-11-30' });
    expect(() => checkRange({ from: '2026-12-01', to: '2026-11-30' })).toThrow(DomainError);
    expect(() => checkRange({ from: '2025-01-01', to: '2027-01-03' })).toThrow(/at most 732 days/);
    expect(MAX_EXPORT_DAYS).toBe(732);
  });

  it('names files with the group in plain letters and the range', () => {
    expect(exportFileName('Melati Jaya', { from: '2026-11-01', to: '2026-11-30' }, 'xlsx')).toBe('ekspor-melati-jaya-2026-11-01-2026-11-30.xlsx');
    expect(exportFileName('Kelompok "Sari/Rasa" Ñam', { from: '2026-11-01', to: '2026-11-30' }, 'csv')).toBe('ekspor-kelompok-sari-rasa-nam-2026-11-01-2026-11-30.csv');
    expect(exportFileName('🌸', { from: '2026-11-01', to: '2026-11-30' }, 'csv')).toBe('ekspor-kelompok-2026-11-01-2026-11-30.csv');
  });
});

describe('"/ekspor" words', () => {
  it.each([
    ['', { group: null, dates: [], badDate: null }],
    ['Melati', { group: 'Melati', dates: [], badDate: null }],
    ['Melati Jaya 2026-11-01 2026-11-30', { group: 'Melati Jaya', dates: ['2026-11-01', '2026-11-30'], badDate: null }],
    ['01/11/2026 30/11/2026', { group: null, dates: ['2026-11-01', '2026-11-30'], badDate: null }],
    ['01/11/2026 sampai 30/11/2026', { group: null, dates: ['2026-11-01', '2026-11-30'], badDate: null }],
    ['#12 2026-11-01', { group: '#12', dates: ['2026-11-01'], badDate: null }],
    ['Melati 31/02/2026', { group: null, dates: [], badDate: '31/02/2026' }],
  ])('"%s"', (args, expected) => {
    expect(readExportArgs(args)).toEqual(expected);
  });

  it('is a command with or without the bot name', () => {
    expect(matchCommand('/ekspor Melati 01/11/2026 30/11/2026')).toEqual({ name: 'export', args: 'Melati 01/11/2026 30/11/2026' });
    expect(matchCommand('/ekspor@dampingi_bot')).toEqual({ name: 'export', args: '' });
    expect(matchCommand('/export')).toEqual({ name: 'export', args: '' });
  });
});
