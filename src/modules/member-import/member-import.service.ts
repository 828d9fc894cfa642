/**
 * Importing members from a spreadsheet in the console: upload → dry run → confirm.
 *
 * - The upload reads the file (member-file.ts) and keeps its rows in Postgres under a random
 *   token for an hour (member_imports, migration 033). Not in a console process's memory:
 *   several console processes may serve the office, and the confirmation may reach another
 *   one than the upload, or one restarted since. Only the uploader may open it (anyone
 *   else: as if it did not exist).
 * - The dry run and the confirmation both decide every row with `checkRows` from facts
 *   looked up at that moment, for the viewer's scope at that moment (resolved on each
 *   request): a group taken from her, a phone given to someone else, a member added by
 *   another hand since the dry run is caught when she confirms.
 * - The confirmation writes every row or none, in one transaction: any row with a problem
 *   (then or now) writes nothing and shows the dry run again with the reasons. A phone
 *   another transaction gave someone between our look-up and our insert fails the insert
 *   (people.phone is unique), which rolls everything back and shows the dry run again.
 * - Set-based: a handful of statements for the whole file (look-ups by `any(array)`,
 *   inserts from `unnest`), not a `member add` per row: 5,000 rows in seconds
 *   (bench/member-import.ts). The rules are the same ones (see member-import.ts).
 * - Audit: a `member_added` row per membership made (who, whom, which group, the role), and
 *   a `member_role` row per role changed (as `setRole` writes), in the same transaction. A row
 *   a confirmation refuses as `phone_unavailable` (a phone of someone outside her scope) is a
 *   refusal in the audit, as the chat logs its own (`permission_refusals`: the importer, the
 *   action `import_members`, the reason, the row's group), written after the rollback, once
 *   per row: never the phone, nor whose it is, which the importer may read there.
 */
import { isTokenShaped, newToken, sha256 } from '../console-access/console-access.ts';
import type { Db } from '../../db/client.ts';
import { recordAudits, type AuditEvent } from '../audit/record-audit.ts';
import { groupsIn } from '../groups/group-scope.repository.ts';
import { membershipsOfGroups, recordRefusals, upsertActiveMemberships } from '../groups/groups.repository.ts';
import { insertPeople, peopleWithPhones } from '../people/people.repository.ts';
import { scopedGroups, type Scope } from '../programmes/scope.ts';
import { readMemberFile, type FileProblem, type MemberColumn, type RawMemberRow } from './member-file.ts';
import { checkRows, countOutcomes, groupFinder, phonesOf, type CheckedRow, type ImportCounts, type ImportFacts, type KnownMember } from './member-import.ts';
import * as repo from './member-import.repository.ts';

/** How long an upload waits for its confirmation. */
export const IMPORT_TTL_MS = 60 * 60 * 1000;


export type UploadResult = { token: string } | { problem: FileProblem; missing?: MemberColumn[] };

/** Reads the file and keeps its rows for the dry run; answers the token of its page. */
export async function uploadMemberFile(db: Db, scope: Scope, file: { name: string; bytes: Uint8Array }, now: Date): Promise<UploadResult> {
  const read = await readMemberFile(file.bytes);
  if ('problem' in read) return read;
  const token = newToken();
  await repo.deleteExpired(db, now);
  await repo.insertImport(db, {
    tokenHash: sha256(token),
    personId: scope.personId,
    fileName: file.name.slice(0, 200),
    rows: read.rows,
    at: now,
    expiresAt: new Date(now.getTime() + IMPORT_TTL_MS),
  });
  return { token };
}

export interface ImportPreview {
  fileName: string;
  rows: CheckedRow[];
  counts: ImportCounts;
  /** Set once it was written: how many people were created and how many known ones added or changed. */
  done: { added: number; matched: number } | null;
  /** The rows she left out, with the reason each had then (to fix in her file and import later). */
  dropped: repo.DroppedRow[];
  /** The groups of her scope its rows name (once written: where to send the invitations). */
  groups: { id: number; name: string }[];
}

/** Her import (only hers, not expired), or undefined. */
async function ownImport(db: Db, scope: Scope, token: string, now: Date): Promise<repo.StoredImport | undefined> {
  if (!isTokenShaped(token)) return undefined;
  const found = await repo.findImport(db, sha256(token), now);
  return found && found.personId === scope.personId ? found : undefined;
}

