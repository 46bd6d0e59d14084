// Cache tags: the one list of names that a page's cached data carries and a write invalidates,
// so that both agree. Invalidation is a row in "CacheTag" plus a NOTIFY, written in the same
// transaction as the change: every instance of the site (lib/cache-handlers/) sees it on its
// next request, whoever made the change (a server action, a script, a test).
import type { Prisma } from './generated/prisma/client';

export const CACHE_TAGS = {
  /** Anything that lists Heroes: the list, help, search. */
  archive: 'archive',
  /**
   * How many published Heroes there are (the home page, the list's page count). Written by the
   * database itself when a transaction that changed a count commits (triggers on "Hero" and
   * "HeroTally", migrations *_hero_tally*): an approval that corrects a date leaves the home page cached.
   */
  counts: 'counts',
  /** The collection's own texts: its count, sources and caveats (home, about). */
  collection: 'collection',
  /** The names not yet identified (their page), written by the seed. */
  candidates: 'candidates',
  hero: (slug: string) => `hero:${slug}`,
  unit: (slug: string) => `unit:${slug}`,
  battle: (slug: string) => `battle:${slug}`,
  /** Every page that shows places as a whole: place pages' Hero lists, collection maps, the GeoJSON. */
  places: 'places',
  /** One place's page (lib/places): its names, its point, its hierarchy. */
  place: (id: string) => `place:${id}`,
} as const;

const CACHE_CHANNEL = 'zvezda_cache_tags';

type Tx = Prisma.TransactionClient;

/**
 * The tags of everything that shows these Heroes: each profile and history, their units and
 * battles, lists. One read for all of them: a place or a text can be shown by many Heroes.
 */
export async function heroTags(tx: Tx, heroIds: readonly string[]): Promise<string[]> {
  if (heroIds.length === 0) return [];
  const heroes = await tx.hero.findMany({
    where: { id: { in: [...heroIds] } },
    select: {
      slug: true,
      services: { select: { unit: { select: { slug: true } } } },
      battles: { select: { battle: { select: { slug: true } } } },
    },
  });
  if (heroes.length === 0) return [CACHE_TAGS.archive];
  return [
    CACHE_TAGS.archive,
    // Place pages and collection maps list the Heroes born, called up, fallen or buried there.
    CACHE_TAGS.places,
    ...heroes.flatMap((hero) => [
      CACHE_TAGS.hero(hero.slug),
      ...hero.services.map((service) => CACHE_TAGS.unit(service.unit.slug)),
      ...hero.battles.map((participation) => CACHE_TAGS.battle(participation.battle.slug)),
    ]),
  ];
}

export async function invalidateTags(tx: Tx, tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "CacheTag" ("tag", "expiredAt")
    SELECT unnest(${unique}::text[]), clock_timestamp()
    ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = EXCLUDED."expiredAt", "seq" = nextval(pg_get_serial_sequence('"CacheTag"', 'seq'))`;
  // A NOTIFY payload holds at most 8,000 bytes: a large write (an import) tells the others in slices.
  for (let i = 0; i < unique.length; i += NOTIFY_SLICE) {
    await tx.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${JSON.stringify(unique.slice(i, i + NOTIFY_SLICE))})`;
  }
}

const NOTIFY_SLICE = 100;

export async function invalidateHero(tx: Tx, heroId: string): Promise<void> {
  await invalidateTags(tx, await heroTags(tx, [heroId]));
}
