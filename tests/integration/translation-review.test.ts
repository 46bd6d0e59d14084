// Native review as a workflow: the help-translate page counts, per language, the texts that are
// the source's wording, reviewed, drafts and missing, and the counts agree with the database;
// a moderator gives an account the right to review one language, and takes it away, audited in
// the transaction of the change; refused requests change nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateTexts, recordTexts, recordTextsSelect } from '../../lib/i18n/record-texts';
import { isListedCandidate } from '../../lib/candidates/status';
import { TextBook, type TextStatus } from '../../lib/i18n/texts';
import {
  listTranslationNeeds,
  markTranslationReviewed,
  type TranslatedLocale,
} from '../../lib/translations/translations';
import { grantLanguageReview, listLanguageReviewers, revokeLanguageReview } from '../../lib/translations/reviewers';
import { AppError } from '../../lib/errors';
import type { Actor } from '../../lib/permissions';
import { getPage, textOf } from '../support/http';
import { outcome } from '../support/outcome';
import { signIn } from '../support/auth';
import { useFileDatabase } from '../support/database';
import { useSite } from '../support/site';

useSite();
const prisma = useFileDatabase();

type Counts = Record<TextStatus | 'MISSING', number>;

/**
 * Worked out apart from the site's query: every published Hero's texts as recordTexts lists them,
 * a text shared by several records once, each decided by the TextBook the pages read (a value
 * translating English the record no longer holds is not a translation).
 */
async function countsInDatabase(locale: TranslatedLocale): Promise<Counts> {
  const heroes = await prisma.hero.findMany({ where: { published: true }, select: recordTextsSelect });
  const texts = new Map<string, { ref: ReturnType<typeof recordTexts>[number]; own?: { ru: string | null } }>();
  for (const hero of heroes) {
    for (const ref of recordTexts(hero)) {
      texts.set(`${ref.entity}:${ref.entityId}:${ref.field}`, {
        ref,
        own: ref.field === 'biography' ? { ru: hero.biographyRu } : undefined,
      });
    }
  }
  const book = new TextBook(
    await prisma.translation.findMany({
      where: { locale },
      select: { entity: true, entityId: true, field: true, locale: true, value: true, sourceText: true, status: true },
    }),
  );
  const counts: Counts = { SOURCE: 0, REVIEWED: 0, DRAFT: 0, MISSING: 0 };
  for (const { ref, own } of texts.values())
    counts[book.value(ref, ref.english, locale, own)?.status ?? 'MISSING'] += 1;
  // And the names not yet identified that the public page lists, each text like a record's.
  const candidates = (
    await prisma.candidate.findMany({
      select: { id: true, surnameRu: true, initial: true, evidence: true, status: true },
    })
  ).filter((c) => isListedCandidate(c.status));
  const candidateRefs = candidates.flatMap(candidateTexts);
  expect(candidateRefs.length).toBeGreaterThan(10);
  for (const ref of candidateRefs) counts[book.value(ref, ref.english, locale)?.status ?? 'MISSING'] += 1;
  return counts;
}

/** The counts as the page shows them: each line's number as a reader sees it, and its data-count. */
async function countsOnPage(pathname: string): Promise<{ counts: Counts; lines: Record<string, string> }> {
  const page = await getPage(pathname);
  expect(page.status).toBe(200);
  const counts: Counts = { SOURCE: 0, REVIEWED: 0, DRAFT: 0, MISSING: 0 };
  const lines: Record<string, string> = {};
  const block = /<ul data-testid="translation-coverage"[\s\S]*?<\/ul>/.exec(page.html);
  expect(block, `no counts on ${pathname}`).not.toBeNull();
  for (const match of block![0].matchAll(/<li data-status="(\w+)" data-count="(\d+)">([\s\S]*?)<\/li>/g)) {
    const [, status, count, inner] = match;
    lines[status!] = textOf(inner!);
    counts[status as keyof Counts] = Number(count);
    // The number the reader reads is the same number, grouped as the language groups digits.
    expect(Number(textOf(inner!).replace(/\D/g, ''))).toBe(Number(count));
  }
  expect(Object.keys(lines).sort()).toEqual(['DRAFT', 'MISSING', 'REVIEWED', 'SOURCE']);
  return { counts, lines };
}

async function heroVersion(slug: string) {
  return (await prisma.hero.findUniqueOrThrow({ where: { slug }, select: { version: true } })).version;
}

/** The drafts the help list offers in `locale`, as mark-reviewed requests. */
async function draftsIn(locale: TranslatedLocale) {
  const drafts = (await listTranslationNeeds(locale)).flatMap(({ hero, needs }) =>
    needs.filter((need) => need.status === 'DRAFT').map((need) => ({ slug: hero.slug, key: need.key })),
  );
  expect(drafts.length, `the seed has no ${locale} drafts left`).toBeGreaterThan(0);
  return drafts;
}

