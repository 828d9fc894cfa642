/**
 * The health endpoint over HTTP on loopback: 200 or 503 with the report as JSON, only on
 * GET/HEAD /health, and a port already taken refused at start.
 */
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer } from '../../../src/health/health.http.ts';
import type { HealthReport } from '../../../src/health/health.ts';

let report: HealthReport;
let servers: HealthServer[] = [];

async function serve(): Promise<string> {
  const server = await startHealthServer({ port: 0, host: '127.0.0.1', report: async () => report });
  servers.push(server);
  return `http://127.0.0.1:${server.port}`;
}

afterEach(async () => {
  for (const server of servers) await server.close();
  servers = [];
});

describe('the health endpoint', () => {
  it('answers 200 with every part when all are up', async () => {
    report = { ok: true, parts: { postgres: 'up', redis: 'up', telegram: 'up' }, down: [] };
    const response = await fetch(`${await serve()}/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', parts: { postgres: 'up', redis: 'up', telegram: 'up' } });
  });

  it('answers 503 naming the parts that are down', async () => {
    report = { ok: false, parts: { postgres: 'up', redis: 'not connected', whatsapp: 'reconnecting' }, down: ['redis', 'whatsapp'] };
    const response = await fetch(`${await serve()}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'down',
      down: ['redis', 'whatsapp'],
      parts: { postgres: 'up', redis: 'not connected', whatsapp: 'reconnecting' },
    });
  });

  it('answers 503 when the report itself fails', async () => {
    const server = await startHealthServer({ port: 0, host: '127.0.0.1', report: () => Promise.reject(new Error('boom')) });
    servers.push(server);
    const response = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'down' });
  });

  it('answers HEAD with the status only, 404 elsewhere and 405 to other methods', async () => {
    report = { ok: true, parts: {}, down: [] };
    const base = await serve();
    const head = await fetch(`${base}/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${base}/health?probe=1`)).status).toBe(200);
    expect((await fetch(`${base}/`)).status).toBe(404);
    expect((await fetch(`${base}/telegram`, { method: 'POST', body: '{}' })).status).toBe(404);
    const post = await fetch(`${base}/health`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('refuses to start on a port that is already taken', async () => {
    const taken = http.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      await expect(startHealthServer({ port, host: '127.0.0.1', report: async () => report })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});
