// GeoNames' cities500 suggests; it never locates. "Leningrad" is also a former name of Mŭ'minobod
// in Tajikistan: a place stays unlocated whatever the candidates say, until a person confirms one.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../lib/db';
import { suggestCandidates, suggestCandidatesForName } from '../../lib/places/candidates';
import { importGeoNamesCandidates } from '../../lib/places/geonames-import';
import { foldName } from '../../lib/search/normalize';

describe('GeoNames candidates', () => {
  beforeAll(async () => {
    expect(await importGeoNamesCandidates(['TJ', 'RU'])).toBeGreaterThan(5_000);
  }, 120_000);

  it('imports the chosen countries only, and again without duplicates', async () => {
    const before = await db.geoNamesCandidate.count();
    expect(await importGeoNamesCandidates(['TJ'])).toBe(
      await db.geoNamesCandidate.count({ where: { countryCode: 'TJ' } }),
    );
    expect(await db.geoNamesCandidate.count()).toBe(before);
    expect(await db.geoNamesCandidate.count({ where: { countryCode: { notIn: ['TJ', 'RU'] } } })).toBe(0);
  });

  it('suggests every match for a name, the wrong ones too, by the Soviet-era name in either script', async () => {
    for (const name of ['Leningrad', 'Ленинград']) {
      const ids = (await suggestCandidatesForName(name)).map((s) => s.geonameId);
      expect(ids, name).toEqual(expect.arrayContaining([498817, 1221091])); // Saint Petersburg, and Mŭ'minobod in Tajikistan
    }
    expect((await suggestCandidatesForName('Чкаловск'))[0]).toMatchObject({ geonameId: 1538311, countryCode: 'TJ' });
  });

  it('never sets a coordinate: a place stays unlocated until a person confirms a candidate', async () => {
    const place = await db.place.create({
      data: {
        name: 'Leningrad (as an unlocated test place)',
        kind: 'SETTLEMENT',
        names: {
          create: [{ value: 'Leningrad', language: 'en', kind: 'HISTORICAL', normalized: foldName('Leningrad') }],
        },
      },
    });
    const suggestions = await suggestCandidates(place.id);
    expect(suggestions.map((s) => s.geonameId)).toEqual(expect.arrayContaining([498817, 1221091]));
    await importGeoNamesCandidates(['TJ']);
    expect(await db.place.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({
      latitude: null,
      longitude: null,
      precision: null,
      geonamesId: null,
    });
    // Nor does any place the seed left unlocated get one from the import.
    const unlocated = await db.place.count({ where: { precision: null, latitude: { not: null } } });
    expect(unlocated).toBe(0);
    expect(await suggestCandidates('no-such-place')).toEqual([]);
  });
});
