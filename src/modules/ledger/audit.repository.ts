/** The ledger's part of the console's audit log: entries someone wrote on a member's behalf. */
import { expressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { GroupIds } from '../groups/group-scope.repository.ts';

/**
 * Entries written for her by someone else (a facilitator or ketua, through the chat), as
 * audit rows (at, id, actor, subject, group_id = the group it was written in, what = the
 * entry's kind, detail = its amount), written in the viewer's groups (`groupIds`, made by
 * the console scope, src/modules/programmes/scope.ts). Voided ones too: that it was written
 * is the fact.
 *
 * Read newest first through an index: the admin's through ledger_entries_on_behalf_idx, a
 * scope's through ledger_entries_on_behalf_group_idx (group, created_at desc, id desc),
 * whose group column a trigger sets when the entry is written (migration 032). No longer by
 * her memberships: a manager's walk over every on-behalf entry, checking each one's member,
 * read 16,717 rows for 51 in the bench.
 */
export function onBehalfEntryRows(groupIds: GroupIds | 'all') {
  let query = expressionBuilder<Database, never>()
    .selectFrom('ledger_entries')
    .select([
      'ledger_entries.created_at as at',
      'ledger_entries.id as id',
      'ledger_entries.entered_by_person_id as actor',
      'ledger_entries.person_id as subject',
      'ledger_entries.on_behalf_group_id as group_id',
      sql<string>`ledger_entries.kind`.as('what'),
      sql<string | null>`ledger_entries.amount::text`.as('detail'),
    ])
    .where('ledger_entries.entered_by_person_id', 'is not', null)
    .whereRef('ledger_entries.entered_by_person_id', '<>', 'ledger_entries.person_id');
  if (groupIds !== 'all') query = query.where('ledger_entries.on_behalf_group_id', 'in', groupIds);
  return query;
}
