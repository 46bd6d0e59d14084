// The public face of approved images: only what a visitor may see, nothing of the original, the
// uploader or the moderation. Each read is its own function so it can carry a cache tag.
import { db } from '../db';
import { DEEP_ZOOM_VARIANT, deepZoomUrl } from './tiles';
import { DOCUMENT_KINDS, metadataSelect } from './schemas';

const PUBLIC_SELECT = {
  id: true,
  ...metadataSelect,
  width: true,
  height: true,
  placeholder: true,
  isPortrait: true,
  files: { select: { variant: true, key: true, width: true, height: true } },
} as const;

type Row = Awaited<ReturnType<typeof db.mediaItem.findMany<{ select: typeof PUBLIC_SELECT }>>>[number];

type PublicImageSource = { url: string; width: number; height: number };
export type PublicMedia = Omit<Row, 'files'> & {
  webp: PublicImageSource[];
  jpeg: PublicImageSource[];
  /** The largest JPEG, for the full-screen view. */
  large: PublicImageSource;
  /** The IIIF info.json of its deep-zoom tiles, when it has them. */
  deepZoom: string | null;
};

function toPublic({ files, ...item }: Row): PublicMedia {
  const of = (format: 'webp' | 'jpeg') =>
    files
      .filter((f) => f.variant.endsWith(`.${format}`))
      .map((f) => ({ url: `/api/media/files/${f.key}`, width: f.width, height: f.height }))
      .sort((a, b) => a.width - b.width);
  const jpeg = of('jpeg');
  const tiles = files.find((f) => f.variant === DEEP_ZOOM_VARIANT);
  return { ...item, webp: of('webp'), jpeg, large: jpeg.at(-1)!, deepZoom: tiles ? deepZoomUrl(tiles.key) : null };
}

export async function listPublicMedia(heroSlug: string): Promise<PublicMedia[]> {
  const rows = await db.mediaItem.findMany({
    where: { status: 'APPROVED', removedAt: null, hero: { slug: heroSlug, published: true } },
    select: PUBLIC_SELECT,
    orderBy: [{ isPortrait: 'desc' }, { reviewedAt: 'asc' }],
  });
  return rows.map(toPublic);
}

export async function getPublicPortrait(heroSlug: string): Promise<PublicMedia | null> {
  const row = await db.mediaItem.findFirst({
    where: { status: 'APPROVED', removedAt: null, isPortrait: true, hero: { slug: heroSlug, published: true } },
    select: PUBLIC_SELECT,
  });
  return row ? toPublic(row) : null;
}

/** An approved picture still shown on the profile: what a proposal may cite as its source. */
const citable = (heroId: string) => ({ heroId, status: 'APPROVED' as const, removedAt: null });

/** The ids a proposal about this Hero may name as its source (its evidence schema checks them). */
export async function listCitableMediaIds(heroId: string): Promise<string[]> {
  const rows = await db.mediaItem.findMany({ where: citable(heroId), select: { id: true } });
  return rows.map((row) => row.id);
}

/** The pictures the proposal forms offer as a source, documents first. */
export async function listCitableMedia(heroSlug: string) {
  const hero = await db.hero.findFirst({ where: { slug: heroSlug, published: true }, select: { id: true } });
  if (!hero) return [];
  const rows = await db.mediaItem.findMany({
    where: citable(hero.id),
    select: { id: true, kind: true, caption: true, captionLanguage: true },
    orderBy: [{ reviewedAt: 'asc' }, { id: 'asc' }],
  });
  const documents = new Set<string>(DOCUMENT_KINDS);
  return [...rows.filter((row) => documents.has(row.kind)), ...rows.filter((row) => !documents.has(row.kind))];
}
