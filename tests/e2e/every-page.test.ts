// Every kind of page, as a reader, a contributor and a moderator meet it, in every language the
// site speaks, on a 390-pixel phone and on a desktop: axe-core finds no WCAG 2.2 A/AA violation,
// nothing scrolls sideways, no control is smaller than WCAG 2.2's 24 × 24 pixels (links within running
// text are exempt, as WCAG says); with ZVEZDA_PAGE_SHOTS=1, a screenshot of each is kept in
// test-results/pages for a person to look at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { proposeAddition, proposeCorrection, proposeNewHero } from '../../lib/submissions/submissions';
import { approveMedia, requestMediaChanges, uploadMedia, uploadMediaWithProposal } from '../../lib/media/media';
import { approveSubmission } from '../../lib/moderation/moderation';
import { png, tiff, UPLOAD_FIELDS } from '../support/images';
import { readSnapshot } from '../../lib/revisions/snapshot';
import { axeViolations, describeEveryScreen, installAxe } from '../support/accessibility';
import { useBrowser } from '../support/browser';
import { signIn } from '../support/auth';
import { awardCitingPicture } from '../support/factories';
import { fileDatabaseUrl } from '../support/database';
import { useSite } from '../support/site';

useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
const SHOTS = path.join(process.cwd(), 'test-results', 'pages');
// Screenshots are for a person to look at, and no one does in CI, where they were an eighth of this
// file's time: `ZVEZDA_PAGE_SHOTS=1 npx vitest run tests/e2e/every-page.test.ts` keeps them.
const KEEP_SHOTS = process.env.ZVEZDA_PAGE_SHOTS === '1';

const session = useBrowser();
let pages: { name: string; path: string; status?: number; sameTitleAs?: string }[];

