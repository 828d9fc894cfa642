import { sql, type Kysely } from 'kysely';

/**
 * The console's audit page read "entries written on a member's behalf" for a programme
 * manager by walking every on-behalf entry newest first and checking whether its member
 * belongs to one of her groups (16,717 rows walked for 51 in the bench: ~500 ms). An entry
 * now carries the group it was written in, so the page reads a scope's on-behalf entries
 * newest first through an index on that group (issue #19).
 *
 * `ledger_entries.on_behalf_group_id`: set only on entries someone else wrote for her
 * (entered_by_person_id set and not herself). Which group: one she is an active member of
 * when the entry is written, preferring a group the writer runs (facilitator) or chairs
 * (active ketua) — the on-behalf flow lets only those write for her — then the lowest id;
 * null when she is an active member of no group (then only the admin sees the entry).
 *
 * Kept by a trigger (BEFORE INSERT, only for on-behalf rows), not by the code path: every
 * writer, a bot still on older code during a rolling deploy included, gets the same column
 * in the same statement, so there is no moment at which a committed on-behalf entry lacks
 * it. Several bots at once need nothing more: the trigger reads memberships as the inserting
 * transaction sees them. A row already written keeps its group when she later moves: the
 * fact is where it was written, as for loans (`given_in_group_id`, migrations 026/029).
 *
 * `ledger_entries.on_behalf_programme_id`: that group's programme, so a programme manager's
 * rows are one index range read newest first (ledger_entries_on_behalf_programme_idx), not a
 * walk over every on-behalf entry checking each one's group (in the bench the newest 16,717
 * were the other programme's: 65 ms even with the group on the row). It stays equal to
 * `groups.programme_id` of the row's group: the insert trigger reads it under FOR SHARE of the
 * group's row, and a trigger on groups rewrites a moved group's entries (about a hundred, by
 * ledger_entries_on_behalf_group_idx) in the same transaction as the move. Either the move
 * waits for the inserting transaction's lock (then its update sees the new row) or the
 * insert waits for the move (then reads the new programme): no interleaving leaves a stale one.
 * Groups are never deleted (no code does); were one, its entries would keep the programme.
 *
 * Backfill: the same preference among her memberships (not pending) running at the entry's
 * `created_at` (joined on or before it, still active or left after it: 029's test); an entry
 * written while she was in no group stays null. It cannot tell which of two groups she was
 * in at once was meant (nobody recorded it), hence the preference.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table ledger_entries add column on_behalf_group_id bigint references groups(id) on delete set null`.execute(db);
  await sql`alter table ledger_entries add column on_behalf_programme_id bigint`.execute(db);
  await sql`
    create function on_behalf_group(p_person bigint, p_writer bigint, p_at timestamptz, p_now boolean) returns bigint
    language sql stable as $$
      select m.group_id
        from memberships m
        join groups g on g.id = m.group_id
        left join facilitators f on f.id = g.facilitator_id
       where m.person_id = p_person
         and (case when p_now then m.status = 'active'
                   else m.status <> 'pending' and m.joined_at <= p_at and (m.status = 'active' or m.status_changed_at >= p_at) end)
       order by (f.person_id is not distinct from p_writer
                 or exists (select 1 from memberships k
                             where k.group_id = m.group_id and k.person_id = p_writer and k.role = 'ketua' and k.status = 'active')) desc,
                m.group_id
       limit 1
    $$`.execute(db);
  await sql`
    create function ledger_entries_on_behalf_group() returns trigger language plpgsql as $$
    begin
      if new.on_behalf_group_id is null then
        new.on_behalf_group_id := on_behalf_group(new.person_id, new.entered_by_person_id, new.created_at, true);
      end if;
      new.on_behalf_programme_id := (select g.programme_id from groups g where g.id = new.on_behalf_group_id for share);
      return new;
    end $$`.execute(db);
  await sql`
    create trigger ledger_entries_on_behalf_group before insert on ledger_entries
      for each row when (new.entered_by_person_id is not null and new.entered_by_person_id <> new.person_id)
      execute function ledger_entries_on_behalf_group()`.execute(db);
  // Moving a group rewrites its on-behalf entries, which fires the rollup triggers (their
  // per-person advisory locks) while holding the group's row; an on-behalf insert holds a
  // person's lock and then waits for the group's row (FOR SHARE above). The two can deadlock:
  // Postgres aborts one, and both paths retry (a move is an admin command run again; a chat
  // write is a job retried), so nothing is half-written. Moves are rare admin acts.
  await sql`
    create function groups_move_on_behalf_entries() returns trigger language plpgsql as $$
    begin
      update ledger_entries set on_behalf_programme_id = new.programme_id
       where on_behalf_group_id = new.id and entered_by_person_id is not null and entered_by_person_id <> person_id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger groups_move_on_behalf_entries after update of programme_id on groups
      for each row when (old.programme_id is distinct from new.programme_id)
      execute function groups_move_on_behalf_entries()`.execute(db);
  // Under a SHARE lock, as 024's backfill: no entry is written, and no group moved, half-way.
  await sql`lock table ledger_entries, groups in share mode`.execute(db);
  await sql`
    update ledger_entries e set on_behalf_group_id = on_behalf_group(e.person_id, e.entered_by_person_id, e.created_at, false)
     where e.entered_by_person_id is not null and e.entered_by_person_id <> e.person_id and e.on_behalf_group_id is null`.execute(db);
  await sql`
    update ledger_entries e set on_behalf_programme_id = g.programme_id from groups g
     where g.id = e.on_behalf_group_id and e.entered_by_person_id is not null and e.entered_by_person_id <> e.person_id`.execute(db);
  await sql`
    create index ledger_entries_on_behalf_group_idx on ledger_entries (on_behalf_group_id, created_at desc, id desc)
     where entered_by_person_id is not null and entered_by_person_id <> person_id`.execute(db);
  await sql`
    create index ledger_entries_on_behalf_programme_idx on ledger_entries (on_behalf_programme_id, created_at desc, id desc)
     where entered_by_person_id is not null and entered_by_person_id <> person_id`.execute(db);
  await sql`analyze ledger_entries`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger if exists groups_move_on_behalf_entries on groups`.execute(db);
  await sql`drop function if exists groups_move_on_behalf_entries()`.execute(db);
  await sql`drop trigger if exists ledger_entries_on_behalf_group on ledger_entries`.execute(db);
  await sql`drop function if exists ledger_entries_on_behalf_group()`.execute(db);
  await sql`drop function if exists on_behalf_group(bigint, bigint, timestamptz, boolean)`.execute(db);
  await db.schema.dropIndex('ledger_entries_on_behalf_programme_idx').ifExists().execute();
  await db.schema.dropIndex('ledger_entries_on_behalf_group_idx').ifExists().execute();
  await sql`alter table ledger_entries drop column if exists on_behalf_programme_id`.execute(db);
  await sql`alter table ledger_entries drop column if exists on_behalf_group_id`.execute(db);
}
