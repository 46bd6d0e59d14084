// An approval that finds its Hero locked by another transaction (a long import, another approval
// stuck behind a slow disk) is refused with "the record is busy, try again", promptly, and changes
// nothing; tried again once the lock is gone, it works.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { approveSubmission } from '../../lib/moderation/moderation';
import { fileDatabaseUrl, useFileDatabase } from '../support/database';
import { proposeTestCorrection, useUsers } from '../support/factories';
import { HEROES } from '../support/heroes';

const prisma = useFileDatabase();
const [contributor, moderator] = useUsers(prisma, 'CONTRIBUTOR', 'MODERATOR');
const SLUG = HEROES.khabiev;

describe('a busy record', () => {
  it('refuses the approval with a message that says so, changes nothing, and the next try works', async () => {
    const { id } = await proposeTestCorrection(
      prisma,
      contributor,
      SLUG,
      { sourceUrl: 'https://example.org/khabiev-award', note: 'The award sheet gives his rank.' },
      { rankAtFeat: 'private' },
    );
    const before = await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG } });

    const holder = new pg.Client({ connectionString: fileDatabaseUrl() });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM "Hero" WHERE slug = $1 FOR UPDATE', [SLUG]);
    const refused = await approveSubmission(moderator, { submissionId: id }).then(
      () => null,
      (error: unknown) => error,
    );
    await holder.query('ROLLBACK');
    await holder.end();

    // A statement timeout (57014, after ten seconds) would not read as busy: the lock timeout answered.
    expect(refused).toMatchObject({ code: 'CONFLICT', messageKey: 'recordBusy' });
    expect(await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG } })).toEqual(before);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING');

    await approveSubmission(moderator, { submissionId: id });
    expect((await prisma.hero.findUniqueOrThrow({ where: { slug: SLUG } })).rankAtFeat).toBe('private');
  });
});
