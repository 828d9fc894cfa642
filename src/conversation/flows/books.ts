/**
 * Recording, confirming, correcting, undoing and recapping a member's books; remembered
 * prices and the group price list.
 */
import type { IsoDate } from '../../core/dates.ts';
import { DomainError } from '../../core/errors.ts';
import { clearState, getState, setState } from '../../modules/conversation-state/conversation-state.repository.ts';
import { groupsRepo } from '../../modules/groups/groups.service.ts';
import type { Group } from '../../modules/groups/groups.ts';
import { inboundIdsOfMessage } from '../../modules/inbox/inbox.repository.ts';
import { currentEntriesOf, lastRecordingOf, listedEntry, listRecent, recap, recordEntries, type StoredEntry } from '../../modules/ledger/ledger.service.ts';
import { asNew, withAmount, withQuantity, withUnitPrice, type Entry, type NewEntry, type Period } from '../../modules/ledger/ledger.ts';
import { replaceWithLinks, voidWithLinks, type LinkEffect } from '../../modules/orders/entry-links.service.ts';
import { sourceOfSent } from '../../modules/outbox/outbox.repository.ts';
import { groupPriceList, knownPrice, priceGroupsOf, setGroupPrice } from '../../modules/prices/prices.service.ts';
import type { KnownPrice } from '../../modules/prices/prices.ts';
import type { ParsedEntry, ParseResult, UnresolvedEntry } from '../../parser/types.ts';
import { yesOrNo } from '../confirmation.ts';
import type { Handled, Session } from '../session.ts';

/** A guessed record waiting for "ya"/"tidak". */
interface PendingRecord {
  kind: 'confirm_record';
  entries: NewEntry[];
  date: IsoDate;
  rawText: string;
  /** Set when the guess was a remembered price: "tidak" then asks her to write the price. */
  pricedItem?: string | null;
}

/** A question older than this is forgotten: "ya" tomorrow should not record today's guess. */
const PENDING_TTL_MS = 30 * 60 * 1000;

/** How many entries "/catatan" lists (and "hapus N" counts in). */
const LIST_SIZE = 10;

const toNew = (e: ParsedEntry): NewEntry => ({ kind: e.kind, amount: e.amount, item: e.item, quantity: e.quantity, unit: e.unit, unitPrice: e.unitPrice });

export async function onRecord(
  s: Session,
  entries: ParsedEntry[],
  date: IsoDate,
  confident: boolean,
  unresolved: readonly UnresolvedEntry[] = [],
): Promise<Handled> {
  const valid = entries.every((e) => e.amount > 0);
  // A line without a price ("laku 5 bros"): her remembered price, asked once.
  if (valid && unresolved.some((u) => u.reason === 'no_amount')) {
    const priced = await priceUnresolved(s, unresolved);
    if (priced && 'entries' in priced) return askPriced(s, [...entries.map(toNew), ...priced.entries], date, priced.first);
    s.say(s.t.askAmountFor(priced?.item ?? unresolved[0]?.item ?? null));
    return s.done('record:no-amount');
  }
  if (entries.length === 0 || !valid) {
    s.say(s.t.askAmountFor(unresolved[0]?.item ?? entries.find((e) => !(e.amount > 0))?.item ?? null));
    return s.done('record:no-amount');
  }
  const newEntries = entries.map(toNew);
  if (!confident) {
    // Never record a guess silently: ask, and remember the guess until she answers.
    const pending: PendingRecord = { kind: 'confirm_record', entries: newEntries, date, rawText: s.msg.text };
    await setState(s.db, s.chatKey, pending, s.now());
    s.say(s.t.askConfirm({ entries: newEntries, date, today: s.today }), yesNoButtons(s));
    return s.done('record:ask');
  }
  await record(s, newEntries, date, s.msg.text);
  return s.done('record');
}

function yesNoButtons(s: Session) {
  return [
    { label: `✅ ${s.t.yes}`, value: s.t.yes },
    { label: `❌ ${s.t.no}`, value: s.t.no },
  ];
}

/**
 * "laku 5 bros": sales with a quantity and an item but no price, priced from her own last
 * sale of the item or her groups' price list. Undefined when some line cannot be priced
 * that way; `{ item }` names the first item with no known price.
 */
