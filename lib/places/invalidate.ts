import type { Prisma } from '../generated/prisma/client';
import { CACHE_TAGS, heroTags, invalidateTags } from '../cache';

type Tx = Prisma.TransactionClient;

/**
 * Every page that shows these places: each one's own page, the collection maps, each Hero tied to
 * one (his profile's Places section), and the pages of places within one (their hierarchy). One
 * read and one write for all of them: the seed invalidates the whole gazetteer at once.
 */
export async function invalidatePlaces(tx: Tx, placeIds: readonly string[]): Promise<void> {
  if (placeIds.length === 0) return;
  const places = await tx.place.findMany({
    where: { id: { in: [...placeIds] } },
    select: {
      id: true,
      children: { select: { id: true } },
      births: { select: { id: true } },
      deaths: { select: { id: true } },
      burials: { select: { id: true } },
      firstBurials: { select: { id: true } },
      callUps: { select: { id: true } },
      feats: { select: { id: true } },
      battles: { select: { heroId: true } },
      memorials: { select: { heroId: true } },
      unitPathPoints: { select: { unit: { select: { slug: true } } } },
    },
  });
  if (places.length === 0) return;
  const heroIds = new Set<string>();
  const tags: string[] = [CACHE_TAGS.places];
  for (const place of places) {
    for (const h of [place.births, place.deaths, place.burials, place.firstBurials, place.callUps, place.feats].flat())
      heroIds.add(h.id);
    for (const b of [...place.battles, ...place.memorials]) heroIds.add(b.heroId);
    tags.push(
      CACHE_TAGS.place(place.id),
      ...place.children.map((c) => CACHE_TAGS.place(c.id)),
      ...place.unitPathPoints.map((p) => CACHE_TAGS.unit(p.unit.slug)),
    );
  }
  tags.push(...(await heroTags(tx, [...heroIds])));
  await invalidateTags(tx, tags);
}
