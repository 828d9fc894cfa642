/** `member add`, `member list`, `member remove`. */
import type { Command } from 'commander';
import { addMember, listMembers, removeMember, requireGroup } from '../../modules/groups/groups.service.ts';
import { inTransaction, jsonAction, withDb, type AdminDeps } from './context.ts';
import { positiveId, telegramIdFlag } from './input.ts';
import { phoneOf } from './people.ts';
import { personFlagsOf, personIdOf, withPersonFlags, type PersonFlags } from './person-flags.ts';

interface AddOptions {
  group: string;
  name: string;
  phone?: string;
  telegramId?: string;
  role?: string;
  allowDuplicate?: boolean;
}

export function memberCommands(program: Command, deps: AdminDeps): void {
  const member = program.command('member').description('members of a group');

  member
    .command('add')
    .description('add a person to a group as an active member (found by Telegram id or phone, or created); prints {groupId, personId, name, phone, role}')
    .requiredOption('--group <id>', 'group id')
    .requiredOption('--name <name>', 'her name, 1–80 characters (kept as is when she already exists)')
    .option('--phone <phone>', 'her phone number, e.g. 0812 3456 7890')
    .option('--telegram-id <id>', 'her Telegram user id (digits)')
    .option('--role <role>', 'ketua, sekretaris, bendahara or anggota (default anggota)')
    .option('--allow-duplicate', 'add a new person even when the group already has a member with this name (refused otherwise)')
    .action(
      jsonAction(deps, (o: AddOptions) => {
        const groupId = positiveId('--group', o.group);
        const telegramId = telegramIdFlag('--telegram-id', o.telegramId);
        return inTransaction(deps, async (trx) => {
          const group = await requireGroup(trx, groupId);
          const { person, role } = await addMember(
            trx,
            groupId,
            { name: o.name, phone: o.phone, telegramId, role: o.role, timeZone: group.timeZone },
            deps.clock.now(),
            { allowDuplicateName: o.allowDuplicate === true, audit: { actorPersonId: null, via: 'cli' } },
          );
          return { groupId, personId: person.id, name: person.name, phone: await phoneOf(trx, person.id), role };
        });
      }),
    );

  member
    .command('list')
    .description('active and pending members of a group; prints [{personId, name, phone, role, status}]')
    .requiredOption('--group <id>', 'group id')
    .action(
      jsonAction(deps, (o: { group: string }) => {
        const groupId = positiveId('--group', o.group);
        return withDb(deps, (db) => listMembers(db, groupId));
      }),
    );

  withPersonFlags(member.command('remove'))
    .description('remove a member from a group (her books stay hers); prints {groupId, personId, status}')
    .requiredOption('--group <id>', 'group id')
    .action(
      jsonAction(deps, (o: PersonFlags & { group: string }) => {
        const groupId = positiveId('--group', o.group);
        const who = personFlagsOf(o);
        return inTransaction(deps, async (trx) => {
          const personId = await personIdOf(trx, who);
          await removeMember(trx, groupId, personId, deps.clock.now());
          return { groupId, personId, status: 'removed' as const };
        });
      }),
    );
}
