import { getTranslations } from 'next-intl/server';
import { toLocale } from '@/lib/i18n/locale';
import { unitLevelTerm } from '@/lib/i18n/glossary';
import { Link } from '@/i18n/link';
import { getCachedUnit, staticSlugParams } from '@/lib/heroes/cached';
import { displayName } from '@/lib/heroes/names';
import { unitChain } from '@/lib/heroes/units';
import { Localized } from '../../../_components/localized';
import { UnitPath } from '../../../_components/places/unit-path';
import {
  openRecord,
  readTexts,
  recordMetadataOf,
  RecordHeading,
  type SlugProps,
} from '../../../_components/record-page';

export function generateStaticParams() {
  return staticSlugParams();
}

// A miss is rendered once, whole, for the request (see staticSlugParams in lib/heroes/cached.ts).
export const ensureStatic = 'navigation';

export const generateMetadata = recordMetadataOf(getCachedUnit, { entity: 'Unit', page: 'unit' });

export default async function UnitPage({ params }: SlugProps) {
  const { locale, record: unit } = await openRecord(params, getCachedUnit);
  const t = await getTranslations('unit');
  const above = unitChain(unit).slice(1);
  const { book, text } = readTexts(unit.texts, locale);
  const unitName = (u: { id: string; name: string }) => text('Unit', u.id, 'name', u.name)!;
  const name = unitName(unit);
  return (
    <article>
      <RecordHeading name={name} />
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
