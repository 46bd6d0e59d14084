import { headers } from 'next/headers';
import { NextResponse, type NextRequest } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { describeIssuesForApi } from '@/lib/i18n/errors';
import { EXPORT_CONTENT_TYPES, exportVersion, streamExport } from '@/lib/exports/export';
import { PUBLIC_API_HEADERS } from '@/lib/exports/licence';
import { takeExportAllowance } from '@/lib/exports/rate-limit';
import { ExportQuerySchema } from '@/lib/exports/schemas';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-address';

// The body is streamed as it is read from the database; the site server compresses it
// (gzip or brotli as the client accepts) on the way out.
export async function GET(request: NextRequest) {
  const parsed = ExportQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams.entries()));
  if (!parsed.success) {
    return NextResponse.json(
      { error: await describeIssuesForApi(parsed.error.issues) },
      { status: 400, headers: PUBLIC_API_HEADERS },
    );
  }
  const { format } = parsed.data;
  const etag = `"export-${format}-${await exportVersion(db)}"`;
  const common = { ...PUBLIC_API_HEADERS, ETag: etag, 'Cache-Control': 'public, max-age=300', Vary: 'Accept-Encoding' };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: common });
  const wait = await takeExportAllowance((await headers()).get(CLIENT_ADDRESS_HEADER) ?? 'unresolved');
  if (wait !== null) {
    const t = await getTranslations({ locale: 'en', namespace: 'openData' });
    return NextResponse.json(
      { error: t('rateLimited', { seconds: wait }) },
      { status: 429, headers: { ...PUBLIC_API_HEADERS, 'Retry-After': String(wait) } },
    );
  }
  const chunks = streamExport(db, format);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      ...common,
      'Content-Type': EXPORT_CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${format === 'geojson' ? 'zvezda-places.geojson' : `zvezda-heroes.${format}`}"`,
    },
  });
}
