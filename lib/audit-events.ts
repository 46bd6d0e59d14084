// The logs as the admin pages read them: the audit log (lib/audit.ts writes it), the role changes
// and the language reviewer changes. Each keeps its own columns; the order, the cap and who acted
// are one rule, here.
import { db } from './db';
import { requirePermission, type Actor, type Permission } from './permissions';

/**
 * A `findMany`'s arguments for one log, for those with `permission` only: the newest entries
 * first, at most `limit` of them, each with the email of who acted.
 */
export function newestLogEntries<const S extends object>(
  actor: Actor,
  permission: Permission,
  select: S,
  limit: number,
) {
  requirePermission(actor, permission);
  return {
    select: { ...select, createdAt: true as const, actor: { select: { email: true as const } } },
    orderBy: { createdAt: 'desc' as const },
    take: limit,
  };
}

export async function listAuditEvents(actor: Actor, limit = 100) {
  return db.auditEvent.findMany(
    newestLogEntries(
      actor,
      'read:audit:any',
      { id: true, action: true, targetType: true, targetId: true, details: true },
      limit,
    ),
  );
}
