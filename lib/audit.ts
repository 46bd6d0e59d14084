// The audit log: every moderator and admin action, written in the transaction of the action.
import type { Prisma } from './generated/prisma/client';
import { db } from './db';
import { requirePermission, type Actor } from './permissions';

export async function recordAudit(
  tx: Prisma.TransactionClient,
  event: { actorId: string | null; action: string; targetType: string; targetId: string; details?: Prisma.InputJsonValue },
): Promise<void> {
  await tx.auditEvent.create({ data: { ...event, details: event.details ?? {} } });
}

export async function listAuditEvents(actor: Actor, limit = 100) {
  requirePermission(actor, 'read:audit:any');
  return db.auditEvent.findMany({
    select: { id: true, action: true, targetType: true, targetId: true, details: true, createdAt: true, actor: { select: { email: true } } },
    orderBy: { createdAt: 'desc' },
    take: limit,
  });
}