async function priceUnresolved(
  s: Session,
  unresolved: readonly UnresolvedEntry[],
): Promise<{ entries: NewEntry[]; first: KnownPrice } | { item: string | null } | undefined> {
  const entries: NewEntry[] = [];
  let first: KnownPrice | undefined;
  for (const u of unresolved) {
    if (u.reason !== 'no_amount' || u.kind !== 'sale' || !u.item || !(u.quantity !== null && u.quantity > 0)) return undefined;
    const known = await knownPrice(s.db, s.me.id, u.item);
    if (!known) return { item: u.item };
    first ??= known;
    entries.push({
      kind: 'sale',
      amount: Math.round(u.quantity * known.unitPrice),
      item: u.item,
      quantity: u.quantity,
      unit: u.unit ?? known.unit,
      unitPrice: known.unitPrice,
    });
  }
  return first ? { entries, first } : undefined;
}

/** Asks once: "5 bros × Rp15.000 = Rp75.000? ya/tidak". */
async function askPriced(s: Session, entries: NewEntry[], date: IsoDate, price: KnownPrice): Promise<Handled> {
  const pricedItem = entries.find((e) => e.unitPrice === price.unitPrice)?.item ?? null;
  const pending: PendingRecord = { kind: 'confirm_record', entries, date, rawText: s.msg.text, pricedItem };
  await setState(s.db, s.chatKey, pending, s.now());
  s.say(s.t.askPriced({ entries, date, today: s.today, source: price.source, group: price.group }), yesNoButtons(s));
  return s.done('record:ask-price');
}

async function record(s: Session, entries: NewEntry[], date: IsoDate, rawText: string): Promise<void> {
  const recorded = await recordEntries(s.db, s.me.id, date, entries, { messageId: s.inboundId, rawText });
  s.say(s.t.recorded({ entries: recorded.entries, date, today: s.today, totals: recorded.totals }));
}

/** Handles "ya"/"tidak" to an open question; undefined when there is none or she moved on. */
export async function answerPendingRecord(s: Session): Promise<Handled | undefined> {
  const pending = await getState<PendingRecord>(s.db, s.chatKey);
  if (!pending || pending.state.kind !== 'confirm_record') return undefined;
  const fresh = s.now().getTime() - pending.updatedAt.getTime() <= PENDING_TTL_MS;
  const answer = fresh ? yesOrNo(s.msg.text) : null;
  // Anything but a clear answer drops the question: the new message is handled on its own.
  await clearState(s.db, s.chatKey);
  if (answer === 'no') {
    s.say(pending.state.pricedItem !== undefined ? s.t.priceDeclined(pending.state.pricedItem) : s.t.declined);
    return s.done('confirm:no');
  }
  if (answer === 'yes') {
    await record(s, pending.state.entries, pending.state.date, pending.state.rawText);
    return s.done('confirm:yes');
  }
  return undefined;
}

/** A reply, with what followed on her orders and credit sales (if anything) under it. */
function withEffects(s: Session, text: string, effects: readonly LinkEffect[]): string {
  return effects.length === 0 ? text : `${text}\n${s.t.linkEffects(effects, s.today)}`;
}

/**
 * "batal": voids her last recording. An order payment or a credit sale among it is taken
 * back with it, or the whole undo is refused kindly (see entry-links.service.ts).
 */
export async function onUndo(s: Session): Promise<Handled> {
  const last = await lastRecordingOf(s.db, s.me.id);
  if (last.length === 0) {
    s.say(s.t.nothingToUndo);
    return s.done('undo');
  }
  const out = await voidWithLinks(s.db, s.me.id, last, { messageId: s.inboundId, at: s.now() });
  if (!out.ok) {
    s.say(s.t.linkRefused(out.refusal));
    return s.done('undo:refused');
  }
  if (!out.undone.totals) s.say(s.t.nothingToUndo);
  else s.say(withEffects(s, s.t.undone({ entries: out.undone.entries, today: s.today, totals: out.undone.totals }), out.effects));
  return s.done('undo');
}

export async function onRecap(s: Session, period: Period | null, day: IsoDate | undefined): Promise<Handled> {
  s.say(s.t.recap(await recap(s.db, s.me.id, period ?? 'day', day ?? s.today), s.today));
  return s.done('recap');
}

// ── Corrections ────────────────────────────────────────────────────────────────────────

/**
 * The recording a correction is about: the one whose confirmation (or her own message)
 * she quoted, or else her last one. Its current entries (corrections since followed).
 */
