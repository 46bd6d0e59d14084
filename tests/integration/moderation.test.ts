// From proposal to published page, against the real database and the served site.
import { describe, expect, it } from 'vitest';
import {
  approveSubmission,
  getSubmissionForReview,
  listQueue,
  rejectSubmission,
  requestChanges,
} from '../../lib/moderation/moderation';
import { restoreRevision, listRevisions } from '../../lib/revisions/revisions';
import {
  amendCorrection,
  proposeAddition,
  proposeNewHero,
  proposeSource,
  withdrawSubmission,
  listOwnSubmissions,
} from '../../lib/submissions/submissions';
import { searchHeroes } from '../../lib/search/search';
import { SearchQuerySchema } from '../../lib/search/schemas';
import type { Actor } from '../../lib/permissions';
import { getPage, textOf } from '../support/http';
import { signIn } from '../support/auth';
import { useFileDatabase } from '../support/database';
import { useSite } from '../support/site';
import { correctionForm, EMPTY_NEW_HERO_FORM, proposeTestCorrection, useUsers } from '../support/factories';
import { HEROES } from '../support/heroes';

useSite();

const prisma = useFileDatabase();
const [contributor, moderator, moderator2] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR', 'MODERATOR');

const AWARD_SHEET = { sourceUrl: 'https://example.org/award-sheet', note: 'Award sheet found in the family papers.' };
const formFor = (slug: string, changes: Record<string, string>) => correctionForm(prisma, slug, AWARD_SHEET, changes);
const propose = (author: Actor, slug: string, changes: Record<string, string>) =>
  proposeTestCorrection(prisma, author, slug, AWARD_SHEET, changes);

async function publicState(slug: string) {
  return prisma.hero.findUniqueOrThrow({ where: { slug }, include: { awards: true, citations: true } });
}

