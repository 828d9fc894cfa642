/**
 * Opens the database the configuration names, or the embedded one under DATA_DIR. When
 * the bot already runs the embedded PostgreSQL, other commands (the admin command line)
 * connect to that running server instead of starting a second one on the same data.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../core/logger.ts';
import { createDb, type Db } from './client.ts';
import { migrateToLatest } from './migrate.ts';

export interface OpenDatabase {
  db: Db;
  /**
   * Where it is, for what needs a connection of its own (the WhatsApp number's lease):
   * Postgres itself (DATABASE_DIRECT_URL) when `db` goes through a pooler.
   */
  url: string;
  close(): Promise<void>;
}

const RUNNING_FILE = 'postgres-running.json';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function runningEmbedded(dataDir: string): Promise<string | undefined> {
  try {
    const { url } = JSON.parse(readFileSync(path.join(dataDir, RUNNING_FILE), 'utf8')) as { url: string };
    return (await answers(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

export async function openDatabase(
  config: { databaseUrl: string | undefined; databaseDirectUrl?: string | undefined; databaseServerPrepared?: boolean; dataDir: string },
  log: Logger,
  options: { migrate?: boolean } = {},
): Promise<OpenDatabase> {
  const stops: (() => Promise<void>)[] = [];
  let url = config.databaseUrl ?? (await runningEmbedded(config.dataDir));
  if (!url) {
    // Loaded only when needed: production images set DATABASE_URL and ship without it.
    const { startEmbeddedPostgres } = await import('./embedded-postgres.ts');
    const embedded = await startEmbeddedPostgres(config.dataDir, log);
    const marker = path.join(config.dataDir, RUNNING_FILE);
    writeFileSync(marker, JSON.stringify({ url: embedded.url, pid: process.pid }), { mode: 0o600 });
    stops.push(async () => {
      rmSync(marker, { force: true });
      await embedded.stop();
    });
    url = embedded.url;
  }
  // Behind a pooler in transaction mode, Kysely's migration lock (a session-level advisory
  // lock taken and released in statements of their own) could be taken on one server
  // connection and "released" on another, leaving it held: migrations go to Postgres itself.
  const direct = (config.databaseUrl && config.databaseDirectUrl) || url;
  const db = createDb(url, { serverPrepared: config.databaseServerPrepared !== false });
  stops.push(() => db.destroy());
  try {
    if (options.migrate !== false) {
      const migrator = direct === url ? db : createDb(direct, { max: 1 });
      try {
        const applied = await migrateToLatest(migrator);
        if (applied.length) log.info({ applied }, 'migrations applied');
      } finally {
        if (migrator !== db) await migrator.destroy();
      }
    }
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }
  return {
    db,
    url: direct,
    async close() {
      for (const stop of stops.splice(0).reverse()) await stop();
    },
  };
}
