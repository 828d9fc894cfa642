/**
 * Every chat command and parser intent fed random arguments (fast-check, fixed seed), by
 * every kind of sender, in private and group chats, through the inbound processor on real
 * Postgres: the job never fails, a private message always gets an answer (a group chat may
 * get the deliberate silence), and each message commits all its writes or none.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANI, createWorld, EKA, MAWAR_CHAT, MELATI_CHAT, RINA, SINTA, SRI, type World } from './world.ts';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(async () => w?.t.drop());

/** Every command word of src/conversation/commands.ts and the parser's intents (plus newer ones, harmless if unknown). */
const HEADS = [
  '/gabung', 'gabung', '/hubungkan', '/peran', '/anggota', '/belum', 'berhenti', 'STOP', 'mulai', '/start',
  '/peluang', '/peluangku', '/tutup', '/pilih', '/konfirmasi', '/cicilan', '/angsuran', '/pinjaman',
  '/grafik', 'grafik', 'laku', 'terjual', 'beli', 'bayar', 'rekap', 'batal', 'minat', 'MINAT', 'saya bisa',
  'bayar cicilan', 'setor angsuran', 'aset', 'omset', 'bantuan', '/help', 'ya', 'tidak', 'kirim',
  '/harga', '/ekspor', '/rekap_kelompok', '/laporan_kuartal', 'catat untuk', '/catatan', 'hapus', 'ralat', '/batal',
  '/nama', '/nama @Ani', '/nomor', '/nomor 0812', 'nama saya', '/ubahnama', 'halo', 'makasih', 'assalamualaikum', 'ok', 'iya', '👍',
];

const word = (w: World) =>
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.constantFrom(
      'P1', 'P2', 'p999999999999', '@Ani', 'Ani', 'Sri', 'Eka', 'bendahara', 'ketua', 'Melati', 'Mawar', w.melati.joinCode, w.mawar.joinCode,
      '50', '0', '-1', '15rb', '1,5jt', '999999999999999999999', '1e308', 'NaN', 'kemarin', 'tgl 31', 'bulan', 'minggu',
      'asesoris:', 'desa', 'kecamatan', 'kelompok', '@', ':', ',', '\n', "'; drop table people; --", '<b>', '\u0000', '\ud800',
    ),
  );

const SENDERS = [RINA, SINTA, ANI, SRI, EKA, '424242'];

describe('chat commands with random arguments', () => {
  it('never fail, always answer in private, and write all or nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...HEADS),
        fc.array(word(w), { maxLength: 6 }),
        fc.constantFrom(...SENDERS),
        fc.constantFrom('private', MELATI_CHAT, MAWAR_CHAT, '-100999'),
        fc.boolean(),
        async (head, args, sender, chat, addressed) => {
          const text = [head, ...args].join(' ');
          const message = chat === 'private' ? w.dm(sender, text) : w.inChat(chat, sender, text, { addressedToBot: addressed });
          const { outcome, replies } = await w.send(message);
          expect(outcome).toBe('handled');
          if (chat === 'private') expect(replies.filter((r) => r.chatId === sender).length).toBeGreaterThan(0);
          for (const r of replies) expect(r.text).not.toMatch(/undefined|NaN|\[object /);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 30) },
    );
    // And afterwards the books still add up: no entry without its inbox row.
    const orphans = await w.t.db
      .selectFrom('ledger_entries')
      .leftJoin('inbound_messages', 'inbound_messages.id', 'ledger_entries.source_message_id')
      .select('ledger_entries.id')
      .where('inbound_messages.id', 'is', null)
      .where('ledger_entries.source_message_id', 'is not', null)
      .execute();
    expect(orphans).toEqual([]);
  });
});
