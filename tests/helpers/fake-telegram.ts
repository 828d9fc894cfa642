/**
 * A local Telegram Bot API for end-to-end tests: `telegram-test-api` on loopback, with
 * real long polling in front of its getUpdates (the package answers at once, which would
 * make grammY poll in a tight loop) and a way to redeliver an update, as Telegram does
 * when a bot did not confirm it.
 */
import http from 'node:http';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import type { TelegramClient } from 'telegram-test-api/lib/modules/telegramClient.js';
import { freePort } from '../../src/core/ports.ts';

export const FAKE_TOKEN = '123456:TEST-token_abcdefghijklmnopqrstuv';

export interface BotMessage {
  message_id: number;
  chat_id: string | number;
  text: string;
  reply_parameters?: { message_id: number };
  reply_markup?: { inline_keyboard?: { text: string; callback_data: string }[][] };
}

export interface FakeTelegram {
  apiRoot: string;
  server: TelegramServer;
  client(options: { chatId: number; userId: number; firstName: string; type?: 'private' | 'group'; chatTitle?: string }): TelegramClient;
  /** Sends a text as the client's user; resolves with the update's message id. */
  say(client: TelegramClient, text: string, extra?: Record<string, unknown>): Promise<number>;
  /** Marks an already delivered update unread, so the next getUpdates returns it again. */
  redeliver(messageId: number): void;
  botMessages(chatId: number): BotMessage[];
  stop(): Promise<void>;
}

export async function startFakeTelegram(): Promise<FakeTelegram> {
  const port = await freePort();
  const server = new TelegramServer({ port, host: '127.0.0.1', storage: 'RAM', storeTimeout: 3600 });
  const express = (server as unknown as { webServer: http.RequestListener }).webServer;
  const waiting = new Set<() => void>();
  const wake = () => {
    for (const resolve of [...waiting]) resolve();
  };
  server.on('AddedUserMessage', wake);
  server.on('AddedUserCommand', wake);
  server.on('AddedUserCallbackQuery', wake);

  const unread = (token: string) => server.storage.userMessages.some((u) => u.botToken === token && !u.isRead);
  const httpServer = http.createServer((req, res) => {
    const match = /^\/bot([^/]+)\/getUpdates/.exec(req.url ?? '');
    if (!match) return express(req, res);
    const token = decodeURIComponent(match[1]!);
    // Long poll: answer when an update arrives, or after a short while with nothing.
    const reply = () => {
      waiting.delete(reply);
      clearTimeout(timer);
      if (res.writableEnded) return;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: true, result: server.getUpdates(token) }));
    };
    const timer = setTimeout(reply, 250);
    res.on('close', () => {
      waiting.delete(reply);
      clearTimeout(timer);
    });
    req.resume();
    if (unread(token)) reply();
    else waiting.add(reply);
  });
  await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    server,
    client: (o) =>
      server.getClient(FAKE_TOKEN, {
        chatId: o.chatId,
        userId: o.userId,
        firstName: o.firstName,
        userName: o.firstName.toLowerCase(),
        type: o.type ?? 'private',
        chatTitle: o.chatTitle ?? o.firstName,
      }),
    async say(client, text, extra = {}) {
      const message = text.startsWith('/') ? client.makeCommand(text, extra) : client.makeMessage(text, extra);
      const id = (server as unknown as { messageId: number }).messageId;
      if (text.startsWith('/')) await server.addUserCommand(message as never);
      else await server.addUserMessage(message as never);
      return id;
    },
    redeliver(messageId) {
      for (const u of server.storage.userMessages) if (u.messageId === messageId) u.isRead = false;
      wake();
    },
    botMessages: (chatId) =>
      server.storage.botMessages
        .filter((m) => m.botToken === FAKE_TOKEN && String(m.message.chat_id) === String(chatId))
        .map((m) => ({ ...(m.message as unknown as BotMessage), message_id: m.messageId })),
    async stop() {
      wake();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
    },
  };
}
