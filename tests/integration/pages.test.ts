// The real site, built and served by the test setup against the seeded database.
import { describe, expect, it } from 'vitest';
import { loadFactSheet } from '../../prisma/seed/fact-sheet';
import { getJson, getPage, textOf } from '../support/http';
import { useSite } from '../support/site';

const site = useSite();

const sheet = loadFactSheet();
const nedoshivin = sheet.heroes[0]!;

/** The facts a profile names under "Not yet known", by their keys. */
function notYetKnown(html: string): Record<string, string> {
  const list = /data-testid="not-yet-known"[^>]*>([\s\S]*?)<\/ul>/.exec(html);
  if (!list) return {};
  return Object.fromEntries(
    [...list[1]!.matchAll(/data-unknown="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)].map((m) => [m[1]!, textOf(m[2]!)]),
  );
}

function fact(html: string, name: string): string {
  const match = new RegExp(`data-fact="${name}"[^>]*>([\\s\\S]*?)</(dd|strong)>`).exec(html);
  if (!match) throw new Error(`no fact ${name} on the page`);
  return textOf(match[1]!);
}

describe('pages', () => {
  it("shows Nedoshivin's profile in English with what is known and what is not", async () => {
    const { status, html } = await getPage('/en/heroes/veniamin-nedoshivin');
    expect(status).toBe(200);
    const text = textOf(html);
    expect(html).toMatch(/<h1[^>]*>Veniamin Nedoshivin<\/h1>/);
    expect(html).toContain('<html lang="en"');
    expect(fact(html, 'rank')).toBe(nedoshivin.rank_at_feat);
    expect(fact(html, 'role')).toBe(nedoshivin.role);
    expect(fact(html, 'featDate')).toBe('27 January 1944');
    expect(fact(html, 'featPlace')).toBe(nedoshivin.feat_place);
    // What the sources do not give is named once, in one short list, and not shown as a blank row.
    const unknown = notYetKnown(html);
    for (const key of [
      'birthDate',
      'deathDate',
      'birthPlace',
      'burialPlace',
      'units',
      'decreeDate',
      'goldStar',
      'nationality',
    ]) {
      expect(unknown[key], key).toBeTruthy();
      expect(html, key).not.toContain(`data-fact="${key}"`);
    }
    expect(unknown.birthDate).toBe('Date of birth');
    expect(text).not.toContain('Not known from the sources');
    expect(fact(html, 'posthumous')).toBe('no');
    expect(fact(html, 'battles')).toContain('fighting on the approaches to Gatchina');
    // One date format on a page: the battle's date kept as text reads like every other date.
    expect(fact(html, 'battles')).toContain('27 January 1944');
    expect(fact(html, 'battles')).not.toContain('1944-01-27');
    // Sources read as sources: title, publisher, year; an untitled one by its site, the address as the link.
    // (textOf puts a space at every tag; a reader sees none before the commas)
    const sources = textOf(/data-testid="sources"[^>]*>([\s\S]*?)<\/ol>/.exec(html)![1]!).replace(/ ([,:])/g, '$1');
    expect(sources).toContain(`${nedoshivin.sources[0]!.title}, ${nedoshivin.sources[0]!.publisher}, 2020`);
    expect(sources).toContain('yurii.ru');
    expect(html).toMatch(
      /<a href="http:\/\/yurii\.ru\/ref10\/particle-408088\.php"[^>]*>http:\/\/yurii\.ru\/ref10\/particle-408088\.php<\/a>/,
    );
    for (const source of nedoshivin.sources) {
      if (source.url) expect(html).toContain(`href="${source.url}"`);
      else expect(text).toContain(source.title!);
      expect(text).toContain(source.supports);
    }
    expect(text).toContain('Недошивин');
    expect(text).toContain('Not yet known');
    expect(fact(html, 'confidence')).toBe('Low');
    expect(html).toContain('<title>Veniamin Nedoshivin, Hero of the Soviet Union — Zvezda</title>');
    expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
    expect(jsonLd).toMatchObject({ '@context': 'https://schema.org', '@type': 'Person', name: 'Veniamin Nedoshivin' });
    expect(jsonLd.birthDate).toBeUndefined();
  });

  it('shows the same profile in Russian', async () => {
    const { status, html } = await getPage('/ru/heroes/veniamin-nedoshivin');
    expect(status).toBe(200);
    expect(html).toContain('<html lang="ru"');
    expect(html).toMatch(/<h1[^>]*>Вениамин Недошивин<\/h1>/);
    expect(fact(html, 'featDate')).toBe('27 января 1944 года');
    expect(notYetKnown(html).birthDate).toBe('Дата рождения');
    expect(textOf(html)).toContain('Биография');
    expect(html).toMatch(/<a[^>]*href="\/en\/heroes\/veniamin-nedoshivin"[^>]*>English<\/a>/);
  });

  it('shows the same profile in Tajik, offering every language, with hreflang alternates', async () => {
    const { status, html } = await getPage('/tg/heroes/veniamin-nedoshivin');
    expect(status).toBe(200);
    expect(html).toMatch(/<html lang="tg"/);
    expect(html).toMatch(/<h1[^>]*>Вениамин Недошивин<\/h1>/);
    expect(fact(html, 'featDate')).toBe('27 январи 1944');
    expect(notYetKnown(html).birthDate).toBe('Санаи таваллуд');
    expect(textOf(html)).toContain('Қаҳрамони Иттифоқи Шӯравӣ');
    const switcher = /<nav[^>]*class="language-switch"[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1]!;
    expect([...switcher.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
      '/en/heroes/veniamin-nedoshivin',
      '/ru/heroes/veniamin-nedoshivin',
      '/tg/heroes/veniamin-nedoshivin',
    ]);
    expect(switcher).toMatch(
      /<a[^>]*href="\/tg\/heroes\/veniamin-nedoshivin"[^>]*aria-current="page"[^>]*>Тоҷикӣ<\/a>/,
    );
    for (const locale of ['en', 'ru', 'tg']) {
      expect(html).toMatch(
        new RegExp(`<link rel="alternate" hrefLang="${locale}" href="[^"]*/${locale}/heroes/veniamin-nedoshivin"`),
      );
    }
    expect(html).toMatch(/<link rel="alternate" hrefLang="x-default" href="[^"]*\/en\/heroes\/veniamin-nedoshivin"/);
  });

  it('names a list view and a history page by their public address, never the cached view behind it', async () => {
    // proxy.ts rewrites these to cached views (/list-views/…, /history-pages/…). Served by Next in
    // the same process, the page keeps the address the reader asked for; fetched by Next from
    // this server over HTTP (as it was), it named the view's address in its links and flight data.
    for (const [address, pathname] of [
      ['/ru/heroes?sort=decree&offset=25', '/heroes'],
      ['/en/heroes/veniamin-nedoshivin/history', '/heroes/veniamin-nedoshivin/history'],
    ] as const) {
      const { status, html } = await getPage(address);
      expect(status, address).toBe(200);
      const switcher = /<nav[^>]*class="language-switch"[^>]*>([\s\S]*?)<\/nav>/.exec(html)![1]!;
      expect(
        [...switcher.matchAll(/href="([^"]+)"/g)].map((m) => m[1]),
        address,
      ).toEqual(['en', 'ru', 'tg'].map((locale) => `/${locale}${pathname}`));
      // No link to the view, and the address the page's flight data gives the browser's router ("c") is the public one.
      expect(html, address).not.toMatch(/href="[^"]*(list-views|history-pages)/);
      expect(html, address).toMatch(/\\"c\\":\[\\"\\",\\"(en|ru)\\",\\"heroes/);
      expect(html, address).not.toMatch(/\\"c\\":\[[^\]]*(list-views|history-pages)/);
    }
  });

  it('says a list page past the end is past the end, and links to the last page', async () => {
    // The seed publishes fewer Heroes than a page holds: the list has one page.
    for (const [address, words, lastPage] of [
      ['/en/heroes?sort=decree&offset=25', 'The list has only one page: there is no page 2.', '/en/heroes?sort=decree'],
      ['/ru/heroes?offset=50', 'В списке 1 страница, страницы 3 в нём нет.', '/ru/heroes'],
      ['/tg/heroes?offset=25', 'Рӯйхат 1 саҳифа дорад: саҳифаи 2 вуҷуд надорад.', '/tg/heroes'],
    ] as const) {
      const { status, html } = await getPage(address);
      expect(status, address).toBe(200);
      const notice = /data-testid="beyond-end"[^>]*>([\s\S]*?)<\/p>/.exec(html);
      expect(notice, address).not.toBeNull();
      expect(textOf(notice![1]!), address).toContain(words);
      expect(notice![1], address).toContain(`href="${lastPage}"`);
      // Not "no Heroes match" under filters that do match, nor a pager that counts "page 2 of 1".
      expect(html, address).not.toMatch(/class="pager"/);
    }
    const last = await getPage('/en/heroes?sort=decree');
    expect(last.html).toMatch(/<table class="hero-table"/);
  });

  it('serves the Tajik home, list and about pages in Tajik with its fonts', async () => {
    for (const path of [
      '/tg',
      '/tg/heroes',
      '/tg/about',
      '/tg/help',
      '/tg/search?q=%D2%B2%D0%B0%D0%BA%D0%B8%D0%BC%D0%BE%D0%B2',
    ]) {
      const { status, html } = await getPage(path);
      expect(status, path).toBe(200);
      expect(html, path).toMatch(/<html lang="tg"/);
    }
    const home = await getPage('/tg');
    expect(textOf(home.html)).toContain('64 Қаҳрамон ҳисоб карда шудааст');
    const css = [...home.html.matchAll(/href="(\/_next\/static\/[^"]+\.css)"/g)].map((m) => m[1]!);
    const faces = (
      await Promise.all(
        css.map(async (href) => {
          const sheet = await (await fetch(`${site.url}${href}`)).text();
          return (sheet.match(/@font-face\{[^}]*\}/g) ?? []).map((face) => ({ face, base: new URL(href, site.url) }));
        }),
      )
    ).flat();
    // The Cyrillic Extended face (the Tajik letters) is served by this site itself.
    const tajik = faces.find(({ face }) => /unicode-range:U\+0*460-0*52F/i.test(face));
    expect(tajik).toBeDefined();
    const file = new URL(/url\(([^)]+\.woff2)\)/.exec(tajik!.face)![1]!, tajik!.base);
    expect(file.origin).toBe(new URL(site.url).origin);
    const response = await fetch(file);
    expect(response.status).toBe(200);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });

  it('shows conflicts between sources and the unit chain up to the front', async () => {
    const { html } = await getPage('/en/heroes/tuychi-erdzhigitov');
    const text = textOf(html);
    expect(text).toContain('Where the sources disagree');
    expect(text).toContain('Erzhigitov (Эржигитов)');
    expect(fact(html, 'units')).toContain('1064th Rifle Regiment → 281st Rifle Division → 54th Army → Volkhov Front');
    expect(fact(html, 'decreeDate')).toBe('21 February 1944');
    expect(fact(html, 'birthDate')).toBe('10 November 1921');
  });

  it('keeps partial dates to their precision', async () => {
    const { html } = await getPage('/en/heroes/negmat-karabaev');
    expect(fact(html, 'birthDate')).toBe('1916');
    expect(fact(html, 'deathDate')).toContain('January 1943');
    expect(fact(html, 'decreeDate')).toBe('March 1940');
  });

  it('marks a stub and lists its open questions', async () => {
    const { status, html } = await getPage('/en/heroes/t-nazarov');
    expect(status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>T\. Nazarov<\/h1>/);
    expect(textOf(html)).toContain('known only by a surname and an initial');
    const questions = textOf(/data-testid="not-yet-known"[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!);
    expect(questions).toContain('Full name');
    expect(questions).toContain('Decree date');
  });

  it('answers an unknown slug with a real 404 page in the reader’s language', async () => {
    // Next 16 sends the not-found UI of a notFound() call only in the script payload
    // (vercel/next.js#62228); the page's words must be in the HTML for a reader without scripts.
    const en = await getPage('/en/heroes/no-such-hero');
    expect(en.status).toBe(404);
    expect(textOf(en.html)).toContain('There is no page at this address');
    expect(en.html).toMatch(/<a href="\/en\/heroes">Go to the list of Heroes<\/a>/);
    expect(en.html).toContain('<meta name="robots" content="noindex"/>');
    const ru = await getPage('/ru/heroes/no-such-hero');
    expect(ru.status).toBe(404);
    expect(textOf(ru.html)).toContain('По этому адресу страницы нет');
    expect(ru.html).toMatch(/<a href="\/ru\/heroes">[^<]+<\/a>/);
    expect((await getPage('/en/units/no-such-unit')).status).toBe(404);
    expect((await getPage('/en/battles/no-such-battle')).status).toBe(404);
    expect((await getPage('/en/no/such/page')).status).toBe(404);
  });

  it('lists all Heroes, sorted and filtered, with pagination', async () => {
    const { html } = await getPage('/en/heroes?limit=10');
    expect(Number(/(\d+) Heroes/.exec(textOf(html))?.[1])).toBe(sheet.heroes.length);
    expect((html.match(/<tr>/g) ?? []).length).toBe(11);
    expect(html).toContain('rel="next"');
    const filtered = await getPage('/en/heroes?group=ADDED_2018');
    expect(textOf(filtered.html)).toContain('1 Hero');
    expect(filtered.html).toContain('/en/heroes/karsybay-spataev');
    const ru = await getPage('/ru/heroes?sort=decree');
    expect(textOf(ru.html)).toMatch(/\d+ Геро(й|я|ев)/);
    const bad = await getPage('/en/heroes?limit=abc');
    expect(bad.status).toBe(200);
    expect(textOf(bad.html)).toContain('That list request is not valid');
  });

  it('shows who served in a unit and fought in a battle', async () => {
    const unit = await getPage('/en/units/281st-rifle-division');
    expect(unit.status).toBe(200);
    expect(textOf(unit.html)).toContain('Tuychi Erdzhigitov');
    expect(textOf(unit.html)).toContain('54th Army');
    const battle = await getPage('/ru/battles/battle-of-stalingrad');
    expect(battle.status).toBe(200);
    expect(textOf(battle.html)).toContain('Карсыбай Спатаев');
    expect(textOf(battle.html)).toContain('Домулло Азизов');
  });

  it('home page gives the count, the identified number and the other counts; about page explains sourcing', async () => {
    const home = textOf((await getPage('/en')).html);
    expect(home).toContain('64 Heroes are counted');
    expect(home).toContain(`${sheet.about.identified} of them are identified`);
    expect(home).toContain('42 are counted by the sources but not yet identified');
    for (const claim of sheet.about.other_counts) expect(home).toContain(claim.source);
    const about = await getPage('/ru/about');
    expect(about.status).toBe(200);
    expect(textOf(about.html)).toContain('Об архиве');
  });

  it('sends / to the reader’s language', async () => {
    const ru = await getPage('/', { headers: { 'accept-language': 'ru-RU,ru;q=0.9' } });
    expect([302, 307, 308]).toContain(ru.status);
    expect(ru.headers.get('location')).toMatch(/\/ru$/);
    const en = await getPage('/', { headers: { 'accept-language': 'de-DE,en;q=0.5' } });
    expect(en.headers.get('location')).toMatch(/\/en$/);
    const tg = await getPage('/', { headers: { 'accept-language': 'tg-TJ,tg;q=0.9,ru;q=0.8,en;q=0.5' } });
    expect(tg.headers.get('location')).toMatch(/\/tg$/);
    const ruOverTg = await getPage('/', { headers: { 'accept-language': 'ru,tg;q=0.9' } });
    expect(ruOverTg.headers.get('location')).toMatch(/\/ru$/);
  });
});

describe('the JSON API', () => {
  it('lists heroes with a total and honours limit and offset', async () => {
    const { status, body } = await getJson<{ items: { slug: string }[]; total: number }>(
      '/api/heroes?limit=5&offset=0',
    );
    expect(status).toBe(200);
    expect(body.total).toBe(sheet.heroes.length);
    expect(body.items).toHaveLength(5);
    const next = await getJson<{ items: { slug: string }[] }>('/api/heroes?limit=5&offset=5');
    expect(next.body.items.map((i) => i.slug)).not.toEqual(body.items.map((i) => i.slug));
  });

  it('refuses bad parameters with a 400 and a message', async () => {
    for (const bad of ['limit=0', 'limit=x', 'offset=-3', 'limit=101', 'sort=bogus']) {
      const { status, body } = await getJson<{ error: string }>(`/api/heroes?${bad}`);
      expect(status, bad).toBe(400);
      expect(body.error).toMatch(/limit|offset|sort/);
    }
  });

  it('gives one hero with units, battles, awards and sources', async () => {
    const { status, body } = await getJson<{
      slug: string;
      units: { unit: { name: string }; chain: { name: string }[] }[];
      battles: { name: string }[];
      awards: { kind: string; decreeDate: string | null }[];
      sources: { url: string | null; supports: string }[];
    }>('/api/heroes/tuychi-erdzhigitov');
    expect(status).toBe(200);
    expect(body.units.map((u) => u.unit.name)).toEqual(
      expect.arrayContaining(['1064th Rifle Regiment', 'Volkhov Front']),
    );
    expect(body.battles).toHaveLength(1);
    expect(body.awards[0]).toMatchObject({ kind: 'HERO_OF_THE_SOVIET_UNION', decreeDate: '1944-02-21' });
    expect(body.sources).toHaveLength(sheet.heroes.find((h) => h.name_en === 'Tuychi Erdzhigitov')!.sources.length);
    expect((await getJson('/api/heroes/no-such-hero')).status).toBe(404);
    expect((await getJson('/api/heroes/Bad%20Slug')).status).toBe(400);
  });
});
