// Translations of a Hero's texts proposed by contributors, decided by moderators: a proposal is a
// Submission like any other (kind TRANSLATION), approved along the one approval path in
// lib/moderation, which calls applyTranslation inside its transaction. A moderator may also mark
// a translation as reviewed by a person who reads the language. Every change writes a revision.
import { z } from 'zod';
import { db } from '../db';
import { AppError, ValidationError } from '../errors';
import { fieldErrors, sanitizeText } from '../forms';
import type { Prisma } from '../generated/prisma/client';
import { SlugSchema } from '../heroes/schemas';
import { heroNameSelect } from '../heroes/names';
import { listTranslations } from '../heroes/queries';
import { recordAudit } from '../audit';
import { CACHE_TAGS, heroTags, invalidateTags } from '../cache';
import { recordTexts, recordTextsSelect, SHARED_ENTITIES, type TextRef } from '../i18n/record-texts';
import { TextBook, type TextStatus } from '../i18n/texts';
import { requirePermission, requireSignedIn, type Actor } from '../permissions';
import { appendUnchangedRevision } from '../revisions/revisions';
import { createWithinDailyCap } from '../submissions/submissions';
import { requireLanguageReview } from './reviewers';

/** English lives in the records' own columns and is changed by corrections; these are translated. */
export const TRANSLATED_LOCALES = ['ru', 'tg'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];

/** "Hero:<id>:featFacts.2": one text of one record, as links and forms name it. */
const TextKeySchema = z.string().regex(/^[A-Za-z]+:[A-Za-z0-9_-]{1,40}:[A-Za-z]+(\.\d{1,3})?$/, 'invalidInput');

const TranslationProposalSchema = z.object({
  text: TextKeySchema,
  into: z.enum(TRANSLATED_LOCALES, { error: 'chooseLanguage' }),
  value: z.string().transform(sanitizeText).pipe(z.string().trim().min(1, 'required').max(20_000, 'tooLong')),
  note: z.string().transform(sanitizeText).pipe(z.string().trim().max(2_000, 'tooLong')).default(''),
  website: z.string().optional(),
});
export type TranslationProposalInput = z.input<typeof TranslationProposalSchema>;

export type TranslationPayload = {
  entity: string;
  entityId: string;
  field: string;
  locale: TranslatedLocale;
  value: string;
  english: string;
};

const textKey = (ref: { entity: string; entityId: string; field: string }) =>
  `${ref.entity}:${ref.entityId}:${ref.field}`;

/** The select recordTexts needs, plus what a page about the Hero shows. */
const heroTextsSelect = {
  ...recordTextsSelect,
  version: true,
  ...heroNameSelect,
  published: true,
} satisfies Prisma.HeroSelect;

type Client = Prisma.TransactionClient | typeof db;

async function loadHeroTexts(client: Client, where: Prisma.HeroWhereUniqueInput) {
  const hero = await client.hero.findUnique({ where, select: heroTextsSelect });
  if (!hero || !hero.published) throw new AppError('NOT_FOUND', 'noSuchHero');
  return hero;
}

function findRef(hero: Awaited<ReturnType<typeof loadHeroTexts>>, key: string): TextRef {
  const ref = recordTexts(hero).find((candidate) => textKey(candidate) === key);
  if (!ref) throw new AppError('NOT_FOUND', 'noSuchText');
  return ref;
}

/** One text of a Hero with its value and status in each language: what the translate page shows. */
export async function getTextForTranslation(heroSlug: string, key: string) {
  if (!SlugSchema.safeParse(heroSlug).success || !TextKeySchema.safeParse(key).success)
    throw new AppError('NOT_FOUND', 'noSuchText');
  const hero = await loadHeroTexts(db, { slug: heroSlug });
  const ref = findRef(hero, key);
  const book = new TextBook(await listTranslations([ref]));
  const own = ref.entity === 'Hero' && ref.field === 'biography' ? { ru: hero.biographyRu } : undefined;
  const values = Object.fromEntries(
    TRANSLATED_LOCALES.map((locale) => [locale, book.value(ref, ref.english, locale, own)]),
  ) as Record<TranslatedLocale, { value: string; status: TextStatus } | null>;
  return { hero, ref, english: ref.english, values };
}

