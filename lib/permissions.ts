// Who may do what. One typed table; every guarded data function asks it through
// requirePermission, so hiding a button is never the only protection.
import { AppError } from './errors';

export const ROLES = ['CONTRIBUTOR', 'MODERATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  'read:account:own': ['CONTRIBUTOR', 'MODERATOR', 'ADMIN'],
  'update:account:own': ['CONTRIBUTOR', 'MODERATOR', 'ADMIN'],
  'create:submission:own': ['CONTRIBUTOR', 'MODERATOR', 'ADMIN'],
  'review:submission:any': ['MODERATOR', 'ADMIN'],
  // Its own permission, not review's: restoring rewrites a public record without any proposal.
  'restore:revision:any': ['MODERATOR', 'ADMIN'],
  // Saying that a person who reads the language checked a translation: no proposal behind it.
  'review:translation:any': ['MODERATOR', 'ADMIN'],
  // Anyone signed in may hold a language reviewer's right; the right itself is a row a moderator
  // writes (lib/translations/reviewers.ts), checked for the text's language where it is used.
  'review:translation:granted-language': ['CONTRIBUTOR', 'MODERATOR', 'ADMIN'],
  // Trusting a reader with a language is a moderator's judgement, as the review it replaces is.
  'grant:translation-review:any': ['MODERATOR', 'ADMIN'],
  // Hiding a revision's text from the public (a caption or a sentence that said too much) is a
  // moderator's call; showing it again, and reading what is hidden, an admin's.
  'hide:revision-text:any': ['MODERATOR', 'ADMIN'],
  'unhide:revision-text:any': ['ADMIN'],
  'read:hidden-revision-text:any': ['ADMIN'],
  'read:users:any': ['ADMIN'],
  'update:role:any': ['ADMIN'],
  'update:disabled:any': ['ADMIN'],
  'read:audit:any': ['ADMIN'],
  // A bulk import writes many records at once without proposals: admins only.
  'import:archive:any': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The acting user as the domain sees it; null is an anonymous visitor. */
export type Actor = { id: string; role: Role; disabled: boolean } | null;

export function can(actor: Actor, permission: Permission): boolean {
  if (!actor || actor.disabled) return false;
  const allowed: readonly Role[] | undefined = PERMISSIONS[permission];
  return allowed?.includes(actor.role) ?? false; // unknown permission: deny
}

export function requireSignedIn(actor: Actor): asserts actor is NonNullable<Actor> {
  if (!actor) throw new AppError('UNAUTHORIZED', 'signInRequired');
  if (actor.disabled) throw new AppError('FORBIDDEN', 'accountDisabled');
}

export function requirePermission(actor: Actor, permission: Permission): asserts actor is NonNullable<Actor> {
  requireSignedIn(actor);
  if (!can(actor, permission)) throw new AppError('FORBIDDEN', 'roleForbids');
}

const RANK: Record<Role, number> = { CONTRIBUTOR: 0, MODERATOR: 1, ADMIN: 2 };

/** At least this role: an admin is also a moderator. */
export function requireRole(actor: Actor, role: Role): asserts actor is NonNullable<Actor> {
  requireSignedIn(actor);
  if (RANK[actor.role] < RANK[role]) throw new AppError('FORBIDDEN', 'roleForbids');
}
