// History cannot be erased and every admin action leaves an audit row: the site's database role
// cannot truncate, alter or rewrite the history tables, the triggers refuse even the owner, a
// removed person's history stays readable, and role and account changes are audited.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { approveSubmission } from '../../lib/moderation/moderation';
import { restoreRevision } from '../../lib/revisions/revisions';
import { changeUserRole, setUserDisabled } from '../../lib/accounts/users';
import { PERMISSIONS, type Role } from '../../lib/permissions';
import { migrate } from '../../scripts/db/migrate';
import { createTestDatabase, query, fileDatabaseUrl, asSiteRole, useFileDatabase } from '../support/database';
import { getPage, textOf } from '../support/http';
import { outcome } from '../support/outcome';
import { useSite } from '../support/site';
import { createUser, proposeTestCorrection, useUsers } from '../support/factories';
import { HEROES } from '../support/heroes';

useSite();

const prisma = useFileDatabase();
const [admin] = useUsers(prisma, 'ADMIN');
const tag = Date.now();
const HISTORY_TABLES = ['Revision', 'AuditEvent', 'RoleChange', 'LanguageReviewerChange', 'RevisionRedaction'];

const EVIDENCE = { sourceUrl: 'https://example.org/history-test', note: 'A note long enough to pass.' };

/** Runs one statement in a transaction that is always rolled back: should the database wrongly accept it, nothing is lost. */
async function attempt(url: string, sql: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(sql);
    return 'accepted';
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.query('ROLLBACK').catch(() => {});
    await client.end();
  }
}

beforeAll(async () => {
  // Make sure every history table holds a row to aim at.
  const subject = await createUser(prisma, 'subject', 'CONTRIBUTOR');
  await changeUserRole(admin, { userId: subject.id, role: 'MODERATOR' });
  const moderator = await createUser(prisma, 'first-moderator', 'MODERATOR');
  const contributor = await createUser(prisma, 'first-contributor', 'CONTRIBUTOR');
  const { id } = await proposeTestCorrection(prisma, contributor, HEROES.shmelyov, EVIDENCE, { role: `gunner ${tag}` });
  await approveSubmission(moderator, { submissionId: id });
});

describe('the site database role', () => {
  const site = () => asSiteRole(fileDatabaseUrl());

  it('is what the served site connects as, and owns no table', async () => {
    const user = new URL(site()).username;
    expect(user).not.toBe(new URL(fileDatabaseUrl()).username);
    expect((await getPage('/en/heroes/boris-shmelyov/history')).status).toBe(200);
    const connections = await query<{ usename: string }>(
      fileDatabaseUrl(),
      'SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = current_database()',
    );
    expect(connections.map((c) => c.usename)).toContain(user);
    const owned = await query(
      fileDatabaseUrl(),
      `SELECT c.relname FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = $1`,
      [user],
    );
    expect(owned).toEqual([]);
    const role = await query<{
      rolsuper: boolean;
      rolcreaterole: boolean;
      rolcreatedb: boolean;
      rolbypassrls: boolean;
    }>(
      fileDatabaseUrl(),
      'SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [user],
    );
    expect(role).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false }]);
  });

  it('cannot truncate, alter, switch triggers off, update or delete history', async () => {
    for (const table of HISTORY_TABLES) {
      expect(await attempt(site(), `TRUNCATE "${table}" CASCADE`)).toMatch(/permission denied/);
      expect(await attempt(site(), `ALTER TABLE "${table}" DISABLE TRIGGER ALL`)).toMatch(/must be owner/);
      expect(await attempt(site(), `UPDATE "${table}" SET "createdAt" = now()`)).toMatch(/permission denied/);
      expect(await attempt(site(), `DELETE FROM "${table}"`)).toMatch(/permission denied/);
    }
    expect(await attempt(site(), 'TRUNCATE "Hero" CASCADE')).toMatch(/permission denied/);
    expect(await attempt(site(), 'ALTER TABLE "Hero" ADD COLUMN "x" int')).toMatch(/must be owner/);
    expect(await attempt(site(), 'CREATE TABLE "Sneaky" (id int)')).toMatch(/permission denied/);
    expect(await attempt(site(), 'SELECT * FROM "_prisma_migrations"')).toMatch(/permission denied/);
  });

  it('does what the site needs: reads, writes ordinary rows, appends history, keeps rate-limit counters', async () => {
    expect(await attempt(site(), `SELECT count(*) FROM "Hero"`)).toBe('accepted');
    expect(
      await attempt(
        site(),
        `INSERT INTO "AuditEvent" ("id", "action", "targetType", "targetId", "details") VALUES ('x${tag}', 'test', 'Test', 't', '{}')`,
      ),
    ).toBe('accepted');
    expect(
      await attempt(
        site(),
        `INSERT INTO rate_limit (key, points, expire) VALUES ('k${tag}', 1, 0) ON CONFLICT (key) DO UPDATE SET points = rate_limit.points + 1`,
      ),
    ).toBe('accepted');
    expect(await attempt(site(), `DELETE FROM rate_limit WHERE expire < 0`)).toBe('accepted');
    expect(
      await attempt(
        site(),
        `INSERT INTO "VerificationToken" (identifier, token, expires) VALUES ('a${tag}', 't', now())`,
      ),
    ).toBe('accepted');
    expect(await attempt(site(), `DELETE FROM "Session" WHERE "userId" = 'nobody'`)).toBe('accepted');
  });
});

