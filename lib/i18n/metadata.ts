// Each page's own title and description, in the reader's language, from the `meta` catalogue.
// Pages where a person acts (signing in, proposing, moderating) are kept out of search engines.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { getCachedHeroHeading } from '../heroes/cached';
import { displayName } from '../heroes/names';
import { SlugSchema } from '../heroes/schemas';

export type MetaPage =
  | 'account'
  | 'signIn'
  | 'checkEmail'
  | 'signInError'
  | 'moderation'
  | 'review'
  | 'audit'
  | 'import'
  | 'users'
  | 'newHero'
  | 'add'
  | 'history'
  | 'translateText'
  | 'unit'
  | 'battle'
  | 'place'
  | 'places'
  | 'maps'
  | 'proposalPictures'
  | 'amendPicture';

const PRIVATE: ReadonlySet<MetaPage> = new Set([
  'account',
  'signIn',
  'checkEmail',
  'signInError',
  'moderation',
  'review',
  'audit',
  'import',
  'users',
  'newHero',
  'add',
  'translateText',
  'proposalPictures',
  'amendPicture',
]);

export async function pageMetadata(
  locale: string,
  page: MetaPage,
  values: Record<string, string> = {},
): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    title: t(`${page}.title`, values),
    description: t(`${page}.description`, values),
    ...(PRIVATE.has(page) ? { robots: { index: false } } : {}),
  };
}

/** The title of a 404 page, whose own file (a client component) cannot give one. */
export async function notFoundMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'notFound' });
  return { title: t('title'), robots: { index: false } };
}

/** A page about one Hero (its history, additions, translations), titled with the Hero's name. */
export async function heroPageMetadata(locale: string, slug: string, page: MetaPage): Promise<Metadata> {
  const hero = SlugSchema.safeParse(slug).success ? await getCachedHeroHeading(slug) : null;
  if (!hero) return notFoundMetadata(locale);
  return pageMetadata(locale, page, { name: displayName(hero, locale) });
}
