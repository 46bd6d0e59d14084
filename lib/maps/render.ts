// Maps drawn on the server as inline SVG: d3-geo projects Natural Earth borders (lib/maps/atlas.ts)
// into a frame around the points, and the page places the markup it gets. No script, no tiles, no
// image request; the numbered list beside the map is the content, the map only shows where.
import {
  geoClipRectangle,
  geoConicEqualArea,
  geoDistance,
  geoStream,
  type GeoProjection,
  type GeoStream,
} from 'd3-geo';
import {
  atlasesAgree,
  boxesMeet,
  loadAtlas,
  type Atlas,
  type AtlasDetail,
  type AtlasLevel,
  type AtlasPolygon,
} from './atlas';
import { alpha2, countryName } from './countries';

type Box = [west: number, south: number, east: number, north: number];
export type LatLon = { lat: number; lon: number };

/** A point on a map: its label (the number of its row in the list, or a count) and whether it is approximate. */
export type MapPoint = LatLon & {
  label: string;
  /** District centre, region or "near …": drawn hollow and dashed (the list says so in words). */
  approximate: boolean;
  /** For counts: a bigger marker for a bigger number. */
  weight?: number;
};

export type MapRequest = {
  points: readonly MapPoint[];
  /** Documented stations of a unit's path, in order: the only lines a map draws. */
  routes?: readonly (readonly LatLon[])[];
  /** The id of the caption (and of each panel's title) that names the picture for a screen reader. */
  labelledBy: string;
  locale: string;
  width?: number;
  height?: number;
  /** Context around the points, in degrees of longitude and latitude each side. */
  pad?: [number, number];
  /** Points farther apart than this (km) go to separate panels, so no line crosses a continent. */
  splitKm?: number;
  /** Draw this box instead of fitting the points (a collection map of a region). */
  frame?: Box;
  /** Merged markers show "2, 3" (a list) or the sum of their counts (a collection map). */
  merge?: 'list' | 'sum';
  /** A close-up may use the 10m borders where both atlases agree. */
  allowFine?: boolean;
};

export type MapPanel = {
  svg: string;
  /** The countries (ISO alpha-2) its points lie in, named in the reader's language. */
  countries: { code: string; name: string }[];
  labels: string[];
  detail: AtlasDetail;
};

export type RenderedMap = { panels: MapPanel[]; hasApproximate: boolean; hasRoute: boolean };

const DEFAULT_SIZE = { width: 640, height: 420 };
const MERGE_PX = 18;
const MAX_PANELS = 3;

/** Draws the map, or null when no point has a coordinate (the list alone then carries the places). */
export function renderMap(request: MapRequest): RenderedMap | null {
  const points = request.points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  if (points.length === 0 && !request.frame) return null;
  const groups = request.frame ? [points] : splitPoints(points, request.splitKm ?? 1500);
  const routes = request.routes ?? [];
  const panels = groups.map((group, index) =>
    renderPanel(group, routes, {
      ...request,
      labelledBy: groups.length > 1 ? `${request.labelledBy} ${request.labelledBy}-${index + 1}` : request.labelledBy,
    }),
  );
  return {
    panels,
    hasApproximate: points.some((p) => p.approximate),
    hasRoute: panels.some((panel) => panel.svg.includes('map-route')),
  };
}

/**
 * Groups points that lie within `km` of one another (single linkage). More than three groups
 * make one map of everything instead: panels are for "home and war", not for a list of towns.
 */
export function splitPoints<T extends LatLon>(points: readonly T[], km: number): T[][] {
  const group = points.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++) if (distanceKm(points[i]!, points[j]!) <= km) group[find(i)] = find(j);
  const byRoot = new Map<number, T[]>();
  points.forEach((point, i) => {
    const root = find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), point]);
  });
  const groups = [...byRoot.values()];
  return groups.length > MAX_PANELS ? [[...points]] : groups;
}

export function distanceKm(a: LatLon, b: LatLon): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * 6371;
}

