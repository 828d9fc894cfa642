/**
 * The conversation on real Postgres: each inbound message goes through the same
 * processor the queue workers run, with replies collected where the send queue would be.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../src/core/messages.ts';
import { processInbound, type InboundDeps } from '../../src/jobs/inbound.processor.ts';
import type { OutboxItem } from '../../src/modules/outbox/outbox.repository.ts';
import { findOutbound, markSent } from '../../src/modules/outbox/outbox.repository.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { groupMessage, privateMessage } from '../helpers/messages.ts';

let t: TestDatabase;
const clock = fixedClock('2026-11-20T03:00:00Z');
let dispatched: OutboxItem[] = [];
let deps: InboundDeps;

beforeAll(async () => {
  t = await createTestDatabase();
  deps = {
    db: t.db,
    clock,
    defaultTimeZone: 'Asia/Jakarta',
    log: silentLogger(),
    dispatch: async (items) => void dispatched.push(...items),
  };
});
afterAll(async () => t?.drop());
beforeEach(() => {
  dispatched = [];
});

let personCounter = 0;
/** A new person for each test, so tests do not share books. */
function newPerson(name = 'Ani') {
  personCounter += 1;
  const id = String(5000 + personCounter);
  return {
    say: (text: string, over: Partial<InboundMessage> = {}) =>
      privateMessage(text, { chatId: id, sender: { id, name }, ...over }),
    inGroup: (text: string, over: Partial<InboundMessage> = {}) => groupMessage(text, { sender: { id, name }, ...over }),
    id,
  };
}

async function replyTo(message: InboundMessage): Promise<OutboundMessage[]> {
  const before = dispatched.length;
  await processInbound(deps, message);
  const items = dispatched.slice(before);
  const rows = await Promise.all(items.map((i) => findOutbound(t.db, i.idempotencyKey)));
  return rows.map((r) => r!.payload);
}

async function activeEntries(externalId: string) {
  return t.db
    .selectFrom('ledger_entries')
    .innerJoin('identities', 'identities.person_id', 'ledger_entries.person_id')
    .selectAll('ledger_entries')
    .where('identities.external_id', '=', externalId)
    .where('voided_at', 'is', null)
    .orderBy('ledger_entries.id')
    .execute();
}

describe('recording from a private chat', () => {
  it('registers a newcomer, welcomes her and records her first sale', async () => {
    const ani = newPerson('Ani');
    const [reply] = await replyTo(ani.say('laku 12 bros @15rb'));
    expect(reply?.text).toContain('Halo Bu Ani');
    expect(reply?.text).toContain('✅ Jualan 12 bros × Rp15.000 = Rp180.000');
    expect(reply?.text).toContain('Hari ini: jualan Rp180.000, belanja Rp0');
    expect(reply?.replyToMessageId).toBeUndefined();

    const entries = await activeEntries(ani.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'sale',
      amount: 180000,
      item: 'bros',
      quantity: 12,
      unit_price: 15000,
      business_date: '2026-11-20',
      raw_text: 'laku 12 bros @15rb',
    });
    const person = await t.db.selectFrom('people').selectAll().where('id', '=', entries[0]!.person_id).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ name: 'Ani', time_zone: 'Asia/Jakarta', language: 'id' });
  });

  it('keeps a running total for the day, and welcomes only once', async () => {
    const sri = newPerson('Sri');
    await replyTo(sri.say('laku 12 bros @15rb'));
    const [reply] = await replyTo(sri.say('beli benang 50rb'));
    expect(reply?.text).not.toContain('Halo');
    expect(reply?.text).toContain('✅ Belanja benang Rp50.000');
    expect(reply?.text).toContain('Hari ini: jualan Rp180.000, belanja Rp50.000');
  });

  it('records several entries from one message and dates "kemarin" yesterday', async () => {
    const rina = newPerson('Rina');
    const [reply] = await replyTo(rina.say('kemarin laku 5 bros @15rb, beli manik 20rb'));
    const entries = await activeEntries(rina.id);
    expect(entries.map((e) => [e.kind, e.amount, e.business_date])).toEqual([
      ['sale', 75000, '2026-11-19'],
      ['expense', 20000, '2026-11-19'],
    ]);
    expect(reply?.text).toContain('Kamis, 19 Nov: jualan Rp75.000, belanja Rp20.000');
  });

  it('dates a message by the member’s day in her time zone', async () => {
    const late = newPerson('Wati');
    // 00:30 WIB on Saturday 21 November, still Friday in UTC.
    await replyTo(late.say('laku 2 kerudung 170rb', { sentAt: '2026-11-20T17:30:00.000Z' }));
    const [entry] = await activeEntries(late.id);
    expect(entry?.business_date).toBe('2026-11-21');
  });
});

