// A page that re-renders its own form from what was sent (the coordinate form's clickable map: each
// click sends the whole proposal form back to the page) reads the form as its query. Sent by GET,
// everything typed, the note to the moderator included, would stand in the address bar, the
// browser's history and every log on the way. So the page's own buttons send it by POST, without
// JavaScript too, and here the body becomes the query of the GET that Next renders: the page stays
// a plain server component that reads `searchParams`, and the address the reader sees has no field.
// Nothing is stored and nothing changes; the proposal itself is sent by its server action, which
// never comes here (it carries `Next-Action`, or its multipart body with React's action fields).
import type { IncomingMessage } from 'node:http';
import { localeOfPath } from '../lib/i18n/locale';

/** The pages whose forms are sent back to them this way, after the locale. */
const FORM_PAGES = [/^\/[a-z]{2}\/heroes\/[^/?]+\/add(?:\?|$)/];

const FORM_BODY = /^application\/x-www-form-urlencoded(?:;|$)/i;

/** Whether a request is a form sent back to its page (a POST of a form to one of FORM_PAGES, not an action). */
export function isFormForItsPage(request: IncomingMessage): boolean {
  return (
    request.method === 'POST' &&
    request.headers['next-action'] === undefined &&
    FORM_BODY.test(request.headers['content-type'] ?? '') &&
    localeOfPath(request.url) !== null &&
    FORM_PAGES.some((page) => page.test(request.url ?? ''))
  );
}

/**
 * Reads the form's body (its length was already held to the site's limit) and turns the request
 * into the GET of the same page, with the form's fields after the address's own query.
 */
export async function formAsQuery(request: IncomingMessage): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const [pathname, own = ''] = (request.url ?? '/').split('?', 2) as [string, string?];
  const query = new URLSearchParams(own);
  for (const [name, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) query.append(name, value);
  request.method = 'GET';
  request.url = `${pathname}?${query.toString()}`;
  for (const name of ['content-type', 'content-length', 'transfer-encoding']) delete request.headers[name];
}
