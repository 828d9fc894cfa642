/** `group create`, `group list`, `group code`. */
import type { Command } from 'commander';
import { FlagRuleError } from './flag-error.ts';
import { createGroup, groupsRepo, requireGroup, rotateJoinCode } from '../../modules/groups/groups.service.ts';
import { placeGroup } from '../../modules/programmes/programmes.service.ts';
import { inTransaction, jsonAction, withDb, type AdminDeps } from './context.ts';
import { optionalId, positiveId } from './input.ts';

interface CreateOptions {
  name: string;
  trades: string;
  facilitator: string;
  village?: string;
  district?: string;
  timezone?: string;
  programme?: string;
  region?: string;
}

export function groupCommands(program: Command, deps: AdminDeps): void {
  const group = program.command('group').description('business groups (kelompok usaha) and their join codes');

  group
    .command('create')
    .description('create a group with a new join code, in a programme (and region) if given; prints the group (with {programmeId, regionId} when --programme is given)')
    .requiredOption('--name <name>', 'group name, 1–80 characters')
    .requiredOption('--trades <codes>', 'comma-separated trade codes (see `trade list`), e.g. asesoris,makanan-ringan')
    .requiredOption('--facilitator <id>', 'id of the facilitator who runs it (from `facilitator add`)')
    .option('--village <name>', 'village (desa/kelurahan)')
    .option('--district <name>', 'district (kecamatan)')
    .option('--timezone <zone>', `IANA time zone, e.g. Asia/Jakarta, Asia/Makassar, Asia/Jayapura (default ${deps.defaultTimeZone})`)
    .option('--programme <id>', 'the programme it belongs to (from `programme list`; default: the deployment\'s first programme)')
    .option('--region <id>', 'its region, one of that programme\'s (from `programme region`); needs --programme')
    .action(
      jsonAction(deps, (o: CreateOptions) => {
        const facilitatorId = positiveId('--facilitator', o.facilitator);
        const programmeId = optionalId('--programme', o.programme);
        const regionId = optionalId('--region', o.region);
        return inTransaction(deps, async (trx) => {
          const created = await createGroup(trx, {
            name: o.name,
            trades: o.trades.split(','),
            facilitatorId,
            village: o.village,
            district: o.district,
            timeZone: o.timezone ?? deps.defaultTimeZone,
          });
          // In the same transaction: a programme or region refused leaves no group behind.
          const placed = await placeGroup(trx, created.id, programmeId, regionId);
          // Printed as before unless placed: scripts reading `group create` keep their shape.
          return programmeId === undefined ? created : { ...created, ...placed };
        });
      }),
    );

  group
    .command('list')
    .description('all groups, or those of one facilitator; prints [group]')
    .option('--facilitator <id>', 'only the groups this facilitator runs')
    .action(
      jsonAction(deps, (o: { facilitator?: string }) => {
        const facilitatorId = optionalId('--facilitator', o.facilitator);
        return withDb(deps, async (db) => {
          if (facilitatorId !== undefined && !(await groupsRepo.findFacilitator(db, facilitatorId))) {
            throw new FlagRuleError('facilitator_not_found', (m) => m.facilitatorNotFound(facilitatorId));
          }
          return groupsRepo.listGroups(db, facilitatorId);
        });
      }),
    );

  group
    .command('code')
    .description('print the group with its join code; with --rotate, replace the code first (the old one stops working)')
    .requiredOption('--group <id>', 'group id')
    .option('--rotate', 'give the group a new join code')
    .action(
      jsonAction(deps, (o: { group: string; rotate?: boolean }) => {
        const groupId = positiveId('--group', o.group);
        return o.rotate
          ? inTransaction(deps, (trx) => rotateJoinCode(trx, groupId, { actorPersonId: null, at: deps.clock.now() }))
          : withDb(deps, (db) => requireGroup(db, groupId));
      }),
    );
}
