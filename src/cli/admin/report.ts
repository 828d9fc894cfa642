/**
 * `report export --group ID --from YYYY-MM-DD --to YYYY-MM-DD --format csv|xlsx --out FILE`:
 * a group's books for a range of business days, written as the chat's "/ekspor" writes
 * them (streamed: a year of a large programme does not fill memory). Prints
 * {groupId, groupName, from, to, format, out, bytes, entries, members, loans, totals}.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';

import { EXPORT_FORMATS, MAX_EXPORT_DAYS, parseExportDate, type ExportFormat, type ExportLanguage } from '../../modules/exports/exports.ts';
import { exportGroup } from '../../modules/exports/exports.service.ts';
import { jsonAction, withDb, type AdminDeps } from './context.ts';
import { FlagError, FlagRuleError } from './flag-error.ts';
import { positiveId } from './input.ts';

interface ExportOptions {
  group: string;
  from: string;
  to: string;
  format: string;
  out: string;
  language: string;
}

function dateFlag(flag: string, raw: string): string {
  const date = parseExportDate(raw);
  if (!date) throw new FlagRuleError('date_invalid', (m) => m.exportDateInvalid(flag, raw));
  return date;
}

export function reportCommands(program: Command, deps: AdminDeps): void {
  // `report quarterly` (src/cli/admin/quarterly.ts) hangs under the same parent: made once.
  const report =
    program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('exports and reports of a group for partners and programme staff');

  report
    .command('export')
    .description(
      'writes a group’s books from --from to --to (business days, both included) to --out: xlsx has the sheets Catatan (entries), ' +
        'Per anggota (per-member totals and the group total) and Pinjaman (loans and instalments); csv has the entries. ' +
        'Prints {groupId, groupName, from, to, format, out, bytes, entries, members, loans, totals}',
    )
    .requiredOption('--group <id>', 'the group id (see `group list`)')
    .requiredOption('--from <date>', 'first business day, YYYY-MM-DD')
    .requiredOption('--to <date>', `last business day, YYYY-MM-DD (at most ${MAX_EXPORT_DAYS} days after --from)`)
    .requiredOption('--format <format>', `${EXPORT_FORMATS.join(' or ')}`)
    .requiredOption('--out <file>', 'where to write the file (its folder is created if needed)')
    .option('--language <lang>', 'column headers: id (Indonesian) or en', 'id')
    .action(
      jsonAction(deps, async (o: ExportOptions) => {
        const groupId = positiveId('--group', o.group);
        const from = dateFlag('--from', o.from);
        const to = dateFlag('--to', o.to);
        if (from > to) throw new FlagRuleError('export_range_invalid', (m) => m.exportRangeInvalid(from, to));
        if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) {
          throw new FlagError('format_invalid', (m) => m.formatInvalid(EXPORT_FORMATS, o.format));
        }
        if (o.language !== 'id' && o.language !== 'en') {
          throw new FlagError('language_invalid', (m) => m.languageInvalid('--language', o.language));
        }
        if (!o.out.trim()) throw new FlagError('out_invalid', (m) => m.outInvalid);
        const out = path.resolve(o.out);
        const format = o.format as ExportFormat;
        const summary = await withDb(deps, (db) =>
          exportGroup(db, { groupId, range: { from, to }, format, file: out, madeAt: deps.clock.now(), language: o.language as ExportLanguage }),
        );
        const { size } = await stat(out);
        return { ...summary, format, out, bytes: size };
      }),
    );
}
