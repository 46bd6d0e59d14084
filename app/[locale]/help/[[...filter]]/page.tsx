import { isLocale } from '@/i18n/routing';
import { languageAlternates } from '@/lib/i18n/locale';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { countCachedOpenQuestionsByKind, listCachedOpenQuestions } from '@/lib/heroes/cached';
import { COMPLETENESS_FACTS, type CompletenessFact } from '@/lib/heroes/completeness';
import { displayName } from '@/lib/heroes/names';
import { isCompletenessFact } from '@/lib/heroes/open-questions';

// The page and the kind are in the path (/help, /help/birthDate, /help/all/2), not the query, so
// that each page is cached like every other public page.
type Props = { params: Promise<{ locale: string; filter?: string[] }> };

export function generateStaticParams() {
  return [{ filter: [] }];
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

function parseFilter(filter: string[] = []): { kind?: CompletenessFact; page: number } | null {
  const [kind = 'all', page = '1', ...rest] = filter;
  if (rest.length > 0 || !/^[1-9]\d{0,4}$/.test(page)) return null;
  if (kind !== 'all' && !isCompletenessFact(kind)) return null;
  return { kind: kind === 'all' ? undefined : kind, page: Number(page) };
}

const pathOf = (kind: CompletenessFact | undefined, page = 1) =>
  page > 1 ? `/help/${kind ?? 'all'}/${page}` : kind ? `/help/${kind}` : '/help';

// Where a contributor answers one kind of question: the correction form opened at that field, or
// the additions form for a unit. Birthplaces are not a field of the correction form.
const ANSWER: Record<CompletenessFact, string> = {
  fullName: '/propose?field=givenRu&field=givenEn&field=patronymicRu',
  birthDate: '/propose?field=birthDate',
  deathDate: '/propose?field=deathDate',
  birthPlace: '/propose',
  unit: '/add',
  deed: '/propose?field=featDate&field=featPlace',
  decreeDate: '/propose?field=titleDecreeDate',
};

export async function generateMetadata({ params }: Props) {
  const { locale, filter } = await params;
  const t = await getTranslations({ locale, namespace: 'help' });
  const th = await getTranslations({ locale, namespace: 'hero' });
  const parsed = parseFilter(filter);
  const kind = parsed?.kind ? ` — ${th(`facts.${parsed.kind}`)}` : '';
  const page = parsed && parsed.page > 1 ? ` (${parsed.page})` : '';
  return {
    title: `${t('title')}${kind}${page}`,
    description: t('intro'),
    alternates: languageAlternates(parsed ? pathOf(parsed.kind, parsed.page) : '/help'),
  };
}

export default async function HelpPage({ params }: Props) {
  const { locale, filter } = await params;
  // The build checks routes with a name that is not a locale; it must not reach the database.
  if (!isLocale(locale)) notFound();
  const parsed = parseFilter(filter);
  if (!parsed) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('help');
  const th = await getTranslations('hero');
  const tt = await getTranslations('translation');
  const tl = await getTranslations('list');
  const [{ records, total, page, pages }, byKind] = await Promise.all([
    listCachedOpenQuestions(parsed.page, parsed.kind),
    countCachedOpenQuestionsByKind(),
  ]);
  if (page > pages) notFound();
  return (
    <article>
      <h1>{t('title')}</h1>
      <p className="prose">{t('intro')}</p>
      <p className="record-links">
        <Link href="/heroes/new">{t('newHero')}</Link>
        <Link href="/translate">{tt('nav')}</Link>
      </p>

      <section aria-labelledby="by-kind">
        <h2 id="by-kind">{t('byKind')}</h2>
        <ul className="badges" data-testid="open-kinds">
          <li>
            <Link href="/help" aria-current={parsed.kind ? undefined : 'page'}>
              {t('allKinds')}
            </Link>
          </li>
          {COMPLETENESS_FACTS.filter((fact) => byKind[fact] > 0).map((fact) => (
            <li key={fact}>
              <Link href={pathOf(fact)} aria-current={parsed.kind === fact ? 'page' : undefined} data-kind={fact}>
                {th(`facts.${fact}`)}: {byKind[fact]}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="by-record">
        <h2 id="by-record">
          {parsed.kind
            ? t('recordsMissing', { fact: th(`facts.${parsed.kind}`), count: total })
            : t('byRecord', { count: total })}
        </h2>
        <p className="muted">{t('howToAnswer')}</p>
        <ul className="open-records" data-testid="open-records">
          {records.map((record) => (
            <li key={record.slug} className="card">
              <Link href={`/heroes/${record.slug}`} className="result-name">
                {displayName(record, locale)}
              </Link>
              {record.completeness.isStub && <span className="muted"> — {th('stub')}</span>}
              <ul className="not-yet-known" aria-label={t('unknown')}>
                {record.completeness.missing.map((fact) => (
                  <li key={fact}>
                    <Link href={`/heroes/${record.slug}${ANSWER[fact]}`} data-fact={fact}>
                      {th(`facts.${fact}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        {pages > 1 && (
          <nav className="pager" aria-label={tl('page', { page, pages })}>
            {page > 1 && (
              <Link href={pathOf(parsed.kind, page - 1)} rel="prev">
                {tl('previous')}
              </Link>
            )}
            <span>{tl('page', { page, pages })}</span>
            {page < pages && (
              <Link href={pathOf(parsed.kind, page + 1)} rel="next">
                {tl('next')}
              </Link>
            )}
          </nav>
        )}
      </section>
    </article>
  );
}
