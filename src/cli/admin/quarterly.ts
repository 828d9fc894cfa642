/**
 * `report quarterly --group ID --quarter 2026Q4 --format xlsx|pdf --out FILE`: the
 * quarterly monitoring report of a group as the chat's "/laporan_kuartal" makes
 * it: per member assets, turnover reported and from the books, employees, loans; XLSX, or
 * a one-page A4 landscape PDF. Prints {groupId, groupName, quarter, from, to, asOf, format,
 * out, bytes, members, totals}.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { repliesFor } from '../../conversation/replies/index.ts';
import { renderQuarterlyPdf } from '../../modules/quarterly/quarterly.pdf.ts';
import { quarterlyReportData } from '../../modules/quarterly/quarterly.repository.ts';
import { renderQuarterlyXlsx } from '../../modules/quarterly/quarterly.xlsx.ts';
import { isQuarterLabel } from '../../modules/reminders/schedule.ts';
import { jsonAction, withDb, type AdminDeps } from './context.ts';
import { FlagError } from './flag-error.ts';
import { positiveId } from './input.ts';

const FORMATS = ['xlsx', 'pdf'] as const;

interface QuarterlyOptions {
  group: string;
  quarter: string;
  format: string;
  out: string;
  language: string;
}

/** Adds `quarterly` to the `report` command group (made here when it does not exist yet). */
export function quarterlyCommands(program: Command, deps: AdminDeps): void {
  const report = program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('reports of a group for partners');
  report
    .command('quarterly')
    .description(
      'writes the quarterly monitoring report of a group to --out: per member assets, turnover reported and from the books, employees, ' +
        'loan outstanding, arrears and on-time streak, with totals; xlsx, or pdf (one A4 landscape page). ' +
        'Prints {groupId, groupName, quarter, from, to, asOf, format, out, bytes, members, totals}',
    )
    .requiredOption('--group <id>', 'the group id (see `group list`)')
    .requiredOption('--quarter <quarter>', 'the quarter, e.g. 2026Q4')
    .requiredOption('--format <format>', FORMATS.join(' or '))
    .requiredOption('--out <file>', 'where to write the file (its folder is created if needed)')
    .option('--language <lang>', 'words on the report: id (Indonesian) or en', 'id')
    .action(
      jsonAction(deps, async (o: QuarterlyOptions) => {
        const groupId = positiveId('--group', o.group);
        const quarter = o.quarter.trim().toUpperCase();
        if (!isQuarterLabel(quarter)) throw new FlagError('quarter_invalid', (m) => m.quarterInvalid(o.quarter));
        if (!(FORMATS as readonly string[]).includes(o.format)) {
          throw new FlagError('format_invalid', (m) => m.formatInvalid(FORMATS, o.format));
        }
        if (o.language !== 'id' && o.language !== 'en') throw new FlagError('language_invalid', (m) => m.languageInvalid('--language', o.language));
        if (!o.out.trim()) throw new FlagError('out_invalid', (m) => m.outInvalid);
        const out = path.resolve(o.out);
        const labels = repliesFor(o.language).quarterlyLabels;
        const data = await withDb(deps, (db) => quarterlyReportData(db, groupId, quarter, deps.clock.now()));
        const bytes = o.format === 'pdf' ? await renderQuarterlyPdf(data, labels) : await renderQuarterlyXlsx(data, labels);
        await mkdir(path.dirname(out), { recursive: true });
        await writeFile(out, bytes);
        return {
          groupId: data.group.id,
          groupName: data.group.name,
          quarter: data.quarter,
          from: data.from,
          to: data.to,
          asOf: data.asOf,
          format: o.format,
          out,
          bytes: bytes.length,
          members: data.rows.length,
          totals: data.totals,
        };
      }),
    );
}
