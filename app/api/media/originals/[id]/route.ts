// The file exactly as uploaded, GPS and all: moderators only, downloaded rather than shown inline,
// and never cached.
import { getActor } from '@/lib/auth';
import { getOriginal } from '@/lib/media/media';
import { can } from '@/lib/permissions';
import { mediaNotFound } from '../../file-response';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!can(actor, 'review:submission:any')) return mediaNotFound();
  const original = await getOriginal(actor, id);
  if (!original) return mediaNotFound();
  return new Response(new Uint8Array(original.body), {
    headers: {
      'Content-Type': original.contentType,
      'Content-Disposition': `attachment; filename="${original.fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
