/**
 * The console channel: a chat with the bot in this terminal, as one person. Used to try
 * the bot without any platform account, and by end-to-end tests (with in-memory streams).
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Clock } from '../../core/clock.ts';
import { PermanentSendError } from '../../core/errors.ts';
import type { OutboundMessage } from '../../core/messages.ts';
import type { Channel, Intake, Sent } from '../channel.ts';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  /** Who is typing: the console identity is this name, so each name keeps its own books. */
  personName: string;
  clock: Clock;
  /** Called when the input ends (Ctrl-D, or the end of piped input). */
  onInputEnd?: () => void;
}

export class ConsoleChannel implements Channel {
  readonly platform = 'console' as const;
  private rl: readline.Interface | undefined;
  private readonly prompt: string;

  constructor(private readonly options: ConsoleOptions) {
    this.prompt = `${options.personName}> `;
  }

  get chatId(): string {
    return `console-${this.personId}`;
  }

  /** Lines handed to intake but not yet queued. */
  private readonly pending = new Set<Promise<void>>();

  private get personId(): string {
    return this.options.personName.trim().toLowerCase().replace(/\s+/g, '-') || 'ibu';
  }

  async start(intake: Intake): Promise<void> {
    const { input, output } = this.options;
    const interactive = (output as { isTTY?: boolean }).isTTY === true;
    this.rl = readline.createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
    this.rl.setPrompt(this.prompt);
    output.write(`Dampingi — ketik pesan, misalnya "laku 12 bros @15rb" (Ctrl-C untuk keluar)\n`);
    if (interactive) this.rl.prompt();
    this.rl.on('line', (line) => {
      const text = line.trim();
      if (!text) {
        if (interactive) this.rl?.prompt();
        return;
      }
      const queued = intake({
        platform: 'console',
        chatId: this.chatId,
        chatType: 'private',
        messageId: randomUUID(),
        sender: { id: this.personId, name: this.options.personName },
        text,
        sentAt: this.options.clock.now().toISOString(),
        addressedToBot: true,
      }).catch((error: unknown) => {
        output.write(`(pesan belum terkirim: ${error instanceof Error ? error.message : String(error)})\n`);
      });
      this.pending.add(queued);
      void queued.finally(() => this.pending.delete(queued));
    });
    // Piped input ends right after its last line: wait until every line is queued, or the
    // "all answered?" check would look at queues that have not received them yet.
    this.rl.on('close', () => void Promise.allSettled([...this.pending]).then(() => this.options.onInputEnd?.()));
  }

  async send(message: OutboundMessage): Promise<Sent> {
    const buttons = message.buttons?.length ? `\n${message.buttons.map((b) => `[${b.label}]`).join(' ')}` : '';
    if (message.document && !existsSync(message.document.path)) throw new PermanentSendError('the document to send is gone from disk');
    // A document (an export) is shown as its caption and where the file is on disk.
    const shown = message.document ? `${message.document.caption ?? message.text}\n📎 ${message.document.path}` : message.text;
    const body = shown.split('\n').join('\n   ');
    this.options.output.write(`\n🤖 ${body}${buttons}\n\n`);
    if ((this.options.output as { isTTY?: boolean }).isTTY) this.rl?.prompt(true);
    return { platformMessageId: null };
  }

  async stop(): Promise<void> {
    this.rl?.close();
  }
}
