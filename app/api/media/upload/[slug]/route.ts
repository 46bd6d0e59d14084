// The image upload: a route handler, not a server action, because a photograph is far larger than
// the 1 MB a server action may carry (server/server.ts allows this path 32 MB).
import { uploadMedia } from '@/lib/media/media';
import { respondToUpload } from '../respond';

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return respondToUpload(request, (actor, file, fields) => uploadMedia(actor, slug, file, fields));
}
