// A place's name then and now in the reader's language, and the collection maps' grouping: pure
// functions over a small gazetteer written here (drawing fixtures, not the archive's facts).
import { describe, expect, it } from 'vitest';
import { TextBook } from '../../lib/i18n/texts';
import { buildCollectionView, groupPlaceIndex } from '../../lib/places/collection';
import { nameNow, nameThen, placeWording } from '../../lib/places/labels';
import type { CollectionPlace, GazetteerEntry, HeroPlaceRole, HeroRef, PlaceNameView } from '../../lib/places/queries';

const name = (
  value: string,
  language: string,
  kind: PlaceNameView['kind'],
  validFrom: string | null = null,
  validTo: string | null = null,
): PlaceNameView => ({ value, language, kind, validFrom, validTo, source: null });
const point = (latitude: number, longitude: number, precision: 'SETTLEMENT' | 'DISTRICT_CENTRE') => ({
  latitude,
  longitude,
  precision,
  source: null,
  note: null,
});
const entry = (
  id: string,
  kind: GazetteerEntry['kind'],
  parentId: string | null,
  names: PlaceNameView[] = [],
  extra: Partial<GazetteerEntry> = {},
): GazetteerEntry => ({ id, name: id, nameToday: null, kind, parentId, point: null, names, ...extra });

const republic = entry(
  'Tajik SSR',
  'REPUBLIC',
  null,
  [
    name('Таджикская ССР', 'ru', 'HISTORICAL'),
    name('Таджикистан', 'ru', 'OFFICIAL'),
    name('Tajikistan', 'en', 'OFFICIAL'),
  ],
  { nameToday: 'Tajikistan' },
);
const region = entry('Leninabad region', 'REGION', 'Tajik SSR', [
  name('Ленинабадская область', 'ru', 'HISTORICAL'),
  name('Согдийская область', 'ru', 'OFFICIAL'),
  name('Sughd Region', 'en', 'OFFICIAL'),
]);
const district = entry(
  'Asht district',
  'DISTRICT',
  'Leninabad region',
  [name('Аштский район', 'ru', 'OFFICIAL'), name('ноҳияи Ашт', 'tg', 'OFFICIAL')],
  { point: point(40.67, 70.35, 'DISTRICT_CENTRE') },
);
const village = entry(
  'village of Bulok',
  'SETTLEMENT',
  'Asht district',
  [name('Bulok', 'en', 'OFFICIAL'), name('Булок', 'tg', 'OFFICIAL')],
  { point: point(40.67, 70.35, 'DISTRICT_CENTRE') },
);
const capital = entry(
  'Stalinabad',
  'SETTLEMENT',
  'Tajik SSR',
  [
    name('Сталинабад', 'ru', 'HISTORICAL', '1929', '1961'),
    name('Душанбе', 'ru', 'OFFICIAL'),
    name('Dushanbe', 'en', 'OFFICIAL'),
  ],
  { nameToday: 'Dushanbe', point: point(38.54, 68.78, 'SETTLEMENT') },
);
const unlocated = entry('Koktobe', 'SETTLEMENT', 'Tajik SSR');
const gazetteer = [republic, region, district, village, capital, unlocated];

const hero = (slug: string): HeroRef => ({
  slug,
  surnameEn: slug,
  givenEn: null,
  givenInitialEn: null,
  surnameRu: slug,
  givenRu: null,
  patronymicRu: null,
  givenInitialRu: null,
  patronymicInitialRu: null,
  fullNameTg: null,
  killedInAction: null,
});
const roles = (heroes: Partial<Record<HeroPlaceRole, HeroRef[]>>): Record<HeroPlaceRole, HeroRef[]> => ({
  BIRTH: [],
  CALL_UP: [],
  BATTLE: [],
  FEAT: [],
  DEATH: [],
  FIRST_BURIAL: [],
  BURIAL: [],
  MEMORIAL: [],
  ...heroes,
});
const tied = (place: GazetteerEntry, heroes: Partial<Record<HeroPlaceRole, HeroRef[]>>): CollectionPlace => ({
  id: place.id,
  name: place.name,
  nameToday: place.nameToday,
  kind: place.kind,
  point: place.point,
  names: place.names,
  ancestors: [],
  heroes: roles(heroes),
});

const book = new TextBook([]);

describe('a place named then and now', () => {
  it("takes the war-time name in the reader's language, the record's wording where it was renamed, and today's official name", () => {
    expect(nameThen(capital, 'ru', book)).toEqual({ value: 'Сталинабад', lang: 'ru', isFallback: false });
    expect(nameNow(capital, 'ru', book)).toEqual({ value: 'Душанбе', lang: 'ru', isFallback: false });
    // Renamed (a historical name exists), with no English historical name: the record's English wording.
    expect(nameThen(region, 'en', book).value).toBe('Leninabad region');
    expect(nameNow(region, 'en', book)?.value).toBe('Sughd Region');
    // Never renamed: its official name is its name then too; a Tajik reader without Tajik falls back to Russian.
    expect(nameThen(district, 'tg', book).value).toBe('ноҳияи Ашт');
    expect(nameThen(republic, 'tg', book)).toMatchObject({ value: 'Таджикская ССР', lang: 'ru', isFallback: true });
    expect(nameNow(republic, 'ru', book)?.value).toBe('Таджикистан');
    expect(nameNow(unlocated, 'en', book)).toBeNull();
    // A later name without years is not the war-time one where a source wrote the place otherwise.
    const aul = entry('village (aul) Koktobe; later renamed Spataevo', 'SETTLEMENT', null, [
      name('Koktobe', 'en', 'AS_IN_SOURCE'),
      name('Spataevo', 'en', 'HISTORICAL'),
    ]);
    expect(nameThen(aul, 'en', book).value).toBe('village (aul) Koktobe; later renamed Spataevo');
    expect(nameThen(aul, 'tg', book)).toMatchObject({ value: 'Koktobe', lang: 'en', isFallback: true });
    // A source's wording in English does not hide the Russian historical name from a Tajik reader.
    const district2 = entry('Kanibadam district', 'DISTRICT', null, [
      name('Kanibadam district', 'en', 'AS_IN_SOURCE'),
      name('Канибадамский район', 'ru', 'HISTORICAL'),
    ]);
    expect(nameThen(district2, 'tg', book).value).toBe('Канибадамский район');
  });
});

