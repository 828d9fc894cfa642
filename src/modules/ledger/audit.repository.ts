/** The ledger's part of the console's audit log: entries someone wrote on a member's behalf. */
import { expressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { memberIdsIn, type GroupIds } from '../groups/group-scope.repository.ts';

/**
 * Entries written for her by someone else (a facilitator or ketua, through the chat), as
 * audit rows (at, id, actor, subject, group_id, what = the entry's kind, detail = its
 * amount), about the members (any status) of the viewer's groups. Voided ones too: that it
 * was written is the fact. Read newest first through ledger_entries_on_behalf_idx.
 */
export function onBehalfEntryRows(groupIds: GroupIds | 'all') {
  let query = expressionBuilder<Database, never>()
    .selectFrom('ledger_entries')
    .select([
      'ledger_entries.created_at as at',
      'ledger_entries.id as id',
      'ledger_entries.entered_by_person_id as actor',
      'ledger_entries.person_id as subject',
      sql<number | null>`null::bigint`.as('group_id'),
      sql<string>`ledger_entries.kind`.as('what'),
      sql<string | null>`ledger_entries.amount::text`.as('detail'),
    ])
    .where('ledger_entries.entered_by_person_id', 'is not', null)
    .whereRef('ledger_entries.entered_by_person_id', '<>', 'ledger_entries.person_id');
  // Her memberships in the viewer's groups (not the wider people-in-view union): a plain
  // subquery lets Postgres walk the index newest first and check each row's member by index
  // (a manager's half of 2M entries: ms, not the 600 ms of hashing 50,000 people first).
  if (groupIds !== 'all') query = query.where('ledger_entries.person_id', 'in', memberIdsIn(groupIds));
  return query;
}
