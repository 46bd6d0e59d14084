// schema.org Person for a profile, built only from stored facts.
import { formatIsoPartial } from '../partial-date';
import { displayName } from './names';
import { externalLinks } from '../exports/external-ids';
import type { HeroProfile } from './queries';

/** `award` and `description` in the page's language, as the page shows them. */
export function heroJsonLd(hero: HeroProfile, locale: string, shown: { award: string; description: string }): string {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: displayName(hero, locale),
    alternateName: hero.names.map((n) => n.value),
    award: shown.award,
    description: shown.description,
  };
  if (hero.birthDate) data.birthDate = formatIsoPartial(hero.birthDate, hero.birthDatePrecision ?? 'DAY');
  if (hero.deathDate) data.deathDate = formatIsoPartial(hero.deathDate, hero.deathDatePrecision ?? 'DAY');
  if (hero.birthPlace) data.birthPlace = { '@type': 'Place', name: hero.birthPlace.nameToday ?? hero.birthPlace.name };
  if (hero.deathPlace) data.deathPlace = { '@type': 'Place', name: hero.deathPlace.name };
  if (hero.nationality) data.nationality = hero.nationality;
  // sameAs says "the same person": a possible match is not that.
  const sameAs = externalLinks(hero)
    .filter((link) => link.confirmed)
    .map((link) => link.url);
  if (sameAs.length) data.sameAs = sameAs;
  // "<" is escaped so that no stored text can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
