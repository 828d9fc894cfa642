/**
 * The books follow what she does in WhatsApp, through the whole running app (fake Baileys
 * socket → channel → Redis queues → inbound processor → Postgres → outbox → socket):
 * - deleting a message for everyone cancels what it recorded, once, and says so; a
 *   deleted message that recorded nothing, or that arrives after its deletion, records
 *   nothing and says nothing;
 * - a message redelivered under her phone after it came under her LID is recorded once;
 * - a member seen by phone in one place and by LID in another is merged into one person
 *   when WhatsApp tells the bot the two ids are hers (`lid-mapping.update`).
 * Event shapes come from rc14's source, see tests/fixtures/whatsapp/messages.ts.
 */
import { proto, type WAMessage } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../src/app.ts';
import { fixedClock } from '../../../src/core/clock.ts';
import { eventually } from '../../helpers/wait.ts';
import { startWhatsappApp, type WhatsappApp } from '../../helpers/whatsapp-app.ts';
import * as f from '../../fixtures/whatsapp/messages.ts';

let w: WhatsappApp;
let app: App;
const clock = fixedClock('2026-11-20T03:15:00Z');

beforeAll(async () => {
  // A second between the bot's own private sends: a paced notice goes within the test's wait.
  w = await startWhatsappApp({ clock, env: { WHATSAPP_PRIVATE_PER_MINUTE: '60' } });
  app = w.app;
});

afterAll(() => w?.stop());

const socket = () => w.socket();
const textsTo = (jid: string) => w.textsTo(jid).map((text) => text ?? '');

/** Private text from someone, as rc14 addresses it: by phone with her LID alongside, or by whichever id is given. */
function privateFrom(who: { jid: string; alt?: string }, text: string, id: string, at = f.T0): WAMessage {
  return {
    key: { remoteJid: who.jid, ...(who.alt ? { remoteJidAlt: who.alt } : {}), fromMe: false, id, addressingMode: who.jid.endsWith('@lid') ? 'lid' : 'pn' },
    message: { conversation: text },
    messageTimestamp: at,
    pushName: 'Ani',
  };
}

/** Delivers `rekap` in this private chat and waits for its answer: everything sent to the chat before it was handled by then (one shard, in order). */
async function settle(chat: { jid: string; alt?: string }, replyJid: string, id: string): Promise<string> {
  const before = textsTo(replyJid).length;
  socket().receive([privateFrom(chat, 'rekap', id, f.T0 + 900)]);
  return eventually(() => textsTo(replyJid).slice(before).find((x) => x.startsWith('📊')), { what: 'the recap' });
}

async function entriesOf(rawText: string) {
  return app.db.selectFrom('ledger_entries').select(['id', 'person_id', 'voided_at', 'voided_by_message_id']).where('raw_text', '=', rawText).execute();
}

const ANI = { jid: f.ANI.phoneJid, alt: f.ANI.lid };

