// How every page under [locale] opens: its props, its locale set for the request's translations,
// and its metadata: from the `meta` catalogue, or for some public pages from their own.
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale, languageAlternates, type Locale } from '@/lib/i18n/locale';
import { pageMetadata, type MetaPage } from '@/lib/i18n/metadata';

export type LocaleProps = { params: Promise<{ locale: string }> };
export type LocaleQueryProps<Query> = LocaleProps & { searchParams: Promise<Query> };

/**
 * The page's locale. A name that is not one is a 404 here, before the page reads anything: the
 * build checks routes with such a name, and they must not reach the database.
 */
export async function openPage(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** `path`, for a public page: its address in each language, so search engines link them. */
export function metadataOf(page: MetaPage, path?: string) {
  return async ({ params }: LocaleProps) => {
    const metadata = await pageMetadata((await params).locale, page);
    return path ? { ...metadata, alternates: languageAlternates(path) } : metadata;
  };
}

/** A public page titled (and described) from its own catalogue, with its address in each language. */
export function metadataFrom(namespace: string, keys: { title: string; description?: string }, path: string) {
  return async ({ params }: LocaleProps) => {
    const t = await getTranslations({ locale: (await params).locale, namespace });
    return {
      title: t(keys.title),
      ...(keys.description ? { description: t(keys.description) } : {}),
      alternates: languageAlternates(path),
    };
  };
}
