// The help-translate list as pages read it: cached with the archive's tag, which every approved
// translation and every review invalidates.
import { cacheLife, cacheTag } from 'next/cache';
import { CACHE_TAGS } from '../cache';
import { countTranslationCoverage } from './coverage';
import { listTranslationNeeds, type TranslatedLocale } from './translations';

export async function listCachedTranslationNeeds(locale: TranslatedLocale) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.archive);
  const heroes = await listTranslationNeeds(locale);
  // Only what the page shows: the Hero's name parts and slug, and the texts.
  return heroes.map(({ hero, needs }) => ({
    hero: {
      slug: hero.slug,
      surnameRu: hero.surnameRu,
      givenRu: hero.givenRu,
      patronymicRu: hero.patronymicRu,
      givenInitialRu: hero.givenInitialRu,
      patronymicInitialRu: hero.patronymicInitialRu,
      surnameEn: hero.surnameEn,
      givenEn: hero.givenEn,
      givenInitialEn: hero.givenInitialEn,
      fullNameTg: hero.fullNameTg,
    },
    needs,
  }));
}

/** The help page's counts per language, invalidated with the list by every translation and review. */
export async function getCachedTranslationCoverage(locale: TranslatedLocale) {
  'use cache';
  cacheLife('max');
  cacheTag(CACHE_TAGS.archive);
  return countTranslationCoverage(locale);
}
