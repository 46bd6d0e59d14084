import { getTranslations } from 'next-intl/server';
import { requirePageActor } from '@/lib/auth';
import { listLanguageReviewerChanges, listLanguageReviewers } from '@/lib/translations/reviewers';
import { TRANSLATED_LOCALES } from '@/lib/translations/translations';
import { GrantReviewerForm, RevokeReviewerForm } from '../../../_components/language-reviewer-forms';
import { openPage, type LocaleProps } from '../../../_components/page-frame';

// Rendered for each request: it depends on who is reading.
export const instant = false;

export async function generateMetadata({ params }: LocaleProps) {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'languageReview' });
  return { title: t('reviewersTitle'), robots: { index: false } };
}

export default async function LanguageReviewersPage({ params }: LocaleProps) {
  const locale = await openPage(params);
  const actor = await requirePageActor(locale, 'grant:translation-review:any');
  const [reviewers, changes] = await Promise.all([listLanguageReviewers(actor), listLanguageReviewerChanges(actor)]);
  const t = await getTranslations('languageReview');
  const tt = await getTranslations('translation');
  const languageName = (l: string) => tt(`languages.${l}` as never);
  return (
    <article>
      <h1>{t('reviewersTitle')}</h1>
      <p>{t('reviewersIntro')}</p>
      <GrantReviewerForm
        locale={locale}
        languages={TRANSLATED_LOCALES.map((l) => ({ value: l, label: languageName(l) }))}
        labels={{ email: t('email'), language: t('language'), grant: t('grant') }}
      />
      {reviewers.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul data-testid="language-reviewers">
          {reviewers.map((reviewer) => (
            <li key={`${reviewer.user.id}:${reviewer.locale}`}>
              {reviewer.user.email ?? reviewer.user.id} · {languageName(reviewer.locale)}{' '}
              <span className="muted">
                ({t('grantedBy', { who: reviewer.grantedBy?.email ?? t('removedAccount') })},{' '}
                {reviewer.grantedAt.toISOString().slice(0, 10)})
              </span>{' '}
              <RevokeReviewerForm
                locale={locale}
                userId={reviewer.user.id}
                language={reviewer.locale}
                label={t('revoke')}
              />
            </li>
          ))}
        </ul>
      )}
      <h2>{t('history')}</h2>
      <ul data-testid="language-reviewer-changes">
        {changes.map((change) => (
          <li key={change.id}>
            {change.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC:{' '}
            {change.subject?.email ?? t('removedAccount')} · {languageName(change.locale)} ·{' '}
            {change.granted ? t('grantedChange') : t('revokedChange')} ({change.actor?.email ?? t('removedAccount')})
          </li>
        ))}
      </ul>
    </article>
  );
}
