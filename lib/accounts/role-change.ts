// Changing a role always writes a RoleChange row and an audit row in the same transaction,
// whoever does it (an admin, the shell, ADMIN_EMAILS). Takes the client so the shell script can
// use it too.
import type { PrismaClient } from '../generated/prisma/client';
import { recordAudit } from '../audit';
import type { Role } from '../permissions';

export type RoleChangeVia = 'admin-page' | 'cli' | 'admin-emails';

export async function applyRoleChange(
  client: PrismaClient,
  change: { subjectId: string; toRole: Role; actorId: string | null; via: RoleChangeVia },
): Promise<{ changed: boolean; fromRole: Role }> {
  return client.$transaction(async (tx) => {
    const subject = await tx.user.findUniqueOrThrow({ where: { id: change.subjectId }, select: { role: true } });
    if (subject.role === change.toRole) return { changed: false, fromRole: subject.role };
    await tx.user.update({ where: { id: change.subjectId }, data: { role: change.toRole } });
    await tx.roleChange.create({
      data: {
        subjectId: change.subjectId,
        actorId: change.actorId,
        fromRole: subject.role,
        toRole: change.toRole,
        via: change.via,
      },
    });
    await recordAudit(tx, {
      actorId: change.actorId,
      action: 'update:role',
      targetType: 'User',
      targetId: change.subjectId,
      details: { from: subject.role, to: change.toRole, via: change.via },
    });
    return { changed: true, fromRole: subject.role };
  });
}
