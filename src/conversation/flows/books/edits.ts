/**
 * An edited message (Telegram edited_message, a WhatsApp edit). When the message had
 * recorded entries, the edit replaces them (a new record line) or is ignored quietly
 * (anything else). When it had recorded nothing, an edit that reads as a record is handled
 * as a new message (undefined is returned); other edits are ignored quietly.
 */
import { clearState } from '../../../modules/conversation-state/conversation-state.repository.ts';
import { inboundIdsOfMessage, wasRevoked } from '../../../modules/inbox/inbox.repository.ts';
import { currentEntriesOf } from '../../../modules/ledger/ledger.service.ts';
import { asNew, isRecordableAmount } from '../../../modules/ledger/ledger.ts';
import type { ParseResult } from '../../../parser/types.ts';
import type { Handled, Session } from '../../session.ts';
import { replaceAndSay } from './corrections.ts';

export async function onEdited(s: Session, parsed: ParseResult): Promise<Handled | undefined> {
  const ignored = (): Handled => ({ personId: s.person?.id ?? null, intent: 'edit:ignored', replies: [] });
  // An edit that comes after its message was deleted (delivered out of order) changes nothing.
  if (await wasRevoked(s.db, s.msg)) return { personId: s.person?.id ?? null, intent: 'edit:deleted', replies: [] };
  const isRecord = parsed.intent === 'record';
  if (!s.person) return isRecord ? undefined : ignored();
  const ids = (await inboundIdsOfMessage(s.db, { platform: s.msg.platform, chatId: s.msg.chatId, messageId: s.msg.messageId })).filter(
    (id) => id !== s.inboundId,
  );
  const current = await currentEntriesOf(s.db, s.me.id, ids);
  if (current.length === 0) {
    if (!isRecord) return ignored();
    // The question an earlier version may have asked is answered by this edit.
    await clearState(s.db, s.chatKey);
    return undefined;
  }
  // Only a whole record line, every amount written, replaces what the message recorded.
  if (parsed.intent !== 'record' || parsed.entries.length === 0 || parsed.entries.some((e) => !isRecordableAmount(e)) || parsed.unresolved?.length) {
    return ignored();
  }
  if (!(await replaceAndSay(s, current, parsed.entries.map(asNew), parsed.date))) return s.done('edit:refused');
  return s.done('edit:correction');
}
