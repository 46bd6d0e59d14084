// Search as the site uses it: the hits from query.ts with what a reader needs to tell namesakes
// apart (life dates, birthplace, unit, decree date) and why each matched.
import type { GroupKey } from '../i18n/glossary';
import { db } from '../db';
import { displayName, heroNameSelect } from '../heroes/names';
import { heroLineFields } from '../heroes/public-select';
import { formatIsoPartial } from '../partial-date';
import { runSearch, type SearchHit } from './query';
import { listTranslations } from '../heroes/queries';
import { toLocale } from '../i18n/locale';
import { TextBook } from '../i18n/texts';
import type { SearchQuery } from './schemas';

export type SearchResult = {
  slug: string;
  name: string;
  nameRu: string;
  nameEn: string;
  birthDate: string | null;
  deathDate: string | null;
  /** In the reader's language where a translation exists; `birthPlaceLang` says which language it is in. */
  birthPlace: string | null;
  birthPlaceLang: string | null;
  unit: string | null;
  unitLang: string | null;
  decreeDate: string | null;
  group: GroupKey;
  countedIn64: boolean;
  membershipConfidence: 'HIGH' | 'MEDIUM' | 'LOW' | null;
  identityNote: string | null;
  score: number;
  matched: SearchHit['matched'];
};

export async function searchHeroes(
  query: SearchQuery,
  locale = 'en',
): Promise<{ results: SearchResult[]; total: number }> {
  const { hits, total } = await runSearch(db, query);
  if (hits.length === 0) return { results: [], total };
  const heroes = await db.hero.findMany({
    where: { id: { in: hits.map((h) => h.heroId) } },
    select: {
      id: true,
      ...heroNameSelect,
      ...heroLineFields,
      // The first unit the record lists is the one nearest the hero (regiment before division).
      services: { select: { unit: { select: { id: true, name: true } } }, orderBy: { id: 'asc' }, take: 1 },
      awards: { where: { kind: 'HERO_OF_THE_SOVIET_UNION' }, select: { decreeDate: true, decreePrecision: true } },
    },
  });
  const byId = new Map(heroes.map((hero) => [hero.id, hero]));
  const reader = toLocale(locale);
  const book = new TextBook(
    await listTranslations(
      heroes.flatMap((hero) => [
        ...(hero.birthPlace ? [{ entity: 'Place', entityId: hero.birthPlace.id }] : []),
        ...hero.services.map((service) => ({ entity: 'Unit', entityId: service.unit.id })),
      ]),
    ),
  );
  const results = hits.flatMap((hit) => {
    const hero = byId.get(hit.heroId);
    if (!hero) return [];
    const title = hero.awards[0];
    const place = hero.birthPlace;
    const birthPlace = place
      ? book.text(
          { entity: 'Place', entityId: place.id, field: place.nameToday ? 'nameToday' : 'name' },
          place.nameToday ?? place.name,
          reader,
        )
      : null;
    const unitRow = hero.services[0]?.unit;
    const unit = unitRow
      ? book.text({ entity: 'Unit', entityId: unitRow.id, field: 'name' }, unitRow.name, reader)
      : null;
    return [
      {
        slug: hero.slug,
        name: displayName(hero, locale),
        nameRu: displayName(hero, 'ru'),
        nameEn: displayName(hero, 'en'),
        birthDate: hero.birthDate ? formatIsoPartial(hero.birthDate, hero.birthDatePrecision ?? 'DAY') : null,
        deathDate: hero.deathDate ? formatIsoPartial(hero.deathDate, hero.deathDatePrecision ?? 'DAY') : null,
        birthPlace: birthPlace?.value ?? null,
        birthPlaceLang: birthPlace?.lang ?? null,
        unit: unit?.value ?? null,
        unitLang: unit?.lang ?? null,
        decreeDate: title?.decreeDate ? formatIsoPartial(title.decreeDate, title.decreePrecision ?? 'DAY') : null,
        group: hero.group,
        countedIn64: hero.countedIn64,
        membershipConfidence: hero.membershipConfidence,
        identityNote: hero.identityNote,
        score: hit.score,
        matched: hit.matched,
      },
    ];
  });
  return { results, total };
}