describe('undo', () => {
  it('voids every entry of the last message and keeps the rows', async () => {
    const ani = newPerson();
    await replyTo(ani.say('laku 12 bros @15rb'));
    await replyTo(ani.say('laku 5 bros @15rb, beli manik 20rb'));
    const [reply] = await replyTo(ani.say('batal'));
    expect(reply?.text).toContain('↩️ Dibatalkan: Jualan 5 bros × Rp15.000 = Rp75.000');
    expect(reply?.text).toContain('↩️ Dibatalkan: Belanja manik Rp20.000');
    expect(reply?.text).toContain('Hari ini: jualan Rp180.000, belanja Rp0');
    expect((await activeEntries(ani.id)).map((e) => e.amount)).toEqual([180000]);
    const all = await t.db.selectFrom('ledger_entries').select(['voided_at']).where('raw_text', '=', 'laku 5 bros @15rb, beli manik 20rb').execute();
    expect(all.length).toBeGreaterThanOrEqual(2);
  });

  it('says so kindly when there is nothing to undo', async () => {
    const ani = newPerson();
    const replies = await replyTo(ani.say('batal'));
    expect(replies.at(-1)?.text).toContain('Belum ada catatan yang bisa dibatalkan, Bu. Catat dulu, misalnya "laku 12 bros @15rb".');
  });
});

describe('recap', () => {
  it('sums the day, the Monday–Sunday week and the month, without voided entries', async () => {
    const ani = newPerson();
    await replyTo(ani.say('laku 12 bros @15rb', { sentAt: '2026-11-16T03:00:00Z' })); // Monday
    await replyTo(ani.say('laku 2 lusin jepit @30rb', { sentAt: '2026-11-18T03:00:00Z' }));
    await replyTo(ani.say('beli manik 20rb', { sentAt: '2026-11-20T03:00:00Z' }));
    await replyTo(ani.say('laku 1 bros 999rb', { sentAt: '2026-11-20T03:01:00Z' }));
    await replyTo(ani.say('batal', { sentAt: '2026-11-20T03:02:00Z' }));
    await replyTo(ani.say('laku 3 bros @15rb', { sentAt: '2026-11-02T03:00:00Z' })); // earlier week, same month

    const [day] = await replyTo(ani.say('rekap hari ini'));
    expect(day?.text.split('\n').slice(0, 4)).toEqual(['📊 Rekap hari ini (20 Nov)', 'Jualan: Rp0', 'Belanja: Rp20.000', 'Rugi: Rp20.000']);

    const [week] = await replyTo(ani.say('rekap minggu ini'));
    expect(week?.text.split('\n')).toEqual([
      '📊 Rekap minggu ini (16–22 Nov)',
      'Jualan: Rp240.000',
      'Belanja: Rp20.000',
      'Untung: Rp220.000',
      '3 catatan dalam 3 hari',
      'Terlaris: bros Rp180.000 · jepit Rp60.000',
    ]);

    const [month] = await replyTo(ani.say('rekap bulan ini'));
    expect(month?.text).toContain('Jualan: Rp285.000');
    expect(month?.text).toContain('4 catatan dalam 4 hari');
  });
});

