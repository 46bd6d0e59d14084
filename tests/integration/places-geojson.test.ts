// The places as open data: the export's GeoJSON is an RFC 7946 FeatureCollection whose points are
// [longitude, latitude], with the precision and source of each, every dated event, the attribution.
import { describe, expect, it } from 'vitest';
import { db } from '../../lib/db';
import { streamExport } from '../../lib/exports/export';
import { ExportQuerySchema } from '../../lib/exports/schemas';
import { openApiDocument } from '../../lib/exports/openapi';
import { PlacesGeoJsonSchema } from '../../lib/places/geojson';

async function exported(): Promise<Record<string, unknown>> {
  let body = '';
  for await (const chunk of streamExport(db, ExportQuerySchema.parse({ format: 'geojson' }).format)) body += chunk;
  return JSON.parse(body) as Record<string, unknown>;
}

type Feature = {
  type: string;
  id: string;
  geometry: { type: string; coordinates: number[] } | null;
  properties: Record<string, unknown> & { events: { role: string; hero: string; date: string | null }[] };
};

describe('places as GeoJSON', () => {
  it('validates as RFC 7946 with longitude first, and carries precision, source, events and attribution', async () => {
    const doc = await exported();
    expect(PlacesGeoJsonSchema.parse(doc)).toBeTruthy();
    // RFC 7946 §3.3: a FeatureCollection's "features" is an array of Features; §3.2: a Feature has
    // "geometry" (an object or null) and "properties"; §3.1.1: a position is [longitude, latitude].
    expect(doc.type).toBe('FeatureCollection');
    expect(doc).not.toHaveProperty('crs'); // removed by RFC 7946 (§4): WGS 84 only
    const features = doc.features as Feature[];
    expect(features.length).toBeGreaterThan(20);
    for (const f of features) {
      expect(f.type).toBe('Feature');
      expect(f).toHaveProperty('properties');
      if (f.geometry === null) {
        expect(f.properties.precision).toBeNull();
        continue;
      }
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates as [number, number];
      expect(Math.abs(lon)).toBeLessThanOrEqual(180);
      expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      expect(f.properties.precision).not.toBeNull();
      expect(f.properties.coordinateSource).not.toBeNull();
    }
    // Lyuban (Leningrad Oblast): 59.35 N, 31.22 E. Reversed, it would lie in the Indian Ocean.
    const lyuban = features.find((f) => String(f.properties.name).startsWith('mass grave in Lyuban'))!;
    expect(lyuban.geometry?.coordinates).toEqual([31.21667, 59.35]);
    expect(lyuban.properties.events).toEqual([
      { role: 'BURIAL', hero: 'tuychi-erdzhigitov', date: null, dateText: null, detail: null },
    ]);
    const bulok = features.find((f) => String(f.properties.name).startsWith('village of Bulok'))!;
    expect(bulok.properties).toMatchObject({
      precision: 'DISTRICT_CENTRE',
      coordinateSource: { url: 'https://www.geonames.org/1514921' },
    });
    expect(bulok.properties.events).toEqual([
      expect.objectContaining({ role: 'BIRTH', hero: 'tuychi-erdzhigitov', date: '1921-11-10' }),
    ]);
    expect(features.some((f) => f.geometry === null)).toBe(true); // unlocated places are data too
    expect(String(doc.attribution)).toMatch(/GeoNames.*CC BY 4\.0.*Natural Earth.*public domain/);
  });

  it('is described in the OpenAPI document', () => {
    const doc = JSON.stringify(openApiDocument());
    expect(doc).toContain('application/geo+json');
    expect(doc).toContain('geojson');
  });
});
