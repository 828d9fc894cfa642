/**
 * The outbox: one row per message the bot means to send, written in the same transaction
 * as the change that justifies it. The queue carries only the row's idempotency key, so a
 * job that runs twice (a stalled worker) finds the row already sent and does nothing.
 */
import { expressionBuilder, sql, type Compilable, type Expression, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { OutboundMessage } from '../../core/messages.ts';
import { partsOf } from '../../core/message-parts.ts';
import type { Db } from '../../db/client.ts';
import { prepared, preparedBy, runFragment, slotsWithin, type CarriedRead, type Fragment, type SlotMaker } from '../../db/prepared.ts';
import type { Database, OutboxStatus } from '../../db/schema.ts';

export type Priority = 'reply' | 'bulk';

// Query fragments for modules that keep outbox keys (lead deliveries): what became of a message.

const outbound = () => expressionBuilder<Database, never>().selectFrom('outbound_messages');

/** The status of the message with this key ('queued', 'sent', 'failed'; null if never written), as a scalar subquery. */
export function statusOfOutbound(key: Expression<string>) {
  return outbound().select('outbound_messages.status').where('outbound_messages.idempotency_key', '=', key).$asScalar();
}

/** Why the message with this key was not sent (failed or held; null when sent, queued or never written), as a scalar subquery. */
export function failureOfOutbound(key: Expression<string>) {
  return outbound().select('outbound_messages.failure').where('outbound_messages.idempotency_key', '=', key).$asScalar();
}

/** Subquery of the keys of the messages the platform knows by this message id (for `in`). */
export function keysOfSent(platformMessageId: string) {
  return outbound().select('outbound_messages.idempotency_key').where('outbound_messages.platform_message_id', '=', platformMessageId);
}

export interface OutboxItem {
  idempotencyKey: string;
  platform: OutboundMessage['platform'];
  priority: Priority;
  /**
   * The send job's own key when it is not the row's: a row queued again after it was held
   * (its first job may still sit in Redis as completed, and would swallow a new one).
   */
  jobKey?: string;
}

export interface StoredOutbound extends OutboxItem {
  payload: OutboundMessage;
  status: OutboxStatus;
}

/** When the bulk private WhatsApp messages sent since `since` went out, oldest first (the WhatsApp pacer's memory across restarts). */
export async function bulkPrivateSendsSince(db: Db, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('outbound_messages')
    .select('sent_at')
    .where('platform', '=', 'whatsapp')
    .where('priority', '=', 'bulk')
    .where('status', '=', 'sent')
    .where('sent_at', '>=', since)
    .where('chat_id', 'not like', '%@g.us')
    .orderBy('sent_at')
    .execute();
  return rows.flatMap((r) => (r.sent_at ? [r.sent_at] : []));
}

/** When the first message on `platform` was sent (a new WhatsApp number's ramp-up counts its weeks from it). */
export async function firstSentAt(db: Db, platform: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('outbound_messages')
    .select((eb) => eb.fn.min('sent_at').as('first'))
    .where('platform', '=', platform)
    .where('status', '=', 'sent')
    .executeTakeFirst();
  return row?.first ?? undefined;
}

/**
 * Writes messages to send. A message longer than its platform accepts becomes several rows,
 * one per part (src/core/message-parts.ts): the first keeps the message's key, the next are
 * `<key>-p2`, `<key>-p3` …, and each names the part before it (`follows`).
 *
 * The cut is made here, before the outbox, rather than in the channel adapter: each part is
 * then a row of its own, sent, marked and retried on its own, so a retry after part 2 failed
 * never sends part 1 again, and a part refused for good is recorded as that part. The send
 * step holds a part back until the part it follows is sent (src/jobs/outbound.processor.ts),
 * so parts arrive in order even when one must wait or be retried. Every writer of the outbox
 * comes through here, so no path can skip the cut. Returns the rows written, parts in order.
 *
 * `forFeeder`: the rows are not dispatched by the caller but fed to the send queue as it
 * drains (src/jobs/bulk-feeder.ts); the outbox sweep leaves them to the feeder.
 */
export async function addToOutbox<V = never>(
  db: Db,
  messages: readonly { key: string; message: OutboundMessage; priority: Priority; sourceMessageId: number | null }[],
  options: {
    /**
     * Another module's write that must commit with these messages, carried in the same
     * statement (a data-modifying CTE, run whether or not anything reads it) so it costs no
     * round trip of its own; run alone when there is nothing to write here. The inbound
     * processor carries the inbox's note of what the message came to (issue #21). Both land
     * or neither: one statement, inside the caller's transaction. A fragment (built with
     * slots) so the statement is compiled once per kind of carried write, not per message.
     */
    carried?: Fragment<V, Compilable<unknown>>;
    /** Rows the bulk feeder puts on the send queue as it drains (src/jobs/bulk-feeder.ts), not the caller. */
    forFeeder?: boolean;
  } = {},
): Promise<OutboxItem[]> {
  const { carried } = options;
  if (messages.length === 0) {
    if (carried) await runFragment(db, carried);
    return [];
  }
  const rows = messages.flatMap(inParts);
  const written = await insertOutbox(db, {
    keys: rows.map((m) => m.key),
    platforms: rows.map((m) => m.message.platform),
    chatIds: rows.map((m) => m.message.chatId),
    payloads: rows.map((m) => JSON.stringify(m.message)),
    priorities: rows.map((m) => m.priority),
    sources: rows.map((m) => m.sourceMessageId),
    forFeeder: options.forFeeder === true,
    carried: carried as Fragment<unknown, Compilable<unknown>> | undefined,
  });
  return written.map((r) => ({ ...r, platform: r.platform as OutboxItem['platform'] }));
}

interface OutboxInsert {
  keys: string[];
  platforms: string[];
  chatIds: string[];
  payloads: string[];
  priorities: Priority[];
  sources: (number | null)[];
  forFeeder: boolean;
  carried: Fragment<unknown, Compilable<unknown>> | undefined;
}

// One statement whatever the count: the rows go in as six arrays (six parameters), not
// six parameters a row, so a 5,000-reminder batch of the fan-out is parsed and planned
// once (100,000 rows: 5–9 s against 10 s as VALUES lists, docs/BENCHMARKS.md); and so its
// text is the same for any count, compiled once (src/db/prepared.ts) per kind of carried
// write. `with ordinality` keeps the rows in the order given, so `returning` gives parts
// in order. The carried write rides as a data-modifying CTE that nothing reads (Postgres
// runs it anyway).
const insertOutbox = preparedBy<OutboxInsert, Fragment<unknown, Compilable<unknown>>['build'] | 'alone', { idempotencyKey: string; platform: string; priority: Priority }>(
  (v) => v.carried?.build ?? 'alone',
  (db, slot, carrying) => {
    const carried = carrying === 'alone' ? undefined : carrying(slotsWithin(slot, (v) => v.carried?.values), db);
    return sql<{ idempotencyKey: string; platform: string; priority: Priority }>`${carried ? sql`with "carried" as (${carried}) ` : sql``}${insertRows(slot)}
    returning idempotency_key as "idempotencyKey", platform, priority`;
  },
);

/** The insert of an `OutboxInsert`'s rows, without its `returning`. */
function insertRows<P extends OutboxInsert>(slot: SlotMaker<P>) {
  return sql`insert into outbound_messages (idempotency_key, platform, chat_id, payload, priority, source_message_id, awaiting_feeder)
    select r.key, r.platform, r.chat_id, r.payload, r.priority, r.source_message_id, ${slot((v) => v.forFeeder)}
      from unnest(
        ${slot((v) => v.keys)}::text[],
        ${slot((v) => v.platforms)}::text[],
        ${slot((v) => v.chatIds)}::text[],
        ${slot((v) => v.payloads)}::jsonb[],
        ${slot((v) => v.priorities)}::text[],
        ${slot((v) => v.sources)}::bigint[]
      ) with ordinality as r(key, platform, chat_id, payload, priority, source_message_id, n)
     order by r.n
    on conflict (idempotency_key) do nothing`;
}

/**
 * Messages whose words the send step writes (`toWord` on OutboundMessage), inserted from a
 * query without reading it out: `rows` (a CTE's name or a subquery) yields `key`, `platform`,
 * `chat_id`, `to_word` (the facts, jsonb), `chart` (a `ChartToDraw` as jsonb, or null) and
 * `n` (the order to write them in), and the
 * insert is a fragment for the caller's statement, to return what it wrote. A fan-out of
 * 100,000 nudges is then a few statements computed in Postgres (issue #21), with the same
 * guarantee as `addToOutbox`: the key is unique and a row already written is left as it is
 * (`on conflict do nothing`; two inserts of one key at once wait on each other, and the
 * second writes nothing). Only bulk private messages: `bulk`, no source message, no parts
 * (a nudge or a summary is short). Returns `idempotency_key`, `platform`, `priority` of the rows written.
 */
export function insertToWordFrom(rows: RawBuilder<unknown>, forFeeder: boolean): RawBuilder<{ idempotency_key: string; platform: string; priority: Priority }> {
  return sql`insert into outbound_messages (idempotency_key, platform, chat_id, payload, priority, awaiting_feeder)
    select r.key, r.platform, r.chat_id,
           jsonb_build_object('platform', r.platform, 'chatId', r.chat_id, 'text', '', 'toWord', r.to_word, 'bulk', true)
             || case when r.chart is null then '{}'::jsonb else jsonb_build_object('chart', r.chart) end,
           'bulk', ${forFeeder}
      from ${rows} as r
     order by r.n
    on conflict (idempotency_key) do nothing
    returning idempotency_key, platform, priority`;
}

/** Rows returned by an `insertToWordFrom` as queue items (in the order given). */
function writtenItems(rows: readonly { idempotency_key: string; platform: string; priority: Priority }[]): OutboxItem[] {
  return asItems(rows.map((r) => ({ idempotencyKey: r.idempotency_key, platform: r.platform, priority: r.priority })));
}

/**
 * The rows an `insertToWordFrom` wrote (keys `keyPrefix` + person id) as queue items in person
 * order, as the page was written (a CTE's rows come back in no promised order).
 */
export function writtenInOrder(rows: readonly { idempotency_key: string; platform: string; priority: Priority }[], keyPrefix: string): OutboxItem[] {
  const personOf = (key: string) => Number(key.slice(keyPrefix.length));
  return writtenItems([...rows].sort((a, b) => personOf(a.idempotency_key) - personOf(b.idempotency_key)));
}

/**
 * A fan-out page's result, from the rows of a statement that joins the page's last person id
 * to what `insertToWordFrom` wrote: the items in person order (`writtenInOrder`), and the
 * page's last person.
 */
export function writtenPage(rows: readonly { last: number | null; idempotency_key: string | null; platform: string; priority: Priority }[],
  keyPrefix: string): { items: OutboxItem[]; lastPersonId: number | null } {
  const written = rows.flatMap((r) => (r.idempotency_key === null ? [] : [{ ...r, idempotency_key: r.idempotency_key }]));
  return { items: writtenInOrder(written, keyPrefix), lastPersonId: rows[0]?.last ?? null };
}

/** Her held messages to queue again with a private message's replies (see `releaseHeld`). */
export interface HeldRelease {
  platform: string;
  /** Her private chat and its twins (a WhatsApp LID and phone JID). */
  chatIds: readonly string[];
  /** Held since before this: no longer news, failed instead. */
  staleBefore: Date;
}

/**
 * A private message's replies written AND her held messages released, in one statement
 * (issue #21: the release was a round trip of its own on every private message, and it
 * finds nothing nearly always). What each does is `addToOutbox` and `releaseHeld`, unchanged:
 * the release is a data-modifying CTE beside the insert, both inside the caller's
 * transaction, so both land or neither. They touch different rows (the new replies are
 * queued, never held), so one statement's single snapshot changes nothing for either.
 * Returns the replies' rows (parts in order) and the released ones (in the order written).
 */
export async function addRepliesReleasingHeld<V = never>(
  db: Db,
  messages: Parameters<typeof addToOutbox>[1],
  options: { carried?: Fragment<V, Compilable<unknown>>; release: HeldRelease },
): Promise<{ items: OutboxItem[]; released: OutboxItem[] }> {
  const rows = messages.flatMap(inParts);
  const keys = rows.map((m) => m.key);
  const written = await insertReleasing(db, {
    ...insertValues(rows),
    carried: options.carried as Fragment<unknown, Compilable<unknown>> | undefined,
    release: options.release,
  });
  return splitWritten(keys, written);
}

/** An `OutboxInsert`'s arrays, of reply rows (never for the feeder). */
function insertValues(rows: readonly OutboxEntry[]): Omit<OutboxInsert, 'carried'> {
  return {
    keys: rows.map((m) => m.key),
    platforms: rows.map((m) => m.message.platform),
    chatIds: rows.map((m) => m.message.chatId),
    payloads: rows.map((m) => JSON.stringify(m.message)),
    priorities: rows.map((m) => m.priority),
    sources: rows.map((m) => m.sourceMessageId),
    forFeeder: false,
  };
}

/** A releasing insert's rows as the replies written and the held ones released. */
function splitWritten(keys: readonly string[], written: readonly ReleasingRow[]): { items: OutboxItem[]; released: OutboxItem[] } {
  // A CTE's rows come back in no promised order: the replies are put in the order given, the released in the order written.
  const at = new Map(keys.map((k, i) => [k, i]));
  const added = written.filter((r) => r.releasedId === null).sort((a, b) => at.get(a.idempotencyKey)! - at.get(b.idempotencyKey)!);
  const released = written.filter((r) => r.releasedId !== null).sort((a, b) => Number(a.releasedId) - Number(b.releasedId));
  return {
    items: asItems(added.map(({ idempotencyKey, platform, priority }) => ({ idempotencyKey, platform, priority }))),
    released: asItems(released.map(({ idempotencyKey, platform, priority, held_at }) => ({ idempotencyKey, platform, priority, held_at }))),
  };
}

type ReleasingRow = { idempotencyKey: string; platform: string; priority: Priority; releasedId: string | number | null; held_at: Date | null };

/**
 * A message's replies written (with `carried` and, when she wrote privately, the `release` of
 * her held messages, as `addRepliesReleasingHeld` does) and another module's read carried in
 * the same statement (`read`, src/db/prepared.ts): an inbound batch claims its next message
 * and looks up who wrote it here (issue #21: that claim was a statement of its own on every
 * message; src/jobs/inbound.processor.ts says why its guarantees hold). One statement even
 * with no reply to write (the insert then writes no row), so the read always rides. The
 * read's writes touch no outbox row; `read` comes back as the one row its select yielded.
 */
export async function addRepliesCarryingRead<V, W>(
  db: Db,
  messages: Parameters<typeof addToOutbox>[1],
  options: { carried?: Fragment<V, Compilable<unknown>>; release?: HeldRelease | undefined; read: Fragment<W, CarriedRead> },
): Promise<{ items: OutboxItem[]; released: OutboxItem[]; read: unknown }> {
  const rows = messages.flatMap(inParts);
  const read = options.read as Fragment<unknown, CarriedRead>;
  let statements = carryingReads.get(read.build);
  if (!statements) carryingReads.set(read.build, (statements = { releasing: insertCarryingRead(read.build, true), alone: insertCarryingRead(read.build, false) }));
  const values = {
    ...insertValues(rows),
    carried: options.carried as Fragment<unknown, Compilable<unknown>> | undefined,
    release: options.release ?? { platform: '', chatIds: [], staleBefore: new Date(0) },
    read,
  };
  const written = await (options.release ? statements.releasing : statements.alone)(db, values);
  const readRow = written.find((r) => r.idempotencyKey === null);
  if (!readRow) throw new Error('the carried read returned no row');
  return { ...splitWritten(rows.map((m) => m.key), written.filter((r) => r.idempotencyKey !== null) as ReleasingRow[]), read: readRow.read };
}

type ReadValues = OutboxInsert & { release: HeldRelease; read: Fragment<unknown, CarriedRead> };
type CarryingReadRow = Omit<ReleasingRow, 'idempotencyKey'> & { idempotencyKey: string | null; read: unknown };

// One statement per kind of read (the map), of carried write (the key) and with or without the release.
const carryingReads = new Map<Fragment<unknown, CarriedRead>['build'], { releasing: ReturnType<typeof insertCarryingRead>; alone: ReturnType<typeof insertCarryingRead> }>();

function insertCarryingRead(readBuild: Fragment<unknown, CarriedRead>['build'], releasing: boolean) {
  return preparedBy<ReadValues, Fragment<unknown, Compilable<unknown>>['build'] | 'alone', CarryingReadRow>(
    (v) => v.carried?.build ?? 'alone',
    (db, slot, carrying) => {
      const carried = carrying === 'alone' ? undefined : carrying(slotsWithin(slot, (v) => v.carried?.values), db);
      const read = readBuild(slotsWithin(slot, (v) => v.read.values), db);
      // The read's row last, told apart by its null key (every written row has one).
      return sql<CarryingReadRow>`with ${carried ? sql`"carried" as (${carried}), ` : sql``}${read.writes}, ${releasing ? sql`${releasedHeld(slot)}, ` : sql``}"added" as (${insertRows(slot)}
        returning idempotency_key, platform, priority
      )
      select idempotency_key as "idempotencyKey", platform, priority, null::bigint as "releasedId", null::timestamptz as held_at, null::json as "read" from "added"
      ${releasing ? sql`union all select idempotency_key, platform, priority, id, held_at, null from "released" where status = 'queued'` : sql``}
      union all select null, null, null, null, null, to_json("r") from (${read.row}) as "r"`;
    },
  );
}

/** The release of her held messages as the CTE "released" (releaseHeldQuery's fates: each held row failed or queued by its own `held_at`). */
function releasedHeld<P extends { release: HeldRelease }>(slot: SlotMaker<P>) {
  const stale = sql<boolean>`held_at < ${slot((v) => v.release.staleBefore)}`;
  return sql`"released" as (
      update outbound_messages
         set status = case when ${stale} then 'failed' else 'queued' end,
             failure = case when ${stale} then ${slot.constant(HELD_TOO_LONG)}::text end
       where platform = ${slot((v) => v.release.platform)}
         and chat_id = any(${slot((v) => [...v.release.chatIds])}::text[])
         and status = 'held'
      returning id, status, idempotency_key, platform, priority, held_at
    )`;
}

// Compiled once per kind of carried write, like insertOutbox. The release's fates are
// releaseHeldQuery's: each held row failed or queued by its own `held_at`.
const insertReleasing = preparedBy<OutboxInsert & { release: HeldRelease }, Fragment<unknown, Compilable<unknown>>['build'] | 'alone', ReleasingRow>(
  (v) => v.carried?.build ?? 'alone',
  (db, slot, carrying) => {
    const carried = carrying === 'alone' ? undefined : carrying(slotsWithin(slot, (v) => v.carried?.values), db);
    return sql<ReleasingRow>`with ${carried ? sql`"carried" as (${carried}), ` : sql``}${releasedHeld(slot)}, "added" as (${insertRows(slot)}
      returning idempotency_key, platform, priority
    )
    select idempotency_key as "idempotencyKey", platform, priority, null::bigint as "releasedId", null::timestamptz as held_at from "added"
    union all
    select idempotency_key, platform, priority, id, held_at from "released" where status = 'queued'`;
  },
);

type OutboxEntry = Parameters<typeof addToOutbox>[1][number];

/** One message to write as the parts its platform accepts, each with its key. */
function inParts(entry: OutboxEntry): OutboxEntry[] {
  return partsOf(entry.message).map((message, i) =>
    i === 0 ? { ...entry, message } : { ...entry, key: partKey(entry.key, i), message: { ...message, follows: partKey(entry.key, i - 1) } },
  );
}

/** The key of a message's part `index` (from 0): the message's own key for the first. */
export function partKey(key: string, index: number): string {
  return index === 0 ? key : `${key}-p${index + 1}`;
}

/**
 * Still-queued rows as queue items, in the order they were written; the caller narrows which.
 * Rows awaiting the bulk feeder are left out: they are in no queue to be lost from, and the
 * feeder puts them on theirs as it drains (queuing them here would undo its window).
 */
function queuedItems(db: Db) {
  return db
    .selectFrom('outbound_messages')
    .select(['idempotency_key as idempotencyKey', 'platform', 'priority', 'held_at'])
    .where('status', '=', 'queued')
    .where('awaiting_feeder', '=', false)
    .orderBy('id');
}

/**
 * Queue items of rows. A row that was held and queued again gets a send job of its own
 * (named by when it was held): the job that found it out of reach may still be in Redis.
 */
function asItems(rows: readonly { idempotencyKey: string; platform: string; priority: Priority; held_at?: Date | null }[]): OutboxItem[] {
  return rows.map(({ held_at, ...r }) => ({
    ...r,
    platform: r.platform as OutboxItem['platform'],
    ...(held_at ? { jobKey: `${r.idempotencyKey}~held-${held_at.getTime()}` } : {}),
  }));
}

/** Replies of an inbound message that were written but may never have reached the queue. */
export async function unsentRepliesOf(db: Db, sourceMessageId: number): Promise<OutboxItem[]> {
  return asItems(await queuedItems(db).where('source_message_id', '=', sourceMessageId).execute());
}

/**
 * The still-queued messages among these keys, or the keys a subquery names (a lead's
 * deliveries): one statement, however many keys.
 */
export async function queuedAmong<K extends string>(
  db: Db,
  keys: readonly string[] | SelectQueryBuilder<Database, keyof Database, Record<K, string>>,
): Promise<OutboxItem[]> {
  if (isKeyList(keys)) return keys.length === 0 ? [] : asItems(await queuedItems(db).where('idempotency_key', 'in', [...keys]).execute());
  return asItems(await queuedItems(db).where('idempotency_key', 'in', keys).execute());
}

function isKeyList(keys: unknown): keys is readonly string[] {
  return Array.isArray(keys);
}

export async function findOutbound(db: Db, key: string): Promise<StoredOutbound | undefined> {
  const [row] = await outboundByKey(db, key);
  return row && { ...row, platform: row.platform as OutboxItem['platform'] };
}

// The send step's two statements, every reply: built and compiled once (src/db/prepared.ts).
const outboundByKey = prepared<string, Omit<StoredOutbound, 'platform'> & { platform: string }>((db, slot) =>
  db
    .selectFrom('outbound_messages')
    .select(['idempotency_key as idempotencyKey', 'platform', 'priority', 'payload', 'status'])
    .where('idempotency_key', '=', slot((key) => key)),
);

/** One row sent: the same statement as several (`markSentAll`), so a sent row is marked one way. */
export async function markSent(db: Db, key: string, platformMessageId: string | null, at: Date): Promise<void> {
  await markSentAll(db, [{ key, platformMessageId, at }]);
}

/**
 * `findOutbound` for several keys in one statement (the send step's reads of the rows it
 * is sending at once: src/jobs/outbound.processor.ts). Each key's row, or undefined, in the
 * order of the keys.
 */
export async function findOutboundAll(db: Db, keys: readonly string[]): Promise<(StoredOutbound | undefined)[]> {
  const rows = await outboundByKeys(db, [...keys]);
  const byKey = new Map(rows.map((row) => [row.idempotencyKey, { ...row, platform: row.platform as OutboxItem['platform'] }]));
  return keys.map((key) => byKey.get(key));
}

const outboundByKeys = prepared<string[], Omit<StoredOutbound, 'platform'> & { platform: string }>((db, slot) =>
  db
    .selectFrom('outbound_messages')
    .select(['idempotency_key as idempotencyKey', 'platform', 'priority', 'payload', 'status'])
    .where('idempotency_key', '=', sql<string>`any(${slot((keys) => keys)}::text[])`),
);

/**
 * `markSent` for several rows in one statement, each with its own platform id and time
 * (the send step's marks of rows sent at once). All are marked or (it throws) none.
 */
export async function markSentAll(db: Db, marks: readonly { key: string; platformMessageId: string | null; at: Date }[]): Promise<void> {
  await noteSentAll(db, {
    keys: marks.map((m) => m.key),
    ids: marks.map((m) => m.platformMessageId),
    ats: marks.map((m) => m.at),
  });
}

// Marks rows sent, their values from arrays (one parameter each, any count). A message that
// carries a secret (a console login code and link) keeps no copy of it once sent.
const noteSentAll = prepared<{ keys: string[]; ids: (string | null)[]; ats: Date[] }, unknown>(
  (_db, slot) => sql`update outbound_messages as o
       set status = ${slot.constant('sent')}, platform_message_id = v.platform_message_id, sent_at = v.sent_at, failure = null,
           payload = case when o.payload->>'secret' = 'true' then jsonb_set(o.payload, '{text}', to_jsonb(${slot.constant(SENT_SECRET)}::text)) else o.payload end
      from unnest(${slot((v) => v.keys)}::text[], ${slot((v) => v.ids)}::text[], ${slot((v) => v.ats)}::timestamptz[]) as v(key, platform_message_id, sent_at)
     where o.idempotency_key = v.key`,
);

/** What a secret message's text becomes in the outbox once it has gone. */
export const SENT_SECRET = '(sent; its one-time login was blanked here)';

export async function markFailed(db: Db, key: string, reason: string): Promise<void> {
  await db
    .updateTable('outbound_messages')
    .set({ status: 'failed', failure: reason.slice(0, 500) })
    .where('idempotency_key', '=', key)
    .execute();
}

/**
 * Rows still queued a while after they were written: their job may never have reached
 * the queue (a crash between commit and enqueue). Re-queuing is safe: the job id is the
 * row key, and a row already sent is skipped by the send step.
 */
export async function staleQueued(db: Db, olderThan: Date, limit: number, platforms: readonly string[]): Promise<OutboxItem[]> {
  if (platforms.length === 0) return [];
  const rows = await db
    .selectFrom('outbound_messages')
    .select(['idempotency_key as idempotencyKey', 'platform', 'priority', 'held_at'])
    .where('status', '=', 'queued')
    .where('platform', 'in', [...platforms])
    // Rows the bulk feeder has not fed yet are not lost: they wait their turn in Postgres.
    .where('awaiting_feeder', '=', false)
    // A fed row's grace counts from when it was fed (`greatest` skips the null of rows never fed).
    .where(sql<Date>`greatest(created_at, fed_at)`, '<', olderThan)
    .orderBy('id')
    .limit(limit)
    .execute();
  return asItems(rows);
}

/**
 * The bulk feeder's claim (src/jobs/bulk-feeder.ts): up to `limit` of the oldest rows of
 * `platform` written for the feeder, marked fed at `now`, in the order they were written.
 * `for update skip locked` in one statement: two feeders at once (two copies of the bot)
 * each claim rows the other did not, so no row is fed twice and neither waits.
 *
 * With `lostBefore`, rows it fed before then that are still queued come first: the caller
 * passes it only when the send queue holds nothing, so their jobs were lost (Redis lost
 * its data, or the process died between this claim and its enqueue) and they go again
 * under the same job id, without waiting for the outbox sweep's grace.
 */
export async function claimForFeeder(db: Db, platform: string, limit: number, now: Date, lostBefore?: Date): Promise<OutboxItem[]> {
  if (limit <= 0) return [];
  const due = (eb: ExpressionBuilder<Database, 'outbound_messages'>) =>
    lostBefore
      ? eb.or([eb('awaiting_feeder', '=', true), eb.and([eb('priority', '=', 'bulk'), eb('fed_at', '<', lostBefore)])])
      : eb('awaiting_feeder', '=', true);
  const rows = await db
    .updateTable('outbound_messages')
    .set({ awaiting_feeder: false, fed_at: now })
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbound_messages')
        .select('id')
        .where('status', '=', 'queued')
        .where('platform', '=', platform)
        .where(due)
        .orderBy('id')
        .limit(limit)
        .forUpdate()
        .skipLocked(),
    )
    .returning(['id', 'idempotency_key as idempotencyKey', 'platform', 'priority', 'held_at'])
    .execute();
  return asItems(rows.sort((a, b) => a.id - b.id).map(({ id: _id, ...item }) => item));
}

