// Accounts as the archive manages them. Every function takes the acting user and checks the
// permission itself: the admin page hiding a button is not the protection.
import { db } from '../db';
import { CACHE_TAGS, invalidateTags } from '../cache';
import { recordAudit } from '../audit';
import { newestLogEntries } from '../audit-events';
import { AppError, ValidationError } from '../errors';
import { can, requirePermission, type Actor } from '../permissions';
import { countPending } from '../moderation/moderation';
import { applyRoleChange } from './role-change';
import {
  DisableUserSchema,
  DisplayNameSchema,
  RoleChangeSchema,
  type DisableUserInput,
  type DisplayNameInput,
  type RoleChangeInput,
} from './schemas';

/** What the header shows a reader: signed in or not, and the moderation count if they moderate. */
export async function getReaderStatus(actor: Actor): Promise<{ signedIn: boolean; moderation: number | null }> {
  if (!actor || actor.disabled) return { signedIn: false, moderation: null };
  return { signedIn: true, moderation: can(actor, 'review:submission:any') ? await countPending(actor) : null };
}

export async function getOwnAccount(actor: Actor) {
  requirePermission(actor, 'read:account:own');
  return db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { id: true, displayName: true, email: true, role: true, createdAt: true },
  });
}

/** The name the public sees for this person; an empty value goes back to the neutral default. */
export async function setDisplayName(actor: Actor, input: DisplayNameInput): Promise<void> {
  requirePermission(actor, 'update:account:own');
  const raw = String(input.displayName ?? '');
  let displayName: string | null = null;
  if (raw.trim() !== '') {
    const parsed = DisplayNameSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError({ displayName: parsed.error.issues[0]?.message ?? 'invalidInput' });
    displayName = parsed.data.displayName;
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { displayName } });
    // The histories that name this person show the new name on their next request.
    const heroes = await tx.hero.findMany({
      where: { revisions: { some: { OR: [{ proposedById: actor.id }, { approvedById: actor.id }] } } },
      select: { slug: true },
    });
    await invalidateTags(
      tx,
      heroes.map((hero) => CACHE_TAGS.hero(hero.slug)),
    );
  });
}

export const USERS_PAGE_SIZE = 50;

/** One page of the people with accounts, the earliest first. */
export async function listUsers(actor: Actor, page: { offset?: number } = {}) {
  requirePermission(actor, 'read:users:any');
  const [items, total] = await Promise.all([
    db.user.findMany({
      select: { id: true, name: true, email: true, role: true, disabledAt: true, createdAt: true },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      skip: page.offset ?? 0,
      take: USERS_PAGE_SIZE,
    }),
    db.user.count(),
  ]);
  return { items, total };
}

export async function listRoleChanges(actor: Actor, limit = 50) {
  return db.roleChange.findMany(
    newestLogEntries(
      actor,
      'read:audit:any',
      { id: true, fromRole: true, toRole: true, via: true, subject: { select: { email: true } } },
      limit,
    ),
  );
}

function parse<T>(
  result: { success: true; data: T } | { success: false; error: { issues: { message: string }[] } },
): T {
  if (!result.success) throw new AppError('INVALID_INPUT', 'invalidInput');
  return result.data;
}

export async function changeUserRole(actor: Actor, input: RoleChangeInput) {
  requirePermission(actor, 'update:role:any');
  const { userId, role } = parse(RoleChangeSchema.safeParse(input));
  if (userId === actor.id && role !== 'ADMIN') {
    // The last word on roles must stay with someone: an admin cannot demote themself here.
    throw new AppError('INVALID_STATE', 'noSelfDemotion');
  }
  const exists = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) throw new AppError('NOT_FOUND', 'noSuchUser');
  return applyRoleChange(db, { subjectId: userId, toRole: role, actorId: actor.id, via: 'admin-page' });
}

export async function setUserDisabled(actor: Actor, input: DisableUserInput) {
  requirePermission(actor, 'update:disabled:any');
  const { userId, disabled } = parse(DisableUserSchema.safeParse(input));
  if (userId === actor.id) throw new AppError('INVALID_STATE', 'noSelfDisable');
  const exists = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) throw new AppError('NOT_FOUND', 'noSuchUser');
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
    // Disabling ends every session at once, not at their expiry.
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: disabled ? 'disable:user' : 'enable:user',
      targetType: 'User',
      targetId: userId,
    });
  });
}
