// A contributor proposes which place of the gazetteer one of a Hero's facts names (his birth, call-up
// with its commissariat, feat, death, first burial, resting place), with evidence; a moderator reads
// the fact, the place the record names now and the proposed one, and approves; the profile's places
// then show the new place, the evidence is one of his sources, the revision records the change and
// the pages of both places are expired. Bad input is refused with a message and writes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createPrismaClient } from '../../lib/prisma-client';
import { approveSubmission, getSubmissionForReview } from '../../lib/moderation/moderation';
import { proposeAddition } from '../../lib/submissions/submissions';
import { addForm } from '../../lib/submissions/kinds';
import { placeNamer } from '../../lib/submissions/kinds/place-names';
import { getPlace, listHeroPlaces } from '../../lib/places/queries';
import { signIn } from '../support/auth';
import { fileDatabaseUrl } from '../support/database';
import { outcome } from '../support/outcome';
import { refusedFields } from '../support/refusal';
import { HEROES } from '../support/heroes';

const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
afterAll(() => prisma.$disconnect());

const SLUG = HEROES.erdzhigitov;
const tagSeq = async (tag: string) => (await prisma.cacheTag.findUnique({ where: { tag } }))?.seq ?? 0n;
const asNamed = (place: { name: string; nameToday: string | null }) =>
  place.nameToday ? `${place.name} (${place.nameToday})` : place.name;

// Fixtures in this file's own database, not the archive's facts: the evidence is a made-up address,
// and the places proposed are whatever the gazetteer holds that the record does not name.
const EVIDENCE = {
  sourceUrl: 'https://example.org/hero-places-fixture',
  sourceTitle: 'Service record (test fixture)',
  archiveRef: '',
  note: 'The fixture record names this place.',
};

const PLACE_SELECT = { select: { id: true, name: true, nameToday: true } } as const;

async function record() {
  return prisma.hero.findUniqueOrThrow({
    where: { slug: SLUG },
    select: {
      id: true,
      version: true,
      birthPlace: PLACE_SELECT,
      callUpPlace: PLACE_SELECT,
      callUpCommissariat: true,
      burialPlace: PLACE_SELECT,
      firstBurialPlace: PLACE_SELECT,
    },
  });
}

/** A place of the gazetteer the record names for none of its facts. */
async function otherPlace(name: string) {
  return prisma.place.findFirstOrThrow({ where: { name }, ...PLACE_SELECT });
}

const proposal = (placeFact: string, factPlace: string, extra: Record<string, string> = {}) => ({
  placeFact,
  factPlace,
  commissariat: '',
  ...EVIDENCE,
  ...extra,
});

const counts = async () => ({
  submissions: await prisma.submission.count(),
  revisions: await prisma.revision.count(),
  sources: await prisma.source.count(),
  hero: await record(),
});