describe('when the bot is not sure', () => {
  it('asks back with yes/no buttons and records only on "ya"', async () => {
    const ani = newPerson();
    await replyTo(ani.say('batal')); // register first, so the question stands alone
    // A question mark makes it a guess (a missing verb is asked as "Jualan atau belanja?" instead).
    const [question] = await replyTo(ani.say('laku bros 15rb?'));
    // The question names its doubt (she wrote a question mark): does she mean to record it?
    expect(question?.text).toContain('Ibu mau mencatat ini, Bu Ani?');
    expect(question?.text).toContain('• Jualan bros Rp15.000');
    expect(question?.buttons).toEqual([
      { label: '✅ ya', value: 'ya' },
      { label: '❌ tidak', value: 'tidak' },
    ]);
    expect(await activeEntries(ani.id)).toHaveLength(0);

    const [done] = await replyTo(ani.say('ya'));
    expect(done?.text).toContain('✅ Jualan bros Rp15.000');
    const entries = await activeEntries(ani.id);
    expect(entries.map((e) => [e.amount, e.raw_text])).toEqual([[15000, 'laku bros 15rb?']]);
    // The question is answered: another "ya" records nothing more.
    await replyTo(ani.say('ya'));
    expect(await activeEntries(ani.id)).toHaveLength(1);
  });

  it('records nothing on "tidak"', async () => {
    const ani = newPerson();
    await replyTo(ani.say('kerudung 3 90rb'));
    const [reply] = await replyTo(ani.say('tidak'));
    expect(reply?.text).toContain('Baik, tidak dicatat.');
    expect(await activeEntries(ani.id)).toHaveLength(0);
  });

  it('drops the question when she writes something else, and handles that message', async () => {
    const ani = newPerson();
    await replyTo(ani.say('kerudung 3 90rb'));
    const [reply] = await replyTo(ani.say('laku 2 kerudung 170rb'));
    expect(reply?.text).toContain('✅ Jualan 2 kerudung Rp170.000');
    await replyTo(ani.say('ya'));
    expect((await activeEntries(ani.id)).map((e) => e.amount)).toEqual([170000]);
  });

  it('forgets a question after half an hour', async () => {
    const ani = newPerson();
    await replyTo(ani.say('bros 15rb'));
    clock.advance(31 * 60 * 1000);
    try {
      await replyTo(ani.say('ya'));
    } finally {
      clock.set('2026-11-20T03:00:00Z');
    }
    expect(await activeEntries(ani.id)).toHaveLength(0);
  });

  it('asks for the price when a sale has none', async () => {
    const ani = newPerson();
    const replies = await replyTo(ani.say('laku 5 bros'));
    expect(replies.at(-1)?.text).toContain('Berapa uangnya');
    expect(await activeEntries(ani.id)).toHaveLength(0);
  });

  it('stays silent in a group on a guess that was not addressed to it', async () => {
    const tin = newPerson('Tin');
    expect(await replyTo(tin.inGroup('bros 15rb'))).toEqual([]);
  });
});

describe('help and things not understood', () => {
  it('explains itself with examples', async () => {
    const ani = newPerson();
    const replies = await replyTo(ani.say('bantuan'));
    expect(replies.at(-1)?.text).toContain('laku 12 bros @15rb');
    expect(replies.at(-1)?.text).toContain('batal');
  });

  it('answers chatter in a private chat kindly and records nothing', async () => {
    const ani = newPerson();
    const replies = await replyTo(ani.say('cuacanya panas sekali bu'));
    expect(replies.at(-1)?.text).toContain('Maaf, saya belum paham');
    expect(await activeEntries(ani.id)).toHaveLength(0);
  });

  it('never records a phone number or a meeting time', async () => {
    const ani = newPerson();
    await replyTo(ani.say('no wa saya 0813 1122 3344'));
    await replyTo(ani.say('pertemuan berikutnya tanggal 3 jam 14.00'));
    expect(await activeEntries(ani.id)).toHaveLength(0);
  });
});

describe('greetings, thanks and "ok"', () => {
  it.each([
    ['halo', 'Halo, Bu Ani 😊 Mau catat apa hari ini?'],
    ['Selamat pagi bu', 'Selamat pagi juga, Bu Ani 😊 Mau catat apa hari ini?'],
    ['salam', 'Halo, Bu Ani 😊 Mau catat apa hari ini?'],
    ["Assalamu'alaikum wr wb", 'Waalaikumsalam, Bu Ani 🙏 Mau catat apa hari ini?'],
    ['assalamualaikum', 'Waalaikumsalam, Bu Ani 🙏 Mau catat apa hari ini?'],
    ['makasih', 'Sama-sama, Bu Ani 😊'],
    ['terima kasih banyak ya bu', 'Sama-sama, Bu Ani 😊'],
    ['ok', 'Siap, Bu Ani 👍'],
    ['oke', 'Siap, Bu Ani 👍'],
    ['siap', 'Siap, Bu Ani 👍'],
    ['👍', 'Siap, Bu Ani 👍'],
  ])('"%s" in a private chat gets a short warm line, and nothing is recorded', async (text, expected) => {
    const ani = newPerson('Ani');
    await replyTo(ani.say('laku 2 bros @15rb'));
    const replies = await replyTo(ani.say(text));
    expect(replies.map((r) => r.text)).toEqual([expected]);
    expect((await activeEntries(ani.id)).map((e) => e.amount)).toEqual([30000]);
  });

  it('answers a newcomer’s salam first, then welcomes her', async () => {
    const sri = newPerson('Sri');
    const [reply] = await replyTo(sri.say('assalamualaikum'));
    expect(reply?.text.split('\n\n')[0]).toBe('Waalaikumsalam, Bu Sri 🙏 Mau catat apa hari ini?');
    expect(reply?.text).toContain('Halo Bu Sri 👋 Saya Dampingi');
  });

  it.each(['halo', 'selamat pagi ibu-ibu', 'makasih', 'assalamualaikum', 'ok', '👍', 'ya', 'tidak'])(
    '"%s" in a group chat gets no answer, even when it replies to the bot',
    async (text) => {
      const tin = newPerson('Tin');
      expect(await replyTo(tin.inGroup(text))).toEqual([]);
      expect(await replyTo(tin.inGroup(text, { addressedToBot: true }))).toEqual([]);
    },
  );
});

