/**
 * What the facilitators are told about the bot's WhatsApp number: a restriction that began
 * or ended, the link stopped for good. Each facilitator gets it in her language in her
 * private chat, Telegram first (WhatsApp is the thing in trouble), through the outbox, once
 * per event (the key names the event).
 */
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { businessDate } from '../core/dates.ts';
import { minuteOfDayAt } from '../core/zoned-time.ts';
import type { Db } from '../db/client.ts';
import type { Catalogue } from '../conversation/replies/catalogue.ts';
import { repliesFor } from '../conversation/replies/index.ts';
import { listFacilitators } from '../modules/groups/groups.repository.ts';
import { addToOutbox, type OutboxItem } from '../modules/outbox/outbox.repository.ts';
import { findPerson, privateChatOf } from '../modules/people/people.repository.ts';
import { saveLinkStatus } from '../modules/whatsapp/whatsapp-link.repository.ts';

export interface WhatsappNoticeDeps {
  db: Db;
  clock: Clock;
  dispatch: (items: readonly OutboxItem[]) => Promise<void>;
  log: Logger;
}

export type WhatsappNotice =
  | { kind: 'restricted'; kindOf: string; since: Date; until: Date | null }
  | { kind: 'restriction-ended'; kindOf: string; since: Date }
  | { kind: 'stopped'; at: Date };

function keyOf(notice: WhatsappNotice): string {
  switch (notice.kind) {
    case 'restricted':
      // By its end when WhatsApp gave one: a restart during the same restriction tells nobody twice.
      return `wa-restricted-${notice.kindOf}-${(notice.until ?? notice.since).getTime()}`;
    case 'restriction-ended':
      return `wa-restriction-ended-${notice.kindOf}-${notice.since.getTime()}`;
    case 'stopped':
      return `wa-stopped-${notice.at.getTime()}`;
  }
}

function textOf(notice: WhatsappNotice, t: Catalogue, timeZone: string, now: Date): string {
  switch (notice.kind) {
    case 'restricted':
      return t.whatsappRestricted({
        until: notice.until ? { date: businessDate(notice.until, timeZone), minuteOfDay: minuteOfDayAt(notice.until, timeZone) } : null,
        today: businessDate(now, timeZone),
      });
    case 'restriction-ended':
      return t.whatsappRestrictionLifted;
    case 'stopped':
      return t.whatsappStopped;
  }
}

/** Writes the notice to every facilitator the bot can reach privately, and queues it. */
export async function tellFacilitatorsAboutWhatsapp(deps: WhatsappNoticeDeps, notice: WhatsappNotice): Promise<number> {
  const { db, clock } = deps;
  const key = keyOf(notice);
  const messages = [];
  for (const facilitator of await listFacilitators(db)) {
    const [person, chat] = await Promise.all([findPerson(db, facilitator.personId), privateChatOf(db, facilitator.personId, 'telegram')]);
    if (!person || !chat) continue;
    const text = textOf(notice, repliesFor(person.language), person.timeZone, clock.now());
    messages.push({ key: `${key}-f${facilitator.id}`, message: { ...chat, text }, priority: 'reply' as const, sourceMessageId: null });
  }
  const items = await addToOutbox(db, messages);
  await deps.dispatch(items);
  return items.length;
}

/** The WhatsApp channel's WhatsappAlerts, as the jobs layer sees them (it knows no channel's own types). */
export interface LinkAlerts {
  restriction(change: { kind: 'began' | 'ended'; restriction: { kind: string; since: Date; until: Date; guessed: boolean } }): void;
  status(status: { state: string; reason: string | null; restriction: { kind: string; until: Date } | null }): void;
}

/**
 * The channel's alerts, joined to the bot: the link's standing goes to its status row (in
 * order: one write after another), restrictions and a stop for good to the facilitators.
 * The operator also has the log and the health check, which the channel feeds itself.
 */
export function whatsappAlerts(deps: WhatsappNoticeDeps & { account: string; holder: string }): LinkAlerts {
  const { db, clock, log } = deps;
  let writes = Promise.resolve();
  const tell = (notice: WhatsappNotice) =>
    void tellFacilitatorsAboutWhatsapp(deps, notice).catch((error: unknown) => log.error({ err: String(error), notice: notice.kind }, 'whatsapp: could not tell the facilitators'));
  return {
    restriction(change) {
      const { kind, since, until, guessed } = change.restriction;
      tell(change.kind === 'began' ? { kind: 'restricted', kindOf: kind, since, until: guessed ? null : until } : { kind: 'restriction-ended', kindOf: kind, since });
    },
    status(status) {
      const now = clock.now();
      writes = writes
        .then(() => saveLinkStatus(db, deps.account, { ...status, holder: deps.holder }, now))
        .catch((error: unknown) => log.warn({ err: String(error) }, 'whatsapp: could not save the link status'));
      // Stopped with a reason is a stop for good (stop() itself gives none): people must act.
      if (status.state === 'stopped' && status.reason) tell({ kind: 'stopped', at: now });
    },
  };
}
