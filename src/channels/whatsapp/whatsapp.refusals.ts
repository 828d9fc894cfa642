/**
 * WhatsApp saying no, read from Baileys' own shapes. Pure: no socket, no database.
 *
 * - After a send: the server answers a message it will not deliver with an error ack, which
 *   Baileys (rc14, messages-recv.ts `handleBadAck`) turns into a `messages.update` entry
 *   `{ key: { remoteJid, fromMe: true, id }, update: { status: ERROR, messageStubParameters: [code, text?] } }`.
 *   463 is the account restricted from starting new chats (the text is Baileys'
 *   ACCOUNT_RESTRICTED_TEXT only when it took the time-lock branch); 479 is the stanza
 *   rejected (SMAX_INVALID). Any other code is a refusal too: none is ever sent again,
 *   since a retry of a refused message is one more "reach-out" counted against the number.
 * - At send time: a group the bot was removed from (or that is gone) answers the metadata
 *   query with an error node, which Baileys throws as a Boom carrying the code in `data`
 *   (assertNodeErrorFree) or in `output.statusCode` (extractGroupMetadata).
 */
import { proto, SERVER_ERROR_CODES, type WAMessageUpdate } from '@whiskeysockets/baileys';

/** Baileys' own codes (Utils/decode-wa-message), as they arrive: strings. */
export const SERVER_ERROR = {
  accountRestricted: SERVER_ERROR_CODES.MessageAccountRestriction,
  stanzaRejected: SERVER_ERROR_CODES.SmaxInvalid,
} as const;

export interface Refusal {
  /** The id the send returned, which the outbox keeps as platform_message_id. */
  messageId: string;
  chatId: string;
  code: string;
  /** For the outbox row and the operator: what WhatsApp refused, in a few fixed words. */
  reason: string;
  /** The account itself is restricted (463): the bot's own initiative must pause. */
  restricted: boolean;
}

/** The operator-facing reason kept on the outbox row for a refusal code. */
export function refusalReason(code: string): string {
  switch (code) {
    case SERVER_ERROR.accountRestricted:
      return 'WhatsApp refused it (463): this number is restricted from starting new chats';
    case SERVER_ERROR.stanzaRejected:
      return 'WhatsApp rejected it (479): not accepted for this chat (stale session or address)';
    default:
      return `WhatsApp refused it (${code})`;
  }
}

/** The refusals among Baileys' message updates: the bot's own messages whose status became ERROR. */
export function refusalsIn(updates: readonly WAMessageUpdate[]): Refusal[] {
  const out: Refusal[] = [];
  for (const { key, update } of updates) {
    // ERROR is 0: compare, never test for truthiness.
    if (update.status !== proto.WebMessageInfo.Status.ERROR) continue;
    if (!key.fromMe || !key.id) continue;
    const code = String(update.messageStubParameters?.[0] ?? 'unknown');
    out.push({
      messageId: key.id,
      chatId: key.remoteJid ?? '',
      code,
      reason: refusalReason(code),
      restricted: code === SERVER_ERROR.accountRestricted,
    });
  }
  return out;
}

/** Codes of a group query that will not change by asking again: not allowed, not found, gone. */
const GROUP_GONE_CODES = new Set([401, 403, 404, 406, 410]);

function codeOf(error: unknown): number | undefined {
  const e = error as { data?: unknown; output?: { statusCode?: unknown } } | undefined;
  if (typeof e?.data === 'number') return e.data;
  const status = e?.output?.statusCode;
  // A Boom without a code of its own says 500: that is not WhatsApp's word.
  return typeof status === 'number' && status !== 500 ? status : undefined;
}

/**
 * Why a group can never be written to (the bot was removed, the group is gone), from the
 * error Baileys threw for its metadata or its send; undefined when it may work later.
 */
export function groupGoneReason(error: unknown): string | undefined {
  const code = codeOf(error);
  if (code === undefined || !GROUP_GONE_CODES.has(code)) return undefined;
  return code === 404 || code === 410
    ? `this WhatsApp group no longer exists (${code})`
    : `the bot is not a member of this WhatsApp group (${code})`;
}
