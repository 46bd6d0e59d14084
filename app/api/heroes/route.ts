import { licenceField, PUBLIC_API_HEADERS } from '@/lib/exports/licence';
import { describeIssuesForApi } from '@/lib/i18n/errors';
import { NextResponse, type NextRequest } from 'next/server';
import { toApiListItem } from '@/lib/heroes/api';
import { listPublicHeroes } from '@/lib/heroes/queries';
import { HeroListQuerySchema } from '@/lib/heroes/schemas';

export async function GET(request: NextRequest) {
  const params = Object.fromEntries(request.nextUrl.searchParams.entries());
  const parsed = HeroListQuerySchema.safeParse(params);
  if (!parsed.success) {
    return NextResponse.json({ error: await describeIssuesForApi(parsed.error.issues) }, { status: 400 });
  }
  const { items, total } = await listPublicHeroes(parsed.data);
  return NextResponse.json(
    {
      items: items.map(toApiListItem),
      total,
      limit: parsed.data.limit,
      offset: parsed.data.offset,
      license: licenceField(),
    },
    { headers: PUBLIC_API_HEADERS },
  );
}
