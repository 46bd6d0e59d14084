import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distanceKm, renderMap, splitPoints, warmMaps } from '../../lib/maps/render';
import { countryName } from '../../lib/maps/countries';
import { isAtlasLoaded } from '../../lib/maps/atlas';
import { ERDZHIGITOV, SHMELYOV, SPATAEV, TAJIK_DISTRICTS_MAP } from '../fixtures/map-points';

const PROFILE_BUDGET = 10 * 1024;
const COLLECTION_BUDGET = 15 * 1024;
const gz = (svg: string) => gzipSync(svg).length;
const markup = (map: ReturnType<typeof renderMap>) => map!.panels.map((panel) => panel.svg).join('');

describe('maps drawn on the server', () => {
  it('draws nothing when no place has a coordinate', () => {
    expect(renderMap({ points: [], labelledBy: 'c', locale: 'en' })).toBeNull();
  });

  it('gives Tajikistan and Leningrad a panel each, never one frame across the continent', () => {
    const map = renderMap({ points: ERDZHIGITOV, labelledBy: 'cap', locale: 'en' })!;
    expect(map.panels).toHaveLength(2);
    expect(map.panels[0]!.countries.map((c) => c.code)).toEqual(['TJ']);
    expect(map.panels[1]!.countries.map((c) => c.code)).toEqual(['RU']);
    // Smerdynya and Lyuban are a few km apart: one marker that says both numbers.
    expect(map.panels[1]!.labels).toEqual(['2,3']);
    expect(map.panels[0]!.svg).toContain('aria-labelledby="cap cap-1"');
  });

  it('keeps points near each other in one panel', () => {
    expect(splitPoints(ERDZHIGITOV.slice(1), 1500)).toHaveLength(1);
    expect(distanceKm(ERDZHIGITOV[0]!, ERDZHIGITOV[2]!)).toBeGreaterThan(3000);
  });

  it('draws an approximate point hollow and dashed, an exact one filled', () => {
    const svg = markup(renderMap({ points: ERDZHIGITOV, labelledBy: 'c', locale: 'en' }));
    expect(svg).toMatch(/<g class="map-marker map-approx"><circle[^>]*\/><text[^>]*>1<\/text>/);
    // A merged marker is approximate only when every place in it is.
    expect(svg).toMatch(/<g class="map-marker"><circle[^>]*\/><text[^>]*>2,3<\/text>/);
  });

  it('draws a line only between documented stations in the same panel', () => {
    const [luga, leningrad, height, buston] = SHMELYOV;
    const across = renderMap({ points: SHMELYOV, routes: [[buston!, leningrad!]], labelledBy: 'c', locale: 'en' })!;
    expect(markup(across)).not.toContain('map-route');
    const along = renderMap({
      points: SHMELYOV,
      routes: [[luga!, leningrad!, height!]],
      labelledBy: 'c',
      locale: 'en',
    })!;
    expect(along.hasRoute).toBe(true);
    expect(along.panels[0]!.svg).toMatch(/<path class="map-route" d="M\d+ \d+L\d+ \d+M\d+ \d+L\d+ \d+"\/>/);
    expect(renderMap({ points: SHMELYOV, labelledBy: 'c', locale: 'en' })!.hasRoute).toBe(false);
  });

  it('shades the former Soviet republics and styles everything by class, never by a style attribute', () => {
    const svg = markup(renderMap({ points: SPATAEV, labelledBy: 'c', locale: 'ru' }));
    expect(svg).toContain('class="map-ussr"');
    expect(svg).toContain('class="map-border"');
    expect(svg).not.toMatch(/style=/);
    expect(svg).not.toMatch(/<script|href=/);
  });

  it('names the countries in Tajik, Russian and English', () => {
    expect(countryName('762', 'tg')).toBe('Тоҷикистон');
    expect(countryName('TJ', 'ru')).toBe('Таджикистан');
    expect(countryName('643', 'en')).toBe('Russia');
    const map = renderMap({ points: SHMELYOV, labelledBy: 'c', locale: 'tg' })!;
    expect(map.panels.flatMap((p) => p.countries.map((c) => c.name))).toEqual(['Русия', 'Тоҷикистон']);
  });

  it('keeps each profile map within 10 KB gzipped and a collection map within 15 KB', () => {
    for (const points of [ERDZHIGITOV, SPATAEV, SHMELYOV]) {
      const size = gz(markup(renderMap({ points, labelledBy: 'c', locale: 'tg' })));
      expect(size).toBeGreaterThan(1000);
      expect(size).toBeLessThanOrEqual(PROFILE_BUDGET);
    }
    const collection = renderMap(TAJIK_DISTRICTS_MAP)!;
    expect(collection.panels[0]!.detail).toBe('10m');
    expect(gz(markup(collection))).toBeLessThanOrEqual(COLLECTION_BUDGET);
  });

  it('uses the 10m borders only where both atlases agree (not around Crimea)', () => {
    const crimea = renderMap({
      points: [{ lat: 44.95, lon: 34.1, label: '1', approximate: false }],
      pad: [3, 2],
      allowFine: true,
      labelledBy: 'c',
      locale: 'en',
    })!;
    expect(crimea.panels[0]!.detail).toBe('50m');
    expect(crimea.panels[0]!.countries.map((c) => c.code)).toEqual(['UA']);
  });

  it('loads the atlas once, when warmed, and draws from it', () => {
    // Speed is measured by `npm run bench:maps` (docs/maps.md), not asserted here.
    warmMaps();
    expect(isAtlasLoaded('50m')).toBe(true);
    expect(renderMap({ points: ERDZHIGITOV, labelledBy: 'c', locale: 'en' })!.panels.length).toBeGreaterThan(0);
  });
});
