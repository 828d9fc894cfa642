/**
 * A reply longer than Telegram takes (4,096 characters) arrives whole, as several messages
 * in order: `/anggota` of a group of 70 on real grammY against the local Bot API, which
 * refuses a longer text with a 400 as Telegram does.
 */
import { Api, GrammyError } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_TOKEN } from '../helpers/fake-telegram.ts';
import { runAdmin } from '../helpers/admin-cli.ts';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';

let e: TelegramApp;
beforeAll(async () => {
  e = await startTelegramApp();
});
afterAll(async () => e?.stop());

const cli = (...args: string[]) => runAdmin(e.t.db, args);

describe('a long reply on Telegram', () => {
  const RINA = 7200;
  const GROUP_CHAT = -1007200;
  // Names sort as they are numbered; each near the 80 characters a name may have.
  const names = Array.from({ length: 70 }, (_, i) => `Ibu ${String(i).padStart(2, '0')} Sri Rahayu Wulandari Kusumaningtyas Puspitasari Dewi`);

  it('the local Bot API refuses a text over 4,096 UTF-16 code units, as Telegram does', async () => {
    const api = new Api(FAKE_TOKEN, { apiRoot: e.tg.apiRoot });
    const refused = await api.sendMessage(-1007299, '😀'.repeat(2049)).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(GrammyError);
    expect((refused as GrammyError).error_code).toBe(400);
    expect((await api.sendMessage(-1007299, '😀'.repeat(2048))).text).toBe('😀'.repeat(2048));
  });

  it('sends /anggota of a group of 70 as several messages, each within 4,096 characters, in order, nothing lost', async () => {
    const facilitator = await cli('facilitator', 'add', '--name', 'Bu Rina', '--telegram-id', String(RINA));
    const group = await cli('group', 'create', '--name', 'Melati', '--trades', 'asesoris', '--facilitator', String(facilitator.id));
    for (const name of names) await cli('member', 'add', '--group', String(group.id), '--name', name);

    const rina = e.tg.client({ chatId: GROUP_CHAT, userId: RINA, firstName: 'Rina', type: 'group', chatTitle: 'Melati' });
    await e.tg.say(rina, `/hubungkan ${String(group.joinCode)}`);
    await e.botSays(GROUP_CHAT, 1);
    await e.tg.say(rina, '/anggota');
    await e.botSays(GROUP_CHAT, 3);
    await e.idle();

    const parts = e.tg.botMessages(GROUP_CHAT).slice(1);
    const whole = names.map((n) => `• ${n}`).join('\n');
    expect(whole.length).toBeGreaterThan(4096);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const part of parts) expect(part.text.length).toBeLessThanOrEqual(4096);
    // The list reads on from one message to the next, every member once, in order.
    expect(parts.map((p) => p.text).join('\n')).toBe(`👥 Anggota Melati (70):\n${whole}`);
    // The local Bot API refuses a text over 4,096 as Telegram does: every part was taken.
    const rows = await e.t.db.selectFrom('outbound_messages').select(['idempotency_key', 'status']).where('chat_id', '=', String(GROUP_CHAT)).orderBy('id').execute();
    expect(rows.map((r) => r.status)).toEqual(rows.map(() => 'sent'));
    expect(rows.slice(1).map((r) => r.idempotency_key)).toEqual([rows[1]!.idempotency_key, ...parts.slice(1).map((_, i) => `${rows[1]!.idempotency_key}-p${i + 2}`)]);
    // Only the first quotes the facilitator's command.
    expect(parts.slice(1).every((p) => p.reply_parameters === undefined)).toBe(true);
  });
});