async function correctionTarget(s: Session): Promise<StoredEntry[]> {
  const quoted = s.msg.quotedMessageId;
  if (!quoted) return lastRecordingOf(s.db, s.me.id);
  const chat = { platform: s.msg.platform, chatId: s.msg.chatId };
  const answered = await sourceOfSent(s.db, { ...chat, platformMessageId: quoted });
  const ids = answered !== undefined ? [answered] : await inboundIdsOfMessage(s.db, { ...chat, messageId: quoted });
  return currentEntriesOf(s.db, s.me.id, ids);
}

type Plan = { old: Entry[]; replacements: NewEntry[] } | { ask: 'which' | 'usage' };

/** What a correction changes in the target recording. */
function planCorrection(target: readonly Entry[], c: Extract<ParseResult, { intent: 'correction' }>): Plan {
  if (c.entries?.length) return { old: [...target], replacements: c.entries.map(toNew) };
  if (c.quantity) {
    const from = c.quantity.from;
    const matching = from !== null ? target.filter((e) => e.quantity === from) : [];
    const pick = matching.length === 1 ? matching[0] : target.length === 1 ? target[0] : undefined;
    if (!pick) return { ask: 'which' };
    return { old: [pick], replacements: [withQuantity(asNew(pick), c.quantity.to)] };
  }
  if (c.unitPrice !== undefined && c.unitPrice > 0) {
    // "ralat @15rb": the one entry with a quantity gets the new price × its quantity.
    const priced = target.filter((e) => e.quantity !== null && e.quantity > 0);
    const pick = target.length === 1 ? target[0] : priced.length === 1 ? priced[0] : undefined;
    if (!pick) return { ask: 'which' };
    const replacement = withUnitPrice(asNew(pick), c.unitPrice);
    if (!replacement) return { ask: 'usage' };
    return { old: [pick], replacements: [replacement] };
  }
  if (c.amount !== null && c.amount > 0) {
    if (target.length !== 1) return { ask: 'which' };
    return { old: [target[0]!], replacements: [withAmount(asNew(target[0]!), c.amount)] };
  }
  return { ask: 'usage' };
}

export async function onCorrection(s: Session, c: Extract<ParseResult, { intent: 'correction' }>): Promise<Handled> {
  const target = await correctionTarget(s);
  if (target.length === 0) {
    s.say(s.t.nothingToCorrect);
    return s.done('correction:nothing');
  }
  const plan = planCorrection(target, c);
  if ('ask' in plan) {
    if (plan.ask === 'usage') s.say(s.t.correctionUsage);
    else s.say(s.t.correctionWhich(await numbered(s, target), s.today));
    return s.done(`correction:${plan.ask}`);
  }
  if (!(await replace(s, plan.old, plan.replacements))) return s.done('correction:refused');
  return s.done('correction');
}

/** The target's entries with their numbers in the "/catatan" list (entries beyond it left out). */
async function numbered(s: Session, entries: readonly Entry[]): Promise<{ number: number; entry: Entry }[]> {
  const list = await listRecent(s.db, s.me.id, LIST_SIZE);
  return entries
    .map((entry) => ({ number: list.findIndex((l) => l.id === entry.id) + 1, entry }))
    .filter((r) => r.number > 0)
    .sort((a, b) => a.number - b.number);
}

/** Replaces the entries (and what they made on orders and credit sales); false when refused (nothing written, she is told why). */
async function replace(s: Session, old: readonly Entry[], replacements: readonly NewEntry[], date?: IsoDate): Promise<boolean> {
  const out = await replaceWithLinks(s.db, s.me.id, old, replacements, { messageId: s.inboundId, rawText: s.msg.text }, s.now(), date);
  if (!out.ok) {
    s.say(s.t.linkRefused(out.refusal));
    return false;
  }
  const { replaced } = out;
  s.say(withEffects(s, s.t.corrected({ old: replaced.old, new: replaced.new, date: replaced.businessDate, today: s.today, totals: replaced.totals }), out.effects));
  return true;
}

/**
 * An edited message (Telegram edited_message, a WhatsApp edit). When the message had
 * recorded entries, the edit replaces them (a new record line) or is ignored quietly
 * (anything else). When it had recorded nothing, an edit that reads as a record is handled
 * as a new message (undefined is returned); other edits are ignored quietly.
 */
