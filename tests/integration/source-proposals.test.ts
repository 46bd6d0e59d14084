// A contributor proposes a new source for a Hero with the add page's form; a moderator reads it as
// rows and approves it; the profile cites it. Bad input is refused field by field, in the reader's
// language, and nothing is written.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { approveSubmission, getSubmissionForReview } from '../../lib/moderation/moderation';
import { proposeAddition } from '../../lib/submissions/submissions';
import { ValidationError } from '../../lib/errors';
import { getPage, textOf } from '../support/http';
import { signIn } from '../support/auth';
import { useFileDatabase } from '../support/database';
import { useSite } from '../support/site';

useSite();

const prisma = useFileDatabase();

const SLUG = 'safar-amirshoev';
const messages = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as { errors: Record<string, string> };
const form = {
  sourceUrl: 'https://example.org/amirshoev-district-paper',
  sourceTitle: 'Heroes of the Garm district',
  sourcePublisher: 'District newspaper «Ленинский путь»',
  sourceYear: '1965',
  archiveRef: '',
  supports: 'the place of the deed and the unit',
  note: 'A clipping kept by the family, with the issue date on it.',
};

describe('a proposed source', () => {
  it('is offered by the add page, read by the moderator as rows, and cited on the profile once approved', async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const add = textOf(
      (await getPage(`/en/heroes/${SLUG}/add?kind=source`, { headers: { cookie: contributor.cookie } })).html,
    );
    expect(add).toContain('Publisher');
    expect(add).toContain('What the source supports');

    const { id } = await proposeAddition(contributor.actor, SLUG, 'SOURCE', form);
    const moderator = await signIn({ role: 'MODERATOR' });
    const review = await getSubmissionForReview(moderator.actor, id);
    expect(review.rows).toEqual([
      { field: 'sourceUrl', base: null, now: null, proposed: form.sourceUrl },
      { field: 'sourceTitle', base: null, now: null, proposed: form.sourceTitle },
      { field: 'sourcePublisher', base: null, now: null, proposed: form.sourcePublisher },
      { field: 'sourceYear', base: null, now: null, proposed: '1965' },
      { field: 'supports', base: null, now: null, proposed: form.supports },
    ]);
    const page = textOf((await getPage(`/en/moderation/${id}`, { headers: { cookie: moderator.cookie } })).html);
    expect(page).toContain('Publisher');
    expect(page).not.toContain('{"url"');

    await approveSubmission(moderator.actor, { submissionId: id });
    const source = await prisma.source.findUniqueOrThrow({
      where: { url: form.sourceUrl },
      include: { citations: { include: { hero: { select: { slug: true } } } } },
    });
    expect(source).toMatchObject({ title: form.sourceTitle, publisher: form.sourcePublisher, year: 1965 });
    expect(source.citations.map((c) => [c.hero.slug, c.supports])).toEqual([[SLUG, form.supports]]);
    const profile = textOf((await getPage(`/en/heroes/${SLUG}`)).html);
    expect(profile).toContain(form.sourceTitle);
    expect(profile).toContain(form.supports);
  });

  it('refuses bad input with a message for each field, in each language, and writes nothing', async () => {
    const contributor = await signIn({ role: 'CONTRIBUTOR' });
    const before = { submissions: await prisma.submission.count(), sources: await prisma.source.count() };
    const refused = await proposeAddition(contributor.actor, SLUG, 'SOURCE', {
      ...form,
      sourceUrl: 'not an address',
      sourceYear: 'nineteen',
      supports: '',
      note: 'short',
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    const fields = (refused as ValidationError).fields;
    expect(fields).toEqual({ sourceUrl: 'badUrl', sourceYear: 'badYear', supports: 'required', note: 'noteTooShort' });
    const nothing = await proposeAddition(contributor.actor, SLUG, 'SOURCE', {
      ...form,
      sourceUrl: '',
      sourceTitle: '',
      archiveRef: '',
    }).catch((error: unknown) => error);
    expect((nothing as ValidationError).fields).toEqual({ sourceUrl: 'sourceRequired' });
    for (const locale of ['en', 'ru', 'tg'])
      for (const key of Object.values(fields)) expect(messages(locale).errors[key!], `${locale} ${key}`).toBeTruthy();
    expect(messages('ru').errors.badYear).not.toBe(messages('en').errors.badYear);
    expect({ submissions: await prisma.submission.count(), sources: await prisma.source.count() }).toEqual(before);
  });
});
