// Locale routing: "/" and unprefixed paths go to /tg, /ru or /en by the browser's language. Before
// that, a form post whose body does not parse is refused here with a 400 in the reader's
// language; Next would answer it with a 500 ("Failed to parse body as FormData").
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import en from './messages/en.json';
import ru from './messages/ru.json';
import tg from './messages/tg.json';
import { DEFAULT_LOCALE, localeOfPath } from './lib/i18n/locale';

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

export default async function proxy(request: NextRequest) {
  if (await unreadableForm(request)) {
    const messages = { en, ru, tg }[localeOfPath(request.nextUrl.pathname) ?? DEFAULT_LOCALE];
    return new NextResponse(`${messages.errors.malformedForm}\n`, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  return intl(request);
}

export const config = {
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
