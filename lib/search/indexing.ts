// Keeps a hero's search terms in step with the record. Called inside the transaction that
// changes the hero (seed, and later moderation), so search never sees half a change.
import type { Prisma } from '../generated/prisma/client';
import { heroPlaceTexts, loadPlaceAliases } from '../places/aliases';
import { buildSearchTerms } from './terms';

export async function reindexHero(tx: Prisma.TransactionClient, heroId: string): Promise<void> {
  const hero = await tx.hero.findUniqueOrThrow({
    where: { id: heroId },
    select: {
      givenRu: true,
      givenEn: true,
      givenInitialRu: true,
      givenInitialEn: true,
      patronymicRu: true,
      names: { select: { value: true } },
      services: { select: { unit: { select: { name: true, parent: { select: { name: true } } } } } },
      battles: { select: { battle: { select: { name: true } } } },
    },
  });
  const placeTexts = await heroPlaceTexts(tx, heroId);
  const aliases = await loadPlaceAliases(tx);
  const terms = buildSearchTerms({
    names: hero.names.map((n) => n.value),
    givenNames: [hero.givenRu, hero.givenEn, hero.givenInitialRu, hero.givenInitialEn, hero.patronymicRu].filter(
      (v): v is string => Boolean(v),
    ),
    places: [...new Set([...placeTexts, ...placeTexts.flatMap(aliases)])],
    units: hero.services.flatMap((s) => [s.unit.name, s.unit.parent?.name].filter((v): v is string => Boolean(v))),
    battles: hero.battles.map((b) => b.battle.name),
  });
  await tx.searchTerm.deleteMany({ where: { heroId } });
  await tx.searchTerm.createMany({ data: terms.map((term) => ({ ...term, heroId })) });
  await tx.searchLexeme.createMany({
    data: terms.map((term) => ({ normalized: term.normalized })),
    skipDuplicates: true,
  });
}
