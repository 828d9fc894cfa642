/**
 * How a command names a person: `--person <id>`, or what the operator knows of her — her
 * phone, her Telegram id or @username — matched as `facilitator add` matches
 * (`matchPerson`). Ids are not something an operator is told; `person find` prints them.
 */
import type { Command } from 'commander';
import { DomainError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { matchPerson, type PersonRef } from '../../modules/groups/groups.service.ts';
import { FlagError } from './flag-error.ts';
import { positiveId, telegramIdFlag } from './input.ts';

export interface PersonFlags {
  person?: string;
  phone?: string;
  telegramId?: string;
  telegramUsername?: string;
}

/** Adds the flags that name a person (one of them is required: see `personIdOf`). */
export function withPersonFlags(command: Command): Command {
  return command
    .option('--person <id>', 'person id (from `person find`)')
    .option('--phone <phone>', 'or her phone number, e.g. 0812 3456 7890')
    .option('--telegram-id <id>', 'or her Telegram user id (digits)')
    .option('--telegram-username <name>', 'or her Telegram @username');
}

/** Checks the flags before the database is opened: an id, or some of her details. */
export function personFlagsOf(o: PersonFlags): { id: number } | { ref: PersonRef } {
  const ref: PersonRef = { phone: o.phone, telegramId: telegramIdFlag('--telegram-id', o.telegramId), telegramUsername: o.telegramUsername };
  const detailed = Object.values(ref).some((v) => v !== undefined);
  if (o.person !== undefined && !detailed) return { id: positiveId('--person', o.person) };
  if (o.person === undefined && detailed) return { ref };
  throw new FlagError('person_which', (m) => m.personWhich());
}

/** The id of the person the flags name; refused when no one matches. */
export async function personIdOf(db: Db, flags: { id: number } | { ref: PersonRef }): Promise<number> {
  if ('id' in flags) return flags.id;
  const person = await matchPerson(db, flags.ref);
  if (!person) {
    const said = [flags.ref.phone && `phone ${flags.ref.phone}`, flags.ref.telegramId && `Telegram id ${flags.ref.telegramId}`, flags.ref.telegramUsername && `@${flags.ref.telegramUsername.replace(/^@/, '')}`];
    throw new DomainError('person_not_found', `no person with ${said.filter(Boolean).join(', ')}`);
  }
  return person.id;
}
