// The gazetteer's reads as pages use them, cached until a write invalidates their tags: a place's
// own tag when its point or names change, `places` when any Hero changes (lib/cache.ts heroTags),
// and a Hero's tag for his list of places (an approved coordinate invalidates every Hero there).
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache';
import { db } from '../db';
import { getPlace, listCollectionPlaces, listHeroPlaces, listUnitPath } from './queries';

export async function getCachedPlace(id: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.place(id), CACHE_TAGS.places);
  return getPlace(id, db);
}

export async function listCachedHeroPlaces(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.hero(slug));
  return listHeroPlaces(slug, db);
}

export async function listCachedUnitPath(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.unit(slug), CACHE_TAGS.places);
  return listUnitPath(slug, db);
}

export async function listCachedCollectionPlaces() {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.places);
  return listCollectionPlaces(db);
}
