// A IIIF Image API 3 level-0 service for deep zoom: /api/media/iiif/<hash>/info.json and the tiles
// it names. Approved: public and cached for a year (the hash is the content). Pending: moderators
// only, never cached.
import { getActor } from '@/lib/auth';
import { getDeepZoomFile } from '@/lib/media/deep-zoom';

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const file = await getDeepZoomFile(path, getActor);
  if (!file) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.length),
      'Cache-Control': file.public ? 'public, max-age=31536000, immutable' : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      // IIIF clients on other sites may read the tiles of a public document.
      ...(file.public ? { 'Access-Control-Allow-Origin': '*' } : {}),
    },
  });
}
