/**
 * A batch's messages parsed one after another at its start, handed to handleInbound so it
 * does not parse them again (issue #21). In the worker a parse costs ~500 µs of CPU, against
 * ~50–80 µs in a process that only parses: between two parses the rest of a message's work
 * (pg, BullMQ, Kysely) evicts the parser's code and tables from the CPU caches
 * (docs/BENCHMARKS.md). Parsed back to back, every parse but the first finds them hot.
 *
 * Exactly as correct as parsing in place: the parser is pure, so a result is used only for
 * the same inputs — the same text, the same `today`, the same `timeZone` — as handleInbound
 * passes. Ahead of the sender lookup her time zone is not known, so the programme's default
 * is guessed (nearly everyone's); a sender with another zone, an edited message (read as of
 * another day, and possibly twice), a command or small talk (never parsed) simply find
 * nothing here, and handleInbound parses as before.
 *
 * Each result is handed out once (`take` removes it): no consumer is known to change a
 * ParseResult, but one reused by a second message with the same text would then carry the
 * first one's change, and once is all a message needs.
 *
 * Safe with several worker processes and when Redis loses its data: this is an in-memory memo
 * of a pure function, made for one run of one batch and dropped with it. Nothing is shared
 * between batches, processes or runs of a batch, nothing is written anywhere, and what a
 * message records never depends on whether its parse was found here.
 */
import { businessDate } from '../core/dates.ts';
import type { InboundMessage } from '../core/messages.ts';
import { parseMessage } from '../parser/index.ts';
import type { ParseContext, ParseResult } from '../parser/types.ts';
import { matchCommand } from './commands.ts';
import { smallTalk } from './small-talk.ts';

export type Parse = (text: string, ctx: ParseContext) => ParseResult;

const keyOf = (text: string, ctx: { today: string; timeZone: string }) => `${ctx.today}\u0000${ctx.timeZone}\u0000${text}`;

export class ParsedAhead {
  private readonly results = new Map<string, ParseResult[]>();

  /** Kept for these exact inputs. */
  put(text: string, ctx: { today: string; timeZone: string }, result: ParseResult): void {
    const key = keyOf(text, ctx);
    const kept = this.results.get(key);
    if (kept) kept.push(result);
    else this.results.set(key, [result]);
  }

  /** A result parsed ahead for exactly these inputs, handed out once; undefined: parse it. */
  take(text: string, ctx: { today: string; timeZone: string }): ParseResult | undefined {
    const key = keyOf(text, ctx);
    const kept = this.results.get(key);
    const result = kept?.shift();
    if (kept?.length === 0) this.results.delete(key);
    return result;
  }

  get size(): number {
    let n = 0;
    for (const kept of this.results.values()) n += kept.length;
    return n;
  }
}

/**
 * Whether handleInbound would parse this message with the free-text parser as a new message
 * (its path in order: revoked, media, shared phone, edit, command, small talk). An open
 * question may still take it first; its parse is then left unused, at a hot parse's cost.
 */
function wouldParse(msg: InboundMessage): boolean {
  if (msg.revoked || msg.media || msg.sharedPhone || msg.editedAt) return false;
  return matchCommand(msg.text) === null && smallTalk(msg.text) === null;
}

/**
 * Parses, one after another, each message of a batch handleInbound would parse, as of the day
 * it was written in `timeZone` (the programme's default: computed as handleInbound computes
 * `written`). `messages` are cleaned (what handleInbound receives). `parse` is the parser;
 * tests hand in a counting one.
 */
export function parseAhead(messages: readonly InboundMessage[], timeZone: string, parse: Parse = parseMessage): ParsedAhead {
  const ahead = new ParsedAhead();
  for (const msg of messages) {
    if (!wouldParse(msg)) continue;
    const ctx = { today: businessDate(new Date(msg.sentAt), timeZone), timeZone };
    ahead.put(msg.text, ctx, parse(msg.text, ctx));
  }
  return ahead;
}