/**
 * The inbound message a sent reply answered, found by the id the platform gave the reply
 * (a member quoting the bot's confirmation to correct it).
 */
export async function sourceOfSent(db: Db, sent: { platform: string; chatId: string; platformMessageId: string }): Promise<number | undefined> {
  const row = await db
    .selectFrom('outbound_messages')
    .select('source_message_id')
    .where('platform', '=', sent.platform)
    .where('chat_id', '=', sent.chatId)
    .where('platform_message_id', '=', sent.platformMessageId)
    .where('source_message_id', 'is not', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.source_message_id ?? undefined;
}

// For planning reminders, summaries and private messages (set-based: fragments and pages).

/** Rows still queued whose key starts with `prefix`, by key, a page at a time. */
export async function queuedKeysLike(db: Db, prefix: string, afterKey: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('outbound_messages')
    .select('idempotency_key')
    .where('status', '=', 'queued')
    .where('idempotency_key', 'like', `${prefix}%`)
    .where('idempotency_key', '>', afterKey)
    .orderBy('idempotency_key')
    .limit(limit)
    .execute();
  return rows.map((r) => r.idempotency_key);
}

/** Marks queued rows as not to be sent; the send step skips any row that is not queued. */
export async function cancelQueued(db: Db, keys: readonly string[], reason: string): Promise<number> {
  if (keys.length === 0) return 0;
  const result = await db
    .updateTable('outbound_messages')
    .set({ status: 'failed', failure: reason })
    .where('idempotency_key', 'in', [...keys])
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function outboxStatuses(db: Db, keys: readonly string[]): Promise<Map<string, OutboxStatus>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('outbound_messages')
    .select(['idempotency_key', 'status'])
    .where('idempotency_key', 'in', [...keys])
    .execute();
  return new Map(rows.map((r) => [r.idempotency_key, r.status]));
}

/**
 * A message the platform refused after it was sent (WhatsApp's error ack): its row becomes
 * failed with the reason, and is never sent again. Found by the id the platform gave it.
 * Returns how many rows changed: 0 while the send step has not yet marked it sent.
 */
export async function markRefusedAfterSend(db: Db, platform: string, platformMessageId: string, reason: string): Promise<number> {
  const result = await db
    .updateTable('outbound_messages')
    .set({ status: 'failed', failure: reason.slice(0, 500) })
    .where('platform', '=', platform)
    .where('platform_message_id', '=', platformMessageId)
    .where('status', '=', 'sent')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

// Held messages: kept until the recipient writes privately (src/jobs/held-messages.ts).

/**
 * Keeps a queued message for later: the send step skips it until `releaseHeld` queues it
 * again. Returns false when the row was not queued any more (another run got there first).
 */
export async function markHeld(db: Db, key: string, reason: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('outbound_messages')
    .set({ status: 'held', failure: reason.slice(0, 500), held_at: at })
    .where('idempotency_key', '=', key)
    .where('status', '=', 'queued')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Why a held message was never sent: she did not write privately within the keep (src/jobs/held-messages.ts). */
const HELD_TOO_LONG = 'held too long: she did not write privately in time';

/**
 * She wrote privately: her held messages on `platform` (to any of `chatIds`, her LID and
 * phone twins) are queued again, in the order they were written, and returned for the
 * queue. Ones held since before `staleBefore` are no longer news: they fail instead.
 */
export async function releaseHeld(db: Db, platform: string, chatIds: readonly string[], staleBefore: Date): Promise<OutboxItem[]> {
  if (chatIds.length === 0) return [];
  const rows = await releaseHeldRows(db, { platform, chatIds, staleBefore });
  // `held_at` stays as it was (when it was last held): it names this release's send job.
  const queued = rows.filter((r) => r.status === 'queued').sort((a, b) => a.id - b.id);
  return asItems(queued.map(({ id: _id, status: _status, ...item }) => item));
}

// Every private message runs it: compiled once per number of chat ids (one, or her phone
// JID and LID on WhatsApp; src/db/prepared.ts).
const releaseHeldRows = preparedBy(
  (v: { platform: string; chatIds: readonly string[]; staleBefore: Date }) => (v.chatIds.length <= 4 ? v.chatIds.length : undefined),
  (db, slot, count) => releaseHeldQuery(db, slot((v) => v.platform), Array.from({ length: count }, (_, i) => slot((v) => v.chatIds[i]!)), slot((v) => v.staleBefore), slot.constant),
  (db, v) => releaseHeldQuery(db, v.platform, v.chatIds, v.staleBefore, (value) => value).execute(),
);

/** `fixed`: how a value the same in every run goes in (a prepared statement's `slot.constant`). */
function releaseHeldQuery(db: Db, platform: string, chatIds: readonly string[], staleBefore: Date, fixed: <T>(value: T) => T) {
  // One statement for both fates (issue #21: it was two updates, stale ones first): each held
  // row is failed or queued by its own `held_at`, so no row can take both, and only the queued
  // ones are returned for the queue.
  const stale = sql<boolean>`held_at < ${staleBefore}`;
  return db
    .updateTable('outbound_messages')
    .set({
      status: sql<OutboxStatus>`case when ${stale} then 'failed' else 'queued' end`,
      failure: sql<string | null>`case when ${stale} then ${fixed(HELD_TOO_LONG)}::text end`,
    })
    .where('platform', '=', platform)
    .where('chat_id', 'in', [...chatIds])
    .where('status', '=', fixed('held' as const))
    .returning(['id', 'status', 'idempotency_key as idempotencyKey', 'platform', 'priority', 'held_at']);
}