describe('"ya" or "tidak" to a question that is no longer open', () => {
  it('says what a passed-over question would have recorded, and records nothing', async () => {
    const ani = newPerson();
    await replyTo(ani.say('batal')); // registered, so each reply stands alone
    const [question] = await replyTo(ani.say('bros 150rb'));
    expect(question?.text).toContain('Ini jualan atau belanja, Bu?');
    await replyTo(ani.say('beli benang 20rb'));
    const [reply] = await replyTo(ani.say('ya'));
    expect(reply?.text).toBe(
      [
        'Pertanyaan saya tadi terlewat karena ada pesan baru, jadi ini belum dicatat:',
        '• Jualan bros Rp150.000',
        'Kalau benar, tulis lagi: laku bros 150rb',
      ].join('\n'),
    );
    expect(reply?.text).not.toContain('belum paham');
    expect((await activeEntries(ani.id)).map((e) => e.amount)).toEqual([20000]);
    // The suggested words record it, without another question.
    const [retyped] = await replyTo(ani.say('laku bros 150rb'));
    expect(retyped?.text).toContain('✅ Jualan bros Rp150.000');
  });

  it('answers "tidak" to a passed-over question plainly', async () => {
    const ani = newPerson();
    await replyTo(ani.say('kerudung 3 90rb'));
    await replyTo(ani.say('rekap'));
    const [reply] = await replyTo(ani.say('tidak'));
    expect(reply?.text).toBe('Baik, Bu. Yang tadi memang belum dicatat:\n• Jualan 3 kerudung Rp90.000');
    expect(await activeEntries(ani.id)).toHaveLength(0);
  });

  it('lets "ok" after a passed-over question acknowledge the last reply', async () => {
    const ani = newPerson('Ani');
    await replyTo(ani.say('bros 15rb'));
    await replyTo(ani.say('laku 2 kerudung 170rb'));
    const [ack] = await replyTo(ani.say('ok'));
    expect(ack?.text).toBe('Siap, Bu Ani 👍');
    expect((await activeEntries(ani.id)).map((e) => e.amount)).toEqual([170000]);
    // The passed-over question is still there for a clear "ya".
    const [later] = await replyTo(ani.say('iya'));
    expect(later?.text).toContain('• Jualan bros Rp15.000');
  });

  it('says an expired question has expired, with what to write instead, even to "ok"', async () => {
    const ani = newPerson();
    await replyTo(ani.say('kemarin bros 15rb'));
    clock.advance(31 * 60 * 1000);
    let reply: OutboundMessage | undefined;
    try {
      [reply] = await replyTo(ani.say('ok', { sentAt: clock.now().toISOString() }));
    } finally {
      clock.set('2026-11-20T03:00:00Z');
    }
    expect(reply?.text).toBe(
      [
        // "ok" does not say which kind: she is shown how to write either.
        'Maaf, Bu, pertanyaan saya tadi sudah kedaluwarsa, jadi ini belum dicatat:',
        '• bros Rp15.000',
        'Kalau jualan, tulis "kemarin laku bros 15rb"; kalau belanja, tulis "kemarin beli bros 15rb".',
      ].join('\n'),
    );
    expect(await activeEntries(ani.id)).toHaveLength(0);
  });

  it('in a group chat, answers a passed-over question only when "ya" replies to the bot', async () => {
    const tin = newPerson('Tin');
    await replyTo(tin.inGroup('laku 1 bros 15rb'));
    const [question] = await replyTo(tin.inGroup('kerudung 3 90rb', { addressedToBot: true }));
    expect(question?.text).toContain('Ini jualan atau belanja, Bu?');
    await replyTo(tin.inGroup('laku 2 bros 30rb'));
    expect(await replyTo(tin.inGroup('ya'))).toEqual([]);
    const [reply] = await replyTo(tin.inGroup('ya', { addressedToBot: true }));
    expect(reply?.text).toContain('Pertanyaan saya tadi terlewat');
    expect(reply?.text).toContain('• Jualan 3 kerudung Rp90.000');
  });

  it('takes "batal" long after a question as the undo it is', async () => {
    const ani = newPerson();
    await replyTo(ani.say('laku 2 kerudung 170rb'));
    await replyTo(ani.say('bros 15rb'));
    clock.advance(31 * 60 * 1000);
    let reply: OutboundMessage | undefined;
    try {
      [reply] = await replyTo(ani.say('batal', { sentAt: clock.now().toISOString() }));
    } finally {
      clock.set('2026-11-20T03:00:00Z');
    }
    expect(reply?.text).toContain('↩️ Dibatalkan: Jualan 2 kerudung Rp170.000');
    expect(await activeEntries(ani.id)).toHaveLength(0);
  });

  it('never guesses when what was asked is lost: "ya" hears that no question is open', async () => {
    const ani = newPerson();
    await replyTo(ani.say('bros 15rb'));
    // The chat's open question is gone (a wiped state table, a restored backup …).
    await t.db.deleteFrom('conversation_states').execute();
    const [reply] = await replyTo(ani.say('ya'));
    expect(reply?.text).toContain('Tidak ada pertanyaan saya yang masih menunggu');
    expect(reply?.text).not.toContain('belum paham');
    expect(await activeEntries(ani.id)).toHaveLength(0);
    const [no] = await replyTo(ani.say('tidak'));
    expect(no?.text).toBe('Baik, Bu. Tidak ada yang saya catat.');
  });

  it.each(['ya', 'iya', 'betul', 'tidak'])('"%s" with nothing ever asked is never "not understood"', async (text) => {
    const ani = newPerson();
    await replyTo(ani.say('laku 1 bros 15rb'));
    const [reply] = await replyTo(ani.say(text));
    expect(reply?.text).not.toContain('belum paham');
    expect(await activeEntries(ani.id)).toHaveLength(1);
  });
});

