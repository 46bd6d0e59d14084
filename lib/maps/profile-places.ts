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
  return {
    id: null,
    slug: null,
    name: text,
    nameToday: null,
    latitude: null,
    longitude: null,
    precision: null,
    coordSource: null,
    nameRef: { entity, entityId, field },
    nameTodayRef: null,
  };
}

function dated(
  date: Date | null | undefined,
  precision: DatePrecision | null | undefined,
  text?: string | null,
): EventDate | null {
  if (date) return { iso: formatIsoPartial(date, precision ?? 'DAY'), text: null };
  if (text) return { iso: parsePartialDate(text) ? text : null, text: parsePartialDate(text) ? null : text };
  return null;
}

export function placesOfProfile(hero: HeroProfile): HeroPlacesInput {
  return {
    birth: hero.birthPlace
      ? { place: placeRow(hero.birthPlace), date: dated(hero.birthDate, hero.birthDatePrecision) }
      : null,
    battles: hero.battles
      .filter((p) => p.place)
      .map((p) => ({
        place: placeText(p.place!, 'BattleParticipation', p.id, 'place'),
        date: dated(null, null, p.dateText),
        name: { text: p.battle.name, ref: { entity: 'Battle', entityId: p.battle.id, field: 'name' } },
      })),
    feat: hero.featPlace
      ? {
          place: placeText(hero.featPlace, 'Hero', hero.id, 'featPlace'),
          date: dated(hero.featDate, hero.featDatePrecision, hero.featDateText),
        }
      : null,
    death: hero.deathPlace
      ? { place: placeRow(hero.deathPlace), date: dated(hero.deathDate, hero.deathDatePrecision) }
      : null,
    burial: hero.burialPlace ? { place: placeRow(hero.burialPlace), date: null } : null,
    memorials: hero.memorials
      .filter((m) => m.place)
      .map((m) => ({
        place: placeText(m.place!, 'Memorial', m.id, 'place'),
        description: { text: m.description, ref: { entity: 'Memorial', entityId: m.id, field: 'description' } },
      })),
  };
}

type GazetteerEvent = import('../places/queries').HeroPlaceEvent;
type GazetteerPlace = GazetteerEvent['place'];

function gazetteerPlace(place: GazetteerPlace): PlaceRef {
  return {
    id: place.id,
    // Places have no slug: a place's page is addressed by its id (/places/<id>).
    slug: place.id,
    name: place.name,
    nameToday: place.nameToday,
    latitude: place.point?.latitude ?? null,
    longitude: place.point?.longitude ?? null,
    precision: place.point?.precision ?? null,
    coordSource: place.point?.source
      ? (place.point.source.title ?? place.point.source.url ?? place.point.source.publisher)
      : null,
    nameRef: { entity: 'Place', entityId: place.id, field: 'name' },
    nameTodayRef: place.nameToday ? { entity: 'Place', entityId: place.id, field: 'nameToday' } : null,
    gazetteer: { kind: place.kind, names: place.names },
  };
}

/**
 * The gazetteer's list of a Hero's places (lib/places/ listHeroPlaces) as the Places list's
 * input. Only a point with a precision is drawn there; the profile's own record supplies the
 * ids the battle and memorial texts are translated under, and the feat's place while it is text.
 */
export function placesOfGazetteer(events: readonly GazetteerEvent[], hero: HeroProfile): HeroPlacesInput {
  const one = (role: GazetteerEvent['role']) => {
    const event = events.find((e) => e.role === role);
    return event
      ? {
          place: gazetteerPlace(event.place),
          date: event.date || event.dateText ? { iso: event.date, text: event.date ? null : event.dateText } : null,
        }
      : null;
  };
  const fromProfile = placesOfProfile(hero);
  return {
    birth: one('BIRTH'),
    callUp: one('CALL_UP'),
    battles: events
      .filter((e) => e.role === 'BATTLE')
      .map((e) => {
        const participation = hero.battles.find((p) => p.battle.slug === e.battleSlug);
        const name = participation
          ? {
              text: participation.battle.name,
              ref: { entity: 'Battle', entityId: participation.battle.id, field: 'name' },
            }
          : { text: e.detail ?? '', ref: { entity: 'Place', entityId: e.place.id, field: 'name' } };
        return { place: gazetteerPlace(e.place), date: dated(null, null, e.date ?? e.dateText), name };
      })
      // A battle whose place is still only text stays in the list, unlocated.
      .concat(
        (fromProfile.battles ?? []).filter((b) => !events.some((e) => e.role === 'BATTLE' && e.detail === b.name.text)),
      ),
    feat: one('FEAT') ?? fromProfile.feat,
    death: one('DEATH'),
    firstBurial: one('FIRST_BURIAL'),
    burial: one('BURIAL'),
    memorials: events
      .filter((e) => e.role === 'MEMORIAL')
      .map((e) => {
        const memorial = hero.memorials.find((m) => m.description === e.detail);
        return {
          place: gazetteerPlace(e.place),
          description: {
            text: e.detail ?? '',
            ref: memorial
              ? { entity: 'Memorial', entityId: memorial.id, field: 'description' }
              : { entity: 'Place', entityId: e.place.id, field: 'name' },
          },
        };
      }),
  };
}
