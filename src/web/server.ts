/** Serves the web console over HTTP (@hono/node-server) and knows the address people reach it at. */
import { serve, type ServerType } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AddressInfo } from 'node:net';
import type { WebConsoleConfig } from '../config.ts';
import { clientAddress } from './client-address.ts';
import { createConsoleApp, type WebDeps } from './console-app.ts';

export interface WebConsole {
  /** Where people reach it: WEB_PUBLIC_URL, or http://host:port. No trailing slash. */
  url: string;
  close(): Promise<void>;
}

export async function startWebConsole(config: WebConsoleConfig, deps: Omit<WebDeps, 'secureCookies' | 'clientOf'>): Promise<WebConsole> {
  const secureCookies = config.publicUrl?.startsWith('https:') ?? false;
  const app = createConsoleApp({
    ...deps,
    publicUrl: config.publicUrl,
    secureCookies,
    // The socket's address, or X-Forwarded-For's entry from her own proxies when she has
    // said how many there are (client-address.ts says why only then).
    clientOf: (c) => {
      let socket: string | undefined;
      try {
        socket = getConnInfo(c).remote.address;
      } catch {
        socket = undefined;
      }
      return clientAddress(socket, c.req.header('x-forwarded-for'), config.trustedProxies);
    },
  });
  const listen = (port: number) =>
    new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port, hostname: config.host }, () => resolve(s));
      s.once('error', reject);
    });
  const server = await listen(config.port).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE' || !config.anyPortIfTaken) throw error;
    deps.log.warn({ port: config.port }, 'web console port taken: using a free one');
    return listen(0);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  return {
    url: config.publicUrl ?? `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A browser keeps its connections open: closing waits for none of them.
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
