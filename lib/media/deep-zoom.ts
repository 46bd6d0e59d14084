// The deep-zoom tiles of an image, served under /api/media/iiif/<hash>/…: the same rule as the
// derivatives (public once an approved, not-removed item uses the set; moderators only before),
// and info.json carrying the site's own address, so it works behind any SITE_URL.
import { db } from '../db';
import { siteOrigin } from '../env';
import { can, type Actor } from '../permissions';
import { mediaStorage, type MediaStorage } from './storage';
import type { ServedFile } from './media';
import { DEEP_ZOOM_PATH, DEEP_ZOOM_VARIANT, infoJsonFor, infoKey, tileContentType, tileKeyFromPath } from './tiles';

/**
 * A file of a tile set, by the path a IIIF viewer asks for. `actor` is asked for only when the
 * set is not public: the tiles of an approved document are requested by the hundred.
 */
export async function getDeepZoomFile(
  segments: string[],
  actor: () => Promise<Actor>,
  storage: MediaStorage = mediaStorage(),
): Promise<ServedFile | null> {
  const [hash = '', ...rest] = segments;
  const key = tileKeyFromPath(hash, rest.join('/'));
  if (!key) return null;
  const uses = await db.mediaFile.findMany({
    where: { key: infoKey(hash), variant: DEEP_ZOOM_VARIANT },
    select: { media: { select: { status: true, removedAt: true } } },
  });
  if (uses.length === 0) return null;
  const isPublic = uses.some((use) => use.media.status === 'APPROVED' && !use.media.removedAt);
  if (!isPublic && !can(await actor(), 'review:submission:any')) return null;
  const body = await storage.get(key);
  if (!body) return null;
  const contentType = tileContentType(key);
  if (key.endsWith('/info.json'))
    return {
      body: infoJsonFor(body, `${siteOrigin().origin}${DEEP_ZOOM_PATH}/${hash}`),
      contentType,
      public: isPublic,
    };
  return { body, contentType, public: isPublic };
}
