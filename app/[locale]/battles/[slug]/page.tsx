import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { getCachedBattle, staticSlugParams } from '@/lib/heroes/cached';
import { displayName } from '@/lib/heroes/names';
import { SlugSchema } from '@/lib/heroes/schemas';

export function generateStaticParams() {
  return staticSlugParams();
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function BattlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const battle = SlugSchema.safeParse(slug).success ? await getCachedBattle(slug) : null;
  if (!battle) notFound();
  const t = await getTranslations('battle');
  return (
    <article>
      <h1 lang="en">{battle.name}</h1>
      {battle.dateText && <p>{t('dates')}: <span lang="en">{battle.dateText}</span></p>}
      {battle.place && <p>{t('place')}: <span lang="en">{battle.place}</span></p>}
      <h2>{t('fought')}</h2>
      <ul data-testid="heroes">
        {battle.participations.map((p) => (
          <li key={p.hero.slug}>
            <Link href={`/heroes/${p.hero.slug}`}>{displayName(p.hero, locale)}</Link>
            {(p.note || p.dateText || p.place) && (
              <span className="muted" lang="en"> — {[p.note, p.dateText, p.place].filter(Boolean).join(', ')}</span>
            )}
          </li>
        ))}
      </ul>
    </article>
  );
}
