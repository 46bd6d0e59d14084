// The gazetteer as the seed writes it (prisma/data/places.json): names through time found in every
// script, points only with a precision and a source, and a Hero's places in the order of his life.
import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db';
import { getPlace, listHeroPlaces } from '../../lib/places/queries';
import { searchPlaces } from '../../lib/places/search';
import { searchHeroes } from '../../lib/search/search';
import { SearchQuerySchema } from '../../lib/search/schemas';
import { loadGazetteer } from '../../prisma/seed/places';

const heroSlugs = async (q: string) => (await searchHeroes(SearchQuerySchema.parse({ q }))).results.map((r) => r.slug);

describe('the gazetteer', () => {
  it('finds a place by its Soviet-era name in each script, and its Heroes', async () => {
    for (const q of ['Stalinabad', 'Сталинабад', 'Сталинобод', 'Dushanbe', 'Душанбе']) {
      const [first] = await searchPlaces(q);
      expect(first, q).toMatchObject({ name: 'Stalinabad', nameToday: 'Dushanbe' });
    }
    for (const q of ['Leninabad', 'Ленинабад', 'Ленинобод', 'Хуҷанд'])
      expect((await searchPlaces(q))[0]?.nameToday, q).toBe('Khujand');
    for (const q of ['Chkalovsk', 'Чкаловск', 'Бӯстон']) {
      const [first] = await searchPlaces(q);
      expect(first?.name, q).toMatch(/^Buston \(formerly Chkalovsk\)/);
      expect(first?.heroes, q).toBe(1);
      expect(await heroSlugs(q), q).toContain('boris-shmelyov'); // buried there
    }
    // A village's district and region find the Heroes born there, by their war-time names too.
    expect(await heroSlugs('Ленинобод')).toContain('tuychi-erdzhigitov');
    expect(await heroSlugs('Ашт')).toContain('tuychi-erdzhigitov');
  });

  it('gives every historical name with years a source, and every point a precision and a source', async () => {
    const dated = await db.placeName.findMany({
      where: { OR: [{ validFrom: { not: null } }, { validTo: { not: null } }] },
      select: { value: true, sourceId: true },
    });
    expect(dated.length).toBeGreaterThan(10);
    for (const name of dated) expect(name.sourceId, name.value).not.toBeNull();
    const located = await db.place.findMany({
      where: { latitude: { not: null } },
      select: { name: true, precision: true, coordSourceId: true, coordNote: true },
    });
    expect(located.length).toBe(loadGazetteer().places.filter((p) => p.point).length);
    for (const place of located) {
      expect(place.precision, place.name).not.toBeNull();
      expect(place.coordSourceId, place.name).not.toBeNull();
      expect(place.coordNote, place.name).toBeTruthy();
    }
    // A village GeoNames does not hold is placed at its district centre and says so.
    const bulok = await db.place.findFirstOrThrow({ where: { name: { startsWith: 'village of Bulok' } } });
    expect(bulok).toMatchObject({ precision: 'DISTRICT_CENTRE', kind: 'SETTLEMENT', geonamesId: 1514921 });
    // An ambiguous village stays unlocated.
    const koktobe = await db.place.findFirstOrThrow({ where: { name: { startsWith: 'village (aul) Koktobe' } } });
    expect(koktobe).toMatchObject({ latitude: null, precision: null });
  });

  it("lists a Hero's places in the order of his life, with the hierarchy of the war years", async () => {
    const events = await listHeroPlaces('tuychi-erdzhigitov', db);
    expect(events?.map((e) => e.role)).toEqual(['BIRTH', 'BATTLE', 'FEAT', 'DEATH', 'BURIAL']);
    const [birth] = events!;
    expect(birth!.date).toBe('1921-11-10');
    expect(birth!.place.ancestors.map((a) => a.name)).toEqual([
      'Asht district',
      'Leninabad region',
      'Tajik SSR',
      'Soviet Union',
    ]);
    expect(birth!.place.point).toMatchObject({
      precision: 'DISTRICT_CENTRE',
      source: { url: 'https://www.geonames.org/1514921' },
    });
    const burial = events!.at(-1)!;
    expect(burial.place.point).toMatchObject({ precision: 'SETTLEMENT', latitude: 59.35, longitude: 31.21667 });
    const page = await getPlace(burial.place.id, db);
    expect(page?.heroes.BURIAL.map((h) => h.slug)).toEqual(['tuychi-erdzhigitov']);
    expect(await listHeroPlaces('no-such-hero', db)).toBeNull();
  });
});
