/**
 * `npm run --silent parse -- [--today YYYY-MM-DD]`
 *
 * Reads JSON lines `{"text": "...", "today"?: "YYYY-MM-DD"}` on stdin and writes one JSON
 * line per input line, in order, to stdout (the contract in docs/PARSING.md):
 *
 *   {"line": N, "intent": …, "confidence": …, "date": …, "entries": [...], "sale": …,
 *    "expense": …, "period": …, "amount": …, "assets": …, "turnover": …, "employees": …,
 *    "quantity": …, "leadCode": …, "notes": [...]}
 *
 * Every key is always present (null when it does not apply), so tools can read columns
 * without checking the intent first; `sale` and `expense` are the sums of the entries of
 * each kind (0 for a record without that kind, null for other intents). A record of several
 * days ("Senin 120rb / Selasa 95rb") has each entry's own `date` in `entries`, and `date` is
 * the latest of them. Records with
 * household money or capital add `withdrawal` / `capital` sums, a credit sale adds
 * `credit`, and the other intents (order, payment_received, correction…) add their own
 * fields (docs/PARSING.md) after these columns.
 *
 * Bad input never stops the run: a line that is not JSON, not an object, has no string
 * `text`, or has a `today` that is not a real YYYY-MM-DD day is answered with
 * `{"error": "...", "line": N}` and the next line is read. Blank (whitespace-only) lines
 * are answered the same way ("blank line"), so output line N always answers input line N.
 *
 * Messages may also be given as arguments (`npm run --silent parse -- "laku 5 bros @15rb"`):
 * one output line per argument, stdin is not read.
 *
 * `--today` sets the default reference day; without it, today's date in Asia/Jakarta.
 * A malformed `--today` (or an unknown flag) exits with status 2 and a message on stderr.
 * Input is streamed with node:readline and output respects backpressure, so a file of any
 * length runs in constant memory.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { businessDate, isIsoDate, type IsoDate } from '../core/dates.ts';
import { parseMessage } from '../parser/index.ts';
import type { ParseResult } from '../parser/types.ts';

const DEFAULT_ZONE = 'Asia/Jakarta';

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(2);
}

function readOptions(): { today: IsoDate; texts: string[] } {
  let values: { today?: string | undefined; help?: boolean | undefined };
  let positionals: string[] = [];
  try {
    ({ values, positionals } = parseArgs({
      options: { today: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: true,
    }));
  } catch (error) {
    fail(`${(error as Error).message}\nusage: npm run --silent parse -- [--today YYYY-MM-DD] < messages.jsonl`);
  }
  if (values.help) {
    process.stdout.write('usage: npm run --silent parse -- [--today YYYY-MM-DD] < messages.jsonl\n' +
      'Reads {"text": "...", "today"?: "YYYY-MM-DD"} per line; writes one JSON result per line.\n');
    process.exit(0);
  }
  if (values.today === undefined) return { today: businessDate(new Date(), DEFAULT_ZONE), texts: positionals };
  if (!isIsoDate(values.today)) fail(`--today must be a real day written YYYY-MM-DD, got "${values.today}"`);
  return { today: values.today, texts: positionals };
}

/** The flat, always-complete output row for one result. */
export function toRow(r: ParseResult, line: number): Record<string, unknown> {
  const row: Record<string, unknown> = {
    line,
    intent: r.intent,
    confidence: r.confidence,
    date: null,
    entries: null,
    sale: null,
    expense: null,
    period: null,
    amount: null,
    assets: null,
    turnover: null,
    employees: null,
    quantity: null,
    leadCode: null,
    notes: r.notes ?? [],
  };
  switch (r.intent) {
    case 'record': {
      let sale = 0;
      let expense = 0;
      let withdrawal = 0;
      let capital = 0;
      for (const e of r.entries) {
        if (e.kind === 'sale') sale += e.amount;
        else if (e.kind === 'expense') expense += e.amount;
        else if (e.kind === 'withdrawal') withdrawal += e.amount;
        else capital += e.amount;
      }
      row.date = r.date;
      row.entries = r.entries;
      row.sale = sale;
      row.expense = expense;
      // Household money and capital are neither sales nor expenses.
      if (withdrawal > 0) row.withdrawal = withdrawal;
      if (capital > 0) row.capital = capital;
      if (r.credit) row.credit = r.credit;
      if (r.unresolved) row.unresolved = r.unresolved;
      break;
    }
    case 'recap':
      row.period = r.period;
      row.date = r.date ?? null;
      break;
    case 'repayment':
      row.amount = r.amount;
      break;
    case 'report':
      row.assets = r.assets;
      row.turnover = r.turnover;
      row.employees = r.employees;
      break;
    case 'lead_interest':
      row.quantity = r.quantity;
      row.leadCode = r.leadCode;
      break;
    case 'lead_decline':
      row.leadCode = r.leadCode;
      break;
    case 'help':
    case 'undo':
    case 'unknown':
      break;
    default: {
      // The bookkeeping intents (correction, delete_entry, order, payment_received, on_behalf,
      // set_price, list_entries, list_open): their own fields, as in docs/PARSING.md.
      const { intent: _intent, confidence: _confidence, notes: _notes, ...fields } = r;
      Object.assign(row, fields);
      break;
    }
  }
  return row;
}

/** One input line → one output object (never throws). */
export function handleLine(raw: string, line: number, defaultToday: IsoDate): Record<string, unknown> {
  if (raw.trim() === '') return { error: 'blank line', line };
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}`, line };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { error: 'expected a JSON object like {"text": "..."}', line };
  }
  const obj = input as Record<string, unknown>;
  if (typeof obj.text !== 'string') return { error: 'missing string field "text"', line };
  let today = defaultToday;
  if (obj.today !== undefined && obj.today !== null) {
    if (typeof obj.today !== 'string' || !isIsoDate(obj.today)) {
      return { error: `"today" must be a real day written YYYY-MM-DD, got ${JSON.stringify(obj.today)}`, line };
    }
    today = obj.today;
  }
  try {
    return toRow(parseMessage(obj.text, { today }), line);
  } catch (error) {
    return { error: `parser failed: ${(error as Error).message}`, line };
  }
}

async function main(): Promise<void> {
  const { today, texts } = readOptions();
  if (texts.length > 0) {
    // `npm run --silent parse -- "laku 5 bros @15rb"`: each argument is one message.
    texts.forEach((text, i) => process.stdout.write(`${JSON.stringify(handleLine(JSON.stringify({ text }), i + 1, today))}\n`));
    return;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    const raw = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // UTF-8 BOM
    const ok = process.stdout.write(`${JSON.stringify(handleLine(raw, line, today))}\n`);
    if (!ok) await once(process.stdout, 'drain');
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  // A closed pipe (`… | head`) ends the run quietly instead of with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main().catch((error: unknown) => {
    process.stderr.write(`parse: ${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  });
}
