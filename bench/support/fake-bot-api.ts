/**
 * A local Telegram Bot API for benchmarks that enforces Telegram's limits for bots and
 * answers 429 with `retry_after` when they are broken: about 30 messages a second
 * overall, one a second per private chat (a burst of three tolerated, as Telegram does
 * for a reply after a broadcast), twenty a minute per group. It records every
 * accepted send, and serves updates a benchmark injects (long polling).
 */
import http from 'node:http';
import { freePort } from '../../src/core/ports.ts';

export interface Sent {
  chatId: string;
  text: string;
  at: number;
  /** performance.now() when accepted: sub-millisecond latency figures (same process). */
  hr: number;
}

export interface Limits {
  perSecond: number;
  /** Token bucket per private chat: this many at once, refilled one a second. */
  privateBurst: number;
  groupPerMinute: number;
}

export const TELEGRAM_LIMITS: Limits = { perSecond: 30, privateBurst: 3, groupPerMinute: 20 };

/** No limits at all: benchmarks of the bot's own processing speed (never seen on Telegram). */
export const NO_LIMITS: Limits = { perSecond: Infinity, privateBurst: Infinity, groupPerMinute: Infinity };

export class FakeBotApi {
  readonly sent: Sent[] = [];
  /** Files the bot uploaded (exports, charts): chat, method, file name and size. */
  readonly files: { chatId: string; method: string; filename: string | undefined; bytes: number; at: number }[] = [];
  tooManyRequests = 0;
  private server: http.Server | undefined;
  private port = 0;
  private updates: { update_id: number; message: unknown }[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private waiters = new Set<() => void>();
  private readonly recent: number[] = [];
  private readonly privateTokens = new Map<string, { tokens: number; at: number }>();
  private readonly groupSends = new Map<string, number[]>();
  /** When each injected update was handed to the bot (update id → ms), for latency breakdowns. */
  readonly served = new Map<number, number>();
  /** Called on every accepted send (benchmarks watch for replies). */
  onSend: ((sent: Sent) => void) | undefined;

  /** Every accepted send, also when `keepSent` is false (long soaks keep no list). */
  sentCount = 0;

  constructor(
    private readonly limits: Limits = TELEGRAM_LIMITS,
    private readonly options: { keepSent?: boolean } = {},
  ) {}

  get apiRoot(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.port = await freePort();
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const wake of this.waiters) wake();
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  /** A person writes to the bot. */
  /** A person writes to the bot; returns the update id. */
  inject(chatId: number, fromId: number, text: string, chatType: 'private' | 'group' = 'private'): number {
    const messageId = this.nextMessageId++;
    const updateId = this.nextUpdateId++;
    this.updates.push({
      update_id: updateId,
      message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        chat: chatType === 'private' ? { id: chatId, type: 'private', first_name: `U${fromId}` } : { id: chatId, type: 'group', title: 'G' },
        from: { id: fromId, is_bot: false, first_name: `U${fromId}` },
        text,
        ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
      },
    });
    for (const wake of [...this.waiters]) wake();
    return updateId;
  }

  private tooMany(res: http.ServerResponse, retryAfter: number): void {
    this.tooManyRequests++;
    this.json(res, 429, { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } });
  }

  private json(res: http.ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const match = /^\/bot[^/]+\/(\w+)/.exec(req.url ?? '');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    // Uploads (sendDocument, sendPhoto) come as multipart/form-data, not JSON.
    if (match?.[1] === 'sendDocument' || match?.[1] === 'sendPhoto') return this.sendFile(match[1], Buffer.concat(chunks), res);
    const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
    switch (match?.[1]) {
      case 'getMe':
        return this.json(res, 200, { ok: true, result: { id: 1, is_bot: true, first_name: 'Bench', username: 'bench_bot' } });
      case 'deleteWebhook':
      case 'answerCallbackQuery':
        return this.json(res, 200, { ok: true, result: true });
      case 'getUpdates':
        return this.getUpdates(body, res);
      case 'sendMessage':
        return this.sendMessage(body, res);
      default:
        return this.json(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    }
  }

  private getUpdates(body: Record<string, unknown>, res: http.ServerResponse): void {
    const offset = Number(body.offset ?? 0);
    this.updates = this.updates.filter((u) => u.update_id >= offset);
    const reply = () => {
      this.waiters.delete(reply);
      clearTimeout(timer);
      if (res.writableEnded) return;
      const batch = this.updates.slice(0, 100);
      if (this.options.keepSent !== false) for (const u of batch) if (!this.served.has(u.update_id)) this.served.set(u.update_id, Date.now());
      this.json(res, 200, { ok: true, result: batch });
    };
    const timer = setTimeout(reply, 250);
    if (this.updates.length) reply();
    else this.waiters.add(reply);
  }

  private sendMessage(body: Record<string, unknown>, res: http.ServerResponse): void {
    const now = Date.now();
    const chatId = String(body.chat_id);
    while (this.recent.length && this.recent[0]! <= now - 1000) this.recent.shift();
    if (this.recent.length >= this.limits.perSecond) return this.tooMany(res, 1);
    const unlimited = this.limits.perSecond === Infinity;
    if (chatId.startsWith('-')) {
      const sends = (this.groupSends.get(chatId) ?? []).filter((t) => t > now - 60_000);
      if (sends.length >= this.limits.groupPerMinute) return this.tooMany(res, Math.ceil((sends[0]! + 60_000 - now) / 1000));
      this.groupSends.set(chatId, [...sends, now]);
    } else {
      const bucket = this.privateTokens.get(chatId) ?? { tokens: this.limits.privateBurst, at: now };
      const tokens = Math.min(this.limits.privateBurst, bucket.tokens + (now - bucket.at) / 1000);
      if (tokens < 1) return this.tooMany(res, 1);
      this.privateTokens.set(chatId, { tokens: tokens - 1, at: now });
    }
    if (!unlimited) this.recent.push(now);
    const sent = { chatId, text: String(body.text ?? ''), at: now, hr: performance.now() };
    this.sentCount++;
    if (this.options.keepSent !== false) this.sent.push(sent);
    this.onSend?.(sent);
    this.json(res, 200, {
      ok: true,
      result: { message_id: this.nextMessageId++, date: Math.floor(now / 1000), chat: { id: Number(chatId), type: 'private' }, text: sent.text },
    });
  }

  /** Accepts an upload without parsing the whole multipart body: the chat id and file name are enough. */
  private sendFile(method: string, body: Buffer, res: http.ServerResponse): void {
    const head = body.subarray(0, Math.min(body.length, 4096)).toString('latin1');
    const chatId = /name="chat_id"\r\n\r\n([^\r]*)/.exec(head)?.[1] ?? '';
    const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/.exec(body.toString('latin1'))?.slice(1).find((v) => v !== undefined);
    this.files.push({ chatId, method, filename, bytes: body.length, at: Date.now() });
    this.json(res, 200, {
      ok: true,
      result: {
        message_id: this.nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(chatId), type: 'private' },
        ...(method === 'sendDocument' ? { document: { file_id: `doc${this.nextMessageId}`, file_unique_id: `d${this.nextMessageId}`, file_size: body.length } } : {}),
      },
    });
  }
}
