import { describe, expect, it } from 'vitest';
import { heroPlaceStops, mapPointsOf, type PlaceRef } from '../../lib/maps/hero-places';
import { buildLifeInTime, lifeDates, type LifeInput } from '../../lib/heroes/life-in-time';

const place = (
  id: string | null,
  name: string,
  at?: [number, number],
  precision: PlaceRef['precision'] = null,
): PlaceRef => ({
  id,
  slug: null,
  name,
  nameToday: null,
  latitude: at?.[0] ?? null,
  longitude: at?.[1] ?? null,
  precision,
  coordSource: null,
  nameRef: { entity: 'Place', entityId: id ?? 'x', field: 'name' },
  nameTodayRef: null,
});

describe('the places of a life', () => {
  it('lists places in life order, one row per place, numbered as the markers are', () => {
    const lyuban = place('p3', 'Lyuban', [59.35, 31.25], 'SETTLEMENT');
    const stops = heroPlaceStops({
      birth: {
        place: place('p1', 'village of Bulok', [40.67, 70.35], 'DISTRICT_CENTRE'),
        date: { iso: '1921-11-10', text: null },
      },
      feat: { place: place(null, 'near Smerdynya'), date: { iso: '1943-10-05', text: null } },
      death: { place: lyuban, date: { iso: '1943-10-05', text: null } },
      burial: { place: lyuban, date: null },
    });
    expect(stops.map((s) => [s.number, s.place.name, s.events.map((e) => e.kind)])).toEqual([
      [1, 'village of Bulok', ['birth']],
      [2, 'near Smerdynya', ['feat']],
      [3, 'Lyuban', ['death', 'burial']],
    ]);
    // The unlocated feat place stays in the list and gets no marker.
    expect(stops[1]!.located).toBe(false);
    expect(mapPointsOf(stops)).toEqual([
      { lat: 40.67, lon: 70.35, label: '1', approximate: true },
      { lat: 59.35, lon: 31.25, label: '3', approximate: false },
    ]);
  });

  it('draws a point nobody qualified as approximate', () => {
    const [stop] = heroPlaceStops({ burial: { place: place('p', 'Buston', [40.52, 69.33]), date: null } });
    expect(stop!.approximate).toBe(true);
  });
});

describe('a life in time', () => {
  it('reads partial dates, ranges and words, keeping only what a <time> can carry', () => {
    expect(lifeDates('1943-10-05')).toEqual({ from: { iso: '1943-10-05', text: null }, to: null });
    expect(lifeDates('1941-09/1941-12')).toEqual({
      from: { iso: '1941-09', text: null },
      to: { iso: '1941-12', text: null },
    });
    expect(lifeDates('1941-1944')).toEqual({ from: { iso: '1941', text: null }, to: { iso: '1944', text: null } });
    expect(lifeDates('autumn 1943')).toEqual({ from: { iso: '1943', text: 'autumn 1943' }, to: null });
    expect(lifeDates('date not known')).toEqual({ from: { iso: null, text: 'date not known' }, to: null });
    expect(lifeDates(null)).toBeNull();
  });

  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  /** A place of the record known by its name alone. */
  const namedPlace = (id: string, name: string) => ({
    id,
    name,
    nameToday: null,
    district: null,
    region: null,
    country: null,
    latitude: null,
    longitude: null,
  });
  const noArchive = { publisher: null, year: null, archiveFond: null, archiveOpis: null, archiveDelo: null };
  /** A source known by its address alone, or by its title alone. */
  const sourceAt = (url: string) => ({ url, title: null, ...noArchive });
  const sourceTitled = (title: string) => ({ url: null, title, ...noArchive });
  const hero: LifeInput = {
    id: 'h',
    birthDate: day('1921-11-10'),
    birthDatePrecision: 'DAY',
    birthPlace: namedPlace('p1', 'Bulok'),
    deathDate: day('1943-10-05'),
    deathDatePrecision: 'DAY',
    deathPlace: null,
    burialPlace: namedPlace('p3', 'Lyuban'),
    killedInAction: true,
    featDate: day('1943-10-05'),
    featDatePrecision: 'DAY',
    featDateText: null,
    featPlace: 'near Smerdynya',
    services: [
      {
        id: 's',
        role: null,
        rank: null,
        fromDate: null,
        toDate: null,
        note: null,
        unit: { id: 'u', slug: 'u', name: '1064th Rifle Regiment', level: 'REGIMENT', parent: null },
      },
    ],
    battles: [
      {
        id: 'b1',
        dateText: '1942-11-23',
        place: 'Kalmykia',
        note: null,
        battle: { id: 'B1', slug: 'b1', name: 'Battle of Stalingrad', dateText: '1942-07-17/1943-02-02', place: null },
      },
    ],
    awards: [
      {
        id: 'a',
        kind: 'HERO_OF_THE_SOVIET_UNION',
        name: null,
        decreeDate: day('1944-02-21'),
        decreePrecision: 'DAY',
        posthumous: true,
        goldStarNo: null,
        documentRef: null,
      },
    ],
    memorials: [{ id: 'm', kind: 'street', description: 'A street in Lyuban bears his name.', place: null }],
    citations: [
      {
        id: 'c1',
        supports: 'birth 10 Nov 1921 in Bulok; 1064th Rifle Regt; burial Lyuban',
        source: sourceAt('https://it.topwar.ru/x'),
        sourceId: 's1',
        mediaId: null,
      },
      {
        id: 'c3',
        supports: 'possibly listed as born in Tajikistan (uncertain)',
        source: sourceAt('https://thefreelibrary.com/x'),
        sourceId: 's3',
        mediaId: null,
      },
      {
        id: 'c2',
        supports: 'decree 21 Feb 1944, posthumous; memorials',
        source: sourceTitled('Heroes of Tajikistan'),
        sourceId: 's2',
        mediaId: null,
      },
    ],
    conflicts: [{ id: 'k', field: 'death date', values: ['5 Oct 1943', '6 Oct 1943'], sources: [], note: null }],
  };

  it('runs from birth to memorials, dated rows in date order, a posthumous decree after the death', () => {
    const entries = buildLifeInTime(hero);
    expect(entries.map((e) => e.kind)).toEqual([
      'birth',
      'service',
      'context',
      'battle',
      'feat',
      'death',
      'decree',
      'burial',
      'memorial',
    ]);
    expect(entries.find((e) => e.kind === 'context')).toMatchObject({
      from: { iso: '1942-07-17' },
      to: { iso: '1943-02-02' },
    });
    expect(entries.filter((e) => e.key).map((e) => e.kind)).toEqual(['feat', 'decree']);
  });

  it('gives each row the sources whose notes mention it, and the disagreements about it', () => {
    const entries = buildLifeInTime(hero);
    const by = (kind: string) => entries.find((e) => e.kind === kind)!;
    expect(by('birth').sources).toEqual([{ title: 'it.topwar.ru', url: 'https://it.topwar.ru/x' }]);
    expect(by('service').sources.map((s) => s.title)).toEqual(['it.topwar.ru']);
    expect(by('decree').sources.map((s) => s.title)).toEqual(['Heroes of Tajikistan']);
    expect(by('feat').sources).toEqual([]);
    expect(by('death').disagreements.map((d) => d.values.map((v) => v.text))).toEqual([['5 Oct 1943', '6 Oct 1943']]);
    expect(by('birth').disagreements).toEqual([]);
  });
});
