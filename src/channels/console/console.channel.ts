/**
 * The console channel: a chat with the bot in this terminal, as one person. Used to try
 * the bot without any platform account, and by end-to-end tests (with in-memory streams).
 *
 * A pasted list ("laku 3 bros 45rb", "beli benang 20rb", … on lines of their own) is ONE
 * message, as on a phone: lines that arrive within `pasteWindowMs` of each other are sent
 * together. A chart is written as a PNG file (outside the project folder) and its path
 * printed, since a terminal shows no pictures.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Clock } from '../../core/clock.ts';
import { PermanentSendError } from '../../core/errors.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Channel, Intake, Sent } from '../channel.ts';
import type { ConsoleMailbox } from './console-mailbox.ts';

/** When to send what was typed or pasted: real timers, or a test's own. */
export interface PasteTimers {
  set(fire: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const REAL_TIMERS: PasteTimers = {
  set: (fire, ms) => setTimeout(fire, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Where charts go unless told: the system's temporary folder, never the project's. */
export const DEFAULT_CHARTS_DIR = path.join(os.tmpdir(), 'dampingi-charts');

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** Who is typing: the console identity is this name, so each name keeps its own books. */
  personName: string;
  clock: Clock;
  /** Called when the input ends (Ctrl-D, or the end of piped input). */
  onInputEnd?: () => void;
  /**
   * Lines arriving within this many milliseconds of the one before are one message (a
   * pasted list). 0 or unset: every line is a message of its own (piped input: each line
   * of `cat day.txt` is answered).
   */
  pasteWindowMs?: number;
  /** The timers of the paste window (tests fire them by hand). */
  timers?: PasteTimers;
  /** Where chart pictures are written (created when needed); the system's temporary folder by default. */
  chartsDir?: string;
  /**
   * Where messages for console chats wait for their own terminal (./console-mailbox.ts):
   * the app always gives one, since another process's console chat may share the outbound
   * queue. Unset (one channel alone, on streams): this chat's messages are printed at once,
   * another chat's are refused for now (retried, never printed here).
   */
  mailbox?: ConsoleMailbox;
}

export class ConsoleChannel implements Channel {
  readonly platform = 'console' as const;
  private rl: readline.Interface | undefined;
  private readonly prompt: string;
  /** Lines of a paste still being received, and when its first line came. */
  private paste: { lines: string[]; at: Date } | undefined;
  private pasteTimer: unknown;
  private reader: { stop(): Promise<void> } | undefined;

  constructor(private readonly options: ConsoleOptions) {
    this.prompt = `${options.personName}> `;
  }

  get chatId(): string {
    return `console-${this.personId}`;
  }

  /** Messages handed to intake but not yet queued. */
  private readonly pending = new Set<Promise<void>>();

  private get personId(): string {
    return this.options.personName.trim().toLowerCase().replace(/\s+/g, '-') || 'ibu';
  }

  private get interactive(): boolean {
    return (this.options.output as { isTTY?: boolean }).isTTY === true;
  }

  private get timers(): PasteTimers {
    return this.options.timers ?? REAL_TIMERS;
  }

  async start(intake: Intake): Promise<void> {
    const { input, output } = this.options;
    const interactive = this.interactive;
    this.rl = readline.createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
    this.rl.setPrompt(this.prompt);
    output.write(`Dampingi — ketik pesan, misalnya "laku 12 bros @15rb" (Ctrl-C untuk keluar)\n`);
    if (interactive) this.rl.prompt();
    this.rl.on('line', (line) => this.onLine(line, intake));
    // This terminal prints its own chat's messages, whichever process's worker sent them.
    this.reader = this.options.mailbox?.read(this.chatId, (message) => this.show(message));
    // Piped input ends right after its last line: send what is still gathered, then wait
    // until every message is queued, or the "all answered?" check would look at queues
    // that have not received them yet.
    this.rl.on('close', () => {
      this.flush(intake);
      void Promise.allSettled([...this.pending]).then(() => this.options.onInputEnd?.());
    });
  }

  private onLine(line: string, intake: Intake): void {
    const text = line.trim();
    if (!text) {
      if (this.interactive && !this.paste) this.rl?.prompt();
      return;
    }
    const windowMs = this.options.pasteWindowMs ?? 0;
    if (windowMs <= 0) {
      this.submit(text, this.options.clock.now(), intake);
      return;
    }
    this.paste ??= { lines: [], at: this.options.clock.now() };
    this.paste.lines.push(text);
    // Each line of a paste keeps the window open a little longer; the first quiet moment sends it.
    if (this.pasteTimer !== undefined) this.timers.clear(this.pasteTimer);
    this.pasteTimer = this.timers.set(() => this.flush(intake), windowMs);
  }

  /** Sends the lines gathered so far as one message. */
  private flush(intake: Intake): void {
    if (this.pasteTimer !== undefined) this.timers.clear(this.pasteTimer);
    this.pasteTimer = undefined;
    const paste = this.paste;
    this.paste = undefined;
    if (paste) this.submit(paste.lines.join('\n'), paste.at, intake);
  }

  private submit(text: string, at: Date, intake: Intake): void {
    const queued = intake({
      platform: 'console',
      chatId: this.chatId,
      chatType: 'private',
      messageId: randomUUID(),
      sender: { id: this.personId, name: this.options.personName },
      text,
      sentAt: at.toISOString(),
      addressedToBot: true,
    }).catch((error: unknown) => {
      this.options.output.write(`(pesan belum terkirim: ${error instanceof Error ? error.message : String(error)})\n`);
    });
    this.pending.add(queued);
    void queued.finally(() => this.pending.delete(queued));
  }

  async send(message: OutboundMessage): Promise<Sent> {
    if (message.document && !existsSync(message.document.path)) throw new PermanentSendError('the document to send is gone from disk');
    if (this.options.mailbox) await this.options.mailbox.put(message);
    else if (message.chatId === this.chatId) await this.show(message);
    // Not printed here: it is another terminal's chat. Thrown as a passing error, so the job is retried.
    else throw new Error(`no terminal of ${message.chatId} in this process`);
    return { platformMessageId: null };
  }

  /** Prints one message of this chat. */
  private async show(message: OutboundMessage): Promise<void> {
    const buttons = message.buttons?.length ? `\n${message.buttons.map((b) => `[${b.label}]`).join(' ')}` : '';
    // A document (an export) is shown as its caption and where the file is on disk; a
    // picture (a chart) is written to a file first, and shown the same way.
    let shown = message.text;
    if (message.document) shown = `${message.document.caption ?? message.text}\n📎 ${message.document.path}`;
    else if (message.image) shown = `${message.image.caption ?? message.text}\n🖼️ ${await this.savePicture(message.image.pngBase64)}`;
    const body = shown.split('\n').join('\n   ');
    this.options.output.write(`\n🤖 ${body}${buttons}\n\n`);
    if (this.interactive) this.rl?.prompt(true);
  }

  /** Writes a chart's PNG where charts go; returns its absolute path. */
  private async savePicture(pngBase64: string): Promise<string> {
    const dir = path.resolve(this.options.chartsDir ?? DEFAULT_CHARTS_DIR);
    await mkdir(dir, { recursive: true });
    const stamp = this.options.clock.now().toISOString().replace(/[:.]/g, '-');
    const file = path.join(dir, `grafik-${this.personId}-${stamp}-${randomUUID().slice(0, 8)}.png`);
    await writeFile(file, Buffer.from(pngBase64, 'base64'));
    return file;
  }

  async stop(): Promise<void> {
    if (this.pasteTimer !== undefined) this.timers.clear(this.pasteTimer);
    this.rl?.close();
    // Prints what already waits for this chat (piped input stops once all is answered).
    await this.reader?.stop();
    this.reader = undefined;
  }
}
