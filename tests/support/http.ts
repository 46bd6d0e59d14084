import { inject } from 'vitest';

export async function getPage(pathname: string, init: RequestInit = {}): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(`${inject('baseUrl')}${pathname}`, { redirect: 'manual', ...init });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

export async function getJson<T = unknown>(pathname: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${inject('baseUrl')}${pathname}`);
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
