// schema.org Person for a profile, built only from stored facts.
import { formatIsoPartial } from '../partial-date';
import { displayName } from './names';
import { externalLinks } from '../exports/external-ids';
import type { HeroProfile } from './queries';

export function heroJsonLd(hero: HeroProfile, locale: string): string {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: displayName(hero, locale),
    alternateName: hero.names.map((n) => n.value),
    award: locale === 'ru' ? 'Герой Советского Союза' : 'Hero of the Soviet Union',
    description: (locale === 'ru' ? hero.biographyRu : hero.biographyEn).split('\n\n')[0],
  };
  if (hero.birthDate) data.birthDate = formatIsoPartial(hero.birthDate, hero.birthDatePrecision ?? 'DAY');
  if (hero.deathDate) data.deathDate = formatIsoPartial(hero.deathDate, hero.deathDatePrecision ?? 'DAY');
  if (hero.birthPlace) data.birthPlace = { '@type': 'Place', name: hero.birthPlace.nameToday ?? hero.birthPlace.name };
  if (hero.deathPlace) data.deathPlace = { '@type': 'Place', name: hero.deathPlace.name };
  if (hero.nationality) data.nationality = hero.nationality;
  const sameAs = externalLinks(hero).map((link) => link.url);
  if (sameAs.length) data.sameAs = sameAs;
  // "<" is escaped so that no stored text can close the script element.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
