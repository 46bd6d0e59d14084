import { NextResponse, type NextRequest } from 'next/server';
import { searchHeroes } from '@/lib/search/search';
import { SearchQuerySchema } from '@/lib/search/schemas';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams.entries());
  const parsed = SearchQuerySchema.safeParse(params);
  if (!parsed.success) {
    return NextResponse.json({ error: parsed.error.issues.map((issue) => issue.message).join('; ') }, { status: 400 });
  }
  const locale = params.locale === 'ru' ? 'ru' : 'en';
  const { results, total } = await searchHeroes(parsed.data, locale);
  return NextResponse.json({ results, total });
}
