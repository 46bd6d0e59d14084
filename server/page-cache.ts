// The finished answers of cached public pages, kept in this process and sent again as they are.
//
// Next already renders a public page once and keeps it ('use cache', lib/cache-handlers), but
// each answer still goes through its router, its cache lookup, the policy hashing of
// html-policy.ts and compression: that costs a profile most of its throughput next to a static
// file. A reader who is not signed in gets exactly the bytes every such reader gets, so the
// finished answer (body, headers, compressed forms, script policy) is kept and sent again.
//
// It is never more stale than Next's own cache: an answer is kept only when Next served it from
// its cache (or stored it just now) for public caching, and it is dropped at the first
// invalidation this process learns of, from any instance (tag-state.cjs counts them). The server
// looks at "CacheTag" before every request, so a change committed before a request arrived is
// seen by it here as it is by Next. Any invalidation drops every kept answer: writes are rare,
// and knowing which pages a tag touches would mean keeping Next's tags twice.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import Negotiator from 'negotiator';
import { withNonce, type FinishedHtml } from './html-policy';
import { isLocale } from '../lib/i18n/locale';

type Kept = {
  generation: number;
  expiresAt: number;
  status: number;
  headers: [string, string | string[]][];
  policyTemplate: string;
  bodies: { identity: Buffer; gzip: Buffer; br: Buffer };
  bytes: number;
};

/** Requests whose answer may depend on more than the address: Next's client navigation, a signed-in reader, a conditional or partial request. */
const PERSONAL_HEADERS = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-action',
  'next-url',
  'if-none-match',
  'if-modified-since',
  'range',
  'authorization',
];
/** Sent fresh with every answer (securityHeaders, Node) or replaced by what is kept. */
const NOT_KEPT = new Set([
  'content-security-policy',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'date',
  'connection',
  'keep-alive',
]);
const ENCODINGS = ['br', 'gzip', 'identity'];
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The key of a request that may be answered from what is kept, or null. The locale cookie is
 * part of it because next-intl answers with a Set-Cookie when it differs from the address; a
 * value that is not one of the site's languages is left to Next.
 */
export function keyOf(request: { method?: string; url?: string; headers: IncomingHttpHeaders }): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = request.url ?? '/';
  if (url.startsWith('/_next/') || url.startsWith('/api/')) return null;
  if (PERSONAL_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  let locale: string | null = null;
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const cookie = pair.trim();
    if (cookie === '') continue;
    if (!cookie.startsWith('NEXT_LOCALE=')) return null;
    locale = cookie.slice('NEXT_LOCALE='.length);
  }
  // Only the site's languages: any other value would make an entry of its own, and a client
  // cycling values would push real pages out.
  if (locale !== null && !isLocale(locale)) return null;
  return `${url}\n${locale ?? ''}`;
}

/** How long Next lets a shared cache keep the page, in ms; null when it must not be kept. */
function sharedLifetime(headers: OutgoingHttpHeaders): number | null {
  const cacheControl = String(headers['cache-control'] ?? '');
  const seconds = /(?:^|,)\s*s-maxage=(\d+)/.exec(cacheControl)?.[1];
  if (seconds === undefined || /private|no-store/.test(cacheControl)) return null;
  return Number(seconds) * 1000;
}

export function createPageCache(options: { maxBytes: number; generation: () => number }) {
  const kept = new Map<string, Kept>();
  /** Answers being compressed: the many answers Next gives a page before one is kept are not all compressed. */
  const compressing = new Set<string>();
  let bytes = 0;

  function drop(key: string) {
    const entry = kept.get(key);
    if (!entry) return;
    kept.delete(key);
    bytes -= entry.bytes;
  }

  /** Sends the kept answer for this request and returns true, or returns false to let Next answer. */
  function answer(
    key: string,
    request: IncomingMessage,
    response: ServerResponse,
    nonce: string,
    generation: number,
  ): boolean {
    const entry = kept.get(key);
    if (!entry) return false;
    if (entry.generation !== generation || entry.expiresAt <= Date.now()) {
      drop(key);
      return false;
    }
    // Most recently used last, so the oldest is dropped first when memory runs short.
    kept.delete(key);
    kept.set(key, entry);
    const encoding = new Negotiator(request).encoding(ENCODINGS) ?? 'identity';
    const body = entry.bodies[encoding as keyof Kept['bodies']] ?? entry.bodies.identity;
    response.statusCode = entry.status;
    for (const [name, value] of entry.headers) response.setHeader(name, value);
    response.setHeader('Content-Security-Policy', withNonce(entry.policyTemplate, nonce));
    if (encoding !== 'identity') response.setHeader('Content-Encoding', encoding);
    response.setHeader('Content-Length', body.length);
    response.setHeader('X-Zvezda-Cache', 'HIT');
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  }

  /**
   * Keeps a finished answer when Next served it from its cache for anyone to share. Compressing
   * happens off the event loop (zlib's thread pool), once per page and invalidation; until it is
   * done, Next goes on answering.
   */
  function keep(key: string, response: ServerResponse, html: FinishedHtml, generation: number) {
    if (html.status !== 200 || html.policyTemplate === undefined) return;
    if (compressing.has(key) || kept.get(key)?.generation === generation) return;
    const headers = response.getHeaders();
    const nextCache = String(headers['x-nextjs-cache'] ?? '');
    if (nextCache !== 'HIT' && nextCache !== 'MISS') return;
    if (headers['x-nextjs-postponed'] !== undefined) return;
    const lifetime = sharedLifetime(headers);
    if (lifetime === null) return;
    const policyTemplate = html.policyTemplate;
    const keptHeaders = Object.entries(headers)
      .filter(([name, value]) => !NOT_KEPT.has(name) && value !== undefined)
      .map(([name, value]): [string, string | string[]] => [name, Array.isArray(value) ? value : String(value)]);
    // Whether Next had the page already or stored it just now, the kept answer is sent from cache.
    for (const header of keptHeaders) if (header[0] === 'x-nextjs-cache') header[1] = 'HIT';
    compressing.add(key);
    Promise.all([
      gzipped(html.body),
      // Every invalidation drops every kept answer, so each page is compressed again after each
      // write. For a profile, quality 11 took 89 ms of a core for 7.6 KB, quality 5 takes 1.4 ms
      // for 8.6 KB: right after an approval that CPU went to rendering the pages it changed.
      brotli(html.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
    ])
      .then(([gzipBody, brBody]) => {
        // An invalidation learnt meanwhile makes this answer out of date before it is kept.
        if (options.generation() !== generation) return;
        const entry: Kept = {
          generation,
          expiresAt: Date.now() + lifetime,
          status: html.status,
          headers: keptHeaders,
          policyTemplate,
          bodies: { identity: html.body, gzip: gzipBody, br: brBody },
          bytes: html.body.length + gzipBody.length + brBody.length,
        };
        if (entry.bytes > options.maxBytes) return;
        drop(key);
        kept.set(key, entry);
        bytes += entry.bytes;
        while (bytes > options.maxBytes) drop(kept.keys().next().value!);
      })
      .catch((error: unknown) => console.error(`[zvezda page cache] ${(error as Error).message}`))
      .finally(() => compressing.delete(key));
  }

  return { answer, keep, size: () => kept.size };
}
