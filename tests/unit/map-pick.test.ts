// The clickable map of the coordinate form: a click's pixel inverted through the very projection
// that drew the image comes back to the point under it, and a click the map cannot have sent is
// refused.
import { describe, expect, it } from 'vitest';
import {
  PICK_AREAS,
  PICK_PANS,
  PICK_SIZES,
  WHOLE_FRAME,
  panFrame,
  formatFrame,
  parseFrame,
  pixelToPoint,
  pointToPixel,
  readMapPick,
  renderPickMap,
  type PickFrame,
  type PickSize,
} from '../../lib/maps/pick';

const DUSHANBE = { lat: 38.56, lon: 68.78 };
const KHOROG = { lat: 37.49, lon: 71.55 };
const LENINGRAD = { lat: 59.94, lon: 30.31 };
const CLOSE: PickFrame[] = [
  { lon: 68.78, lat: 38.56, zoom: 1 },
  { lon: 68.78, lat: 38.56, zoom: 2 },
  { lon: 30.31, lat: 59.94, zoom: 1 },
  { lon: 30.31, lat: 59.94, zoom: 2 },
];
// Every area's whole frame and the close-ups, each also moved one step every way.
const STARTS = [...Object.values(PICK_AREAS), ...CLOSE];
const FRAMES: PickFrame[] = [...STARTS, ...STARTS.flatMap((frame) => PICK_PANS.map((pan) => panFrame(frame, pan)))];
const SIZES = Object.keys(PICK_SIZES) as PickSize[];

