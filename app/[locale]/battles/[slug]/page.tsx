import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/link';
import { getCachedBattle, staticSlugParams } from '@/lib/heroes/cached';
import { displayName } from '@/lib/heroes/names';
import { Localized } from '../../../_components/localized';
import { DateText } from '../../../_components/partial-date';
import { parsePartialDate } from '@/lib/partial-date';
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

export const generateMetadata = recordMetadataOf(getCachedBattle, { entity: 'Battle', page: 'battle' });

export default async function BattlePage({ params }: SlugProps) {
  const { locale, record: battle } = await openRecord(params, getCachedBattle);
  const t = await getTranslations('battle');
  const { text } = readTexts(battle.texts, locale);
  const name = text('Battle', battle.id, 'name', battle.name)!;
  const dates = text('Battle', battle.id, 'dateText', battle.dateText);
  const place = text('Battle', battle.id, 'place', battle.place);
  return (
    <article>
      <RecordHeading name={name} />
      {dates && (
        <p>
          {t('dates')}:{' '}
          {parsePartialDate(dates.value) ? <DateText text={dates.value} locale={locale} /> : <Localized text={dates} />}
        </p>
      )}
      {place && (
        <p>
          {t('place')}: <Localized text={place} />
        </p>
      )}
      <h2>{t('fought')}</h2>
      <ul data-testid="heroes">
        {battle.participations.map((p) => (
          <li key={p.hero.slug}>
            <Link href={`/heroes/${p.hero.slug}`}>{displayName(p.hero, locale)}</Link>
            {[
              text('BattleParticipation', p.id, 'note', p.note),
              text('BattleParticipation', p.id, 'dateText', p.dateText),
              text('BattleParticipation', p.id, 'place', p.place),
            ]
              .filter((part) => part !== null)
              .map((part, index) => (
                <span key={index} className="muted">
                  {index === 0 ? ' — ' : ', '}
                  {/* A date kept as text is still shown in the one date format of the reader's language. */}
                  {part.ref.field === 'dateText' && parsePartialDate(part.value) ? (
                    <DateText text={part.value} locale={locale} />
                  ) : (
                    <Localized text={part} />
                  )}
                </span>
              ))}
          </li>
        ))}
      </ul>
    </article>
  );
}
