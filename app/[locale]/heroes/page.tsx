import { describeIssues } from '@/lib/i18n/errors';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { LIST_PAGE_SIZE } from '@/lib/heroes/list-view';
import { HeroListQuerySchema, firstValues } from '@/lib/heroes/schemas';
import { HeroList } from './hero-list';
import { metadataFrom, openPage } from '../../_components/page-frame';

// Reached only for a query that is not one of the cached views (proxy.ts sends those to
// app/[locale]/list-views): an invalid one, or an unusual page size. Rendered for each request.
export const instant = false;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = metadataFrom('list', { title: 'title' }, '/heroes');

export default async function HeroesPage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const t = await getTranslations('list');
  const values = firstValues(await searchParams);
  const parsed = HeroListQuerySchema.safeParse({
    limit: LIST_PAGE_SIZE,
    ...values,
    ...(values.group === '' ? { group: undefined } : {}),
  });
  if (!parsed.success) {
    return (
      <article className="prose">
        <h1>{t('title')}</h1>
        <p role="alert">{t('invalid', { message: await describeIssues(parsed.error.issues, locale) })}</p>
        <p>
          <Link href="/heroes">{t('title')}</Link>
        </p>
      </article>
    );
  }
  return <HeroList locale={locale} query={parsed.data} />;
}
