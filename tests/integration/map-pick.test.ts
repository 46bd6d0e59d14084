// The coordinate form's clickable map, served by the real site: a click (the browser's at-wide.x
// and at-wide.y) fills in the latitude and longitude the projection puts under that pixel and says so in
// words, leaves the precision unchosen, and zooms in on the click; a click the map cannot have
// sent fills in nothing and breaks nothing; the page reads the same click sent back by POST (the
// way its own map sends it, so nothing typed stands in the address); the map itself is an SVG the
// site draws.
import { describe, expect, it } from 'vitest';
import { pixelToPoint, pointToPixel, roundDegrees, WHOLE_FRAME } from '../../lib/maps/pick';
import { signIn } from '../support/auth';
import { getPage, textOf } from '../support/http';
import { currentSite, useSite } from '../support/site';

useSite();

const FORM = '/en/heroes/karsybay-spataev/add?kind=place&placeRole=birthPlace';
const DUSHANBE = { lat: 38.56, lon: 68.78 };
const valueOf = (html: string, name: string) => {
  const tag = new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? '';
  return /value="([^"]*)"/.exec(tag)?.[1] ?? '';
};
const mapSources = (html: string) =>
  [...html.matchAll(/<input type="image"[^>]*src="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('the clickable map of the coordinate form', () => {
  it('fills in the point under the click, says it in words, leaves the precision to the person, and zooms in on it', async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const headers = { cookie: contributor.cookie };
    const first = await getPage(FORM, { headers });
    expect(first.status).toBe(200);
    expect(mapSources(first.html)).toEqual([
      '/api/maps/pick?frame=68.5,39,0&size=wide',
      '/api/maps/pick?frame=68.5,39,0&size=narrow',
    ]);
    expect(first.html).toContain('alt="Map of Tajikistan and its neighbours: click where the place lies"');
    expect(valueOf(first.html, 'latitude')).toBe('');

    const [x, y] = pointToPixel(WHOLE_FRAME, 'wide', DUSHANBE)!.map(Math.round) as [number, number];
    const expected = pixelToPoint(WHOLE_FRAME, 'wide', x, y)!;
    const latitude = String(roundDegrees(expected.lat));
    const longitude = String(roundDegrees(expected.lon));
    // Within a pixel of Dushanbe on the whole frame: a few hundredths of a degree.
    expect(Math.abs(Number(latitude) - DUSHANBE.lat)).toBeLessThan(0.03);
    expect(Math.abs(Number(longitude) - DUSHANBE.lon)).toBeLessThan(0.04);

    const clicked = await getPage(`${FORM}&frame=68.5,39,0&at-wide.x=${x}&at-wide.y=${y}`, { headers });
    expect(clicked.status).toBe(200);
    expect(valueOf(clicked.html, 'latitude')).toBe(latitude);
    expect(valueOf(clicked.html, 'longitude')).toBe(longitude);
    expect(textOf(clicked.html)).toContain(
      `You clicked near ${latitude}° N, ${longitude}° E; check it and choose how exact it is.`,
    );
    expect(clicked.html).toMatch(/<option value="birthPlace" selected="">/);
    expect(clicked.html).toMatch(/<option value="" selected="">Choose how exact it is<\/option>/);
    expect(clicked.html).not.toMatch(/<option value="(EXACT|SETTLEMENT|DISTRICT_CENTRE|REGION|APPROXIMATE)" selected/);
    // The next map is centred on the click, one step closer, and sends the proposal form again.
    expect(mapSources(clicked.html)[0]).toBe(
      `/api/maps/pick?frame=${longitude},${latitude},1&size=wide&mark=${longitude},${latitude}`,
    );
    expect(clicked.html).toContain(
      `<input type="hidden" form="proposal" name="frame" value="${longitude},${latitude},1"/>`,
    );
    expect(clicked.html).toContain('href="/en/heroes/karsybay-spataev/add?kind=place&amp;placeRole=birthPlace"');

    // A second click at the centre of the close-up gives the same point, and the map closer still.
    const again = await getPage(`${FORM}&frame=${longitude},${latitude},1&at-narrow.x=160&at-narrow.y=120`, {
      headers,
    });
    expect(valueOf(again.html, 'latitude')).toBe(latitude);
    expect(mapSources(again.html)[1]).toBe(
      `/api/maps/pick?frame=${longitude},${latitude},2&size=narrow&mark=${longitude},${latitude}`,
    );

    // In Russian, in its own words and numbers.
    const russian = await getPage(`${FORM.replace('/en/', '/ru/')}&at-wide.x=${x}&at-wide.y=${y}`, { headers });
    expect(textOf(russian.html)).toContain(
      `Вы нажали около ${latitude.replace('.', ',')}° с. ш., ${longitude.replace('.', ',')}° в. д.`,
    );
  });

  it("reads a click sent back by POST, as the page's own map sends it, and fills in what was typed", async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const [x, y] = pointToPixel(WHOLE_FRAME, 'wide', DUSHANBE)!.map(Math.round) as [number, number];
    const expected = pixelToPoint(WHOLE_FRAME, 'wide', x, y)!;
    const note = 'Fixture: not a fact of the archive. Записка модератору & «кавычки»';
    const form = new URLSearchParams({
      kind: 'place',
      placeRole: 'birthPlace',
      note,
      frame: '68.5,39,0',
      'at-wide.x': String(x),
      'at-wide.y': String(y),
    });
    // As the browser sends it: by POST, url-encoded, from the site's own origin.
    const sendBack = (body: string) =>
      getPage('/en/heroes/karsybay-spataev/add', {
        method: 'POST',
        headers: {
          cookie: contributor.cookie,
          origin: currentSite().url,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body,
      });
    const sent = await sendBack(form.toString());
    expect(sent.status).toBe(200);
    expect(valueOf(sent.html, 'latitude')).toBe(String(roundDegrees(expected.lat)));
    expect(valueOf(sent.html, 'longitude')).toBe(String(roundDegrees(expected.lon)));
    expect(sent.html).toMatch(/<option value="birthPlace" selected="">/);
    expect(textOf(sent.html)).toContain(note);
    // A person's own form is never kept for anyone else.
    expect(sent.headers.get('x-zvezda-cache')).toBeNull();
    expect(sent.headers.get('cache-control') ?? '').not.toMatch(/s-maxage/);

    // A form near the site's limit on a body, with an escape that does not decode: the form, not an error.
    form.set('note', 'я'.repeat(150_000));
    const large = await sendBack(`${form.toString()}&x=%E0%A4%A`);
    expect(large.status).toBe(200);
    expect(valueOf(large.html, 'latitude')).toBe(String(roundDegrees(expected.lat)));
    expect(large.html).not.toContain('яяяя');
  });

  it('fills in nothing for a click it cannot read, and answers with the form, not an error', async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    for (const click of [
      'at-wide.x=abc&at-wide.y=10',
      'at-wide.x=99999999999&at-wide.y=10',
      'at-wide.x=641&at-wide.y=10',
      'at-wide.x=0&at-wide.y=0',
      'at-wide.x=10&at-wide.y=10&frame=1e400,39,0',
      'at-narrow.x=400&at-narrow.y=10',
      'at-wide.x=-5&at-wide.y=10',
    ]) {
      const page = await getPage(`${FORM}&${click}`, { headers: { cookie: contributor.cookie } });
      expect(page.status, click).toBe(200);
      expect(valueOf(page.html, 'latitude'), click).toBe('');
      expect(valueOf(page.html, 'longitude'), click).toBe('');
      expect(page.html, click).toContain('data-testid="map-refused"');
      expect(mapSources(page.html)[0], click).toBe('/api/maps/pick?frame=68.5,39,0&size=wide');
    }
  });

  it('serves the map as an SVG image that may be kept, and refuses a map it does not draw', async () => {
    const map = await getPage('/api/maps/pick?frame=68.78,38.56,1&size=wide');
    expect(map.status).toBe(200);
    expect(map.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(map.headers.get('cache-control')).toContain('public');
    expect(map.html).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640" height="440"/);
    expect(map.html).toContain('<path fill="#e8dcc8" d="M');
    for (const bad of ['frame=68.5,39,9&size=wide', 'frame=68.5,39,0', 'frame=abc&size=wide']) {
      const refused = await getPage(`/api/maps/pick?${bad}`);
      expect(refused.status, bad).toBe(400);
    }
  });
});