/** Everything `checkRows` needs, looked up for the whole file in four statements. */
async function factsFor(db: Db, scope: Scope, rows: readonly RawMemberRow[]): Promise<ImportFacts> {
  const groups = await groupsIn(db, scopedGroups(scope).groupIds);
  const groupIds = new Set<number>();
  const groupOfCell = groupFinder(groups);
  for (const r of rows) {
    const g = groupOfCell(r.group);
    if (typeof g === 'object') groupIds.add(g.id);
  }
  const scoped = scopedGroups(scope);
  const [people, memberships] = await Promise.all([peopleWithPhones(db, phonesOf(rows)), membershipsOfGroups(db, [...groupIds])]);
  const matchable = scope.role === 'admin' ? 'everyone' : new Set(await repo.visibleAmong(db, scoped, people.map((p) => p.id)));
  const members = new Map<number, KnownMember[]>();
  for (const m of memberships) {
    const list = members.get(m.groupId) ?? [];
    list.push(m);
    members.set(m.groupId, list);
  }
  return { groups, people: new Map(people.map((p) => [p.phone, { personId: p.id, name: p.name }])), members, matchable };
}

/** Each group named by these rows once, in file order. */
function groupsOfRows(rows: readonly CheckedRow[]): { id: number; name: string }[] {
  const seen = new Map<number, { id: number; name: string }>();
  for (const r of rows) if (r.group && !seen.has(r.group.id)) seen.set(r.group.id, { id: r.group.id, name: r.group.name });
  return [...seen.values()];
}

function previewOf(stored: repo.StoredImport, rows: CheckedRow[]): ImportPreview {
  return {
    fileName: stored.fileName,
    rows,
    counts: countOutcomes(rows),
    done: stored.done ? { added: stored.done.added, matched: stored.done.matched } : null,
    dropped: stored.dropped,
    groups: groupsOfRows(rows),
  };
}

async function check(db: Db, scope: Scope, stored: repo.StoredImport): Promise<ImportPreview> {
  return previewOf(stored, checkRows(stored.rows, await factsFor(db, scope, stored.rows)));
}

/** The dry run (or, once confirmed, what was written): every row's outcome now. */
export async function importPreview(db: Db, scope: Scope, token: string, now: Date): Promise<ImportPreview | undefined> {
  const stored = await ownImport(db, scope, token, now);
  if (!stored) return undefined;
  if (stored.done) {
    // Its groups as they stand now in her scope (the rows are all members by now): the page's invitation links.
    const groups = groupsOfRows(checkRows(stored.rows, await factsFor(db, scope, stored.rows)));
    return { fileName: stored.fileName, rows: [], counts: { new: 0, existing: 0, unchanged: 0, errors: 0 }, done: { added: stored.done.added, matched: stored.done.matched }, dropped: stored.dropped, groups };
  }
  return check(db, scope, stored);
}

/** Takes these rows (by line) out of the file she uploaded: the dry run's "leave out the rows with problems". */
export async function dropImportRows(db: Db, scope: Scope, token: string, lines: readonly number[], now: Date): Promise<boolean> {
  const stored = await ownImport(db, scope, token, now);
  if (!stored || stored.done) return false;
  const drop = new Set(lines);
  // Each left-out row keeps the reason it has now, so the page can still list it after it is gone.
  const checked = new Map((await check(db, scope, stored)).rows.map((r) => [r.line, r]));
  const dropped: repo.DroppedRow[] = stored.rows
    .filter((r) => drop.has(r.line))
    .map((r) => {
      const o = checked.get(r.line)?.outcome;
      const problem = o?.kind === 'error' ? o.problem : null;
      return { line: r.line, name: r.name.slice(0, 80), problem, ...(o?.kind === 'error' && o.sameAsLine !== undefined ? { sameAsLine: o.sameAsLine } : {}) };
    });
  const kept = new Set(dropped.map((d) => d.line));
  return repo.replaceRows(
    db,
    stored.id,
    stored.rows.filter((r) => !drop.has(r.line)),
    [...stored.dropped.filter((d) => !kept.has(d.line)), ...dropped].sort((a, b) => a.line - b.line),
  );
}

export type ConfirmResult = { done: { added: number; matched: number } } | { refused: ImportPreview };

const isUniqueViolation = (e: unknown) => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === '23505';

/**
 * Writes the file: all rows or none. Undefined when the import is not hers (or gone);
 * `refused` with the dry run as it now stands when any row has a problem; `done` with the
 * counts (also when it was confirmed before: a second click writes nothing).
 */
