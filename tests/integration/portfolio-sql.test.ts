/**
 * The home page's loan figures computed by Postgres (`portfolioIn`) equal the pure
 * `portfolio()` over the same loans (`loanBooksIn`), the rules' reference, on random
 * schedules and payments (early, late, partial, over-paid, reported-only, after the as-of
 * day), for loans to groups and to members, in and out of a facilitator's scope.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.ts';
import { portfolio } from '../../src/modules/loans/portfolio.ts';
import { loanBooksIn, portfolioIn } from '../../src/modules/loans/portfolio.repository.ts';
import { scopedGroups, type Scope } from '../../src/modules/programmes/scope.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { seedConsoleWorld, type ConsoleWorld } from '../helpers/console-world.ts';
import '../helpers/fast-check-seed.ts';

let t: TestDatabase;
let w: ConsoleWorld;
const AS_OF = '2026-12-10';

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedConsoleWorld(t.db);
});
afterAll(async () => t?.drop());

const loanArb = fc.record({
  borrower: fc.constantFrom('melati', 'mawar', 'ani', 'dewi'),
  instalments: fc.array(fc.record({ principal: fc.integer({ min: 1, max: 9 }), interest: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 8 }),
  start: fc.integer({ min: 0, max: 300 }),
  payments: fc.array(fc.record({ amount: fc.integer({ min: 1, max: 25 }), day: fc.integer({ min: 0, max: 330 }), confirmed: fc.boolean() }), { maxLength: 8 }),
});

describe('portfolio in SQL', () => {
  it('equals the pure portfolio over the same loans, for every scope', async () => {
    const groupId = async (name: string) => (await t.db.selectFrom('groups').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    const [melati, mawar] = [await groupId('Melati'), await groupId('Mawar')];
    // A loan belongs to the group it was given in (a member's, the group she borrowed in).
    const borrowers = {
      melati: { group_id: melati, given_in: melati },
      mawar: { group_id: mawar, given_in: mawar },
      ani: { person_id: w.members.ani, given_in: melati },
      dewi: { person_id: w.members.dewi, given_in: mawar },
    };
    const facilitatorId = Number((await sql<{ id: string }>`select facilitator_id as id from groups where name = 'Melati'`.execute(t.db)).rows[0]!.id);
    const scopes: Scope[] = [
      { personId: 0, role: 'admin', programmeId: null, facilitatorId: null },
      { personId: 0, role: 'facilitator', programmeId: null, facilitatorId },
    ];
    const first = '2026-01-05';
    await fc.assert(
      fc.asyncProperty(fc.array(loanArb, { minLength: 1, maxLength: 5 }), async (loans) => {
        await sql`delete from loans`.execute(t.db);
        for (const l of loans) {
          const b = borrowers[l.borrower];
          const { rows } = await sql<{ id: string }>`insert into loans (group_id, person_id, given_in_group_id, principal, annual_rate_bp, method, months, disbursed, due_day, round_to)
            values (${'group_id' in b ? b.group_id : null}, ${'person_id' in b ? b.person_id : null}, ${b.given_in}, 1000, 0, 'flat', ${l.instalments.length}, ${first}, 5, 1) returning id`.execute(t.db);
          const loanId = Number(rows[0]!.id);
          for (const [n, i] of l.instalments.entries()) {
            await sql`insert into loan_instalments (loan_id, number, due_date, principal, interest, total)
              values (${loanId}, ${n + 1}, ${addDays(first, l.start + 30 * n)}, ${i.principal * 1000}, ${i.interest * 1000}, ${(i.principal + i.interest) * 1000})`.execute(t.db);
          }
          for (const p of l.payments) {
            await sql`insert into loan_payments (loan_id, amount, paid_on, status, confirmed_at)
              values (${loanId}, ${p.amount * 1000}, ${addDays(first, p.day)}, ${p.confirmed ? 'confirmed' : 'reported'}, ${p.confirmed ? new Date() : null})`.execute(t.db);
          }
        }
        for (const scope of scopes) {
          const scoped = scopedGroups(scope);
          expect(await portfolioIn(t.db, scoped, AS_OF)).toEqual(portfolio(await loanBooksIn(t.db, scoped), AS_OF));
        }
      }),
      { numRuns: 40 },
    );
  });
});
