// The public JSON shape of heroes: plain values, dates as partial ISO strings.
import { formatIsoPartial, type DatePrecision } from '../partial-date';
import { displayName } from './names';
import type { HeroListItem, HeroProfile } from './queries';

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

export function toApiHero(hero: HeroProfile) {
  return {
    slug: hero.slug,
    name: { en: displayName(hero, 'en'), ru: displayName(hero, 'ru'), tg: hero.fullNameTg },
    names: hero.names,
    group: hero.group,
    countedIn64: hero.countedIn64,
    membershipNote: hero.membershipNote,
    identityNote: hero.identityNote,
    nationality: hero.nationality,
    birthDate: iso(hero.birthDate, hero.birthDatePrecision),
    deathDate: iso(hero.deathDate, hero.deathDatePrecision),
    killedInAction: hero.killedInAction,
    birthPlace: hero.birthPlace,
    deathPlace: hero.deathPlace,
    burialPlace: hero.burialPlace,
    rankAtFeat: hero.rankAtFeat,
    role: hero.role,
    feat: { date: iso(hero.featDate, hero.featDatePrecision) ?? hero.featDateText, place: hero.featPlace, facts: hero.featFacts },
    postwar: hero.postwar,
    biography: { en: hero.biographyEn, ru: hero.biographyRu },
    units: hero.services.map((s) => ({ slug: s.unit.slug, name: s.unit.name, level: s.unit.level, parent: s.unit.parent?.slug ?? null, role: s.role, rank: s.rank, from: s.fromDate, to: s.toDate, note: s.note })),
    battles: hero.battles.map((b) => ({ slug: b.battle.slug, name: b.battle.name, date: b.dateText, place: b.place, note: b.note })),
    awards: hero.awards.map((a) => ({ kind: a.kind, name: a.name, decreeDate: iso(a.decreeDate, a.decreePrecision), posthumous: a.posthumous, goldStarNo: a.goldStarNo, documentRef: a.documentRef })),
    sources: hero.citations.map((c) => ({ ...c.source, supports: c.supports })),
    conflicts: hero.conflicts,
    memorials: hero.memorials,
    externalIds: { wikidata: hero.wikidataId, warheroes: hero.warheroesId, pamyatNaroda: hero.pamyatNarodaId, podvigNaroda: hero.podvigNarodaId },
    confidence: hero.confidence,
    completeness: hero.completeness,
  };
}
