// The public reads as pages use them: rendered once, kept by Next's 'use cache' until a write
// invalidates one of their tags (lib/cache.ts). The plain functions stay uncached for scripts,
// tests and moderators' views, which must always see the database as it is.
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache';
import { listRevisions } from '../revisions/revisions';
import { getPublicPortrait, listPublicMedia } from '../media/public';
import { listPublicMemories } from '../memories/memories';
import { listOpenQuestions } from './open-questions';
import { getBattle, getCollectionSummary, getPublicHero, getUnit, listPrerenderedSlugs, listPublicHeroes } from './queries';
import type { HeroListQuery } from './schemas';

export async function getCachedHero(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.hero(slug));
  return getPublicHero(slug);
}

export async function getCachedPortrait(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.hero(slug));
  return getPublicPortrait(slug);
}

export async function listCachedMedia(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.hero(slug));
  return listPublicMedia(slug);
}

export async function listCachedMemories(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.hero(slug));
  return listPublicMemories(slug);
}

export async function getCachedRevisions(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.hero(slug));
  return listRevisions(slug);
}

export async function getCachedCollectionSummary() {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.archive);
  return getCollectionSummary();
}

export async function listCachedHeroes(query: HeroListQuery, locale: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.archive);
  return listPublicHeroes(query, locale);
}

export async function listCachedOpenQuestions() {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.archive);
  return listOpenQuestions();
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
 * generateStaticParams for the pages of one kind. Next needs at least one value to check the
 * route at build time; an empty archive gets a name that is not a slug, which renders as 404.
 */
export async function staticSlugParams(kind: 'hero' | 'unit' | 'battle') {
  const slugs = await listPrerenderedSlugs(kind);
  return (slugs.length > 0 ? slugs : ['none']).map((slug) => ({ slug }));
}
