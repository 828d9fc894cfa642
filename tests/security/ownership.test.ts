/**
 * Nobody takes what is not theirs, through the real conversation on real Postgres:
 * a group chat cannot be taken over by another facilitator, a group's loan is reported and
 * shown only to its members, join codes cannot be guessed at speed, and replies do not
 * tell whether a payment or a group exists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import { createGroup, groupsRepo } from '../../src/modules/groups/groups.service.ts';
import { ANI, createWorld, EKA, MELATI_CHAT, RINA, SINTA, SRI, type World } from '../fuzz/world.ts';

const t = repliesFor('id');
let w: World;
beforeAll(async () => {
  w = await createWorld();
  // Bu Sinta has written in Melati's chat before (the "new writer" notice is behind us), and
  // the newcomers below have had their welcome.
  await w.send(w.inChat(MELATI_CHAT, SINTA, 'halo'));
  for (const id of ['4100', '4200']) await w.send(w.dm(id, 'halo'));
});
afterAll(async () => w?.t.drop());

const refusals = (action: string) =>
  w.t.db.selectFrom('permission_refusals').select(['reason', 'group_id as groupId']).where('action', '=', action).orderBy('id').execute();
const linkedGroupId = async (chatId: string) => (await groupsRepo.findGroupByChat(w.t.db, 'telegram', chatId))?.id;
const paymentCount = async () => (await w.t.db.selectFrom('loan_payments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

describe('a linked group chat stays with its group', () => {
  it('another facilitator’s /hubungkan with her own code is refused, logged, and both facilitators are told', async () => {
    const { replies } = await w.send(w.inChat(MELATI_CHAT, SINTA, `/hubungkan ${w.mawar.joinCode}`, { addressedToBot: true }));
    expect(await linkedGroupId(MELATI_CHAT)).toBe(w.melati.id);
    expect(replies).toEqual([
      expect.objectContaining({ chatId: MELATI_CHAT, text: t.refusals.chat_linked_elsewhere }),
      { platform: 'telegram', chatId: SINTA, notice: true, text: t.linkTakeoverRefused({ current: 'Melati', wanted: 'Mawar', currentFacilitator: 'Bu Rina' }) },
      { platform: 'telegram', chatId: RINA, notice: true, text: t.linkTakeoverTried({ by: 'Bu Sinta', current: 'Melati', wanted: 'Mawar' }) },
    ]);
    expect(await refusals('link_chat')).toEqual([{ reason: 'chat_linked_elsewhere', groupId: w.melati.id }]);

    // Melati's members writing there stay Melati's: nobody becomes a pending member of Mawar.
    await w.send(w.inChat(MELATI_CHAT, ANI, 'laku 2 bros @15rb'));
    expect((await groupsRepo.listMembers(w.t.db, w.mawar.id)).map((m) => m.name)).toEqual(['Eka']);
  });

  it('the chat’s own facilitator may still move it to another group she runs (fixing a mistake)', async () => {
    const dahlia = await createGroup(w.t.db, { name: 'Dahlia', trades: ['asesoris'], facilitatorId: w.melati.facilitatorId, timeZone: 'Asia/Jakarta' });
    const moved = await w.send(w.inChat(MELATI_CHAT, RINA, `/hubungkan ${dahlia.joinCode}`, { addressedToBot: true }));
    expect(moved.replies[0]?.text).toBe(t.linked('Dahlia'));
    expect(await linkedGroupId(MELATI_CHAT)).toBe(dahlia.id);
    const back = await w.send(w.inChat(MELATI_CHAT, RINA, `/hubungkan ${w.melati.joinCode}`, { addressedToBot: true }));
    expect(back.replies[0]?.text).toBe(t.linked('Melati'));
    expect(await linkedGroupId(MELATI_CHAT)).toBe(w.melati.id);
  });
});

describe('a group’s loan in its chat is for its members', () => {
  it('a stranger’s first message “bayar cicilan 5jt” is refused kindly, logged, and records nothing', async () => {
    const before = await paymentCount();
    const { replies } = await w.send(w.inChat(MELATI_CHAT, '4001', 'bayar cicilan 5jt'));
    const inChat = replies.filter((r) => r.chatId === MELATI_CHAT);
    expect(inChat.map((r) => r.text)).toEqual([t.refusals.not_group_member]);
    expect(replies.some((r) => r.buttons !== undefined)).toBe(false);
    expect(await paymentCount()).toBe(before);
    expect(await refusals('report_payment')).toEqual([{ reason: 'not_group_member', groupId: w.melati.id }]);
  });

  it('another group’s member is refused the same way; neither sees the arrears with /cicilan', async () => {
    const before = await paymentCount();
    const paid = await w.send(w.inChat(MELATI_CHAT, EKA, 'bayar cicilan 500rb'));
    expect(paid.replies.filter((r) => r.chatId === MELATI_CHAT).map((r) => r.text)).toEqual([t.refusals.not_group_member]);
    expect(await paymentCount()).toBe(before);
    for (const who of ['4001', EKA]) {
      const status = await w.send(w.inChat(MELATI_CHAT, who, '/cicilan', { addressedToBot: true }));
      const texts = status.replies.filter((r) => r.chatId === MELATI_CHAT).map((r) => r.text);
      expect(texts).toEqual([t.refusals.not_group_member]);
    }
  });

  it('a member still reports, and sees where the loan stands (the refusals above can be told apart)', async () => {
    const before = await paymentCount();
    const paid = await w.send(w.inChat(MELATI_CHAT, SRI, 'bayar cicilan 100rb'));
    expect(paid.replies[0]?.text).toContain('menunggu konfirmasi');
    expect(await paymentCount()).toBe(before + 1);
    const status = await w.send(w.inChat(MELATI_CHAT, SRI, '/cicilan', { addressedToBot: true }));
    expect(status.replies[0]?.text).not.toBe(t.refusals.not_group_member);
    expect(status.replies[0]?.text).toContain('Melati');
  });
});

describe('join codes cannot be guessed at speed', () => {
  it('after a few wrong codes she waits, longer each time; the reply says until when; time is the injected clock', async () => {
    const guesser = '4100';
    for (let i = 0; i < 5; i++) {
      const { replies } = await w.send(w.dm(guesser, `/gabung ZZZZZ${i + 2}`));
      expect(replies.at(-1)?.text).toBe(t.refusals.code_unknown);
    }
    // 03:00Z is 10.00 in Jakarta: the fifth wrong code costs a minute.
    const locked = await w.send(w.dm(guesser, `/gabung ${w.melati.joinCode}`));
    expect(locked.replies.at(-1)?.text).toBe(t.codeLocked({ minutes: 1, minuteOfDay: 10 * 60 + 1 }));
    expect(locked.replies.at(-1)?.text).toContain('pukul 10.01');
    expect((await groupsRepo.listMembers(w.t.db, w.melati.id)).map((m) => m.name)).not.toContain('Orang 4100');

    w.clock.advance(61_000);
    const joined = await w.send(w.dm(guesser, `/gabung ${w.melati.joinCode}`));
    expect(joined.replies[0]?.text).toBe(t.joined('Melati'));
    // Knowing one right code buys no more guesses: the next wrong one costs two minutes.
    await w.send(w.dm(guesser, '/gabung ZZZZZZ'));
    const longer = await w.send(w.dm(guesser, '/gabung ZZZZZY'));
    expect(longer.replies.at(-1)?.text).toContain('sekitar 2 menit lagi');
  });

  it('counts per chat too: several people guessing in one group chat are stopped together', async () => {
    const chat = '-100700';
    for (const [who, code] of [[RINA, 'AAAAA2'], [RINA, 'AAAAA3'], [RINA, 'AAAAA4'], [SINTA, 'AAAAA5'], [SINTA, 'AAAAA6']] as const) {
      const { replies } = await w.send(w.inChat(chat, who, `/hubungkan ${code}`, { addressedToBot: true }));
      expect(replies[0]?.text).toBe(t.refusals.code_unknown);
    }
    // Bu Sinta has made only two wrong guesses herself, but the chat has made five.
    const { replies } = await w.send(w.inChat(chat, SINTA, `/hubungkan ${w.mawar.joinCode}`, { addressedToBot: true }));
    expect(replies[0]?.text).toContain('sekitar 1 menit lagi');
    expect(await linkedGroupId(chat)).toBeUndefined();
    // Her own private chat is not that chat: she is not stopped there.
    const elsewhere = await w.send(w.dm(SINTA, '/gabung ZZZZZX'));
    expect(elsewhere.replies.at(-1)?.text).toBe(t.refusals.code_unknown);
    w.clock.advance(61_000);
    await w.send(w.inChat(chat, SINTA, `/hubungkan ${w.mawar.joinCode}`, { addressedToBot: true }));
    expect(await linkedGroupId(chat)).toBe(w.mawar.id);
  });

  it('a member who is no facilitator learns nothing from /hubungkan: a real code and a guess answer alike', async () => {
    const real = await w.send(w.inChat('-100701', SRI, `/hubungkan ${w.mawar.joinCode}`, { addressedToBot: true }));
    const guess = await w.send(w.inChat('-100701', SRI, '/hubungkan QQQQQ2', { addressedToBot: true }));
    expect(real.replies[0]?.text).toBe(t.refusals.not_facilitator);
    expect(guess.replies[0]?.text).toBe(real.replies[0]?.text);
  });
});

describe('replies do not tell what exists', () => {
  it('/konfirmasi of a payment that exists and of one that does not answer alike, to a member and to another facilitator', async () => {
    const payment = await w.t.db.selectFrom('loan_payments').select('id').orderBy('id').executeTakeFirstOrThrow();
    for (const who of [SRI, SINTA, '4200']) {
      const real = await w.send(w.dm(who, `/konfirmasi ${payment.id}`));
      const missing = await w.send(w.dm(who, '/konfirmasi 999999'));
      expect(missing.replies.at(-1)?.text, who).toBe(real.replies.at(-1)?.text);
    }
    const bendahara = await w.send(w.dm(ANI, '/konfirmasi 999999'));
    expect(bendahara.replies.at(-1)?.text).toBe(t.refusals.payment_not_found);
  });

  it('/ekspor of another facilitator’s group, by name or number, answers like a group nobody has', async () => {
    const [byName] = (await w.send(w.dm(SINTA, '/ekspor Melati'))).replies;
    const [noName] = (await w.send(w.dm(SINTA, '/ekspor Kenanga'))).replies;
    expect(byName?.text).toBe(noName?.text.replace('Kenanga', 'Melati'));
    const [byId] = (await w.send(w.dm(SINTA, `/ekspor #${w.melati.id}`))).replies;
    const [noId] = (await w.send(w.dm(SINTA, '/ekspor #999999'))).replies;
    expect(byId?.text).toBe(noId?.text.replace('#999999', `#${w.melati.id}`));
    expect(await refusals('export')).toEqual([
      { reason: 'not_your_group', groupId: w.melati.id },
      { reason: 'not_your_group', groupId: w.melati.id },
    ]);
  });
});