describe("a Hero's list naming a place", () => {
  const city = entry('Leningrad', 'SETTLEMENT', null, [
    name('Leningrad', 'en', 'HISTORICAL', '1924', '1991'),
    name('Ленинград', 'ru', 'HISTORICAL', '1924', '1991'),
    name('Saint Petersburg', 'en', 'OFFICIAL'),
    name('Санкт-Петербург', 'ru', 'OFFICIAL'),
  ]);
  const ref = { entity: 'Place', entityId: 'Leningrad', field: 'name' };
  const english = { value: 'Leningrad', lang: 'en' as const, status: 'SOURCE' as const, isFallback: true, ref };

  it("gives a settlement's gazetteer name where the record's wording is only in a language read later", () => {
    expect(placeWording(english, nameThen(city, 'ru', book), 'SETTLEMENT', 'ru')).toMatchObject({
      value: 'Ленинград',
      lang: 'ru',
      isFallback: false,
      ref,
    });
    expect(placeWording(english, nameNow(city, 'ru', book), 'SETTLEMENT', 'ru')?.value).toBe('Санкт-Петербург');
    // A Tajik reader reads Russian before English: the Russian name, still offered for translation.
    expect(placeWording(english, nameThen(city, 'tg', book), 'SETTLEMENT', 'tg')).toMatchObject({
      value: 'Ленинград',
      lang: 'ru',
      isFallback: true,
    });
  });

  it("keeps the record's wording in the reader's language, for English readers, and for places worded with more than a name", () => {
    const russian = { ...english, value: 'Ленинград (в блокаде)', lang: 'ru' as const, isFallback: false };
    expect(placeWording(russian, nameThen(city, 'ru', book), 'SETTLEMENT', 'ru')).toBe(russian);
    const forEnglish = { ...english, isFallback: false };
    expect(placeWording(forEnglish, nameThen(city, 'en', book), 'SETTLEMENT', 'en')).toBe(forEnglish);
    // "Mass grave in Lyuban" is not Lyuban: an area, a cemetery or a memorial keeps its wording.
    const grave = { ...english, value: 'mass grave in Lyuban' };
    const lyuban = entry('mass grave in Lyuban', 'CEMETERY', null, [name('Любань', 'ru', 'OFFICIAL')]);
    expect(placeWording(grave, nameThen(lyuban, 'ru', book), 'CEMETERY', 'ru')).toBe(grave);
    expect(placeWording(english, null, 'SETTLEMENT', 'ru')).toBe(english);
  });
});

describe('the collection maps', () => {
  const places = [
    tied(village, { BIRTH: [hero('a'), hero('b')] }),
    tied(district, { CALL_UP: [hero('a'), hero('c')] }),
    tied(capital, { BIRTH: [hero('d')], BURIAL: [hero('a')] }),
    tied(unlocated, { BIRTH: [hero('e')] }),
  ];

  it('counts where they came from by district, each Hero once, and keeps an unlocated place in the table without a marker', () => {
    const view = buildCollectionView('origin', gazetteer, places);
    const byId = Object.fromEntries(view.rows.map((row) => [row.place.id, row]));
    expect(Object.keys(byId).sort()).toEqual(['Asht district', 'Koktobe', 'Stalinabad']);
    expect(byId['Asht district']!.heroes.map((h) => h.hero.slug)).toEqual(['a', 'b', 'c']);
    expect(byId['Asht district']!.counts).toEqual({ BIRTH: 2, CALL_UP: 2 });
    expect(byId['Asht district']!.region?.id).toBe('Leninabad region');
    expect(byId['Asht district']!.approximate).toBe(true);
    expect(byId['Koktobe']!.located).toBe(false);
    expect(view.heroes).toBe(5);
    expect(view.points.map((p) => p.label).sort()).toEqual(['1', '3']);
  });

  it('counts where they rest by the place itself', () => {
    const view = buildCollectionView('rest', gazetteer, places);
    expect(view.rows.map((row) => [row.place.id, row.heroes.length])).toEqual([['Stalinabad', 1]]);
  });

  it('groups the place index under the republic of the war years, larger kinds first', () => {
    const [group] = groupPlaceIndex(gazetteer, places);
    expect(group!.top?.id).toBe('Tajik SSR');
    expect(group!.places.map((p) => p.place.id)).toEqual([
      'Leninabad region',
      'Asht district',
      'Koktobe',
      'Stalinabad',
      'village of Bulok',
    ]);
    expect(group!.places.find((p) => p.place.id === 'Stalinabad')!.heroes).toBe(2);
  });
});