export async function proposeTranslation(
  actor: Actor,
  heroSlug: string,
  input: TranslationProposalInput | Record<string, string>,
) {
  requirePermission(actor, 'create:submission:own');
  const parsed = TranslationProposalSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error.issues));
  const { text, into, value, note, website } = parsed.data;
  const { hero, ref, values } = await getTextForTranslation(heroSlug, text);
  if (ref.entity === 'Hero' && ref.field === 'biography' && into === 'ru')
    throw new AppError('INVALID_INPUT', 'biographyByCorrection');
  const current = values[into];
  if (current?.value === value) throw new ValidationError({ value: 'nothingChanged' });
  const payload: TranslationPayload = {
    entity: ref.entity,
    entityId: ref.entityId,
    field: ref.field,
    locale: into,
    value,
    english: ref.english,
  };
  return createWithinDailyCap(actor.id, website, {
    kind: 'TRANSLATION',
    heroId: hero.id,
    baseVersion: hero.version,
    baseSnapshot: { value: current?.value ?? null, status: current?.status ?? null, english: ref.english },
    payload,
    evidence: [],
    note,
  });
}

/** Every Hero whose pages show this record's text (a place, a unit or a source is shown by several). */
async function heroesShowing(
  tx: Prisma.TransactionClient,
  entity: string,
  entityId: string,
  heroId: string,
): Promise<string[]> {
  if (entity === 'Place') {
    return (
      await tx.hero.findMany({
        where: { OR: [{ birthPlaceId: entityId }, { deathPlaceId: entityId }, { burialPlaceId: entityId }] },
        select: { id: true },
      })
    ).map((h) => h.id);
  }
  if (entity === 'Unit')
    return (await tx.service.findMany({ where: { unitId: entityId }, select: { heroId: true } })).map((s) => s.heroId);
  if (entity === 'Battle')
    return (await tx.battleParticipation.findMany({ where: { battleId: entityId }, select: { heroId: true } })).map(
      (p) => p.heroId,
    );
  if (entity === 'Source')
    return (await tx.citation.findMany({ where: { sourceId: entityId }, select: { heroId: true } })).map(
      (c) => c.heroId,
    );
  return [heroId];
}

async function invalidateText(tx: Prisma.TransactionClient, entity: string, entityId: string, heroId: string) {
  const heroIds = new Set([heroId, ...(await heroesShowing(tx, entity, entityId, heroId))]);
  const tags: string[] = [CACHE_TAGS.archive];
  tags.push(...(await heroTags(tx, [...heroIds])));
  await invalidateTags(tx, tags);
}

/** The revision's line for a text in one language: "translation:tg:Hero:<id>:role". */
const diffKey = (payload: { locale: string; entity: string; entityId: string; field: string }) =>
  `translation:${payload.locale}:${textKey(payload)}`;

/**
 * Writes an approved translation, inside the approval transaction. It must still translate the
 * record's English: if a correction changed the English since, the translation is of something
 * the record no longer says, and the moderator must review again.
 */
export async function applyTranslation(tx: Prisma.TransactionClient, heroId: string, payload: TranslationPayload) {
  const hero = await loadHeroTexts(tx, { id: heroId });
  const ref = findRef(hero, textKey(payload));
  if (ref.english !== payload.english) throw new AppError('CONFLICT', 'recordChangedReviewAgain');
  const key = { entity: payload.entity, entityId: payload.entityId, field: payload.field, locale: payload.locale };
  const before = await tx.translation.findUnique({
    where: { entity_entityId_field_locale: key },
    select: { value: true, status: true },
  });
  const shared = SHARED_ENTITIES.includes(ref.entity);
  // Approved, not yet reviewed by a reader of the language: a draft until a moderator marks it.
  await tx.translation.upsert({
    where: { entity_entityId_field_locale: key },
    create: {
      ...key,
      value: payload.value,
      sourceText: payload.english,
      status: 'DRAFT',
      heroId: shared ? null : heroId,
    },
    update: { value: payload.value, sourceText: payload.english, status: 'DRAFT' },
  });
  await invalidateText(tx, payload.entity, payload.entityId, heroId);
  return { extraDiff: { [diffKey(payload)]: { from: before?.value ?? null, to: payload.value } } };
}

