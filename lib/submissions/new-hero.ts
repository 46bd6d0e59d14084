// A Hero proposed by a contributor, created when a moderator approves: the same facts a
// correction carries, plus why the person belongs to the collection. Nothing is filled in that
// the proposal does not give; a new record starts with low confidence.
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';
import { HERO_GROUPS } from '../heroes/schemas';
import { parsePartialDate } from '../partial-date';
import { foldName } from '../search/normalize';
import { slugify } from '../slug';
import type { Snapshot } from '../revisions/snapshot';
import { writeSnapshot } from '../revisions/snapshot';
import { citeSource, type OfferedSource } from '../sources';

export const MembershipSchema = z.object({
  group: z.enum(HERO_GROUPS, { error: 'required' }),
  membershipNote: z.string({ error: 'required' }).trim().min(10, 'noteTooShort').max(2000, 'tooLong'),
  countedIn64: z.enum(['yes', 'no'], { error: 'required' }),
});
export type Membership = z.infer<typeof MembershipSchema>;

export type NewHeroPayload = Snapshot & Membership;

async function freeSlug(tx: Prisma.TransactionClient, values: Snapshot): Promise<string> {
  const base = slugify(`${values.givenEn ?? ''} ${values.surnameEn ?? ''}`, 'hero');
  const year = values.birthDate?.slice(0, 4);
  for (const candidate of [base, year ? `${base}-${year}` : null, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${base}-${year ?? ''}${year ? '-' : ''}${n}`)]) {
    if (candidate && !(await tx.hero.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
  throw new Error('No free slug');
}

export async function createHeroFromProposal(
  tx: Prisma.TransactionClient,
  payload: NewHeroPayload,
  evidence: OfferedSource[],
  note: string,
): Promise<{ id: string; slug: string }> {
  const slug = await freeSlug(tx, payload);
  const nameRu = [payload.givenRu, payload.patronymicRu, payload.surnameRu].filter(Boolean).join(' ');
  const nameEn = [payload.givenEn, payload.surnameEn].filter(Boolean).join(' ');
  // Each form in the language of the field it was proposed in; the letters are never read as a language.
  const forms = [
    { value: nameRu, language: 'ru', script: 'RU' },
    { value: nameEn, language: 'en', script: 'LATIN' },
    { value: payload.fullNameTg, language: 'tg', script: 'TG' },
  ] as const;
  const names = forms.filter((form, index) => form.value && forms.findIndex((other) => other.value === form.value) === index);
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
      names: {
        create: names.map((form) => ({
          value: form.value!,
          script: form.script,
          language: form.language,
          isPrimary: form.language !== 'tg',
          normalized: foldName(form.value!),
        })),
      },
      awards: { create: [{ kind: 'HERO_OF_THE_SOVIET_UNION', posthumous: null, decreeDate: parsePartialDate(payload.titleDecreeDate)?.date ?? null }] },
    },
    select: { id: true, slug: true },
  });
  // The remaining facts go through the same writer as corrections (dates with precision).
  await writeSnapshot(tx, hero.id, 0, payload);
  for (const source of evidence) await citeSource(tx, hero.id, source, note);
  return hero;
}