describe('deleting a message for everyone', () => {
  it('cancels what it recorded and says so in one line, once, whichever of rc14 two events and however often it comes', async () => {
    const original = privateFrom(ANI, 'laku 3 bros @15rb', '3EB0REVTEST0001');
    socket().receive([original]);
    await eventually(() => textsTo(f.ANI.phoneJid).some((x) => x.includes('Rp45.000')), { what: 'the recording' });
    expect((await entriesOf('laku 3 bros @15rb')).map((e) => e.voided_at)).toEqual([null]);

    const revoke = await f.revokeOf(original, '3EB0REVOKE00001');
    // rc14 emits the upsert, then (process-message.js) the update for the same deletion; WhatsApp may deliver it again.
    socket().receive([revoke]);
    socket().emit('messages.update', f.revokeUpdateOf(revoke));
    socket().receive([revoke], 'append');
    const recap = await settle(ANI, f.ANI.phoneJid, '3EB0REVSETTLE01');

    const entries = await entriesOf('laku 3 bros @15rb');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.voided_at).not.toBeNull();
    const said = textsTo(f.ANI.phoneJid).filter((x) => x.includes('dihapus'));
    expect(said).toEqual(['🗑️ Catatan dibatalkan karena pesannya dihapus: Jualan 3 bros × Rp15.000 = Rp45.000']);
    expect(recap).not.toContain('Rp45.000');
  });

  it('says nothing when the deleted message recorded nothing', async () => {
    const hello = privateFrom(ANI, 'halo', '3EB0REVHELLO001');
    socket().receive([hello]);
    await settle(ANI, f.ANI.phoneJid, '3EB0REVSETTLE02');
    const before = textsTo(f.ANI.phoneJid).length;
    socket().receive([await f.revokeOf(hello, '3EB0REVOKE00002')]);
    await settle(ANI, f.ANI.phoneJid, '3EB0REVSETTLE03');
    expect(textsTo(f.ANI.phoneJid).length).toBe(before + 1); // only the recap
    const row = await app.db.selectFrom('inbound_messages').select('intent').where('message_id', '=', '3EB0REVHELLO001').where('edit_key', '=', 'revoked').executeTakeFirstOrThrow();
    expect(row.intent).toBe('revoke:nothing');
  });

  it('never records a message whose deletion came first (it was still queued, or is redelivered later)', async () => {
    const original = privateFrom(ANI, 'laku 7 tas @20rb', '3EB0REVLATE0001');
    socket().receive([await f.revokeOf(original, '3EB0REVOKE00003')]);
    socket().receive([original], 'append');
    const recap = await settle(ANI, f.ANI.phoneJid, '3EB0REVSETTLE04');
    expect(await entriesOf('laku 7 tas @20rb')).toEqual([]);
    expect(recap).not.toContain('Rp140.000');
    expect(textsTo(f.ANI.phoneJid).some((x) => x.includes('tas'))).toBe(false);
  });

  it('closes the question a deleted message asked: a later "ya" records nothing', async () => {
    const guess = privateFrom(ANI, 'laku gelang 25rb?', '3EB0REVGUESS001');
    socket().receive([guess]);
    await eventually(() => textsTo(f.ANI.phoneJid).some((x) => x.includes('gelang') && x.includes('"ya"')), { what: 'the question' });
    socket().receive([await f.revokeOf(guess, '3EB0REVOKE00005')]);
    socket().receive([privateFrom(ANI, 'ya', '3EB0REVGUESSYA1', f.T0 + 650)]);
    await settle(ANI, f.ANI.phoneJid, '3EB0REVSETTLE05');
    expect(await app.db.selectFrom('ledger_entries').select('id').where('item', '=', 'gelang').execute()).toEqual([]);
    const row = await app.db.selectFrom('inbound_messages').select('intent').where('message_id', '=', '3EB0REVGUESS001').where('edit_key', '=', 'revoked').executeTakeFirstOrThrow();
    expect(row.intent).toBe('revoke:question_closed');
  });

  it('changes nothing for an edit that comes after the deletion of its message', async () => {
    const original = privateFrom(ANI, 'laku 5 dompet @12rb', '3EB0REVEDIT0001');
    socket().receive([await f.revokeOf(original, '3EB0REVOKE00006')]);
    // The edit, as rc14 hands it to messages.upsert (a MESSAGE_EDIT protocol message naming the original).
    socket().receive([
      {
        key: { remoteJid: f.ANI.phoneJid, remoteJidAlt: f.ANI.lid, fromMe: false, id: '3EB0REVEDITED01', addressingMode: 'pn' },
        message: {
          protocolMessage: {
            key: { remoteJid: f.BOT.phoneJid, fromMe: true, id: '3EB0REVEDIT0001' },
            type: proto.Message.ProtocolMessage.Type.MESSAGE_EDIT,
            editedMessage: { conversation: 'laku 6 dompet @12rb' },
            timestampMs: (f.T0 + 500) * 1000,
          },
        },
        messageTimestamp: f.T0 + 500,
        pushName: 'Ani',
      },
    ], 'append');
    await settle(ANI, f.ANI.phoneJid, '3EB0REVSETTLE06');
    expect(await app.db.selectFrom('ledger_entries').select('id').where('item', '=', 'dompet').execute()).toEqual([]);
  });

  it('cancels what a facilitator recorded for a member when she deletes that message, and tells the member', async () => {
    const FITRI = { jid: '6281234567899@s.whatsapp.net', alt: '99999999999999@lid' };
    const ani = await app.db.selectFrom('identities').select('person_id').where('external_id', '=', f.ANI.phoneJid).executeTakeFirstOrThrow();
    const fitri = await app.db.insertInto('people').values({ name: 'Bu Fitri', time_zone: 'Asia/Jakarta' }).returning('id').executeTakeFirstOrThrow();
    await app.db.insertInto('identities').values({ person_id: fitri.id, platform: 'whatsapp', external_id: FITRI.jid, display_name: 'Fitri' }).execute();
    const facilitator = await app.db.insertInto('facilitators').values({ person_id: fitri.id }).returning('id').executeTakeFirstOrThrow();
    const group = await app.db
      .insertInto('groups')
      .values({ name: 'Melati', facilitator_id: facilitator.id, time_zone: 'Asia/Jakarta', join_code: 'MELATI9' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await app.db.insertInto('memberships').values({ group_id: group.id, person_id: ani.person_id }).execute();

    const forAni = privateFrom(FITRI, 'catat untuk Ani: laku 5 cincin @10rb', '3EB0REVBEHALF01');
    socket().receive([forAni]);
    await eventually(async () => (await app.db.selectFrom('ledger_entries').select('id').where('item', '=', 'cincin').where('person_id', '=', ani.person_id).execute()).length === 1, {
      what: 'the entry recorded for Ani',
    });
    socket().receive([await f.revokeOf(forAni, '3EB0REVOKE00007')]);
    const said = await eventually(() => textsTo(FITRI.jid).find((x) => x.includes('dihapus')), { what: 'the facilitator to be told' });
    expect(said).toBe('🗑️ Catatan untuk Bu Ani dibatalkan karena pesannya dihapus: Jualan 5 cincin × Rp10.000 = Rp50.000');
    // Ani's line is a notice, the bot's own initiative (not an answer to her): paced on the
    // injected clock, so the clock moves past the pacing gap.
    clock.advance(5 * 60_000);
    const told = await eventually(() => textsTo(f.ANI.phoneJid).find((x) => x.includes('Bu Fitri menghapus')), { what: 'Ani to be told' });
    expect(told).toContain('Rp50.000');
    const entry = await app.db.selectFrom('ledger_entries').select('voided_at').where('item', '=', 'cincin').executeTakeFirstOrThrow();
    expect(entry.voided_at).not.toBeNull();
  });

  it('leaves her books alone when a group admin deletes her message', async () => {
    const sale = f.groupText('laku 2 kerudung @80rb', '3EB0REVGROUP001');
    socket().receive([sale]);
    await eventually(async () => (await entriesOf('laku 2 kerudung @80rb')).length === 1, { what: 'the group recording' });
    socket().receive([await f.adminRevokeOf(sale, f.ANI, '3EB0REVADMIN001')]);
    // Her own deletion of it, after: that one counts (rc14: the revoke's participant is the author).
    socket().receive([await f.revokeOf(sale, '3EB0REVOKE00004')]);
    const [entry] = await eventually(async () => {
      const rows = await entriesOf('laku 2 kerudung @80rb');
      return rows[0]?.voided_at ? rows : undefined;
    }, { what: 'her deletion to cancel it' });
    expect(entry!.voided_at).not.toBeNull();
    const admin = await app.db.selectFrom('inbound_messages').select('id').where('message_id', '=', '3EB0REVGROUP001').where('edit_key', '=', 'revoked').execute();
    expect(admin).toHaveLength(1); // the admin's deletion never reached the books
    const group = await eventually(() => {
      const said = textsTo(f.GROUP).filter((x) => x.includes('dihapus'));
      return said.length ? said : undefined;
    }, { what: 'the group to be told' });
    expect(group).toEqual(['🗑️ Catatan dibatalkan karena pesannya dihapus: Jualan 2 kerudung × Rp80.000 = Rp160.000']);
    // The deleted message is not quoted.
    const sent = socket().sent.find((s) => s.jid === f.GROUP && (s.content as { text?: string }).text?.includes('dihapus'));
    expect(sent?.options?.quoted).toBeUndefined();
  });
});

describe('one woman, whichever id WhatsApp shows', () => {
  const SARI = { phoneJid: '6281234567895@s.whatsapp.net', lid: '55555555555555@lid' };

  it('records a message once when it is redelivered under her phone after it came under her LID', async () => {
    // First seen by LID only: nobody knows her phone yet.
    const first = privateFrom({ jid: SARI.lid }, 'laku 4 kain @10rb', '3EB0LIDPHONE001');
    socket().receive([first]);
    await eventually(() => textsTo(SARI.lid).some((x) => x.includes('Rp40.000')), { what: 'the recording under her LID' });
    // rc14 Types/Auth LIDMapping, as messages-recv.js emits it for a linked profile.
    socket().emit('lid-mapping.update', { lid: SARI.lid, pn: SARI.phoneJid });
    await eventually(() => app.db.selectFrom('whatsapp_lid_map').select('lid').where('lid', '=', SARI.lid).executeTakeFirst(), { what: 'the mapping' });
    // The same message again, now addressed by her phone with the LID alongside.
    socket().receive([privateFrom({ jid: SARI.phoneJid, alt: SARI.lid }, 'laku 4 kain @10rb', '3EB0LIDPHONE001')], 'append');
    const recap = await settle({ jid: SARI.phoneJid, alt: SARI.lid }, SARI.phoneJid, '3EB0LIDSETTLE01');
    expect(await entriesOf('laku 4 kain @10rb')).toHaveLength(1);
    expect(recap).toContain('Rp40.000');
  });

  it('merges the person seen by phone and the one seen by LID into one, with all her books', async () => {
    const DEWI = { phoneJid: '6281234567896@s.whatsapp.net', lid: '66666666666666@lid' };
    // Privately by phone only, then in the group by LID only: two people rows.
    socket().receive([privateFrom({ jid: DEWI.phoneJid }, 'laku 2 bros @15rb', '3EB0MERGEPRIV01')]);
    await eventually(() => textsTo(DEWI.phoneJid).length > 0, { what: 'her private recording' });
    socket().receive([f.groupTextFromLid(DEWI, 'Dewi', 'laku 3 mukena total 450rb', '3EB0MERGEGRP001')]);
    await eventually(async () => (await entriesOf('laku 3 mukena total 450rb')).length === 1, { what: 'her group recording' });
    const owners = async () =>
      app.db.selectFrom('identities').select(['person_id', 'external_id']).where('external_id', 'in', [DEWI.phoneJid, DEWI.lid]).orderBy('external_id').execute();
    expect(new Set((await owners()).map((o) => o.person_id)).size).toBe(2);

    socket().emit('lid-mapping.update', { lid: DEWI.lid, pn: DEWI.phoneJid });
    const merged = await eventually(async () => {
      const rows = await owners();
      return rows.length === 2 && rows[0]!.person_id === rows[1]!.person_id ? rows : undefined;
    }, { what: 'one person behind both ids' });
    const personId = merged[0]!.person_id;
    const entries = [...(await entriesOf('laku 2 bros @15rb')), ...(await entriesOf('laku 3 mukena total 450rb'))].filter((e) => e.voided_at === null);
    expect(entries.map((e) => e.person_id)).toEqual([personId, personId]);
    const recap = await settle({ jid: DEWI.phoneJid, alt: DEWI.lid }, DEWI.phoneJid, '3EB0MERGESETL01');
    expect(recap).toContain('Rp480.000');
  });
});
