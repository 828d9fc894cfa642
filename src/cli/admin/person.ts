/** `person find`: a person's id, from her name or what the operator knows of her. */
import type { Command } from 'commander';
import { findPeople } from '../../modules/groups/groups.service.ts';
import { jsonAction, withDb, type AdminDeps } from './context.ts';
import { FlagError } from './flag-error.ts';
import { telegramIdFlag } from './input.ts';

interface FindOptions {
  name?: string;
  phone?: string;
  telegramId?: string;
  telegramUsername?: string;
}

export function personCommands(program: Command, deps: AdminDeps): void {
  const person = program.command('person').description('people the bot knows (members, facilitators, staff)');

  person
    .command('find')
    .description('people by part of their name, or the one a phone / Telegram id / @username names; prints [{id, name, phone (masked), groups: [{id, name}]}]')
    .option('--name <part>', 'part of her name (case does not matter)')
    .option('--phone <phone>', 'her phone number')
    .option('--telegram-id <id>', 'her Telegram user id (digits)')
    .option('--telegram-username <name>', 'her Telegram @username')
    .action(
      jsonAction(deps, (o: FindOptions) => {
        const ref = { phone: o.phone, telegramId: telegramIdFlag('--telegram-id', o.telegramId), telegramUsername: o.telegramUsername };
        const detailed = Object.values(ref).some((v) => v !== undefined);
        if (!detailed && !o.name?.trim()) throw new FlagError('person_which', (m) => m.personWhich());
        return withDb(deps, (db) => findPeople(db, detailed ? { ref } : { namePart: o.name }));
      }),
    );
}
