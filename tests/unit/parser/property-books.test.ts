/**
 * Properties of the book-keeping intents (orders, payments, corrections, prices…) (fast-check), in the style of property.test.ts:
 *  1. any soup of the new words (orders, credit, corrections, withdrawals, capital, lists,
 *     "/harga", "/catat"…) with numbers, dates and junk never throws and always gives a valid
 *     result: every amount a positive integer of rupiah, due dates never before today, record
 *     dates never after it, items lower-cased;
 *  2. generated messages of each new kind parse back to what was written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/dates.ts';
import { CONFIDENT, parseMessage } from '../../../src/parser/index.ts';
import { lookupWord } from '../../../src/parser/lexicon.ts';
import { assertValidResult, TODAY } from './helpers.ts';

const PIECES = ['ambil', 'pakai', 'pake', 'prive', 'tambah modal', 'setor modal', 'modal dari', 'modal usaha', 'pesanan',
  'order', 'pesan', 'dp', 'DP', 'uang muka', 'panjar', 'selesai', 'diambil', 'deadline', 'besok', 'minggu depan', '15 des',
  'tgl 5', 'sabtu', '3 hari lagi', 'lunas', 'bayar', 'byr', 'sisa', 'pelunasan', 'hutang', 'bon', 'dihutang', 'ngutang',
  'belum bayar', 'bayarnya nanti', 'Bu', 'bu', 'Tin', 'pak', 'joko', 'mbak', 'ralat', 'koreksi', 'harusnya', 'bukan', 'tapi',
  'salah', 'eh', 'hapus', 'no', 'nomor', 'catat', 'catatkan', 'untuk', 'Ani', ':', '@ani', '/catat', '/harga', '/hapus',
  '/pesanan', '/piutang', '/catatan', '/ralat', 'harga', 'per', 'kg', '/', 'catatan', 'daftar', 'lihat', 'siapa', 'yang',
  '270rb', '85rb', '@', '10', '12', '3', '99', '100', '50%', '-5rb', '0', '0rb', '1,5rb', '12,5', '99999999999999rb',
  'laku', 'beli', 'kerudung', 'bros', 'dapur', 'sekolah', 'anak', ',', '\n', '?', 'jadi', 'dari', 'kemarin', '🎉', '\u0000',
  '\uD83D', 'İ', '１５'];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 });
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Names that the lexicon does not know (a keyword is not a name). */
const NAMES = ['Tin', 'Sri', 'Ani', 'Rina', 'Joko', 'Wati', 'Siti', 'Yanti', 'Lastri', 'Murni', 'Darmi', 'Sumi'];
const TITLES = ['Bu', 'bu', 'Pak', 'pak', 'Mbak', 'mbak', 'Ibu'];
const name = fc.constantFrom(...NAMES);
const title = fc.constantFrom(...TITLES);
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
const MONTHS: [string, number][] = [['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['mei', 5], ['jun', 6], ['jul', 7],
  ['agustus', 8], ['sep', 9], ['okt', 10], ['nov', 11], ['des', 12]];

describe('book-keeping words never break the parser', () => {
  it('the name pool is made of non-keywords', () => {
    for (const n of NAMES) expect(lookupWord(n.toLowerCase()), n).toBeNull();
  });

  it('soup of order, credit, correction, withdrawal, capital and list words, on random days', () => {
    fc.assert(
      fc.property(soup, fc.constantFrom(' ', '', ', '), day, (parts, sep, today) => {
        const r = parseMessage(parts.join(sep), { today });
        assertValidResult(r, today);
      }),
      { numRuns: 3000 },
    );
  });

  it('amounts of every new intent are positive integers (or null), never zero or fractions', () => {
    const amount = fc.oneof(fc.integer({ min: -5, max: 2_000_000 }).map(String), fc.constantFrom('0', '0,5', '1,25', '12,5rb', '0rb'));
    fc.assert(
      fc.property(amount, amount, name, (x, y, n) => {
        for (const text of [`ralat ${x}`, `bukan ${x} tapi ${y}`, `Bu ${n} bayar ${x}`, `pesanan 2 bros @${x} dari Bu ${n} dp ${y}`,
          `/harga bros ${x}`, `ambil ${x} buat dapur`, `tambah modal ${x}`, `hapus ${x}`, `laku 3 bros @${x}, bon bu ${n}`]) {
          const r = parseMessage(text, { today: TODAY });
          assertValidResult(r, TODAY);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('generated messages parse back', () => {
  it('orders: quantity × price, DP, customer and a due date on or after today', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 100 }), title, name,
        fc.integer({ min: 1, max: 28 }), fc.constantFrom(...MONTHS), day,
        (n, p, dpPct, t, nm, dd, [mon, m], today) => {
          const dp = Math.max(1, Math.floor((n * p * dpPct) / 100));
          const text = `pesanan ${n} kerudung bordir @${p}rb dari ${t} ${nm}, DP ${dp}rb, selesai ${dd} ${mon}`;
          const r = parseMessage(text, { today });
          assertValidResult(r, today);
          expect(r, text).toMatchObject({
            intent: 'order', customer: `${cap(t)} ${nm}`, item: 'kerudung bordir', quantity: n, unitPrice: p * 1000,
            total: n * p * 1000, downPayment: dp * 1000, date: today,
          });
          if (r.intent !== 'order' || r.dueDate === null) throw new Error(`no due date: ${text}`);
          expect(r.dueDate >= today).toBe(true);
          expect(Number(r.dueDate.slice(5, 7))).toBe(m);
          expect(Number(r.dueDate.slice(8, 10))).toBe(dd);
          expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENT);
        }),
      { numRuns: 400 },
    );
  });

  it('relative due dates land ahead of today', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), day, (k, today) => {
        const r = parseMessage(`pesanan 5 bros @15rb dari Bu Ani dp 20rb, diambil ${k} hari lagi`, { today });
        expect(r).toMatchObject({ intent: 'order', dueDate: addDays(today, k) });
      }),
      { numRuns: 200 },
    );
  });

  it('a customer paying is a payment received; a member\'s instalment stays a repayment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), title, name, (x, t, nm) => {
        expect(parseMessage(`${t} ${nm} bayar ${x}rb`, { today: TODAY }))
          .toMatchObject({ intent: 'payment_received', customer: `${cap(t)} ${nm}`, amount: x * 1000, settled: false, order: false });
        expect(parseMessage(`bayar angsuran ${x}rb`, { today: TODAY })).toMatchObject({ intent: 'repayment', amount: x * 1000 });
        expect(parseMessage(`pesanan ${t} ${nm} lunas`, { today: TODAY }))
          .toMatchObject({ intent: 'payment_received', amount: null, settled: true, order: true });
      }),
      { numRuns: 300 },
    );
  });

  it('credit sales keep the sale and name the customer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 999 }), title, name,
        fc.constantFrom('belum bayar', 'dihutang', 'bon', 'blm bayar'), (n, p, t, nm, marker) => {
          const text = `laku ${n} kerudung @${p}rb, ${marker} ${t} ${nm}`;
          const r = parseMessage(text, { today: TODAY });
          expect(r, text).toMatchObject({
            intent: 'record', credit: { customer: `${cap(t)} ${nm}` },
            entries: [{ kind: 'sale', amount: n * p * 1000, item: 'kerudung', quantity: n, unitPrice: p * 1000 }],
          });
          expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENT);
        }),
      { numRuns: 300 },
    );
  });

  it('withdrawals and capital are their own kinds, never sales or expenses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 1, max: 50_000 }),
        fc.constantFrom('ambil', 'ambil uang', 'pakai uang jualan', 'prive'), fc.constantFrom('tambah modal', 'setor modal', 'modal dari suami'),
        (x, y, w, cp) => {
          const r = parseMessage(`${w} ${x}rb buat dapur, ${cp} ${y}rb`, { today: TODAY });
          expect(r).toMatchObject({ intent: 'record' });
          if (r.intent !== 'record') return;
          expect(r.entries.map((e) => [e.kind, e.amount])).toEqual([['withdrawal', x * 1000], ['capital', y * 1000]]);
        }),
      { numRuns: 300 },
    );
  });

  it('corrections: a new amount, a new quantity, a numbered delete', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 1, max: 99 }), (x, a, b, k) => {
          expect(parseMessage(`ralat ${x}rb`, { today: TODAY })).toMatchObject({ intent: 'correction', amount: x * 1000, quantity: null });
          expect(parseMessage(`bukan ${a} tapi ${b}`, { today: TODAY }))
            .toMatchObject({ intent: 'correction', amount: null, quantity: { from: a, to: b } });
          expect(parseMessage(`hapus no ${k}`, { today: TODAY })).toMatchObject({ intent: 'delete_entry', index: k });
        }),
      { numRuns: 300 },
    );
  });

  it('on behalf: the member and the rest as written', () => {
    // The rest starts with a letter or digit (leading ":", ",", "-" are separators and dropped).
    const rest = fc.string({ minLength: 1, maxLength: 60 }).map((s) => s.trim()).filter((s) => /^[a-z0-9]/i.test(s));
    fc.assert(
      fc.property(name, rest, fc.constantFrom('catat untuk ', 'catatkan ', '/catat ', 'tolong catat utk '), (nm, text, lead) => {
        const r = parseMessage(`${lead}${nm}: ${text}`, { today: TODAY });
        expect(r).toMatchObject({ intent: 'on_behalf', member: nm, text });
      }),
      { numRuns: 300 },
    );
  });
});
