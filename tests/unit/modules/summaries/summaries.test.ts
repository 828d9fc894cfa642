/** Pure parts of summaries and reports: change against last week, ISO weeks, quarters as written in chat, keys. */
import { describe, expect, it } from 'vitest';
import { readQuarter } from '../../../../src/conversation/flows/group-recap.ts';
import { parseReminderKey, weeklySummaryKey } from '../../../../src/modules/reminders/keys.ts';
import { isoWeek } from '../../../../src/modules/reminders/schedule.ts';
import { change, mondayOfIsoWeek } from '../../../../src/modules/summaries/summaries.ts';
import { buildGroupRecap } from '../../../../src/modules/group-recap/group-recap.ts';

describe('change against last week', () => {
  it.each([
    [630_000, 100_000, 530_000, 530],
    [70_000, 630_000, -560_000, -89],
    [100_000, 100_000, 0, 0],
    [50_000, 0, 50_000, null],
    [-25_000, 100_000, -125_000, -125],
    [10_000, -20_000, 30_000, 150],
    [1, 3, -2, -67],
  ])('%i against %i: %i, %s%%', (now, before, difference, percent) => {
    expect(change(now, before)).toEqual({ difference, percent });
  });
});

describe('ISO weeks', () => {
  it('maps each week label back to its Monday', () => {
    for (let d = new Date('2020-12-20T00:00:00Z'); d < new Date('2028-01-10T00:00:00Z'); d = new Date(d.getTime() + 86_400_000)) {
      const date = d.toISOString().slice(0, 10);
      const monday = mondayOfIsoWeek(isoWeek(date));
      expect(isoWeek(monday)).toBe(isoWeek(date));
      expect(new Date(`${monday}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(monday <= date).toBe(true);
    }
  });

  it('keys a summary per member per week', () => {
    expect(weeklySummaryKey('2026W48', 17)).toBe('rem-summary-2026W48-17');
    expect(parseReminderKey('rem-summary-2026W48-17')).toEqual({ kind: 'weekly_summary', week: '2026W48', personId: 17 });
    expect(parseReminderKey('rem-summary-2026-17')).toBeUndefined();
  });
});

describe('quarters as written', () => {
  it.each([
    ['2026Q4', '2026Q4'],
    ['2026q1', '2026Q1'],
    ['2026 Q2', '2026Q2'],
    ['q3', '2027Q3'],
    ['Q3 2026', '2026Q3'],
    ['triwulan 2', '2027Q2'],
    ['4', '2027Q4'],
    ['4 2026', '2026Q4'],
    ['2026Q5', undefined],
    ['5', undefined],
    ['kemarin', undefined],
  ])('%s → %s', (text, quarter) => {
    expect(readQuarter(text, '2027')).toBe(quarter);
  });
  it('none written: null', () => expect(readQuarter(null, '2027')).toBeNull());
});

describe('the group recap', () => {
  it('puts best sales first, sums only those who recorded, lists the silent by name', () => {
    const recap = buildGroupRecap({ id: 1, name: 'Melati' }, 'week', { from: '2026-11-23', to: '2026-11-29' }, [
      { personId: 1, name: 'Sri', daysRecorded: 0, sales: 0, expenses: 0, profit: 0 },
      { personId: 2, name: 'Ani', daysRecorded: 1, sales: 10_000, expenses: 20_000, profit: -10_000 },
      { personId: 3, name: 'Yani', daysRecorded: 3, sales: 50_000, expenses: 0, profit: 50_000 },
      { personId: 4, name: 'Ati', daysRecorded: 0, sales: 0, expenses: 0, profit: 0 },
    ]);
    expect(recap.recorded.map((r) => r.name)).toEqual(['Yani', 'Ani']);
    expect(recap.silent).toEqual(['Ati', 'Sri']);
    expect(recap.totals).toEqual({ members: 4, recorded: 2, sales: 60_000, expenses: 20_000, profit: 40_000 });
  });
});

describe('a long group’s recap', () => {
  it('stays one readable message under Telegram’s 4,096 characters, totals counting everyone', async () => {
    const { repliesFor } = await import('../../../../src/conversation/replies/index.ts');
    const rows = Array.from({ length: 80 }, (_, i) => ({
      personId: i + 1,
      name: `Siti Nurhaliza Anggota ${i + 1}`,
      daysRecorded: i < 60 ? 7 : 0,
      sales: i < 60 ? 1_234_000 + i : 0,
      expenses: i < 60 ? 234_000 : 0,
      profit: i < 60 ? 1_000_000 + i : 0,
    }));
    const recap = buildGroupRecap({ id: 1, name: 'Melati' }, 'month', { from: '2026-11-01', to: '2026-11-30' }, rows);
    for (const language of ['id', 'en'] as const) {
      const text = repliesFor(language).groupRecap(recap, '2026-11-27');
      expect(text.length).toBeLessThan(4096);
      const shown = text.split('\n').filter((l) => /^\d+\. /.test(l)).length;
      expect(shown).toBeGreaterThanOrEqual(20);
      expect(shown).toBeLessThanOrEqual(35);
    }
    const text = repliesFor('id').groupRecap(recap, '2026-11-27');
    const shown = text.split('\n').filter((l) => /^\d+\. /.test(l)).length;
    expect(text).toContain(`… dan ${60 - shown} anggota lain yang mencatat (sudah termasuk di total).`);
    expect(text).toContain(`Total: jualan Rp${(60 * 1_234_000 + (59 * 60) / 2).toLocaleString('de-DE')}`);
    expect(text).toContain('Belum mencatat (20):');
    // A short group shows every member.
    const small = buildGroupRecap({ id: 1, name: 'Melati' }, 'week', { from: '2026-11-23', to: '2026-11-29' }, rows.slice(0, 30));
    expect(repliesFor('id').groupRecap(small, '2026-11-27').split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(30);
  });
});
