import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../lib/prisma-client';
import { fileDatabaseUrl } from '../support/database';

const root = path.resolve(import.meta.dirname, '../..');
const prisma = createPrismaClient(fileDatabaseUrl(), { max: 1 });
afterAll(() => prisma.$disconnect());

function run(...args: string[]) {
  return spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/user-role.ts', ...args],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: fileDatabaseUrl() },
      encoding: 'utf8',
    },
  );
}

describe('npm run user:role', () => {
  it('sets a role from the shell and records the change', async () => {
    const email = `shell.${Date.now()}@zvezda.test`;
    const result = run(email, 'moderator');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${email}: contributor -> moderator`);
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, include: { roleChanges: true } });
    expect(user.role).toBe('MODERATOR');
    expect(user.roleChanges).toEqual([
      expect.objectContaining({ via: 'cli', actorId: null, fromRole: 'CONTRIBUTOR', toRole: 'MODERATOR' }),
    ]);
    expect(run(email, 'MODERATOR').stdout).toContain('is already moderator');
  });

  it('refuses a bad role or address with a message and exit status 1', async () => {
    // Only the two addresses tried: other test files create users at the same time.
    const tried = { email: { in: ['someone@zvezda.test', 'not-an-email'] } };
    const users = await prisma.user.count({ where: tried });
    const badRole = run('someone@zvezda.test', 'owner');
    expect(badRole.status).toBe(1);
    expect(badRole.stderr).toContain('The role must be one of: contributor, moderator, admin');
    const badEmail = run('not-an-email', 'admin');
    expect(badEmail.status).toBe(1);
    expect(badEmail.stderr).toContain('Enter an email address');
    expect(await prisma.user.count({ where: tried })).toBe(users);
  });
});
