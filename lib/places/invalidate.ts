import type { Prisma } from '../generated/prisma/client';
import { CACHE_TAGS, heroTags, invalidateTags } from '../cache';

type Tx = Prisma.TransactionClient;

/**
 * Every page that shows this place: its own page, the collection maps, each Hero tied to it
 * (his profile's Places section), and the pages of places within it (their hierarchy).
 */
export async function invalidatePlace(tx: Tx, placeId: string): Promise<void> {
  const place = await tx.place.findUnique({
    where: { id: placeId },
    select: {
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
  if (!place) return;
  const heroIds = new Set([
    ...[place.births, place.deaths, place.burials, place.firstBurials, place.callUps, place.feats]
      .flat()
      .map((h) => h.id),
    ...place.battles.map((b) => b.heroId),
    ...place.memorials.map((m) => m.heroId),
  ]);
  const tags = [
    CACHE_TAGS.place(placeId),
    CACHE_TAGS.places,
    ...place.children.map((c) => CACHE_TAGS.place(c.id)),
    ...place.unitPathPoints.map((p) => CACHE_TAGS.unit(p.unit.slug)),
  ];
  for (const heroId of heroIds) tags.push(...(await heroTags(tx, heroId)));
  await invalidateTags(tx, tags);
}
