// How sure the archive is of the record, how many of its key facts are known
// (lib/heroes/completeness.ts), and the research notes.
import { getTranslations } from 'next-intl/server';
import { Localized } from '../../../../_components/localized';
import type { Profile } from './profile';

export async function Completeness({ profile: { hero, heroText } }: { profile: Profile }) {
  const t = await getTranslations('hero');
  const tc = await getTranslations('confidence');
  return (
    <section aria-labelledby="quality">
      <h2 id="quality">{t('completeness')}</h2>
      <p>
        {t('confidence')}: <strong data-fact="confidence">{tc(hero.confidence)}</strong> ·{' '}
        {t('completenessKnown', {
          known: hero.completeness.known.length,
          total: hero.completeness.known.length + hero.completeness.missing.length,
        })}
      </p>
      {hero.notes && (
        <>
          <h3>{t('notes')}</h3>
          <Localized text={heroText('notes', hero.notes)!} slug={hero.slug} block />
        </>
      )}
    </section>
  );
}
