import { PUBLIC_API_HEADERS } from '@/lib/exports/licence';
import { exportJsonSchema } from '@/lib/exports/schemas';

export function GET() {
  return new Response(JSON.stringify(exportJsonSchema(), null, 2), {
    headers: {
      ...PUBLIC_API_HEADERS,
      'Content-Type': 'application/schema+json',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
