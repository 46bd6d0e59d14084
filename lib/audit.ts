// The audit log: every moderator and admin action, written in the transaction of the action.
// The one writer of audit rows. It takes the transaction and imports no database client, so the
// site, the shell scripts (role changes, the media purge, the import) and the tests all write
// through it; lib/audit-events.ts reads the log for the admin page.
import type { Prisma } from './generated/prisma/client';

export async function recordAudit(
  tx: Prisma.TransactionClient,
  event: {
    actorId: string | null;
    action: string;
    targetType: string;
    targetId: string;
    details?: Prisma.InputJsonValue;
  },
): Promise<void> {
  await tx.auditEvent.create({ data: { ...event, details: event.details ?? {} } });
}
