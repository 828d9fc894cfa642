/**
 * The health endpoint over HTTP: `GET /health` answers 200 when every part is up and 503
 * otherwise, with the report as a small JSON body. Container health checks and load
 * balancers call it; it carries no personal data and needs no secret.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthReport } from './health.ts';

export const HEALTH_PATH = '/health';

/** The JSON body: `{"status":"ok","parts":{…}}`, or `{"status":"down","down":[…],"parts":{…}}`. */
export function healthBody(report: HealthReport): string {
  return JSON.stringify(report.ok ? { status: 'ok', parts: report.parts } : { status: 'down', down: report.down, parts: report.parts });
}

/** Answers GET and HEAD on /health with a fresh report; 404 on other paths, 405 on other methods. */
export function healthHandler(report: () => Promise<HealthReport>): http.RequestListener {
  return (req, res) => {
    if (new URL(req.url ?? '/', 'http://health').pathname !== HEALTH_PATH) {
      res.writeHead(404).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    report().then(
      (r) => {
        const body = healthBody(r);
        res.writeHead(r.ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'down' })),
    );
  };
}

export interface HealthServer {
  /** The port it listens on (the one asked for, or the one the system chose for 0). */
  port: number;
  close(): Promise<void>;
}

/** Listens on `port` (all interfaces unless `host` is given); rejects when the port cannot be had. */
export async function startHealthServer(options: { port: number; host?: string | undefined; report: () => Promise<HealthReport> }): Promise<HealthServer> {
  const server = http.createServer(healthHandler(options.report));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A checker's kept-alive connection must not hold the stop up.
        server.closeAllConnections();
      }),
  };
}
