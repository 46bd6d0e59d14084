// The protections every response carries. Pages get a Content-Security-Policy with a fresh nonce
// per request: Next puts the nonce on its own scripts (it reads it from the request's policy), so
// an injected inline script, which cannot know the nonce, does not run.
import { randomBytes } from 'node:crypto';

export type HeaderOptions = {
  /** The site's public origin: HSTS and upgrade-insecure-requests only when it is https. */
  https: boolean;
  /** Origins a sign-in form may hand over to (OAuth providers that are switched on). */
  formTargets?: readonly string[];
  /** Next's development server evaluates code; production never does. */
  dev?: boolean;
};

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Scripts a page may run: those carrying this request's nonce (and, with 'strict-dynamic', what
 * they load), or, for a page served from cache, its own inline scripts by hash (inline-scripts.ts)
 * and the site's own script files.
 */
export type ScriptSources = { nonce: string; hashes?: readonly string[] };

function scriptSources({ nonce, hashes }: ScriptSources): string {
  if (hashes === undefined) return `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  return [`'self'`, `'nonce-${nonce}'`, ...hashes].join(' ');
}

export function contentSecurityPolicy(scripts: ScriptSources, options: HeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources(scripts)}${options.dev ? " 'unsafe-eval'" : ''}`,
    // React sets style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${options.formTargets?.length ? ` ${options.formTargets.join(' ')}` : ''}`,
    "frame-ancestors 'none'",
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Every response: what the browser should refuse whatever the page is. */
export function securityHeaders(nonce: string, options: HeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ nonce }, options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // The archive reads and shows text and pictures; nothing here needs a device.
    'Permissions-Policy':
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

/**
 * Pages where a signed-in person acts, rendered for each request: Next puts this request's nonce
 * on their scripts. Every other page may be served from cache, rendered before the request, so
 * it is never given a nonce (reading it would make Next render the page for every request); its
 * inline scripts are allowed by hash instead (inline-scripts.ts).
 */
const NONCE_PAGES =
  /^\/[a-z]{2}\/(account|admin|moderation|sign-in|heroes\/new|heroes\/[^/]+\/(propose|add|media|memories))(\/|$|\?)/;

export function rendersWithNonce(url: string): boolean {
  return NONCE_PAGES.test(url);
}
