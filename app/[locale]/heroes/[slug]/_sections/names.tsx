// Every written form of the name, with its language where a source gives one.
import { getTranslations } from 'next-intl/server';
import { isPossibleName } from '@/lib/heroes/names';
import type { Profile } from './profile';

export async function Names({ profile: { hero } }: { profile: Profile }) {
  const t = await getTranslations('hero');
  const tn = await getTranslations('nameForms');
  return (
    <section aria-labelledby="names">
      <h2 id="names">{t('names')}</h2>
      <ul className="names">
        {hero.names.map((n) => (
          <li key={n.value} lang={n.language ?? undefined}>
            <span itemProp={n.isPrimary ? undefined : 'alternateName'}>{n.value}</span>
            {/* A language only where a source gives it; the letters alone never say. */}
            {n.language && (
              <>
                {' '}
                <span className="muted">({t(`nameLanguages.${n.language as 'ru' | 'tg' | 'en'}`)})</span>
              </>
            )}
            {n.value === hero.fullNameTg && hero.fullNameTgOrigin === 'TRANSLITERATION' && (
              <>
                {' '}
                <span className="muted" data-name-note="transliteration">
                  ({tn('transliterationShort')})
                </span>
              </>
            )}
            {isPossibleName(hero, n.value) && (
              <>
                {' '}
                <span className="muted" data-name-note="possible">
                  ({tn('possibleName')})
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