describe('the map a contributor clicks', () => {
  it.each(FRAMES.flatMap((frame) => SIZES.map((size) => [formatFrame(frame), size] as const)))(
    'on frame %s (%s), a point projected to a whole pixel and inverted comes back within a pixel',
    (text, size) => {
      const frame = parseFrame(text)!;
      // Off the centre and off the grid of hundredths, wherever the frame is.
      const away = 4 ** -frame.zoom;
      const point = { lat: frame.lat + 0.3 * away + 0.003, lon: frame.lon - 0.2 * away - 0.004 };
      const [x, y] = pointToPixel(frame, size, point)!;
      // A browser sends the clicked pixel as whole numbers.
      const back = pixelToPoint(frame, size, Math.round(x), Math.round(y))!;
      const [bx, by] = pointToPixel(frame, size, back)!;
      expect(Math.hypot(bx - x, by - y)).toBeLessThanOrEqual(Math.SQRT1_2 + 1e-9);
      // And in degrees, under what a pixel spans at that scale (a kilometre-sized pixel is about 0.01°).
      const degreesPerPixel = (180 / Math.PI / (1800 * (PICK_SIZES[size].width / 640))) * 4 ** -frame.zoom;
      expect(Math.abs(back.lat - point.lat)).toBeLessThan(degreesPerPixel);
      expect(Math.abs(back.lon - point.lon)).toBeLessThan(degreesPerPixel / Math.cos((point.lat * Math.PI) / 180));
    },
  );

  it('shows Tajikistan and its neighbours whole at first: Dushanbe and Khorog are on the map, Moscow is not', () => {
    for (const size of SIZES) {
      expect(pointToPixel(WHOLE_FRAME, size, DUSHANBE)).not.toBeNull();
      expect(pointToPixel(WHOLE_FRAME, size, KHOROG)).not.toBeNull();
      expect(pointToPixel(WHOLE_FRAME, size, { lat: 55.75, lon: 37.62 })).toBeNull();
    }
  });

  it('refuses a pixel outside the drawn frame', () => {
    const { width, height } = PICK_SIZES.wide;
    expect(pixelToPoint(WHOLE_FRAME, 'wide', width + 1, 10)).toBeNull();
    expect(pixelToPoint(WHOLE_FRAME, 'wide', 10, height + 1)).toBeNull();
    expect(pixelToPoint(WHOLE_FRAME, 'wide', -1, 10)).toBeNull();
    expect(pixelToPoint(WHOLE_FRAME, 'narrow', 400, 100)).toBeNull();
    expect(pixelToPoint(WHOLE_FRAME, 'wide', Number.NaN, 10)).toBeNull();
  });

  it('reads a click from the query: the point rounded to hundredths of a degree, and the next frame centred on it, closer', () => {
    const [x, y] = pointToPixel(WHOLE_FRAME, 'wide', DUSHANBE)!;
    const pick = readMapPick({
      kind: 'place',
      'at-wide.x': String(Math.round(x)),
      'at-wide.y': String(Math.round(y)),
    });
    expect(pick.refused).toBe(false);
    expect(Math.abs(pick.picked!.lat - DUSHANBE.lat)).toBeLessThanOrEqual(0.03);
    expect(Math.abs(pick.picked!.lon - DUSHANBE.lon)).toBeLessThanOrEqual(0.04);
    expect(String(pick.picked!.lat)).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(String(pick.picked!.lon)).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(pick.frame).toEqual({ lon: pick.picked!.lon, lat: pick.picked!.lat, zoom: 1 });

    // The centre of a close-up is the point clicked before; a click there gives it back.
    const centre = readMapPick({
      'at-narrow.x': String(PICK_SIZES.narrow.width / 2),
      'at-narrow.y': String(PICK_SIZES.narrow.height / 2),
      frame: formatFrame(pick.frame),
    });
    expect(centre.picked).toEqual(pick.picked);
    expect(centre.frame.zoom).toBe(2);
    // No closer than the last step.
    expect(readMapPick({ 'at-wide.x': '10', 'at-wide.y': '10', frame: formatFrame(centre.frame) }).frame.zoom).toBe(2);
  });

  it('offers Central Asia and the European USSR with the fronts, and moves a frame half its size every way', () => {
    expect(pointToPixel(PICK_AREAS.europe, 'wide', LENINGRAD)).toBeNull();
    expect(pointToPixel(panFrame(PICK_AREAS.europe, 'north'), 'wide', LENINGRAD)).not.toBeNull();
    expect(pointToPixel(PICK_AREAS.europe, 'narrow', { lat: 48.71, lon: 44.51 })).not.toBeNull();
    for (const frame of STARTS) {
      const east = panFrame(frame, 'east');
      const edge = pixelToPoint(frame, 'wide', PICK_SIZES.wide.width, PICK_SIZES.wide.height / 2)!;
      expect(east.lon).toBeCloseTo(edge.lon, 1);
      expect(panFrame(panFrame(frame, 'north'), 'south').lat).toBeCloseTo(frame.lat, 0);
      expect(east.zoom).toBe(frame.zoom);
      for (const pan of PICK_PANS) expect(parseFrame(formatFrame(panFrame(frame, pan))), pan).not.toBeNull();
    }
    expect(readMapPick({ area: 'europe' })).toEqual({ frame: PICK_AREAS.europe, picked: null, refused: false });
    expect(readMapPick({ frame: formatFrame(PICK_AREAS.europe), pan: 'west' }).frame).toEqual(
      panFrame(PICK_AREAS.europe, 'west'),
    );
    expect(readMapPick({ area: 'mars', pan: 'up' }).frame).toEqual(WHOLE_FRAME);
  });

  it('ignores a click it cannot read, and shows the whole frame again', () => {
    const junk: Record<string, string | string[]>[] = [
      { 'at-wide.x': 'abc', 'at-wide.y': '10' },
      { 'at-wide.x': '99999999', 'at-wide.y': '10' },
      { 'at-wide.x': '1e3', 'at-wide.y': '10' },
      { 'at-wide.x': '700', 'at-wide.y': '10' },
      // Enter on the focused image sends its corner.
      { 'at-wide.x': '0', 'at-wide.y': '0' },
      { 'at-wide.x': '10' },
      { 'at-wide.x': ['10', '20'], 'at-wide.y': '10' },
      { 'at-narrow.x': '400', 'at-narrow.y': '10' },
      { 'at-wide.x': '10', 'at-wide.y': '10', frame: 'x' },
      { 'at-wide.x': '10', 'at-wide.y': '10', frame: '68.5,39,7' },
      { 'at-wide.x': '10', 'at-wide.y': '10', frame: '500,39,0' },
    ];
    for (const query of junk)
      expect(readMapPick(query), JSON.stringify(query)).toEqual({ frame: WHOLE_FRAME, picked: null, refused: true });
    expect(readMapPick({ kind: 'place' })).toEqual({ frame: WHOLE_FRAME, picked: null, refused: false });
  });

  it('draws a standalone SVG painted by attributes, with the point the form holds marked where it lies', () => {
    const whole = renderPickMap(WHOLE_FRAME, 'wide');
    expect(whole).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="440" viewBox="0 0 640 440">/,
    );
    expect(whole).not.toMatch(/class=|style=/);
    expect(whole).toContain('fill="#e8dcc8"');
    expect(whole).not.toContain('<circle');
    const close = renderPickMap({ lon: 68.78, lat: 38.56, zoom: 1 }, 'narrow', DUSHANBE);
    expect(close).toContain('<circle cx="160" cy="120"');
    // The same frame always draws the same map.
    expect(renderPickMap({ lon: 68.78, lat: 38.56, zoom: 1 }, 'narrow', DUSHANBE)).toBe(close);
    // On a frame centred east of it, the point is left of the centre; far away, it is not drawn.
    const moved = renderPickMap({ lon: 69.5, lat: 38.56, zoom: 1 }, 'narrow', DUSHANBE);
    expect(Number(/<circle cx="(\d+)"/.exec(moved)![1])).toBeLessThan(150);
    expect(renderPickMap(PICK_AREAS.europe, 'wide', DUSHANBE)).not.toContain('<circle');
  });
});
