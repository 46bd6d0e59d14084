// Today's profile record as the input of the "Places" list (lib/maps/hero-places.ts): the birth,
// death and burial Places, and the places the record keeps only as text (the feat's, each battle's,
// each memorial's), which stay in the list unlocated until the gazetteer links them to a Place.
import type { HeroProfile } from '../heroes/queries';
import { formatIsoPartial, parsePartialDate, type DatePrecision } from '../partial-date';
import type { EventDate, HeroPlacesInput, PlaceRef } from './hero-places';

type PlaceRow = NonNullable<HeroProfile['birthPlace']>;

function placeRow(row: PlaceRow): PlaceRef {
  return {
    id: row.id,
    slug: null,
    name: row.name,
    nameToday: row.nameToday,
    latitude: row.latitude,
    longitude: row.longitude,
    precision: null,
    coordSource: null,
    nameRef: { entity: 'Place', entityId: row.id, field: 'name' },
    nameTodayRef: row.nameToday ? { entity: 'Place', entityId: row.id, field: 'nameToday' } : null,
  };
}

function placeText(text: string, entity: string, entityId: string, field: string): PlaceRef {
  return { id: null, slug: null, name: text, nameToday: null, latitude: null, longitude: null, precision: null, coordSource: null, nameRef: { entity, entityId, field }, nameTodayRef: null };
}

function dated(date: Date | null | undefined, precision: DatePrecision | null | undefined, text?: string | null): EventDate | null {
  if (date) return { iso: formatIsoPartial(date, precision ?? 'DAY'), text: null };
  if (text) return { iso: parsePartialDate(text) ? text : null, text: parsePartialDate(text) ? null : text };
  return null;
}

export function placesOfProfile(hero: HeroProfile): HeroPlacesInput {
  return {
    birth: hero.birthPlace ? { place: placeRow(hero.birthPlace), date: dated(hero.birthDate, hero.birthDatePrecision) } : null,
    battles: hero.battles
      .filter((p) => p.place)
      .map((p) => ({
        place: placeText(p.place!, 'BattleParticipation', p.id, 'place'),
        date: dated(null, null, p.dateText),
        name: { text: p.battle.name, ref: { entity: 'Battle', entityId: p.battle.id, field: 'name' } },
      })),
    feat: hero.featPlace ? { place: placeText(hero.featPlace, 'Hero', hero.id, 'featPlace'), date: dated(hero.featDate, hero.featDatePrecision, hero.featDateText) } : null,
    death: hero.deathPlace ? { place: placeRow(hero.deathPlace), date: dated(hero.deathDate, hero.deathDatePrecision) } : null,
    burial: hero.burialPlace ? { place: placeRow(hero.burialPlace), date: null } : null,
    memorials: hero.memorials
      .filter((m) => m.place)
      .map((m) => ({ place: placeText(m.place!, 'Memorial', m.id, 'place'), description: { text: m.description, ref: { entity: 'Memorial', entityId: m.id, field: 'description' } } })),
  };
}
