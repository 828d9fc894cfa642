/**
 * Properties (fast-check):
 *  1. any amount written in any supported style, after "laku"/"beli", parses back to itself;
 *  2. arbitrary text — any Unicode, lone surrogates, control characters, very long — never
 *     throws and always gives a valid ParseResult (dates never after today);
 *  3. text with no money cue (everyday words, times, dates, phone numbers, percentages,
 *     ordinals, head-counts) never becomes a record;
 *  4. the parser is deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../src/parser/index.ts';
import { lookupWord } from '../../../src/parser/lexicon.ts';
import { lex, MAX_TOKENS } from '../../../src/parser/lexer.ts';
import { MAX_CHARS, prepare } from '../../../src/parser/normalize.ts';
import {
  F_CUR_PRE, F_EXPENSE, F_NUMWORD, F_REPAY, F_SALE, F_SCALE, F_SLANG, G_HALF, G_SE_SCALE,
} from '../../../src/parser/word-roles.ts';
import { assertValidResult, TODAY } from './helpers.ts';

// ---- formatting amounts in every style ---------------------------------------------------

function groups(v: number, sep: string): string {
  return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

function below1000(n: number): string[] {
  const out: string[] = [];
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (h === 1) out.push('seratus');
  else if (h > 1) out.push(UNITS[h] as string, 'ratus');
  if (r === 10) out.push('sepuluh');
  else if (r === 11) out.push('sebelas');
  else if (r >= 12 && r <= 19) out.push(UNITS[r - 10] as string, 'belas');
  else if (r >= 20) {
    out.push(UNITS[Math.floor(r / 10)] as string, 'puluh');
    if (r % 10 !== 0) out.push(UNITS[r % 10] as string);
  } else if (r > 0) out.push(UNITS[r] as string);
  return out;
}

/** Indonesian number words for 1 … 10^10 ("satu juta dua ratus lima puluh ribu"). */
export function toWords(v: number, se: boolean): string {
  const out: string[] = [];
  const scales: [number, string][] = [[1e9, 'miliar'], [1e6, 'juta'], [1e3, 'ribu']];
  let rest = v;
  for (const [scale, word] of scales) {
    const g = Math.floor(rest / scale);
    rest -= g * scale;
    if (g === 0) continue;
    if (g === 1 && scale === 1e3) out.push('seribu');
    else if (g === 1 && scale === 1e6 && se) out.push('sejuta');
    else out.push(...below1000(g), word);
  }
  if (rest > 0) out.push(...below1000(rest));
  return out.join(' ');
}

function decimal(v: number, unit: number, mark: string): string | null {
  const whole = Math.floor(v / unit);
  const frac = v - whole * unit;
  if (frac === 0) return String(whole);
  // Only one or two decimals: three digits after a separator would be thousands grouping.
  const digits = String(frac).padStart(String(unit).length - 1, '0').replace(/0+$/, '');
  if (digits.length > 2) return null;
  return `${whole}${mark}${digits}`;
}

interface Style {
  name: string;
  values: fc.Arbitrary<number>;
  format: (v: number) => string;
}

const anyAmount = fc.oneof(
  fc.integer({ min: 1, max: 10_000_000_000 }),
  fc.integer({ min: 1, max: 999_999 }),
  fc.integer({ min: 1, max: 10_000_000 }).map((x) => x * 1000),
  fc.integer({ min: 1, max: 10_000 }).map((x) => x * 1_000_000),
);
const thousands = fc.oneof(
  fc.integer({ min: 1, max: 10_000_000 }).map((x) => x * 1000),
  fc.integer({ min: 1, max: 999 }).map((x) => x * 1000),
);
const millions = fc.integer({ min: 1, max: 10_000 }).map((x) => x * 1_000_000);
const compound = fc.tuple(fc.integer({ min: 1, max: 9_999 }), fc.integer({ min: 1, max: 999 }))
  .map(([jt, rb]) => jt * 1_000_000 + rb * 1000);
const tenthsOfMillion = fc.integer({ min: 1, max: 99_999 }).map((x) => x * 10_000)
  .filter((v) => decimal(v, 1e6, ',') !== null);
const tensOfRupiah = fc.integer({ min: 1, max: 9_999_999 }).map((x) => x * 10)
  .filter((v) => decimal(v, 1e3, ',') !== null);