describe("a proposed place of a Hero's fact", () => {
  it('offers the six facts and every place of the gazetteer on the add page', async () => {
    const options = await addForm('HERO_PLACE').options!('ru', (key) => key, SLUG);
    expect(options.placeFact!.map((o) => o.value)).toEqual([
      '',
      'birthPlace',
      'callUpPlace',
      'featPlaceRef',
      'deathPlace',
      'firstBurialPlace',
      'burialPlace',
    ]);
    expect(options.placeFact![2]!.label).toBe('placeRoles.callUpPlace');
    expect(options.factPlace!.length).toBe((await prisma.place.count()) + 1);
  });

  it('moves his birthplace once approved: rows for the moderator, the profile, both place pages, a source, the revision', async () => {
    const before = await record();
    expect(before.birthPlace).not.toBeNull();
    const old = before.birthPlace!;
    const place = await otherPlace('Leninabad');
    expect(place.id).not.toBe(old.id);

    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const { id } = await proposeAddition(contributor.actor, SLUG, 'HERO_PLACE', proposal('birthPlace', place.id));
    const birth = async () => (await listHeroPlaces(SLUG, prisma))!.find((e) => e.role === 'BIRTH')?.place.id;
    expect(await birth()).toBe(old.id);

    const moderator = await signIn({ role: 'MODERATOR' });
    const review = await getSubmissionForReview(moderator.actor, id);
    const inEnglish = await placeNamer(prisma, 'en');
    expect(review.rows).toEqual([
      { field: 'birthPlace', base: null, now: inEnglish(old.id), proposed: 'Leninabad (Khujand)' },
    ]);

    const tags = {
      hero: await tagSeq(`hero:${SLUG}`),
      old: await tagSeq(`place:${old.id}`),
      new: await tagSeq(`place:${place.id}`),
    };
    await approveSubmission(moderator.actor, { submissionId: id });

    expect(await birth()).toBe(place.id);
    expect((await record()).version).toBe(before.version + 1);
    const heroRef = expect.objectContaining({ slug: SLUG });
    expect((await getPlace(place.id, prisma))!.heroes.BIRTH).toContainEqual(heroRef);
    expect((await getPlace(old.id, prisma))!.heroes.BIRTH).not.toContainEqual(heroRef);
    expect(await tagSeq(`hero:${SLUG}`)).toBeGreaterThan(tags.hero);
    expect(await tagSeq(`place:${old.id}`)).toBeGreaterThan(tags.old);
    expect(await tagSeq(`place:${place.id}`)).toBeGreaterThan(tags.new);

    const citation = await prisma.citation.findFirstOrThrow({
      where: { hero: { slug: SLUG }, source: { url: EVIDENCE.sourceUrl } },
      select: { supports: true, source: { select: { title: true } } },
    });
    expect(citation).toEqual({ supports: EVIDENCE.note, source: { title: EVIDENCE.sourceTitle } });
    const revision = await prisma.revision.findFirstOrThrow({ where: { submissionId: id } });
    expect(revision.reason).toBe(EVIDENCE.note);
    expect(revision.diff).toMatchObject({ birthPlace: { from: asNamed(old), to: asNamed(place) } });
  });

  it("names the places in the moderator's language, as the gazetteer names them then and today", async () => {
    const place = await otherPlace('Leninabad');
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const { id } = await proposeAddition(contributor.actor, SLUG, 'HERO_PLACE', proposal('deathPlace', place.id));
    const moderator = await signIn({ role: 'MODERATOR' });
    const proposed = async (locale: 'ru' | 'tg') =>
      (await getSubmissionForReview(moderator.actor, id, locale)).rows[0]?.proposed;
    expect(await proposed('ru')).toBe('Ленинабад (Худжанд)');
    expect(await proposed('tg')).toBe('Ленинобод (Хуҷанд)');
  });

  it('says the record does not know the place of a fact it names no place for, apart from an empty value', async () => {
    const hero = await prisma.hero.findUniqueOrThrow({
      where: { slug: SLUG },
      select: { featPlaceId: true, firstBurialPlaceId: true, callUpPlaceId: true },
    });
    const unnamed = Object.entries({
      firstBurialPlace: hero.firstBurialPlaceId,
      featPlaceRef: hero.featPlaceId,
      callUpPlace: hero.callUpPlaceId,
    }).find(([, placeId]) => placeId === null)?.[0];
    expect(unnamed).toBeDefined();
    const place = await otherPlace('Leninabad');
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const { id } = await proposeAddition(contributor.actor, SLUG, 'HERO_PLACE', proposal(unnamed!, place.id));
    const moderator = await signIn({ role: 'MODERATOR' });
    expect((await getSubmissionForReview(moderator.actor, id, 'ru')).rows[0]).toEqual({
      field: unnamed,
      base: null,
      now: null,
      nowNotKnown: true,
      proposed: 'Ленинабад (Худжанд)',
    });
  });

  it('sets the place of call-up with the commissariat the source gives', async () => {
    const before = await record();
    const place = await otherPlace('Ura-Tyube');
    expect(before.callUpPlace?.id).not.toBe(place.id);
    const commissariat = 'Ura-Tyube district military commissariat (test fixture)';
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const { id } = await proposeAddition(
      contributor.actor,
      SLUG,
      'HERO_PLACE',
      proposal('callUpPlace', place.id, { commissariat }),
    );
    const moderator = await signIn({ role: 'MODERATOR' });
    const inEnglish = await placeNamer(prisma, 'en');
    expect((await getSubmissionForReview(moderator.actor, id)).rows).toEqual([
      {
        field: 'callUpPlace',
        base: null,
        ...(before.callUpPlace ? { now: inEnglish(before.callUpPlace.id) } : { now: null, nowNotKnown: true }),
        proposed: inEnglish(place.id),
      },
      { field: 'callUpCommissariat', base: null, now: before.callUpCommissariat, proposed: commissariat },
    ]);
    await approveSubmission(moderator.actor, { submissionId: id });
    const callUp = (await listHeroPlaces(SLUG, prisma))!.find((e) => e.role === 'CALL_UP');
    expect(callUp).toMatchObject({ place: { id: place.id }, detail: commissariat });
  });

  it("refuses an unknown place or fact, the place he already has, a commissariat elsewhere, no evidence, in the reader's language, and writes nothing", async () => {
    const { birthPlace } = await record();
    const place = await otherPlace('Kulyab');
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const before = await counts();
    const refusal = (input: Record<string, string>) =>
      refusedFields(() => proposeAddition(contributor.actor, SLUG, 'HERO_PLACE', input));
    expect(await refusal(proposal('burialPlace', 'no-such-place'))).toEqual({ factPlace: 'unknownPlace' });
    expect(await refusal(proposal('burialPlace', ''))).toEqual({ factPlace: 'required' });
    expect(await refusal(proposal('nationality', place.id))).toEqual({ placeFact: 'unknownPlaceFact' });
    expect(await refusal(proposal('', place.id))).toEqual({ placeFact: 'required' });
    expect(await refusal(proposal('birthPlace', birthPlace!.id))).toEqual({ factPlace: 'samePlaceAsNow' });
    expect(await refusal(proposal('burialPlace', place.id, { commissariat: 'Kulyab (fixture)' }))).toEqual({
      commissariat: 'commissariatOnlyForCallUp',
    });
    expect(await refusal(proposal('burialPlace', place.id, { sourceUrl: '', sourceTitle: '' }))).toEqual({
      sourceUrl: 'sourceRequired',
    });
    for (const locale of ['en', 'ru', 'tg']) {
      const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as {
        errors: Record<string, string>;
        submission: { fields: Record<string, string> };
        moderation: { kinds: Record<string, string> };
      };
      for (const key of ['unknownPlace', 'unknownPlaceFact', 'samePlaceAsNow', 'commissariatOnlyForCallUp'])
        expect(messages.errors[key], `${locale} ${key}`).toBeTruthy();
      for (const key of [
        'placeFact',
        'factPlace',
        'commissariat',
        'callUpCommissariat',
        'birthPlace',
        'callUpPlace',
        'burialPlace',
      ])
        expect(messages.submission.fields[key], `${locale} ${key}`).toBeTruthy();
      expect(messages.moderation.kinds.HERO_PLACE, locale).toBeTruthy();
    }
    const disabled = await signIn({ role: 'CONTRIBUTOR' });
    expect(
      await outcome(() =>
        proposeAddition({ ...disabled.actor, disabled: true }, SLUG, 'HERO_PLACE', proposal('burialPlace', place.id)),
      ),
    ).toBe('FORBIDDEN');
    expect(await outcome(() => proposeAddition(null, SLUG, 'HERO_PLACE', proposal('burialPlace', place.id)))).toBe(
      'UNAUTHORIZED',
    );
    expect(await counts()).toEqual(before);
  });
});
