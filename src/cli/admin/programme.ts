/**
 * `programme add|list|region|move-group` and `staff grant|remove|link`: programmes above
 * groups, and who may use the web console (an admin, or the manager of one programme; a
 * facilitator needs nothing here: she sees her own groups).
 */
import type { Command } from 'commander';
import { endSessionsOf, issueLogin } from '../../modules/console-access/console-access.service.ts';
import { requireGroup } from '../../modules/groups/groups.service.ts';
import { addRegion, createProgramme, grantConsoleRole, listProgrammes, moveGroupToProgramme, removeStaffRole } from '../../modules/programmes/programmes.service.ts';
import { resolveScope } from '../../modules/programmes/scope.ts';
import { afterRoleChange } from '../../modules/programmes/staff-roles.service.ts';
import { inTransaction, jsonAction, withDb, type AdminDeps } from './context.ts';
import { optionalId, positiveId } from './input.ts';
import { personFlagsOf, personIdOf, withPersonFlags, type PersonFlags } from './person-flags.ts';

export function programmeCommands(program: Command, deps: AdminDeps): void {
  const now = () => deps.clock.now();
  const programme = program.command('programme').description('programmes (a partner’s programme above groups) and their regions');

  programme
    .command('add')
    .description('create a programme; prints {id, name, partner}')
    .requiredOption('--name <name>', 'programme name, 1–80 characters, unique')
    .option('--partner <name>', 'the partner organisation')
    .action(jsonAction(deps, (o: { name: string; partner?: string }) => inTransaction(deps, (trx) => createProgramme(trx, o))));

  programme
    .command('list')
    .description('all programmes; prints [{id, name, partner}]')
    .action(jsonAction(deps, () => withDb(deps, (db) => listProgrammes(db))));

  programme
    .command('region')
    .description('add a region (kabupaten, optionally kecamatan) to a programme; prints {id}')
    .requiredOption('--programme <id>', 'programme id')
    .requiredOption('--kabupaten <name>', 'kabupaten / kota')
    .option('--kecamatan <name>', 'kecamatan')
    .action(
      jsonAction(deps, (o: { programme: string; kabupaten: string; kecamatan?: string }) => {
        const programmeId = positiveId('--programme', o.programme);
        return inTransaction(deps, async (trx) => ({ id: await addRegion(trx, programmeId, o.kabupaten, o.kecamatan) }));
      }),
    );

  programme
    .command('move-group')
    .description('put a group into a programme (and a region of it); prints {groupId, programmeId, regionId}')
    .requiredOption('--group <id>', 'group id')
    .requiredOption('--programme <id>', 'programme id')
    .option('--region <id>', 'region id (from `programme region`)')
    .action(
      jsonAction(deps, (o: { group: string; programme: string; region?: string }) => {
        const groupId = positiveId('--group', o.group);
        const programmeId = positiveId('--programme', o.programme);
        const regionId = optionalId('--region', o.region) ?? null;
        return inTransaction(deps, async (trx) => {
          await requireGroup(trx, groupId);
          await moveGroupToProgramme(trx, groupId, programmeId, regionId);
          return { groupId, programmeId, regionId };
        });
      }),
    );

  const staff = program.command('staff').description('who may use the web console: admins and programme managers');

  withPersonFlags(staff.command('grant'))
    .description('give a person a console role (replacing her previous one); prints {personId, role, programmeId}')
    .requiredOption('--role <role>', 'admin or manager')
    .option('--programme <id>', "the manager's programme")
    .action(
      jsonAction(deps, (o: PersonFlags & { role: string; programme?: string }) => {
        const who = personFlagsOf(o);
        const programmeId = optionalId('--programme', o.programme);
        return inTransaction(deps, async (trx) => {
          const personId = await personIdOf(trx, who);
          const before = await resolveScope(trx, personId);
          // As the console's form: a link or a session made for her old role must not open a wider one.
          if (await grantConsoleRole(trx, personId, o.role, programmeId, now())) await afterRoleChange(trx, personId, before, now());
          const scope = await resolveScope(trx, personId);
          return { personId, role: scope?.role, programmeId: scope?.programmeId ?? null };
        });
      }),
    );

  withPersonFlags(staff.command('remove'))
    .description('take her console role away and end her sessions; prints {personId, removed, sessionsEnded}')
    .action(
      jsonAction(deps, (o: PersonFlags) => {
        const who = personFlagsOf(o);
        return inTransaction(deps, async (trx) => {
          const personId = await personIdOf(trx, who);
          const before = await resolveScope(trx, personId);
          const removed = await removeStaffRole(trx, personId, now());
          // A facilitator keeps her own groups' view: her sessions end only when no role is left.
          const sessionsEnded = removed
            ? await afterRoleChange(trx, personId, before, now())
            : before ? 0 : await endSessionsOf(trx, personId, 'role_removed', now());
          return { personId, removed, sessionsEnded };
        });
      }),
    );

  withPersonFlags(staff.command('link'))
    .description('a one-time login for someone with a console role (10 minutes); prints {path, code, expiresAt}')
    .action(
      jsonAction(deps, (o: PersonFlags) => {
        const who = personFlagsOf(o);
        return inTransaction(deps, async (trx) => {
          const personId = await personIdOf(trx, who);
          if (!(await resolveScope(trx, personId))) return { personId, role: null };
          const login = await issueLogin(trx, personId, now());
          return { path: `/masuk/tautan/${login.token}`, code: login.code, expiresAt: login.expiresAt.toISOString() };
        });
      }),
    );
}