async function markRequest(draft: { slug: string; key: string }, locale: TranslatedLocale) {
  return { heroSlug: draft.slug, text: draft.key, locale, expectedVersion: await heroVersion(draft.slug) };
}

async function statusOf(draft: { key: string }, locale: TranslatedLocale) {
  const [entity, entityId, field] = draft.key.split(':');
  return (
    await prisma.translation.findUniqueOrThrow({
      where: { entity_entityId_field_locale: { entity: entity!, entityId: entityId!, field: field!, locale } },
    })
  ).status;
}

describe('how much of each language is reviewed', () => {
  it("the help page shows, per language, the counts the database holds, in the reader's language", async () => {
    for (const [pathname, locale] of [
      ['/en/translate?into=tg', 'tg'],
      ['/ru/translate?into=ru', 'ru'],
      ['/tg/translate', 'tg'],
      ['/tg/translate?into=ru', 'ru'],
    ] as const) {
      const expected = await countsInDatabase(locale);
      expect(expected.DRAFT, 'the seed has drafts').toBeGreaterThan(0);
      expect((await countsOnPage(pathname)).counts, pathname).toEqual(expected);
    }
    // Russian plurals: one "текст", few "текста", many "текстов".
    const forms = {
      one: 'текст',
      few: 'текста',
      many: 'текстов',
      other: 'текста',
      zero: 'текстов',
      two: 'текста',
    } as const;
    const { counts, lines } = await countsOnPage('/ru/translate?into=tg');
    for (const [status, count] of Object.entries(counts)) {
      const form = forms[new Intl.PluralRules('ru').select(count)];
      expect(lines[status], `${status}: ${count}`).toMatch(new RegExp(`^\\d[\\d\\s\\u00a0\\u202f]* ${form}(\\s|$)`));
    }
    expect(lines.DRAFT).toContain('черновик');
    expect((await countsOnPage('/en/translate?into=ru')).lines.MISSING).toMatch(/not yet translated/);
  });

  it('marking a draft reviewed moves one text from drafts to reviewed on the page', async () => {
    const moderator = await signIn({ role: 'MODERATOR' });
    const before = (await countsOnPage('/en/translate?into=tg')).counts;
    const [draft] = await draftsIn('tg');
    await markTranslationReviewed(moderator.actor, await markRequest(draft!, 'tg'));
    const after = (await countsOnPage('/en/translate?into=tg')).counts;
    expect(after).toEqual({ ...before, DRAFT: before.DRAFT - 1, REVIEWED: before.REVIEWED + 1 });
    expect(after).toEqual(await countsInDatabase('tg'));
    // Russian is another language: its counts did not move.
    expect((await countsOnPage('/en/translate?into=ru')).counts).toEqual(await countsInDatabase('ru'));
  });

  it('a translation of English the record no longer holds counts as missing, not as translated', async () => {
    const [draft] = await draftsIn('tg');
    const [entity, entityId, field] = draft!.key.split(':');
    const key = { entity: entity!, entityId: entityId!, field: field!, locale: 'tg' };
    const before = (await countsOnPage('/en/translate?into=tg')).counts;
    const original = await prisma.translation.findUniqueOrThrow({ where: { entity_entityId_field_locale: key } });
    const row = await prisma.translation.update({
      where: { id: original.id },
      data: { sourceText: 'English the record never said' },
    });
    try {
      // Written behind the site's back: the cached page is not told, so ask for a fresh count.
      const { countTranslationCoverage } = await import('../../lib/translations/coverage');
      const counts = await countTranslationCoverage('tg');
      expect(counts).toEqual({ ...before, DRAFT: before.DRAFT - 1, MISSING: before.MISSING + 1 });
      expect(counts).toEqual(await countsInDatabase('tg'));
    } finally {
      await prisma.translation.update({ where: { id: row.id }, data: { sourceText: original.sourceText } });
    }
  });
});

/** What a refused request must leave alone: the grants, their history, the audit log, the statuses. */
async function reviewState() {
  return {
    grants: await prisma.languageReviewer.findMany({ orderBy: [{ userId: 'asc' }, { locale: 'asc' }] }),
    history: await prisma.languageReviewerChange.count(),
    audit: await prisma.auditEvent.count(),
    reviewed: await prisma.translation.count({ where: { status: 'REVIEWED' } }),
  };
}

/** The transaction that wrote a row: rows written together have the same xmin. */
async function writtenBy(
  table: 'AuditEvent' | 'LanguageReviewer' | 'LanguageReviewerChange',
  where: string,
  ...values: string[]
) {
  const rows = await prisma.$queryRawUnsafe<{ xmin: string }[]>(
    `SELECT xmin::text AS xmin FROM "${table}" WHERE ${where}`,
    ...values,
  );
  expect(rows).toHaveLength(1);
  return rows[0]!.xmin;
}

