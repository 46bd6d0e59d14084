// Derivatives by their content-addressed key. Approved: public and cached for a year (the name is
// the content, so it never goes stale). Pending: moderators only, never cached.
import { getActor } from '@/lib/auth';
import { getMediaFile } from '@/lib/media/media';


export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const actor = await getActor();
  const file = await getMediaFile(actor, key.join('/'));
  if (!file) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  return new Response(new Uint8Array(file.body), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.body.length),
      'Cache-Control': file.public ? 'public, max-age=31536000, immutable' : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
