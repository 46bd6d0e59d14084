// The gazetteer's reads as pages use them, cached until a write invalidates their tags: a place's
// own tag when its point or names change, `places` when any Hero changes (lib/cache.ts heroTags),
// and a Hero's tag for his list of places (an approved coordinate invalidates every Hero there).
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache';
import { db } from '../db';
import { getPlace, listCollectionPlaces, listGazetteer, listHeroPlaces, listUnitFeats, listUnitPath } from './queries';

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

/** A unit's documented stations and its Heroes' feats: its page's map. */
export async function getCachedUnitMap(slug: string) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.unit(slug), CACHE_TAGS.places);
  const [path, feats] = await Promise.all([listUnitPath(slug, db), listUnitFeats(slug, db)]);
  return path && feats ? { path, feats } : null;
}

export async function listCachedCollectionPlaces() {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.places);
  return listCollectionPlaces(db);
}

/** The whole gazetteer with its translations: the place index, the maps' tables, a place page's hierarchy. */
export async function getCachedGazetteer() {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.places);
  return listGazetteer(db);
}
