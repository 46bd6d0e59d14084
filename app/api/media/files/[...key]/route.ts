// Derivatives by their content-addressed key. Approved: public and cached for a year (the name is
// the content, so it never goes stale). Pending: moderators only, never cached.
import { getActor } from '@/lib/auth';
import { getMediaFile } from '@/lib/media/media';
import { mediaFileResponse } from '../../file-response';

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  return mediaFileResponse(await getMediaFile(await getActor(), key.join('/')));
}
