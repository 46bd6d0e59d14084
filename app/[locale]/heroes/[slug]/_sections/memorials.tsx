// After the war, and how he is remembered (memorials, streets, schools).
import { getTranslations } from 'next-intl/server';
import { Localized } from '../../../../_components/localized';
import type { Profile } from './profile';

export async function Memorials({ profile: { hero, text, heroText } }: { profile: Profile }) {
  if (!hero.postwar && hero.memorials.length === 0) return null;
  const t = await getTranslations('hero');
  return (
    <section aria-labelledby="memory">
      {hero.postwar && (
        <>
          <h2 id="memory">{t('postwar')}</h2>
          <Localized text={heroText('postwar', hero.postwar)!} slug={hero.slug} block />
        </>
      )}
      {hero.memorials.length > 0 && (
        <>
          <h2 id={hero.postwar ? undefined : 'memory'}>{t('memorials')}</h2>
          <ul>
            {hero.memorials.map((memorial) => (
              <li key={memorial.id}>
                <Localized
                  text={text('Memorial', memorial.id, 'description', memorial.description)!}
                  slug={hero.slug}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
