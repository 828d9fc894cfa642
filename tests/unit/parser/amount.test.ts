/**
 * Money expressions (amount.ts, numeral.ts, number-words.ts): every form in PARSING.md,
 * read through `parseAmount` (one amount, nothing else), and the forms that must NOT be
 * read as money.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/parser/analyze.ts';
import { S_GROUPED, S_MONEY, S_PLAIN } from '../../../src/parser/amount.ts';
import { parseAmount } from '../../../src/parser/index.ts';
import { readNumeral } from '../../../src/parser/numeral.ts';
import { prepare } from '../../../src/parser/normalize.ts';

function nums(text: string) {
  const p = prepare(text);
  return analyze(p.text, '2026-11-20', false).nums;
}

describe('readNumeral: the 3-digit rule', () => {
  const cases: [string, number, number, boolean][] = [
    // text, mantissa, decimals, grouped
    ['15', 15, 0, false],
    ['15.000', 15000, 0, true],
    ['15,000', 15000, 0, true],
    ['1.250.000', 1250000, 0, true],
    ['1,250,000', 1250000, 0, true],
    ['2.500', 2500, 0, true],
    ['1,5', 15, 1, false],
    ['1.5', 15, 1, false],
    ['12,50', 125, 1, false],
    ['0,5', 5, 1, false],
    ['10.30', 103, 1, false],
    ['1.250.000,50', 12500005, 1, true],
    ['1,250,000.50', 12500005, 1, true],
    ['15.000,00', 15000, 0, true],
    ['12345,5', 123455, 1, false],
    ['0,500', 5, 1, false],
  ];
  for (const [text, m, s, grouped] of cases) {
    it(`${text} → ${m}/10^${s}`, () => {
      const n = readNumeral(text);
      expect({ ok: n.ok, m: n.value.m, s: n.value.s, grouped: n.grouped }).toEqual({ ok: true, m, s, grouped });
    });
  }
  for (const text of ['1.2.3', '1.250,500', '1,250.000', '1234.567', '1.25.000', '1.250.000.5', '1234567890123456']) {
    it(`${text} is malformed or too long`, () => {
      expect(readNumeral(text).ok).toBe(false);
    });
  }
});

describe('parseAmount: every form in PARSING.md', () => {
  const cases: [string, number][] = [
    ['15rb', 15_000], ['15 rb', 15_000], ['15ribu', 15_000], ['15 ribu', 15_000], ['15 rebu', 15_000],
    ['15k', 15_000], ['15K', 15_000], ['15 K', 15_000], ['2jt', 2_000_000], ['2 jt', 2_000_000],
    ['2 juta', 2_000_000], ['2jt 500rb', 2_500_000], ['2jt500rb', 2_500_000], ['1jt250', 1_250_000],
    ['1jt050', 1_050_000], ['15rb500', 15_500], ['2 juta 500 ribu', 2_500_000], ['1 juta 250 ribu', 1_250_000],
    ['15.000', 15_000], ['15,000', 15_000], ['1.250.000', 1_250_000], ['1,250,000', 1_250_000],
    ['Rp 1.250.000', 1_250_000], ['Rp1.250.000', 1_250_000], ['Rp. 1.250.000', 1_250_000], ['Rp.1.250.000', 1_250_000],
    ['rp 15000', 15_000], ['IDR 15000', 15_000], ['IDR15.000', 15_000], ['15.000,-', 15_000], ['Rp15.000,-', 15_000],
    ['Rp 15.000,00', 15_000], ['Rp 15.000 ,-', 15_000], ['12,5rb', 12_500], ['7,5rb', 7_500], ['12.5rb', 12_500],
    ['1,5jt', 1_500_000], ['1.5jt', 1_500_000], ['1,25jt', 1_250_000], ['1,5 juta', 1_500_000], ['0,5jt', 500_000],
    ['2.500rb', 2_500_000], ['1,500jt', 1_500_000_000], ['1,50jt', 1_500_000], ['0,500jt', 500_000], ['0,001rb', 1],
    ['lima puluh ribu', 50_000], ['seratus dua puluh ribu', 120_000], ['sejuta', 1_000_000],
    ['satu setengah juta', 1_500_000], ['setengah juta', 500_000], ['tiga puluh ribu', 30_000],
    ['seribu', 1_000], ['dua ribu lima ratus', 2_500], ['dua ratus lima puluh ribu', 250_000],
    ['sebelas ribu', 11_000], ['dua belas ribu', 12_000], ['sepuluh juta', 10_000_000], ['5 ratus ribu', 500_000],
    ['sejuta setengah', 1_500_000], ['dua setengah juta', 2_500_000], ['satu juta dua ratus ribu', 1_200_000],
    ['seceng', 1_000], ['goceng', 5_000], ['ceban', 10_000], ['goban', 50_000], ['noban', 20_000], ['gopek', 500],
    ['cepek', 100], ['2 goceng', 10_000], ['3 ceban', 30_000],
    ['15 ribu rupiah', 15_000], ['5rb perak', 5_000], ['20rb-an', 20_000], ['20.000an', 20_000],
    ['fifty thousand', 50_000], ['two million', 2_000_000], ['15 thousand', 15_000], ['1.5 million', 1_500_000],
    ['one hundred and twenty thousand', 120_000], ['１５ＲＢ', 15_000], ['15000', 15_000], ['500', 500],
    ['Rp 5', 5], ['LIMA PULUH RIBU', 50_000], ['limaaa puluh ribuu', 50_000],
  ];
  for (const [text, value] of cases) {
    it(`${JSON.stringify(text)} = ${value}`, () => {
      expect(parseAmount(text)).toBe(value);
    });
  }
});

describe('parseAmount: not amounts', () => {
  const cases: string[] = [
    // times
    'jam 10.30', '10.30', '14.00', '10:30', 'pukul 9', 'jam 7 pagi', '19.00 WIB',
    // dates
    '12/12', '17/11/2026', 'tgl 5', 'tanggal 17', '17 nov', '2026-11-18', '3 hari lalu',
    // phone numbers
    '0813 1122 3344', '081311223344', '0813-1122-3344', '+62 812-3456-7890', '+6281234567890', '62 812 3456 7890',
    // percentages, ordinals, counts, durations, years
    '50%', 'DP 50%', '50 persen', '2,5%', 'ke 4', 'ke-3', 'angsuran ke 4', 'no. 5', 'nomor 12', '#3',
    '5 orang', '2 minggu', '3 hari', '3x', 'tahun 2026',
    // fractions of a rupiah, absurd, malformed
    '1,2345rb', 'Rp 12,50', '1,5', '0,0001rb', '2.000.000.000.000', '99999999999999999999', '1.2.3', '0', 'Rp 0',
    // not one amount
    '15rb 20rb', '', 'rb', 'juta', 'rp', 'laku', 'bros', 'setengah', 'minggu ini',
  ];
  for (const text of cases) {
    it(`${JSON.stringify(text)} → null`, () => {
      expect(parseAmount(text)).toBe(null);
    });
  }
});

describe('money strength and ambiguity', () => {
  const strength: [string, number][] = [
    ['15000', S_PLAIN], ['dua puluh', S_PLAIN], ['15.000', S_GROUPED], ['15,000', S_GROUPED], ['Rp 15000', S_MONEY],
    ['15rb', S_MONEY], ['15.000,-', S_MONEY], ['lima ribu', S_MONEY], ['goceng', S_MONEY], ['15000 rupiah', S_MONEY],
  ];
  for (const [text, s] of strength) {
    it(`${text} has strength ${s}`, () => {
      const n = nums(text);
      expect(n.map((e) => e.strength)).toEqual([s]);
    });
  }

  it('a single glued digit or a bare number after "juta" is read, but flagged ambiguous', () => {
    expect(nums('1jt5').map((e) => [e.rupiah, e.ambiguous])).toEqual([[1_500_000, true]]);
    expect(nums('2rb5').map((e) => [e.rupiah, e.ambiguous])).toEqual([[2_500, true]]);
    // Spoken hundreds after juta are thousands of it, as "2jt 300" is written.
    expect(nums('sejuta dua ratus').map((e) => [e.rupiah, e.ambiguous])).toEqual([[1_200_000, false]]);
    expect(nums('sejuta lima').map((e) => [e.rupiah, e.ambiguous])).toEqual([[1_000_005, true]]);
    expect(nums('1jt250').map((e) => [e.rupiah, e.ambiguous])).toEqual([[1_250_000, false]]);
  });

  it('two glued digits after a scale are not joined ("2jt50")', () => {
    expect(nums('2jt50').map((e) => e.rupiah)).toEqual([2_000_000, 50]);
  });

  it('three spaced digits after juta continue it ("2jt 300"); after ribu too, but asked ("15rb 500")', () => {
    expect(nums('2jt 300').map((e) => [e.rupiah, e.ambiguous])).toEqual([[2_300_000, false]]);
    expect(nums('1 juta 250 laku').map((e) => [e.rupiah, e.ambiguous])).toEqual([[1_250_000, false]]);
    expect(nums('15rb 500').map((e) => [e.rupiah, e.ambiguous])).toEqual([[15_500, true]]);
  });

  it('a spaced number that counts something, or is not three digits, stays separate', () => {
    expect(nums('5rb 300 bungkus').map((e) => e.rupiah)).toEqual([5_000, 300]);
    expect(nums('2jt 300 kue').map((e) => e.rupiah)).toEqual([2_000_000, 300]);
    expect(nums('5rb 3').map((e) => e.rupiah)).toEqual([5_000, 3]);
    expect(nums('2jt 50').map((e) => e.rupiah)).toEqual([2_000_000, 50]);
  });

  it('a fraction of a rupiah is reported as such, never rounded', () => {
    expect(nums('1,2345rb').map((e) => [e.rupiah, e.problem])).toEqual([[null, 'fraction']]);
    expect(nums('Rp 12,50').map((e) => [e.rupiah, e.problem])).toEqual([[null, 'fraction']]);
  });

  it('values above 10^12 are absurd', () => {
    expect(nums('1.000.000.000.000').map((e) => e.rupiah)).toEqual([1_000_000_000_000]);
    expect(nums('1.000.000.000.001').map((e) => [e.rupiah, e.problem])).toEqual([[null, 'absurd']]);
    expect(nums('5000 miliar').map((e) => [e.rupiah, e.problem])).toEqual([[null, 'absurd']]);
  });

  it('exact decimal arithmetic: 1,15jt is 1.150.000, not 1.149.999', () => {
    expect(parseAmount('1,15jt')).toBe(1_150_000);
    expect(parseAmount('4,35jt')).toBe(4_350_000);
    expect(parseAmount('0,07jt')).toBe(70_000);
    expect(parseAmount('2,55rb')).toBe(2_550);
  });
});
