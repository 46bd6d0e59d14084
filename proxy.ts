// Locale routing: "/" and unprefixed paths go to /tg, /ru or /en by the browser's language. Before
// that, a form post whose body does not parse is refused here with a 400 in the reader's
// language; Next would answer it with a 500 ("Failed to parse body as FormData"). The list of
// Heroes, a Hero's history and the views of the collection's maps are sent to their cached views.
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import en from './messages/en.json';
import ru from './messages/ru.json';
import tg from './messages/tg.json';
import { DEFAULT_LOCALE, localeOfPath } from './lib/i18n/locale';
import { listViewOfSearch } from './lib/heroes/list-view';
import { historyPageOfSearch } from './lib/revisions/history-view';
import { isMapView } from './lib/places/collection';

const intl = createMiddleware(routing);

const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i;

async function unreadableForm(request: NextRequest): Promise<boolean> {
  if (request.method !== 'POST' || !FORM_TYPES.test(request.headers.get('content-type') ?? '')) return false;
  try {
    await request.clone().formData();
    return false;
  } catch {
    return true;
  }
}

/**
 * A rewrite within the site, served by Next in the same process: the address Next is given
 * (server/server.ts) is the one its middleware names in `nextUrl`.
 */
function within(pathname: string, request: NextRequest): NextResponse {
  const url = request.nextUrl.clone();
  url.pathname = pathname;
  url.search = '';
  return NextResponse.rewrite(url);
}

export default async function proxy(request: NextRequest) {
  if (await unreadableForm(request)) {
    const messages = { en, ru, tg }[localeOfPath(request.nextUrl.pathname) ?? DEFAULT_LOCALE];
    return new NextResponse(`${messages.errors.malformedForm}\n`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const list = /^\/(en|ru|tg)\/heroes\/?$/.exec(request.nextUrl.pathname);
  if (list && (request.method === 'GET' || request.method === 'HEAD')) {
    // The list is a cached page per view (lib/heroes/list-view.ts); any other query renders per request.
    const view = listViewOfSearch(request.nextUrl.searchParams);
    if (view) return within(`/${list[1]}/list-views/${view}`, request);
  }
  const history = /^\/(en|ru|tg)\/heroes\/([a-z0-9-]+)\/history\/?$/.exec(request.nextUrl.pathname);
  if (history && (request.method === 'GET' || request.method === 'HEAD')) {
    // A plain history page is cached per page number (lib/revisions/history-view.ts).
    const page = historyPageOfSearch(request.nextUrl.searchParams);
    if (page !== null) return within(`/${history[1]}/heroes/${history[2]}/history-pages/${page}`, request);
  }
  const maps = /^\/(en|ru|tg)\/maps\/?$/.exec(request.nextUrl.pathname);
  if (maps && (request.method === 'GET' || request.method === 'HEAD')) {
    // Each view of the collection's maps is a cached page; an unknown view shows the first.
    const view = request.nextUrl.searchParams.get('view');
    if (isMapView(view)) return within(`/${maps[1]}/map-views/${view}`, request);
  }
  return intl(request);
}

export const config = {
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
