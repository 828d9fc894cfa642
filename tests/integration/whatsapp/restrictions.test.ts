/**
 * The whole bot under a WhatsApp restriction, with real Postgres and Redis and the fake
 * socket replaying rc14's time-lock: bulk messages wait (their jobs delayed, no attempt
 * counted) while answers go; the facilitator is told in her words, the status row and the
 * health check show it; when WhatsApp lifts it, she is told and the held message goes.
 */
import { ReachoutTimelockEnforcementType } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { createDispatch, sendJobId } from '../../../src/jobs/intake.ts';
import { addFacilitator } from '../../../src/modules/groups/groups.service.ts';
import { addToOutbox } from '../../../src/modules/outbox/outbox.repository.ts';
import { readLinkStatus } from '../../../src/modules/whatsapp/whatsapp-link.repository.ts';
import { eventually } from '../../helpers/wait.ts';
import { startWhatsappApp, type WhatsappApp } from '../../helpers/whatsapp-app.ts';
import * as f from '../../fixtures/whatsapp/messages.ts';

let w: WhatsappApp;
let app: App;
const clock = fixedClock('2026-11-20T03:05:00Z');
const until = new Date('2026-11-21T02:00:00Z'); // 09.00 in Jakarta, the next day

beforeAll(async () => {
  w = await startWhatsappApp({ clock, seed: (db) => addFacilitator(db, { name: 'Rina', telegramId: '900', timeZone: 'Asia/Jakarta' }) });
  app = w.app;
});

afterAll(() => w?.stop());

const facilitatorNotices = () =>
  app.db.selectFrom('outbound_messages').select(['idempotency_key', 'chat_id', 'payload']).where('idempotency_key', 'like', 'wa-%').orderBy('id').execute();

describe('a WhatsApp restriction in the running app', () => {
  it('holds a bulk message while answers go, tells the facilitator, and shows in the status row and the health check', async () => {
    const socket = w.socket();
    socket.emit('connection.update', {
      reachoutTimeLock: { isActive: true, timeEnforcementEnds: until, enforcementType: ReachoutTimelockEnforcementType.BIZ_QUALITY },
    });

    const notices = await eventually(async () => ((await facilitatorNotices()).length ? facilitatorNotices() : undefined), { what: 'the facilitator notice' });
    expect(notices).toHaveLength(1);
    expect(notices[0]?.chat_id).toBe('900');
    expect(notices[0]?.payload.text).toContain('WhatsApp sedang membatasi nomor Dampingi sampai');
    expect(notices[0]?.payload.text).toContain('pukul 09.00');

    const status = await eventually(async () => {
      const row = await readLinkStatus(app.db, 'default');
      return row?.restriction ? row : undefined;
    });
    expect(status).toMatchObject({ state: 'open', restriction: 'time-lock', restrictedUntil: until });
    const health = await app.health();
    expect(health.ok).toBe(true);
    expect(health.parts.whatsapp).toContain('restricted (time-lock) until 2026-11-21T02:00:00.000Z');

    // Ani writes and is answered at once; a reminder for her (bulk: the bot's initiative) waits.
    socket.receive([f.privateText('halo', '3EB0HALO000001')]);
    await eventually(() => socket.sent.some((s) => s.jid === f.ANI.phoneJid), { what: 'the answer to Ani' });
    const answered = socket.sent.length;
    const dispatch = createDispatch(app.queues);
    await dispatch(
      await addToOutbox(app.db, [{ key: 'bulk-held', message: { platform: 'whatsapp', chatId: f.ANI.phoneJid, text: 'Pengingat' }, priority: 'bulk', sourceMessageId: null }]),
    );
    const queue = app.queues.outbound.get('whatsapp')!;
    const job = await eventually(async () => {
      const j = await queue.getJob(sendJobId(app.queues, { idempotencyKey: 'bulk-held' }));
      return (await j?.isDelayed()) ? j : undefined;
    }, { what: 'the bulk message to wait' });
    expect(job.attemptsMade).toBe(0);
    expect(socket.sent.length).toBe(answered);
  });

  it('tells the facilitator when WhatsApp lifts it, and clears the status row', async () => {
    w.socket().emit('connection.update', { reachoutTimeLock: { isActive: false, enforcementType: ReachoutTimelockEnforcementType.DEFAULT } });
    const notices = await eventually(async () => {
      const all = await facilitatorNotices();
      return all.length === 2 ? all : undefined;
    }, { what: 'the lifted notice' });
    expect(notices[1]?.payload.text).toContain('Pembatasan WhatsApp untuk nomor Dampingi sudah selesai');
    await eventually(async () => (await readLinkStatus(app.db, 'default'))?.restriction === null, { what: 'the status row to clear' });
    expect((await app.health()).parts.whatsapp).toBe('up');
  });

  it('lets the held message go once lifted', async () => {
    const queue = app.queues.outbound.get('whatsapp')!;
    const job = await queue.getJob(sendJobId(app.queues, { idempotencyKey: 'bulk-held' }));
    await job?.promote(); // its next look would come within ten minutes; no wall-clock wait in a test
    await eventually(() => w.socket().sent.some((s) => (s.content as { text?: string }).text === 'Pengingat'), { what: 'the held reminder' });
  });
});
