import { currentSite } from './site';

export async function getPage(
  pathname: string,
  init: RequestInit = {},
): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(`${currentSite().url}${pathname}`, { redirect: 'manual', ...init });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

export async function getJson<T = unknown>(pathname: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${currentSite().url}${pathname}`);
  return { status: response.status, body: (await response.json()) as T };
}

/** The visible text of an HTML page, tags stripped and entities decoded, for plain assertions. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A request sent from another loopback address (127.x.y.z), so that the site sees a client of
 * its own: rate-limit counters live in the database, keyed by the client's address.
 */
export async function fetchFrom(
  localAddress: string,
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; text: string; headers: Record<string, string | string[] | undefined> }> {
  const request = new Request(url, init);
  const body = init.body === undefined ? undefined : Buffer.from(await request.arrayBuffer());
  const headers: Record<string, string> = Object.fromEntries(request.headers.entries());
  if (body) headers['content-length'] = String(body.length);
  const { request: send } = await import('node:http');
  return new Promise((resolve, reject) => {
    // A connection of its own for each request: Node's shared agent keeps sockets alive, and one
    // the server closes for idleness (after 5 s) just as it is reused answers "socket hang up".
    const outgoing = send(url, { method: request.method, headers, localAddress, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text, headers: response.headers }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
