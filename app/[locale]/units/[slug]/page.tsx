import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locale';
import { unitLevelTerm } from '@/lib/i18n/glossary';
import { Link } from '@/i18n/link';
import { getCachedUnit, staticSlugParams } from '@/lib/heroes/cached';
import { displayName } from '@/lib/heroes/names';
import { SlugSchema } from '@/lib/heroes/schemas';
import { unitChain } from '@/lib/heroes/units';
import { TextBook } from '@/lib/i18n/texts';
import { Localized } from '../../../_components/localized';
import { UnitPath } from '../../../_components/places/unit-path';
import { notFoundMetadata, pageMetadata } from '@/lib/i18n/metadata';

export function generateStaticParams() {
  return staticSlugParams();
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const unit = SlugSchema.safeParse(slug).success ? await getCachedUnit(slug) : null;
  if (!unit) return notFoundMetadata(locale);
  const name = new TextBook(unit.texts).text(
    { entity: 'Unit', entityId: unit.id, field: 'name' },
    unit.name,
    toLocale(locale),
  )!.value;
  return pageMetadata(locale, 'unit', { name });
}

export default async function UnitPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const unit = SlugSchema.safeParse(slug).success ? await getCachedUnit(slug) : null;
  if (!unit) notFound();
  const t = await getTranslations('unit');
  const above = unitChain(unit).slice(1);
  const book = new TextBook(unit.texts);
  const text = (entity: string, entityId: string, field: string, english: string | null) =>
    book.text({ entity, entityId, field }, english, toLocale(locale));
  const unitName = (u: { id: string; name: string }) => text('Unit', u.id, 'name', u.name)!;
  const name = unitName(unit);
  return (
    <article>
      <h1
        lang={name.lang ?? undefined}
        data-status={name.status}
        className={name.status === 'DRAFT' ? 'draft' : undefined}
      >
        {name.value}
      </h1>
      <p>
        {t('level')}: {unitLevelTerm(unit.level, toLocale(locale))}
      </p>
      {above.length > 0 && (
        <p>
          {t('partOf')}:{' '}
          {above.map((parent, index) => (
            <span key={parent.slug} lang={unitName(parent).lang ?? undefined}>
              {index > 0 && ' → '}
              <Link href={`/units/${parent.slug}`}>{unitName(parent).value}</Link>
            </span>
          ))}
        </p>
      )}
      {unit.children.length > 0 && (
        <>
          <h2>{t('subordinate')}</h2>
          <ul>
            {unit.children.map((child) => (
              <li key={child.slug} lang={unitName(child).lang ?? undefined}>
                <Link href={`/units/${child.slug}`}>{unitName(child).value}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('served')}</h2>
      <ul data-testid="heroes">
        {unit.services.map((service) => (
          <li key={service.hero.slug}>
            <Link href={`/heroes/${service.hero.slug}`}>{displayName(service.hero, locale)}</Link>
            {service.hero.rankAtFeat && (
              <span className="muted">
                {' '}
                — <Localized text={text('Hero', service.hero.id, 'rankAtFeat', service.hero.rankAtFeat)!} />
              </span>
            )}
          </li>
        ))}
      </ul>
      <UnitPath slug={unit.slug} locale={toLocale(locale)} book={book} />
    </article>
  );
}
