// Picking a point by clicking a map, without JavaScript: the map is an `<input type="image">` in a
// form sent back to its page, and the browser sends where it was clicked, in pixels of the image,
// as `at.x` and `at.y`, which the page reads from its query (server/form-as-query.ts). Everything that draws the image is in its URL (the frame's centre, its zoom and its
// size), so the page inverts the very projection that drew it and the point comes back exact to
// the pixel. The click is at best approximate: it fills in a latitude and a longitude for the
// person to check, never how exact the point is.
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import { drawGround, type LatLon } from './render';

/** Two sizes of the same map: the browser reports a click in the pixels of the image as shown, so the image is never scaled. */
export const PICK_SIZES = { wide: { width: 640, height: 440 }, narrow: { width: 320, height: 240 } } as const;
export type PickSize = keyof typeof PICK_SIZES;

/** A frame of the map: its centre and its zoom (0 is the whole frame, each step 4 times closer). */
export type PickFrame = { lon: number; lat: number; zoom: number };

/**
 * Where a map starts: Tajikistan and its neighbours, where most of the archive's places are (about
 * 26° of longitude by 14° of latitude), and the European USSR with the fronts, from Moscow to the
 * Black Sea (about 33° by 14°). Any other place is reached by moving a frame.
 */
export const PICK_AREAS = {
  asia: { lon: 68.5, lat: 39, zoom: 0 },
  europe: { lon: 34, lat: 51, zoom: 0 },
} as const satisfies Record<string, PickFrame>;
export type PickArea = keyof typeof PICK_AREAS;
export const WHOLE_FRAME: PickFrame = PICK_AREAS.asia;

export const PICK_PANS = ['north', 'west', 'east', 'south'] as const;
type Pan = (typeof PICK_PANS)[number];
const PICK_MAX_ZOOM = 2;
const ZOOM_STEP = 4;
// Pixels per radian of the wide map at zoom 0.
const BASE_SCALE = 1800;

/** The projection that draws a frame at a size: Albers equal-area, centred on the frame. */
function pickProjection(frame: PickFrame, size: PickSize): GeoProjection {
  const { width, height } = PICK_SIZES[size];
  return geoConicEqualArea()
    .rotate([-frame.lon, 0])
    .center([0, frame.lat])
    .parallels([frame.lat - 5, frame.lat + 5])
    .scale(((BASE_SCALE * width) / PICK_SIZES.wide.width) * ZOOM_STEP ** frame.zoom)
    .translate([width / 2, height / 2])
    .precision(1);
}

/** Where a point lies on the image, in pixels, or null when it is off the frame. */
export function pointToPixel(frame: PickFrame, size: PickSize, point: LatLon): [x: number, y: number] | null {
  const xy = pickProjection(frame, size)([point.lon, point.lat]);
  if (!xy || !insideImage(size, xy[0], xy[1])) return null;
  return xy;
}

/** The point under a pixel of the image; null for a pixel outside the image (a click is never there, a URL may be). */
export function pixelToPoint(frame: PickFrame, size: PickSize, x: number, y: number): LatLon | null {
  if (!insideImage(size, x, y)) return null;
  const geo = pickProjection(frame, size).invert?.([x, y]);
  if (!geo || !Number.isFinite(geo[0]) || !Number.isFinite(geo[1]) || Math.abs(geo[1]) > 90) return null;
  return { lon: ((((geo[0] + 180) % 360) + 360) % 360) - 180, lat: geo[1] };
}

function insideImage(size: PickSize, x: number, y: number): boolean {
  const { width, height } = PICK_SIZES[size];
  return Number.isFinite(x) && Number.isFinite(y) && x >= 0 && y >= 0 && x <= width && y <= height;
}

/** Hundredths of a degree (about a kilometre): finer than a click on the whole frame means, as fine as a close-up's. */
export function roundDegrees(value: number): number {
  return Math.round(value * 100) / 100 || 0;
}

/** The frame as the URL carries it: "lon,lat,zoom". */
export function formatFrame(frame: PickFrame): string {
  return `${frame.lon},${frame.lat},${frame.zoom}`;
}

const FRAME = /^(-?\d{1,3}(?:\.\d{1,2})?),(-?\d{1,2}(?:\.\d{1,2})?),(\d)$/;

/** A frame from the URL, or null when it is not one this map draws. */
export function parseFrame(value: unknown): PickFrame | null {
  if (typeof value !== 'string') return null;
  const match = FRAME.exec(value);
  if (!match) return null;
  const [lon, lat, zoom] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 80 || zoom > PICK_MAX_ZOOM) return null;
  return { lon, lat, zoom };
}

export function parseSize(value: unknown): PickSize | null {
  return value === 'wide' || value === 'narrow' ? value : null;
}

/** The frame moved half its size one way, at the same zoom: the wide map's edge becomes its centre. */
export function panFrame(frame: PickFrame, pan: Pan): PickFrame {
  const { width, height } = PICK_SIZES.wide;
  const edge: Record<Pan, [number, number]> = {
    north: [width / 2, 0],
    south: [width / 2, height],
    east: [width, height / 2],
    west: [0, height / 2],
  };
  const [lon, lat] = pickProjection(frame, 'wide').invert!(edge[pan])!;
  const vertical = pan === 'north' || pan === 'south';
  return {
    lon: vertical ? frame.lon : roundDegrees(((((lon + 180) % 360) + 360) % 360) - 180),
    lat: vertical ? Math.max(-80, Math.min(80, roundDegrees(lat))) : frame.lat,
    zoom: frame.zoom,
  };
}

