// A contributor proposes the point of one of a Hero's places with its precision and evidence; a
// moderator reads it as rows and approves it; the place has the point, cited, and every page that
// shows the place is expired in the same transaction, so the next request renders it.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createPrismaClient } from '../../lib/prisma-client';
import { approveSubmission, getSubmissionForReview } from '../../lib/moderation/moderation';
import { proposeAddition } from '../../lib/submissions/submissions';
import { ValidationError } from '../../lib/errors';
import { listHeroPlaces } from '../../lib/places/queries';
import { signIn } from '../support/auth';
import { fileDatabaseUrl } from '../support/database';
import { SPATAEV_BIRTHPLACE_POINT } from '../support/heroes';

const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
afterAll(() => prisma.$disconnect());

const SLUG = 'karsybay-spataev';
const tagSeq = async (tag: string) => (await prisma.cacheTag.findUnique({ where: { tag } }))?.seq ?? 0n;

describe('a proposed coordinate', () => {
  it('stays a proposal until approved, then locates the place with its precision and source and expires its pages', async () => {
    const birth = (await listHeroPlaces(SLUG, prisma))!.find((e) => e.role === 'BIRTH')!;
    expect(birth.place.point).toBeNull();
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const { id } = await proposeAddition(contributor.actor, SLUG, 'PLACE_COORDINATE', SPATAEV_BIRTHPLACE_POINT);
    expect((await listHeroPlaces(SLUG, prisma))!.find((e) => e.role === 'BIRTH')!.place.point).toBeNull();

    const moderator = await signIn({ role: 'MODERATOR' });
    const review = await getSubmissionForReview(moderator.actor, id);
    expect(review.rows).toEqual([
      { field: 'placeRole', base: null, now: null, proposed: 'birthPlace' },
      { field: 'latitude', base: null, now: null, proposed: '42.9' },
      { field: 'longitude', base: null, now: null, proposed: '70.1' },
      { field: 'precision', base: null, now: null, proposed: 'APPROXIMATE' },
    ]);
    const before = {
      place: await tagSeq(`place:${birth.place.id}`),
      hero: await tagSeq(`hero:${SLUG}`),
      places: await tagSeq('places'),
    };
    await approveSubmission(moderator.actor, { submissionId: id });

    const point = (await listHeroPlaces(SLUG, prisma))!.find((e) => e.role === 'BIRTH')!.place.point;
    expect(point).toMatchObject({
      latitude: 42.9,
      longitude: 70.1,
      precision: 'APPROXIMATE',
      source: { url: SPATAEV_BIRTHPLACE_POINT.sourceUrl },
      note: SPATAEV_BIRTHPLACE_POINT.note,
    });
    expect(await tagSeq(`place:${birth.place.id}`)).toBeGreaterThan(before.place);
    expect(await tagSeq(`hero:${SLUG}`)).toBeGreaterThan(before.hero);
    expect(await tagSeq('places')).toBeGreaterThan(before.places);
    const revision = await prisma.revision.findFirstOrThrow({ where: { submissionId: id } });
    expect(revision.diff).toMatchObject({ birthPlace: { from: null, to: '42.9, 70.1 (APPROXIMATE)' } });
  });

  it("refuses a coordinate out of range or a place the record lacks, in the reader's language, and writes nothing", async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const count = await prisma.submission.count();
    const refused = await proposeAddition(contributor.actor, SLUG, 'PLACE_COORDINATE', {
      ...SPATAEV_BIRTHPLACE_POINT,
      latitude: '95',
      longitude: 'east',
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fields).toMatchObject({
      latitude: 'badCoordinate',
      longitude: 'badCoordinate',
    });
    for (const locale of ['en', 'ru', 'tg']) {
      const errors = (JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as { errors: Record<string, string> })
        .errors;
      expect(errors.badCoordinate, locale).toBeTruthy();
    }
    expect(await prisma.submission.count()).toBe(count);

    // Nedoshivin's record names no place of birth: approving a point for it changes nothing.
    const { id } = await proposeAddition(
      contributor.actor,
      'veniamin-nedoshivin',
      'PLACE_COORDINATE',
      SPATAEV_BIRTHPLACE_POINT,
    );
    const moderator = await signIn({ role: 'MODERATOR' });
    await expect(approveSubmission(moderator.actor, { submissionId: id })).rejects.toMatchObject({
      messageKey: 'noSuchPlace',
    });
    expect(await prisma.place.count({ where: { latitude: 42.9 } })).toBe(1);
  });
});
