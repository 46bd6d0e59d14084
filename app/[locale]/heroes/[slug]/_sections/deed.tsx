// The deed: when and where, and the facts of it the sources give.
import { getTranslations } from 'next-intl/server';
import type { PROFILE_FACTS } from '@/lib/heroes/profile-facts';
import { PartialDate } from '../../../../_components/partial-date';
import { Localized } from '../../../../_components/localized';
import { FactSection, shownRows, type FactRows } from './fact-list';
import type { Profile } from './profile';

export async function Deed({ profile: { hero, locale, heroText, facts } }: { profile: Profile }) {
  const t = await getTranslations('hero');
  const featFacts = hero.featFacts.map((fact, index) => heroText(`featFacts.${index}`, fact)!);
  const rows: FactRows<(typeof PROFILE_FACTS.deed)[number]> = {
    featDate: {
      label: t('deedDate'),
      value: () =>
        hero.featDate ? (
          <PartialDate date={hero.featDate} precision={hero.featDatePrecision ?? null} locale={locale} />
        ) : (
          <Localized text={heroText('featDateText', hero.featDateText)!} slug={hero.slug} />
        ),
    },
    featPlace: {
      label: t('deedPlace'),
      value: () => <Localized text={heroText('featPlace', hero.featPlace)!} slug={hero.slug} />,
    },
  };
  return (
    <FactSection
      id="deed"
      heading={t('deed')}
      rows={shownRows(facts.shown.deed, rows)}
      extra={
        featFacts.length > 0 && (
          <>
            <h3>{t('deedFacts')}</h3>
            <ul data-fact="featFacts">
              {featFacts.map((fact, index) => (
                <li key={index}>
                  <Localized text={fact} slug={hero.slug} />
                </li>
              ))}
            </ul>
          </>
        )
      }
    />
  );
}