const STYLES: Style[] = [
  { name: 'plain digits', values: anyAmount, format: (v) => String(v) },
  { name: 'Indonesian dots', values: anyAmount, format: (v) => groups(v, '.') },
  { name: 'English commas', values: anyAmount, format: (v) => groups(v, ',') },
  { name: 'Rp 15.000', values: anyAmount, format: (v) => `Rp ${groups(v, '.')}` },
  { name: 'Rp15.000,-', values: anyAmount, format: (v) => `Rp${groups(v, '.')},-` },
  { name: 'Rp. 15.000', values: anyAmount, format: (v) => `Rp. ${groups(v, '.')}` },
  { name: 'Rp 15.000,00', values: anyAmount, format: (v) => `Rp ${groups(v, '.')},00` },
  { name: '15.000,-', values: anyAmount, format: (v) => `${groups(v, '.')},-` },
  { name: 'IDR 15000', values: anyAmount, format: (v) => `IDR ${v}` },
  { name: '15rb', values: thousands, format: (v) => `${v / 1000}rb` },
  { name: '15 ribu', values: thousands, format: (v) => `${v / 1000} ribu` },
  { name: '15 rebu', values: thousands, format: (v) => `${v / 1000} rebu` },
  { name: '15k', values: thousands, format: (v) => `${v / 1000}k` },
  { name: '15K', values: thousands, format: (v) => `${v / 1000}K` },
  { name: '2jt', values: millions, format: (v) => `${v / 1e6}jt` },
  { name: '2 juta', values: millions, format: (v) => `${v / 1e6} juta` },
  { name: '2jt 500rb', values: compound, format: (v) => `${Math.floor(v / 1e6)}jt ${(v % 1e6) / 1000}rb` },
  { name: '2 juta 500 ribu', values: compound, format: (v) => `${Math.floor(v / 1e6)} juta ${(v % 1e6) / 1000} ribu` },
  { name: '1jt250', values: compound, format: (v) => `${Math.floor(v / 1e6)}jt${String((v % 1e6) / 1000).padStart(3, '0')}` },
  { name: '1,5jt', values: tenthsOfMillion, format: (v) => `${decimal(v, 1e6, ',')}jt` },
  { name: '1.5 juta', values: tenthsOfMillion, format: (v) => `${decimal(v, 1e6, '.')} juta` },
  { name: '12,5rb', values: tensOfRupiah, format: (v) => `${decimal(v, 1e3, ',')}rb` },
  { name: 'Rp 2.500rb', values: thousands, format: (v) => `Rp ${groups(v / 1000, '.')}rb` },
  { name: 'number words', values: anyAmount, format: (v) => toWords(v, false) },
  { name: 'number words with sejuta', values: anyAmount, format: (v) => toWords(v, true) },
];

describe('amounts written in every style parse back to themselves', () => {
  it('formats the examples of PARSING.md as expected (the generators themselves)', () => {
    expect(toWords(50_000, false)).toBe('lima puluh ribu');
    expect(toWords(120_000, false)).toBe('seratus dua puluh ribu');
    expect(toWords(1_000_000, true)).toBe('sejuta');
    expect(toWords(2_011_015, false)).toBe('dua juta sebelas ribu lima belas');
    expect(decimal(1_500_000, 1e6, ',')).toBe('1,5');
    expect(decimal(1_250_000, 1e6, ',')).toBe('1,25');
    expect(decimal(1_255_000, 1e6, ',')).toBe(null);
    expect(groups(1_250_000, '.')).toBe('1.250.000');
  });

  for (const style of STYLES) {
    it(style.name, () => {
      fc.assert(
        fc.property(style.values, fc.constantFrom('laku', 'beli'), (v, verb) => {
          const text = `${verb} ${style.format(v)}`;
          const r = parseMessage(text, { today: TODAY });
          expect(r.intent, text).toBe('record');
          if (r.intent !== 'record') return;
          expect(r.entries.map((e) => [e.kind, e.amount]), text).toEqual([[verb === 'laku' ? 'sale' : 'expense', v]]);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('quantity × unit price: "laku N bros @P" is N × P with both fields kept', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 100_000 }), (n, p) => {
        const r = parseMessage(`laku ${n} bros @${p}rb`, { today: TODAY });
        expect(r).toMatchObject({ intent: 'record', entries: [{ kind: 'sale', amount: n * p * 1000, item: 'bros', quantity: n, unitPrice: p * 1000 }] });
      }),
      { numRuns: 300 },
    );
  });
});

// ---- arbitrary text ----------------------------------------------------------------------

const loneSurrogates = fc.array(fc.integer({ min: 0xd800, max: 0xdfff }), { maxLength: 20 })
  .map((cs) => String.fromCharCode(...cs));
const controls = fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 40 }).map((cs) => String.fromCharCode(...cs));
const pieces = ['laku', 'beli', 'bayar', 'cicilan', '15rb', 'rp', '1.500', '1,5', 'jt', 'juta', '@', 'x', '/', ',', '-', '+',
  'dan', '\n', 'tgl', '17/11', '29/02', 'jam', '10.30', 'kemarin', 'minat', 'p12', 'aset', 'karyawan', 'omset', 'rekap',
  'batal', '?', 'setengah', 'seratus', 'goceng', '0813', '+62', '%', 'ke', 'total', 'harga', 'per', 'bungkus', '12,5rb',
  '1jt250', 'minggu', 'hari ini', ':', 'sejuta', '2x', 'k', 'at', 'each', 'for', 'ratus', 'belas', '99999999999999999',
  '0', '00', '1/2', 'kg', '🎉', '\u0000', '\uD83D', 'İ', 'ﷺ', '１５', 'rb-an', '=', '#'];
