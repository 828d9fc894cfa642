/**
 * Migration 019 on a deployment that already has groups: every group lands in one default
 * programme, and groups made afterwards by code that knows nothing of programmes (the chat,
 * the admin command line) land there too. Down and up again leaves a working schema.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '../../src/db/client.ts';
import { TEST_DATABASE_URL } from '../helpers/env.ts';

const DIR = path.resolve(import.meta.dirname, '../../migrations');
const THIS = '2026-12-05-023-programmes-and-console';
let db: Db;
let name: string;

async function admin(query: string) {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(query);
  } finally {
    await client.end();
  }
}

async function migration(file: string): Promise<Migration> {
  return (await import(pathToFileURL(path.join(DIR, `${file}.ts`)).href)) as Migration;
}

beforeAll(async () => {
  name = `t_mig_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  db = createDb(url.toString(), { max: 2 });
});
afterAll(async () => {
  await db?.destroy();
  await admin(`drop database if exists ${name} with (force)`);
});

it('puts existing and later groups into one default programme', async () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '')).sort();
  const any = db as unknown as Kysely<unknown>;
  for (const file of files.filter((f) => f < THIS)) await (await migration(file)).up(any);

  await sql`insert into people (name, time_zone) values ('Fitri', 'Asia/Jakarta')`.execute(db);
  await sql`insert into facilitators (person_id) select id from people`.execute(db);
  await sql`insert into groups (name, facilitator_id, time_zone, join_code) select 'Lama', id, 'Asia/Jakarta', 'OLD001' from facilitators`.execute(db);

  await (await migration(THIS)).up(any);
  const programmes = await sql<{ id: string; name: string }>`select id, name from programmes`.execute(db);
  expect(programmes.rows.map((p) => p.name)).toEqual(['Program utama']);
  const defaultId = programmes.rows[0]!.id;

  // Made the way groups.repository makes them: no programme named.
  await sql`insert into groups (name, facilitator_id, time_zone, join_code) select 'Baru', id, 'Asia/Jakarta', 'NEW001' from facilitators`.execute(db);
  const groups = await sql<{ name: string; programme_id: string }>`select name, programme_id from groups order by id`.execute(db);
  expect(groups.rows).toEqual([
    { name: 'Lama', programme_id: defaultId },
    { name: 'Baru', programme_id: defaultId },
  ]);

  // A manager needs a programme; an admin has none.
  await expect(sql`insert into staff_roles (person_id, role) select id, 'manager' from people`.execute(db)).rejects.toThrow(/staff_roles_programme/);

  await (await migration(THIS)).down!(any);
  await (await migration(THIS)).up(any);
  const again = await sql<{ n: string }>`select count(*) as n from groups where programme_id is not null`.execute(db);
  expect(Number(again.rows[0]!.n)).toBe(2);
});