function renderPanel(points: MapPoint[], routes: readonly (readonly LatLon[])[], request: MapRequest): MapPanel {
  const width = request.width ?? DEFAULT_SIZE.width;
  const height = request.height ?? DEFAULT_SIZE.height;
  const [padLon, padLat] = request.pad ?? [6, 4];
  const box: Box = request.frame ?? [
    Math.min(...points.map((p) => p.lon)) - padLon,
    Math.max(-85, Math.min(...points.map((p) => p.lat)) - padLat),
    Math.max(...points.map((p) => p.lon)) + padLon,
    Math.min(85, Math.max(...points.map((p) => p.lat)) + padLat),
  ];
  const projection = projectionFor(box, width, height);
  const ground = drawGround(projection, width, height, { allowFine: request.allowFine === true, paint: 'classes' });
  const route = routePath(projection, routes, points);
  const markers = placeMarkers(projection, points, request.merge ?? 'list');

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="map-svg" role="img" aria-labelledby="${escapeAttribute(request.labelledBy)}" focusable="false">`,
    ...ground.parts,
    route && `<path class="map-route" d="${route}"/>`,
    `<g class="map-markers">${markers.map(markerSvg).join('')}</g>`,
    '</svg>',
  ];
  const codes = [...new Set(points.map((p) => countryAt(p)).filter((c): c is string => c !== null))];
  return {
    svg: parts.filter(Boolean).join(''),
    countries: codes.map((code) => ({ code, name: countryName(code, request.locale) })).filter((c) => c.name !== ''),
    labels: markers.map((m) => m.label),
    detail: ground.detail,
  };
}

/**
 * How the ground is painted: by the site's CSS classes (a map inside a page, where dark mode and
 * forced colours restyle it), or by presentation attributes (an SVG served as an image, which the
 * page's stylesheet cannot reach; attributes, unlike a style element, need nothing from the CSP).
 */
type GroundPaint = 'classes' | 'attributes';

const PAINT_ATTRIBUTES: Record<'map-sea' | 'map-land' | 'map-ussr' | 'map-border', string> = {
  'map-sea': 'fill="#e3ecf2"',
  'map-land': 'fill="#f4f1ea"',
  'map-ussr': 'fill="#e8dcc8"',
  'map-border': 'fill="none" stroke="#8a8478" stroke-width="0.7" stroke-linejoin="round"',
};

/** The sea, the land, the shaded Soviet Union and the borders of a frame drawn with `projection`. */
export function drawGround(
  projection: GeoProjection,
  width: number,
  height: number,
  options: { allowFine: boolean; paint: GroundPaint },
): { parts: string[]; detail: AtlasDetail } {
  const frame = frameBox(projection, width, height);
  const fine = options.allowFine && frame[2] - frame[0] < 12 && atlasesAgree(frame);
  const atlas = loadAtlas(fine ? '10m' : '50m');
  const level = levelFor(atlas, projection);
  const paint = (name: keyof typeof PAINT_ATTRIBUTES) =>
    options.paint === 'classes' ? `class="${name}"` : PAINT_ATTRIBUTES[name];

  const draw = (polygons: AtlasPolygon[]) =>
    pathOf(
      projection,
      polygons.filter((p) => boxesMeet(p.box, frame)).map((p) => ({ type: 'Polygon', coordinates: p.rings }) as const),
      true,
      width,
      height,
    );
  const land = draw(level.land);
  const soviet = draw(level.soviet);
  const borders = pathOf(
    projection,
    level.borders
      .filter((l) => boxesMeet(l.box, frame))
      .map((l) => ({ type: 'LineString', coordinates: l.coordinates }) as const),
    false,
    width,
    height,
  );
  const parts = [
    `<rect ${paint('map-sea')} width="${width}" height="${height}"/>`,
    land && `<path ${paint('map-land')} d="${land}"/>`,
    soviet && `<path ${paint('map-ussr')} d="${soviet}"/>`,
    borders && `<path ${paint('map-border')} d="${borders}"/>`,
  ].filter((part) => part !== '');
  return { parts, detail: atlas.detail };
}

/** Albers equal-area conic on the box: central meridian on the data, standard parallels inside it. */
function projectionFor(box: Box, width: number, height: number): GeoProjection {
  const [west, south, east, north] = box;
  const span = north - south;
  const projection = geoConicEqualArea()
    .rotate([-(west + east) / 2, 0])
    .parallels([south + span / 6, north - span / 6])
    .precision(1);
  const edge: [number, number][] = [];
  for (let i = 0; i <= 8; i++) {
    const lon = west + ((east - west) * i) / 8;
    const lat = south + (span * i) / 8;
    edge.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return projection.fitExtent(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    { type: 'MultiPoint', coordinates: edge },
  );
}

/** The longitude/latitude box the frame shows: its edges traced back through the projection. */
function frameBox(projection: GeoProjection, width: number, height: number): Box {
  const lons: number[] = [];
  const lats: number[] = [];
  for (let i = 0; i <= 10; i++) {
    for (const [x, y] of [
      [(width * i) / 10, 0],
      [(width * i) / 10, height],
      [0, (height * i) / 10],
      [width, (height * i) / 10],
    ] as const) {
      const geo = projection.invert?.([x, y]);
      if (geo) {
        lons.push(geo[0]);
        lats.push(geo[1]);
      }
    }
  }
  return [Math.min(...lons) - 0.5, Math.min(...lats) - 0.5, Math.max(...lons) + 0.5, Math.max(...lats) + 0.5];
}

/** The coarsest prepared level whose thinning stays under a pixel at this scale. */
function levelFor(atlas: Atlas, projection: GeoProjection): AtlasLevel {
  const degreesPerPixel = 180 / (Math.PI * projection.scale());
  return atlas.levels.filter((level) => level.tolerance <= degreesPerPixel).at(-1) ?? atlas.levels[0]!;
}

/**
 * Projects shapes into a compact path: whole pixels, relative steps, points closer than 1.5 px to
 * the last one dropped, and rings smaller than a couple of pixels left out. That keeps a map to a
 * few kilobytes without a simplification library.
 */
function pathOf(
  projection: GeoProjection,
  shapes: readonly GeoJSON.Geometry[],
  closed: boolean,
  width: number,
  height: number,
): string {
  const out: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  let inPolygon = false;
  const flush = () => {
    const n = xs.length;
    if (n >= (closed ? 3 : 2)) {
      let minX = Infinity;
      let maxX = -Infinity;
      let minY = Infinity;
      let maxY = -Infinity;
      for (let i = 0; i < n; i++) {
        minX = Math.min(minX, xs[i]!);
        maxX = Math.max(maxX, xs[i]!);
        minY = Math.min(minY, ys[i]!);
        maxY = Math.max(maxY, ys[i]!);
      }
      if (maxX - minX >= 2 || maxY - minY >= 2) {
        let px = xs[0]!;
        let py = ys[0]!;
        let d = `M${px} ${py}l`;
        for (let i = 1; i < n; i++) {
          const dx = xs[i]! - px;
          const dy = ys[i]! - py;
          d += `${i > 1 && dx >= 0 ? ' ' : ''}${dx}${dy >= 0 ? ' ' : ''}${dy}`;
          px = xs[i]!;
          py = ys[i]!;
        }
        out.push(closed && inPolygon ? `${d}z` : d);
      }
    }
    xs.length = 0;
    ys.length = 0;
  };
  const sink: GeoStream = {
    point(x, y) {
      const rx = Math.round(x);
      const ry = Math.round(y);
      const n = xs.length;
      if (n === 0 || (rx - xs[n - 1]!) ** 2 + (ry - ys[n - 1]!) ** 2 >= 2.25) {
        xs.push(rx);
        ys.push(ry);
      }
    },
    lineStart() {
      xs.length = 0;
      ys.length = 0;
    },
    lineEnd: flush,
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
  };
  // Each vertex is projected on its own and the shapes are cut to the frame in pixels: d3's
  // spherical clipping and resampling cost 10-20 times more and change nothing at this density.
  const [x0, y0, x1, y1] = [-2, -2, width + 2, height + 2];
  const clipped = geoClipRectangle(x0, y0, x1, y1)(sink);
  // A run of vertices all beyond one edge of the frame is replaced by its first and last: the
  // straight line between them stays beyond that edge, so what the frame shows is unchanged, and
  // the clipping sees the few hundred vertices near the frame instead of a whole country's.
  const outcode = (x: number, y: number) => (x < x0 ? 1 : x > x1 ? 2 : 0) | (y < y0 ? 4 : y > y1 ? 8 : 0);
  let run = 0;
  let heldX = NaN;
  let heldY = NaN;
  const release = () => {
    if (!Number.isNaN(heldX)) clipped.point(heldX, heldY);
    heldX = NaN;
  };
  const project: GeoStream = {
    point(lon, lat) {
      const xy = projection([lon, lat]);
      if (!xy) return;
      const [x, y] = xy;
      const code = outcode(x, y);
      if (code !== 0 && (run & code) !== 0) {
        run &= code;
        heldX = x;
        heldY = y;
        return;
      }
      release();
      clipped.point(x, y);
      run = code;
    },
    lineStart: () => {
      run = 0;
      heldX = NaN;
      clipped.lineStart();
    },
    lineEnd: () => {
      release();
      clipped.lineEnd();
    },
    polygonStart: () => clipped.polygonStart(),
    polygonEnd: () => clipped.polygonEnd(),
    sphere: () => {},
  };
  for (const shape of shapes) geoStream(shape, project);
  return out.join('');
}

/** Straight segments between consecutive documented stations that both lie in this panel. */
function routePath(
  projection: GeoProjection,
  routes: readonly (readonly LatLon[])[],
  panel: readonly LatLon[],
): string {
  const here = (p: LatLon) => panel.some((q) => distanceKm(p, q) < 1) || panel.length === 0;
  const d: string[] = [];
  for (const route of routes) {
    for (let i = 1; i < route.length; i++) {
      const a = route[i - 1]!;
      const b = route[i]!;
      if (!here(a) || !here(b)) continue;
      const pa = projection([a.lon, a.lat]);
      const pb = projection([b.lon, b.lat]);
      if (pa && pb) d.push(`M${Math.round(pa[0])} ${Math.round(pa[1])}L${Math.round(pb[0])} ${Math.round(pb[1])}`);
    }
  }
  return d.join('');
}

type Marker = { x: number; y: number; label: string; approximate: boolean; weight: number };

/** Markers closer than 18 px become one ("2, 3", or the sum of their counts). */
function placeMarkers(projection: GeoProjection, points: readonly MapPoint[], merge: 'list' | 'sum'): Marker[] {
  const markers: (Marker & { members: MapPoint[] })[] = [];
  for (const point of points) {
    const xy = projection([point.lon, point.lat]);
    if (!xy) continue;
    const [x, y] = xy;
    const near = markers.find((m) => (m.x - x) ** 2 + (m.y - y) ** 2 < MERGE_PX ** 2);
    if (near) near.members.push(point);
    else markers.push({ x, y, label: '', approximate: false, weight: 0, members: [point] });
  }
  return markers.map(({ members, x, y }) => ({
    x,
    y,
    label:
      merge === 'sum'
        ? String(members.reduce((sum, m) => sum + Number(m.label), 0))
        : [...new Set(members.map((m) => m.label))].join(','),
    approximate: members.every((m) => m.approximate),
    weight: members.reduce((sum, m) => sum + (m.weight ?? 1), 0),
  }));
}

function markerSvg(marker: Marker): string {
  const x = Math.round(marker.x);
  const y = Math.round(marker.y);
  const r = Math.round(Math.max(11, 3.8 * marker.label.length + 5, Math.sqrt(marker.weight) * 4));
  return `<g class="map-marker${marker.approximate ? ' map-approx' : ''}"><circle cx="${x}" cy="${y}" r="${r}"/><text x="${x}" y="${y}" dy=".35em">${escapeText(marker.label)}</text></g>`;
}

/** The country (ISO alpha-2) a point lies in, by today's borders at 50m; null at sea. */
function countryAt(point: LatLon): string | null {
  const { countries } = loadAtlas('50m');
  const found = countries.find(
    (c) =>
      point.lon >= c.box[0] &&
      point.lon <= c.box[2] &&
      point.lat >= c.box[1] &&
      point.lat <= c.box[3] &&
      insidePolygon(c.rings, point.lon, point.lat),
  );
  return found ? alpha2(found.id) : null;
}

/** Even-odd ray casting in longitude/latitude: exact enough for a point well inside a country. */
function insidePolygon(rings: readonly (readonly [number, number])[][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;');
}

/**
 * Reads the 50m borders and draws one map, so the first reader's page does not pay the start-up
 * (about 1 s) nor the first, unoptimised runs of the drawing code.
 */
export function warmMaps(): void {
  for (let i = 0; i < 5; i++)
    renderMap({
      points: [
        { lat: 38.56, lon: 68.77, label: '1', approximate: false },
        { lat: 59.94, lon: 30.31, label: '2', approximate: true },
      ],
      labelledBy: 'warm',
      locale: 'en',
    });
}
