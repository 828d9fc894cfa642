/** `facilitator add`, `facilitator list`. */
import type { Command } from 'commander';
import { addFacilitator, groupsRepo } from '../../modules/groups/groups.service.ts';
import { inTransaction, jsonAction, withDb, type AdminDeps } from './context.ts';
import { telegramIdFlag } from './input.ts';
import { phoneOf, telegramIdOf } from './people.ts';

interface AddOptions {
  name: string;
  telegramId?: string;
  phone?: string;
}

export function facilitatorCommands(program: Command, deps: AdminDeps): void {
  const facilitator = program.command('facilitator').description('facilitators (pendamping), who run groups');

  facilitator
    .command('add')
    .description('make a person a facilitator (found by Telegram id or phone, or created); prints {id, personId, name, phone, telegramId}')
    .requiredOption('--name <name>', 'her name, 1–80 characters')
    .option('--telegram-id <id>', 'her Telegram user id (digits), so the bot knows her when she writes')
    .option('--phone <phone>', 'her phone number, e.g. 0812 3456 7890 or +62 812 3456 7890')
    .action(
      jsonAction(deps, (o: AddOptions) => {
        const telegramId = telegramIdFlag('--telegram-id', o.telegramId);
        return inTransaction(deps, async (trx) => {
          const { id, person } = await addFacilitator(trx, {
            name: o.name,
            phone: o.phone,
            telegramId,
            timeZone: deps.defaultTimeZone,
          });
          return {
            id,
            personId: person.id,
            name: person.name,
            phone: await phoneOf(trx, person.id),
            telegramId: telegramId ?? (await telegramIdOf(trx, person.id)),
          };
        });
      }),
    );

  facilitator
    .command('list')
    .description('all facilitators; prints [{id, personId, name, phone, telegramId}]')
    .action(
      jsonAction(deps, () =>
        withDb(deps, async (db) => {
          const rows = await groupsRepo.listFacilitators(db);
          const result = [];
          for (const row of rows) {
            result.push({ id: row.id, personId: row.personId, name: row.name, phone: row.phone, telegramId: await telegramIdOf(db, row.personId) });
          }
          return result;
        }),
      ),
    );
}
