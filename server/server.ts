// The site's own HTTP server around Next (a custom server, as Next documents it). It exists for
// what Next cannot know or does not do before a request reaches a page:
// - who the client is (the socket, or a proxy the operator trusts), for rate limits;
// - the protections every response carries, with a fresh CSP nonce that Next puts on its scripts;
// - refusals that Next would answer with a 500: a body over the limit (413), a body without a
//   length (411), a form posted from another site (403).
import path from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import compression from 'compression';
import next from 'next';
import { env, siteOrigin } from '../lib/env';
import { compileTrustedProxies, resolveClientAddress } from '../lib/security/client-address';
import { newNonce, rendersWithNonce, securityHeaders } from '../lib/security/headers';
import { isLocale, localeOfPath, type Locale } from '../lib/i18n/locale';
import { negotiateLocale } from '../lib/i18n/negotiate';
import { CATALOGUES } from './catalogues';
import { escape } from './not-found-fallback';
import { holdHtmlForPolicy } from './html-policy';
import { tagState } from '../lib/cache-handlers/tag-state.cjs';
import { createPageCache, keyOf } from './page-cache';
import { answerProbe, createReadinessCheck } from './probes';
import { formAsQuery, isFormForItsPage } from './form-as-query';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

/** Memory for the finished answers of cached pages (page-cache.ts): about 600 profiles with their compressed forms. */
const PAGE_CACHE_BYTES = 64 * 1024 * 1024;

/** The same limit Next applies to server actions (next.config.js), checked before Next reads a byte. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Larger allowances, each for one route that must take more than a form: the image uploads (a
 * 30 MB file plus its form fields). Everything else keeps MAX_BODY_BYTES.
 */
export const BODY_ALLOWANCES: readonly { method: string; path: RegExp; bytes: number; key: Refusal['key'] }[] = [
  {
    method: 'POST',
    path: /^\/api\/media\/upload\/[a-z0-9-]+\/?(\?|$)/,
    bytes: 32 * 1024 * 1024,
    key: 'uploadTooLarge',
  },
  // The same upload, with a proposal of a new Hero (named by the proposal's id).
  {
    method: 'POST',
    path: /^\/api\/media\/proposal-upload\/[a-z0-9]+\/?(\?|$)/,
    bytes: 32 * 1024 * 1024,
    key: 'uploadTooLarge',
  },
];

type Refusal = {
  status: number;
  discard?: number;
  key: 'bodyTooLarge' | 'uploadTooLarge' | 'lengthRequired' | 'crossOrigin' | 'malformedAddress' | 'malformedForm';
};

/** What Next's own client posts a server action as; the site calls every action with a form. */
const ACTION_BODY_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i;

function bodyLimit(method: string, url: string): { bytes: number; key: Refusal['key'] } {
  return (
    BODY_ALLOWANCES.find((a) => a.method === method && a.path.test(url)) ?? {
      bytes: MAX_BODY_BYTES,
      key: 'bodyTooLarge',
    }
  );
}

/**
 * A path whose percent-escapes do not decode (e.g. "%E0%A4%A") would fail deep inside Next, and so
 * would one that decodes once but not twice ("/heroes/100%25" is "/heroes/100%"): Next decodes a
 * segment again for its parameters.
 */
function decodes(url: string): boolean {
  try {
    decodeURIComponent(decodeURIComponent(url.split('?')[0] ?? ''));
    return true;
  } catch {
    return false;
  }
}

