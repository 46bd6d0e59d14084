// The public reads as pages use them: rendered once, kept by Next's 'use cache' until a write
// invalidates one of their tags (lib/cache.ts). The plain functions stay uncached for scripts,
// tests and moderators' views, which must always see the database as it is.
import { cacheLife, cacheTag } from 'next/cache';
import { wordDiff, type WordChange } from '../revisions/word-diff';
import { CACHE_TAGS } from '../cache';
import { getRevisionPair, listRevisions } from '../revisions/revisions';
import { getPublicPortrait, listPublicMedia } from '../media/public';
import { listPublicMemories } from '../memories/memories';
import { countOpenQuestionsByKind, listOpenQuestions } from './open-questions';
import type { CompletenessFact } from './completeness';
import {
  getBattle,
  getCollection,
  getHeroCounts,
  getHeroHeading,
  getPublicHero,
  getUnit,
  listPublicHeroes,
} from './queries';
import type { HeroListQuery } from './schemas';

/**
 * Everything a profile shows, in one cached read: the record, and the approved portrait,
 * pictures and family memories. One read keeps them in step when the Hero's tag is invalidated.
 */
export async function getCachedHero(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.hero(slug));
  const hero = await getPublicHero(slug);
  if (!hero) return null;
  const [portrait, media, memories] = await Promise.all([
    getPublicPortrait(slug),
    listPublicMedia(slug),
    listPublicMemories(slug),
  ]);
  return { ...hero, portrait, media, memories };
}

/** A Hero's names and version, for the pages around a profile that show only its heading. */
export async function getCachedHeroHeading(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.hero(slug));
  return getHeroHeading(slug);
}

export async function getCachedRevisions(slug: string, offset: number) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.hero(slug));
  return listRevisions(slug, { offset });
}

export async function getCachedRevisionPair(slug: string, from: number, to: number) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.hero(slug));
  return getRevisionPair(slug, from, to);
}

export async function getCachedCollection() {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.collection);
  return getCollection();
}

/** Tagged with the counts alone: the home page is rendered again only when a count changes. */
export async function getCachedHeroCounts() {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.counts);
  return getHeroCounts();
}

export async function listCachedHeroes(query: HeroListQuery, locale: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.archive, CACHE_TAGS.counts);
  return listPublicHeroes(query, locale);
}

export async function listCachedOpenQuestions(page: number, kind?: CompletenessFact) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.archive);
  return listOpenQuestions({ page, kind });
}

export async function countCachedOpenQuestionsByKind() {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.archive);
  return countOpenQuestionsByKind();
}

export async function getCachedUnit(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.unit(slug));
  return getUnit(slug);
}

export async function getCachedBattle(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.battle(slug));
  return getBattle(slug);
}

/**
 * generateStaticParams for the pages of one kind: none of them is prerendered when the site is
 * built. Each is rendered on its first request and then served from cache, so that what a page
 * shows always comes from the data cache that invalidations reach (a page prerendered at build
 * time keeps its build-time data alongside it). Next needs at least one value to check the route
 * at build time: a name that is not a slug, which renders as 404.
 *
 * Each public page also exports `ensureStatic = 'navigation'`. A page not in cache (asked for the
 * first time, or just invalidated) is then rendered once, whole, stored and sent. Without it Next
 * sends the route's shared shell, renders the page into it for this request, and renders it once
 * more in the background to store it: twice the work, and twice the page's data in its HTML. It
 * also makes the build refuse a public page that reads anything per request.
 */
export function staticSlugParams() {
  return [{ slug: '-' }];
}

/**
 * Word differences for the history, worked out once. The diff library reads the clock (for its
 * time limit), which a page served from cache may only do inside a cached function.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- Next requires a 'use cache' function to be async.
export async function getCachedWordDiff(from: string | null, to: string | null): Promise<WordChange[]> {
  'use cache';
  cacheLife('max');
  return wordDiff(from, to);
}
