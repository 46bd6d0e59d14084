// Redirects stay on the site: an open redirect turns a trusted link into a phishing one.
/**
 * Where Auth.js may send a browser: a path of this site only. Another origin, and "//host" or
 * "/\\host" (which a browser reads as another host), become the home page. Kept relative so the
 * browser stays on the host it used.
 */
export function sameSitePath(url: string, baseUrl: string): string {
  let target: URL;
  try {
    target = new URL(url, baseUrl);
  } catch {
    return '/';
  }
  if (target.origin !== new URL(baseUrl).origin) return '/';
  return `${target.pathname.replace(/^[/\\]+/, '/')}${target.search}`;
}
