/**
 * "/catatan": her last entries, numbered, newest first — remembered as she saw them, so
 * "hapus 3" and "ralat no 3: …" mean number 3 of THAT list even after she recorded more.
 * No list seen in this chat lately: she is asked to open it again, never a guess.
 */
import { rememberShownList, shownList } from '../../../modules/conversation-state/shown-list.repository.ts';
import { entriesWithIds, listRecent, type StoredEntry } from '../../../modules/ledger/ledger.service.ts';
import { voidWithLinks } from '../../../modules/orders/entry-links.service.ts';
import type { Handled, Session } from '../../session.ts';
import { withLinkEffects } from './link-effects.ts';

/** A list older than this is not a reference any more: she may not remember its numbers. */
const LIST_FRESH_MS = 24 * 60 * 60 * 1000;

export async function onListEntries(s: Session): Promise<Handled> {
  s.say(s.t.entryList(await showList(s), s.today));
  return s.done('list_entries');
}

/** Her numbered list as it is now, remembered as shown in this chat: any reply that shows its numbers calls this. */
export async function showList(s: Session): Promise<StoredEntry[]> {
  const list = await listRecent(s.db, s.me.id);
  await rememberShownList(s.db, s.chatKey, list.map((e) => e.id), s.now());
  return list;
}

/**
 * Number `index` of the list she last saw in this chat, as it stands now (an entry
 * corrected since is its replacement); otherwise the reply already says why (`handled`).
 */
export async function listedTarget(s: Session, index: number): Promise<{ entry: StoredEntry } | { handled: Handled }> {
  const shown = await shownList(s.db, s.chatKey);
  if (!shown || s.now().getTime() - shown.shownAt.getTime() > LIST_FRESH_MS) {
    s.say(s.t.listFirst(index));
    return { handled: s.done('list:not-shown') };
  }
  let id = shown.entryIds[index - 1];
  if (id === undefined) {
    s.say(s.t.deleteNotFound(index));
    return { handled: s.done('list:not-found') };
  }
  // Follow corrections: "ralat no 2" then "hapus 2" is about what number 2 became.
  for (let hop = 0; hop < 20; hop += 1) {
    const [entry] = await entriesWithIds(s.db, s.me.id, [id]);
    if (!entry) break;
    if (!entry.voided) return { entry };
    if (entry.replacedByEntryId === null) break;
    id = entry.replacedByEntryId;
  }
  s.say(s.t.listedGone(index));
  return { handled: s.done('list:gone') };
}

/** "hapus 3": voids number 3 of the list she saw, with what it made on orders and credit sales, or says why not. */
export async function onDeleteEntry(s: Session, index: number): Promise<Handled> {
  const target = await listedTarget(s, index);
  if ('handled' in target) return target.handled;
  const { entry } = target;
  const out = await voidWithLinks(s.db, s.me.id, [entry], { messageId: s.inboundId, at: s.now() });
  if (!out.ok) {
    s.say(s.t.linkRefused(out.refusal));
    return s.done('delete_entry:refused');
  }
  s.say(withLinkEffects(s, s.t.deleted({ entry, today: s.today, totals: out.undone.totals! }), out.effects));
  return s.done('delete_entry');
}
