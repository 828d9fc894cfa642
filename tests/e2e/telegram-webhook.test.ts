/**
 * Webhook mode: the Telegram channel registers its webhook with the secret token and
 * accepts only updates that carry it.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_WEBHOOK_BODY_BYTES, TelegramChannel } from '../../src/channels/telegram/telegram.channel.ts';
import { systemClock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { InboundMessage } from '../../src/core/messages.ts';
import { freePort } from '../../src/core/ports.ts';
import { FAKE_TOKEN, startFakeTelegram, type FakeTelegram } from '../helpers/fake-telegram.ts';
import { eventually } from '../helpers/wait.ts';

const SECRET = 'webhook-secret_0123456789';
let tg: FakeTelegram;
let channel: TelegramChannel;
let url: string;
const received: InboundMessage[] = [];

beforeAll(async () => {
  tg = await startFakeTelegram();
  const port = await freePort();
  url = `http://127.0.0.1:${port}/telegram`;
  channel = new TelegramChannel({
    token: FAKE_TOKEN,
    apiRoot: tg.apiRoot,
    webhook: { url, secret: SECRET, port, host: '127.0.0.1' },
    clock: systemClock,
    log: silentLogger(),
  });
  await channel.start(async (m) => void received.push(m));
});
afterAll(async () => {
  await channel?.stop();
  await tg?.stop();
});

function update(id: number, text: string) {
  return {
    update_id: id,
    message: {
      message_id: id,
      date: 1_763_600_000,
      chat: { id: 77, type: 'private', first_name: 'Ani' },
      from: { id: 77, is_bot: false, first_name: 'Ani' },
      text,
    },
  };
}

async function post(body: unknown, secret?: string) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(body),
  });
}

/** A POST with the secret whose body `write` sends (and never ends): resolves with the status answered. */
function rawPost(headers: Record<string, string>, write: (req: http.ClientRequest) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET, ...headers } });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    // The server closes the connection after refusing: writes still in flight may fail.
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
    req.flushHeaders();
    write(req);
  });
}

describe('Telegram webhook', () => {
  it('registers the webhook with Telegram', () => {
    const hooks = (tg.server as unknown as { webhooks: Record<string, { url: string }> }).webhooks;
    expect(hooks[FAKE_TOKEN]?.url).toBe(url);
  });

  it('rejects an update without the secret, or with a wrong one', async () => {
    expect((await post(update(1, 'laku 5 bros @15rb'))).status).toBe(401);
    expect((await post(update(2, 'laku 5 bros @15rb'), 'wrong-secret_0123456789')).status).toBe(401);
    expect(received).toHaveLength(0);
  });

  it('accepts an update with the secret and hands it on', async () => {
    const response = await post(update(3, 'laku 5 bros @15rb'), SECRET);
    expect(response.status).toBe(200);
    await eventually(() => received.length === 1, { what: 'the message' });
    expect(received[0]).toMatchObject({ platform: 'telegram', chatId: '77', messageId: '3', text: 'laku 5 bros @15rb' });
  });

  it('refuses a body declared larger than the limit with 413, before it arrives', async () => {
    // Only the headers and a few bytes are sent: an answer means the server did not wait for the rest.
    const status = await rawPost({ 'content-length': String(MAX_WEBHOOK_BODY_BYTES + 1) }, (req) => req.write('{"update_id":'));
    expect(status).toBe(413);
  });

  it('refuses a chunked body once it grows past the limit with 413', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const status = await rawPost({ 'transfer-encoding': 'chunked' }, (req) => {
      for (let sent = 0; sent <= MAX_WEBHOOK_BODY_BYTES; sent += chunk.length) req.write(chunk);
    });
    expect(status).toBe(413);
    // A small update still goes through afterwards.
    expect((await post(update(5, 'rekap'), SECRET)).status).toBe(200);
    await eventually(() => received.some((m) => m.messageId === '5'), { what: 'the small update' });
  });

  it('answers 404 on other paths', async () => {
    const response = await fetch(url.replace('/telegram', '/other'), { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
  });
});