describe('money that is not the business’s', () => {
  it('says why savings, family money or change is not recorded, and records nothing', async () => {
    const ani = newPerson();
    const cases: [string, string][] = [
      // A return alone is recorded (tests/integration/sale-returns.test.ts); written with a
      // sale, each part is recorded or asked on its own (tests/integration/asked-back.test.ts).
      ['nabung 20rb', 'bukan uang usaha'],
      ['dikasih anak 200rb', 'Uang dari keluarga bukan hasil jualan'],
      ['kembalian 5rb', 'Kembalian bukan jualan'],
      ['uang jualan ilang 40rb', 'Uang yang hilang atau kena tipu bukan jualan'],
      ['menang undian 300rb', 'Hadiah dan uang undian bukan hasil jualan'],
    ];
    for (const [text, answer] of cases) {
      const replies = await replyTo(ani.say(text));
      expect(replies.at(-1)?.text, text).toContain(answer);
    }
    expect(await activeEntries(ani.id)).toHaveLength(0);
  });

  it('asks only about the business line when another line is family money or arisan, and says what was left out', async () => {
    const ani = newPerson();
    const asked = (await replyTo(ani.say('dapat 300rb dari jualan, 100rb dari anak'))).map((r) => r.text).join('\n');
    expect(asked).toContain('Rp300.000');
    expect(asked).not.toContain('Rp100.000');
    expect(asked).toContain('Uang dari keluarga bukan hasil jualan');
    await replyTo(ani.say('ya'));
    const supplier = (await replyTo(ani.say('retur 5 kerudung ke grosir 200rb'))).map((r) => r.text).join('\n');
    expect(supplier).toContain('dikembalikan ke pemasok');
    const rows = await activeEntries(ani.id);
    expect(rows.map((r) => [r.kind, Number(r.amount)])).toEqual([['sale', 300000]]);
  });

  it('asks what a bare "setor" was for, and records no instalment', async () => {
    const ani = newPerson();
    const replies = await replyTo(ani.say('setor 50rb'));
    expect(replies.at(-1)?.text).toContain('Setor Rp50.000 itu untuk apa');
    const payments = await t.db.selectFrom('loan_payments').select('id').execute();
    expect(payments).toHaveLength(0);
  });

  it('records a reseller’s top-up as stock bought, and yesterday’s sale written in Javanese on yesterday', async () => {
    const ani = newPerson();
    await replyTo(ani.say('setor pulsa 200rb'));
    await replyTo(ani.say('wingi adol 3 bros 15rb'));
    const rows = await activeEntries(ani.id);
    expect(rows.map((r) => [r.kind, Number(r.amount), String(r.business_date)])).toEqual([
      ['expense', 200000, '2026-11-20'],
      ['sale', 15000, '2026-11-19'],
    ]);
  });
});

