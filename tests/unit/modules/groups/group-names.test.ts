/** A group named loosely in a command ("/ekspor melati") finds her group, and only hers. */
import { describe, expect, it } from 'vitest';
import { groupNameKey, groupsLooselyNamed } from '../../../../src/modules/groups/groups.ts';

const MELATI = { id: 1, name: 'KUB Melati Jaya' };
const MAWAR = { id: 2, name: 'Mawar Indah' };
const MAWAR_PUTIH = { id: 3, name: 'Mawar Putih' };

describe('groupsLooselyNamed', () => {
  it.each([
    ['KUB Melati Jaya', [MELATI]],
    ['kub melati jaya', [MELATI]],
    ['kelompok Melati-Jaya!', [MELATI]],
    ['melati', [MELATI]],
    ['Melati Jaya Sejahtera', [MELATI]],
    ['mlati jaya', [MELATI]],
    ['mawar', [MAWAR, MAWAR_PUTIH]],
    ['mawar indah', [MAWAR]],
    ['anggrek', []],
    ['me', []],
    ['kelompok', []],
  ] as const)('%j → %j', (named, found) => {
    expect(groupsLooselyNamed([MELATI, MAWAR, MAWAR_PUTIH], named)).toEqual(found);
  });

  it('prefers the exact name over loose ones', () => {
    expect(groupsLooselyNamed([MAWAR, { id: 4, name: 'Mawar' }], 'Mawar')).toEqual([{ id: 4, name: 'Mawar' }]);
  });

  it('keys a name without case, punctuation or the word "kelompok"', () => {
    expect(groupNameKey('  Kelompok  KUB Melati–Jaya ')).toBe('melati jaya');
  });
});
