/**
 * One member's entries for the console's member page: all of them (voided ones too, marked),
 * newest first, a page at a time. Taking a `VisibleMember` (made only by the scope check in
 * src/modules/programmes/scope.ts) means this cannot be asked for someone the viewer may not see,
 * nor for days outside her window for that viewer (book-window.ts: not after she left).
 *
 * Cost: `ledger_entries_person_date_idx` (person_id, business_date) finds her rows; a member
 * has tens to a few thousand entries, so sorting hers and skipping to a page stays small.
 */
import { sql } from 'kysely';
import type { IsoDate } from '../../core/dates.ts';
import type { Db } from '../../db/client.ts';
import { personName } from '../people/people.repository.ts';
import { windowRange } from '../programmes/book-window.ts';
import type { VisibleMember } from '../programmes/scope.ts';
import type { EntryKind } from './ledger.ts';

export interface MemberEntry {
  id: number;
  businessDate: IsoDate;
  kind: EntryKind;
  amount: number;
  item: string | null;
  quantity: number | null;
  unit: string | null;
  /** Who wrote it when not she herself (her facilitator "on her behalf"); null: she did. */
  enteredBy: string | null;
  voided: boolean;
  /** Voided because a correction replaced it (ralat), not simply cancelled (batal). */
  corrected: boolean;
}

export async function memberEntriesPage(db: Db, member: VisibleMember, page: { offset: number; limit: number }): Promise<MemberEntry[]> {
  const rows = await db
    .selectFrom('ledger_entries')
    .select((eb) => [
      'ledger_entries.id',
      'ledger_entries.business_date as businessDate',
      'ledger_entries.kind',
      'ledger_entries.amount',
      'ledger_entries.item',
      'ledger_entries.quantity',
      'ledger_entries.unit',
      eb
        .case()
        .when(eb.and([eb('ledger_entries.entered_by_person_id', 'is not', null), eb('ledger_entries.entered_by_person_id', '<>', eb.ref('ledger_entries.person_id'))]))
        .then(personName(eb.ref('ledger_entries.entered_by_person_id').$castTo<number>()))
        .else(null)
        .end()
        .as('enteredBy'),
      eb('ledger_entries.voided_at', 'is not', null).as('voided'),
      eb('ledger_entries.replaced_by_entry_id', 'is not', null).as('corrected'),
    ])
    .where('ledger_entries.person_id', '=', member.personId)
    .where('ledger_entries.business_date', '>=', windowRange(member.window).from)
    .where('ledger_entries.business_date', '<=', windowRange(member.window).to)
    .orderBy('ledger_entries.business_date', 'desc')
    .orderBy('ledger_entries.id', 'desc')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({ ...r, voided: Boolean(r.voided), corrected: Boolean(r.corrected) }));
}

/** How many entries she has in the window (voided ones too): the number of pages. */
export async function memberEntryCount(db: Db, member: VisibleMember): Promise<number> {
  const row = await db
    .selectFrom('ledger_entries')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('person_id', '=', member.personId)
    .where('business_date', '>=', windowRange(member.window).from)
    .where('business_date', '<=', windowRange(member.window).to)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * For each of these members, the latest day of an entry of hers not voided within her
 * `range` (both ends included: the viewer's window of her books, ended at her today), or
 * null when there is none. One index probe each (ledger_entries_person_date_idx, read
 * backwards from `to`): the member search asks it for a page of 30.
 */
export async function lastDaysWithin(db: Db, members: readonly { personId: number; range: { from: IsoDate; to: IsoDate } }[]): Promise<Map<number, IsoDate | null>> {
  if (members.length === 0) return new Map();
  const { rows } = await sql<{ id: string; lastDay: IsoDate | null }>`
    select s.id, (
      select max(e.business_date)::text from ledger_entries e
      where e.person_id = s.id and e.voided_at is null and e.business_date between s.from_day and s.to_day
    ) as "lastDay"
    from unnest(${members.map((m) => m.personId)}::bigint[], ${members.map((m) => m.range.from)}::date[], ${members.map((m) => m.range.to)}::date[]) as s(id, from_day, to_day)`.execute(db);
  return new Map(rows.map((r) => [Number(r.id), r.lastDay]));
}