beforeAll(async () => {
  await installAxe(session);
  const contributor = await signIn({ role: 'CONTRIBUTOR' });
  const admin = await signIn({ role: 'ADMIN', browser: session });
  const moderator = await signIn({ role: 'MODERATOR' });
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: 'veniamin-nedoshivin' }, select: { id: true } });
  const { snapshot } = await readSnapshot(prisma, hero.id);
  const proposal = await proposeCorrection(contributor.actor, 'veniamin-nedoshivin', {
    ...Object.fromEntries(Object.entries(snapshot).map(([field, value]) => [field, value ?? ''])),
    postwar: 'After the war he taught at a school in Leninabad.',
    sourceUrl: 'https://example.org/letter',
    sourceTitle: 'A letter from the family',
    archiveRef: '',
    note: 'The family keeps his letters from the school.',
  });
  // A profile whose award is cited to an award sheet in its gallery; the signed-in admin's own
  // picture sent back for changes, and their own proposal of a new Hero with a picture.
  const cited = await prisma.hero.findFirstOrThrow({
    where: { slug: { not: 'veniamin-nedoshivin' }, givenEn: { not: null }, published: true },
    select: { slug: true },
    orderBy: { slug: 'desc' },
  });
  const sheet = await uploadMedia(
    contributor.actor,
    cited.slug,
    { bytes: await tiff(1200, 900), name: 'sheet.tif' },
    { ...UPLOAD_FIELDS, kind: 'AWARD_DOCUMENT', caption: 'Award sheet, family archive' },
  );
  await approveMedia(moderator.actor, { mediaId: sheet.id });
  const award = await proposeAddition(
    contributor.actor,
    cited.slug,
    'AWARD',
    awardCitingPicture(sheet.id, 'The award sheet names the Order of Lenin.'),
  );
  await approveSubmission(moderator.actor, { submissionId: award.id });
  const returned = await uploadMedia(
    admin.actor,
    cited.slug,
    { bytes: await png(700, 900, '#6b5a44'), name: 'returned.png' },
    UPLOAD_FIELDS,
  );
  await requestMediaChanges(moderator.actor, { mediaId: returned.id, note: 'Please say who is pictured.' });
  const newHero = await proposeNewHero(admin.actor, {
    surnameRu: 'Примеров',
    givenRu: 'Пример',
    surnameEn: 'Primerov',
    givenEn: 'Primer',
    birthDate: '1920',
    titleDecreeDate: '1944-10-26',
    biographyEn: 'A record proposed by the page tests.',
    biographyRu: 'Запись из проверок страниц.',
    group: 'TAJIK_SSR',
    countedIn64: 'no',
    membershipNote: 'Born in the Tajik SSR, as the award sheet says.',
    sourceUrl: '',
    sourceTitle: 'Award sheet',
    archiveRef: 'TsAMO, fond 33',
    note: 'The award sheet names him.',
  });
  await uploadMediaWithProposal(
    admin.actor,
    newHero.id,
    { bytes: await png(600, 800, '#44556b'), name: 'portrait.png' },
    UPLOAD_FIELDS,
  );
  const stub = await prisma.hero.findFirstOrThrow({
    where: { givenRu: null, givenEn: null },
    select: { slug: true },
    orderBy: { slug: 'asc' },
  });
  const unit = await prisma.unit.findFirstOrThrow({ select: { slug: true }, orderBy: { slug: 'asc' } });
  const battle = await prisma.battle.findFirstOrThrow({ select: { slug: true }, orderBy: { slug: 'asc' } });
  const candidate = await prisma.candidate.findFirstOrThrow({ where: { surnameRu: 'Ходов' }, select: { id: true } });
  const buston = await prisma.place.findFirstOrThrow({
    where: { name: { startsWith: 'Buston (formerly Chkalovsk)' } },
    select: { id: true },
  });
  const koktobe = await prisma.place.findFirstOrThrow({
    where: { name: { startsWith: 'village (aul) Koktobe' } },
    select: { id: true },
  });
  // A station of a unit's path proposed from the add page's form, for its review page.
  const served = await prisma.service.findFirstOrThrow({
    where: { hero: { slug: 'tuychi-erdzhigitov' } },
    select: { unitId: true },
  });
  const gatchina = await prisma.place.findFirstOrThrow({
    where: { name: { startsWith: 'Gatchina district' } },
    select: { id: true },
  });
  const station = await proposeAddition(contributor.actor, 'tuychi-erdzhigitov', 'UNIT_STATION', {
    stationUnit: served.unitId,
    stationPlace: gatchina.id,
    stationFrom: '1944-01',
    stationTo: '1944-02',
    stationNote: 'Fixture: not a fact of the archive',
    sourceUrl: 'https://example.org/regiment-history',
    sourceTitle: '',
    archiveRef: '',
    note: 'A fixture for the page test, not a source.',
  });
  // One of a Hero's places named from the gazetteer, for its review page: the fact, now and proposed.
  const leninabad = await prisma.place.findFirstOrThrow({ where: { name: 'Leninabad' }, select: { id: true } });
  const factPlace = await proposeAddition(contributor.actor, 'tuychi-erdzhigitov', 'HERO_PLACE', {
    placeFact: 'callUpPlace',
    factPlace: leninabad.id,
    commissariat: 'Fixture: not a fact of the archive',
    sourceUrl: 'https://example.org/service-record',
    sourceTitle: '',
    archiveRef: '',
    note: 'A fixture for the page test, not a source.',
  });
  pages = [
    { name: 'home', path: '' },
    { name: 'list', path: '/heroes' },
    { name: 'profile', path: '/heroes/veniamin-nedoshivin' },
    { name: 'stub', path: `/heroes/${stub.slug}` },
    { name: 'profile-cited-picture', path: `/heroes/${cited.slug}` },
    { name: 'amend-picture', path: `/heroes/${cited.slug}/media/${returned.id}/amend` },
    { name: 'proposal-pictures', path: `/heroes/new/${newHero.id}/media` },
    { name: 'history', path: '/heroes/veniamin-nedoshivin/history' },
    { name: 'unit', path: `/units/${unit.slug}` },
    { name: 'battle', path: `/battles/${battle.slug}` },
    { name: 'place', path: `/places/${buston.id}` },
    { name: 'place-not-located', path: `/places/${koktobe.id}` },
    { name: 'places', path: '/places' },
    { name: 'maps', path: '/maps' },
    { name: 'maps-fought', path: '/maps?view=fought', sameTitleAs: 'maps' },
    { name: 'search', path: '/search?q=Nedoshivin' },
    { name: 'help', path: '/help' },
    { name: 'help-translate', path: '/translate?into=tg' },
    {
      name: 'translate',
      path: `/heroes/veniamin-nedoshivin/translate?text=${encodeURIComponent(`Hero:${hero.id}:featFacts.1`)}`,
    },
    { name: 'about', path: '/about' },
    { name: 'unidentified', path: '/unidentified' },
    { name: 'api', path: '/api' },
    { name: 'sign-in', path: '/sign-in' },
    { name: 'account', path: '/account' },
    { name: 'propose', path: '/heroes/veniamin-nedoshivin/propose' },
    { name: 'new-hero', path: '/heroes/new' },
    // The same form with a name not yet identified filled in (and its card): the same kind of page, so the same title.
    { name: 'new-hero-from-name', path: `/heroes/new?candidate=${candidate.id}`, sameTitleAs: 'new-hero' },
    { name: 'queue', path: '/moderation' },
    { name: 'review', path: `/moderation/${proposal.id}` },
    { name: 'add-station', path: '/heroes/tuychi-erdzhigitov/add?kind=station' },
    // The coordinate form after a click on its map near Dushanbe: the point filled in, the map zoomed in.
    {
      name: 'add-place-clicked',
      path: '/heroes/tuychi-erdzhigitov/add?kind=place&size=wide&at.x=327&at.y=234',
      sameTitleAs: 'add-station',
    },
    { name: 'review-station', path: `/moderation/${station.id}`, sameTitleAs: 'review' },
    { name: 'add-fact-place', path: '/heroes/tuychi-erdzhigitov/add?kind=fact-place', sameTitleAs: 'add-station' },
    { name: 'review-fact-place', path: `/moderation/${factPlace.id}`, sameTitleAs: 'review' },
    { name: 'users', path: '/admin/users' },
    { name: 'import', path: '/admin/import' },
    { name: 'not-found', path: '/heroes/no-such-hero', status: 404 },
  ];
  mkdirSync(SHOTS, { recursive: true });
}, 120_000);
afterAll(() => prisma.$disconnect());

