/**
 * A batch parses its messages ahead, one after another, and handleInbound takes those results
 * instead of parsing again (src/conversation/parsed-ahead.ts). The parser handed to the batch
 * here counts its calls and reads "laku 2 …" as "laku 3 …": an entry of 3 proves the handling
 * used the result parsed ahead, an entry of 2 that it parsed the text itself.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Parse } from '../../src/conversation/parsed-ahead.ts';
import { processInboundBatch } from '../../src/jobs/inbound-batch.processor.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import { parseMessage } from '../../src/parser/index.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');
let aheadCalls: string[] = [];

/** Parses "laku 2" as "laku 3", counting: what the batch parses ahead with. */
const marked: Parse = (text, ctx) => {
  aheadCalls.push(text);
  return parseMessage(text.replace('laku 2', 'laku 3'), ctx);
};

const deps = (): InboundDeps => ({ db: t.db, clock, defaultTimeZone: 'Asia/Jakarta', log: silentLogger(), dispatch: async () => undefined, parseAhead: marked });

const from = (id: string) => ({ chatId: id, sender: { id, name: `Bu ${id}` } });

async function quantitiesOf(externalId: string): Promise<(number | null)[]> {
  const rows = await t.db
    .selectFrom('ledger_entries as e')
    .innerJoin('identities as i', 'i.person_id', 'e.person_id')
    .select('e.quantity')
    .where('i.platform', '=', 'telegram')
    .where('i.external_id', '=', externalId)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => r.quantity);
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe('a batch parses its messages ahead', () => {
  it('hands each result to its message, which does not parse it again', async () => {
    for (const id of ['pa-1', 'pa-2']) await processInbound(deps(), privateMessage('halo', from(id)));
    aheadCalls = [];
    const results = await processInboundBatch(deps(), undefined, [
      { message: privateMessage('laku 2 bros @10rb', from('pa-1')) },
      { message: privateMessage('halo', from('pa-2')) },
      { message: privateMessage('laku 2 bros @10rb', from('pa-2')) },
      // A newcomer: her time zone is the programme's, the one guessed.
      { message: privateMessage('laku 2 kerudung @25rb', from('pa-3')) },
    ]);
    expect(results).toEqual([{ outcome: 'handled' }, { outcome: 'handled' }, { outcome: 'handled' }, { outcome: 'handled' }]);
    // Small talk is never parsed; each sale once, ahead.
    expect(aheadCalls).toEqual(['laku 2 bros @10rb', 'laku 2 bros @10rb', 'laku 2 kerudung @25rb']);
    expect(await quantitiesOf('pa-1')).toEqual([3]);
    expect(await quantitiesOf('pa-2')).toEqual([3]);
    expect(await quantitiesOf('pa-3')).toEqual([3]);
  });

  it('parses again a message whose sender lives in another time zone (another context)', async () => {
    await processInbound(deps(), privateMessage('halo', from('pa-wita')));
    await t.db
      .updateTable('people')
      .set({ time_zone: 'Asia/Makassar' })
      .where('id', '=', t.db.selectFrom('identities').select('person_id').where('platform', '=', 'telegram').where('external_id', '=', 'pa-wita'))
      .execute();
    aheadCalls = [];
    const results = await processInboundBatch(deps(), undefined, [
      { message: privateMessage('laku 2 bros @10rb', from('pa-wita')) },
      { message: privateMessage('laku 2 bros @10rb', from('pa-1')) },
    ]);
    expect(results).toEqual([{ outcome: 'handled' }, { outcome: 'handled' }]);
    expect(aheadCalls).toEqual(['laku 2 bros @10rb', 'laku 2 bros @10rb']);
    // Hers was parsed in WITA by handleInbound itself (the text as written: 2); Bu pa-1's took one result parsed ahead, and the other was left unused.
    expect(await quantitiesOf('pa-wita')).toEqual([2]);
    expect(await quantitiesOf('pa-1')).toEqual([3, 3]);
  });

  it('parses again an edited message, and a message handled alone is never parsed ahead', async () => {
    aheadCalls = [];
    const original = privateMessage('jual kue 15rb', from('pa-1'));
    await processInbound(deps(), privateMessage('laku 2 bros @10rb', from('pa-1')));
    expect(aheadCalls).toEqual([]);
    await processInboundBatch(deps(), undefined, [{ message: original }, { message: { ...original, text: 'laku 2 kue @15rb', editedAt: '2026-11-20T03:05:00.000Z' } }]);
    // Only the new message ahead; the edit was read by handleInbound itself (2, not 3).
    expect(aheadCalls).toEqual(['jual kue 15rb']);
    // After the two of the tests above: the sale alone (2), the original (no quantity), its edit (2).
    expect(await quantitiesOf('pa-1')).toEqual([3, 3, 2, null, 2]);
  });
});
