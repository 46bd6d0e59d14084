import { PUBLIC_API_HEADERS } from '@/lib/exports/licence';
import { describeIssuesForApi } from '@/lib/i18n/errors';
import { toLocale } from '@/i18n/routing';
import { NextResponse, type NextRequest } from 'next/server';
import { createHash } from 'node:crypto';
import { searchHeroesCached, searchPlacesCached } from '@/lib/search/cached';
import { SearchQuerySchema } from '@/lib/search/schemas';

export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams.entries());
  const parsed = SearchQuerySchema.safeParse(params);
  if (!parsed.success) {
    return NextResponse.json({ error: await describeIssuesForApi(parsed.error.issues) }, { status: 400 });
  }
  const locale = toLocale(params.locale);
  const [heroes, places] = await Promise.all([
    searchHeroesCached(parsed.data, locale),
    parsed.data.q ? searchPlacesCached(parsed.data.q, locale) : [],
  ]);
  const body = JSON.stringify({ ...heroes, places });
  // Browsers and proxies may keep an answer for a minute and then ask whether it changed.
  const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
  const headers = {
    ...PUBLIC_API_HEADERS,
    'Content-Type': 'application/json',
    'Cache-Control': 'public, max-age=60',
    ETag: etag,
  };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
