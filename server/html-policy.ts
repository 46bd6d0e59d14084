// Holds back an HTML response until it is complete, then sends it with the script policy that
// fits it (lib/security/inline-scripts.ts): the nonce for a page rendered for this request,
// hashes for a page served from cache. Pages are small; holding one back costs a few
// milliseconds of first byte and lets a cached page carry a strict policy.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inspectScripts } from '../lib/security/inline-scripts';
import { contentSecurityPolicy, type HeaderOptions } from '../lib/security/headers';
import { withNotFoundText } from './not-found-fallback';

const policies = new Map<string, string>();
const MAX_POLICIES = 2000;
const warned = new Set<string>();
// Never a real nonce (those are base64): a page judged with it has no script that carries it.
const PLACEHOLDER = '{NONCE}';

function policyFor(html: string, nonce: string, options: HeaderOptions): string {
  const scripts = inspectScripts(html, nonce);
  for (const snippet of scripts.refused) {
    if (warned.has(snippet)) continue;
    warned.add(snippet);
    console.warn(
      `[zvezda csp] an inline script of unknown shape gets no hash and will not run: ${JSON.stringify(snippet)}`,
    );
  }
  return contentSecurityPolicy(scripts.allNonced ? { nonce } : { nonce, hashes: scripts.hashes }, options);
}

/**
 * The same cached page is served many times: its policy is worked out once. A page that carries
 * this request's nonce was rendered for it and is judged alone. Any other page was rendered
 * before, perhaps for another request whose nonce its scripts still carry (the static shell Next
 * keeps of a page it renders per request), so it is allowed by hashes, never by a nonce; its
 * policy is also returned as a template for any later request (withNonce).
 */
function cachedPolicyFor(html: string, nonce: string, options: HeaderOptions): { policy: string; template?: string } {
  if (html.includes(`nonce="${nonce}"`)) return { policy: policyFor(html, nonce, options) };
  const key = createHash('sha1').update(html).digest('base64');
  let template = policies.get(key);
  if (!template) {
    template = policyFor(html, PLACEHOLDER, options);
    if (policies.size >= MAX_POLICIES) policies.delete(policies.keys().next().value!);
    policies.set(key, template);
  }
  return { policy: withNonce(template, nonce), template };
}

/** A policy worked out for a cached page, for this request. */
export function withNonce(template: string, nonce: string): string {
  return template.replace(`'nonce-${PLACEHOLDER}'`, `'nonce-${nonce}'`);
}

/** A complete HTML answer as it leaves the server, for page-cache.ts to keep. */
export type FinishedHtml = {
  status: number;
  body: Buffer;
  /** Present only for a page that was not rendered for this request (see cachedPolicyFor). */
  policyTemplate?: string;
};

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

export function holdHtmlForPolicy(
  request: IncomingMessage,
  response: ServerResponse,
  nonce: string,
  options: HeaderOptions,
  onFinished?: (html: FinishedHtml) => void,
): void {
  if (request.method !== 'GET') return;
  const write = response.write.bind(response) as Write;
  const end = response.end.bind(response) as End;
  const writeHead = response.writeHead.bind(response);
  const chunks: Buffer[] = [];
  let held: boolean | undefined;
  let head: Parameters<typeof writeHead> | undefined;

  const isHtml = () =>
    (held ??=
      /^text\/html/i.test(String(response.getHeader('content-type') ?? '')) && !response.getHeader('content-encoding'));
  const toBuffer = (chunk: unknown, encoding: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding)
        : Buffer.from(chunk as Uint8Array);

  response.writeHead = ((...args: Parameters<typeof writeHead>) => {
    head = args;
    // Headers given to writeHead decide whether this is HTML; keep them until the end.
    const headers = args.find((arg) => typeof arg === 'object' && arg !== null) as Record<string, unknown> | undefined;
    if (headers) for (const [name, value] of Object.entries(headers)) response.setHeader(name, value as string);
    return response;
  }) as typeof response.writeHead;
  response.flushHeaders = () => {};
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    if (!isHtml()) return passThrough().write(chunk, encoding, callback);
    chunks.push(toBuffer(chunk, encoding));
    if (typeof encoding === 'function') (encoding as () => void)();
    else if (typeof callback === 'function') (callback as () => void)();
    return true;
  }) as typeof response.write;
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (!isHtml()) return passThrough().end(chunk, encoding, callback);
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, encoding));
    const status = head?.[0] ?? response.statusCode;
    const html = withNotFoundText(Buffer.concat(chunks).toString('utf8'), status, request.url ?? '/');
    const body = Buffer.from(html, 'utf8');
    const { policy, template } = cachedPolicyFor(html, nonce, options);
    response.setHeader('Content-Security-Policy', policy);
    response.removeHeader('Transfer-Encoding');
    response.setHeader('Content-Length', body.length);
    onFinished?.({ status, body, policyTemplate: template });
    response.writeHead = writeHead;
    writeHead(status);
    return end(body, typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback);
  }) as typeof response.end;

  function passThrough() {
    response.write = write as typeof response.write;
    response.end = end as typeof response.end;
    response.writeHead = writeHead;
    // A 304 tells the browser to use the page it keeps, and the headers it carries replace the
    // kept ones: a fresh policy here would not fit the kept page's scripts. Without one, the
    // policy that came with that page stays.
    if ((head?.[0] ?? response.statusCode) === 304) response.removeHeader('Content-Security-Policy');
    if (head) writeHead(...head);
    return { write, end };
  }
}
