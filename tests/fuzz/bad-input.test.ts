/**
 * Hostile and broken input in every free-text place, through the inbound processor on real
 * Postgres: a 5,000-character message, binary junk, invalid UTF-16/UTF-8, NUL bytes,
 * markup and SQL. Each gets a kind answer (or the deliberate silence of a group chat),
 * the job never fails, and each message commits all of its writes or none (World.send).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../../src/core/messages.ts';
import { sendOptions } from '../../src/channels/telegram/telegram.mapper.ts';
import { ANI, createWorld, MELATI_CHAT, RINA, SRI, type World } from './world.ts';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(async () => w?.t.drop());

const SQL = "'; drop table people; --";
const BAD: Record<string, string> = {
  long: 'laku 5 bros @15rb ' + 'panjang sekali '.repeat(333),
  longWord: 'x'.repeat(5000),
  binary: randomBytes(600).toString('latin1'),
  replacement: randomBytes(600).toString('utf8'), // invalid UTF-8 decoded: U+FFFD everywhere
  loneHigh: 'laku 5 bros \ud800 @15rb',
  loneLow: '\udfff',
  nul: 'laku 5 bros\u0000 @15rb',
  onlyNul: '\u0000\u0000',
  html: '<b>laku</b> 5 <i>bros</i> @15rb &amp; <a href="x">y</a>',
  markdown: 'laku 5 *bros* _@15rb_ [klik](http://x.y) `kode` ~~coret~~',
  sql: SQL,
  sqlInEntry: `laku 5 bros${SQL} @15rb`,
  sqlItem: `beli ${SQL} 20rb`,
  rtl: 'laku 5 \u202ebros\u202c @15rb \u200b\u200d',
  emoji: '🧕🏽'.repeat(500),
  whitespace: ' \n\t \r\n ',
  empty: '',
};

/** No programming slip shows through a reply. */
function expectKind(replies: OutboundMessage[], chatId: string) {
  const mine = replies.filter((r) => r.chatId === chatId);
  expect(mine.length).toBeGreaterThan(0);
  for (const r of replies) {
    expect(r.text.trim().length).toBeGreaterThan(0);
    expect(r.text).not.toMatch(/undefined|NaN|\[object |null\b|Error:/);
    expect(r.text).not.toContain('\u0000');
  }
}

describe('bad input, in a private chat', () => {
  for (const [name, text] of Object.entries(BAD)) {
    it(`${name}: from a member, a kind reply and no failed job`, async () => {
      const { outcome, replies } = await w.send(w.dm(SRI, text));
      expect(outcome).toBe('handled');
      expectKind(replies, SRI);
    });

    it(`${name}: as the name and first message of a stranger`, async () => {
      const id = `77${Object.keys(BAD).indexOf(name)}`;
      const { outcome, replies } = await w.send(w.dm(id, text, { sender: { id, name: text } }));
      expect(outcome).toBe('handled');
      expectKind(replies, id);
      const person = await w.t.db
        .selectFrom('people')
        .innerJoin('identities', 'identities.person_id', 'people.id')
        .select(['people.name', 'identities.display_name'])
        .where('identities.external_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(person.name).not.toContain('\u0000');
      expect(person.display_name ?? '').not.toContain('\u0000');
    });
  }

  it('stores a message with NUL bytes without them, and still records it', async () => {
    await w.send(w.dm(SRI, 'laku 7 gelang\u0000 @9rb'));
    const row = await w.t.db.selectFrom('ledger_entries').select(['raw_text', 'amount']).where('raw_text', 'like', 'laku 7 gelang%').executeTakeFirstOrThrow();
    expect(row).toEqual({ raw_text: 'laku 7 gelang @9rb', amount: 63_000 });
  });

  it('records SQL-looking text as plain text, and the tables are all still there', async () => {
    await w.send(w.dm(SRI, `laku 3 ${"bros');drop table ledger_entries;--"} @10rb`));
    expect((await w.counts()).people).toBeGreaterThan(5);
    expect((await w.counts()).ledger_entries).toBeGreaterThan(0);
  });

  it('sends replies as plain text: markup she wrote is never interpreted by Telegram', () => {
    const options = sendOptions({ platform: 'telegram', chatId: '1', text: '<b>x</b> *y*', buttons: [{ label: '<i>a</i>', value: 'a' }] });
    expect(options).not.toHaveProperty('parse_mode');
  });
});

describe('bad input, in a linked group chat', () => {
  for (const [name, text] of Object.entries(BAD)) {
    it(`${name}: never fails; silent on chatter, kind when addressed`, async () => {
      const quiet = await w.send(w.inChat(MELATI_CHAT, SRI, text));
      expect(quiet.outcome).toBe('handled');
      const addressed = await w.send(w.inChat(MELATI_CHAT, SRI, text, { addressedToBot: true }));
      expect(addressed.outcome).toBe('handled');
      expectKind(addressed.replies, MELATI_CHAT);
    });
  }
});

describe('bad input in every free-text argument of a command or flow', () => {
  const places: [who: string, template: (x: string) => string][] = [
    [RINA, (x) => `/peran ${x} bendahara`],
    [RINA, (x) => `/peran Sri ${x}`],
    [RINA, (x) => `/pilih P1 ${x} 5`],
    [RINA, (x) => `/peluang asesoris: ${x}`],
    [RINA, (x) => `/peluang ${x}: butuh 20 bros`],
    [RINA, (x) => `/peluang asesoris desa ${x}: butuh 20 bros, batas 5 Des`],
    [RINA, (x) => `/tutup ${x}`],
    [RINA, (x) => `/anggota ${x}`],
    [RINA, (x) => `/belum ${x}`],
    [SRI, (x) => `/gabung ${x}`],
    [SRI, (x) => `/konfirmasi ${x}`],
    [SRI, (x) => `minat P1 ${x}`],
    [SRI, (x) => `laku 5 ${x} @15rb`],
    [SRI, (x) => `beli ${x} 20rb`],
    [ANI, (x) => `bayar cicilan ${x}`],
    [SRI, (x) => `rekap ${x}`],
    [SRI, (x) => `/grafik ${x}`],
    [SRI, (x) => `aset ${x} omset 3jt karyawan 2`],
  ];
  // Five samples keep this quick; the private-chat table above covers every kind alone.
  const samples = [BAD.long!, BAD.binary!, `${BAD.loneHigh!}\u0000${BAD.rtl!}`, `${BAD.html!} ${BAD.markdown!}`, SQL];
  for (const [i, [who, template]] of places.entries()) {
    it(`${template('…')} (${who})`, async () => {
      for (const sample of samples) {
        const { outcome, replies } = await w.send(w.dm(who, template(sample)));
        expect(outcome).toBe('handled');
        expectKind(replies, who);
        // Leave no half-finished guided flow behind for the next sample.
        await w.send(w.dm(who, 'batal'));
      }
      expect(i).toBeGreaterThanOrEqual(0);
    });
  }

  it('the guided lead: junk as the text, the deadline, the quantity and the down payment', async () => {
    for (const sample of samples) {
      for (const step of ['/peluang', 'asesoris', sample, sample, sample, sample, 'tidak']) {
        const { outcome, replies } = await w.send(w.dm(RINA, step));
        expect(outcome).toBe('handled');
        expectKind(replies, RINA);
      }
    }
  });

  it('a member with no name answers "Siapa nama Ibu?" with junk', async () => {
    for (const [i, sample] of samples.entries()) {
      const id = `88${i}`;
      await w.send(w.dm(id, `/gabung ${w.melati.joinCode}`, { sender: { id, name: null } }));
      const { outcome, replies } = await w.send(w.dm(id, sample, { sender: { id, name: null } }));
      expect(outcome).toBe('handled');
      expectKind(replies, id);
    }
  });
});
