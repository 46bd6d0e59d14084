import { describeIssuesForApi } from '@/lib/i18n/errors';
import { NextResponse, type NextRequest } from 'next/server';
import { searchHeroes } from '@/lib/search/search';
import { SearchQuerySchema } from '@/lib/search/schemas';

export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams.entries());
  const parsed = SearchQuerySchema.safeParse(params);
  if (!parsed.success) {
    return NextResponse.json({ error: await describeIssuesForApi(parsed.error.issues) }, { status: 400 });
  }
  const locale = params.locale === 'ru' ? 'ru' : 'en';
  const { results, total } = await searchHeroes(parsed.data, locale);
  return NextResponse.json({ results, total });
}
