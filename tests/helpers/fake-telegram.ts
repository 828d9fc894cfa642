/**
 * A local Telegram Bot API for end-to-end tests: `telegram-test-api` on loopback, with
 * real long polling in front of its getUpdates (the package answers at once, which would
 * make grammY poll in a tight loop) and a way to redeliver an update, as Telegram does
 * when a bot did not confirm it. The package has no `sendPhoto`: it is answered here, the
 * photo's bytes kept (grammY uploads a Buffer as multipart/form-data). Nor `sendDocument`
 * (exports): answered the same way, the file's bytes and name kept (`botDocuments`).
 * Nor sendVoice / sendAudio / sendPhoto by file_id (a member's media forwarded):
 * answered from their JSON bodies (`botMedia`); `sendMedia` has a user send one.
 * Nor getFile and the file download (`/file/bot<token>/<file_path>`): a file a user sent
 * with `bytes` is served back, as Telegram serves a member's voice note to the console.
 */
import http from 'node:http';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';
import type { TelegramClient } from 'telegram-test-api/lib/modules/telegramClient.js';
import { freePort } from '../../src/core/ports.ts';

/** The longest text Telegram's sendMessage takes, in UTF-16 code units. */
export const TEXT_LIMIT = 4096;

export const FAKE_TOKEN = '123456:TEST-token_abcdefghijklmnopqrstuv';

export interface BotMessage {
  message_id: number;
  chat_id: string | number;
  text: string;
  reply_parameters?: { message_id: number };
  reply_markup?: {
    inline_keyboard?: { text: string; callback_data: string }[][];
    keyboard?: { text: string; request_contact?: boolean }[][];
    remove_keyboard?: boolean;
  };
}

/** A photo the bot sent, with its bytes (a PNG for charts). */
export interface BotPhoto {
  message_id: number;
  chat_id: string;
  caption: string | undefined;
  photo: Buffer;
  reply_parameters?: { message_id: number };
}

/** A document the bot sent (an export), with its bytes and file name as uploaded. */
export interface BotDocument {
  message_id: number;
  chat_id: string;
  caption: string | undefined;
  filename: string | undefined;
  document: Buffer;
}

/** A voice note, audio or photo the bot sent again by file_id (a member's media forwarded). */
export interface BotMedia {
  message_id: number;
  chat_id: string;
  kind: 'voice' | 'audio' | 'photo';
  file_id: string;
  caption: string | undefined;
}

export interface FakeTelegram {
  apiRoot: string;
  server: TelegramServer;
  client(options: { chatId: number; userId: number; firstName: string; type?: 'private' | 'group'; chatTitle?: string }): TelegramClient;
  /** Sends a text as the client's user; resolves with the update's message id. */
  say(client: TelegramClient, text: string, extra?: Record<string, unknown>): Promise<number>;
  /** Marks an already delivered update unread, so the next getUpdates returns it again. */
  redeliver(messageId: number): void;
  /** The user edits her earlier message `messageId` to `text`: an `edited_message` update. */
  edit(client: TelegramClient, messageId: number, text: string): void;
  botMessages(chatId: number): BotMessage[];
  botPhotos(chatId: number): BotPhoto[];
  botDocuments(chatId: number): BotDocument[];
  /** The user sends a voice note, audio or photo (by file_id), with an optional caption. */
  sendMedia(client: TelegramClient, media: { kind: 'voice' | 'audio' | 'photo'; fileId: string; caption?: string; bytes?: Buffer }): Promise<number>;
  /**
   * The user shares a contact card: her own number with the request_contact button
   * (`userId` = her own id), or someone else's card (another id, or none).
   */
  sendContact(client: TelegramClient, contact: { phone: string; userId?: number; firstName?: string }): Promise<number>;
  /** How many times each file was downloaded (`/file/bot…`), by file id. */
  downloads: Map<string, number>;
  /** Media the bot sent by file_id (sendVoice / sendAudio / sendPhoto with a JSON body). */
  botMedia(chatId: number): BotMedia[];
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

