// How every page under [locale] opens: its props, its locale set for the request's translations,
// and (for a page whose title and description are its own) its metadata from the `meta` catalogue.
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '@/lib/i18n/locale';
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

export function metadataOf(page: MetaPage) {
  return async ({ params }: LocaleProps) => pageMetadata((await params).locale, page);
}
