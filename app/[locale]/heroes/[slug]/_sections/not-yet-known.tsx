// What the sources do not give, named once, together, with a way to propose it
// (which facts: lib/heroes/profile-facts.ts).
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import type { NotYetKnownFact } from '@/lib/heroes/profile-facts';
import type { Profile } from './profile';

export async function NotYetKnown({ profile: { hero, facts } }: { profile: Profile }) {
  if (facts.notYetKnown.length === 0) return null;
  const t = await getTranslations('hero');
  const label: Record<NotYetKnownFact, string> = {
    fullName: t('facts.fullName'),
    biography: t('biography'),
    birthDate: t('facts.birthDate'),
    birthPlace: t('birthPlace'),
    deathDate: t('facts.deathDate'),
    deathPlace: t('deathPlace'),
    burialPlace: t('burialPlace'),
    nationality: t('nationality'),
    rank: t('rank'),
    role: t('role'),
    units: t('facts.unit'),
    battles: t('battles'),
    featDate: t('deedDateUnknown'),
    featPlace: t('deedPlaceUnknown'),
    decreeDate: t('facts.decreeDate'),
    posthumous: t('posthumous'),
    goldStar: t('goldStar'),
  };
  return (
    <section aria-labelledby="not-yet-known" className="not-yet-known-section no-print">
      <h2 id="not-yet-known">{t('notYetKnown')}</h2>
      <ul data-testid="not-yet-known" className="not-yet-known">
        {facts.notYetKnown.map((fact) => (
          <li key={fact} data-unknown={fact} className="badge">
            {label[fact]}
          </li>
        ))}
      </ul>
      <p>
        {t('notYetKnownIntro')} <Link href={`/heroes/${hero.slug}/propose`}>{t('answerQuestion')}</Link>
      </p>
    </section>
  );
}
