/**
 * Onboarding end to end: the admin command line creates a facilitator and a group; on
 * Telegram (real grammY against a local Bot API) a member joins by code, the facilitator
 * links the group chat and sets a role, a member is refused a facilitator command, and
 * a member stops and resumes reminders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdmin } from '../helpers/admin-cli.ts';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';

let e: TelegramApp;
beforeAll(async () => {
  e = await startTelegramApp();
});
afterAll(async () => e?.stop());

const cli = (...args: string[]) => runAdmin(e.t.db, args);
const botSays = (chatId: number, count: number) => e.botSays(chatId, count);

describe('onboarding a group on Telegram', () => {
  const RINA = 7100;
  const ANI = 7101;
  const GROUP_CHAT = -1007100;
  let code = '';

  it('creates the facilitator and the group from the command line', async () => {
    const facilitator = await cli('facilitator', 'add', '--name', 'Bu Rina', '--telegram-id', String(RINA));
    const group = await cli('group', 'create', '--name', 'Melati', '--trades', 'asesoris,makanan-ringan', '--facilitator', String(facilitator.id), '--village', 'Garegeh');
    expect(group).toMatchObject({ name: 'Melati', trades: ['asesoris', 'makanan-ringan'], village: 'Garegeh' });
    code = String(group.joinCode);
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
  });

  it('lets a member join by code in a private chat, and tells the facilitator', async () => {
    const ani = e.tg.client({ chatId: ANI, userId: ANI, firstName: 'Ani' });
    await e.tg.say(ani, `/gabung ${code}`);
    const [joined] = await botSays(ANI, 1);
    expect(joined?.text).toContain('Selamat bergabung di kelompok Melati');
    const [told] = await botSays(RINA, 1);
    expect(told?.text).toBe('👋 Bu Ani bergabung di kelompok Melati.');
  });

  it('links the group chat for the facilitator, sets a role, and refuses a member', async () => {
    const rinaInGroup = e.tg.client({ chatId: GROUP_CHAT, userId: RINA, firstName: 'Rina', type: 'group', chatTitle: 'Melati' });
    const aniInGroup = e.tg.client({ chatId: GROUP_CHAT, userId: ANI, firstName: 'Ani', type: 'group', chatTitle: 'Melati' });
    await e.tg.say(rinaInGroup, `/hubungkan ${code}`);
    const [linked] = await botSays(GROUP_CHAT, 1);
    expect(linked?.text).toContain('terhubung dengan kelompok Melati');

    await e.tg.say(aniInGroup, '/peran @Ani ketua');
    const refused = (await botSays(GROUP_CHAT, 2))[1];
    expect(refused?.text).toBe('Maaf, perintah ini hanya untuk pendamping kelompok. Untuk catatan Ibu sendiri, ketik "rekap".');

    await e.tg.say(rinaInGroup, '/peran @Ani bendahara');
    const set = (await botSays(GROUP_CHAT, 3))[2];
    expect(set?.text).toBe('✅ Bu Ani sekarang bendahara.');
    const members = await cli('member', 'list', '--group', String((await cli('group', 'list') as unknown as { id: number }[])[0]!.id));
    expect(members).toEqual([expect.objectContaining({ name: 'Ani', role: 'bendahara', status: 'active' })]);
  });

  it('stops and resumes reminders on BERHENTI and MULAI', async () => {
    const ani = e.tg.client({ chatId: ANI, userId: ANI, firstName: 'Ani' });
    const before = e.tg.botMessages(ANI).length;
    await e.tg.say(ani, 'BERHENTI');
    expect((await botSays(ANI, before + 1))[before]?.text).toContain('tidak akan menerima pengingat');
    await e.tg.say(ani, 'MULAI');
    expect((await botSays(ANI, before + 2))[before + 1]?.text).toContain('akan Ibu terima lagi');
  });
});