export async function confirmImport(db: Db, scope: Scope, token: string, now: Date): Promise<ConfirmResult | undefined> {
  const stored = await ownImport(db, scope, token, now);
  if (!stored) return undefined;
  if (stored.done) return { done: { added: stored.done.added, matched: stored.done.matched } };
  try {
    return await db.transaction().execute(async (trx): Promise<ConfirmResult> => {
      const claimed = await repo.claimImport(trx, stored.id, now);
      if (!claimed) {
        const again = await repo.findImport(trx, sha256(token), now);
        return { done: { added: again?.done?.added ?? 0, matched: again?.done?.matched ?? 0 } };
      }
      // The rows as claimed, not as read before the claim: rows left out from another tab in between stay out.
      const preview = await confirmationCheck(trx, scope, { ...stored, rows: claimed });
      if (preview.counts.errors > 0) throw new Refused(preview);
      const result = await writeRows(trx, scope.personId, preview.rows, now);
      await repo.recordResult(trx, stored.id, result.added, result.matched);
      return { done: result };
    });
  } catch (e) {
    let refused: ImportPreview;
    if (e instanceof Refused) refused = e.preview;
    // A phone another transaction gave someone between our check and our insert: checked again from the rows as they now are (the claim rolled back with the rest).
    else if (isUniqueViolation(e)) refused = await confirmationCheck(db, scope, (await repo.findImport(db, sha256(token), now)) ?? stored);
    else throw e;
    // After the rollback: the page that follows (a new request, a dry run again) says why these rows stopped it.
    const unavailable = refused.rows.filter((r) => r.outcome.kind === 'error' && r.outcome.problem === 'phone_unavailable');
    await repo.markUnavailable(db, stored.id, unavailable.map((r) => r.line));
    // In the audit once per row: a row marked by an earlier refused confirmation is logged already.
    const marked = new Set(stored.rows.filter((r) => r.unavailable).map((r) => r.line));
    await recordRefusals(
      db,
      unavailable.filter((r) => !marked.has(r.line)).map((r) => ({ personId: scope.personId, action: 'import_members', reason: 'phone_unavailable', groupId: r.group?.id ?? null })),
    );
    return { refused };
  }
}

/**
 * The confirmation's check: any problem the dry run shows first, as it shows it; then, only
 * when the file could otherwise be written, a known phone she may not match
 * (`phone_unavailable`: see member-import.ts), so it tells no more than writing would.
 */
async function confirmationCheck(db: Db, scope: Scope, stored: repo.StoredImport): Promise<ImportPreview> {
  const facts = await factsFor(db, scope, stored.rows);
  const dryRun = previewOf(stored, checkRows(stored.rows, facts));
  return dryRun.counts.errors > 0 ? dryRun : previewOf(stored, checkRows(stored.rows, facts, true));
}

/** Rolls the confirmation back (its claim too) and carries the dry run out. */
class Refused extends Error {
  constructor(readonly preview: ImportPreview) {
    super('the import has rows with problems');
  }
}

/** The writes of a clean file: people, memberships, audit rows; three statements and the audit. */
async function writeRows(db: Db, actorPersonId: number, rows: readonly CheckedRow[], at: Date): Promise<{ added: number; matched: number }> {
  const fresh = rows.filter((r) => r.outcome.kind === 'new');
  const ids = await insertPeople(
    db,
    // A new member lives in her group's time zone, as `member add` makes her.
    fresh.map((r) => ({ name: r.name, phone: r.phone, timeZone: r.group!.timeZone })),
  );
  const memberships: { groupId: number; personId: number; role: NonNullable<CheckedRow['role']> }[] = [];
  const audits: AuditEvent[] = [];
  fresh.forEach((r, i) => {
    memberships.push({ groupId: r.group!.id, personId: ids[i]!, role: r.role! });
    audits.push({ kind: 'member_added', at, actorPersonId, subjectPersonId: ids[i]!, groupId: r.group!.id, detail: { role: r.role!, via: 'import' } });
  });
  let matched = 0;
  for (const r of rows) {
    if (r.outcome.kind !== 'existing') continue;
    matched++;
    const { personId, membership, role: before } = r.outcome;
    memberships.push({ groupId: r.group!.id, personId, role: r.role! });
    if (membership === 'active') {
      audits.push({ kind: 'member_role', at, actorPersonId, subjectPersonId: personId, groupId: r.group!.id, detail: { from: before!, to: r.role! } });
    } else {
      audits.push({ kind: 'member_added', at, actorPersonId, subjectPersonId: personId, groupId: r.group!.id, detail: { role: r.role!, via: 'import' } });
    }
  }
  await upsertActiveMemberships(db, memberships, at);
  await recordAudits(db, audits);
  return { added: fresh.length, matched };
}