  const documents: BotDocument[] = [];
  const sendDocument = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const contentType = String(req.headers['content-type'] ?? '');
    const fields = parseMultipart(body, contentType);
    const text = (name: string) => fields.get(name)?.toString('utf8');
    // `document` is "attach://<part>" naming the part that holds the file.
    const attached = /^attach:\/\/(.+)$/.exec(text('document') ?? '')?.[1];
    const document = attached ? fields.get(attached) : undefined;
    const chatId = text('chat_id');
    res.setHeader('content-type', 'application/json');
    if (!chatId || !document || !attached) {
      res.statusCode = 400;
      res.end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: document and chat_id are required' }));
      return;
    }
    const state = server as unknown as { messageId: number };
    const messageId = state.messageId++;
    const filename = multipartFilenames(body, contentType).get(attached);
    const caption = text('caption');
    documents.push({ message_id: messageId, chat_id: chatId, caption, filename, document });
    res.end(
      JSON.stringify({
        ok: true,
        result: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(chatId), type: Number(chatId) < 0 ? 'group' : 'private' },
          document: { file_id: `doc${messageId}`, file_unique_id: `d${messageId}`, ...(filename ? { file_name: filename } : {}), file_size: document.length },
          ...(caption ? { caption } : {}),
        },
      }),
    );
  };

  // sendVoice / sendAudio / sendPhoto by file_id: grammY sends a JSON body when the file is a string.
  const media: BotMedia[] = [];
  const sendMediaById = async (kind: BotMedia['kind'], req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const fileId = body[kind];
    res.setHeader('content-type', 'application/json');
    if (body.chat_id === undefined || typeof fileId !== 'string') {
      res.statusCode = 400;
      res.end(JSON.stringify({ ok: false, error_code: 400, description: `Bad Request: ${kind} and chat_id are required` }));
      return;
    }
    const state = server as unknown as { messageId: number };
    const messageId = state.messageId++;
    const caption = typeof body.caption === 'string' ? body.caption : undefined;
    media.push({ message_id: messageId, chat_id: String(body.chat_id), kind, file_id: fileId, caption });
    const file = { file_id: fileId, file_unique_id: `u${messageId}` };
    res.end(
      JSON.stringify({
        ok: true,
        result: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: Number(body.chat_id), type: Number(body.chat_id) < 0 ? 'group' : 'private' },
          ...(kind === 'photo' ? { photo: [{ ...file, width: 800, height: 600 }] } : { [kind]: { ...file, duration: 4 } }),
          ...(caption ? { caption } : {}),
        },
      }),
    );
  };

  // Telegram refuses a text over 4,096 UTF-16 code units with a 400 (the package takes any
  // length): refused the same way here, anything shorter handed on to the package as it came.
  const sendMessageWithinLimit = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const text = (JSON.parse(body.toString('utf8')) as { text?: unknown }).text;
    if (typeof text === 'string' && text.length > TEXT_LIMIT) {
      res.statusCode = 400;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: message is too long' }));
      return;
    }
    const again = new http.IncomingMessage(req.socket);
    Object.assign(again, { method: req.method, url: req.url, headers: req.headers, httpVersion: req.httpVersion });
    again.push(body);
    again.push(null);
    express(again, res);
  };

  // edited_message updates (the package knows none), handed out with the next getUpdates.
  const edits: { token: string; update: Record<string, unknown> }[] = [];
  const takeEdits = (token: string) => {
    const mine = edits.filter((e) => e.token === token);
    for (const e of mine) edits.splice(edits.indexOf(e), 1);
    return mine.map((e) => e.update);
  };
  const unread = (token: string) => edits.some((e) => e.token === token) || server.storage.userMessages.some((u) => u.botToken === token && !u.isRead);
  // Files users sent with their bytes: getFile names them `files/<file_id>`, served below.
  const files = new Map<string, Buffer>();
  const downloads = new Map<string, number>();
  const getFile = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const fileId = (body ? (JSON.parse(body) as { file_id?: string }) : {}).file_id ?? new URL(req.url ?? '', 'http://x').searchParams.get('file_id') ?? '';
    const bytes = files.get(fileId);
    res.setHeader('content-type', 'application/json');
    if (!bytes) {
      res.statusCode = 400;
      res.end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: invalid file_id' }));
      return;
    }
    res.end(JSON.stringify({ ok: true, result: { file_id: fileId, file_unique_id: `u-${fileId}`, file_size: bytes.length, file_path: `files/${encodeURIComponent(fileId)}` } }));
  };
  const httpServer = http.createServer((req, res) => {
    if (/^\/bot[^/]+\/getFile(?:\?|$)/.test(req.url ?? '')) {
      getFile(req, res).catch(() => res.writeHead(500).end());
      return;
    }
    const download = /^\/file\/bot([^/]+)\/files\/([^/?]+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && download) {
      const fileId = decodeURIComponent(download[2]!);
      const bytes = decodeURIComponent(download[1]!) === FAKE_TOKEN ? files.get(fileId) : undefined;
      if (!bytes) return void res.writeHead(404).end();
      downloads.set(fileId, (downloads.get(fileId) ?? 0) + 1);
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) }).end(bytes);
      return;
    }
    const byId = /^\/bot[^/]+\/send(Voice|Audio|Photo)(?:\?|$)/.exec(req.url ?? '');
    if (req.method === 'POST' && byId && String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendMediaById(byId[1]!.toLowerCase() as BotMedia['kind'], req, res).catch(() => res.writeHead(500).end());
      return;
    }
    if (req.method === 'POST' && /^\/bot[^/]+\/sendMessage(?:\?|$)/.test(req.url ?? '') && String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendMessageWithinLimit(req, res).catch(() => res.writeHead(500).end());
      return;
    }
    if (req.method === 'POST' && /^\/bot[^/]+\/sendPhoto(?:\?|$)/.test(req.url ?? '')) {
      sendPhoto(req, res).catch(() => res.writeHead(500).end());
      return;
    }
    if (req.method === 'POST' && /^\/bot[^/]+\/sendDocument(?:\?|$)/.test(req.url ?? '')) {
      sendDocument(req, res).catch(() => res.writeHead(500).end());
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
      res.end(JSON.stringify({ ok: true, result: [...server.getUpdates(token), ...takeEdits(token)] }));
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
    edit(client, messageId, text) {
      const { botToken, ...message } = client.makeMessage(text) as unknown as Record<string, unknown> & { botToken: string; date: number };
      const state = server as unknown as { updateId: number };
      const update = { update_id: state.updateId++, edited_message: { ...message, message_id: messageId, edit_date: Math.floor(Date.now() / 1000) } };
      edits.push({ token: botToken, update });
      wake();
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
    async sendContact(client, c) {
      const message = client.makeMessage('', {}) as unknown as Record<string, unknown>;
      delete message.text;
      message.contact = { phone_number: c.phone, first_name: c.firstName ?? 'Ibu', ...(c.userId !== undefined ? { user_id: c.userId } : {}) };
      const id = (server as unknown as { messageId: number }).messageId;
      await server.addUserMessage(message as never);
      return id;
    },
    async sendMedia(client, m) {
      const message = client.makeMessage('', {}) as unknown as Record<string, unknown>;
      delete message.text;
      const file = { file_id: m.fileId, file_unique_id: `u-${m.fileId}` };
      if (m.kind === 'photo') message.photo = [{ ...file, width: 1280, height: 960 }];
      else message[m.kind] = { ...file, duration: 4, mime_type: m.kind === 'voice' ? 'audio/ogg' : 'audio/mpeg' };
      if (m.caption) message.caption = m.caption;
      if (m.bytes) files.set(m.fileId, m.bytes);
      const id = (server as unknown as { messageId: number }).messageId;
      await server.addUserMessage(message as never);
      return id;
    },
    downloads,
    botMedia: (chatId) => media.filter((x) => x.chat_id === String(chatId)),
    botDocuments: (chatId) => documents.filter((d) => d.chat_id === String(chatId)),
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

/** The file names of the file parts of a multipart/form-data body, by part name. */
function multipartFilenames(body: Buffer, contentType: string): Map<string, string> {
  const names = new Map<string, string>();
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return names;
  const delimiter = Buffer.from(`--${mark}`);
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    const end = body.indexOf('\r\n\r\n', start);
    if (end === -1) break;
    const headers = body.subarray(start, end).toString('utf8');
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    // grammY writes `filename=<name>` unquoted; browsers quote it.
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/i.exec(headers)?.slice(1).find((v) => v !== undefined);
    if (name !== undefined && filename !== undefined) names.set(name, filename);
    at = body.indexOf(delimiter, end);
  }
  return names;
}
