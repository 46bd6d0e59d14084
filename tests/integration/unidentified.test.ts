// The names not yet identified, in the open: the fact sheet's candidates that research has not
// ruled out, on a public page in three languages, each with a way for a family to propose a record
// from the name, which goes to moderation like every proposal.
import { describe, expect, it } from 'vitest';
import { proposeNewHero } from '../../lib/submissions/submissions';
import { loadFactSheet } from '../../prisma/seed/fact-sheet';
import { removeAfterwards, sessionCookie, signIn } from '../support/auth';
import { signInLink, waitForMail } from '../support/mail';
import { useFileDatabase } from '../support/database';
import { getPage, textOf } from '../support/http';
import { unmarkedEnglish } from '../support/languages';
import { useSite } from '../support/site';

const site = useSite();
const prisma = useFileDatabase();

const sheet = loadFactSheet();
const ruledOut = sheet.unidentified_candidates.filter((c) => c.status.startsWith('EXCLUDED'));
const open = sheet.unidentified_candidates.filter((c) => !c.status.startsWith('EXCLUDED'));
const LOCALES = ['en', 'ru', 'tg'] as const;

/** Each candidate on the page: its id and the html of its entry. */
function entries(html: string): Map<string, string> {
  return new Map(
    [
      ...html.matchAll(
        /<li[^>]* data-candidate="([^"]+)"[^>]*>([\s\S]*?)<\/li>\s*(?=<li[^>]* data-candidate=|<\/ol>)/g,
      ),
    ].map((m) => [m[1]!, m[2]!]),
  );
}

const candidateId = async (surnameRu: string) =>
  (await prisma.candidate.findFirstOrThrow({ where: { surnameRu }, select: { id: true } })).id;

const newHeroInput = {
  surnameRu: 'Ходов',
  givenRu: 'Константин',
  patronymicRu: 'Елизарович',
  surnameEn: 'Khodov',
  givenEn: 'Konstantin',
  fullNameTg: '',
  nationality: '',
  birthDate: '1907',
  deathDate: '',
  rankAtFeat: 'guards senior sergeant',
  role: '',
  featDate: '',
  featPlace: '',
  titleDecreeDate: '',
  postwar: '',
  biographyEn: 'Proposed by his family from the list of names not yet identified.',
  biographyRu: 'Предложено семьёй из списка неустановленных имён.',
  group: 'TAJIK_ELSEWHERE',
  countedIn64: 'no',
  membershipNote: 'He lived and worked in Jilikul before the war, the family says.',
  sourceUrl: '',
  sourceTitle: 'Family letters',
  archiveRef: '',
  note: 'His letters from the front were sent to Jilikul.',
};

describe('the page of names not yet identified', () => {
  it('the sheet has names still open and names ruled out (the test reads the real values)', () => {
    expect(open.map((c) => c.surname_ru)).toEqual(expect.arrayContaining(['Ходов', 'Шарипов', 'Касымов', 'Буюклы']));
    expect(ruledOut.map((c) => c.surname_ru)).toEqual(expect.arrayContaining(['Ашуров', 'Давлетов', 'Дадашев']));
  });

  it.each(LOCALES)('in %s lists every name not ruled out, with its source, and none that is', async (locale) => {
    const { status, html } = await getPage(`/${locale}/unidentified`);
    expect(status).toBe(200);
    expect(html).toContain(`<html lang="${locale}"`);
    const listed = entries(html);
    expect(listed.size).toBe(open.length);
    const text = textOf(html);
    // The name as the source gives it, in Cyrillic, marked as Russian.
    expect(html).toMatch(/<[a-z0-9]+ lang="ru"[^>]*>Ходов Константин Елизарович</);
    expect(html).toMatch(/<[a-z0-9]+ lang="ru"[^>]*>Шарипов Иргаш</);
    for (const candidate of open) {
      for (const url of candidate.source.split(/;\s*/)) expect(html, candidate.surname_ru).toContain(`href="${url}"`);
    }
    for (const candidate of ruledOut) {
      expect(text, candidate.surname_ru).not.toContain(candidate.surname_ru);
      expect(html, candidate.surname_ru).not.toContain(candidate.evidence.slice(0, 40));
    }
    // The status in words, never the sheet's code.
    for (const code of ['UNVERIFIED', 'DOUBTFUL MEMBER', 'CONTEXT -', 'not seeded']) expect(text).not.toContain(code);
  });

  it("says what is known and why it is not confirmed in the page's language", async () => {
    const khodov = await candidateId('Ходов');
    const en = entries((await getPage('/en/unidentified')).html).get(khodov)!;
    expect(textOf(en)).toContain('52nd Guards Cavalry Regiment');
    expect(textOf(en)).toContain('Not confirmed');
    expect(textOf(en)).toContain('needs a second source');
    const ru = (await getPage('/ru/unidentified')).html;
    const ruKhodov = textOf(entries(ru).get(khodov)!);
    expect(ruKhodov).toContain('52-го гвардейского кавалерийского полка');
    expect(ruKhodov).toContain('Не подтверждено');
    const tg = (await getPage('/tg/unidentified')).html;
    const tgKhodov = textOf(entries(tg).get(khodov)!);
    expect(tgKhodov).toContain('Ҷиликӯл');
    expect(tgKhodov).toContain('Тасдиқ нашудааст');
    expect(tgKhodov).not.toMatch(/ў/);
    // Nothing in English that is not marked as English.
    expect(unmarkedEnglish(ru)).toEqual([]);
    expect(unmarkedEnglish(tg)).toEqual([]);
  });

  it.each(LOCALES)('in %s the home page\'s "not yet identified" line links to it', async (locale) => {
    const { html } = await getPage(`/${locale}`);
    expect(html).toMatch(new RegExp(`<a[^>]* href="/${locale}/unidentified"[^>]*>[^<]*\\d+`));
  });

  it('offers, for each name, a proposal of a new Hero started from it', async () => {
    const listed = entries((await getPage('/tg/unidentified')).html);
    expect(listed.size).toBe(open.length);
    for (const [id, entry] of listed) expect(entry).toContain(`href="/tg/heroes/new?candidate=${id}"`);
  });
});

