// A Hero proposed by a contributor, created when a moderator approves: the same facts a
// correction carries, plus why the person belongs to the collection. Nothing is filled in that
// the proposal does not give; a new record starts with low confidence.
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import { freeHeroSlug, recordNameForms } from '../heroes/identity';
import { HERO_GROUPS } from '../heroes/schemas';
import { parsePartialDate } from '../partial-date';
import type { Snapshot } from '../revisions/snapshot';
import { writeSnapshot } from '../revisions/snapshot';
import { citeSource, type OfferedSource } from '../sources';

export const MembershipSchema = z.object({
  group: z.enum(HERO_GROUPS, { error: 'required' }),
  membershipNote: z.string({ error: 'required' }).trim().min(10, 'noteTooShort').max(2000, 'tooLong'),
  countedIn64: z.enum(['yes', 'no'], { error: 'required' }),
});
type Membership = z.infer<typeof MembershipSchema>;

export type NewHeroPayload = Snapshot & Membership;

export async function createHeroFromProposal(
  tx: Prisma.TransactionClient,
  payload: NewHeroPayload,
  evidence: OfferedSource[],
  note: string,
): Promise<{ id: string; slug: string }> {
  const slug = await freeHeroSlug(tx, {
    surnameEn: payload.surnameEn ?? '',
    givenEn: payload.givenEn,
    givenInitialEn: null,
    birthDate: payload.birthDate,
  });
  // Each form in the language of the field it was proposed in; the letters are never read as a language.
  const names = recordNameForms({
    surnameRu: payload.surnameRu ?? '',
    givenRu: payload.givenRu,
    patronymicRu: payload.patronymicRu,
    givenInitialRu: null,
    surnameEn: payload.surnameEn ?? '',
    givenEn: payload.givenEn,
    givenInitialEn: null,
    fullNameTg: payload.fullNameTg,
    fullNameTgOrigin: 'PROPOSED',
  });
  const hero = await tx.hero.create({
    data: {
      slug,
      surnameRu: payload.surnameRu ?? '',
      surnameEn: payload.surnameEn ?? '',
      group: payload.group,
      countedIn64: payload.countedIn64 === 'yes',
      membershipNote: payload.membershipNote,
      biographyEn: payload.biographyEn ?? '',
      biographyRu: payload.biographyRu ?? '',
      confidence: 'LOW',
      featFacts: [],
      version: 0,
      names: { create: names },
      awards: {
        create: [
          {
            kind: 'HERO_OF_THE_SOVIET_UNION',
            posthumous: null,
            decreeDate: parsePartialDate(payload.titleDecreeDate)?.date ?? null,
          },
        ],
      },
    },
    select: { id: true, slug: true },
  });
  // The remaining facts go through the same writer as corrections (dates with precision).
  await writeSnapshot(tx, hero.id, 0, payload);
  for (const source of evidence) await citeSource(tx, hero.id, source, note);
  return hero;
}
