// Search as the site uses it: the hits from query.ts with what a reader needs to tell namesakes
// apart (life dates, birthplace, unit, decree date) and why each matched.
import { db } from '../db';
import { displayName, heroNameSelect } from '../heroes/names';
import { formatIsoPartial } from '../partial-date';
import { runSearch, type SearchHit } from './query';
import type { SearchQuery } from './schemas';

export type SearchResult = {
  slug: string;
  name: string;
  nameRu: string;
  nameEn: string;
  birthDate: string | null;
  deathDate: string | null;
  birthPlace: string | null;
  unit: string | null;
  decreeDate: string | null;
  group: 'TAJIK_SSR' | 'TAJIK_ELSEWHERE' | 'POSTWAR_TAJIKISTAN' | 'ADDED_2018';
  countedIn64: boolean;
  membershipConfidence: 'HIGH' | 'MEDIUM' | 'LOW' | null;
  identityNote: string | null;
  score: number;
  matched: SearchHit['matched'];
};

export async function searchHeroes(query: SearchQuery, locale = 'en'): Promise<{ results: SearchResult[]; total: number }> {
  const { hits, total } = await runSearch(db, query);
  if (hits.length === 0) return { results: [], total };
  const heroes = await db.hero.findMany({
    where: { id: { in: hits.map((h) => h.heroId) } },
    select: {
      id: true,
      ...heroNameSelect,
      group: true,
      countedIn64: true,
      membershipConfidence: true,
      identityNote: true,
      birthDate: true,
      birthDatePrecision: true,
      deathDate: true,
      deathDatePrecision: true,
      birthPlace: { select: { name: true, nameToday: true } },
      // The first unit the record lists is the one nearest the hero (regiment before division).
      services: { select: { unit: { select: { name: true } } }, orderBy: { id: 'asc' }, take: 1 },
      awards: { where: { kind: 'HERO_OF_THE_SOVIET_UNION' }, select: { decreeDate: true, decreePrecision: true } },
    },
  });
  const byId = new Map(heroes.map((hero) => [hero.id, hero]));
  const results = hits.flatMap((hit) => {
    const hero = byId.get(hit.heroId);
    if (!hero) return [];
    const title = hero.awards[0];
    return [
      {
        slug: hero.slug,
        name: displayName(hero, locale),
        nameRu: displayName(hero, 'ru'),
        nameEn: displayName(hero, 'en'),
        birthDate: hero.birthDate ? formatIsoPartial(hero.birthDate, hero.birthDatePrecision ?? 'DAY') : null,
        deathDate: hero.deathDate ? formatIsoPartial(hero.deathDate, hero.deathDatePrecision ?? 'DAY') : null,
        birthPlace: hero.birthPlace?.nameToday ?? hero.birthPlace?.name ?? null,
        unit: hero.services[0]?.unit.name ?? null,
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
