// Birth, death, burial and nationality: the facts the sources give, in one list.
import { getTranslations } from 'next-intl/server';
import type { PROFILE_FACTS } from '@/lib/heroes/profile-facts';
import type { LocalizedText } from '@/lib/i18n/texts';
import { PartialDate } from '../../../../_components/partial-date';
import { Unknown } from '../../../../_components/unknown';
import { Localized } from '../../../../_components/localized';
import { FactSection, shownRows, type FactRows } from './fact-list';
import type { Profile, ProfileHero } from './profile';

function PlaceView({
  name,
  today,
  todayLabel,
  slug,
}: {
  name: LocalizedText | null;
  today: LocalizedText | null;
  todayLabel: string;
  slug: string;
}) {
  if (!name && !today) return <Unknown />;
  return (
    <span>
      {name ? <Localized text={name} slug={slug} /> : today && <Localized text={today} slug={slug} />}
      {name && today && today.value !== name.value && (
        <>
          {' '}
          <span className="muted">
            ({todayLabel}: <Localized text={today} slug={slug} />)
          </span>
        </>
      )}
    </span>
  );
}

export async function Life({ profile: { hero, locale, text, heroText, facts } }: { profile: Profile }) {
  const t = await getTranslations('hero');
  const place = (p: NonNullable<ProfileHero['birthPlace']>) => (
    <PlaceView
      name={text('Place', p.id, 'name', p.name)}
      today={text('Place', p.id, 'nameToday', p.nameToday)}
      todayLabel={t('today')}
      slug={hero.slug}
    />
  );
  const rows: FactRows<(typeof PROFILE_FACTS.life)[number]> = {
    birthDate: {
      label: t('born'),
      value: () => <PartialDate date={hero.birthDate!} precision={hero.birthDatePrecision ?? null} locale={locale} />,
    },
    birthPlace: { label: t('birthPlace'), value: () => place(hero.birthPlace!) },
    deathDate: {
      label: t('died'),
      value: () => (
        <>
          {hero.deathDate && (
            <PartialDate date={hero.deathDate} precision={hero.deathDatePrecision ?? null} locale={locale} />
          )}
          {hero.deathDate && hero.killedInAction === true && ' · '}
          {hero.killedInAction === true && t('killedInAction')}
        </>
      ),
    },
    deathPlace: { label: t('deathPlace'), value: () => place(hero.deathPlace!) },
    burialPlace: { label: t('burialPlace'), value: () => place(hero.burialPlace!) },
    nationality: {
      label: t('nationality'),
      value: () => <Localized text={heroText('nationality', hero.nationality)!} slug={hero.slug} />,
    },
  };
  return <FactSection id="facts" heading={t('life')} rows={shownRows(facts.shown.life, rows)} />;
}
