import { describe, expect, it } from 'vitest';
import { checkRows, groupFinder, namesAgree, type ImportFacts } from '../../../../src/modules/member-import/member-import.ts';

const groups = [
  { id: 1, name: 'Melati', timeZone: 'Asia/Jakarta' },
  { id: 2, name: 'Anggrek', timeZone: 'Asia/Makassar' },
  { id: 3, name: 'Kelompok Anggrek', timeZone: 'Asia/Jakarta' },
];

describe('the import rules', () => {
  it('names a group by id or by name among hers only', () => {
    const find = groupFinder(groups);
    expect(find('1')).toEqual(groups[0]);
    expect(find('  kelompok MELATI ')).toEqual(groups[0]);
    expect(find('anggrek')).toBe('ambiguous');
    expect(find('4')).toBe('unknown');
    expect(find('Mawar')).toBe('unknown');
    expect(find(' ')).toBe('missing');
  });

  it('takes a known phone\'s person for the same woman only when the names agree', () => {
    expect(namesAgree('Ani', 'ani  lestari')).toBe(true);
    expect(namesAgree('Hj. Siti Aminah', 'Siti Aminah')).toBe(true);
    expect(namesAgree('Ani', 'Budi')).toBe(false);
    expect(namesAgree('Siti Aminah', 'Siti Nurhaliza')).toBe(false);
  });

  it('gives each row one outcome; a role is matched without case, empty is anggota', () => {
    const facts: ImportFacts = {
      groups,
      people: new Map([['+6281300000001', { personId: 7, name: 'Ani Lestari' }]]),
      members: new Map([[1, [{ personId: 7, name: 'Ani Lestari', status: 'active' as const, role: 'anggota' as const }, { personId: 8, name: 'Budi', status: 'removed' as const, role: 'anggota' as const }]]]),
      matchable: 'everyone',
    };
    const rows = checkRows(
      [
        { line: 2, name: 'Ani', phone: '0813 0000 0001', group: 'Melati', role: '' },
        { line: 3, name: 'Ani', phone: '0813-0000-0001', group: 'Melati', role: 'KETUA' },
        { line: 4, name: 'Budi', phone: '0813 0000 0002', group: '1', role: 'Bendahara' },
      ],
      facts,
    );
    expect(rows.map((r) => [r.line, r.outcome, r.role, r.phone])).toEqual([
      [2, { kind: 'unchanged', personId: 7 }, 'anggota', '+6281300000001'],
      [3, { kind: 'error', problem: 'duplicate_row', sameAsLine: 2 }, 'ketua', '+6281300000001'],
      // A removed member's name does not stop a new person (member add's rule counts active and pending ones).
      [4, { kind: 'new' }, 'bendahara', '+6281300000002'],
    ]);
  });

  it('matches a known phone only for someone the viewer may see; anyone else is a new row in the dry run and refused at the confirmation', () => {
    const facts: ImportFacts = {
      groups,
      people: new Map([
        ['+6281300000001', { personId: 7, name: 'Ani Lestari' }],
        ['+6281300000009', { personId: 9, name: 'Eka' }],
      ]),
      members: new Map(),
      matchable: new Set([7]),
    };
    const rows = [
      { line: 2, name: 'Ani', phone: '0813 0000 0001', group: 'Melati', role: '' },
      // Another programme's Eka: named right, and another name on her phone — both look new.
      { line: 3, name: 'Eka', phone: '0813 0000 0009', group: 'Melati', role: '' },
    ];
    expect(checkRows(rows, facts).map((r) => r.outcome)).toEqual([{ kind: 'existing', personId: 7, membership: null, role: null }, { kind: 'new' }]);
    expect(checkRows([{ ...rows[1]!, name: 'Zzz' }], facts).map((r) => r.outcome)).toEqual([{ kind: 'new' }]);
    expect(checkRows(rows, facts, true).map((r) => r.outcome)).toEqual([{ kind: 'existing', personId: 7, membership: null, role: null }, { kind: 'error', problem: 'phone_unavailable' }]);
    expect(checkRows(rows, { ...facts, matchable: 'everyone' }, true)[1]!.outcome).toEqual({ kind: 'existing', personId: 9, membership: null, role: null });
  });
});