describe('history tables refuse even their owner', () => {
  it('no UPDATE, DELETE or TRUNCATE on revisions, audit rows and role changes', async () => {
    const database = await createTestDatabase('history');
    try {
      await migrate(database.url);
      const owner = createPrismaClient(database.url, { max: 1 });
      try {
        const hero = await owner.hero.create({
          data: {
            slug: 'h',
            surnameRu: 'Х',
            surnameEn: 'Kh',
            group: 'TAJIK_SSR',
            countedIn64: false,
            membershipNote: '',
            biographyEn: '',
            biographyRu: '',
            confidence: 'LOW',
          },
        });
        const a = await owner.user.create({ data: { email: 'a@history.test' } });
        const revision = await owner.revision.create({
          data: { heroId: hero.id, number: 1, snapshot: {}, diff: {}, reason: 'r', proposedById: a.id },
        });
        await owner.revisionRedaction.create({
          data: { revisionId: revision.id, field: 'reason', reason: 'A reason long enough.', actorId: a.id },
        });
        await owner.auditEvent.create({
          data: { actorId: a.id, action: 'a', targetType: 'T', targetId: 't', details: {} },
        });
        await owner.roleChange.create({
          data: { actorId: a.id, subjectId: a.id, fromRole: 'CONTRIBUTOR', toRole: 'ADMIN', via: 'cli' },
        });
        await owner.languageReviewerChange.create({
          data: { actorId: a.id, subjectId: a.id, locale: 'tg', granted: true },
        });
      } finally {
        await owner.$disconnect();
      }
      for (const table of HISTORY_TABLES) {
        expect(await attempt(database.url, `UPDATE "${table}" SET "createdAt" = now()`)).toMatch(/append-only/);
        expect(await attempt(database.url, `DELETE FROM "${table}"`)).toMatch(/append-only/);
        expect(await attempt(database.url, `TRUNCATE "${table}" CASCADE`)).toMatch(/append-only/);
        // Setting a person to NULL is how a removal reaches history; pointing at someone else is not.
        const person = table === 'Revision' ? 'proposedById' : 'actorId';
        expect(await attempt(database.url, `UPDATE "${table}" SET "${person}" = 'someone-else'`)).toMatch(
          /append-only/,
        );
        expect(await attempt(database.url, `UPDATE "${table}" SET "${person}" = NULL, "createdAt" = now()`)).toMatch(
          /append-only/,
        );
      }
      expect(await attempt(database.url, `TRUNCATE "User" CASCADE`)).toMatch(/append-only/);
      expect(await attempt(database.url, `DELETE FROM "User"`)).toBe('accepted');
    } finally {
      await database.drop();
    }
  });
});

