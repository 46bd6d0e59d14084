// Ids in other archives: proposed like any field, refused when malformed or held by another
// record, then shown as links on the profile, in JSON-LD sameAs and the JSON API, and found by
// search. The Hero here is synthetic, with obviously synthetic ids.
import { beforeAll, describe, expect, it } from 'vitest';
import { approveSubmission } from '../../lib/moderation/moderation';
import { proposeCorrection } from '../../lib/submissions/submissions';
import { readSnapshot } from '../../lib/revisions/snapshot';
import { ValidationError } from '../../lib/errors';
import { reindexHero } from '../../lib/search/indexing';
import { parseExternalIdQuery } from '../../lib/exports/external-ids';
import { useFileDatabase } from '../support/database';
import { useUsers } from '../support/factories';
import { useSite } from '../support/site';

const site = useSite();
const prisma = useFileDatabase();
const [contributor, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR');
const SLUG = 'syntheticus-testov';
const WIKIDATA = 'Q999999901';
const WARHEROES = '999999902';

async function values() {
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  const { snapshot } = await readSnapshot(prisma, hero.id);
  return Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, v ?? '']));
}
const evidence = {
  sourceUrl: 'https://example.org/synthetic-register',
  sourceTitle: '',
  archiveRef: '',
  note: 'Synthetic test record ids.',
};

beforeAll(async () => {
  const hero = await prisma.hero.create({
    data: {
      slug: SLUG,
      surnameRu: 'Тестов',
      givenRu: 'Синтетик',
      surnameEn: 'Testov',
      givenEn: 'Syntheticus',
      group: 'OTHER',
      countedIn64: false,
      membershipNote: 'A synthetic record made by a test.',
      biographyEn: 'A synthetic record.',
      biographyRu: 'Синтетическая запись.',
      confidence: 'LOW',
      names: { create: [{ value: 'Синтетик Тестов', script: 'RU', isPrimary: true, normalized: 'sintetik testov' }] },
    },
  });
  await prisma.$transaction((tx) => reindexHero(tx, hero.id));
});

describe('ids in other archives', () => {
  it('are refused when malformed, with the field named, and nothing is saved', async () => {
    const before = await prisma.submission.count();
    const attempt = proposeCorrection(contributor, SLUG, {
      ...(await values()),
      wikidataId: 'wikidata-1',
      warheroesId: '12ab',
      ...evidence,
    });
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({
      fields: { wikidataId: 'badExternalId', warheroesId: 'badExternalId' },
    });
    expect(await prisma.submission.count()).toBe(before);
  });

  it('are proposed and approved like any field, then linked on the profile, in JSON-LD, the API and search', async () => {
    const { id } = await proposeCorrection(contributor, SLUG, {
      ...(await values()),
      wikidataId: ` ${WIKIDATA.toLowerCase()} `,
      warheroesId: WARHEROES,
      ...evidence,
    });
    await approveSubmission(moderator, { submissionId: id, note: 'Checked.' });
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG } });
    expect([hero.wikidataId, hero.warheroesId, hero.pamyatNarodaId]).toEqual([WIKIDATA, WARHEROES, null]);
    const revision = await prisma.revision.findFirstOrThrow({
      where: { heroId: hero.id },
      orderBy: { number: 'desc' },
    });
    expect(revision.diff).toMatchObject({
      wikidataId: { from: null, to: WIKIDATA },
      warheroesId: { from: null, to: WARHEROES },
    });

    const html = await (await fetch(`${site.url}/en/heroes/${SLUG}`)).text();
    expect(html).toContain(`href="https://www.wikidata.org/wiki/${WIKIDATA}"`);
    expect(html).toContain(`href="https://warheroes.ru/hero/hero.asp?Hero_id=${WARHEROES}"`);
    const ld = JSON.parse(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(html)![1]!);
    expect(ld.sameAs).toEqual([
      `https://www.wikidata.org/wiki/${WIKIDATA}`,
      `https://warheroes.ru/hero/hero.asp?Hero_id=${WARHEROES}`,
    ]);
    const api = await (await fetch(`${site.url}/api/heroes/${SLUG}`)).json();
    expect(api.externalIds).toEqual({
      wikidata: WIKIDATA,
      warheroes: WARHEROES,
      pamyatNaroda: null,
      podvigNaroda: null,
    });

    for (const q of [
      WIKIDATA,
      `https://www.wikidata.org/wiki/${WIKIDATA}`,
      `http://www.warheroes.ru/hero/hero.asp?Hero_id=${WARHEROES}`,
      WARHEROES,
    ]) {
      const found = await (await fetch(`${site.url}/api/search?q=${encodeURIComponent(q)}`)).json();
      expect(
        found.results.map((r: { slug: string }) => r.slug),
        q,
      ).toEqual([SLUG]);
    }
    const page = await (await fetch(`${site.url}/en/search?q=${WIKIDATA}`)).text();
    expect(page).toContain('id in another archive');
    site.assertNoServerErrors();
  });

  it('refuses an id another record already holds', async () => {
    const other = 'veniamin-nedoshivin';
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: other }, select: { id: true } });
    const { snapshot } = await readSnapshot(prisma, hero.id);
    const input = Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, v ?? '']));
    await expect(
      proposeCorrection(contributor, other, { ...input, wikidataId: WIKIDATA, ...evidence }),
    ).rejects.toMatchObject({ fields: { wikidataId: 'externalIdTaken' } });
  });

  it('recognises ids and addresses of each archive in a query', () => {
    expect(parseExternalIdQuery('q42')).toEqual([{ kind: 'wikidata', id: 'Q42' }]);
    expect(parseExternalIdQuery('https://pamyat-naroda.ru/heroes/person-hero123/')).toEqual([
      { kind: 'pamyatNaroda', id: '123' },
    ]);
    expect(parseExternalIdQuery('podvig:77')).toEqual([{ kind: 'podvigNaroda', id: '77' }]);
    expect(parseExternalIdQuery('Nedoshivin')).toEqual([]);
  });
});
