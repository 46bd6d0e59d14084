// Holds back an HTML response until it is complete, then sends it with the script policy that
// fits it (lib/security/inline-scripts.ts): the nonce for a page rendered for this request,
// hashes for a page served from cache. Pages are small; holding one back costs a few
// milliseconds of first byte and lets a cached page carry a strict policy.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inspectScripts } from '../../lib/security/inline-scripts';
import { contentSecurityPolicy, type HeaderOptions } from '../../lib/security/headers';

const policies = new Map<string, string>();
const MAX_POLICIES = 2000;
const warned = new Set<string>();

function policyFor(html: string, nonce: string, options: HeaderOptions): string {
  const scripts = inspectScripts(html, nonce);
  for (const snippet of scripts.refused) {
    if (warned.has(snippet)) continue;
    warned.add(snippet);
    console.warn(`[zvezda csp] an inline script of unknown shape gets no hash and will not run: ${JSON.stringify(snippet)}`);
  }
  return contentSecurityPolicy(scripts.allNonced ? { nonce } : { nonce, hashes: scripts.hashes }, options);
}

/** The same cached page is served many times: its policy is worked out once. */
function cachedPolicyFor(html: string, nonce: string, options: HeaderOptions): string {
  if (html.includes(`nonce="${nonce}"`)) return policyFor(html, nonce, options);
  const key = createHash('sha1').update(html).digest('base64');
  let policy = policies.get(key);
  if (!policy) {
    policy = policyFor(html, nonce, options).replace(`'nonce-${nonce}'`, "'nonce-{NONCE}'");
    if (policies.size >= MAX_POLICIES) policies.delete(policies.keys().next().value!);
    policies.set(key, policy);
  }
  return policy.replace("'nonce-{NONCE}'", `'nonce-${nonce}'`);
}

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;
type End = (chunk?: unknown, encoding?: unknown, callback?: unknown) => ServerResponse;

export function holdHtmlForPolicy(request: IncomingMessage, response: ServerResponse, nonce: string, options: HeaderOptions): void {
  if (request.method !== 'GET') return;
  const write = response.write.bind(response) as Write;
  const end = response.end.bind(response) as End;
  const writeHead = response.writeHead.bind(response);
  const chunks: Buffer[] = [];
  let held: boolean | undefined;
  let head: Parameters<typeof writeHead> | undefined;

  const isHtml = () => (held ??= /^text\/html/i.test(String(response.getHeader('content-type') ?? '')) && !response.getHeader('content-encoding'));
  const toBuffer = (chunk: unknown, encoding: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding) : Buffer.from(chunk as Uint8Array);

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
    const body = Buffer.concat(chunks);
    response.setHeader('Content-Security-Policy', cachedPolicyFor(body.toString('utf8'), nonce, options));
    response.removeHeader('Transfer-Encoding');
    response.setHeader('Content-Length', body.length);
    const status = head?.[0] ?? response.statusCode;
    response.writeHead = writeHead;
    writeHead(status);
    return end(body, typeof chunk === 'function' ? chunk : typeof encoding === 'function' ? encoding : callback);
  }) as typeof response.end;

  function passThrough() {
    response.write = write as typeof response.write;
    response.end = end as typeof response.end;
    response.writeHead = writeHead;
    if (head) writeHead(...head);
    return { write, end };
  }
}
