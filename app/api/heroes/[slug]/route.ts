import { licenceField, PUBLIC_API_HEADERS } from '@/lib/exports/licence';
import { NextResponse } from 'next/server';
import { getPublicHeroRecord } from '@/lib/heroes/api';
import { SlugSchema } from '@/lib/heroes/schemas';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!SlugSchema.safeParse(slug).success) {
    return NextResponse.json(
      { error: 'Not a valid hero slug: use lowercase letters, digits and hyphens.' },
      { status: 400 },
    );
  }
  const hero = await getPublicHeroRecord(slug);
  if (!hero) return NextResponse.json({ error: `No hero with the slug "${slug}".` }, { status: 404 });
  return NextResponse.json({ ...hero, license: licenceField() }, { headers: PUBLIC_API_HEADERS });
}