describe('in a group chat', () => {
  it('stays silent on chatter and does not register the writer', async () => {
    const tin = newPerson('Tin');
    const replies = await replyTo(tin.inGroup('selamat pagi ibu-ibu, besok kumpul jam 9'));
    expect(replies).toEqual([]);
    const identity = await t.db.selectFrom('identities').select('id').where('external_id', '=', tin.id).executeTakeFirst();
    expect(identity).toBeUndefined();
  });

  it('records a clear entry and replies to the member’s own message', async () => {
    const tin = newPerson('Tin');
    const message = tin.inGroup('laku 6 kerudung 80rb/pcs');
    const [reply] = await replyTo(message);
    expect(reply?.chatId).toBe(message.chatId);
    expect(reply?.replyToMessageId).toBe(message.messageId);
    expect(reply?.text).toContain('Rp480.000');
    expect(reply?.text).not.toContain('Halo');
  });

  it('answers chatter only when it is addressed to the bot', async () => {
    const tin = newPerson('Tin');
    const replies = await replyTo(tin.inGroup('apa kabar', { addressedToBot: true }));
    expect(replies.at(-1)?.text).toContain('Maaf, saya belum paham');
  });
});

describe('redelivery and crashes', () => {
  it('records a redelivered message once and sends no second reply', async () => {
    const ani = newPerson();
    const message = ani.say('laku 10 bros @12rb');
    expect(await processInbound(deps, message)).toBe('handled');
    const [first] = dispatched;
    // Redelivered before the reply went out: only the same reply key is queued again, and
    // the send queue drops it as a duplicate job.
    expect(await processInbound(deps, { ...message })).toBe('duplicate');
    expect(dispatched.map((d) => d.idempotencyKey)).toEqual([first!.idempotencyKey, first!.idempotencyKey]);
    // Redelivered after the reply went out: nothing is queued at all.
    await markSent(t.db, first!.idempotencyKey, '1', clock.now());
    expect(await processInbound(deps, { ...message })).toBe('duplicate');
    expect(dispatched).toHaveLength(2);
    expect(await activeEntries(ani.id)).toHaveLength(1);
    const rows = await t.db.selectFrom('outbound_messages').select('id').where('idempotency_key', 'like', `reply-%`).where('chat_id', '=', message.chatId).execute();
    expect(rows).toHaveLength(1);
  });

  it('re-queues the replies of a message whose handling committed but whose enqueue failed', async () => {
    const ani = newPerson();
    const message = ani.say('laku 4 gelang @ 7,5rb');
    const failing: InboundDeps = { ...deps, dispatch: async () => Promise.reject(new Error('redis went away')) };
    await expect(processInbound(failing, message)).rejects.toThrow('redis went away');
    // The job retries: the message is not recorded again, but its reply now goes out.
    expect(await processInbound(deps, message)).toBe('duplicate');
    expect(await activeEntries(ani.id)).toHaveLength(1);
    expect(dispatched).toHaveLength(1);
    const row = await findOutbound(t.db, dispatched[0]!.idempotencyKey);
    expect(row?.payload.text).toContain('Rp30.000');
  });

  it('rolls everything back when handling fails midway, so a retry starts clean', async () => {
    const ani = newPerson();
    const message = ani.say('laku 3 mukena total 450rb');
    // Make the last write of the transaction (the reply) fail, as a dropped connection would.
    await sql`alter table outbound_messages add constraint fail_once check (false) not valid`.execute(t.db);
    await expect(processInbound(deps, message)).rejects.toThrow();
    await t.db.schema.alterTable('outbound_messages').dropConstraint('fail_once').execute();
    expect(await activeEntries(ani.id)).toHaveLength(0);
    expect(await processInbound(deps, message)).toBe('handled');
    expect((await activeEntries(ani.id)).map((e) => e.amount)).toEqual([450000]);
  });
});
