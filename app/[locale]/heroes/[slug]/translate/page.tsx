import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { requirePageActor } from '@/lib/auth';
import { isAppError } from '@/lib/errors';
import { displayName } from '@/lib/heroes/names';
import { toLocale } from '@/lib/i18n/locale';
import { listReviewableLocales } from '@/lib/translations/reviewers';
import { getTextForTranslation, TRANSLATED_LOCALES } from '@/lib/translations/translations';
import { textFieldMessageKey } from '@/lib/i18n/record-texts';
import { MarkReviewedForm, TranslationForm } from '../../../../_components/translation-form';
import { heroPageMetadata } from '@/lib/i18n/metadata';

// Rendered for each request: it depends on who is reading and on the query.
export const instant = false;

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ text?: string; into?: string }>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return heroPageMetadata(locale, slug, 'translateText');
}

export default async function TranslatePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { text = '', into } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale);
  const found = await getTextForTranslation(slug, text).catch((error) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const t = await getTranslations('translation');
  // Moderators review every language; a reader a moderator trusted, only theirs.
  const reviewable = await listReviewableLocales(actor);
  const reader = toLocale(locale);
  // The language asked for, else the reader's own when it is translated, else Tajik.
  const target = TRANSLATED_LOCALES.find((l) => l === into) ?? TRANSLATED_LOCALES.find((l) => l === reader) ?? 'tg';
  const fieldLabel = t(textFieldMessageKey(found.ref.entity, found.ref.field) as never);
  const biographyRu = found.ref.entity === 'Hero' && found.ref.field === 'biography';
  const languages = TRANSLATED_LOCALES.filter((l) => !(biographyRu && l === 'ru')).map((l) => ({
    value: l,
    label: t(`languages.${l}`),
  }));
  const current = found.values[target];
  return (
    <article>
      <h1>{t('translateTitle', { name: displayName(found.hero, locale) })}</h1>
      <p>
        <Link href={`/heroes/${slug}`}>{displayName(found.hero, locale)}</Link> · {fieldLabel}
      </p>
      <p>{t('translateIntro')}</p>
      <h2>{t('english')}</h2>
      <blockquote lang="en" data-testid="english">
        {found.english}
      </blockquote>
      {TRANSLATED_LOCALES.map((l) => (
        <section key={l} data-testid={`current-${l}`}>
          <h2>{t('current', { language: t(`languages.${l}`) })}</h2>
          {found.values[l] ? (
            <>
              <blockquote lang={l}>{found.values[l].value}</blockquote>
              <p className="muted">{t(`statuses.${found.values[l].status}`)}</p>
              {found.values[l].status === 'DRAFT' && reviewable.includes(l) && !(biographyRu && l === 'ru') && (
                <MarkReviewedForm
                  slug={slug}
                  locale={locale}
                  text={text}
                  into={l}
                  expectedVersion={found.hero.version}
                  label={t('markReviewed', { language: t(`languages.${l}`) })}
                  done={t('reviewed')}
                />
              )}
            </>
          ) : (
            <p className="unknown">{t('none')}</p>
          )}
        </section>
      ))}
      <h2>{t('propose')}</h2>
      <TranslationForm
        slug={slug}
        locale={locale}
        text={text}
        into={biographyRu ? 'tg' : target}
        languages={languages}
        value={current?.value ?? ''}
        labels={{ into: t('into'), value: t('value'), note: t('note'), submit: t('submit') }}
      />
    </article>
  );
}
