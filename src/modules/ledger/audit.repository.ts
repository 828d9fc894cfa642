/** The ledger's part of the console's audit log: entries someone wrote on a member's behalf. */
import { expressionBuilder, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isOneGroup, type InGroups } from '../groups/group-scope.repository.ts';

/**
 * Entries written for her by someone else (a facilitator or ketua, through the chat), as
 * audit rows (at, id, actor, subject, group_id = the group it was written in, what = the
 * entry's kind, detail = its amount), written in the viewer's groups (`within`: the console
 * scope's choice, `onBehalfScope` in src/modules/programmes/scope.ts). Voided ones too: that
 * it was written is the fact.
 *
 * Read newest first through an index on columns a trigger sets when the entry is written
 * (migration 032): the admin's through ledger_entries_on_behalf_idx, a manager's through
 * ledger_entries_on_behalf_programme_idx (one range), a facilitator's through
 * ledger_entries_on_behalf_group_idx (one group at a time: `OneGroup`). No longer by her memberships: a manager's walk over
 * every on-behalf entry, checking each one's member, read 16,717 rows for 51 in the bench.
 */
export function onBehalfEntryRows(within: 'all' | { programmeId: number } | { groupIds: InGroups }) {
  const query = expressionBuilder<Database, never>()
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
  if (within === 'all') return query;
  if ('programmeId' in within) return query.where('ledger_entries.on_behalf_programme_id', '=', within.programmeId);
  const groups = within.groupIds;
  return isOneGroup(groups) ? query.where('ledger_entries.on_behalf_group_id', '=', groups.oneGroup) : query.where('ledger_entries.on_behalf_group_id', 'in', groups);
}
