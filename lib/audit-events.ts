// The audit log as the admin page reads it (lib/audit.ts writes it).
import { db } from './db';
import { requirePermission, type Actor } from './permissions';

export async function listAuditEvents(actor: Actor, limit = 100) {
  requirePermission(actor, 'read:audit:any');
  return db.auditEvent.findMany({
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      createdAt: true,
      actor: { select: { email: true } },
    },
    orderBy: { createdAt: 'desc' },
    take: limit,
  });
}
