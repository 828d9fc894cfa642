/** The header's "name · role": the bootstrap admin is a person named "Admin", said once. */
import { describe, expect, it } from 'vitest';
import { whoAndRole } from '../../../src/web/pages/nav.ts';

describe('whoAndRole', () => {
  it('says a name that is the role word once', () => {
    expect(whoAndRole({ who: 'Admin', roleLabel: 'Admin · semua program' })).toBe('Admin · semua program');
  });
  it('keeps any other name before the role', () => {
    expect(whoAndRole({ who: 'Fitri', roleLabel: 'Pendamping · kelompok binaan Ibu' })).toBe('Fitri · Pendamping · kelompok binaan Ibu');
    expect(whoAndRole({ who: 'Admina', roleLabel: 'Admin · semua program' })).toBe('Admina · Admin · semua program');
  });
});
