/**
 * `whatsapp status`: how the bot's WhatsApp number stands, read from the database (this
 * command never opens the WhatsApp link itself): whether a bot process holds the number
 * now, the link's last reported state and why, and any restriction WhatsApp put on it.
 * `whatsapp forget-number`: the bot serves whichever number links next (it refuses a phone
 * other than the one it served, see WHATSAPP.md).
 */
import type { Command } from 'commander';
import { forgetLinkedNumber, readLinkStatus } from '../../modules/whatsapp/whatsapp-link.repository.ts';
import { numberLockHeld } from '../../modules/whatsapp/whatsapp-lock.repository.ts';
import { jsonAction, withDb, type AdminDeps } from './context.ts';

export function whatsappCommands(program: Command, deps: AdminDeps): void {
  const whatsapp = program.command('whatsapp').description("the bot's WhatsApp number");

  whatsapp
    .command('status')
    .description(
      "the number's standing; prints {held, state, reason, restriction, restrictedUntil, holder, updatedAt}: held is whether a bot process " +
        'holds the number now; state is the last one that process reported (connecting, open, waiting, stopped), reason why it is not open, ' +
        'restriction what WhatsApp restricts (time-lock, refused-463, capped) until when; all null when no bot has ever linked it',
    )
    .action(
      jsonAction(deps, () =>
        withDb(deps, async (db) => {
          const [held, row] = await Promise.all([numberLockHeld(db, 'default'), readLinkStatus(db, 'default')]);
          const restricted = row?.restrictedUntil && row.restrictedUntil.getTime() > deps.clock.now().getTime();
          return {
            held,
            state: row?.state ?? null,
            reason: row?.reason ?? null,
            restriction: restricted ? row.restriction : null,
            restrictedUntil: restricted ? row.restrictedUntil!.toISOString() : null,
            holder: row?.holder ?? null,
            updatedAt: row?.updatedAt.toISOString() ?? null,
          };
        }),
      ),
    );

  whatsapp
    .command('forget-number')
    .description(
      'forget the number the bot served, so the next phone that links is served (the bot stops rather than serve a different number); ' +
        'prints {forgotten}: the number forgotten, null when none was remembered. Restart the bot afterwards',
    )
    .action(jsonAction(deps, () => withDb(deps, async (db) => ({ forgotten: (await forgetLinkedNumber(db, 'default')) ?? null }))));
}
