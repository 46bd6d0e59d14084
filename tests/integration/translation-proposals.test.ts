// A translation proposed by a contributor and approved by a moderator appears on the page in that
// language, with its history; a moderator marks it reviewed; refused requests change nothing.
import { describe, expect, it } from 'vitest';
import { approveSubmission, getSubmissionForReview } from '../../lib/moderation/moderation';
import { markTranslationReviewed, proposeTranslation, listTranslationNeeds } from '../../lib/translations/translations';
import { isAppError, ValidationError } from '../../lib/errors';
import { getPage, textOf } from '../support/http';
import { signIn } from '../support/auth';
import { useFileDatabase } from '../support/database';
import { useSite } from '../support/site';

useSite();
const prisma = useFileDatabase();

const SLUG = 'veniamin-nedoshivin';
const PROPOSED = 'фармондеҳи як взвод';

async function roleText() {
  const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, version: true } });
  return { hero, key: `Hero:${hero.id}:role` };
}

async function roleOnPage(locale: string) {
  const html = (await getPage(`/${locale}/heroes/${SLUG}`)).html;
  return /data-fact="role"[^>]*>([\s\S]*?)<\/dd>/.exec(html)![1]!;
}

async function refusal(task: () => Promise<unknown>): Promise<string> {
  try {
    await task();
  } catch (error) {
    if (error instanceof ValidationError) return `invalid:${Object.values(error.fields).join(',')}`;
    if (isAppError(error)) return error.code;
    throw error;
  }
  throw new Error('not refused');
}