const tokenSoup = fc.array(fc.constantFrom(...pieces), { maxLength: 40 });

describe('arbitrary text never breaks the parser', () => {
  const check = (text: string, today = TODAY): void => {
    const r = parseMessage(text, { today });
    assertValidResult(r, today);
  };

  it('any Unicode string (graphemes, full code points, binary)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          fc.string({ unit: 'grapheme-composite', maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: 'binary-ascii', maxLength: 200 }),
          // Any code point at all, surrogate halves included (what fullUnicodeString was, and more).
          fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 200 }).map((cps) => String.fromCodePoint(...cps)),
        ),
        (s) => check(s),
      ),
      { numRuns: 2000 },
    );
  });

  it('lone surrogates and control characters, alone and mixed with words', () => {
    fc.assert(
      fc.property(loneSurrogates, controls, tokenSoup, (a, b, soup) => {
        check(a);
        check(b);
        check(`${a}laku${b}15rb${a}`);
        check(soup.join(a || ' '));
      }),
      { numRuns: 1000 },
    );
  });

  it('token soup, with and without spaces, on random days', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(tokenSoup, fc.boolean(), day, (soup, spaced, today) => check(soup.join(spaced ? ' ' : ''), today)),
      { numRuns: 3000 },
    );
  });

  // Bounded by construction, not by a stopwatch (a timed assertion fails on a busy machine and
  // proves nothing on a quiet one): prepare() cuts the text to MAX_CHARS and the lexer stops at
  // MAX_TOKENS, so every later pass sees a bounded input. `npm run bench -- --only parser`
  // measures the time.
  it('very long texts are bounded: cut before the lexer, at most MAX_TOKENS tokens, flagged', () => {
    const long = [
      'laku 5 bros @15rb, '.repeat(5000),
      '9'.repeat(100_000),
      '1.'.repeat(50_000),
      '🎉'.repeat(50_000),
      'a'.repeat(100_000),
      '\n'.repeat(100_000) + 'laku 5rb',
      'lima puluh ribu '.repeat(10_000),
    ];
    for (const text of long) {
      const prepared = prepare(text);
      expect(prepared.truncated).toBe(true);
      expect(prepared.text.length).toBeLessThanOrEqual(MAX_CHARS);
      expect(lex(prepared.text).tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
      assertValidResult(parseMessage(text, { today: TODAY }), TODAY);
    }
    const r = parseMessage('laku 5 bros @15rb, '.repeat(5000), { today: TODAY });
    expect(r.intent).toBe('record');
    expect(r.confidence).toBeLessThan(0.8);
    expect(r.notes).toContain('truncated');
  });
});

// ---- no money cue → never a record -------------------------------------------------------

/** Everyday words; any that the lexicon knows as a verb, number or money word are dropped. */
const CHAT_WORDS = ['selamat', 'pagi', 'siang', 'bu', 'ibu', 'besok', 'kumpul', 'di', 'rumah', 'anak', 'saya', 'sakit',
  'pertemuan', 'kelompok', 'arisan', 'pameran', 'wisuda', 'semua', 'hujan', 'pasar', 'ya', 'terima kasih', 'alhamdulillah',
  'jangan', 'lupa', 'hadir', 'bros', 'kerudung', 'keripik', 'mukena', 'bakso', 'besek', 'ayam', 'telur', 'kambing',
  'balai', 'desa', 'rapat', 'datang', 'sudah', 'belum', 'nanti', 'kabar', 'sehat', 'mohon', 'maaf', 'info', 'grup',
  'ketua', 'bendahara', 'wa', 'nomor', 'hp', 'ok', 'siap', 'mantap', 'hebat', 'sabar', 'doa', 'bersama', 'acara'];
