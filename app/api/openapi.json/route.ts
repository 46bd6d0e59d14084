import { NextResponse } from 'next/server';
import { PUBLIC_API_HEADERS } from '@/lib/exports/licence';
import { openApiDocument } from '@/lib/exports/openapi';

export function GET() {
  return NextResponse.json(openApiDocument(), {
    headers: { ...PUBLIC_API_HEADERS, 'Cache-Control': 'public, max-age=3600' },
  });
}
