/**
 * Webhook mode: the Telegram channel registers its webhook with the secret token and
 * accepts only updates that carry it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TelegramChannel } from '../../src/channels/telegram/telegram.channel.ts';
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

  it('answers 404 on other paths', async () => {
    const response = await fetch(url.replace('/telegram', '/other'), { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
  });
});
