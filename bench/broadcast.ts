/**
 * Broadcast of one market lead to many recipients through the real bot (queues, workers,
 * grammY) against a local Bot API that enforces Telegram's limits. Measures the sustained
 * send rate, the 429s, and how fast replies reach people who write during the broadcast.
 *
 *   npx tsx bench/broadcast.ts [--recipients 10000]
 */
import { parseArgs } from 'node:util';
import { startApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { systemClock } from '../src/core/clock.ts';
import { createLogger, silentLogger } from '../src/core/logger.ts';
import { addFacilitator, createGroup, groupsRepo } from '../src/modules/groups/groups.service.ts';
import { createTestDatabase } from '../tests/helpers/database.ts';
import { createTestRedis } from '../tests/helpers/redis.ts';
import { FakeBotApi } from './support/fake-bot-api.ts';
import { seedTelegramMembers, telegramIdsExcept } from './support/seed.repository.ts';

export interface BroadcastResult {
  recipients: number;
  messagesPerSecond: number;
  seconds: number;
  tooManyRequests: number;
  replyLatencyP50Ms: number;
  replyLatencyMaxMs: number;
  replies: number;
  /** The slowest replies: seconds into the broadcast, and milliseconds taken. */
  slowest: { atSecond: number; ms: number; fetchedAfterMs: number | null }[];
}

const TOKEN = '123456:BENCH-token_abcdefghijklmnopqrstuv';
const FACILITATOR_TG = 900_000_001;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runBroadcastBench(options: { recipients?: number } = {}): Promise<BroadcastResult> {
  const members = options.recipients ?? 10_000;
  const [t, r] = await Promise.all([createTestDatabase(), createTestRedis()]);
  const api = new FakeBotApi();
  await api.start();
  try {
    const facilitator = await addFacilitator(t.db, { name: 'Bu Rina', telegramId: String(FACILITATOR_TG), timeZone: 'Asia/Jakarta' });
    const group = await createGroup(t.db, { name: 'Bench', trades: ['asesoris'], facilitatorId: facilitator.id, timeZone: 'Asia/Jakarta' });
    await groupsRepo.linkChat(t.db, { groupId: group.id, platform: 'telegram', chatId: '-100777', byPersonId: null });
    // Members with Telegram accounts: ids 2_000_000 + n are also their private chat ids.
    await seedTelegramMembers(t.db, group.id, members);
    const memberChats = await telegramIdsExcept(t.db, String(FACILITATOR_TG));

    const app = await startApp({
      config: loadConfig({ DATABASE_URL: t.url, REDIS_URL: r.url, QUEUE_PREFIX: r.prefix, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, CONSOLE_CHANNEL: 'off' }),
      clock: systemClock,
      // BENCH_LOG=debug writes the bot's own logs to stderr, to see where time goes.
      log: process.env.BENCH_LOG ? createLogger(process.env.BENCH_LOG) : silentLogger(),
    });
    try {
      // A lead delivered to a recipient (the facilitator's own preview also shows the lead).
      const isLead = (text: string) => text.includes('📢 Peluang');
      const lead = (s: { chatId: string; text: string }) => isLead(s.text) && s.chatId !== String(FACILITATOR_TG);
      api.inject(FACILITATOR_TG, FACILITATOR_TG, '/peluang asesoris: Wisuda IAIN 12 Des, butuh 200 bros, DP 50%');
      while (!api.sent.some((s) => s.chatId === String(FACILITATOR_TG))) await sleep(20);
      api.inject(FACILITATOR_TG, FACILITATOR_TG, 'kirim');

      // While the broadcast runs, a member writes every 2 s; time until her reply is sent.
      const latencies: number[] = [];
      const samples: { at: number; ms: number; updateId: number }[] = [];
      const updateOf = new Map<string, number>();
      const pending = new Map<string, number>();
      api.onSend = (s) => {
        const since = pending.get(s.chatId);
        if (since !== undefined && s.text.includes('Penjualan')) {
          latencies.push(s.at - since);
          samples.push({ at: since, ms: s.at - since, updateId: updateOf.get(s.chatId) ?? -1 });
          pending.delete(s.chatId);
        }
      };
      const total = members + 1;
      let first = 0;
      let writer = 0;
      let lastWrite = 0;
      while (api.sent.filter(lead).length < total) {
        await sleep(50);
        if (!first && api.sent.some(lead)) first = api.sent.find(lead)!.at;
        if (first && Date.now() - lastWrite > 2000) {
          lastWrite = Date.now();
          const chat = memberChats[(writer++ * 7919) % memberChats.length]!;
          pending.set(String(chat), Date.now());
          updateOf.set(String(chat), api.inject(chat, chat, 'laku 1 bros @10rb'));
        }
      }
      const leads = api.sent.filter(lead);
      const seconds = (leads.at(-1)!.at - leads[0]!.at) / 1000;
      const sorted = [...latencies].sort((a, b) => a - b);
      return {
        recipients: total,
        seconds,
        messagesPerSecond: (leads.length - 1) / seconds,
        tooManyRequests: api.tooManyRequests,
        replies: latencies.length,
        replyLatencyP50Ms: sorted[Math.floor(sorted.length / 2)] ?? NaN,
        replyLatencyMaxMs: sorted.at(-1) ?? NaN,
        slowest: [...samples]
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5)
          .map((x) => {
            const served = api.served.get(x.updateId);
            return { atSecond: Math.round((x.at - leads[0]!.at) / 100) / 10, ms: x.ms, fetchedAfterMs: served === undefined ? null : served - x.at };
          }),
      };
    } finally {
      await app.stop();
    }
  } finally {
    await api.stop();
    await r.cleanup();
    await t.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { recipients: { type: 'string' } } });
  const result = await runBroadcastBench({ recipients: values.recipients ? Number(values.recipients) : undefined });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}
