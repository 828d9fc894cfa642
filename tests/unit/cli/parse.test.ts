/**
 * The parse command (src/cli/parse.ts): one output line per input line, in order; bad lines
 * get an error row and the run goes on; a bad --today exits 2.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { handleLine } from '../../../src/cli/parse.ts';
import { repoRoot } from '../parser/helpers.ts';

const TODAY = '2026-11-20';

function runCli(args: string[], input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/parse.ts', ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe('handleLine', () => {
  it('answers a record with sums, entries and every column', () => {
    expect(handleLine('{"text": "laku 5 bros @15rb, beli manik 20rb"}', 1, TODAY)).toEqual({
      line: 1, intent: 'record', confidence: 0.95, date: TODAY,
      entries: [
        { kind: 'sale', amount: 75000, item: 'bros', quantity: 5, unit: null, unitPrice: 15000 },
        { kind: 'expense', amount: 20000, item: 'manik', quantity: null, unit: null, unitPrice: null },
      ],
      sale: 75000, expense: 20000, period: null, amount: null, assets: null, turnover: null, employees: null,
      quantity: null, leadCode: null, notes: [],
    });
  });

  it('uses the line\'s own "today" when given', () => {
    expect(handleLine('{"text": "kemarin laku 5rb", "today": "2026-01-01"}', 3, TODAY)).toMatchObject({ line: 3, date: '2025-12-31', sale: 5000 });
  });

  it('fills the fields of the other intents', () => {
    expect(handleLine('{"text": "rekap minggu"}', 1, TODAY)).toMatchObject({ intent: 'recap', period: 'week', entries: null, sale: null });
    expect(handleLine('{"text": "bayar angsuran 300rb"}', 1, TODAY)).toMatchObject({ intent: 'repayment', amount: 300000 });
    expect(handleLine('{"text": "aset 3jt omset 2jt karyawan 0"}', 1, TODAY))
      .toMatchObject({ intent: 'report', assets: 3000000, turnover: 2000000, employees: 0 });
    expect(handleLine('{"text": "minat P12 50"}', 1, TODAY)).toMatchObject({ intent: 'lead_interest', quantity: 50, leadCode: 'P12' });
  });

  it('shows the book-keeping intents (orders, payments, corrections…) with their own fields', () => {
    expect(handleLine('{"text": "pesanan 10 kerudung bordir @85rb dari Bu Sri, DP 425rb, selesai 15 Des"}', 1, TODAY)).toMatchObject({
      intent: 'order', customer: 'Bu Sri', item: 'kerudung bordir', quantity: 10, unitPrice: 85000, total: 850000,
      downPayment: 425000, dueDate: '2026-12-15', date: TODAY, entries: null, sale: null,
    });
    expect(handleLine('{"text": "Bu Tin bayar 270rb"}', 1, TODAY))
      .toMatchObject({ intent: 'payment_received', customer: 'Bu Tin', amount: 270000, settled: false, order: false });
    expect(handleLine('{"text": "hapus 3"}', 1, TODAY)).toMatchObject({ intent: 'delete_entry', index: 3 });
    expect(handleLine('{"text": "/harga emping 80rb/kg"}', 1, TODAY))
      .toMatchObject({ intent: 'set_price', item: 'emping', unitPrice: 80000, unit: 'kg' });
    // Household money and capital are summed apart from sales and expenses; a credit sale names its customer.
    expect(handleLine('{"text": "ambil 50rb buat dapur, tambah modal 100rb, laku 3 kerudung @90rb, bon bu tin"}', 1, TODAY))
      .toMatchObject({ intent: 'record', sale: 270000, expense: 0, withdrawal: 50000, capital: 100000, credit: { customer: 'Bu Tin' } });
  });

  it('reports bad lines clearly, with their number', () => {
    expect(handleLine('not json', 2, TODAY)).toEqual({ error: expect.stringMatching(/^not valid JSON/) as unknown, line: 2 });
    expect(handleLine('[1, 2]', 3, TODAY)).toEqual({ error: 'expected a JSON object like {"text": "..."}', line: 3 });
    expect(handleLine('{"txt": "laku"}', 4, TODAY)).toEqual({ error: 'missing string field "text"', line: 4 });
    expect(handleLine('{"text": 5}', 5, TODAY)).toEqual({ error: 'missing string field "text"', line: 5 });
    expect(handleLine('{"text": "x", "today": "2026-02-30"}', 6, TODAY))
      .toEqual({ error: '"today" must be a real day written YYYY-MM-DD, got "2026-02-30"', line: 6 });
    expect(handleLine('   ', 7, TODAY)).toEqual({ error: 'blank line', line: 7 });
  });
});

describe('parse command', () => {
  it('streams thousands of lines in order, bad ones included', () => {
    const inputs: string[] = [];
    for (let i = 0; i < 3000; i++) {
      if (i % 500 === 7) inputs.push('{broken');
      else inputs.push(JSON.stringify({ text: `laku ${i + 1} bros @1rb` }));
    }
    const res = runCli(['--today', TODAY], `${inputs.join('\n')}\n`);
    expect(res.status).toBe(0);
    const out = res.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out.length).toBe(3000);
    for (let i = 0; i < 3000; i++) {
      const row = out[i] as Record<string, unknown>;
      expect(row.line).toBe(i + 1);
      if (i % 500 === 7) expect(typeof row.error).toBe('string');
      else expect(row.sale).toBe((i + 1) * 1000);
    }
  }, 60_000);

  it('rejects a malformed --today with exit status 2 and a message', () => {
    const res = runCli(['--today', '2026-13-01'], '');
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('--today must be a real day written YYYY-MM-DD, got "2026-13-01"');
    expect(res.stdout).toBe('');
  }, 60_000);

  it('parses messages given as arguments, one line each', () => {
    const res = runCli(['--today', TODAY, 'Bu Tin lunas', 'catat untuk Ani: laku 5 bros @15rb'], '');
    expect(res.status).toBe(0);
    const out = res.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ line: 1, intent: 'payment_received', customer: 'Bu Tin', settled: true });
    expect(out[1]).toMatchObject({ line: 2, intent: 'on_behalf', member: 'Ani', text: 'laku 5 bros @15rb' });
  }, 60_000);

  it('rejects unknown flags with exit status 2', () => {
    const res = runCli(['--bogus'], '');
    expect(res.status).toBe(2);
    expect(res.stderr).toContain("Unknown option '--bogus'");
  }, 60_000);
});