/** After a click the map centres on it, one step closer (no closer than the last step). */
function frameAround(point: LatLon, from: PickFrame): PickFrame {
  return {
    lon: roundDegrees(point.lon),
    // A frame this map draws, even for a click near a pole on a frame made up in a URL.
    lat: Math.max(-80, Math.min(80, roundDegrees(point.lat))),
    zoom: Math.min(from.zoom + 1, PICK_MAX_ZOOM),
  };
}

type Query = Record<string, string | string[] | undefined>;

/**
 * What the query says about the map: the frame to show next and, after a click, the point picked.
 * `refused` is a click that cannot be read (outside the image, not a number, on a frame this map
 * does not draw, the keyboard's 0,0): nothing is picked and the whole frame is shown again.
 */
export type MapPick = { frame: PickFrame; picked: LatLon | null; refused: boolean };

const PIXEL = /^\d{1,4}(\.\d{1,3})?$/;

/**
 * The name of a size's image in a form. The images submit the proposal form itself (so every
 * choice already made in it comes back with the click), so the name, not a hidden field, says
 * which size was clicked: the browser sends `at-wide.x` and `at-wide.y`.
 */
export function pickInputName(size: PickSize): string {
  return `at-${size}`;
}

/** The frame asked for without a click: an area, or the frame shown moved one way. */
function chosenFrame(query: Query): PickFrame {
  const area = Object.keys(PICK_AREAS).find((name) => name === query.area) as PickArea | undefined;
  if (area) return PICK_AREAS[area];
  const frame = parseFrame(query.frame) ?? WHOLE_FRAME;
  const pan = PICK_PANS.find((name) => name === query.pan);
  return pan ? panFrame(frame, pan) : frame;
}

export function readMapPick(query: Query): MapPick {
  const size = (Object.keys(PICK_SIZES) as PickSize[]).find(
    (name) => query[`${pickInputName(name)}.x`] !== undefined || query[`${pickInputName(name)}.y`] !== undefined,
  );
  if (!size) return { frame: chosenFrame(query), picked: null, refused: false };
  const x = query[`${pickInputName(size)}.x`];
  const y = query[`${pickInputName(size)}.y`];
  const refused = { frame: WHOLE_FRAME, picked: null, refused: true };
  const frame = query.frame === undefined ? WHOLE_FRAME : parseFrame(query.frame);
  if (!frame || typeof x !== 'string' || typeof y !== 'string' || !PIXEL.test(x) || !PIXEL.test(y)) return refused;
  // A browser activated from the keyboard sends the image's corner, 0,0: not a place anyone chose.
  if (Number(x) === 0 && Number(y) === 0) return refused;
  const point = pixelToPoint(frame, size, Number(x), Number(y));
  if (!point) return refused;
  const picked = { lat: roundDegrees(point.lat), lon: roundDegrees(point.lon) };
  return { frame: frameAround(picked, frame), picked, refused: false };
}

/** Whether a proposal form takes a point the map can fill in. */
export function takesMapPick(fields: readonly string[]): boolean {
  return fields.includes('latitude') && fields.includes('longitude');
}

/**
 * The map of a frame as a standalone SVG document, with a ring and a cross on the point the form
 * holds (picked by a click or typed), when it is on the map.
 */
export function renderPickMap(frame: PickFrame, size: PickSize, mark: LatLon | null = null): string {
  const { width, height } = PICK_SIZES[size];
  const projection = pickProjection(frame, size);
  const ground = drawGround(projection, width, height, { allowFine: frame.zoom > 0, paint: 'attributes' });
  const at = mark && pointToPixel(frame, size, mark);
  const [cx, cy] = at ? [Math.round(at[0]), Math.round(at[1])] : [0, 0];
  const ring = at
    ? `<g fill="none" stroke-width="2"><circle cx="${cx}" cy="${cy}" r="9" stroke="#fff" stroke-width="5"/>` +
      `<circle cx="${cx}" cy="${cy}" r="9" stroke="#8e1b1b"/>` +
      `<path d="M${cx - 16} ${cy}h10m12 0h10M${cx} ${cy - 16}v10m0 12v10" stroke="#8e1b1b"/></g>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    ...ground.parts,
    ring,
    `<rect width="${width}" height="${height}" fill="none" stroke="#8a8478"/>`,
    '</svg>',
  ].join('');
}

const MARK = /^(-?\d{1,3}(?:\.\d{1,2})?),(-?\d{1,2}(?:\.\d{1,2})?)$/;

/** The marked point from the image's URL ("lon,lat"), or null when there is none or it is not a point. */
export function parseMark(value: unknown): LatLon | null {
  const match = typeof value === 'string' ? MARK.exec(value) : null;
  if (!match) return null;
  const [lon, lat] = [Number(match[1]), Number(match[2])];
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? { lon, lat } : null;
}

/** The address of a frame's image, with the point the form holds, rounded as the form rounds it. */
export function pickMapUrl(frame: PickFrame, size: PickSize, mark: LatLon | null = null): string {
  const point = mark && `&mark=${roundDegrees(mark.lon)},${roundDegrees(mark.lat)}`;
  return `/api/maps/pick?frame=${formatFrame(frame)}&size=${size}${point ?? ''}`;
}
