/**
 * What every console bench does per page: log a viewer in through the real link flow, then
 * time a page's requests (request in → body out, through the real routes) after a warm-up.
 */
import { performance } from 'node:perf_hooks';
import type { Clock } from '../../src/core/clock.ts';
import type { Db } from '../../src/db/client.ts';
import { issueLogin, loginWithLink } from '../../src/modules/console-access/console-access.service.ts';
import { SESSION_COOKIE, type createConsoleApp } from '../../src/web/console-app.ts';

export type ConsoleGet = (path: string) => Promise<Response>;

/** A GET as this person, with a session made by the one-time link (as `/masuk` gives her). */
export async function consoleSession(app: ReturnType<typeof createConsoleApp>, db: Db, personId: number, clock: Clock): Promise<ConsoleGet> {
  const { token } = await issueLogin(db, personId, clock.now());
  const session = await loginWithLink(db, token, 'bench', clock.now());
  if (typeof session === 'string') throw new Error(session);
  return async (path) => app.request(path, { headers: { cookie: `${SESSION_COOKIE}=${session.token}` } });
}

export interface PageTiming {
  p50Ms: number;
  p95Ms: number;
  /** The body's size of the last request. */
  bytes: number;
}

/** `requests` timed GETs of one page after `warmUp` untimed ones; any answer but 200 throws. */
export async function timePage(get: ConsoleGet, path: string, o: { requests: number; warmUp?: number; who?: string }): Promise<PageTiming> {
  for (let i = 0; i < (o.warmUp ?? 2); i++) await (await get(path)).arrayBuffer();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < o.requests; i++) {
    const t0 = performance.now();
    const res = await get(path);
    const body = await res.arrayBuffer();
    times.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}${o.who ? ` to the ${o.who}` : ''}`);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { p50Ms: at(0.5), p95Ms: at(0.95), bytes };
}
