/**
 * The fake Bot API (./fake-bot-api.ts) in a child process, so a benchmark's CPU figures are
 * the bot's alone: in the bot's process, the fake API's HTTP server (parsing each sendMessage,
 * answering it) was counted as the bot's CPU. `ChildBotApi` is the parent's handle, with the
 * surface the inbound rigs use; the child runs when this file is the entry point.
 *
 * Sends are reported back only when asked (`report`), in batches every few milliseconds over
 * IPC, each with the child's monotonic clock at acceptance, which is the parent's too
 * (`process.hrtime` is the machine's CLOCK_MONOTONIC): the parent turns it into its own
 * `performance.now()`, so a latency is measured to when the fake API accepted the reply,
 * whatever the IPC adds. The parent's cost is one IPC message per batch, not per send.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FakeBotApi, NO_LIMITS, TELEGRAM_LIMITS, type Sent } from './fake-bot-api.ts';

/** What an inbound rig needs of a fake Bot API, in the process or in a child. */
export interface BotApi {
  readonly apiRoot: string;
  /** Accepted sends (in a child: as reported, so only with `report`). */
  readonly sentCount: number;
  readonly tooManyRequests: number;
  /** Called on every accepted send (in a child: with `report`, a few ms late, `hr` exact; `text` empty). */
  onSend: ((sent: Sent) => void) | undefined;
  inject(chatId: number, fromId: number, text: string, chatType?: 'private' | 'group'): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

type ToChild =
  | { kind: 'start'; limited: boolean; keepSent: boolean; report: boolean }
  | { kind: 'inject'; chatId: number; fromId: number; text: string; chatType: 'private' | 'group' }
  | { kind: 'cpu' }
  | { kind: 'stop' };
type FromChild =
  | { kind: 'cpu'; user: number; system: number }
  | { kind: 'started'; apiRoot: string }
  | { kind: 'sends'; sends: [chatId: string, monotonicMs: number, at: number][]; sentCount: number; tooManyRequests: number }
  | { kind: 'stopped' };

const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;
/** How often the child reports its accepted sends. */
const REPORT_EVERY_MS = 5;

export class ChildBotApi implements BotApi {
  apiRoot = '';
  sentCount = 0;
  tooManyRequests = 0;
  onSend: ((sent: Sent) => void) | undefined;
  private child: ChildProcess | undefined;
  private waiting = new Map<FromChild['kind'], () => void>();
  private failing = new Map<FromChild['kind'], (error: Error) => void>();
  /** The parent's monotonic clock minus its performance.now(): both are uv_hrtime. */
  private readonly offset = monotonicMs() - performance.now();

  constructor(private readonly options: { limited: boolean; keepSent?: boolean; report?: boolean }) {}

  async start(): Promise<void> {
    const script = fileURLToPath(import.meta.url);
    const child = fork(script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child = child;
    child.on('message', (message: FromChild) => this.received(message));
    // One listener for every request: an answer that never comes fails its request.
    child.on('exit', (code) => {
      if (this.child === child && code !== 0) process.stderr.write(`fake Bot API child exited with ${code}\n`);
      for (const fail of this.failing.values()) fail(new Error(`fake Bot API child exited with ${code}`));
      this.failing.clear();
    });
    await this.request({ kind: 'start', limited: this.options.limited, keepSent: this.options.keepSent ?? false, report: this.options.report ?? false }, 'started');
  }

  inject(chatId: number, fromId: number, text: string, chatType: 'private' | 'group' = 'private'): void {
    this.child?.send({ kind: 'inject', chatId, fromId, text, chatType } satisfies ToChild);
  }

  /** The child's CPU time so far (µs): what the fake API costs, kept out of the bot's figure. */
  async cpuUsage(): Promise<NodeJS.CpuUsage> {
    let usage: NodeJS.CpuUsage = { user: 0, system: 0 };
    this.cpuAnswer = (u) => (usage = u);
    await this.request({ kind: 'cpu' }, 'cpu');
    return usage;
  }

  private cpuAnswer: ((usage: NodeJS.CpuUsage) => void) | undefined;

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await this.request({ kind: 'stop' }, 'stopped');
    this.child = undefined;
    await exited;
  }

  private request(message: ToChild, answer: FromChild['kind']): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.set(answer, resolve);
      this.failing.set(answer, reject);
      this.child!.send(message);
    });
  }

  private received(message: FromChild): void {
    if (message.kind === 'started') this.apiRoot = message.apiRoot;
    if (message.kind === 'cpu') this.cpuAnswer?.({ user: message.user, system: message.system });
    if (message.kind === 'sends') {
      this.sentCount = message.sentCount;
      this.tooManyRequests = message.tooManyRequests;
      for (const [chatId, mono, at] of message.sends) this.onSend?.({ chatId, text: '', at, hr: mono - this.offset });
    }
    this.waiting.get(message.kind)?.();
    this.waiting.delete(message.kind);
    this.failing.delete(message.kind);
  }
}

/** The child: a FakeBotApi driven over IPC. */
async function child(): Promise<void> {
  const send = (message: FromChild) => process.send!(message);
  let api: FakeBotApi | undefined;
  let batch: [string, number, number][] = [];
  let flusher: NodeJS.Timeout | undefined;
  let reported = '0/0';
  const flush = () => {
    const counts = api && `${api.sentCount}/${api.tooManyRequests}`;
    if (!api || (!batch.length && counts === reported)) return;
    reported = counts!;
    send({ kind: 'sends', sends: batch, sentCount: api.sentCount, tooManyRequests: api.tooManyRequests });
    batch = [];
  };
  process.on('message', (message: ToChild) => {
    void (async () => {
      if (message.kind === 'start') {
        api = new FakeBotApi(message.limited ? TELEGRAM_LIMITS : NO_LIMITS, { keepSent: message.keepSent });
        if (message.report) {
          api.onSend = (s) => void batch.push([s.chatId, monotonicMs(), s.at]);
          flusher = setInterval(flush, REPORT_EVERY_MS);
        }
        await api.start();
        send({ kind: 'started', apiRoot: api.apiRoot });
      } else if (message.kind === 'cpu') {
        send({ kind: 'cpu', ...process.cpuUsage() });
      } else if (message.kind === 'inject') {
        api?.inject(message.chatId, message.fromId, message.text, message.chatType);
      } else {
        clearInterval(flusher);
        flush();
        await api?.stop();
        send({ kind: 'stopped' });
        process.disconnect();
      }
    })();
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await child();