const SAFE_WORDS = CHAT_WORDS.filter((w) => {
  const info = lookupWord(w);
  const bad = F_SALE | F_EXPENSE | F_NUMWORD | F_SCALE | F_SLANG | F_CUR_PRE | F_REPAY;
  return !info || ((info.flags & bad) === 0 && (info.flags2 & (G_HALF | G_SE_SCALE)) === 0);
});

const d = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max });
const digitsOf = (n: number): fc.Arbitrary<string> => fc.array(d(0, 9), { minLength: n, maxLength: n }).map((a) => a.join(''));
const nonMoney = fc.oneof(
  // times
  fc.tuple(d(0, 23), d(0, 59)).map(([h, m]) => `jam ${h}.${String(m).padStart(2, '0')}`),
  fc.tuple(d(0, 23), d(0, 59)).map(([h, m]) => `${h}.${String(m).padStart(2, '0')}`),
  fc.tuple(d(0, 23), d(0, 59)).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`),
  d(1, 12).map((h) => `pukul ${h}`),
  d(1, 11).map((h) => `jam ${h} pagi`),
  // dates
  fc.tuple(d(1, 28), d(1, 12)).map(([a, b]) => `${a}/${b}`),
  fc.tuple(d(1, 28), d(1, 12), d(2000, 2030)).map(([a, b, y]) => `${a}/${b}/${y}`),
  d(1, 31).map((x) => `tgl ${x}`),
  d(1, 31).map((x) => `tanggal ${x}`),
  fc.tuple(d(1, 28), fc.constantFrom('jan', 'feb', 'mei', 'agustus', 'nov', 'des')).map(([a, m]) => `${a} ${m}`),
  // phone numbers
  fc.tuple(digitsOf(2), digitsOf(4), digitsOf(4)).map(([a, b, c]) => `08${a} ${b} ${c}`),
  fc.tuple(digitsOf(2), digitsOf(4), digitsOf(4)).map(([a, b, c]) => `08${a}-${b}-${c}`),
  fc.tuple(digitsOf(9)).map(([a]) => `081${a}`),
  fc.tuple(digitsOf(3), digitsOf(4), digitsOf(4)).map(([a, b, c]) => `+62 8${a.slice(1)} ${b} ${c}`),
  fc.tuple(digitsOf(2), digitsOf(4), digitsOf(4)).map(([a, b, c]) => `+62 8${a}-${b}-${c}`),
  // percentages
  d(0, 100).map((x) => `${x}%`),
  d(0, 100).map((x) => `DP ${x}%`),
  d(0, 100).map((x) => `${x} persen`),
  // ordinals
  d(1, 60).map((x) => `ke ${x}`),
  d(1, 60).map((x) => `ke-${x}`),
  d(1, 60).map((x) => `angsuran ke ${x}`),
  d(1, 99).map((x) => `no. ${x}`),
  // head-counts and durations
  d(1, 500).map((x) => `${x} orang`),
  d(1, 500).map((x) => `${x} anggota`),
  d(1, 500).map((x) => `${x} peserta`),
  d(1, 30).map((x) => `${x} hari`),
  d(1, 12).map((x) => `${x} bulan`),
  d(2000, 2030).map((x) => `tahun ${x}`),
);

describe('text without a money cue never becomes a record', () => {
  it('the word pool is non-trivial', () => {
    expect(SAFE_WORDS.length).toBeGreaterThan(40);
  });

  it('everyday words mixed with times, dates, phones, percentages, ordinals and head-counts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...SAFE_WORDS), nonMoney), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(' ', ', ', '\n'), (parts, sep) => {
          const text = parts.join(sep);
          const r = parseMessage(text, { today: TODAY });
          assertValidResult(r, TODAY);
          expect(r.intent, text).not.toBe('record');
          expect(r.intent, text).not.toBe('repayment');
        }),
      { numRuns: 3000 },
    );
  });
});

describe('determinism', () => {
  it('the same input gives the same output', () => {
    fc.assert(
      fc.property(tokenSoup, (soup) => {
        const text = soup.join(' ');
        expect(parseMessage(text, { today: TODAY })).toEqual(parseMessage(text, { today: TODAY }));
      }),
      { numRuns: 500 },
    );
  });
});
