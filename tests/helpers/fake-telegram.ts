/**
 * A local Telegram Bot API for end-to-end tests: `telegram-test-api` on loopback, with
 * real long polling in front of its getUpdates (the package answers at once, which would
 * make grammY poll in a tight loop) and a way to redeliver an update, as Telegram does
 * when a bot did not confirm it. The package has no `sendPhoto`: it is answered here, the
 * photo's bytes kept (grammY uploads a Buffer as multipart/form-data).
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

/** A photo the bot sent, with its bytes (a PNG for charts). */
export interface BotPhoto {
  message_id: number;
  chat_id: string;
  caption: string | undefined;
  photo: Buffer;
  reply_parameters?: { message_id: number };
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
  botPhotos(chatId: number): BotPhoto[];
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

  const photos: BotPhoto[] = [];
  const sendPhoto = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const fields = parseMultipart(Buffer.concat(chunks), String(req.headers['content-type'] ?? ''));
    const text = (name: string) => fields.get(name)?.toString('utf8');
    // `photo` is "attach://<part>" naming the part that holds the file.
    const attached = /^attach:\/\/(.+)$/.exec(text('photo') ?? '')?.[1];
    const photo = attached ? fields.get(attached) : undefined;
    const chatId = text('chat_id');
    res.setHeader('content-type', 'application/json');
    if (!chatId || !photo) {
      res.statusCode = 400;
      res.end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: photo and chat_id are required' }));
      return;
    }
    const state = server as unknown as { messageId: number };
    const messageId = state.messageId++;
    const replyTo = text('reply_parameters');
    photos.push({
      message_id: messageId,
      chat_id: chatId,
      caption: text('caption'),
      photo,
      ...(replyTo ? { reply_parameters: JSON.parse(replyTo) as { message_id: number } } : {}),
    });
    const caption = text('caption');
    res.end(
      JSON.stringify({
        ok: true,
        result: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(chatId), type: Number(chatId) < 0 ? 'group' : 'private' },
          photo: [{ file_id: `photo${messageId}`, file_unique_id: `p${messageId}`, width: 800, height: 600, file_size: photo.length }],
          ...(caption ? { caption } : {}),
        },
      }),
    );
  };

  const unread = (token: string) => server.storage.userMessages.some((u) => u.botToken === token && !u.isRead);
  const httpServer = http.createServer((req, res) => {
    if (req.method === 'POST' && /^\/bot[^/]+\/sendPhoto(?:\?|$)/.test(req.url ?? '')) {
      sendPhoto(req, res).catch(() => res.writeHead(500).end());
      return;
    }
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
    botPhotos: (chatId) => photos.filter((p) => p.chat_id === String(chatId)),
    async stop() {
      wake();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeAllConnections();
      });
    },
  };
}

/** The parts of a multipart/form-data body by name (values and files alike, as bytes). */
function parseMultipart(body: Buffer, contentType: string): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return parts;
  const delimiter = Buffer.from(`--${mark}`);
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    // Each part: CRLF, headers, blank line, content, CRLF before the next delimiter.
    const part = body.subarray(start + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    if (split !== -1) {
      const headers = part.subarray(0, split).toString('utf8');
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      if (name !== undefined) parts.set(name, Buffer.from(part.subarray(split + 4)));
    }
    at = next;
  }
  return parts;
}
