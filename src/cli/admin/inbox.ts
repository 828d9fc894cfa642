/**
 * `inbox set-aside` lists the inbound messages the bot set aside after their handling kept
 * failing (src/jobs/set-aside.ts); `inbox retry <id>` / `inbox retry --all` handles them
 * again, here, with the bot's own processor: each is recorded once, and its replies wait in
 * the outbox for the running bot's outbox sweep to send them.
 */
import type { Command } from 'commander';
import { silentLogger } from '../../core/logger.ts';
import { listSetAside } from '../../modules/inbox/set-aside.repository.ts';
import { retryAllSetAside, retrySetAside } from '../../jobs/retry-set-aside.ts';
import type { InboundDeps } from '../../jobs/inbound.processor.ts';
import type { Db } from '../../db/client.ts';
import { jsonAction, withDb, type AdminDeps } from './context.ts';
import { CliFailure, FlagError } from './flag-error.ts';
import { positiveId } from './input.ts';

/** The processor's dependencies in the admin's process: no queues, so replies stay in the outbox for the bot's sweep. */
function retryDeps(deps: AdminDeps, db: Db): InboundDeps {
  return {
    db,
    clock: deps.clock,
    defaultTimeZone: deps.defaultTimeZone,
    ...(deps.rewardStreak === undefined ? {} : { rewardStreak: deps.rewardStreak }),
    dispatch: async () => undefined,
    log: silentLogger(),
  };
}

export function inboxCommands(program: Command, deps: AdminDeps): void {
  const inbox = program.command('inbox').description('inbound messages the bot set aside after their handling kept failing');

  inbox
    .command('set-aside')
    .description(
      'every message set aside, oldest first (its text is not shown); prints ' +
        '{count, messages: [{id, platform, chatId, messageId, editedAt, error, failures, firstFailedAt, lastFailedAt, setAsideAt}]}',
    )
    .action(
      jsonAction(deps, () =>
        withDb(deps, async (db) => {
          const messages = await listSetAside(db);
          return { count: messages.length, messages };
        }),
      ),
    );

  inbox
    .command('retry')
    .description(
      'handles a set-aside message again (or --all of them) and removes it once recorded; prints {retried: [{id, outcome}]} ' +
        '(outcome: handled; duplicate, when it had been recorded already; failed, with its error, when it is still set aside)',
    )
    .argument('[id]', 'id of the set-aside message (from `inbox set-aside`)')
    .option('--all', 'every set-aside message, oldest first')
    .action((rawId: string | undefined, options: { all?: boolean }) =>
      jsonAction(deps, async () => {
        if ((rawId === undefined) === (options.all !== true)) {
          throw new FlagError('id_invalid', (m) => m.retryWhich());
        }
        const id = rawId === undefined ? undefined : positiveId('id', rawId);
        return withDb(deps, async (db) => {
          if (id === undefined) return { retried: await retryAllSetAside(retryDeps(deps, db)) };
          const result = await retrySetAside(retryDeps(deps, db), id);
          if (result.outcome === 'not_found') throw new FlagError('not_set_aside', (m) => m.notSetAside(id));
          if (result.outcome === 'failed') throw new CliFailure((m) => m.failedAgain(id, result.error));
          return { retried: [result] };
        });
      })(options),
    );
}