describe('contributions and moderation', () => {
  it('a correction goes from proposal to the public page, with a revision and an audit row', async () => {
    const { id } = await propose(contributor, HEROES.amirshoev, {
      rankAtFeat: 'sergeant',
      titleDecreeDate: '1944-03-24',
    });
    // The file's database started from the seed: this is the only proposal in the queue.
    const queue = (await listQueue(moderator)).items;
    expect(queue.map((s) => s.id)).toEqual([id]);
    const review = await getSubmissionForReview(moderator, id);
    expect(review.rows).toEqual(
      expect.arrayContaining([
        { field: 'rankAtFeat', base: null, now: null, proposed: 'sergeant' },
        { field: 'titleDecreeDate', base: null, now: null, proposed: '1944-03-24' },
      ]),
    );
    const revision = await approveSubmission(moderator, { submissionId: id, note: 'Matches the award sheet.' });
    expect(revision.number).toBe(2);
    const hero = await publicState(HEROES.amirshoev);
    expect(hero.rankAtFeat).toBe('sergeant');
    expect(
      hero.awards
        .find((a) => a.kind === 'HERO_OF_THE_SOVIET_UNION')
        ?.decreeDate?.toISOString()
        .slice(0, 10),
    ).toBe('1944-03-24');
    expect(hero.editedAt).not.toBeNull();

    const page = textOf((await getPage('/en/heroes/safar-amirshoev')).html);
    expect(page).toContain('24 March 1944');
    const history = (await listRevisions(HEROES.amirshoev))?.items;
    expect(history?.map((r) => r.number)).toEqual([2, 1]);
    expect(history?.[0]?.diff).toMatchObject({ rankAtFeat: { from: null, to: 'sergeant' } });
    const audit = await prisma.auditEvent.findFirst({ where: { targetId: id } });
    expect(audit).toMatchObject({ actorId: moderator.id, action: 'approve:submission' });
    expect(await prisma.submission.findUnique({ where: { id }, select: { status: true } })).toEqual({
      status: 'APPROVED',
    });
    const history2 = textOf((await getPage('/en/heroes/safar-amirshoev/history')).html);
    expect(history2).toContain('Revision 2');
    expect(textOf((await getPage('/en/heroes/safar-amirshoev/history?from=1&to=2')).html)).toContain(
      'Differences between revision 1 and revision 2',
    );

    // Admins read the audit log; the decision is in it.
    const { cookie } = await signIn({ role: 'ADMIN' });
    const auditPage = await getPage('/en/admin/audit', { headers: { cookie } });
    expect(auditPage.status).toBe(200);
    expect(textOf(auditPage.html)).toContain(`approve:submission Submission ${id}`);
  });

  it('rejection and withdrawal change nothing public', async () => {
    const before = await publicState(HEROES.azizov);
    const a = await propose(contributor, HEROES.azizov, { role: 'rejected role' });
    await rejectSubmission(moderator, { submissionId: a.id, note: 'No source supports this.' });
    const b = await propose(contributor, HEROES.azizov, { role: 'withdrawn role' });
    await withdrawSubmission(contributor, b.id);
    expect(await publicState(HEROES.azizov)).toEqual(before);
    const mine = await listOwnSubmissions(contributor);
    expect(mine.find((s) => s.id === a.id)).toMatchObject({
      status: 'REJECTED',
      moderatorNote: 'No source supports this.',
    });
    expect(mine.find((s) => s.id === b.id)?.status).toBe('WITHDRAWN');
    await expect(approveSubmission(moderator, { submissionId: a.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('validation refuses bad input with field messages and stores nothing', async () => {
    const count = await prisma.submission.count({ where: { authorId: contributor.id } });
    const cases: [Record<string, string>, string, string][] = [
      [{ birthDate: '1950-01-01', deathDate: '1940-01-01' }, 'deathDate', 'deathBeforeBirth'],
      [{ titleDecreeDate: '1992-01-01' }, 'titleDecreeDate', 'decreeRange'],
      [{ birthDate: '1943-02-30' }, 'birthDate', 'badDate'],
      [{ sourceUrl: 'not a url' }, 'sourceUrl', 'badUrl'],
      [{ sourceUrl: '', note: 'Only a note here.' }, 'sourceUrl', 'sourceRequired'],
      [{ note: 'short' }, 'note', 'noteTooShort'],
      [{ surnameRu: '' }, 'surnameRu', 'required'],
      [{ role: 'x'.repeat(301) }, 'role', 'tooLong'],
    ];
    for (const [changes, field, message] of cases) {
      await expect(propose(contributor, HEROES.sharifov, changes)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        fields: expect.objectContaining({ [field]: message }),
      });
    }
    await expect(propose(contributor, HEROES.sharifov, {})).rejects.toMatchObject({
      fields: { form: 'nothingChanged' },
    });
    await expect(propose(contributor, HEROES.sharifov, { role: 'x', website: 'spam' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(propose(null, HEROES.sharifov, { role: 'x' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await prisma.submission.count({ where: { authorId: contributor.id } })).toBe(count);
  });

  it('a moderator cannot approve their own proposal, and a contributor cannot approve at all', async () => {
    const own = await propose(moderator, HEROES.davlyatov, { nationality: 'self-approved?' });
    await expect(approveSubmission(moderator, { submissionId: own.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(approveSubmission(contributor, { submissionId: own.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await publicState(HEROES.davlyatov)).nationality).toBeNull();
    expect(await prisma.submission.findUnique({ where: { id: own.id }, select: { status: true } })).toEqual({
      status: 'PENDING',
    });
  });

  it('conflicting approvals fired in parallel: exactly one applies, the other is told, every revision is kept', async () => {
    const first = await propose(contributor, HEROES.karabaev, { rankAtFeat: 'lieutenant (A)' });
    const second = await propose(contributor, HEROES.karabaev, { rankAtFeat: 'captain (B)' });
    const results = await Promise.allSettled([
      approveSubmission(moderator, { submissionId: first.id }),
      approveSubmission(moderator2, { submissionId: second.id }),
      approveSubmission(moderator2, { submissionId: first.id }),
    ]);
    const applied = results.filter((r) => r.status === 'fulfilled');
    expect(applied).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect(r.reason).toMatchObject({ code: 'CONFLICT' });
    const hero = await publicState(HEROES.karabaev);
    expect(['lieutenant (A)', 'captain (B)']).toContain(hero.rankAtFeat);
    const revisions = (await listRevisions(HEROES.karabaev))?.items;
    expect(revisions?.map((r) => r.number)).toEqual([2, 1]);
    const statuses = await prisma.submission.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { status: true },
    });
    expect(statuses.map((s) => s.status).sort()).toEqual(['APPROVED', 'PENDING']);
  });

  it('a proposal made before the record changed is not applied blindly: the moderator merges base, now and proposed', async () => {
    const stale = await propose(contributor, HEROES.kinzhaev, { nationality: 'Tajik' });
    const fresh = await propose(contributor, HEROES.kinzhaev, { role: 'gun commander (changed)' });
    await approveSubmission(moderator, { submissionId: fresh.id });
    await expect(approveSubmission(moderator, { submissionId: stale.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    const review = await getSubmissionForReview(moderator, stale.id);
    expect(review.heroChangedSince).toBe(true);
    expect(review.rows).toEqual(
      expect.arrayContaining([
        { field: 'role', base: expect.any(String), now: 'gun commander (changed)', proposed: expect.any(String) },
      ]),
    );
    const merged = await formFor(HEROES.kinzhaev, { nationality: 'Tajik' });
    await approveSubmission(moderator, { submissionId: stale.id, expectedVersion: review.currentVersion, merged });
    const hero = await publicState(HEROES.kinzhaev);
    expect(hero.nationality).toBe('Tajik');
    expect(hero.role).toBe('gun commander (changed)');
  });

  it('restoring an earlier revision writes a new one and the page shows the restored text', async () => {
    const { id } = await propose(contributor, HEROES.erdzhigitov, {
      biographyEn: 'A replaced biography that a moderator will undo.',
    });
    await approveSubmission(moderator, { submissionId: id });
    expect(textOf((await getPage('/en/heroes/tuychi-erdzhigitov')).html)).toContain('A replaced biography');
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug: HEROES.erdzhigitov } });
    await expect(
      restoreRevision(contributor, { heroSlug: HEROES.erdzhigitov, number: 1, expectedVersion: hero.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      restoreRevision(moderator, { heroSlug: HEROES.erdzhigitov, number: 1, expectedVersion: hero.version - 1 }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const restored = await restoreRevision(moderator, {
      heroSlug: HEROES.erdzhigitov,
      number: 1,
      expectedVersion: hero.version,
    });
    expect(restored.number).toBe(3);
    const history = (await listRevisions(HEROES.erdzhigitov))?.items;
    expect(history?.map((r) => [r.number, r.restoredFrom])).toEqual([
      [3, 1],
      [2, null],
      [1, null],
    ]);
    const page = textOf((await getPage('/en/heroes/tuychi-erdzhigitov')).html);
    expect(page).not.toContain('A replaced biography');
    // The database refuses to rewrite or delete history, whoever asks.
    await expect(
      prisma.revision.updateMany({ where: { hero: { slug: HEROES.erdzhigitov } }, data: { reason: 'rewritten' } }),
    ).rejects.toThrow(/immutable/);
    await expect(prisma.revision.deleteMany({ where: { hero: { slug: HEROES.erdzhigitov } } })).rejects.toThrow(
      /immutable/,
    );
    expect((await listRevisions(HEROES.erdzhigitov))?.items?.length).toBe(3);
    expect((await searchHeroes(SearchQuerySchema.parse({ q: 'Erdzhigitov' }))).results[0]?.slug).toBe(
      HEROES.erdzhigitov,
    );
  });

  it('a source proposal adds a cited source when approved', async () => {
    const { id } = await proposeSource(contributor, HEROES.rakhmatov, {
      sourceUrl: 'https://example.org/rakhmatov-award',
      sourceTitle: 'Award sheet',
      archiveRef: '',
      supports: 'decree date and unit',
      note: 'Found in the district archive.',
    });
    await approveSubmission(moderator, { submissionId: id });
    const hero = await prisma.hero.findUniqueOrThrow({
      where: { slug: HEROES.rakhmatov },
      include: { citations: { include: { source: true } } },
    });
    expect(hero.citations.map((c) => c.source.url)).toContain('https://example.org/rakhmatov-award');
    expect(textOf((await getPage('/en/heroes/rakhimboy-rakhmatov')).html)).toContain('decree date and unit');
  });

  it('changes asked for: the author amends and the proposal returns to the queue', async () => {
    const { id } = await propose(contributor, HEROES.filippov, { givenRu: 'Геннадий' });
    await expect(requestChanges(moderator, { submissionId: id, note: '' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await requestChanges(moderator, { submissionId: id, note: 'Which document gives the given name?' });
    await expect(
      amendCorrection(moderator2, id, await formFor(HEROES.filippov, { givenRu: 'Геннадий' })),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await amendCorrection(
      contributor,
      id,
      await formFor(HEROES.filippov, {
        givenRu: 'Геннадий',
        sourceTitle: 'Award list, fond 33',
        note: 'The award list names him in full.',
      }),
    );
    expect((await listQueue(moderator)).items.map((s) => s.id)).toContain(id);
    expect((await publicState(HEROES.filippov)).givenRu).toBeNull();
  });

  it('a new Hero goes from proposal to a published page that search finds', async () => {
    const count = await prisma.submission.count({ where: { authorId: contributor.id } });
    await expect(proposeNewHero(contributor, { ...EMPTY_NEW_HERO_FORM, surnameRu: 'Тестов' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fields: expect.objectContaining({
        surnameEn: 'required',
        group: 'required',
        membershipNote: 'noteTooShort',
        sourceUrl: 'sourceRequired',
      }),
    });
    expect(await prisma.submission.count({ where: { authorId: contributor.id } })).toBe(count);

    const { id } = await proposeNewHero(contributor, {
      ...EMPTY_NEW_HERO_FORM,
      surnameRu: 'Ургинов',
      givenRu: 'Зафар',
      surnameEn: 'Urginov',
      givenEn: 'Zafar',
      birthDate: '1920',
      titleDecreeDate: '1945-05-15',
      biographyEn: 'A test record proposed by the moderation tests.',
      biographyRu: 'Тестовая запись из проверок модерации.',
      group: 'TAJIK_SSR',
      countedIn64: 'no',
      membershipNote: 'The test archive document names him.',
      sourceUrl: '',
      sourceTitle: 'Test archive document',
      archiveRef: 'TsAMO, fond 33, opis 1, delo 2',
      note: 'The award list names him and the decree.',
    });
    const review = await getSubmissionForReview(moderator, id);
    expect(review.rows).toEqual(
      expect.arrayContaining([{ field: 'surnameEn', base: null, now: null, proposed: 'Urginov' }]),
    );
    const created = await approveSubmission(moderator, { submissionId: id, note: 'Documented.' });
    expect(created).toMatchObject({ number: 1, slug: 'zafar-urginov' });
    const hero = await prisma.hero.findUniqueOrThrow({
      where: { slug: 'zafar-urginov' },
      include: { awards: true, citations: { include: { source: true } }, names: true },
    });
    expect(hero).toMatchObject({
      confidence: 'LOW',
      countedIn64: false,
      group: 'TAJIK_SSR',
      birthDatePrecision: 'YEAR',
    });
    expect(hero.awards[0]?.decreeDate?.toISOString().slice(0, 10)).toBe('1945-05-15');
    expect(hero.citations[0]?.source).toMatchObject({
      title: 'Test archive document',
      archiveFond: 'TsAMO, fond 33, opis 1, delo 2',
    });
    const page = await getPage('/ru/heroes/zafar-urginov');
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('Зафар Ургинов');
    expect((await searchHeroes(SearchQuerySchema.parse({ q: 'Urginow' }))).results[0]?.slug).toBe('zafar-urginov');
    expect((await listRevisions('zafar-urginov'))?.items?.map((r) => r.number)).toEqual([1]);
  });

  it('a unit, a battle and an award are added by approved proposals, and the history shows them', async () => {
    const evidence = {
      sourceUrl: 'https://example.org/rakhimov-sheet',
      sourceTitle: '',
      archiveRef: '',
      note: 'The award sheet names the unit and battle.',
    };
    await expect(
      proposeAddition(contributor, HEROES.rakhimov, 'UNIT', { ...evidence, unitName: '', level: 'REGIMENT' }),
    ).rejects.toMatchObject({ fields: { unitName: 'required' } });
    await expect(
      proposeAddition(contributor, HEROES.rakhimov, 'AWARD', { ...evidence, awardKind: 'OTHER', awardName: '' }),
    ).rejects.toMatchObject({ fields: { awardName: 'required' } });
    await expect(
      proposeAddition(contributor, HEROES.rakhimov, 'AWARD', {
        ...evidence,
        awardKind: 'ORDER_OF_LENIN',
        decreeDate: '1995',
      }),
    ).rejects.toMatchObject({ fields: { decreeDate: 'awardRange' } });
    await expect(
      proposeAddition(contributor, HEROES.rakhimov, 'BATTLE', { battleName: 'Kursk', note: 'short' }),
    ).rejects.toMatchObject({ fields: expect.objectContaining({ sourceUrl: 'sourceRequired', note: 'noteTooShort' }) });

    const unit = await proposeAddition(contributor, HEROES.rakhimov, 'UNIT', {
      ...evidence,
      unitName: '9999th Test Rifle Regiment',
      level: 'REGIMENT',
      parentName: '9998th Test Rifle Division',
      parentLevel: 'DIVISION',
      serviceRank: 'sergeant',
      fromDate: '1943-05',
    });
    await approveSubmission(moderator, { submissionId: unit.id });
    const battle = await proposeAddition(contributor, HEROES.rakhimov, 'BATTLE', {
      ...evidence,
      battleName: 'Battle of Kursk',
      battleDate: 'July 1943',
      battlePlace: 'Kursk salient',
    });
    const review = await getSubmissionForReview(moderator, battle.id);
    expect(review.rows).toEqual(
      expect.arrayContaining([{ field: 'battleName', base: null, now: null, proposed: 'Battle of Kursk' }]),
    );
    await approveSubmission(moderator, { submissionId: battle.id });
    const award = await proposeAddition(contributor, HEROES.rakhimov, 'AWARD', {
      ...evidence,
      awardKind: 'OTHER',
      awardName: 'Order of the Red Star',
      decreeDate: '1943-08',
    });
    await approveSubmission(moderator, { submissionId: award.id });

    const page = await getPage('/en/heroes/a-rakhimov');
    const text = textOf(page.html);
    expect(text).toContain('9999th Test Rifle Regiment → 9998th Test Rifle Division');
    expect(text).toContain('Battle of Kursk');
    expect(text).toContain('Order of the Red Star');
    expect(text).toContain('August 1943');
    const history = (await listRevisions(HEROES.rakhimov))?.items;
    expect(history?.map((r) => r.number)).toEqual([4, 3, 2, 1]);
    expect(history?.[2]?.diff).toMatchObject({ units: { from: null, to: '9999th Test Rifle Regiment' } });
    expect(history?.[0]?.diff).toMatchObject({ awards: { from: null, to: 'Order of the Red Star 1943-08' } });
  });

  it('the proposal pages render for a signed-in contributor and send anonymous readers to sign in', async () => {
    expect((await getPage('/en/heroes/a-khakimov/propose')).headers.get('location')).toBe('/en/sign-in');
    const { cookie } = await signIn({ role: 'CONTRIBUTOR' });
    for (const [path, text] of [
      ['/en/heroes/a-khakimov/propose', 'Propose a correction: A. Khakimov'],
      ['/ru/heroes/a-khakimov/add?kind=award', 'Название награды'],
      ['/en/heroes/a-khakimov/add?kind=unit', 'Part of (e.g. 281st Rifle Division)'],
      ['/en/heroes/new', 'Propose a new Hero'],
      ['/ru/help', 'Помогите дополнить записи'],
    ]) {
      const page = await getPage(path!, { headers: { cookie } });
      expect(page.status, path).toBe(200);
      expect(textOf(page.html), path).toContain(text);
    }
  });
});
