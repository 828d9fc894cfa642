/**
 * One world for a test of the console's routes without a browser: its own database with the
 * console world (console-world.ts) and the test's own rows, the console app answering
 * requests in this process (no port), and requests as a logged-in person makes them: a
 * session per person made through a one-time link, the page's CSRF token, forms posted as a
 * browser posts them (redirects not followed).
 */
import type { Clock } from '../../src/core/clock.ts';
import { silentLogger } from '../../src/core/logger.ts';
import type { Db } from '../../src/db/client.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { createConsoleApp, SESSION_COOKIE } from '../../src/web/console-app.ts';
import { seedConsoleWorld, type ConsoleWorld } from './console-world.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export interface ConsoleRequestWorld {
  /** The test's database (and its URL); dropped by stop(). */
  database: TestDatabase;
  db: Db;
  w: ConsoleWorld;
  app: ConsoleApp;
  /** Her session cookie and the CSRF token its pages carry, made once per person. */
  session(personId: number): Promise<{ cookie: string; csrf: string }>;
  /** GET as her: the status and the page. */
  open(personId: number, path: string): Promise<{ status: number; body: string }>;
  /** A form posted as her, with her CSRF token: the status, where it redirects and the body. */
  post(personId: number, path: string, form: Record<string, string>): Promise<{ status: number; location: string | null; body: string }>;
  stop(): Promise<void>;
}

type ConsoleApp = ReturnType<typeof createConsoleApp>;

/** Her session cookie and the CSRF token its pages carry, made once per person through a one-time link. */
export function consoleSessions(app: ConsoleApp, db: Db, clock: Clock): (personId: number) => Promise<{ cookie: string; csrf: string }> {
  const sessions = new Map<number, { cookie: string; csrf: string }>();
  return async (personId) => {
    let s = sessions.get(personId);
    if (!s) {
      const made = await loginWithLink(db, (await issueLogin(db, personId, clock.now())).token, 'test', clock.now());
      if (typeof made === 'string') throw new Error(made);
      const cookie = `${SESSION_COOKIE}=${made.token}`;
      const home = await (await app.request('/', { headers: { cookie } })).text();
      s = { cookie, csrf: /name="csrf" value="([^"]+)"/.exec(home)![1]! };
      sessions.set(personId, s);
    }
    return s;
  };
}

export async function startConsoleRequestWorld(options: {
  clock: Clock;
  /** The client address every request comes from (the login rate limit counts per address). */
  client: string;
  /** The test's own rows, after the console world. */
  seed?: (seeded: { db: Db; w: ConsoleWorld }) => Promise<void>;
}): Promise<ConsoleRequestWorld> {
  const { clock } = options;
  const database = await createTestDatabase();
  try {
    const db = database.db;
    const w = await seedConsoleWorld(db);
    await options.seed?.({ db, w });
    const app = createConsoleApp({ db, clock, log: silentLogger(), timeZone: 'Asia/Jakarta', secureCookies: false, sendLoginCode: async () => true, clientOf: () => options.client });
    const session = consoleSessions(app, db, clock);
    return {
      database,
      db,
      w,
      app,
      session,
      async open(personId, path) {
        const res = await app.request(path, { headers: { cookie: (await session(personId)).cookie } });
        return { status: res.status, body: await res.text() };
      },
      async post(personId, path, form) {
        const s = await session(personId);
        const res = await app.request(path, { method: 'POST', body: new URLSearchParams({ csrf: s.csrf, ...form }), headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
        return { status: res.status, location: res.headers.get('location'), body: await res.text() };
      },
      stop: () => database.drop(),
    };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
