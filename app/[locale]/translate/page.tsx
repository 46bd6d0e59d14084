import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { displayName } from '@/lib/heroes/names';
import { getCachedTranslationCoverage, listCachedTranslationNeeds } from '@/lib/translations/cached';
import { TRANSLATED_LOCALES, type TranslatedLocale } from '@/lib/translations/translations';
import { textFieldMessageKey } from '@/lib/i18n/record-texts';
import { metadataFrom, openPage, type LocaleQueryProps } from '../../_components/page-frame';

// Rendered for each request from cached data: the language to translate into comes from the query.
export const instant = false;

type Props = LocaleQueryProps<{ into?: string }>;

export const generateMetadata = metadataFrom('translation', { title: 'nav' }, '/translate');

export default async function HelpTranslatePage({ params, searchParams }: Props) {
  const locale = await openPage(params);
  const { into } = await searchParams;
  const t = await getTranslations('translation');
  const target: TranslatedLocale | null =
    TRANSLATED_LOCALES.find((l) => l === into) ?? TRANSLATED_LOCALES.find((l) => l === locale) ?? null;
  const choose = (
    <p>
      {target ? t('helpOther') : t('helpEnglish')}{' '}
      {TRANSLATED_LOCALES.map((l, index) => (
        <span key={l}>
          {index > 0 && ' · '}
          <Link href={{ pathname: '/translate', query: { into: l } }} aria-current={l === target ? 'page' : undefined}>
            {t(`languages.${l}`)}
          </Link>
        </span>
      ))}
    </p>
  );
  if (!target) {
    return (
      <article className="prose">
        <h1>{t('nav')}</h1>
        {choose}
      </article>
    );
  }
  const language = t(`languages.${target}`);
  const [needs, coverage] = await Promise.all([
    listCachedTranslationNeeds(target),
    getCachedTranslationCoverage(target),
  ]);
  const tc = await getTranslations('languageReview');
  return (
    <article>
      <h1>{t('helpTitle', { language })}</h1>
      <p>{t('helpIntro', { language })}</p>
      {choose}
      <section aria-labelledby="coverage-title">
        <h2 id="coverage-title">{tc('coverageTitle', { language })}</h2>
        <p>{tc('coverageIntro')}</p>
        <ul data-testid="translation-coverage">
          {(['REVIEWED', 'SOURCE', 'DRAFT', 'MISSING'] as const).map((status) => (
            <li key={status} data-status={status} data-count={coverage[status]}>
              <strong>{tc('texts', { count: coverage[status] })}</strong> {tc(status)}
            </li>
          ))}
        </ul>
      </section>
      {needs.length === 0 && <p>{t('nothingLeft')}</p>}
      {needs.map(({ hero, needs: texts }) => (
        <section key={hero.slug} aria-labelledby={`h-${hero.slug}`} data-testid={`needs-${hero.slug}`}>
          <h2 id={`h-${hero.slug}`}>
            <Link href={`/heroes/${hero.slug}`}>{displayName(hero, locale)}</Link>
          </h2>
          <ul>
            {texts.map((text) => (
              <li key={text.key}>
                <strong>{t(textFieldMessageKey(text.entity, text.field) as never)}</strong>{' '}
                <span className="muted">({text.status === 'DRAFT' ? t('draft') : t('missing')})</span>:{' '}
                <span lang="en">{text.english.length > 160 ? `${text.english.slice(0, 160)}…` : text.english}</span>{' '}
                <Link href={{ pathname: `/heroes/${hero.slug}/translate`, query: { text: text.key, into: target } }}>
                  {t('propose')}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