describeEveryScreen(
  'every page on a $name ($width × $height)',
  'in %s: no axe violation, no sideways scrolling',
  session,
  async (locale, viewport, page) => {
    const problems: string[] = [];
    // Every kind of page has its own title and a description; none carries only the site's name.
    const titles = new Map<string, string>();
    for (const target of pages) {
      const errorsBefore = session.pageErrors.length;
      const response = await page.goto(`/${locale}${target.path}`);
      expect(response?.status(), target.name).toBe(target.status ?? 200);
      for (const violation of await axeViolations(page)) problems.push(`${target.name}: ${violation}`);
      // Everything else is read from the loaded document in one call: a locator, or a call per
      // question, cost each visit about a fifth of a second.
      const { hasMain, overflow, small, title, description } = await page.evaluate(() => {
        const overflow = (() => {
          const width = window.innerWidth;
          // The outermost elements that reach past the screen's edge, to say what to fix.
          const wide = [...document.querySelectorAll('body *')]
            .filter(
              (el) =>
                el.getBoundingClientRect().right > width + 1 &&
                !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1),
            )
            .slice(0, 3)
            .map(
              (el) =>
                `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`,
            );
          return { by: document.documentElement.scrollWidth - width, wide };
        })();
        const small = (() => {
          const found: string[] = [];
          for (const el of document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary')) {
            if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
            if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
            if (el.closest('.visually-hidden, [aria-hidden="true"], [hidden]')) continue;
            const rect = el.getBoundingClientRect();
            // Off the screen until focused (the skip link) or not laid out at all.
            if (rect.width === 0 || rect.height === 0 || rect.right <= 0 || rect.bottom <= 0) continue;
            if (rect.width >= 24 && rect.height >= 24) continue;
            // WCAG's inline exception: a link inside a sentence, sized by the line of text around it.
            if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') {
              let block = el.parentElement;
              while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
              if (block && (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length) continue;
            }
            const text = (el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || '')
              .trim()
              .slice(0, 30);
            found.push(`${el.tagName.toLowerCase()} "${text}" ${Math.round(rect.width)}×${Math.round(rect.height)}`);
          }
          return found.slice(0, 5);
        })();
        return {
          hasMain: document.querySelector('main') !== null,
          overflow,
          small,
          title: document.title,
          description: document.querySelector('meta[name="description"]')?.getAttribute('content'),
        };
      });
      if (!hasMain) problems.push(`${target.name}: no <main> element`);
      if (small.length > 0) problems.push(`${target.name}: controls smaller than 24 × 24: ${small.join('; ')}`);
      if (overflow.by > 0)
        problems.push(
          `${target.name}: ${overflow.by}px wider than the ${viewport.width}px screen (${overflow.wide.join(', ')})`,
        );
      const policy = /script-src ([^;]*)/
        .exec((await response!.allHeaders())['content-security-policy'] ?? '')?.[1]
        ?.slice(0, 60);
      for (const error of session.pageErrors.slice(errorsBefore))
        problems.push(`${target.name} (${page.url()}, policy ${policy}): ${error.slice(0, 160)}`);
      const other = [...titles].find(([, seen]) => seen === title);
      // A 404 thrown by notFound() keeps the layout's title: Next takes no metadata from a
      // not-found file below the root (docs/decisions/0012-nextjs-404-limitation.md).
      if (other && !target.status && other[0] !== target.sameTitleAs)
        problems.push(`${target.name}: the same title as ${other[0]} ("${title}")`);
      titles.set(target.name, title);
      if (!description) problems.push(`${target.name}: no description`);
      // The whole page on a phone, where it is long and narrow; a desktop's first screen shows its layout.
      if (KEEP_SHOTS)
        await page.screenshot({
          path: path.join(SHOTS, `${viewport.name}-${locale}-${target.name}.png`),
          fullPage: viewport.name === 'phone',
        });
    }
    expect(problems).toEqual([]);
  },
  180_000,
);