function refusalOf(request: IncomingMessage, origin: URL): Refusal | null {
  if (!decodes(request.url ?? '/')) return { status: 400, key: 'malformedAddress' };
  const method = request.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null;
  const length = request.headers['content-length'];
  const limit = bodyLimit(method, request.url ?? '/');
  if (length !== undefined && Number(length) > limit.bytes)
    return { status: 413, key: limit.key, discard: 2 * limit.bytes };
  if (length === undefined && request.headers['transfer-encoding']) return { status: 411, key: 'lengthRequired' };
  // An action request whose body is not a form (JSON, text, none) fails inside Next with a 500.
  if (request.headers['next-action'] !== undefined && !ACTION_BODY_TYPES.test(request.headers['content-type'] ?? '')) {
    return { status: 400, key: 'malformedForm' };
  }
  // OAuth providers may post back from their own origin; Auth.js checks its own state there.
  if (request.url?.startsWith('/api/auth/callback/')) return null;
  const from = request.headers.origin;
  if (from !== undefined) {
    const host = request.headers['x-forwarded-host'] ?? request.headers.host;
    const own = new Set([origin.origin, `http://${String(host)}`, `https://${String(host)}`]);
    if (!own.has(from)) return { status: 403, key: 'crossOrigin' };
  }
  return null;
}

/** What Next tells itself: the address a request was rewritten to (proxy.ts) is not the client's business. */
const INTERNAL_HEADERS = ['x-middleware-rewrite'];

function keepInternalHeadersInside(response: ServerResponse) {
  const writeHead = response.writeHead.bind(response);
  // Node's own implicit head (end() without writeHead) goes through this too.
  response.writeHead = ((...args: Parameters<typeof writeHead>) => {
    for (const name of INTERNAL_HEADERS) response.removeHeader(name);
    const headers = args.find((arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg)) as
      Record<string, unknown> | undefined;
    if (headers)
      for (const name of Object.keys(headers)) if (INTERNAL_HEADERS.includes(name.toLowerCase())) delete headers[name];
    return writeHead(...args);
  }) as typeof response.writeHead;
}

/**
 * An API answer is in English for programs; the site's own pages that post to /api (the picture
 * upload) say their reader's language with `?locale=` or Accept-Language.
 */
function apiLanguage(request: IncomingMessage): Locale {
  const asked = /[?&]locale=([a-z]{2})(?:&|$)/.exec(request.url ?? '')?.[1];
  if (asked && isLocale(asked)) return asked;
  const accepted = request.headers['accept-language'];
  return accepted ? negotiateLocale(accepted) : 'en';
}

function readerLanguage(request: IncomingMessage): Locale {
  return localeOfPath(request.url) ?? negotiateLocale(request.headers['accept-language']);
}

/** A body is read and thrown away up to this size, so the client can read the refusal; beyond it, the connection is cut. */
const DISCARD_BYTES = 16 * MAX_BODY_BYTES;

/** A refusal as a page: plain HTML with no script and no style, so the script policy has nothing to allow. */
function refusalPage(locale: Locale, text: string, back: string): string {
  return (
    `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escape(text)} — Zvezda</title></head><body><main id="main"><h1>${escape(text)}</h1>` +
    `<p><a href="/${locale}/heroes">${escape(back)}</a></p></main></body></html>\n`
  );
}

function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal) {
  const messages = CATALOGUES[readerLanguage(request)];
  const answer = () => {
    if (response.headersSent) return;
    response.statusCode = refusal.status;
    response.setHeader('Connection', 'close');
    const text = messages.errors[refusal.key];
    // Programs read /api: JSON, like the API's own errors. People get a page of the site's, in their language.
    if (request.url?.startsWith('/api/')) {
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.end(JSON.stringify({ error: CATALOGUES[apiLanguage(request)].errors[refusal.key] }));
      return;
    }
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(refusalPage(readerLanguage(request), text, messages.notFound.back));
  };
  let discarded = 0;
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > Math.max(DISCARD_BYTES, refusal.discard ?? 0)) request.destroy();
  });
  request.on('end', answer);
  request.on('error', () => {});
}

/**
 * Forgets every page and piece of data this process has cached and every invalidation it has
 * learnt (lib/cache-handlers/tag-state.cjs): for a database replaced under the running site.
 */
export function forgetCaches(): Promise<void> {
  return tagState().forget();
}

