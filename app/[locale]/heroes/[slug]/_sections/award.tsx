// The title of Hero (decree, posthumous, Gold Star) and the other awards the sources name.
import { getTranslations } from 'next-intl/server';
import type { PROFILE_FACTS } from '@/lib/heroes/profile-facts';
import { awardTerm } from '@/lib/i18n/glossary';
import { PartialDate } from '../../../../_components/partial-date';
import { FactSection, type FactRow, shownRows, type FactRows } from './fact-list';
import type { Profile } from './profile';

export async function Award({ profile: { hero, locale, reader, text, title, facts } }: { profile: Profile }) {
  const t = await getTranslations('hero');
  const heroTitle = awardTerm('HERO_OF_THE_SOVIET_UNION', reader)!;
  const rows: FactRows<(typeof PROFILE_FACTS.award)[number]> = {
    decreeDate: {
      label: `${heroTitle} — ${t('decree')}`,
      value: () => <PartialDate date={title!.decreeDate!} precision={title!.decreePrecision ?? null} locale={locale} />,
    },
    posthumous: { label: t('posthumous'), value: () => (title!.posthumous ? t('yes') : t('no')) },
    goldStar: { label: t('goldStar'), value: () => title!.goldStarNo },
  };
  // Another award is shown as the sources name it, with its decree's date when they give one.
  const others: FactRow[] = hero.awards
    .filter((award) => award.kind !== 'HERO_OF_THE_SOVIET_UNION')
    .map((entry) => ({
      key: `award-${entry.kind}-${entry.name ?? ''}`,
      label:
        (entry.kind === 'ORDER_OF_LENIN' ? awardTerm('ORDER_OF_LENIN', reader) : awardTerm(entry.name ?? '', reader)) ??
        text('Award', entry.id, 'name', entry.name)?.value ??
        '',
      value: entry.decreeDate ? (
        <PartialDate date={entry.decreeDate} precision={entry.decreePrecision ?? null} locale={locale} />
      ) : (
        t('yes')
      ),
    }));
  const known = shownRows(facts.shown.award, rows);
  return <FactSection id="award" heading={t('award')} rows={[...known, ...others]} />;
}
