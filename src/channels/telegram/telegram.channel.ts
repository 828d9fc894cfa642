/**
 * Telegram through grammY: long polling with @grammyjs/runner (sequentialized per chat),
 * or a webhook with a secret token. Sends map Telegram's refusals onto the shared errors
 * so the send queue knows whether to wait, retry or give up.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import { Transform } from 'node:stream';
import { Bot, GrammyError, HttpError, InputFile, webhookCallback } from 'grammy';
import { run, sequentialize, type RunnerHandle } from '@grammyjs/runner';
import type { Clock } from '../../core/clock.ts';
import { PermanentSendError, RateLimitedError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { InboundMessage, OutboundMessage } from '../../core/messages.ts';
import type { Channel, ChannelConnection, Intake, Sent } from '../channel.ts';
import { ChatPacing } from './chat-pacing.ts';
import { callbackToInbound, editedToInbound, messageToInbound, sendOptions } from './telegram.mapper.ts';

export interface TelegramOptions {
  token: string;
  /** Another Bot API server (a local fake in tests); Telegram's own by default. */
  apiRoot?: string | undefined;
  webhook?: { url: string; secret: string; port: number; host?: string } | undefined;
  clock: Clock;
  log: Logger;
}

const ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;

/**
 * Largest webhook body accepted. Telegram's updates are a few kilobytes (a message's text is
 * at most 4,096 characters); anything near this is not Telegram's, and is refused with 413
 * before it is read, so nobody can make the bot hold a huge body in memory.
 */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

class BodyTooLarge extends Error {}

export class TelegramChannel implements Channel {
  readonly platform = 'telegram' as const;
  readonly bot: Bot;
  private runner: RunnerHandle | undefined;
  private server: http.Server | undefined;
  /** Telegram accepted the webhook (webhook mode): updates will be posted to the server. */
  private webhookSet = false;
  private readonly pacing = new ChatPacing();

  constructor(private readonly options: TelegramOptions) {
    this.bot = new Bot(options.token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {});
    this.bot.catch((err) => {
      // Reaching here means a message could not be queued; it is logged without its text.
      options.log.error({ err: err.error instanceof Error ? err.error.message : String(err.error), update: err.ctx.update.update_id }, 'telegram update failed');
    });
  }

  async start(intake: Intake): Promise<void> {
    const { bot, options } = this;
    await bot.init();
    const deliver = async (message: InboundMessage | null) => {
      if (message) await intake(message);
    };
    bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
    bot.on('message', (ctx) => deliver(messageToInbound(ctx.message, ctx.me)));
    // An edit corrects what the message recorded.
    bot.on('edited_message', (ctx) => deliver(editedToInbound(ctx.editedMessage, ctx.me)));
    bot.on('callback_query:data', async (ctx) => {
      await deliver(callbackToInbound(ctx.callbackQuery, options.clock.now()));
      // Stops the button's spinner; failure to do so is harmless.
      await ctx.answerCallbackQuery().catch(() => undefined);
    });

    if (options.webhook) {
      const { url, secret, port, host } = options.webhook;
      const handle = webhookCallback(bot, 'http', { secretToken: secret });
      this.server = http.createServer((req, res) => {
        if (req.method === 'POST' && new URL(req.url ?? '/', 'http://x').pathname === new URL(url).pathname) {
          // Declared too large: refused unread (the connection closes, the body is never kept).
          if (Number(req.headers['content-length'] ?? 0) > MAX_WEBHOOK_BODY_BYTES) {
            res.writeHead(413, { connection: 'close' }).end();
            return;
          }
          // Undeclared (chunked): counted as it streams, refused once past the limit.
          void handle(limitBody(req), res).catch((error: unknown) => {
            if (!res.headersSent) res.writeHead(error instanceof BodyTooLarge ? 413 : 500, { connection: 'close' }).end();
          });
        } else {
          res.writeHead(404).end();
        }
      });
      await new Promise<void>((resolve) => this.server!.listen(port, host ?? '0.0.0.0', resolve));
      await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
      this.webhookSet = true;
      options.log.info({ port }, 'telegram webhook listening');
    } else {
      await bot.api.deleteWebhook();
      this.runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
      options.log.info({ bot: bot.botInfo.username }, 'telegram long polling started');
    }
  }