describe('language reviewers', () => {
  it('a contributor given Tajik marks Tajik drafts, not Russian ones, until the right is taken away', async () => {
    const moderator = await signIn({ role: 'MODERATOR' });
    const reader = await signIn({ role: 'CONTRIBUTOR' });
    const [tgFirst, tgSecond] = await draftsIn('tg');
    const [ruDraft] = await draftsIn('ru');
    const tgPage = (draft: { slug: string; key: string }, into: string) =>
      getPage(`/en/heroes/${draft.slug}/translate?text=${encodeURIComponent(draft.key)}&into=${into}`, {
        headers: { cookie: reader.cookie },
      });

    // A plain contributor may not; nothing changes, and the page offers no control.
    let before = await reviewState();
    expect(await outcome(async () => markTranslationReviewed(reader.actor, await markRequest(tgFirst!, 'tg')))).toBe(
      'FORBIDDEN',
    );
    expect(await reviewState()).toEqual(before);
    expect(textOf((await tgPage(tgFirst!, 'tg')).html)).not.toContain('Mark this Tajik translation as reviewed');

    await grantLanguageReview(moderator.actor, { email: reader.user.email, locale: 'tg' });
    const grant = await prisma.languageReviewer.findUniqueOrThrow({
      where: { userId_locale: { userId: reader.user.id, locale: 'tg' } },
    });
    expect(grant.grantedById).toBe(moderator.user.id);
    const granted = await prisma.languageReviewerChange.findFirstOrThrow({
      where: { subjectId: reader.user.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(granted).toMatchObject({ actorId: moderator.user.id, locale: 'tg', granted: true });
    const grantAudit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'grant:translation-review', targetId: reader.user.id },
    });
    expect(grantAudit).toMatchObject({ actorId: moderator.user.id, targetType: 'User', details: { locale: 'tg' } });
    const grantTx = await writtenBy('AuditEvent', 'id = $1', grantAudit.id);
    expect(await writtenBy('LanguageReviewer', '"userId" = $1 AND locale = $2', reader.user.id, 'tg')).toBe(grantTx);
    expect(await writtenBy('LanguageReviewerChange', 'id = $1', granted.id)).toBe(grantTx);
    expect((await listLanguageReviewers(moderator.actor)).map((r) => [r.user.email, r.locale])).toContainEqual([
      reader.user.email,
      'tg',
    ]);

    // Tajik: the control is there, and marking works.
    expect(textOf((await tgPage(tgFirst!, 'tg')).html)).toContain('Mark this Tajik translation as reviewed');
    await markTranslationReviewed(reader.actor, await markRequest(tgFirst!, 'tg'));
    expect(await statusOf(tgFirst!, 'tg')).toBe('REVIEWED');
    // Russian: neither control nor right.
    expect(textOf((await tgPage(ruDraft!, 'ru')).html)).not.toContain('Mark this Russian translation as reviewed');
    before = await reviewState();
    expect(await outcome(async () => markTranslationReviewed(reader.actor, await markRequest(ruDraft!, 'ru')))).toBe(
      'FORBIDDEN',
    );
    expect(await reviewState()).toEqual(before);
    expect(await statusOf(ruDraft!, 'ru')).toBe('DRAFT');

    await revokeLanguageReview(moderator.actor, { userId: reader.user.id, locale: 'tg' });
    expect(await prisma.languageReviewer.count({ where: { userId: reader.user.id } })).toBe(0);
    const revoked = await prisma.languageReviewerChange.findFirstOrThrow({
      where: { subjectId: reader.user.id, granted: false },
    });
    expect(revoked).toMatchObject({ actorId: moderator.user.id, locale: 'tg' });
    const revokeAudit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: 'revoke:translation-review', targetId: reader.user.id },
    });
    expect(await writtenBy('LanguageReviewerChange', 'id = $1', revoked.id)).toBe(
      await writtenBy('AuditEvent', 'id = $1', revokeAudit.id),
    );

    before = await reviewState();
    expect(await outcome(async () => markTranslationReviewed(reader.actor, await markRequest(tgSecond!, 'tg')))).toBe(
      'FORBIDDEN',
    );
    expect(await reviewState()).toEqual(before);
    expect(textOf((await tgPage(tgSecond!, 'tg')).html)).not.toContain('Mark this Tajik translation as reviewed');
  });

  it('only moderators and admins grant, revoke and list; a refusal changes nothing', async () => {
    const subject = await signIn({ role: 'CONTRIBUTOR' });
    const actors: Record<string, Actor> = {
      anonymous: null,
      contributor: (await signIn({ role: 'CONTRIBUTOR' })).actor,
      moderator: (await signIn({ role: 'MODERATOR' })).actor,
      admin: (await signIn({ role: 'ADMIN' })).actor,
    };
    // A contributor who reviews Tajik still may not hand the right on.
    await grantLanguageReview(actors.moderator!, { email: subject.user.email, locale: 'tg' });
    await grantLanguageReview(actors.moderator!, {
      email: (await prisma.user.findUniqueOrThrow({ where: { id: actors.contributor!.id } })).email!,
      locale: 'tg',
    });
    await revokeLanguageReview(actors.moderator!, { userId: subject.user.id, locale: 'tg' });
    const expected: Record<string, string> = {
      anonymous: 'UNAUTHORIZED',
      contributor: 'FORBIDDEN',
      moderator: 'allowed',
      admin: 'allowed',
    };
    for (const who of Object.keys(actors)) {
      const before = await reviewState();
      expect(
        await outcome(() => grantLanguageReview(actors[who]!, { email: subject.user.email, locale: 'ru' })),
        `grant as ${who}`,
      ).toBe(expected[who]);
      if (expected[who] !== 'allowed') {
        expect(await reviewState()).toEqual(before);
        expect(
          await outcome(() => revokeLanguageReview(actors[who]!, { userId: actors.contributor!.id, locale: 'tg' })),
          `revoke as ${who}`,
        ).toBe(expected[who]);
        expect(await reviewState()).toEqual(before);
        expect(await outcome(() => listLanguageReviewers(actors[who]!)), `list as ${who}`).toBe(expected[who]);
      } else {
        expect((await reviewState()).audit).toBe(before.audit + 1);
        await revokeLanguageReview(actors[who]!, { userId: subject.user.id, locale: 'ru' });
      }
    }
    // A disabled moderator can do nothing.
    expect(
      await outcome(() =>
        grantLanguageReview({ ...actors.moderator!, disabled: true }, { email: subject.user.email, locale: 'ru' }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses bad input with a message in every language and changes nothing', async () => {
    const moderator = await signIn({ role: 'MODERATOR' });
    const subject = await signIn({ role: 'CONTRIBUTOR' });
    const before = await reviewState();
    const refusals: AppError[] = [];
    for (const task of [
      () => grantLanguageReview(moderator.actor, { email: 'nobody@nowhere.test', locale: 'tg' }),
      () => grantLanguageReview(moderator.actor, { email: 'not an address', locale: 'tg' }),
      () => grantLanguageReview(moderator.actor, { email: subject.user.email, locale: 'en' }),
      () => grantLanguageReview(moderator.actor, { email: subject.user.email, locale: 'fr' }),
      () => revokeLanguageReview(moderator.actor, { userId: 'no-such-user', locale: 'xx' }),
    ]) {
      const error = await task().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(AppError);
      refusals.push(error as AppError);
    }
    expect(refusals.map((e) => e.code)).toEqual([
      'NOT_FOUND',
      'INVALID_INPUT',
      'INVALID_INPUT',
      'INVALID_INPUT',
      'INVALID_INPUT',
    ]);
    expect(await reviewState()).toEqual(before);
    // Each message exists, in its own words, in every language of the site.
    const messages = Object.fromEntries(
      ['en', 'ru', 'tg'].map((l) => [
        l,
        JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../messages/${l}.json`), 'utf8')) as {
          errors: Record<string, unknown>;
        },
      ]),
    );
    const lookup = (l: string, key: string) =>
      key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages[l]!.errors);
    for (const error of refusals) {
      const texts = ['en', 'ru', 'tg'].map((l) => lookup(l, error.messageKey));
      for (const text of texts) expect(typeof text, error.messageKey).toBe('string');
      expect(new Set(texts).size, error.messageKey).toBe(3);
    }
    // Revoking what was not given, or granting twice, is no error (two tabs, a double click) and
    // writes no history.
    await revokeLanguageReview(moderator.actor, { userId: subject.user.id, locale: 'tg' });
    expect(await reviewState()).toEqual(before);
    await grantLanguageReview(moderator.actor, { email: subject.user.email.toUpperCase(), locale: 'tg' });
    const history = await prisma.languageReviewerChange.count();
    await grantLanguageReview(moderator.actor, { email: subject.user.email, locale: 'tg' });
    expect(await prisma.languageReviewerChange.count()).toBe(history);
  });

  it('the reviewers page is for moderators', async () => {
    const moderator = await signIn({ role: 'MODERATOR' });
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    await grantLanguageReview(moderator.actor, { email: contributor.user.email, locale: 'ru' });
    const page = await getPage('/ru/moderation/reviewers', { headers: { cookie: moderator.cookie } });
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(contributor.user.email);
    expect((await getPage('/ru/moderation/reviewers', { headers: { cookie: contributor.cookie } })).status).toBe(403);
  });
});
