/**
 * Every facilitator-only action, tried by (a) a plain member of the group, (b) the
 * facilitator of another group and (c) a stranger the bot has never seen, in a private chat
 * and in the group's linked chat: each is refused kindly, nothing of the group is written
 * (only the inbox row, her reply, the refusal log and, for a stranger, her registration),
 * nobody else is told anything, and the answer shows none of the group's data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainErrorCode } from '../../src/core/errors.ts';
import { matchCommand } from '../../src/conversation/commands.ts';
import { repliesFor } from '../../src/conversation/replies/index.ts';
import { ANI, createWorld, MELATI_CHAT, RINA, SINTA, SRI, type World } from '../fuzz/world.ts';

let w: World;
let paymentId: number;
beforeAll(async () => {
  w = await createWorld();
  // Ani's sale (her amount must never show up for others) and Sri's reported payment.
  await w.send(w.dm(ANI, 'laku 3 bros @77rb'));
  await w.send(w.dm(SRI, 'bayar cicilan 100rb'));
  paymentId = (await w.t.db.selectFrom('loan_payments').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
  // The outsiders have written in Melati's chat before (so the "new writer" notice is behind us).
  for (const id of [SINTA, '555']) await w.send(w.inChat(MELATI_CHAT, id, 'halo'));
});
afterAll(async () => w?.t.drop());

type Where = 'private' | 'group';
/** Facilitator-only actions of commands.ts and the flows (group data of Melati, or its lead P1). */
/** `anyFacilitator`: every facilitator may do it (a lead of her own), so only members and strangers are refused. */
const ACTIONS: { text: string; where: Where[]; since?: string; anyFacilitator?: boolean }[] = [
  { text: '/peluang asesoris: Butuh 10 bros, DP 50%, batas 5 Des', where: ['private'], anyFacilitator: true },
  { text: '/peluang', where: ['private', 'group'], anyFacilitator: true },
  { text: '/peluang P1', where: ['private'] },
  { text: '/peluangku', where: ['private'], anyFacilitator: true },
  { text: '/tutup P1', where: ['private'] },
  { text: '/pilih P1 @Ani 10', where: ['private'] },
  { text: '/konfirmasi {payment}', where: ['private', 'group'] },
  { text: '/anggota Melati', where: ['private'] },
  { text: '/anggota', where: ['group'] },
  { text: '/belum Melati', where: ['private'] },
  { text: '/belum', where: ['group'] },
  { text: '/peran Sri bendahara', where: ['private', 'group'] },
  { text: '/hubungkan {code}', where: ['group'] },
  { text: '/nama @Sri Siti', where: ['private', 'group'] },
  { text: '/nama Sri jadi Siti', where: ['private', 'group'] },
  // Orders, credit, prices, on-behalf entries, recaps and exports (in commands.ts and the parser).
  { text: '/harga bros 15rb', where: ['group'], since: 'price' },
  { text: '/ekspor Melati', where: ['private'], since: 'export' },
  { text: '/ekspor', where: ['group'], since: 'export' },
  { text: '/rekap_kelompok Melati', where: ['private'], since: 'group_recap' },
  { text: '/rekap_kelompok', where: ['group'], since: 'group_recap' },
  { text: '/laporan_kuartal Melati', where: ['private'], since: 'quarterly_report' },
  { text: 'catat untuk Ani: laku 5 bros @15rb', where: ['private', 'group'], since: 'on_behalf' },
];

/** Tables a refused message may touch. */
const ALLOWED = new Set(['inbound_messages', 'outbound_messages', 'permission_refusals']);
const STRANGER_ALLOWED = new Set([...ALLOWED, 'people', 'identities']);

let strangerSeq = 0;
const ACTORS = {
  member: () => ({ id: SRI, fresh: false }),
  'other facilitator': () => ({ id: SINTA, fresh: false }),
  stranger: () => ({ id: `66${++strangerSeq}`, fresh: true }),
} as const;

const t = repliesFor('id');
const REFUSAL_CODES: readonly DomainErrorCode[] = ['not_facilitator', 'not_your_group', 'lead_unknown', 'confirm_not_allowed', 'payment_not_found', 'price_not_allowed', 'recap_not_allowed', 'on_behalf_not_member'];
const REFUSALS = REFUSAL_CODES.map((c) => t.refusals[c]);

describe('facilitator-only actions are refused for everyone else', () => {
  for (const action of ACTIONS) {
    for (const where of action.where) {
      for (const [who, actor] of Object.entries(ACTORS)) {
        if (action.anyFacilitator && who === 'other facilitator') continue;
        it(`${action.text} in ${where} by a ${who}`, async () => {
          const { id, fresh } = actor();
          const said = action.text.replace('{payment}', String(paymentId)).replace('{code}', w.melati.joinCode);
          // A stranger in the group chat is one the chat has seen once (else she is noticed as a new writer).
          const from = where === 'group' && fresh ? '555' : id;
          const chat = where === 'private' ? from : MELATI_CHAT;
          const before = await w.counts();
          const message = where === 'private' ? w.dm(from, said) : w.inChat(MELATI_CHAT, from, said, { addressedToBot: true });
          const { outcome, replies } = await w.send(message);
          expect(outcome).toBe('handled');

          // Only she is answered, kindly; nobody else hears of it.
          expect(replies.map((r) => r.chatId)).toEqual([chat]);
          const text = replies[0]!.text;
          // A refusal; or a pointer to a private chat (exports never go to a group chat); or, to
          // the other facilitator, an answer about her own group only.
          const own = who === 'other facilitator' && /Mawar|Tidak ada anggota bernama/.test(text);
          const toPrivate = /chat pribadi/.test(text);
          expect(REFUSALS.some((r) => text.includes(r)) || /Maaf/.test(text) || own || toPrivate, text).toBe(true);
          // Nothing of Melati shows: not Ani's name, not her amount, not the lead's tally.
          expect(text).not.toMatch(/Ani|231\.000|Rp231|Wisuda|50 pcs/);

          // Nothing written but the inbox row, the reply, the refusal log (and a stranger's registration).
          const after = await w.counts();
          const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
          const allowed = from === id && fresh ? STRANGER_ALLOWED : ALLOWED;
          expect(changed.filter((k) => !allowed.has(k)), `${said} changed`).toEqual([]);
        });
      }
    }
  }

  it('covers every facilitator command that commands.ts knows', () => {
    for (const name of ['lead_new', 'lead_show', 'lead_list', 'lead_close', 'lead_award', 'confirm_payment', 'members', 'not_recorded', 'role', 'link', 'rename']) {
      expect(ACTIONS.some((a) => matchCommand(a.text.replace('{payment}', '1').replace('{code}', 'ABC123'))?.name === name), name).toBe(true);
    }
  });

  it('the group’s own facilitator is not refused (the table above can fail)', async () => {
    const { replies } = await w.send(w.dm(RINA, '/anggota'));
    expect(replies[0]!.text).toContain('Ani');
    expect(REFUSALS.some((r) => replies[0]!.text.includes(r))).toBe(false);
  });
});
