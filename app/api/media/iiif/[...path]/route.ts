// A IIIF Image API 3 level-0 service for deep zoom: /api/media/iiif/<hash>/info.json and the tiles
// it names. Approved: public and cached for a year (the hash is the content). Pending: moderators
// only, never cached.
import { getActor } from '@/lib/auth';
import { getDeepZoomFile } from '@/lib/media/deep-zoom';
import { mediaFileResponse } from '../../file-response';

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  // IIIF clients on other sites may read the tiles of a public document.
  return mediaFileResponse(await getDeepZoomFile(path, getActor), { crossOrigin: true });
}
