/**
 * The client's address for the console's rate limits and login log.
 *
 * Behind a reverse proxy every request's socket comes from the proxy, so all clients would
 * share one rate limit (stricter, never looser, but an office of managers could lock each
 * other out). `X-Forwarded-For` names the real client — but anyone can send that header,
 * so it is read only when the operator says how many proxies of hers stand in front
 * (CONSOLE_TRUSTED_PROXIES = n). Each proxy appends the address it received the request
 * from, so the entry that the outermost of her n proxies wrote is the n-th from the right;
 * entries further left were written by the client (or its own proxies) and could say
 * anything, so they are never used. With n = 0 (the default) the header is ignored.
 */
import { isIP } from 'node:net';

export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string {
  const socket = socketAddress || 'unknown';
  if (trustedProxies <= 0 || !forwardedFor) return socket;
  const hops = forwardedFor
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped one of her proxies, so the leftmost entry
  // may be the client's own words; fall back to the socket rather than trust it.
  if (hops.length < trustedProxies) return socket;
  const written = hops[hops.length - trustedProxies]!;
  return isIP(written) ? written : socket;
}
