// The moderator's review page of a fact-place proposal, as served: the places are named in the
// page's language, and a fact the record names no place for says so in words, not with a blank.
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { proposeAddition } from '../../lib/submissions/submissions';
import { signIn } from '../support/auth';
import { fileDatabaseUrl } from '../support/database';
import { HEROES } from '../support/heroes';
import { getPage, textOf } from '../support/http';
import { useSite } from '../support/site';
import ru from '../../messages/ru.json';
import tg from '../../messages/tg.json';

useSite();
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
afterAll(() => prisma.$disconnect());

const SLUG = HEROES.erdzhigitov;

describe("the review page of a Hero's fact-place proposal", () => {
  it("names the place in the moderator's language and says the record does not know the fact yet", async () => {
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { firstBurialPlaceId: true } });
    expect(hero.firstBurialPlaceId).toBeNull();
    const place = await prisma.place.findFirstOrThrow({ where: { name: 'Leninabad' }, select: { id: true } });
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    // Fixture: not a fact of the archive (a made-up source for a made-up first burial place).
    const { id } = await proposeAddition(contributor.actor, SLUG, 'HERO_PLACE', {
      placeFact: 'firstBurialPlace',
      factPlace: place.id,
      commissariat: '',
      sourceUrl: 'https://example.org/review-page-fixture',
      sourceTitle: 'Burial record (test fixture)',
      archiveRef: '',
      note: 'The fixture record names this place.',
    });
    const moderator = await signIn({ role: 'MODERATOR' });
    const review = async (locale: string) =>
      textOf((await getPage(`/${locale}/moderation/${id}`, { headers: { cookie: moderator.cookie } })).html);
    const inRussian = await review('ru');
    expect(inRussian).toContain(ru.hero.unknown);
    expect(inRussian).toContain('Ленинабад (Худжанд)');
    const inTajik = await review('tg');
    expect(inTajik).toContain(tg.hero.unknown);
    expect(inTajik).toContain('Ленинобод (Хуҷанд)');
  });
});
