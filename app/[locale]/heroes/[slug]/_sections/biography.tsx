// The biography, in paragraphs, in the reader's language or the nearest one that has it.
import { getTranslations } from 'next-intl/server';
import { Localized } from '../../../../_components/localized';
import type { Profile } from './profile';

export async function Biography({ profile: { hero, biography } }: { profile: Profile }) {
  if (!biography) return null;
  const t = await getTranslations('hero');
  return (
    <section aria-labelledby="bio">
      <h2 id="bio">{t('biography')}</h2>
      <div
        lang={biography.lang ?? undefined}
        data-status={biography.status}
        className={biography.status === 'DRAFT' ? 'draft-block' : undefined}
      >
        {biography.value.split('\n\n').map((paragraph) => (
          <p key={paragraph.slice(0, 40)}>{paragraph}</p>
        ))}
        {biography.isFallback && <Localized text={{ ...biography, value: '' }} slug={hero.slug} />}
      </div>
    </section>
  );
}