/**
 * A moderator, or a reader a moderator trusted with this language (lib/translations/reviewers.ts),
 * records that a person who reads the language checked this translation.
 */
export async function markTranslationReviewed(
  actor: Actor,
  input: { heroSlug: string; text: string; locale: string; expectedVersion: number },
) {
  requireSignedIn(actor);
  const locale = TRANSLATED_LOCALES.find((l) => l === input.locale);
  if (!locale || !TextKeySchema.safeParse(input.text).success || !SlugSchema.safeParse(input.heroSlug).success)
    throw new AppError('NOT_FOUND', 'noSuchText');
  return db.$transaction(async (tx) => {
    // The language's right is read in the transaction of the change, so a revoked right is not used.
    await requireLanguageReview(tx, actor, locale);
    const hero = await loadHeroTexts(tx, { slug: input.heroSlug });
    const ref = findRef(hero, input.text);
    const key = { entity: ref.entity, entityId: ref.entityId, field: ref.field, locale };
    const row = await tx.translation.findUnique({ where: { entity_entityId_field_locale: key } });
    if (!row || row.status !== 'DRAFT' || (row.sourceText && row.sourceText !== ref.english))
      throw new AppError('CONFLICT', 'translationNotDraft');
    const bumped = await tx.hero.updateMany({
      where: { id: hero.id, version: input.expectedVersion },
      data: { version: { increment: 1 }, editedAt: new Date() },
    });
    if (bumped.count !== 1) throw new AppError('CONFLICT', 'recordChangedReviewAgain');
    await tx.translation.update({ where: { id: row.id }, data: { status: 'REVIEWED' } });
    const revision = await appendUnchangedRevision(tx, {
      heroId: hero.id,
      reason: `Translation (${locale}) marked as reviewed by a reader of the language.`,
      proposedById: actor.id,
      approvedById: actor.id,
      extraDiff: { [`${diffKey(key)}:status`]: { from: 'DRAFT', to: 'REVIEWED' } },
    });
    await invalidateText(tx, ref.entity, ref.entityId, hero.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'review:translation',
      targetType: 'Translation',
      targetId: row.id,
      details: { revision: revision.number, locale },
    });
    return revision;
  });
}

type TranslationNeed = { key: string; entity: string; field: string; english: string; status: TextStatus | null };

/** For the "help translate" page: each published Hero's texts that are missing or a draft in `locale`. */
export async function listTranslationNeeds(locale: TranslatedLocale) {
  const heroes = await db.hero.findMany({
    where: { published: true },
    select: heroTextsSelect,
    orderBy: [{ surnameEn: 'asc' }, { slug: 'asc' }],
  });
  const refs = heroes.flatMap((hero) => recordTexts(hero));
  const book = new TextBook(await listTranslations(refs));
  return heroes
    .map((hero) => {
      const own = { ru: hero.biographyRu };
      const needs: TranslationNeed[] = recordTexts(hero).flatMap((ref) => {
        if (ref.entity === 'Hero' && ref.field === 'biography' && locale === 'ru') return [];
        const found = book.value(ref, ref.english, locale, ref.field === 'biography' ? own : undefined);
        if (found && found.status !== 'DRAFT') return [];
        return [
          {
            key: textKey(ref),
            entity: ref.entity,
            field: ref.field,
            english: ref.english,
            status: found?.status ?? null,
          },
        ];
      });
      return { hero, needs };
    })
    .filter((entry) => entry.needs.length > 0);
}