export async function createSiteServer(options: { dev: boolean; port: number; host?: string }): Promise<Server> {
  const origin = siteOrigin();
  // Auth.js builds every link from AUTH_URL when it is set, never from the request's Host.
  process.env.AUTH_URL = origin.origin;
  const trust = compileTrustedProxies(env.TRUSTED_PROXIES);
  const headerOptions = {
    https: origin.protocol === 'https:',
    dev: options.dev,
    formTargets: [
      ...(env.AUTH_GITHUB_ID ? ['https://github.com'] : []),
      ...(env.AUTH_GOOGLE_ID ? ['https://accounts.google.com'] : []),
    ],
  };
  // The address Next gives itself. It fetches its own pages there (a server action's redirect),
  // and serves a middleware rewrite itself only when the rewrite names that address; any other
  // it fetches over HTTP, as another site's. Next's middleware calls every loopback address
  // "localhost", so on loopback, and on all interfaces (which include it), Next is told
  // "localhost": the list and history rewrites in proxy.ts are then served in this process.
  const loopback = !options.host || ['0.0.0.0', '::', '127.0.0.1', 'localhost'].includes(options.host);
  const hostname = loopback ? 'localhost' : options.host;
  // Next's own compression is off (next.config.js): the HTML must be complete and readable here
  // to get its policy, and is compressed after that.
  const compress = compression() as unknown as (
    request: IncomingMessage,
    response: ServerResponse,
    next: () => void,
  ) => void;
  const app = next({ dev: options.dev, dir: PROJECT_ROOT, hostname, port: options.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const pages = createPageCache({ maxBytes: PAGE_CACHE_BYTES, generation: () => tagState().generation() });

  const isReady = createReadinessCheck(env.DATABASE_URL);

  const requestTimeout = env.REQUEST_TIMEOUT_SECONDS * 1000;
  // Node looks for requests over their time every connectionsCheckingInterval (30 s by default).
  const server = createServer(
    { requestTimeout, connectionsCheckingInterval: Math.min(30_000, Math.ceil(requestTimeout / 2)) },
    (request, response) => {
      resolveClientAddress(request, trust);
      const nonce = newNonce();
      const headers = securityHeaders(nonce, headerOptions);
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
      if (answerProbe(request, response, isReady)) return;
      keepInternalHeadersInside(response);
      const refusal = refusalOf(request, origin);
      if (refusal) return refuse(request, response, refusal);
      // Next reads the nonce from the request's policy and puts it on every script it renders.
      if (rendersWithNonce(request.url ?? '/'))
        request.headers['content-security-policy'] = headers['Content-Security-Policy'];
      else delete request.headers['content-security-policy'];
      void serve(request, response, nonce);
    },
  );
  // Node's HTTP client drops an idle connection after 5 s, and so did this server: a request sent
  // on a connection just as the server closed it was reset (ECONNRESET). Reverse proxies keep
  // connections longer still.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = Math.min(66_000, requestTimeout);
  return server;

  async function serve(request: IncomingMessage, response: ServerResponse, nonce: string) {
    // A page must not be served from cache before this instance has learnt of every change
    // committed before the request arrived (lib/cache-handlers/tag-state.cjs).
    if (!request.url?.startsWith('/_next/static/')) await tagState().sync();
    const generation = tagState().generation();
    // What one person typed is never a page to keep for others.
    const typed = isFormForItsPage(request);
    if (typed) {
      try {
        await formAsQuery(request);
      } catch {
        // The client went away while sending the form: nobody is left to answer.
        request.destroy();
        return;
      }
    }
    const key = options.dev || typed ? null : keyOf(request);
    if (key !== null && pages.answer(key, request, response, nonce, generation)) return;
    compress(request, response, () => {
      holdHtmlForPolicy(request, response, nonce, headerOptions, (html) => {
        // An invalidation learnt while Next answered may have come too late for this answer.
        if (key !== null && request.method === 'GET' && tagState().generation() === generation)
          pages.keep(key, response, html, generation);
      });
      handle(request, response).catch((error: unknown) => {
        console.error(error);
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
    });
  }
}
