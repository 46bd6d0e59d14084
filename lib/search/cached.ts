// Search as the page and the API serve it: the same query asked again within a short while is
// answered from the data cache, and any change to the archive invalidates every cached answer.
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache';
import type { Locale } from '../i18n/locale';
import { searchPlacesForReader } from '../places/search';
import type { SearchQuery } from './schemas';
import { searchHeroes } from './search';

export async function searchHeroesCached(query: SearchQuery, locale: string) {
  'use cache';
  cacheLife({ stale: 30, revalidate: 60, expire: 300 });
  cacheTag(CACHE_TAGS.archive);
  return searchHeroes(query, locale);
}

/** The places a query names, for the search page and the API; a change to a place expires it too. */
export async function searchPlacesCached(q: string, locale: Locale) {
  'use cache';
  cacheLife({ stale: 30, revalidate: 60, expire: 300 });
  cacheTag(CACHE_TAGS.archive, CACHE_TAGS.places);
  return searchPlacesForReader(q, locale);
}
