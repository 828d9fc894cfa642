/** `trade list`: the trades groups can be created with (the seeded `trades` table). */
import type { Command } from 'commander';
import { listTrades } from '../../modules/groups/groups.repository.ts';
import { jsonAction, withDb, type AdminDeps } from './context.ts';

export function tradeCommands(program: Command, deps: AdminDeps): void {
  const trade = program.command('trade').description('trades (usaha) a group can have');

  trade
    .command('list')
    .description('the known trades; prints [{code, name_id, name_en}]')
    .action(
      jsonAction(deps, () => withDb(deps, listTrades)),
    );
}
