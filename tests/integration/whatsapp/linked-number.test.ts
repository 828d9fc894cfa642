/**
 * The number the bot serves, in Postgres: remembered at the first link (apart from the
 * credentials a logout wipes), never overwritten by a later link, kept beside the link's
 * status row, and forgotten only by the operator (`dampingi whatsapp forget-number`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/core/clock.ts';
import {
  forgetLinkedNumber,
  readLinkedNumber,
  readLinkStatus,
  rememberLinkedNumber,
  saveLinkStatus,
} from '../../../src/modules/whatsapp/whatsapp-link.repository.ts';
import { runAdminCommand } from '../../helpers/admin-cli.ts';
import { createTestDatabase, type TestDatabase } from '../../helpers/database.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.drop());

describe('the linked number', () => {
  it('is remembered at the first link and not replaced by a later one', async () => {
    expect(await readLinkedNumber(t.db, 'default')).toBeUndefined();
    await rememberLinkedNumber(t.db, 'default', '+6281100000001', 'host:1', clock.now());
    await rememberLinkedNumber(t.db, 'default', '+6281999999999', 'host:1', clock.now());
    expect(await readLinkedNumber(t.db, 'default')).toBe('+6281100000001');
  });

  it('lives beside the status row: a status write keeps it, and it keeps the status', async () => {
    await saveLinkStatus(t.db, 'default', { state: 'open', reason: null, restriction: null, holder: 'host:1' }, clock.now());
    expect(await readLinkedNumber(t.db, 'default')).toBe('+6281100000001');
    expect((await readLinkStatus(t.db, 'default'))?.state).toBe('open');
  });

  it('is forgotten by the operator, and the next link is remembered', async () => {
    const run = await runAdminCommand(t.db, clock, ['whatsapp', 'forget-number']);
    expect(run.code).toBe(0);
    expect(run.json()).toEqual({ forgotten: '+6281100000001' });
    expect(await readLinkedNumber(t.db, 'default')).toBeUndefined();
    await rememberLinkedNumber(t.db, 'default', '+6281999999999', 'host:1', clock.now());
    expect(await readLinkedNumber(t.db, 'default')).toBe('+6281999999999');
    expect(await forgetLinkedNumber(t.db, 'default')).toBe('+6281999999999');
  });
});