describe('a proposal started from a name', () => {
  it('opens the new-Hero form with the name filled in for a signed-in contributor, and sends others to sign in', async () => {
    const id = await candidateId('Ходов');
    const form = `/ru/heroes/new?candidate=${id}`;
    expect((await getPage(form)).headers.get('location')).toBe(`/ru/sign-in?next=${encodeURIComponent(form)}`);
    const { cookie } = await signIn();
    const { status, html } = await getPage(`/ru/heroes/new?candidate=${id}`, { headers: { cookie } });
    expect(status).toBe(200);
    expect(html).toMatch(/name="surnameRu"[^>]* value="Ходов"|value="Ходов"[^>]* name="surnameRu"/);
    expect(html).toMatch(/name="candidateId"[^>]* value="[^"]+"|value="[^"]+"[^>]* name="candidateId"/);
    expect(textOf(html)).toContain('Ходов Константин Елизарович');
    // A name that is not on the list (or a ruled-out one): said in the reader's language, the form starts empty.
    const excluded = await candidateId('Ашуров');
    for (const bad of ['no-such-candidate', excluded, '%3Cscript%3E']) {
      const page = await getPage(`/tg/heroes/new?candidate=${bad}`, { headers: { cookie } });
      expect(page.status).toBe(200);
      expect(page.html).toContain('data-testid="candidate-unknown"');
      expect(page.html).not.toContain('name="candidateId"');
    }
  });

  it("a signed-in contributor's proposal lands in moderation, pending, naming the candidate", async () => {
    const id = await candidateId('Ходов');
    const contributor = await signIn();
    const { id: submissionId } = await proposeNewHero(contributor.actor, { ...newHeroInput, candidateId: id });
    const submission = await prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(submission).toMatchObject({
      kind: 'NEW_HERO',
      status: 'PENDING',
      candidateId: id,
      authorId: contributor.user.id,
      heroId: null,
    });
    const moderator = await signIn({ role: 'MODERATOR' });
    const queue = await getPage('/en/moderation', { headers: { cookie: moderator.cookie } });
    expect(queue.html).toContain(`/en/moderation/${submissionId}`);
    const review = await getPage(`/ru/moderation/${submissionId}`, { headers: { cookie: moderator.cookie } });
    expect(textOf(review.html)).toContain('Ходов Константин Елизарович');
  });

  it('is refused when signed out, or from a name not on the list, and nothing is written', async () => {
    const id = await candidateId('Ходов');
    const before = await prisma.submission.count();
    await expect(proposeNewHero(null, { ...newHeroInput, candidateId: id })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const contributor = await signIn();
    for (const bad of ['no-such-candidate', await candidateId('Ашуров'), '<script>']) {
      await expect(proposeNewHero(contributor.actor, { ...newHeroInput, candidateId: bad })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        fields: { form: 'invalidInput' },
      });
    }
    expect(await prisma.submission.count()).toBe(before);
  });
});

describe('signing in from a name', () => {
  it('comes back to the form started from that name, and never to another site', async () => {
    const id = await candidateId('Ходов');
    const form = `/tg/heroes/new?candidate=${id}`;
    const signInPath = (await getPage(form)).headers.get('location')!;
    expect(signInPath).toBe(`/tg/sign-in?next=${encodeURIComponent(form)}`);
    const email = `family.${Date.now()}@fixture.test`;
    // As a browser without JavaScript: the sign-in page's form, posted as it stands, then the emailed link.
    const post = async (path: string, address: string, next?: string) => {
      const html = (await getPage(path)).html;
      const fields = new FormData();
      fields.set(/name="(\$ACTION_ID_[^"]+)"/.exec(html)![1]!, '');
      for (const [, name, value] of html.matchAll(/<input type="hidden" name="(locale|next)" value="([^"]*)"/g))
        fields.set(name!, value!.replace(/&amp;/g, '&'));
      if (next !== undefined) fields.set('next', next);
      fields.set('email', address);
      const response = await fetch(`${site.url}/tg/sign-in`, { method: 'POST', body: fields, redirect: 'manual' });
      expect(response.status).toBe(303);
      const [mail] = await waitForMail(address);
      const followed = await fetch(signInLink(mail!), { redirect: 'manual' });
      await removeAfterwards(address);
      return followed;
    };
    const followed = await post(signInPath, email);
    expect(followed.headers.get('location')).toBe(form);
    const cookie = sessionCookie(followed)!;
    const { status, html } = await getPage(form, { headers: { cookie } });
    expect(status).toBe(200);
    expect(html).toMatch(/name="surnameRu"[^>]* value="Ходов"|value="Ходов"[^>]* name="surnameRu"/);
    expect(html).toMatch(/name="candidateId"[^>]* value="[^"]+"|value="[^"]+"[^>]* name="candidateId"/);

    // Another site, a path in another language or a protocol-relative one: back to the account page.
    for (const [i, next] of [
      'https://elsewhere.example/',
      '//elsewhere.example/tg/',
      '/ru/heroes/new',
      '/tg/../../etc',
    ].entries()) {
      const address = `family.${i}.${Date.now()}@fixture.test`;
      expect(
        (await post(`/tg/sign-in?next=${encodeURIComponent(next)}`, address, next)).headers.get('location'),
        next,
      ).toBe('/tg/account');
    }
    site.assertNoServerErrors();
  });
});
