// "Help complete the record": every published Hero with facts the sources have not given yet,
// the least complete first.
import { db } from '../db';
import { assessCompleteness } from './completeness';
import { heroNameSelect } from './names';

export async function listOpenQuestions() {
  const heroes = await db.hero.findMany({
    where: { published: true },
    select: {
      ...heroNameSelect,
      birthDate: true,
      deathDate: true,
      birthPlaceId: true,
      featDate: true,
      featDateText: true,
      featPlace: true,
      _count: { select: { services: true } },
      awards: { where: { kind: 'HERO_OF_THE_SOVIET_UNION' }, select: { decreeDate: true } },
    },
  });
  return heroes
    .map((hero) => ({
      ...hero,
      completeness: assessCompleteness({ ...hero, serviceCount: hero._count.services, titleDecreeDate: hero.awards[0]?.decreeDate ?? null }),
    }))
    .filter((hero) => hero.completeness.missing.length > 0)
    .sort((a, b) => a.completeness.percent - b.completeness.percent || a.surnameEn.localeCompare(b.surnameEn));
}
