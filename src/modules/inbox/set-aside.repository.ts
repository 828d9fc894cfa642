/**
 * Messages set aside (src/modules/inbox/set-aside.ts): the failures of a message counted on
 * the way there, the set-aside ones listed for the admin, and the row removed once handled.
 */
import { sql } from 'kysely';
import { inboxVersionOf, type InboundMessage } from '../../core/messages.ts';
import type { Db } from '../../db/client.ts';

type MessageKey = Pick<InboundMessage, 'platform' | 'chatId' | 'messageId' | 'editedAt' | 'revoked'>;

export interface NotedFailure {
  id: number;
  failures: number;
  /** The message is (now, or already was) set aside: stop retrying it. */
  setAside: boolean;
}

/**
 * Counts one failure of `message` and sets it aside once it reached `limit` failures. A
 * message already set aside (a redelivery of it, a retry that failed again) stays so after
 * a single failure.
 */
export async function noteFailure(db: Db, message: InboundMessage, error: string, at: Date, limit: number): Promise<NotedFailure> {
  const row = await db
    .insertInto('set_aside_messages')
    .values({
      platform: message.platform,
      chat_id: message.chatId,
      message_id: message.messageId,
      edit_key: inboxVersionOf(message),
      message: JSON.stringify(message),
      error,
      failures: 1,
      first_failed_at: at,
      last_failed_at: at,
      set_aside_at: limit <= 1 ? at : null,
    })
    .onConflict((oc) =>
      oc.constraint('set_aside_messages_key').doUpdateSet((eb) => ({
        message: eb.ref('excluded.message'),
        error: eb.ref('excluded.error'),
        failures: sql<number>`set_aside_messages.failures + 1`,
        last_failed_at: eb.ref('excluded.last_failed_at'),
        set_aside_at: sql<Date | null>`coalesce(set_aside_messages.set_aside_at, case when set_aside_messages.failures + 1 >= ${limit} then excluded.last_failed_at end)`,
      })),
    )
    .returning(['id', 'failures', 'set_aside_at'])
    .executeTakeFirstOrThrow();
  return { id: row.id, failures: row.failures, setAside: row.set_aside_at !== null };
}

/** The message was handled (or found handled): its failures are forgotten, its row goes. */
export async function forgetFailures(db: Db, message: MessageKey): Promise<void> {
  await db
    .deleteFrom('set_aside_messages')
    .where('platform', '=', message.platform)
    .where('chat_id', '=', message.chatId)
    .where('message_id', '=', message.messageId)
    .where('edit_key', '=', inboxVersionOf(message))
    .execute();
}

export interface SetAsideMessage {
  id: number;
  platform: string;
  chatId: string;
  messageId: string;
  /** The edit's time when the message is an edit, else null. */
  editedAt: string | null;
  error: string;
  failures: number;
  firstFailedAt: Date;
  lastFailedAt: Date;
  setAsideAt: Date;
}

const LISTED = [
  'id',
  'platform',
  'chat_id as chatId',
  'message_id as messageId',
  'edit_key as editKey',
  'error',
  'failures',
  'first_failed_at as firstFailedAt',
  'last_failed_at as lastFailedAt',
  'set_aside_at as setAsideAt',
] as const;

function listed(row: { id: number; platform: string; chatId: string; messageId: string; editKey: string; error: string; failures: number; firstFailedAt: Date; lastFailedAt: Date; setAsideAt: Date | null }): SetAsideMessage {
  const { editKey, setAsideAt, ...rest } = row;
  return { ...rest, editedAt: editKey === '' ? null : editKey, setAsideAt: setAsideAt ?? row.lastFailedAt };
}

/** Every message set aside, oldest first (what the admin sees; the text is not shown). */
export async function listSetAside(db: Db): Promise<SetAsideMessage[]> {
  const rows = await db.selectFrom('set_aside_messages').select(LISTED).where('set_aside_at', 'is not', null).orderBy('set_aside_at').orderBy('id').execute();
  return rows.map(listed);
}

/** One set-aside message with the message itself, for a retry; undefined when there is none by that id. */
export async function findSetAside(db: Db, id: number): Promise<{ entry: SetAsideMessage; message: InboundMessage } | undefined> {
  const row = await db
    .selectFrom('set_aside_messages')
    .select([...LISTED, 'message'])
    .where('id', '=', id)
    .where('set_aside_at', 'is not', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const { message, ...entry } = row;
  return { entry: listed(entry), message };
}

/** A retry failed again: its error and count are brought up to date. */
export async function noteRetryFailure(db: Db, id: number, error: string, at: Date): Promise<void> {
  await db
    .updateTable('set_aside_messages')
    .set((eb) => ({ error, failures: eb('failures', '+', 1), last_failed_at: at }))
    .where('id', '=', id)
    .execute();
}
