/**
 * `reminders preview --from ISO --to ISO`: every reminder that would go out in a window,
 * planned by the same code the reminder job uses, without writing or sending anything.
 */
import type { Command } from 'commander';
import { isIsoDate } from '../../core/dates.ts';
import { previewReminders } from './reminders-preview.ts';
import { DEFAULT_QUIET_HOURS, formatQuietHours, parseQuietHours, SLOT_KINDS, type SlotKind } from '../../modules/reminders/schedule.ts';
import { jsonAction, withDb, type AdminDeps } from './context.ts';
import { FlagError, FlagRuleError } from './flag-error.ts';
import { cliMessagesFor } from './messages/index.ts';

/** Longest window a preview may cover. */
export const MAX_PREVIEW_DAYS = 400;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant written in ISO 8601 with its offset: 2027-01-30T00:00:00+07:00 or …Z. */
function instantFlag(flag: string, raw: string): Date {
  const time = INSTANT.test(raw) && isIsoDate(raw.slice(0, 10)) ? Date.parse(raw) : NaN;
  if (Number.isNaN(time)) {
    throw new FlagRuleError('date_invalid', (m) => m.instantInvalid(flag, raw));
  }
  return new Date(time);
}

interface PreviewOptions {
  from: string;
  to: string;
  kind?: string;
  quietHours?: string;
}

export function reminderCommands(program: Command, deps: AdminDeps): void {
  const reminders = program.command('reminders').description('repayment reminders, weekly nudges and digests, quarterly questions');

  reminders
    .command('preview')
    .description(
      'every reminder due in a window, as the reminder job would send it (nothing is written or sent); ' +
        'prints {from, to, quietHours, count, reminders: [{kind, key, dueAt, timeZone, personId, groupId, groupChatId, platform, chatId, text, outbox}], ' +
        'skipped: [{kind, key, dueAt, timeZone, personId, groupId, reason, why}], notes: [{reason, kind, timeZone, date, dueAt, why}]} ' +
        '(skipped: private reminders someone was due for but does not get, reason opted_out or no_private_chat; ' +
        'notes: slots moved by quiet_hours, slots with nothing_due, no_slots, no_time_zones)',
    )
    .requiredOption('--from <time>', 'start of the window (included), ISO 8601 with offset, e.g. 2027-01-30T00:00:00+07:00')
    .requiredOption('--to <time>', `end of the window (excluded), at most ${MAX_PREVIEW_DAYS} days after --from`)
    .option('--kind <kind>', `only one kind: ${SLOT_KINDS.join(', ')}`)
    .option('--quiet-hours <hours>', `quiet hours as HH:MM-HH:MM or off (default: QUIET_HOURS, else ${DEFAULT_QUIET_HOURS})`)
    .action(
      jsonAction(deps, (o: PreviewOptions) => {
        const from = instantFlag('--from', o.from);
        const to = instantFlag('--to', o.to);
        if (to.getTime() <= from.getTime() || to.getTime() - from.getTime() > MAX_PREVIEW_DAYS * 86_400_000) {
          throw new FlagError('window_invalid', (m) => m.windowInvalid(MAX_PREVIEW_DAYS));
        }
        if (o.kind !== undefined && !(SLOT_KINDS as readonly string[]).includes(o.kind)) {
          const kind = o.kind;
          throw new FlagError('kind_invalid', (m) => m.kindInvalid(SLOT_KINDS, kind));
        }
        // The bot reads QUIET_HOURS from the same environment: preview what it would do.
        const rawQuiet = o.quietHours ?? (process.env.QUIET_HOURS || DEFAULT_QUIET_HOURS);
        const quietHours = parseQuietHours(rawQuiet);
        if (quietHours === undefined) {
          throw new FlagError('quiet_hours_invalid', (m) => m.quietHoursInvalid(rawQuiet));
        }
        const kinds = o.kind === undefined ? undefined : [o.kind as SlotKind];
        return withDb(deps, async (db) => {
          const words = cliMessagesFor(deps.language ?? 'id');
          const { reminders: list, skipped, notes } = await previewReminders(db, { from, to, quietHours, kinds }, words);
          return { from: from.toISOString(), to: to.toISOString(), quietHours: formatQuietHours(quietHours), count: list.length, reminders: list, skipped, notes };
        });
      }),
    );
}
