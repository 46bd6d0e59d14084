// The public JSON shape of heroes: the list's items (plain values, dates as partial ISO strings)
// and one Hero, which is the export's record.
import { db } from '../db';
import { readPublishedHero } from '../exports/export';
import type { ExportHero } from '../exports/schemas';
import { formatIsoPartial, type DatePrecision } from '../partial-date';
import { displayName } from './names';
import type { HeroListItem } from './queries';

function iso(date: Date | null, precision: DatePrecision | null): string | null {
  return date ? formatIsoPartial(date, precision ?? 'DAY') : null;
}

export function toApiListItem(hero: HeroListItem) {
  const title = hero.awards[0];
  return {
    slug: hero.slug,
    name: { en: displayName(hero, 'en'), ru: displayName(hero, 'ru') },
    group: hero.group,
    countedIn64: hero.countedIn64,
    confidence: hero.confidence,
    birthDate: iso(hero.birthDate, hero.birthDatePrecision),
    deathDate: iso(hero.deathDate, hero.deathDatePrecision),
    birthPlace: hero.birthPlace ? { name: hero.birthPlace.name, today: hero.birthPlace.nameToday } : null,
    rankAtFeat: hero.rankAtFeat,
    titleDecreeDate: title ? iso(title.decreeDate, title.decreePrecision) : null,
  };
}

/**
 * One Hero for GET /api/heroes/{slug}: the export's record itself (one schema, one builder), so
 * the API and the export cannot drift apart.
 */
export function getPublicHeroRecord(slug: string): Promise<ExportHero | null> {
  return readPublishedHero(db, slug);
}