describe('removing a person keeps their history readable', () => {
  it('a contributor and a moderator who proposed, approved and restored can be deleted; the history page shows a removed account', async () => {
    const slug = HEROES.seitveliev;
    const contributor = await createUser(prisma, 'leaving-contributor', 'CONTRIBUTOR');
    const moderator = await createUser(prisma, 'leaving-moderator', 'CONTRIBUTOR');
    await changeUserRole(admin, { userId: moderator.id, role: 'MODERATOR' });
    moderator.role = 'MODERATOR';
    const { id } = await proposeTestCorrection(prisma, contributor, slug, EVIDENCE, {
      role: 'machine gunner of the removal test',
    });
    const approved = await approveSubmission(moderator, { submissionId: id });
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true } });
    await restoreRevision(moderator, { heroSlug: slug, number: approved.number - 1, expectedVersion: hero.version });
    const revisionsBefore = await prisma.revision.findMany({
      where: { heroId: hero.id },
      orderBy: { number: 'asc' },
      select: { number: true, snapshot: true, reason: true },
    });

    // Removed as the site would remove them: through its own role, the foreign keys doing the rest.
    const removed = await query(asSiteRole(fileDatabaseUrl()), 'DELETE FROM "User" WHERE id = ANY($1) RETURNING id', [
      [contributor.id, moderator.id],
    ]);
    expect(removed).toHaveLength(2);

    expect(
      await prisma.revision.findMany({
        where: { heroId: hero.id },
        orderBy: { number: 'asc' },
        select: { number: true, snapshot: true, reason: true },
      }),
    ).toEqual(revisionsBefore);
    // The file's own database: this removal's role change is the only one left without its subject.
    expect(await prisma.roleChange.count({ where: { subjectId: null, toRole: 'MODERATOR' } })).toBe(1);
    const submission = await prisma.submission.findUniqueOrThrow({ where: { id } });
    expect(submission.authorId).toBeNull();
    expect(submission.reviewerId).toBeNull();

    for (const locale of ['en', 'ru']) {
      const page = await getPage(`/${locale}/heroes/${slug}/history`);
      expect(page.status).toBe(200);
      expect(textOf(page.html)).toContain(
        locale === 'en' ? 'proposed by a removed account' : 'удалённая учётная запись',
      );
    }
  });
});

describe('every admin action is audited, in its own transaction', () => {
  const auditRows = (userId: string) =>
    prisma.auditEvent.findMany({
      where: { targetType: 'User', targetId: userId },
      select: { action: true, actorId: true },
    });

  it('changing a role, disabling and enabling an account each write exactly one audit row; a refusal writes none', async () => {
    const user = await createUser(prisma, 'audited', 'CONTRIBUTOR');
    const moderator = await createUser(prisma, 'not-an-admin', 'MODERATOR');
    expect(await outcome(() => changeUserRole(moderator, { userId: user.id, role: 'ADMIN' }))).toBe('FORBIDDEN');
    expect(await outcome(() => setUserDisabled(moderator, { userId: user.id, disabled: 'true' }))).toBe('FORBIDDEN');
    expect(await auditRows(user.id)).toEqual([]);
    await changeUserRole(admin, { userId: user.id, role: 'MODERATOR' });
    expect(await auditRows(user.id)).toEqual([{ action: 'update:role', actorId: admin.id }]);
    await setUserDisabled(admin, { userId: user.id, disabled: 'true' });
    expect((await auditRows(user.id)).filter((row) => row.action === 'disable:user')).toEqual([
      { action: 'disable:user', actorId: admin.id },
    ]);
    await setUserDisabled(admin, { userId: user.id, disabled: 'false' });
    expect((await auditRows(user.id)).filter((row) => row.action === 'enable:user')).toEqual([
      { action: 'enable:user', actorId: admin.id },
    ]);
    expect(await auditRows(user.id)).toHaveLength(3);
  });
});

describe('restoring has its own permission', () => {
  it('a role allowed to review but not to restore is refused, and nothing changes', async () => {
    const slug = HEROES.shmelyov;
    const moderator = await createUser(prisma, 'reviewer-only', 'MODERATOR');
    const hero = await prisma.hero.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const state = async () => ({
      hero: await prisma.hero.findUniqueOrThrow({ where: { slug }, select: { version: true, role: true } }),
      revisions: await prisma.revision.count({ where: { heroId: hero.id } }),
      audit: await prisma.auditEvent.count({ where: { actorId: moderator.id } }),
    });
    const before = await state();
    const table = PERMISSIONS as unknown as Record<string, readonly Role[]>;
    const restoreAllowed = table['restore:revision:any'];
    table['restore:revision:any'] = ['ADMIN'];
    try {
      expect(
        await outcome(() =>
          restoreRevision(moderator, { heroSlug: slug, number: 1, expectedVersion: before.hero.version }),
        ),
      ).toBe('FORBIDDEN');
    } finally {
      table['restore:revision:any'] = restoreAllowed!;
    }
    expect(await state()).toEqual(before);
  });
});
