/**
 * Logs at info level hold no phone numbers, tokens or message text: the whole bot runs a
 * realistic Telegram conversation (recording, a group chat, a refusal, a failing send, a
 * phone number and distinctive words in the messages) with the production logger
 * (createLogger, its redaction included) writing into memory; then every line is scanned.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import { createLogger } from '../../src/core/logger.ts';
import { FAKE_TOKEN, type FakeTelegram } from '../helpers/fake-telegram.ts';
import { startTelegramApp, type TelegramApp } from '../helpers/telegram-app.ts';
import { eventually } from '../helpers/wait.ts';

const lines: string[] = [];
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  },
});

let tg: FakeTelegram;
let app: App;
let run: TelegramApp;
const PHONE = '081234567890';
const SECRET_WORD = 'Kudajingkrak';

beforeAll(async () => {
  run = await startTelegramApp({ log: createLogger('info', sink) });
  ({ tg, app } = run);
});
afterAll(async () => {
  await run?.stop();
});

describe('logs at info level', () => {
  it('contain no phone number, token or message text after a realistic conversation', async () => {
    const ani = tg.client({ chatId: 5101, userId: 5101, firstName: 'Ani Lestari' });
    const group = tg.client({ chatId: -5200, userId: 5101, firstName: 'Ani Lestari', type: 'group', chatTitle: 'Melati' });
    const texts = [
      `laku 7 ${SECRET_WORD} @15rb`,
      `beli benang ${SECRET_WORD} 40rb, hubungi ${PHONE}`,
      `nomor saya +62${PHONE.slice(1)} ya`,
      'rekap',
      `/peran @Sri bendahara ${SECRET_WORD}`, // refused: she is no facilitator (logged at info)
      '/konfirmasi 99',
      `/gabung ${SECRET_WORD}`,
    ];
    for (const text of texts) await tg.say(ani, text);
    await tg.say(group, `/rekap@${'dampingi_bot'} ${SECRET_WORD}`);
    await eventually(() => tg.botMessages(5101).length >= texts.length, { what: 'replies to Ani', timeoutMs: 20_000 });
    await eventually(() => app.isIdle(), { what: 'idle queues' });

    expect(lines.length).toBeGreaterThan(0); // the capture works: there is something to scan
    expect(lines.some((l) => l.includes('request refused'))).toBe(true);
    const log = lines.join('\n');
    const [, tokenSecret] = FAKE_TOKEN.split(':');
    for (const forbidden of [FAKE_TOKEN, tokenSecret!, PHONE, `62${PHONE.slice(1)}`, SECRET_WORD, 'benang', 'Ani Lestari', 'Lestari']) {
      expect(log, `the logs mention "${forbidden}"`).not.toContain(forbidden);
    }
  });

  it('redact a message, a sender or a token logged by mistake, however deep', () => {
    const captured: string[] = [];
    const log = createLogger('info', new Writable({ write: (c: Buffer, _e, done) => void (captured.push(c.toString()), done()) }));
    log.info({ message: { text: `laku ${SECRET_WORD}`, sender: { phone: PHONE } }, token: FAKE_TOKEN, config: { telegram: { token: FAKE_TOKEN } } }, 'oops');
    log.warn({ reply: { text: SECRET_WORD, caption: SECRET_WORD } }, 'oops');
    const out = captured.join('');
    expect(out).toContain('oops');
    for (const forbidden of [SECRET_WORD, PHONE, FAKE_TOKEN]) expect(out).not.toContain(forbidden);
  });
});
