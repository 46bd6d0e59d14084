// Language reviewers: a reader of Russian or Tajik whom a moderator trusts to mark that language's
// draft translations as reviewed, without the rest of a moderator's powers. The right is a row per
// (account, language); every grant and revocation also appends a LanguageReviewerChange and an
// audit row in the same transaction, as a role change does.
import { z } from 'zod';
import { db } from '../db';
import { recordAudit } from '../audit';
import { newestLogEntries } from '../audit-events';
import { AppError, type ErrorKey } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { LOCALES } from '../i18n/locale';
import { IdSchema } from '../ids';
import { can, requirePermission, requireSignedIn, type Actor } from '../permissions';
import type { TranslatedLocale } from './translations';

// The languages that have translations, English being the records' own columns: TRANSLATED_LOCALES,
// derived here rather than imported, because translations.ts asks this module for the right.
const isTranslatedLocale = (value: string): value is TranslatedLocale =>
  value !== 'en' && (LOCALES as readonly string[]).includes(value);
const REVIEWABLE_LOCALES: readonly TranslatedLocale[] = LOCALES.filter(isTranslatedLocale);
const LocaleSchema = z.string().refine(isTranslatedLocale, 'languageReview.chooseLanguage');

const GrantLanguageReviewSchema = z.object({
  // Normalised as the address an account signs in with (EmailSchema), so it finds that account.
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'languageReview.invalidAddress')
    .pipe(z.email('languageReview.invalidAddress')),
  locale: LocaleSchema,
});
export type GrantLanguageReviewInput = z.input<typeof GrantLanguageReviewSchema>;

const RevokeLanguageReviewSchema = z.object({ userId: IdSchema, locale: LocaleSchema });
export type RevokeLanguageReviewInput = z.input<typeof RevokeLanguageReviewSchema>;

/** The first issue's message when it is one of ours, else the generic one: never zod's English. */
function parse<T>(result: z.ZodSafeParseResult<T>): T {
  if (result.success) return result.data;
  const message = result.error.issues.find((issue) => issue.message.startsWith('languageReview.'))?.message;
  throw new AppError('INVALID_INPUT', (message ?? 'invalidInput') as ErrorKey);
}

export async function grantLanguageReview(actor: Actor, input: GrantLanguageReviewInput) {
  requirePermission(actor, 'grant:translation-review:any');
  const { email, locale } = parse(GrantLanguageReviewSchema.safeParse(input));
  return db.$transaction(async (tx) => {
    const subject = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!subject) throw new AppError('NOT_FOUND', 'languageReview.noSuchAccount');
    const created = await tx.languageReviewer.createMany({
      data: [{ userId: subject.id, locale, grantedById: actor.id }],
      skipDuplicates: true,
    });
    // Given already (a second tab, a double click): nothing happened, so nothing is recorded.
    if (created.count === 0) return { changed: false, userId: subject.id };
    await recordChange(tx, actor.id, subject.id, locale, true);
    return { changed: true, userId: subject.id };
  });
}

export async function revokeLanguageReview(actor: Actor, input: RevokeLanguageReviewInput) {
  requirePermission(actor, 'grant:translation-review:any');
  const { userId, locale } = parse(RevokeLanguageReviewSchema.safeParse(input));
  return db.$transaction(async (tx) => {
    const removed = await tx.languageReviewer.deleteMany({ where: { userId, locale } });
    if (removed.count === 0) return { changed: false };
    await recordChange(tx, actor.id, userId, locale, false);
    return { changed: true };
  });
}

async function recordChange(
  tx: Prisma.TransactionClient,
  actorId: string,
  subjectId: string,
  locale: TranslatedLocale,
  granted: boolean,
) {
  await tx.languageReviewerChange.create({ data: { actorId, subjectId, locale, granted } });
  await recordAudit(tx, {
    actorId,
    action: granted ? 'grant:translation-review' : 'revoke:translation-review',
    targetType: 'User',
    targetId: subjectId,
    details: { locale },
  });
}

/** For the moderators' page: who holds which language now, and the latest grants and revocations. */
export async function listLanguageReviewers(actor: Actor) {
  requirePermission(actor, 'grant:translation-review:any');
  return db.languageReviewer.findMany({
    select: {
      locale: true,
      grantedAt: true,
      user: { select: { id: true, email: true } },
      grantedBy: { select: { email: true } },
    },
    orderBy: [{ locale: 'asc' }, { grantedAt: 'asc' }],
  });
}

export async function listLanguageReviewerChanges(actor: Actor, limit = 50) {
  return db.languageReviewerChange.findMany(
    newestLogEntries(
      actor,
      'grant:translation-review:any',
      { id: true, locale: true, granted: true, subject: { select: { email: true } } },
      limit,
    ),
  );
}

/** The languages whose translations this reader may mark as reviewed: all for moderators, else their grants. */
export async function listReviewableLocales(
  actor: Actor,
  client: Prisma.TransactionClient | typeof db = db,
): Promise<TranslatedLocale[]> {
  if (can(actor, 'review:translation:any')) return [...REVIEWABLE_LOCALES];
  if (!actor || !can(actor, 'review:translation:granted-language')) return [];
  const grants = await client.languageReviewer.findMany({ where: { userId: actor.id }, select: { locale: true } });
  return REVIEWABLE_LOCALES.filter((locale) => grants.some((grant) => grant.locale === locale));
}

/**
 * Throws unless the actor may mark a translation into `locale` as reviewed. Read in the caller's
 * transaction, so a right revoked a moment before is no longer honoured.
 */
export async function requireLanguageReview(
  client: Prisma.TransactionClient | typeof db,
  actor: Actor,
  locale: TranslatedLocale,
): Promise<void> {
  requireSignedIn(actor);
  if (!(await listReviewableLocales(actor, client)).includes(locale)) throw new AppError('FORBIDDEN', 'roleForbids');
}