export async function onEdited(s: Session, parsed: ParseResult): Promise<Handled | undefined> {
  const ignored = (): Handled => ({ personId: s.person?.id ?? null, intent: 'edit:ignored', replies: [] });
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
  if (parsed.intent !== 'record' || parsed.entries.length === 0 || parsed.entries.some((e) => !(e.amount > 0)) || parsed.unresolved?.length) {
    return ignored();
  }
  if (!(await replace(s, current, parsed.entries.map(toNew), parsed.date))) return s.done('edit:refused');
  return s.done('edit:correction');
}

// ── The numbered list and "hapus N" ────────────────────────────────────────────────────

export async function onListEntries(s: Session): Promise<Handled> {
  s.say(s.t.entryList(await listRecent(s.db, s.me.id, LIST_SIZE), s.today));
  return s.done('list_entries');
}

export async function onDeleteEntry(s: Session, index: number): Promise<Handled> {
  const entry = await listedEntry(s.db, s.me.id, index, LIST_SIZE);
  if (!entry) {
    s.say(s.t.deleteNotFound(index));
    return s.done('delete_entry:not-found');
  }
  const out = await voidWithLinks(s.db, s.me.id, [entry], { messageId: s.inboundId, at: s.now() });
  if (!out.ok) {
    s.say(s.t.linkRefused(out.refusal));
    return s.done('delete_entry:refused');
  }
  s.say(withEffects(s, s.t.deleted({ entry, today: s.today, totals: out.undone.totals! }), out.effects));
  return s.done('delete_entry');
}

// ── Group price list ───────────────────────────────────────────────────────────────────

/**
 * The group a price command in this chat is about: the linked group chat's, or (in
 * private) her only candidate group. Otherwise the reply already said why (`handled`), or
 * there is no group at all (`none`).
 */
async function priceGroup(s: Session, candidates: () => Promise<Group[]>): Promise<{ group: Group } | { handled: Handled } | { none: true }> {
  if (s.inGroup) {
    const linked = await groupsRepo.findGroupByChat(s.db, s.msg.platform, s.msg.chatId);
    if (linked) return { group: linked };
    s.say(s.t.chatNotLinked);
    return { handled: s.done('price:not-linked') };
  }
  const groups = await candidates();
  if (groups.length === 1) return { group: groups[0]! };
  if (groups.length > 1) {
    s.say(s.t.priceInGroupChat(groups.map((g) => g.name)));
    return { handled: s.done('price:which-group') };
  }
  return { none: true };
}

/** "/harga emping 80rb/kg": the group's facilitator or ketua sets its price. */
export async function onSetPrice(s: Session, price: { item: string; unitPrice: number; unit: string | null }): Promise<Handled> {
  const found = await priceGroup(s, () => priceGroupsOf(s.db, s.me.id));
  if ('handled' in found) return found.handled;
  if ('none' in found) {
    // Neither a facilitator nor a ketua of any group.
    await groupsRepo.recordRefusal(s.db, { personId: s.me.id, action: 'set_price', reason: 'price_not_allowed', groupId: null });
    throw new DomainError('price_not_allowed');
  }
  const saved = await setGroupPrice(s.db, s.me.id, found.group, price, s.now());
  s.say(s.t.priceSet({ group: found.group.name, item: saved.item, unitPrice: saved.unitPrice, unit: saved.unit }));
  return s.done('set_price');
}

/** "/harga": the group price list (the linked chat's group, or each of hers in private). */
export async function onPriceList(s: Session): Promise<Handled> {
  if (s.inGroup) {
    const found = await priceGroup(s, async () => []);
    if (!('group' in found)) return 'handled' in found ? found.handled : s.done('price_list');
    s.say(s.t.priceList(found.group.name, await groupPriceList(s.db, found.group.id)));
    return s.done('price_list');
  }
  const all = new Map<number, Group>();
  for (const g of [...(await groupsRepo.groupsOfPerson(s.db, s.me.id)), ...(await priceGroupsOf(s.db, s.me.id))]) all.set(g.id, g);
  if (all.size === 0) {
    s.say(s.t.priceNoGroup);
    return s.done('price_list:no-group');
  }
  for (const g of all.values()) s.say(s.t.priceList(g.name, await groupPriceList(s.db, g.id)));
  return s.done('price_list');
}