  async send(message: OutboundMessage): Promise<Sent> {
    const now = this.options.clock.now().getTime();
    const wait = message.bulk ? this.pacing.waitFor(message.chatId, now) : 0;
    // Only this broadcast waits; the queue goes on with other chats and with replies.
    if (wait > 0) throw new RateLimitedError(wait, 'message');
    try {
      const sent = message.media
        ? await this.sendMedia(message, message.media)
        : message.document
        ? await this.sendDocument(message, message.document)
        : message.image
        ? await this.bot.api.sendPhoto(message.chatId, new InputFile(Buffer.from(message.image.pngBase64, 'base64'), 'grafik.png'), {
            ...sendOptions(message),
            // Telegram takes at most 1024 characters of caption.
            caption: truncateCaption(message.image.caption ?? message.text),
          })
        : await this.bot.api.sendMessage(message.chatId, message.text, sendOptions(message));
      this.pacing.record(message.chatId, this.options.clock.now().getTime());
      return { platformMessageId: String(sent.message_id) };
    } catch (error) {
      throw translateSendError(error);
    }
  }

  /** A member's voice note, audio or photo forwarded by file_id, the text as its caption. */
  private async sendMedia(message: OutboundMessage, media: NonNullable<OutboundMessage['media']>) {
    const other = { ...sendOptions(message), caption: truncateCaption(message.text) };
    if (media.kind === 'voice') return this.bot.api.sendVoice(message.chatId, media.ref, other);
    if (media.kind === 'audio') return this.bot.api.sendAudio(message.chatId, media.ref, other);
    return this.bot.api.sendPhoto(message.chatId, media.ref, other);
  }

  /** An export: the file is streamed from disk (grammY reads the path), never held whole. */
  private async sendDocument(message: OutboundMessage, document: NonNullable<OutboundMessage['document']>) {
    if (!existsSync(document.path)) throw new PermanentSendError('the document to send is gone from disk');
    return this.bot.api.sendDocument(message.chatId, new InputFile(document.path, document.filename), {
      ...sendOptions(message),
      caption: truncateCaption(document.caption ?? message.text),
    });
  }

  async stop(): Promise<void> {
    this.webhookSet = false;
    if (this.runner?.isRunning()) await this.runner.stop();
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Running means: long polling is going on, or the webhook is set and its server listens. */
  connection(): ChannelConnection {
    if (this.options.webhook) {
      if (this.webhookSet && this.server?.listening) return { connected: true };
      return { connected: false, reason: this.server ? 'webhook not set' : 'not started' };
    }
    if (this.runner?.isRunning()) return { connected: true };
    return { connected: false, reason: this.runner ? 'polling stopped' : 'not started' };
  }
}

/**
 * The request as grammY reads it (its headers, its body's 'data'/'end'/'error' events), with
 * a body that errors with BodyTooLarge once more than MAX_WEBHOOK_BODY_BYTES came through.
 */
function limitBody(req: http.IncomingMessage): http.IncomingMessage {
  let seen = 0;
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > MAX_WEBHOOK_BODY_BYTES) {
        req.unpipe(limited);
        done(new BodyTooLarge());
      } else done(null, chunk);
    },
  });
  req.on('error', (error) => limited.destroy(error));
  return Object.assign(req.pipe(limited), { headers: req.headers }) as unknown as http.IncomingMessage;
}

function truncateCaption(text: string): string {
  return text.length > 1024 ? `${text.slice(0, 1023)}…` : text;
}

/** Maps Telegram's answer onto wait (429), give up (blocked, kicked, no chat) or retry. */
export function translateSendError(error: unknown): Error {
  if (error instanceof GrammyError) {
    if (error.error_code === 429) {
      return new RateLimitedError((error.parameters.retry_after ?? 1) * 1000);
    }
    // 403: blocked or kicked; 400: the request itself is wrong (no such chat, text too
    // long). Sending the same thing again cannot succeed.
    if (error.error_code === 403 || error.error_code === 400) {
      return new PermanentSendError(`telegram ${error.error_code}: ${error.description}`);
    }
    return new Error(`telegram ${error.error_code}: ${error.description}`);
  }
  if (error instanceof HttpError) return new Error(`telegram unreachable: ${error.message}`);
  return error instanceof Error ? error : new Error(String(error));
}
