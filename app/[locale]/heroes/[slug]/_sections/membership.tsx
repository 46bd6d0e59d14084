// Why he is in this collection, and any doubt about who he is.
import { getTranslations } from 'next-intl/server';
import { Localized } from '../../../../_components/localized';
import type { Profile } from './profile';

export async function Membership({ profile: { hero, heroText } }: { profile: Profile }) {
  const t = await getTranslations('hero');
  return (
    <section aria-labelledby="membership">
      <h2 id="membership">{t('membership')}</h2>
      {hero.membershipNote && (
        <Localized text={heroText('membershipNote', hero.membershipNote)!} slug={hero.slug} block />
      )}
      {hero.identityNote && (
        <p className="warning">
          <strong>{t('identity')}:</strong>{' '}
          <Localized text={heroText('identityNote', hero.identityNote)!} slug={hero.slug} />
        </p>
      )}
    </section>
  );
}
