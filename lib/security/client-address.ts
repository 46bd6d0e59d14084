// Who is asking, for rate limits. The socket's peer is the client unless it is one of the
// proxies the operator named in TRUSTED_PROXIES; then the right-most X-Forwarded-For address that
// is not one of them (proxy-addr, as Express does it). A header a client sets itself is never
// believed on its own.
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** Set by the site's own server on every request; a value sent by a client is overwritten. */
export const CLIENT_ADDRESS_HEADER = 'x-zvezda-client-address';

/** Headers that describe the original request; believed only from a trusted proxy. */
const FORWARDING_HEADERS = [
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'x-real-ip',
  'forwarded',
];

export type TrustProxy = (address: string, hop: number) => boolean;

export function compileTrustedProxies(list: readonly string[]): TrustProxy {
  return proxyaddr.compile([...list]);
}

/**
 * Resolves the client's address and rewrites the request so that code further in sees only
 * what can be believed: the forwarding headers of an untrusted peer are dropped.
 */
export function resolveClientAddress(request: IncomingMessage, trust: TrustProxy): string {
  const address = proxyaddr(request, trust);
  const peer = request.socket.remoteAddress ?? '';
  if (!trust(peer, 0)) for (const header of FORWARDING_HEADERS) delete request.headers[header];
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  return address;
}
