// The page of names not yet identified reads them from cache until the seed writes them again.
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache';
import { listPublicCandidates } from './candidates';

export async function listCachedCandidates() {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.candidates);
  return listPublicCandidates();
}
