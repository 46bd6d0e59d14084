// Writes the reviewed gazetteer (prisma/data/places.json) into the archive: places with their
// kind, war-time parent, names through time and, where a person confirmed one, a point. A point
// already in the archive (an approved proposal) is never overwritten by the seed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Prisma } from '../../lib/generated/prisma/client';
import { invalidatePlaces } from '../../lib/places/invalidate';
import { foldName } from '../../lib/search/normalize';
import { findOrCreateSource } from '../../lib/sources';

type Tx = Prisma.TransactionClient;

const PLACE_KINDS = [
  'SETTLEMENT',
  'DISTRICT',
  'REGION',
  'REPUBLIC',
  'COUNTRY',
  'HEIGHT',
  'CROSSING',
  'CEMETERY',
  'MEMORIAL',
  'AREA',
] as const;
const PRECISIONS = ['EXACT', 'SETTLEMENT', 'DISTRICT_CENTRE', 'REGION', 'APPROXIMATE'] as const;
const NAME_KINDS = ['OFFICIAL', 'HISTORICAL', 'VARIANT', 'AS_IN_SOURCE', 'TRANSLITERATION'] as const;
const year = z.string().regex(/^\d{4}(-\d{2})?$/);

const GazetteerSchema = z.object({
  about: z.string(),
  sources: z.record(
    z.string(),
    z.object({ url: z.url(), title: z.string(), publisher: z.string(), supports: z.string() }),
  ),
  places: z.array(
    z.object({
      name: z.string().min(1),
      nameToday: z.string().nullable(),
      kind: z.enum(PLACE_KINDS),
      parent: z.string().nullable(),
      names: z.array(
        z.object({
          value: z.string().min(1),
          language: z.string().regex(/^[a-z]{2,3}$/),
          kind: z.enum(NAME_KINDS),
          validFrom: year.optional(),
          validTo: year.optional(),
          source: z.string().optional(),
        }),
      ),
      // Every point names its source and says why it is there: that is what "confirmed" means.
      point: z
        .object({
          latitude: z.number().min(-90).max(90),
          longitude: z.number().min(-180).max(180),
          precision: z.enum(PRECISIONS),
          geonamesId: z.number().int().optional(),
          source: z.string(),
          note: z.string().min(1),
        })
        .nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type Gazetteer = z.infer<typeof GazetteerSchema>;

const GAZETTEER_FILE = path.resolve(import.meta.dirname, '..', 'data', 'places.json');

export function loadGazetteer(file = GAZETTEER_FILE): Gazetteer {
  const gazetteer = GazetteerSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const names = new Set(gazetteer.places.map((p) => p.name));
  if (names.size !== gazetteer.places.length) throw new Error('places.json: two places with one name');
  for (const place of gazetteer.places) {
    if (place.parent && !names.has(place.parent))
      throw new Error(`places.json: ${place.name}: unknown parent ${place.parent}`);
    const refs = [...place.names.map((n) => n.source), place.point?.source].filter((s): s is string => Boolean(s));
    for (const ref of refs)
      if (!gazetteer.sources[ref]) throw new Error(`places.json: ${place.name}: unknown source ${ref}`);
  }
  return gazetteer;
}

/** Writes the gazetteer; returns each place's id by its name as the fact sheet writes it. */
export async function seedPlaces(tx: Tx, gazetteer: Gazetteer): Promise<Map<string, string>> {
  const sourceIds = new Map<string, string>();
  for (const [key, s] of Object.entries(gazetteer.sources)) {
    sourceIds.set(key, await findOrCreateSource(tx, { url: s.url, title: s.title, publisher: s.publisher }));
  }
  const ids = new Map<string, string>();
  const changed: string[] = [];
  for (const place of gazetteer.places) {
    const existing = await tx.place.findFirst({
      where: { name: place.name, nameToday: place.nameToday },
      select: { id: true, kind: true, precision: true },
    });
    const row =
      existing ??
      (await tx.place.create({
        data: { name: place.name, nameToday: place.nameToday },
        select: { id: true, kind: true, precision: true },
      }));
    ids.set(place.name, row.id);
    const data: Prisma.PlaceUncheckedUpdateInput = {};
    if (row.kind === null) data.kind = place.kind;
    if (row.precision === null && place.point) {
      Object.assign(data, {
        latitude: place.point.latitude,
        longitude: place.point.longitude,
        precision: place.point.precision,
        coordSourceId: sourceIds.get(place.point.source)!,
        coordNote: place.point.note,
        geonamesId: place.point.geonamesId ?? null,
      });
    }
    if (Object.keys(data).length > 0) {
      await tx.place.update({ where: { id: row.id }, data });
      changed.push(row.id);
    }
    const added = await tx.placeName.createMany({
      data: place.names.map((n) => ({
        placeId: row.id,
        value: n.value,
        language: n.language,
        kind: n.kind,
        validFrom: n.validFrom ?? null,
        validTo: n.validTo ?? null,
        sourceId: n.source ? sourceIds.get(n.source)! : null,
        normalized: foldName(n.value),
      })),
      skipDuplicates: true,
    });
    if (added.count > 0) changed.push(row.id);
  }
  // Parents last, once every place exists; a parent set in the archive is kept.
  for (const place of gazetteer.places) {
    if (!place.parent) continue;
    const updated = await tx.place.updateMany({
      where: { id: ids.get(place.name)!, parentId: null },
      data: { parentId: ids.get(place.parent)! },
    });
    if (updated.count > 0) changed.push(ids.get(place.name)!);
  }
  await invalidatePlaces(tx, [...new Set(changed)]);
  return ids;
}
