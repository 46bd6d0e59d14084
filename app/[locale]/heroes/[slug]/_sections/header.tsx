// The profile's heading: the title, the name (and where a Tajik form comes from), the badges, the
// portrait and the ways to propose a change.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { displayName } from '@/lib/heroes/names';
import { awardTerm } from '@/lib/i18n/glossary';
import { MembershipBadges } from '../../../../_components/membership';
import { HeroPortrait } from '../../../../_components/media/hero-media';
import type { Profile } from './profile';

export async function ProfileHeader({ profile: { hero, locale, reader } }: { profile: Profile }) {
  const t = await getTranslations('hero');
  const tt = await getTranslations('translation');
  const tn = await getTranslations('nameForms');
  // One note at the top when anything on the page is a draft translation.
  const hasDraft = reader !== 'en' && hero.texts.some((row) => row.locale === reader && row.status === 'DRAFT');
  return (
    <header>
      <p className="kicker">{awardTerm('HERO_OF_THE_SOVIET_UNION', reader)!}</p>
      <h1 itemProp="name">{displayName(hero, locale)}</h1>
      {reader === 'tg' && hero.fullNameTg && hero.fullNameTgOrigin !== 'SOURCE' && (
        <p className="muted name-form" role="note" data-name-form={hero.fullNameTgOrigin}>
          {hero.fullNameTgOrigin === 'TRANSLITERATION' ? tn('transliteration') : tn('proposed')}{' '}
          <Link href={`/heroes/${hero.slug}/propose?field=fullNameTg#f-fullNameTg`}>{tn('proposeSpelling')}</Link>
        </p>
      )}
      <MembershipBadges hero={hero} />
      {hero.completeness.isStub && (
        <p className="stub-banner" role="note">
          {t('stub')}
        </p>
      )}
      <HeroPortrait slug={hero.slug} portrait={hero.portrait} />
      <p className="record-links">
        <Link href={`/heroes/${hero.slug}/propose`}>{t('propose')}</Link>
        <Link href={`/heroes/${hero.slug}/add`}>{t('addToRecord')}</Link>
        <Link href={`/heroes/${hero.slug}/history`}>{t('history')}</Link>
      </p>
      {hasDraft && (
        <p className="muted draft-banner" role="note">
          {tt('draftBanner')}
        </p>
      )}
    </header>
  );
}
