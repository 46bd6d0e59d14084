// Every data-changing action of accounts, called as anonymous, contributor, moderator and admin:
// each role may do exactly what the permission table allows, and a refusal changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { changeUserRole, getOwnAccount, listRoleChanges, listUsers, setUserDisabled } from '../../lib/accounts/users';
import { outcome } from '../support/outcome';
import type { Actor, Role } from '../../lib/permissions';
import { useFileDatabase } from '../support/database';

const prisma = useFileDatabase();
const tag = `${Date.now()}`;
const actors: Record<string, Actor> = { anonymous: null };
let target = '';

beforeAll(async () => {
  for (const role of ['CONTRIBUTOR', 'MODERATOR', 'ADMIN'] as Role[]) {
    const user = await prisma.user.create({ data: { email: `${role.toLowerCase()}.${tag}@matrix.test`, role } });
    actors[role.toLowerCase()] = { id: user.id, role, disabled: false };
  }
  target = (await prisma.user.create({ data: { email: `target.${tag}@matrix.test` } })).id;
});

async function snapshot() {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: target }, select: { role: true, disabledAt: true } });
  return { ...user, changes: await prisma.roleChange.count({ where: { subjectId: target } }) };
}

const cases: { name: string; run: (actor: Actor) => Promise<unknown>; changes: boolean; allowed: string[] }[] = [
  {
    name: 'changeUserRole',
    run: (actor) => changeUserRole(actor, { userId: target, role: 'MODERATOR' }),
    changes: true,
    allowed: ['admin'],
  },
  {
    name: 'setUserDisabled',
    run: (actor) => setUserDisabled(actor, { userId: target, disabled: 'true' }),
    changes: true,
    allowed: ['admin'],
  },
  { name: 'listUsers', run: (actor) => listUsers(actor), changes: false, allowed: ['admin'] },
  { name: 'listRoleChanges', run: (actor) => listRoleChanges(actor), changes: false, allowed: ['admin'] },
  {
    name: 'getOwnAccount',
    run: (actor) => getOwnAccount(actor),
    changes: false,
    allowed: ['contributor', 'moderator', 'admin'],
  },
];

describe('the permission matrix of accounts', () => {
  for (const testCase of cases) {
    for (const who of ['anonymous', 'contributor', 'moderator', 'admin']) {
      const expected = testCase.allowed.includes(who) ? 'allowed' : who === 'anonymous' ? 'UNAUTHORIZED' : 'FORBIDDEN';
      it(`${testCase.name} as ${who}: ${expected}`, async () => {
        await prisma.user.update({ where: { id: target }, data: { role: 'CONTRIBUTOR', disabledAt: null } });
        const before = await snapshot();
        expect(await outcome(() => testCase.run(actors[who]!))).toBe(expected);
        const after = await snapshot();
        if (expected !== 'allowed' || !testCase.changes) expect(after).toEqual(before);
        else expect(after).not.toEqual(before);
      });
    }
  }

  it('a disabled admin can do nothing', async () => {
    const admin = actors.admin!;
    expect(await outcome(() => listUsers({ ...admin, disabled: true }))).toBe('FORBIDDEN');
  });

  it('refuses bad input with a message and changes nothing', async () => {
    const before = await snapshot();
    await expect(changeUserRole(actors.admin!, { userId: target, role: 'OWNER' as never })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(changeUserRole(actors.admin!, { userId: 'no-such-user', role: 'ADMIN' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      changeUserRole(actors.admin!, { userId: actors.admin!.id, role: 'CONTRIBUTOR' }),
    ).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await expect(setUserDisabled(actors.admin!, { userId: actors.admin!.id, disabled: 'true' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    expect(await snapshot()).toEqual(before);
  });

  it('records every role change: who, whom, from, to', async () => {
    await prisma.user.update({ where: { id: target }, data: { role: 'CONTRIBUTOR' } });
    await changeUserRole(actors.admin!, { userId: target, role: 'MODERATOR' });
    const change = await prisma.roleChange.findFirstOrThrow({
      where: { subjectId: target },
      orderBy: { createdAt: 'desc' },
    });
    expect(change).toMatchObject({
      actorId: actors.admin!.id,
      fromRole: 'CONTRIBUTOR',
      toRole: 'MODERATOR',
      via: 'admin-page',
    });
  });
});
