/**
 * The whole bot with WhatsApp enabled (queues on Redis, books on Postgres), the fake
 * socket injected through startApp's factory option: a message in, an answer out, and a
 * paced bulk message that waits alone while a reply goes ahead.
 */
import { ACCOUNT_RESTRICTED_TEXT, SERVER_ERROR_CODES } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { createDispatch, sendJobId } from '../../../src/jobs/intake.ts';
import { addToOutbox } from '../../../src/modules/outbox/outbox.repository.ts';
import { eventually } from '../../helpers/wait.ts';
import { startWhatsappApp, type WhatsappApp } from '../../helpers/whatsapp-app.ts';
import * as f from '../../fixtures/whatsapp/messages.ts';

let w: WhatsappApp;
let app: App;
let terminal = '';
const clock = fixedClock('2026-11-20T03:05:00Z');

beforeAll(async () => {
  // Not linked yet: the first test links it, as a facilitator would, through the QR code.
  w = await startWhatsappApp({
    clock,
    env: { WHATSAPP_AUTH_KEY: 'a secret only this deployment knows' },
    linked: false,
    terminal: { write: (s: string) => void (terminal += s) },
  });
  app = w.app;
});

afterAll(() => w?.stop());

const texts = () => w.socket().sent.map((s) => ({ jid: s.jid, text: (s.content as { text: string }).text }));

describe('WhatsApp in the running app', () => {
  it('shows a QR code until the phone is linked, and keeps the credentials encrypted', async () => {
    const socket = w.socket();
    socket.emit('connection.update', { qr: '2@first-link' });
    expect(terminal).toContain('Scan with WhatsApp');
    socket.emit('creds.update', { me: { ...f.BOT.user }, registered: true });
    socket.open();
    const row = await eventually(() => app.db.selectFrom('whatsapp_auth_creds').select('value').executeTakeFirst());
    expect(row.value.toString('latin1')).not.toContain('registered');
  });

  it('answers a private message through the queues', async () => {
    w.socket().receive([f.privateText()]);
    const [reply] = await eventually(() => (texts().length >= 1 ? texts() : undefined), { what: 'a reply' });
    expect(reply?.jid).toBe(f.ANI.phoneJid);
    expect(reply?.text).toContain('Rp180.000');
  });

  it('holds back a paced bulk message alone, while a reply goes ahead', async () => {
    const dispatch = createDispatch(app.queues);
    const bulk = (key: string) => ({ key, message: { platform: 'whatsapp' as const, chatId: f.ANI.phoneJid, text: `Info ${key}` }, priority: 'bulk' as const, sourceMessageId: null });
    await dispatch(await addToOutbox(app.db, [bulk('bulk-1'), bulk('bulk-2')]));
    await eventually(() => texts().some((m) => m.text === 'Info bulk-1'), { what: 'the first bulk message' });
    const queue = app.queues.outbound.get('whatsapp')!;
    const second = sendJobId(app.queues, { idempotencyKey: 'bulk-2' });
    await eventually(async () => (await queue.getJob(second))?.isDelayed(), { what: 'the second bulk message to wait' });

    w.socket().receive([f.privateText('rekap', '3EB0REKAP00001')]);
    await eventually(() => texts().some((m) => m.text.includes('Jualan: Rp180.000')), { what: 'the recap' });
    expect(texts().some((m) => m.text === 'Info bulk-2')).toBe(false);
    const job = await queue.getJob(second);
    expect(await job?.isDelayed()).toBe(true);
    expect(job?.attemptsMade).toBe(0);
  });

  it('turns a sent message WhatsApp refuses afterwards into a failed row with the reason, and never sends it again', async () => {
    const row = await app.db
      .selectFrom('outbound_messages')
      .select(['idempotency_key', 'platform_message_id'])
      .where('status', '=', 'sent')
      .where('chat_id', '=', f.ANI.phoneJid)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const before = w.socket().sent.length;
    // rc14's handleBadAck: the ack's `from` (here her LID), status ERROR, ['463', ACCOUNT_RESTRICTED_TEXT].
    w.socket().refuse(row.platform_message_id!, f.ANI.lid, SERVER_ERROR_CODES.MessageAccountRestriction, ACCOUNT_RESTRICTED_TEXT);
    const failed = await eventually(
      () => app.db.selectFrom('outbound_messages').select(['status', 'failure']).where('idempotency_key', '=', row.idempotency_key).where('status', '=', 'failed').executeTakeFirst(),
      { what: 'the refused row to be failed' },
    );
    expect(failed.failure).toContain('(463)');
    expect(w.socket().sent.slice(before).some((s) => s.jid === f.ANI.phoneJid && (s.content as { text?: string }).text?.includes('Rp180.000'))).toBe(false);
  });
});