describe('proposed translations', () => {
  it('a proposal approved by a moderator appears on the Tajik page, with its history', async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const moderator = await signIn({ role: 'MODERATOR' });
    const { key } = await roleText();
    expect(await roleOnPage('tg')).toContain('фармондеҳи взвод');

    const { id } = await proposeTranslation(contributor.actor, SLUG, {
      text: key,
      into: 'tg',
      value: PROPOSED,
      note: 'Забони модарии ман тоҷикист.',
    });
    // The moderator sees the English, the Tajik now and the Tajik proposed.
    const review = await getSubmissionForReview(moderator.actor, id);
    expect(review.submission.kind).toBe('TRANSLATION');
    expect(review.rows).toEqual([
      {
        field: 'translationSource',
        base: 'platoon commander',
        now: 'platoon commander',
        proposed: 'platoon commander',
      },
      { field: 'translationTg', base: 'фармондеҳи взвод', now: 'фармондеҳи взвод', proposed: PROPOSED },
    ]);
    const queuePage = await getPage(`/tg/moderation/${id}`, { headers: { cookie: moderator.cookie } });
    expect(queuePage.status).toBe(200);
    expect(textOf(queuePage.html)).toContain('Тарҷума ба забони тоҷикӣ');
    // Nothing is public before the decision.
    expect(await roleOnPage('tg')).not.toContain(PROPOSED);

    const revision = await approveSubmission(moderator.actor, { submissionId: id });
    const role = await roleOnPage('tg');
    expect(role).toMatch(new RegExp(`<span lang="tg" data-status="DRAFT"[^>]*>${PROPOSED}</span>`));
    // Russian and English are untouched.
    expect(await roleOnPage('ru')).toContain('командир взвода');
    expect(await roleOnPage('en')).toContain('platoon commander');

    const history = await getPage(`/tg/heroes/${SLUG}/history`);
    const entry = /data-testid="revision-(\d+)"[\s\S]*?<\/li>/.exec(history.html)!;
    expect(Number(entry[1])).toBe(revision.number);
    expect(textOf(entry[0])).toContain('тоҷикӣ · Вазифа');
    // The word-level difference: the word the proposal added is marked as added.
    expect(textOf(entry[0]).replace(/\s+/g, ' ')).toContain('фармондеҳи [ илова шуд : як ] взвод');
    const stored = await prisma.revision.findUniqueOrThrow({
      where: { id: revision.id },
      select: { diff: true, submissionId: true },
    });
    expect(stored.submissionId).toBe(id);
    expect(stored.diff).toEqual({ [`translation:tg:${key}`]: { from: 'фармондеҳи взвод', to: PROPOSED } });
  });

  it('a moderator marks it reviewed: no longer a draft on the page, a revision says so, the help list drops it', async () => {
    const moderator = await signIn({ role: 'MODERATOR' });
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const { hero, key } = await roleText();
    expect((await listTranslationNeeds('tg')).find((h) => h.hero.slug === SLUG)!.needs.map((n) => n.key)).toContain(
      key,
    );

    // A contributor may not; nothing changes.
    expect(
      await refusal(() =>
        markTranslationReviewed(contributor.actor, {
          heroSlug: SLUG,
          text: key,
          locale: 'tg',
          expectedVersion: hero.version,
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await prisma.translation.findFirstOrThrow({ where: { entityId: hero.id, field: 'role', locale: 'tg' } })).status,
    ).toBe('DRAFT');
    // A stale version is refused; nothing changes.
    expect(
      await refusal(() =>
        markTranslationReviewed(moderator.actor, {
          heroSlug: SLUG,
          text: key,
          locale: 'tg',
          expectedVersion: hero.version - 1,
        }),
      ),
    ).toBe('CONFLICT');

    const revision = await markTranslationReviewed(moderator.actor, {
      heroSlug: SLUG,
      text: key,
      locale: 'tg',
      expectedVersion: hero.version,
    });
    expect(await roleOnPage('tg')).toMatch(new RegExp(`<span lang="tg" data-status="REVIEWED">${PROPOSED}</span>`));
    const history = textOf((await getPage(`/tg/heroes/${SLUG}/history`)).html);
    expect(history).toContain(`Версияи ${revision.number}`);
    expect(history).toContain('тоҷикӣ · Вазифа · ҳолат');
    expect((await listTranslationNeeds('tg')).find((h) => h.hero.slug === SLUG)!.needs.map((n) => n.key)).not.toContain(
      key,
    );
    const helpPage = await getPage('/tg/translate');
    expect(helpPage.status).toBe(200);
    expect(helpPage.html).not.toContain(encodeURIComponent(key));
    expect(textOf(helpPage.html)).toContain('Дар тарҷумаи сабтҳо кӯмак кунед');
  });

  it('the translate page shows the English and each language with its status, to a signed-in reader', async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: 'boris-shmelyov' }, select: { id: true } });
    const path = `/tg/heroes/boris-shmelyov/translate?text=${encodeURIComponent(`Hero:${hero.id}:role`)}`;
    const anonymous = await getPage(path);
    expect([302, 303, 307]).toContain(anonymous.status);
    const page = await getPage(path, { headers: { cookie: contributor.cookie } });
    expect(page.status).toBe(200);
    expect(page.html).toMatch(
      /<blockquote lang="en" data-testid="english">senior driver-mechanic of a heavy tank \(KV\)<\/blockquote>/,
    );
    expect(textOf(page.html)).toContain('механик-ронандаи калони танки вазнин (КВ)');
    expect(textOf(page.html)).toContain('тарҷумаи пешакӣ');
    expect(page.html).toMatch(/<textarea[^>]*name="value"/);
    const unknown = await getPage(`/tg/heroes/boris-shmelyov/translate?text=Hero%3Anope%3Arole`, {
      headers: { cookie: contributor.cookie },
    });
    expect(unknown.status).toBe(404);
  });

  it('refuses bad proposals with a reason and stores nothing', async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const { hero, key } = await roleText();
    const before = await prisma.submission.count();
    expect(
      await refusal(() => proposeTranslation(contributor.actor, SLUG, { text: key, into: 'tg', value: PROPOSED })),
    ).toBe('invalid:nothingChanged');
    expect(
      await refusal(() => proposeTranslation(contributor.actor, SLUG, { text: key, into: 'fr', value: 'x' })),
    ).toBe('invalid:chooseLanguage');
    expect(
      await refusal(() => proposeTranslation(contributor.actor, SLUG, { text: key, into: 'ru', value: '   ' })),
    ).toBe('invalid:required');
    expect(
      await refusal(() =>
        proposeTranslation(contributor.actor, SLUG, { text: `Hero:${hero.id}:email`, into: 'ru', value: 'x' }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await refusal(() =>
        proposeTranslation(contributor.actor, 'boris-shmelyov', { text: key, into: 'ru', value: 'x' }),
      ),
    ).toBe('NOT_FOUND');
    expect(await refusal(() => proposeTranslation(null, SLUG, { text: key, into: 'ru', value: 'x' }))).toBe(
      'UNAUTHORIZED',
    );
    expect(await prisma.submission.count()).toBe(before);
  });

  it('a translation of English a correction has since changed is not applied', async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const moderator = await signIn({ role: 'MODERATOR' });
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: 'domullo-azizov' }, select: { id: true } });
    const key = `Hero:${hero.id}:role`;
    const { id } = await proposeTranslation(contributor.actor, 'domullo-azizov', {
      text: key,
      into: 'ru',
      value: 'командир пулемётного расчёта (уточнено)',
    });
    await prisma.hero.update({ where: { id: hero.id }, data: { role: 'machine-gun crew commander' } });
    expect(await refusal(() => approveSubmission(moderator.actor, { submissionId: id }))).toBe('CONFLICT');
    expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');
  });
});
